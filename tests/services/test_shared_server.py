"""An office server: the roles of docs/office-roles.sql, passwords, and two first starts at once.

These need the PostgreSQL test server (CIVIC_TRACKER_TEST_PG_URL); they are skipped without it locally
and fail without it in CI.
"""

from __future__ import annotations

import itertools
import os
import re
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import pytest
from sqlalchemy import Connection, create_engine, select, text
from sqlalchemy.exc import ProgrammingError
from sqlalchemy.pool import NullPool

from app.domain.errors import CivicError, DatabaseBusyError, ReadOnlyError
from app.domain.messages import Message
from app.domain.model import ProgramFilter
from app.services.connection import PasswordNeededError, strip_password
from app.services.database import open_database
from app.services.programs import ProgramDraft, ProgramService
from app.store import models as m
from app.store.database import Database
from tests.conftest import REPO, PgServer

ROLES_SQL = REPO / "docs" / "office-roles.sql"
T = TypeVar("T")
_office_numbers = itertools.count(1)


@dataclass(frozen=True)
class Office:
    """The names the roles script created, made unique for this test run."""

    server: PgServer
    database: str
    owner: str
    editor: str  # a member of staff in civic_editor ("kim" in the script)
    viewer: str  # a member of staff in civic_viewer ("lee")

    def url(self, role: str) -> str:
        return strip_password(self.server.url(self.database).replace("postgres@", f"{role}@", 1))


def _statements(sql: str) -> list[str]:
    lines = [line for line in sql.splitlines() if not line.lstrip().startswith("--")]
    return [stmt.strip() for stmt in "\n".join(lines).split(";") if stmt.strip()]


@pytest.fixture
def office(pg_server: PgServer) -> Iterator[Office]:
    """The database and roles docs/office-roles.sql sets up, run as written (names made unique)."""
    p = f"{pg_server.prefix}_o{next(_office_numbers)}"
    names = {
        "civic_owner": f"{p}_owner",
        "civic_editor": f"{p}_editor",
        "civic_viewer": f"{p}_viewer",
        "ROLE kim ": f"ROLE {p}_kim ",
        "ROLE lee ": f"ROLE {p}_lee ",
        "DATABASE civic ": f"DATABASE {p}_db ",
    }
    sql = ROLES_SQL.read_text(encoding="utf-8")
    for old, new in names.items():
        sql = sql.replace(old, new)
    cluster_part, database_part = re.split(r"^\\connect civic\s*$", sql, flags=re.MULTILINE)
    roles = [f"{p}_kim", f"{p}_lee", f"{p}_editor", f"{p}_viewer", f"{p}_owner"]
    try:
        for stmt in _statements(cluster_part):
            pg_server.execute(stmt)
        inside = create_engine(pg_server.url(f"{p}_db"), isolation_level="AUTOCOMMIT", poolclass=NullPool)
        with inside.connect() as conn:
            for stmt in _statements(database_part):
                conn.execute(text(stmt))
        inside.dispose()
        yield Office(pg_server, f"{p}_db", f"{p}_owner", f"{p}_kim", f"{p}_lee")
    finally:
        pg_server.drop(f"{p}_db")
        for role in roles:
            pg_server.execute(f"DROP ROLE IF EXISTS {role}")


def _password(value: str) -> object:
    def ask(_where: str) -> str:
        return value

    return ask


def _never(_where: str) -> str:
    raise AssertionError("no password should have been asked for")


