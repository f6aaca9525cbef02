"""Faults a user can meet: a damaged or foreign file, a read-only file, a locked database, a full disk."""

from __future__ import annotations

import hashlib
import os
import stat
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from app.domain.errors import DatabaseBusyError, DiskFullError, ReadOnlyError
from app.services.backups import take_backup
from app.services.database import NotADatabaseError, open_database
from app.services.programs import ProgramDraft, ProgramService
from app.store.database import Database

pytestmark = pytest.mark.sqlite_only  # about the SQLite file itself


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    for offset in range(4096 * 2, len(data), 4096):  # keep the header, scramble every page after the first two
        data[offset : offset + 64] = b"\xa5" * 64
    path.write_bytes(bytes(data))


@pytest.fixture
def saved_db(db_url: str) -> Path:
    """A database file with a program and one backup, closed."""
    db, _ = open_database(db_url, actor="tester", seed=False)
    service = ProgramService(db)
    for n in range(30):
        service.create_program(ProgramDraft(title=f"Program {n}", key=f"P{n}", summary="x" * 500))
    take_backup(db, "manual")
    path = db.sqlite_path
    db.dispose()
    assert path is not None
    return path


def test_damaged_file_is_refused_untouched_with_the_newest_backup_named(saved_db: Path) -> None:
    _damage(saved_db)
    before = _digest(saved_db)
    with pytest.raises(NotADatabaseError) as err:
        open_database(f"sqlite:///{saved_db}")
    message = str(err.value)
    assert "was not changed" in message
    assert err.value.newest_backup is not None and err.value.newest_backup.name in message
    assert f"civic-tracker db restore {err.value.newest_backup.name}" in message
    assert _digest(saved_db) == before


def test_file_that_is_not_a_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_text("minutes of the March meeting\n", encoding="utf-8")
    with pytest.raises(NotADatabaseError, match="not a SQLite file") as err:
        open_database(f"sqlite:///{path}")
    assert "no backup" in str(err.value)
    assert path.read_text(encoding="utf-8") == "minutes of the March meeting\n"


