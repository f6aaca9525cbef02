"""Several staff on one database: conflicts are detected across clients, no update is ever lost,
and each client learns about the others' changes (but not about its own)."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from app.domain.errors import ConflictError
from app.services.programs import ProgramDraft, ProgramService
from app.services.watch import ChangeWatcher
from app.store.database import Database


@pytest.fixture
def second_client(empty_db: Database) -> Iterator[Database]:
    """Another copy of the app on the same database: its own engine and connections."""
    other = Database(empty_db.url, actor="colleague")
    yield other
    other.dispose()


def test_an_edit_based_on_a_stale_version_is_refused_across_clients(
    empty_db: Database, second_client: Database
) -> None:
    mine, theirs = ProgramService(empty_db), ProgramService(second_client)
    created = mine.create_program(ProgramDraft("Street trees", key="TREES"))
    # Both open the program at the same version...
    seen_by_me = mine.get_program("TREES").version
    seen_by_them = theirs.get_program("TREES").version
    # ...they save first...
    theirs.update_program("TREES", {"summary": "Plant 500 trees"}, expected_version=seen_by_them)
    # ...so my save is refused and says who got there first, instead of silently overwriting.
    with pytest.raises(ConflictError) as err:
        mine.update_program("TREES", {"summary": "Plant 300 trees"}, expected_version=seen_by_me)
    assert "colleague" in str(err.value)
    after = mine.get_program("TREES")
    assert after.summary == "Plant 500 trees"
    assert after.version == created.version + 1


def test_no_update_is_lost_when_clients_save_at_the_same_time(empty_db: Database) -> None:
    ProgramService(empty_db).create_program(ProgramDraft("count 0", key="COUNTER"))
    clients, rounds = 4, 10
    saved = [0] * clients
    errors: list[BaseException] = []

    def work(n: int) -> None:
        db = Database(empty_db.url, actor=f"client {n}")
        service = ProgramService(db)
        try:
            for _ in range(rounds):
                while True:
                    program = service.get_program("COUNTER")
                    count = int(program.title.split()[1])
                    try:
                        service.update_program(
                            "COUNTER", {"title": f"count {count + 1}"}, expected_version=program.version
                        )
                    except ConflictError:
                        continue  # somebody else saved first: reload and try again
                    saved[n] += 1
                    break
        except BaseException as exc:
            errors.append(exc)
        finally:
            db.dispose()

    threads = [threading.Thread(target=work, args=(n,)) for n in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    final = ProgramService(empty_db).get_program("COUNTER")
    # Every save that reported success is in the final count: none overwrote another.
    assert final.title == f"count {clients * rounds}"
    assert sum(saved) == clients * rounds
    assert final.version == 1 + clients * rounds


def test_the_watcher_reports_changes_by_others_and_not_ones_own(
    empty_db: Database, second_client: Database
) -> None:
    mine = ProgramService(empty_db)
    watcher = ChangeWatcher(empty_db)
    assert watcher.poll() is None

    mine.create_program(ProgramDraft("My own program", key="MINE"))
    assert watcher.poll() is None  # my own change: my views already know

    theirs = ProgramService(second_client).create_program(ProgramDraft("Their program", key="THEIRS"))
    change = watcher.poll()
    assert change is not None
    assert change.program_ids == (theirs.id,)
    assert any(actor.startswith("colleague") for actor in change.actors)
    assert watcher.poll() is None  # reported once

    # Both at once: their change still shows through mine.
    mine.update_program("MINE", {"summary": "mine"})
    ProgramService(second_client).update_program("THEIRS", {"summary": "theirs"})
    mine.update_program("MINE", {"summary": "mine again"})
    change = watcher.poll()
    assert change is not None
    assert change.records == 1