def test_owner_creates_editors_edit_and_viewers_only_read(office: Office) -> None:
    # Before the owner has migrated, an editor cannot create the tables and is told what to do.
    with pytest.raises(CivicError, match="db upgrade"):
        open_database(office.url(office.editor), actor="kim", ask_password=_password("change-me-kim"))

    owner_db, report = open_database(office.url(office.owner), actor="admin", password="change-me-owner")
    assert report.created and report.seeded and not report.read_only
    owner_db.dispose()

    kim, kim_report = open_database(office.url(office.editor), actor="kim", ask_password=_password("change-me-kim"))
    try:
        assert not kim_report.read_only and not kim.read_only
        ProgramService(kim).create_program(ProgramDraft("Kim's program", key="KIM"))
        with kim.read() as s:
            actor = s.execute(
                select(m.ChangeRecord.actor).where(m.ChangeRecord.entity_key == "KIM").limit(1)
            ).scalar_one()
        assert actor == f"kim (db: {office.editor})"
    finally:
        kim.dispose()

    lee, lee_report = open_database(office.url(office.viewer), actor="lee", ask_password=_password("change-me-lee"))
    try:
        assert lee_report.read_only and lee.read_only
        assert lee.read_only_reason is not None and office.viewer in str(lee.read_only_reason)
        service = ProgramService(lee)
        assert service.list_programs(ProgramFilter(is_case=False)).total == 1  # reading works
        with pytest.raises(ReadOnlyError):
            service.update_program("KIM", {"summary": "viewer edit"})
    finally:
        lee.dispose()