def test_command_line_names_the_backup_and_the_restore_command(
    saved_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from app.cli import main

    _damage(saved_db)
    assert main(["--db", f"sqlite:///{saved_db}", "programs", "list"]) == 1
    err = capsys.readouterr().err
    assert "cannot be opened" in err and "civic-tracker db restore" in err
    assert main(["--db", f"sqlite:///{saved_db}", "db", "restore", "newest"]) == 0
    assert "damaged file was kept" in capsys.readouterr().out
    assert main(["--db", f"sqlite:///{saved_db}", "programs", "list"]) == 0
    assert "P29" in capsys.readouterr().out


def test_read_only_file_opens_read_only_and_refuses_edits_plainly(saved_db: Path) -> None:
    for side in ("-wal", "-shm"):
        Path(str(saved_db) + side).unlink(missing_ok=True)
    os.chmod(saved_db, stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    before = _digest(saved_db)
    try:
        db, report = open_database(f"sqlite:///{saved_db}", actor="tester")
        try:
            assert report.read_only and db.read_only
            assert len(ProgramService(db).program_keys()) == 30
            with pytest.raises(ReadOnlyError, match="read-only"):
                ProgramService(db).create_program(ProgramDraft(title="Not allowed"))
        finally:
            db.dispose()
    finally:
        os.chmod(saved_db, stat.S_IRUSR | stat.S_IWUSR)
    assert _digest(saved_db) == before


def test_locked_database_gives_a_plain_error_and_the_retry_works(db_url: str) -> None:
    holder, _ = open_database(db_url, actor="holder", seed=False)
    impatient = Database(db_url, actor="me", busy_timeout_ms=200)
    service = ProgramService(impatient)
    try:
        with holder.write() as s:
            s.connection()  # BEGIN IMMEDIATE: holds the write lock until the block ends
            with pytest.raises(DatabaseBusyError, match=r"busy.*Nothing was saved"):
                service.create_program(ProgramDraft(title="My edit", key="MINE"))
        assert service.create_program(ProgramDraft(title="My edit", key="MINE")).key == "MINE"
    finally:
        holder.dispose()
        impatient.dispose()


def _limit_pages(db: Database, pages: int) -> None:
    @event.listens_for(db.engine, "connect")
    def _small(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.execute(f"PRAGMA max_page_count={pages}")

    db.engine.dispose()


def test_full_database_gives_a_plain_error_saves_nothing_and_the_retry_works(db_url: str) -> None:
    db, _ = open_database(db_url, actor="tester", seed=False)
    try:
        with db.read() as s:
            used = s.connection().exec_driver_sql("PRAGMA page_count").scalar_one()
        _limit_pages(db, int(used) + 2)
        service = ProgramService(db)
        big = "long minutes " * 4000
        with pytest.raises(DiskFullError, match=r"full.*Nothing was saved"):
            service.create_program(ProgramDraft(title="Large", key="LARGE", description=big))
        assert service.program_keys() == []
        _limit_pages(db, 1_000_000)
        assert service.create_program(ProgramDraft(title="Large", key="LARGE", description=big)).key == "LARGE"
    finally:
        db.dispose()


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    mount = tmp_path / "tiny"
    mount.mkdir()
    try:
        done = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=400k", "tmpfs", str(mount)], capture_output=True, check=False
        )
    except FileNotFoundError:
        pytest.skip("no mount command")
    if done.returncode != 0:
        pytest.skip("cannot mount a small filesystem here (needs root)")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def test_really_full_disk_gives_a_plain_error_and_keeps_what_was_saved(tiny_disk: Path) -> None:
    db, _ = open_database(f"sqlite:///{tiny_disk / 'db.sqlite3'}", actor="tester", seed=False)
    service = ProgramService(db)
    saved: list[str] = []
    try:
        with pytest.raises(DiskFullError):
            for n in range(10_000):
                service.create_program(ProgramDraft(title=f"Program {n}", key=f"K{n}", description="z" * 2000))
                saved.append(f"K{n}")
        assert saved, "the disk should hold at least one program"
    finally:
        db.dispose()
    # Everything reported as saved is there, and the file is sound.
    db = Database(f"sqlite:///{tiny_disk / 'db.sqlite3'}", read_only=True)
    try:
        assert set(ProgramService(db).program_keys()) == set(saved)
        with db.read() as s:
            assert s.connection().exec_driver_sql("PRAGMA integrity_check").scalar_one() == "ok"
    finally:
        db.dispose()


def test_storage_error_messages_are_plain() -> None:
    import sqlite3

    from sqlalchemy import exc as sa_exc

    from app.store.database import storage_error

    def wrapped(text: str) -> Exception:
        return storage_error(sa_exc.OperationalError("INSERT", {}, sqlite3.OperationalError(text)))

    assert isinstance(wrapped("database is locked"), DatabaseBusyError)
    assert isinstance(wrapped("database or disk is full"), DiskFullError)
    assert "I/O error" in str(wrapped("disk I/O error"))
    assert isinstance(wrapped("attempt to write a readonly database"), ReadOnlyError)


def test_database_on_a_read_only_share_opens_read_only(tiny_disk: Path) -> None:
    url = f"sqlite:///{tiny_disk / 'shared.sqlite3'}"
    db, _ = open_database(url, actor="tester", seed=False)
    ProgramService(db).create_program(ProgramDraft(title="On the share", key="SHARE"))
    db.dispose()
    done = subprocess.run(["mount", "-o", "remount,ro", str(tiny_disk)], capture_output=True, check=False)
    if done.returncode != 0:
        pytest.skip("cannot remount read-only here")
    db, report = open_database(url, actor="tester", seed=False)
    try:
        assert report.read_only
        assert ProgramService(db).program_keys() == ["SHARE"]
        with pytest.raises(ReadOnlyError):
            ProgramService(db).create_program(ProgramDraft(title="Refused"))
    finally:
        db.dispose()


def test_reads_of_a_file_damaged_while_open_give_a_plain_error(saved_db: Path) -> None:
    from app.domain.errors import StorageError
    from app.services.watch import ChangeWatcher

    db = Database(f"sqlite:///{saved_db}")
    watcher = ChangeWatcher(db)
    db.dispose()
    saved_db.write_bytes(b"overwritten by some other program" * 200)
    for side in ("-wal", "-shm"):
        Path(str(saved_db) + side).unlink(missing_ok=True)
    try:
        with pytest.raises(StorageError, match="damaged"):
            ProgramService(db).program_keys()
        assert watcher.poll() is None  # the live-refresh poll keeps quiet instead of crashing
    finally:
        db.dispose()


@pytest.mark.parametrize("folder", ["share #2", "50% done", "why?", "강동구 자료"])
def test_a_folder_with_uri_characters_opens_read_only_and_is_checked(tmp_path: Path, folder: str) -> None:
    # SQLite URIs end a path at '#' or '?' and decode '%': the file itself must be the one opened.
    from app.services.backups import check_file

    place = tmp_path / folder
    place.mkdir()
    db, _ = open_database(f"sqlite:///{place / 'office.sqlite3'}", actor="tester", seed=False)
    ProgramService(db).create_program(ProgramDraft(title="Green wheels", key="GREEN-WHEELS"))
    path = db.sqlite_path
    db.dispose()
    assert path is not None
    viewer = Database(f"sqlite:///{path}", read_only=True)
    try:
        assert [p.key for p in ProgramService(viewer).list_programs().rows] == ["GREEN-WHEELS"]
    finally:
        viewer.dispose()
    assert check_file(path, full=True).ok
    _damage(path)
    assert not check_file(path, full=True).ok
