"""Committed pages reach the SQLite file on a thread of their own, never inside the commit."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Table

from app.store import models as m
from app.store.bulk import insert_rows

PROGRAMS: Table = m.Program.__table__  # type: ignore[assignment]


def _write_programs(db: Any, n: int) -> None:
    import datetime as dt

    now = dt.datetime(2026, 11, 28, 9, 30, tzinfo=dt.UTC)
    rows = [
        {
            "key": f"K{i}",
            "title": f"Program {i} " + "x" * 300,
            "title_sort": f"program {i}",
            "is_case": False,
            "version": 1,
            "search_text": "",
            "created_at": now,
            "updated_at": now,
        }
        for i in range(n)
    ]
    with db.write() as s:
        insert_rows(s, PROGRAMS, rows)


@pytest.mark.sqlite_only
def test_a_large_write_reaches_the_file_after_its_commit(empty_db: Any) -> None:
    path: Path = empty_db.sqlite_path
    # Another connection stays open, so closing the app's own ones is not what copies the pages.
    keeper = sqlite3.connect(path)
    keeper.execute("SELECT count(*) FROM sqlite_master").fetchall()  # now it holds the log open too
    try:
        with empty_db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar() == 0  # not inside the commit
        before = path.stat().st_size
        _write_programs(empty_db, 5000)
        empty_db.dispose()  # waits for the checkpoint the write started
        assert path.stat().st_size > before + 1_000_000
        count = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)  # the file alone, log ignored
        try:
            assert count.execute("SELECT count(*) FROM programs").fetchone() == (5000,)
        finally:
            count.close()
    finally:
        keeper.close()


@pytest.mark.sqlite_only
def test_writes_after_a_restore_still_reach_the_file(empty_db: Any, tmp_path: Path, monkeypatch: Any) -> None:
    # A restore disposes the database's connections and goes on using the same object.
    from app.services.backups import restore_backup, take_backup

    monkeypatch.setenv("CIVIC_TRACKER_DATA_DIR", str(tmp_path / "data"))
    path: Path = empty_db.sqlite_path
    keeper = sqlite3.connect(path)
    keeper.execute("SELECT count(*) FROM sqlite_master").fetchall()
    try:
        restore_backup(empty_db, take_backup(empty_db, "manual"))
        before = path.stat().st_size
        _write_programs(empty_db, 5000)
        empty_db.dispose()
        assert path.stat().st_size > before + 1_000_000
    finally:
        keeper.close()


def test_a_checkpoint_never_creates_a_missing_file(tmp_path: Path) -> None:
    from app.store.database import _Checkpointer

    gone = tmp_path / "moved-away.sqlite3"
    checkpointer = _Checkpointer(gone)
    checkpointer.wake()
    checkpointer.wait()
    assert not gone.exists()