def test_a_password_comes_from_pgpass_or_is_asked_for_and_never_saved(
    office: Office, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_database(office.url(office.owner), password="change-me-owner")[0].dispose()
    url = office.url(office.editor)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-such-pgpass"))
    monkeypatch.delenv("PGPASSWORD", raising=False)

    with pytest.raises(PasswordNeededError, match="pgpass"):
        open_database(url, actor="kim")

    answers = iter(["wrong", "change-me-kim"])
    asked: list[str] = []

    def ask(where: str) -> str:
        asked.append(where)
        return next(answers)

    db, _ = open_database(url, actor="kim", ask_password=ask)
    db.dispose()
    assert len(asked) == 2 and office.editor in asked[0]
    assert "change-me-kim" not in db.url

    with pytest.raises(CivicError, match="No password"):
        open_database(url, actor="kim", ask_password=lambda _where: None)

    # With ~/.pgpass (here: PGPASSFILE) libpq finds the password itself and nobody is asked.
    pgpass = tmp_path / "pgpass"
    host, port = office.server.admin_url.host, office.server.admin_url.port
    pgpass.write_text(f"{host}:{port}:{office.database}:{office.editor}:change-me-kim\n", encoding="utf-8")
    os.chmod(pgpass, 0o600)
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    db, report = open_database(url, actor="kim", ask_password=_never)
    assert not report.read_only
    db.dispose()


def test_two_first_starts_at_once_create_and_seed_the_database_once(pg_server: PgServer) -> None:
    name = pg_server.new_name()
    url = pg_server.create(name)
    reports = []
    errors: list[BaseException] = []

    def start() -> None:
        try:
            db, report = open_database(url, actor="tester")
            reports.append(report)
            db.dispose()
        except BaseException as exc:
            errors.append(exc)

    try:
        threads = [threading.Thread(target=start) for _ in range(2)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert errors == []
        assert sorted(r.seeded for r in reports) == [False, True]
        db, _ = open_database(url)
        assert ProgramService(db).list_programs(ProgramFilter(is_case=True)).total == 20
        db.dispose()
    finally:
        pg_server.drop(name)


# -- what a viewer can and cannot hold up (issue #14, case 8) ------------------------------------------
# The advisory lock keys the app used to queue on; anybody may take an advisory lock, whatever their role.
OLD_MIGRATE_KEY = 0x43495648
OLD_WRITE_KEY = 0x43495649
PASSWORDS = {"owner": "change-me-owner", "kim": "change-me-kim", "lee": "change-me-lee"}


def _session(office: Office, role: str, password: str, application: str = "psql") -> Connection:
    """A raw connection as ``role``, as staff would open one with psql (autocommit unless told otherwise)."""
    engine = create_engine(
        office.url(role),
        poolclass=NullPool,
        connect_args={"password": password, "application_name": application, "connect_timeout": 10},
    )
    return engine.connect()


def _migrated(office: Office) -> None:
    owner_db, _ = open_database(office.url(office.owner), actor="admin", password=PASSWORDS["owner"], seed=False)
    owner_db.dispose()


def test_a_viewer_cannot_make_saves_fail_nor_take_the_lock_saves_queue_on(office: Office) -> None:
    _migrated(office)
    lee = _session(office, office.viewer, PASSWORDS["lee"])
    try:
        lee.execute(text("SELECT pg_advisory_lock(:k)"), {"k": OLD_WRITE_KEY})
        lee.commit()
        # Whatever lock the viewer may take on the lock table (reading it) stays held through the saves below.
        lee.execute(text("LOCK TABLE write_lock IN ACCESS SHARE MODE"))
        lee.execute(text("SELECT count(*) FROM programs")).scalar_one()

        kim = Database(office.url(office.editor), actor="kim", password=PASSWORDS["kim"], busy_timeout_ms=3000)
        try:
            ProgramService(kim).create_program(ProgramDraft("Saved while lee holds locks", key="KIM"))
            ProgramService(kim).update_program("KIM", {"summary": "and changed"})
        finally:
            kim.dispose()
        lee.rollback()

        # The lock saves queue on is one the server refuses a read-only role, in every form that could block.
        for sql in (
            "LOCK TABLE write_lock IN EXCLUSIVE MODE",
            "LOCK TABLE write_lock IN ROW SHARE MODE",
            "SELECT id FROM write_lock FOR KEY SHARE",
        ):
            with pytest.raises(ProgrammingError, match="permission denied"):
                lee.execute(text(sql))
            lee.rollback()
    finally:
        lee.close()


def _in_thread(work: Callable[[], T], limit_s: float = 60) -> T:
    """Run ``work`` and return what it returned; a start that hangs fails the test instead of the run."""
    result: list[T] = []
    errors: list[BaseException] = []

    def run() -> None:
        try:
            result.append(work())
        except BaseException as exc:
            errors.append(exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(limit_s)
    assert not thread.is_alive(), f"still waiting after {limit_s} s"
    if errors:
        raise errors[0]
    return result[0]


def test_a_viewer_holding_the_old_lock_keys_holds_up_no_start_and_no_save(office: Office) -> None:
    _migrated(office)
    lee = _session(office, office.viewer, PASSWORDS["lee"])
    try:
        for key in (OLD_MIGRATE_KEY, OLD_WRITE_KEY):
            assert lee.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": key}).scalar_one()
        lee.commit()

        def start_and_save() -> bool:
            kim, report = open_database(office.url(office.editor), actor="kim", password=PASSWORDS["kim"])
            try:
                ProgramService(kim).create_program(ProgramDraft("Started while lee holds the keys", key="KIM"))
                return report.read_only
            finally:
                kim.dispose()

        assert _in_thread(start_and_save) is False
        # The owner's start, with nothing to upgrade, takes no lock either.
        owner, report = _in_thread(
            lambda: open_database(office.url(office.owner), actor="admin", password=PASSWORDS["owner"])
        )
        owner.dispose()
        assert report.upgraded_from is None and not report.read_only
    finally:
        lee.close()


def test_an_upgrade_waits_for_its_lock_only_so_long_and_names_who_holds_it(office: Office) -> None:
    lee = _session(office, office.viewer, PASSWORDS["lee"], application="lee-at-the-terminal")
    notices: list[Message] = []
    try:
        assert lee.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": OLD_MIGRATE_KEY}).scalar_one()
        lee.commit()

        def first_start() -> None:
            open_database(
                office.url(office.owner),
                actor="admin",
                password=PASSWORDS["owner"],
                upgrade_lock_wait_s=1.0,
                on_wait=notices.append,
            )

        with pytest.raises(DatabaseBusyError) as busy:
            _in_thread(first_start)
        said = str(busy.value)
        # Who holds it: the login, the program, where from and since when (the owner may read all sessions).
        for part in (office.viewer, "lee-at-the-terminal", "from 127.0.0.1", "connected since", "Nothing was changed"):
            assert part in said
        assert [n.code for n in notices] == ["server.upgrade_lock_wait"]
        assert office.viewer in str(notices[0])
    finally:
        lee.close()
    # Once the session is gone, the same start creates the database.
    owner, report = open_database(office.url(office.owner), actor="admin", password=PASSWORDS["owner"], seed=False)
    owner.dispose()
    assert report.created


def test_an_editor_adds_history_only_under_their_own_login_and_cannot_change_it(office: Office) -> None:
    _migrated(office)
    kim = _session(office, office.editor, PASSWORDS["kim"])
    try:
        insert = text(
            "INSERT INTO change_records (at, actor, action, entity_type, entity_id)"
            " VALUES (now(), :actor, 'update', 'program', 1) RETURNING id, actor"
        )
        stamped = {}
        for forged in (f"Lee (db: {office.viewer})", office.viewer, f"Lee (DB:{office.viewer})", None, "Kim"):
            record_id, actor = kim.execute(insert, {"actor": forged}).one()
            stamped[forged] = actor
        kim.commit()
        assert stamped == {
            f"Lee (db: {office.viewer})": f"Lee (db: {office.editor})",
            office.viewer: f"{office.viewer} (db: {office.editor})",
            f"Lee (DB:{office.viewer})": f"Lee (db: {office.editor})",
            None: office.editor,
            "Kim": f"Kim (db: {office.editor})",
        }
        for sql in (
            "UPDATE change_records SET actor = 'Lee' WHERE id = :id",
            "DELETE FROM change_records WHERE id = :id",
            "TRUNCATE change_records",
        ):
            with pytest.raises(ProgrammingError, match="permission denied"):
                kim.execute(text(sql), {"id": record_id})
            kim.rollback()
    finally:
        kim.close()


def test_an_editor_still_saves_trashes_restores_imports_and_undoes_with_history_append_only(
    office: Office, tmp_path: Path
) -> None:
    from app.services.trash import TrashService
    from app.services.workbook import WorkbookService

    _migrated(office)
    kim, report = open_database(office.url(office.editor), actor="Kim Min-ji", password=PASSWORDS["kim"])
    try:
        assert not report.read_only  # INSERT on history is all the role needs there
        programs = ProgramService(kim)
        programs.create_program(ProgramDraft("Bike lanes", key="BIKE"))
        programs.delete_program("BIKE")
        trash = TrashService(kim)
        [item] = trash.list_items()
        trash.restore(item.kind, item.id)
        csv = tmp_path / "programs.csv"
        csv.write_text("Key,Title\nBIKE,Protected bike lanes\n", encoding="utf-8")
        workbooks = WorkbookService(kim)
        assert workbooks.apply_import(csv).updated == 1
        workbooks.undo_last_import()
        assert programs.get_program("BIKE").title == "Bike lanes"
        programs.delete_program("BIKE")
        assert trash.empty().programs == 1
        with kim.read() as s:
            actors = set(s.execute(select(m.ChangeRecord.actor)).scalars())
        assert actors == {f"Kim Min-ji (db: {office.editor})"}
    finally:
        kim.dispose()


def test_upgrading_a_server_in_use_makes_history_append_only_for_its_editors(office: Office) -> None:
    from app.store import migrate

    owner, _ = open_database(office.url(office.owner), actor="admin", password=PASSWORDS["owner"], seed=False)
    try:
        migrate.downgrade(owner.engine, owner.url, "0004")  # a server as it was before this change
        kim = _session(office, office.editor, PASSWORDS["kim"])
        try:
            kim.execute(text("UPDATE change_records SET actor = 'anyone'"))  # allowed then (the defect)
            kim.commit()
            migrate.upgrade(owner.engine, owner.url)  # what `civic-tracker db upgrade` does as the owner
            with pytest.raises(ProgrammingError, match="permission denied"):
                kim.execute(text("UPDATE change_records SET actor = 'anyone'"))
            kim.rollback()
            actor = kim.execute(
                text(
                    "INSERT INTO change_records (at, actor, action, entity_type, entity_id)"
                    " VALUES (now(), 'Lee (db: lee)', 'create', 'program', 1) RETURNING actor"
                )
            ).scalar_one()
            kim.rollback()
            assert actor == f"Lee (db: {office.editor})"
        finally:
            kim.close()
    finally:
        owner.dispose()
