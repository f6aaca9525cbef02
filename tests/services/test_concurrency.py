"""Two copies of the app on one SQLite file: both work, and a stale edit is refused without overwriting."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from app.domain.errors import ConflictError
from app.services.database import open_database
from app.services.programs import ProgramDraft, ProgramService
from app.store.database import Database

REPO = Path(__file__).resolve().parents[2]


def _run_child(code: str, db_url: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code), db_url],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )


def test_two_database_objects_both_read_and_write(db_url: str) -> None:
    first, _ = open_database(db_url, actor="first", seed=False)
    second = Database(db_url, actor="second")
    try:
        ProgramService(first).create_program(ProgramDraft(title="From the first", key="A"))
        ProgramService(second).create_program(ProgramDraft(title="From the second", key="B"))
        assert ProgramService(first).program_keys() == ["A", "B"]
        assert ProgramService(second).program_keys() == ["A", "B"]
    finally:
        first.dispose()
        second.dispose()


def test_stale_edit_is_refused_with_the_other_change_and_nothing_is_overwritten(db_url: str) -> None:
    mine, _ = open_database(db_url, actor="Kim", seed=False)
    theirs = Database(db_url, actor="Park")
    try:
        opened = ProgramService(mine).create_program(ProgramDraft(title="Bike lanes", key="BIKE"))
        ProgramService(theirs).update_program("BIKE", {"title": "Protected bike lanes"}, opened.version)

        with pytest.raises(ConflictError) as err:
            ProgramService(mine).update_program("BIKE", {"title": "Bike lanes 2027"}, opened.version)

        message = str(err.value)
        assert "Park" in message and "Protected bike lanes" in message and "not saved" in message
        assert ProgramService(mine).get_program("BIKE").title == "Protected bike lanes"
    finally:
        mine.dispose()
        theirs.dispose()


def test_stale_task_edit_shows_every_field_of_the_other_save(db_url: str) -> None:
    from app.domain.enums import Status
    from app.services.programs import TaskDraft

    mine, _ = open_database(db_url, actor="Kim", seed=False)
    theirs = Database(db_url, actor="Park")
    try:
        ProgramService(mine).create_program(ProgramDraft(title="Library hours", key="LIB"))
        task = ProgramService(mine).add_task("LIB", TaskDraft(title="Survey users"))
        ProgramService(theirs).update_task(task.id, {"owner": "Park", "status": Status.ACTIVE}, task.version)
        with pytest.raises(ConflictError) as err:
            ProgramService(mine).update_task(task.id, {"owner": "Kim"}, task.version)
        message = str(err.value)
        assert "Park" in message and "changed it at" in message
        assert "Owner: '' -> 'Park'" in message and "Status: 'Planned' -> 'Active'" in message
        assert ProgramService(mine).list_tasks("LIB")[0].owner == "Park"
    finally:
        mine.dispose()
        theirs.dispose()


def test_stale_edit_across_two_processes(db_url: str) -> None:
    mine, _ = open_database(db_url, actor="Kim", seed=False)
    try:
        opened = ProgramService(mine).create_program(ProgramDraft(title="Rooftop gardens", key="ROOF"))
        _run_child(
            """
            import sys
            from app.store.database import Database
            from app.services.programs import ProgramService
            db = Database(sys.argv[1], actor="Choi in the other office")
            p = ProgramService(db).get_program("ROOF")
            ProgramService(db).update_program("ROOF", {"summary": "Twelve roofs by June"}, p.version)
            db.dispose()
            """,
            db_url,
        )
        with pytest.raises(ConflictError) as err:
            ProgramService(mine).update_program("ROOF", {"summary": "Ten roofs"}, opened.version)
        assert "Choi in the other office" in str(err.value) and "Twelve roofs by June" in str(err.value)
        assert ProgramService(mine).get_program("ROOF").summary == "Twelve roofs by June"
        # With the fresh version the same edit goes through.
        fresh = ProgramService(mine).get_program("ROOF")
        assert ProgramService(mine).update_program("ROOF", {"summary": "Ten roofs"}, fresh.version).summary == (
            "Ten roofs"
        )
    finally:
        mine.dispose()


def test_two_processes_writing_at_once_lose_nothing(db_url: str) -> None:
    db, _ = open_database(db_url, actor="setup", seed=False)
    ProgramService(db).create_program(ProgramDraft(title="Shared", key="SHARED"))
    code = """
        import sys
        from app.store.database import Database
        from app.services.programs import ProgramService
        db = Database(sys.argv[1], actor=sys.argv[2])
        service = ProgramService(db)
        for n in range(40):
            service.log_progress("SHARED", f"{sys.argv[2]} {n}")
        db.dispose()
    """
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    procs = [
        subprocess.Popen([sys.executable, "-c", textwrap.dedent(code), db_url, who], cwd=REPO, env=env)
        for who in ("left", "right")
    ]
    assert [p.wait(timeout=120) for p in procs] == [0, 0]
    titles = {e.title for e in ProgramService(db).list_progress("SHARED")}
    assert titles == {f"{who} {n}" for who in ("left", "right") for n in range(40)}
    db.dispose()
