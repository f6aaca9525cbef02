"""Faults named for what they are (issue "Trust, second round", case 2): a full disk or a denied permission
is not a damaged file, and following the advice never loses the database."""

from __future__ import annotations

import sqlite3
import types
from pathlib import Path

import pytest

from app.domain.errors import CivicError, StorageError
from app.services import backups as b
from app.services.database import NotADatabaseError, open_database
from app.services.programs import ProgramDraft, ProgramService
from app.store.database import sqlite_url

pytestmark = pytest.mark.sqlite_only  # about the SQLite file itself


@pytest.fixture
def saved(tmp_path: Path) -> tuple[Path, b.BackupInfo]:
    path = tmp_path / "civic-tracker.sqlite3"
    db, _ = open_database(sqlite_url(path), actor="me", seed=False)
    try:
        ProgramService(db).create_program(ProgramDraft(title="Rain gardens", key="RAIN"))
        backup = b.take_backup(db, "manual")
    finally:
        db.dispose()
    return path, backup


def _failing_sqlite(monkeypatch: pytest.MonkeyPatch, message: str, code: int) -> None:
    """Every check of the file fails as SQLite fails on a full disk or a denied file."""

    def connect(*_args: object, **_kwargs: object) -> sqlite3.Connection:
        exc = sqlite3.OperationalError(message)
        exc.sqlite_errorcode = code  # type: ignore[attr-defined]
        raise exc

    monkeypatch.setattr("app.services.backups.sqlite3", types.SimpleNamespace(connect=connect, Error=sqlite3.Error))


@pytest.mark.parametrize(
    ("message", "code", "said"),
    [
        ("database or disk is full", 13, "is full; free some space"),
        ("disk I/O error", 10, "could not be read or written"),
        ("unable to open database file", 14, "could not be opened"),
        ("access permission denied", 3, "permission"),
    ],
)
def test_a_fault_is_named_and_the_file_is_neither_moved_nor_replaced(
    saved: tuple[Path, b.BackupInfo], monkeypatch: pytest.MonkeyPatch, message: str, code: int, said: str
) -> None:
    path, backup = saved
    content = path.read_bytes()
    _failing_sqlite(monkeypatch, message, code)
    with pytest.raises(StorageError, match=said) as opening:
        open_database(sqlite_url(path), actor="me", seed=False)
    assert "damaged" not in str(opening.value) and "restore" not in str(opening.value)
    with pytest.raises(CivicError, match=said) as restoring:  # the backup cannot be read either
        b.restore_file(path, backup.path)
    assert "Nothing was changed" in str(restoring.value) and "damaged" not in str(restoring.value)
    monkeypatch.undo()
    assert path.read_bytes() == content
    assert sorted(p.name for p in path.parent.iterdir()) == sorted([path.name, "backups"])
    db, _ = open_database(sqlite_url(path), actor="me", seed=False)
    try:
        assert [p.key for p in ProgramService(db).list_programs().rows] == ["RAIN"]
    finally:
        db.dispose()


def test_a_new_database_is_never_made_where_one_was(saved: tuple[Path, b.BackupInfo]) -> None:
    path, backup = saved
    path.unlink()
    with pytest.raises(NotADatabaseError, match=r"is missing, but the backup .* is there") as caught:
        open_database(sqlite_url(path), actor="me", seed=False)
    assert caught.value.newest_backup == backup.path
    assert not path.exists()


def test_real_damage_still_offers_the_newest_backup(saved: tuple[Path, b.BackupInfo]) -> None:
    path, backup = saved
    path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4096)
    with pytest.raises(NotADatabaseError) as caught:
        open_database(sqlite_url(path), actor="me", seed=False)
    assert caught.value.newest_backup == backup.path
