"""SIGKILL in the middle of a large import and of a burst of edits: the file stays sound, nothing half-done
remains, and every edit that was confirmed is there."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.services.database import open_database
from app.services.programs import ProgramDraft, ProgramService
from app.store import models as m
from app.store.database import Database

REPO = Path(__file__).resolve().parents[2]

pytestmark = [
    pytest.mark.sqlite_only,  # about the SQLite file itself
    pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL"),
]


def _start(*args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.Popen(
        [sys.executable, "-m", "tests.store.crash_worker", *args],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        text=True,
    )


def _kill(proc: subprocess.Popen[str]) -> None:
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL


def _integrity(url: str) -> str:
    db = Database(url)
    try:
        with db.read() as s:
            return str(s.connection().exec_driver_sql("PRAGMA integrity_check").scalar_one())
    finally:
        db.dispose()


@pytest.fixture
def url(db_url: str) -> str:
    db, _ = open_database(db_url, actor="setup", seed=False)
    ProgramService(db).create_program(ProgramDraft(title="Edited in a burst", key="EDITS"))
    db.dispose()
    return db_url


def _imported(url: str) -> tuple[int, int, int, int]:
    db = Database(url)
    try:
        with db.read() as s:
            programs = s.execute(select(func.count()).where(m.Program.key.like("IMPORT-%"))).scalar_one()
            tasks = s.execute(select(func.count()).where(m.Task.key.like("IMPORT-%"))).scalar_one()
            changes = s.execute(select(func.count()).where(m.ChangeRecord.entity_key.like("IMPORT-%"))).scalar_one()
            batches = s.execute(select(func.count()).select_from(m.ImportBatch)).scalar_one()
        return int(programs), int(tasks), int(changes), int(batches)
    finally:
        db.dispose()


def test_kill_in_the_middle_of_a_large_import_leaves_nothing_behind(url: str) -> None:
    proc = _start("import", url, "4000", "0.001")
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "midway"
    _kill(proc)
    assert _integrity(url) == "ok"
    assert _imported(url) == (0, 0, 0, 0)
    # The database still takes writes, and the same import can run again in full.
    proc = _start("import", url, "300", "0")
    assert proc.stdout is not None
    out, _ = proc.communicate(timeout=120)
    assert out.split() == ["midway", "committed"]
    assert _imported(url)[:2] == (300, 300)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_kill_at_a_random_moment_of_an_import_is_all_or_nothing(url: str, seed: int) -> None:
    rng = random.Random(seed)
    proc = _start("import", url, "600", "0")
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "midway"
    # Somewhere in the second half, the commit, or just after it.
    import time

    time.sleep(rng.uniform(0.0, 0.3))
    committed = False
    if proc.poll() is None:
        _kill(proc)
    rest = proc.stdout.read()
    committed = "committed" in rest
    assert _integrity(url) == "ok"
    programs, tasks, _changes, batches = _imported(url)
    assert (programs, tasks, batches) in ((0, 0, 0), (600, 600, 1))
    if committed:
        assert programs == 600


@pytest.mark.parametrize("seed", [11, 12])
def test_kill_in_a_burst_of_edits_keeps_every_confirmed_edit(url: str, seed: int) -> None:
    rng = random.Random(seed)
    stop_after = rng.randint(25, 70)
    proc = _start("edits", url, "100000")
    assert proc.stdout is not None
    acks = [proc.stdout.readline().split() for _ in range(stop_after)]
    _kill(proc)
    assert _integrity(url) == "ok"

    db = Database(url)
    try:
        service = ProgramService(db)
        program = service.get_program("EDITS")
        entries = {e.id: e.title for e in service.list_progress("EDITS", limit=100_000)}
    finally:
        db.dispose()
    progress_acks = [(int(a[2]), " ".join(a[3:])) for a in acks if a[1] == "progress"]
    summary_acks = [int(a[2]) for a in acks if a[1] == "summary"]
    assert progress_acks and summary_acks
    for entry_id, title in progress_acks:
        assert entries.get(entry_id) == title
    # The summary holds the last confirmed edit, or a later one that committed before the kill.
    last_summary = int(program.summary.split()[-1]) if program.summary else -1
    assert last_summary >= max(summary_acks)
    assert len(entries) >= len(progress_acks)
