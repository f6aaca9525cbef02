"""Backups and restores in odd folders, at the same moment, on read-only files, and when they fail.

Issue "Trust, second round", cases 3, 4 and 7: a '#', '?' or '%' in a folder name made every backup an
empty database; a restore wrote into a read-only file; two backups in the same second collided.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import stat
import threading
import types
from pathlib import Path

import pytest

from app.domain.errors import CivicError, ReadOnlyError
from app.services import backups as b
from app.services.database import open_database
from app.services.programs import ProgramDraft, ProgramService
from app.store.database import sqlite_url

pytestmark = pytest.mark.sqlite_only  # about the SQLite file itself

ODD_FOLDERS = ("share #2", "what?", "50% done", "도봉구 자료", "资料 备份", "a b")


def _programs(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {str(k) for (k,) in conn.execute("SELECT key FROM programs")}
    finally:
        conn.close()


@pytest.mark.parametrize("folder", ODD_FOLDERS)
def test_a_backup_in_an_odd_folder_holds_the_data_and_restores(tmp_path: Path, folder: str) -> None:
    home = tmp_path / folder
    home.mkdir()
    path = home / "civic-tracker.sqlite3"
    db, _ = open_database(sqlite_url(path), actor="me", seed=False)
    try:
        ProgramService(db).create_program(ProgramDraft(title="Rain gardens", key="RAIN"))
        backup = b.take_backup(db, "manual")
        assert backup.path.parent == home / "backups"
        assert _programs(backup.path) == {"RAIN"}
        ProgramService(db).create_program(ProgramDraft(title="Street trees", key="TREES"))
        b.restore_backup(db, backup)
        assert {p.key for p in ProgramService(db).list_programs().rows} == {"RAIN"}
    finally:
        db.dispose()
    # Nothing appeared at the path cut short before '#', '?' or '%'.
    assert sorted(p.name for p in tmp_path.iterdir()) == [folder]


def test_two_backups_in_the_same_second_are_two_files(tmp_path: Path) -> None:
    db, _ = open_database(f"sqlite:///{tmp_path / 'db.sqlite3'}", actor="me", seed=False)
    moment = dt.datetime(2026, 12, 5, 9, 30, 0)
    try:
        ProgramService(db).create_program(ProgramDraft(title="Rain gardens", key="RAIN"))
        made: list[b.BackupInfo] = []
        errors: list[BaseException] = []

        def one() -> None:
            try:
                made.append(b.take_backup(db, "before-import", clock=lambda: moment, rotate_after=False))
            except BaseException as exc:
                errors.append(exc)

        threads = [threading.Thread(target=one) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    finally:
        db.dispose()
    assert errors == []
    assert len({m.path for m in made}) == 4
    assert all(_programs(m.path) == {"RAIN"} for m in made)


def test_a_failed_backup_leaves_no_file_behind(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db, _ = open_database(f"sqlite:///{tmp_path / 'db.sqlite3'}", actor="me", seed=False)
    backups = tmp_path / "backups"
    before = sorted(p.name for p in backups.iterdir()) if backups.exists() else []

    class Failing:
        """A connection whose copy fails half-way, as on a full disk."""

        def __init__(self, conn: sqlite3.Connection) -> None:
            self.conn = conn

        def backup(self, *_args: object, **_kwargs: object) -> None:
            raise sqlite3.OperationalError("disk I/O error")

        def __getattr__(self, name: str) -> object:
            return getattr(self.conn, name)

    real = sqlite3.connect
    monkeypatch.setattr(
        "app.store.backup.sqlite3", types.SimpleNamespace(connect=lambda *a, **k: Failing(real(*a, **k)))
    )
    try:
        with pytest.raises(CivicError, match="Could not write the backup"):
            b.take_backup(db, "manual")
    finally:
        db.dispose()
    assert sorted(p.name for p in backups.iterdir()) == before


@pytest.mark.skipif(not hasattr(os, "geteuid"), reason="POSIX permission bits")
def test_a_read_only_database_file_is_not_restored_into(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    db, _ = open_database(f"sqlite:///{path}", actor="me", seed=False)
    try:
        ProgramService(db).create_program(ProgramDraft(title="Rain gardens", key="RAIN"))
        backup = b.take_backup(db, "manual")
        ProgramService(db).create_program(ProgramDraft(title="Street trees", key="TREES"))
    finally:
        db.dispose()
    path.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)  # 0444: its owner asked for no writes
    content = path.read_bytes()
    try:
        with pytest.raises(ReadOnlyError, match="read-only"):
            b.restore_file(path, backup)
        assert path.read_bytes() == content
        assert _programs(path) == {"RAIN", "TREES"}
    finally:
        path.chmod(0o600)


def test_the_default_database_in_an_odd_data_folder_is_that_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sqlalchemy.engine import make_url

    from app import config

    folder = tmp_path / "what? #2 50%"
    monkeypatch.setenv("CIVIC_TRACKER_DATA_DIR", str(folder))
    url = config.database_url()
    assert make_url(url).database == str(folder / "civic-tracker.sqlite3")
    db, _ = open_database(url, actor="me", seed=False)
    db.dispose()
    assert (folder / "civic-tracker.sqlite3").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == [folder.name]
