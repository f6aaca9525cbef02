"""Backups you can trust (issue "Trust, second round", case 5).

Damage that ``quick_check`` misses (an index that no longer matches its table, after a flipped byte or a
half-truncated WAL) used to be accepted, written to and backed up; restoring refused those backups, and
rotation could replace every good one with them. Now every backup is checked before it counts, rotation
keeps the newest checked one, a second folder gets a checked copy, and a file changed outside the app is
checked in full when it is opened.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from app.domain.errors import CivicError, StorageError
from app.services import backups as b
from app.services.database import NotADatabaseError, close_database, open_database
from app.services.programs import ProgramDraft, ProgramService
from app.store.backup import CopyNotVerifiedError, backup_sqlite, check_copy, contents_of
from app.store.database import Database, sqlite_url

pytestmark = pytest.mark.sqlite_only  # about the SQLite file itself


def _programs(path: Path) -> set[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {str(k) for (k,) in conn.execute("SELECT key FROM programs")}
    finally:
        conn.close()


def _check(path: Path, pragma: str) -> list[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [str(r[0]) for r in conn.execute(f"PRAGMA {pragma}")]
    finally:
        conn.close()


def _damage_index(path: Path, key: str) -> None:
    """Change the last letter of ``key`` in the index page of programs that holds it, keeping its size and
    its sort order: the b-tree stays well formed, so quick_check passes, but the index no longer matches
    the table, so integrity_check fails. This is the damage a flipped byte leaves."""
    conn = sqlite3.connect(path)
    try:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        roots = [r for (r,) in conn.execute("SELECT rootpage FROM sqlite_master WHERE type='index'")]
    finally:
        conn.close()
    data = bytearray(path.read_bytes())
    needle = key.encode()
    for root in roots:
        start = (root - 1) * page_size
        at = data.find(needle, start, start + page_size)
        if at >= 0:
            data[at + len(needle) - 1] += 1
            path.write_bytes(bytes(data))
            break
    else:
        raise AssertionError(f"no index page holds {key}")
    assert _check(path, "quick_check") == ["ok"]
    assert _check(path, "integrity_check") != ["ok"]


@pytest.fixture
def path(tmp_path: Path) -> Path:
    """A database file with one program, closed cleanly."""
    path = tmp_path / "civic-tracker.sqlite3"
    db, _ = open_database(sqlite_url(path), actor="me", seed=False)
    ProgramService(db).create_program(ProgramDraft(title="Rain gardens", key="RAINGARDENS"))
    close_database(db)
    return path


def _folder_names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


# ---------------------------------------------------------------------- each backup is checked
def test_a_backup_is_checked_before_it_counts(path: Path) -> None:
    db = Database(sqlite_url(path))
    try:
        made = b.take_backup(db, "manual")
    finally:
        db.dispose()
    assert made.verified
    assert [x.verified for x in b.list_backups(path)] == [True]
    assert _programs(made.path) == {"RAINGARDENS"}


def test_a_backup_of_a_database_with_a_damaged_index_is_refused_and_leaves_no_file(path: Path) -> None:
    db = Database(sqlite_url(path))
    good = b.take_backup(db, "daily", clock=lambda: dt.datetime(2026, 11, 27, 9, 0))
    db.dispose()
    _damage_index(path, "RAINGARDENS")
    before = _folder_names(good.path.parent)
    db = Database(sqlite_url(path))
    try:
        with pytest.raises(CivicError) as refused:
            b.take_backup(db, "daily", clock=lambda: dt.datetime(2026, 11, 28, 9, 0))
    finally:
        db.dispose()
    assert refused.value.message is not None and refused.value.message.code == "backup.damaged"
    assert "integrity" in str(refused.value) and "was not kept" in str(refused.value)
    assert _folder_names(good.path.parent) == before  # no backup, no part file, no record
    assert b.newest_backup(path) == good


def test_a_copy_whose_rows_differ_from_the_database_is_refused(path: Path, tmp_path: Path) -> None:
    copy = backup_sqlite(path, tmp_path / "copy.sqlite3")
    expected = contents_of(path)
    assert check_copy(copy, expected) is None
    conn = sqlite3.connect(copy)
    conn.execute("DELETE FROM programs")
    conn.commit()
    conn.close()
    problem = check_copy(copy, expected)
    assert problem is not None and problem.code == "backup.rows_differ"
    assert problem.params["table"] == "programs"


def test_a_copy_without_the_schema_is_refused(tmp_path: Path) -> None:
    plain = tmp_path / "plain.sqlite3"
    conn = sqlite3.connect(plain)
    conn.execute("CREATE TABLE notes (x)")
    conn.commit()
    conn.close()
    with pytest.raises(CopyNotVerifiedError) as refused:
        backup_sqlite(plain, tmp_path / "copy.sqlite3")
    assert refused.value.problem.code == "backup.no_schema"
    assert _folder_names(tmp_path) == ["plain.sqlite3"]


def test_a_backup_changed_after_its_check_no_longer_counts_as_checked(path: Path) -> None:
    db = Database(sqlite_url(path))
    made = b.take_backup(db, "manual")
    db.dispose()
    stat = made.path.stat()
    os.utime(made.path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 2_000_000_000))
    assert [x.verified for x in b.list_backups(path)] == [False]


# ---------------------------------------------------------------------- rotation keeps the last good one
def _info(when: dt.datetime, *, verified: bool, reason: str = "daily") -> b.BackupInfo:
    return b.BackupInfo(Path(f"db.{when:%Y%m%d-%H%M%S}.{reason}.sqlite3"), when, reason, 1, verified=verified)


def test_rotation_keeps_the_newest_checked_backup_behind_newer_unchecked_ones() -> None:
    now = dt.datetime(2026, 11, 28, 18, 0)
    checked = _info(now - dt.timedelta(days=60), verified=True)
    older_checked = _info(now - dt.timedelta(days=61), verified=True)
    unchecked = [_info(now - dt.timedelta(days=n), verified=False) for n in range(40)]
    kept, removed = b.plan_rotation([checked, older_checked, *unchecked], now)
    assert checked in kept
    assert older_checked in removed
    assert unchecked[0] in kept  # the newest backup is kept as before


def test_rotation_of_the_folder_never_deletes_the_last_checked_backup(path: Path) -> None:
    db = Database(sqlite_url(path))
    good = b.take_backup(db, "daily", clock=lambda: dt.datetime(2026, 9, 1, 9, 0))
    db.dispose()
    # Newer backups this app did not check (an older version on a colleague's computer wrote them).
    now = dt.datetime(2026, 11, 28, 9, 0)
    for n in range(40):
        when = now - dt.timedelta(days=n)
        shutil.copyfile(good.path, good.path.with_name(f"{path.stem}.{when:%Y%m%d-%H%M%S}.daily.sqlite3"))
    deleted = b.rotate(path, now=now)
    assert deleted  # older unchecked ones go, as the rule says
    assert good.path.exists()
    assert b.newest_backup(path) == b.find_backup(path, good.name)  # the one to restore is the checked one


# ---------------------------------------------------------------------- a second folder
def test_every_backup_is_copied_to_the_second_folder_of_the_environment(
    path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    second = tmp_path / "other disk" / "civic backups"
    monkeypatch.setenv("CIVIC_TRACKER_BACKUP_DIR", str(second))
    db = Database(sqlite_url(path))
    try:
        made = b.take_backup(db, "daily")
    finally:
        db.dispose()
    assert made.warnings == ()
    assert made.second_copy == second / made.name
    assert _programs(made.second_copy) == {"RAINGARDENS"}
    assert _check(made.second_copy, "integrity_check") == ["ok"]
    [copy] = b.list_backups(path, folder=second)
    assert copy.verified and copy.reason == "daily"
    assert made.path.exists()


def test_a_second_folder_that_cannot_be_written_is_a_warning_and_the_backup_stays(
    path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the folder should be", encoding="utf-8")
    monkeypatch.setenv("CIVIC_TRACKER_BACKUP_DIR", str(blocked / "backups"))
    db = Database(sqlite_url(path))
    try:
        made = b.take_backup(db, "manual")
    finally:
        db.dispose()
    assert made.path.exists() and made.verified and made.second_copy is None
    [warning] = made.warnings
    assert warning.code == "backup.second_copy_failed"
    assert str(blocked / "backups") in warning.render()
    assert [x.name for x in b.list_backups(path)] == [made.name]


def test_the_second_folder_is_a_setting_the_environment_overrides(
    path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("CIVIC_TRACKER_BACKUP_DIR", raising=False)
    assert b.second_folder() is None
    chosen = tmp_path / "usb stick"
    b.set_second_folder(chosen)
    assert b.second_folder() == b.SecondFolder(chosen, from_environment=False)
    db = Database(sqlite_url(path))
    made = b.take_backup(db, "manual")
    assert made.second_copy is not None and made.second_copy.parent == chosen
    monkeypatch.setenv("CIVIC_TRACKER_BACKUP_DIR", str(tmp_path / "share"))
    assert b.second_folder() == b.SecondFolder(tmp_path / "share", from_environment=True)
    again = b.take_backup(db, "manual")
    db.dispose()
    assert again.second_copy is not None and again.second_copy.parent == tmp_path / "share"
    monkeypatch.delenv("CIVIC_TRACKER_BACKUP_DIR")
    b.set_second_folder(None)
    assert b.second_folder() is None


def test_automatic_backups_in_the_second_folder_rotate_too(
    path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    second = tmp_path / "second"
    monkeypatch.setenv("CIVIC_TRACKER_BACKUP_DIR", str(second))
    db = Database(sqlite_url(path))
    clock = [dt.datetime(2026, 9, 1, 9, 0)]
    try:
        for _ in range(30):
            b.take_backup(db, "daily", clock=lambda: clock[0])
            clock[0] += dt.timedelta(days=1)
    finally:
        db.dispose()
    primary = [x.name for x in b.list_backups(path)]
    assert 9 <= len(primary) <= 11
    assert [x.name for x in b.list_backups(path, folder=second)] == primary


# ---------------------------------------------------------------------- opening checks in full when needed
def test_a_clean_close_records_the_file_and_the_next_open_runs_the_quick_check(path: Path) -> None:
    db, report = open_database(sqlite_url(path), actor="me", seed=False)
    close_database(db)
    assert report.full_check is False


def test_a_file_changed_outside_the_app_is_checked_in_full(path: Path) -> None:
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 5_000_000_000))  # copied back from a stick, say
    db, report = open_database(sqlite_url(path), actor="me", seed=False)
    close_database(db)
    assert report.full_check is True
    db, report = open_database(sqlite_url(path), actor="me", seed=False)
    db.dispose()
    assert report.full_check is False  # the clean close recorded it again


def test_a_file_never_closed_cleanly_is_checked_in_full(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    db, _ = open_database(sqlite_url(path), actor="me", seed=False)
    db.dispose()  # as after a crash: no clean close
    db, report = open_database(sqlite_url(path), actor="me", seed=False)
    db.dispose()
    assert report.full_check is True


def test_damage_in_a_file_changed_outside_the_app_is_found_on_open_and_the_file_is_kept(path: Path) -> None:
    db = Database(sqlite_url(path))
    good = b.take_backup(db, "manual")
    db.dispose()
    _damage_index(path, "RAINGARDENS")
    damaged = path.read_bytes()
    with pytest.raises(NotADatabaseError) as caught:
        open_database(sqlite_url(path), actor="me", seed=False)
    assert "missing from index" in str(caught.value)  # what the full check found
    assert caught.value.newest_backup == good.path
    assert path.read_bytes() == damaged  # not moved, not written

    report = b.restore_file(path, b.find_backup(path, "newest"))

    assert report.damaged_copy is not None and report.damaged_copy.read_bytes() == damaged
    db, opened = open_database(sqlite_url(path), actor="me", seed=False)
    try:
        assert ProgramService(db).program_keys() == ["RAINGARDENS"]
        assert opened.full_check is True
    finally:
        close_database(db)


def test_a_backup_that_finds_damage_makes_the_next_open_check_in_full(path: Path) -> None:
    stat = path.stat()
    _damage_index(path, "RAINGARDENS")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))  # damage that left size and time as they were
    db, report = open_database(sqlite_url(path), actor="me", seed=False)
    assert report.full_check is False  # nothing says the file changed: the quick check runs, and passes
    with pytest.raises(CivicError, match="was not kept"):
        b.take_backup(db, "daily")
    close_database(db)
    with pytest.raises(NotADatabaseError):
        open_database(sqlite_url(path), actor="me", seed=False)


def test_damage_met_during_a_session_makes_the_next_open_check_in_full(path: Path) -> None:
    stat = path.stat()
    sound = path.read_bytes()
    conn = sqlite3.connect(path)
    page_size, root = conn.execute(
        "SELECT (SELECT page_size FROM pragma_page_size), rootpage FROM sqlite_master WHERE name = 'programs'"
    ).fetchone()
    conn.close()
    broken = bytearray(sound)
    broken[(root - 1) * page_size : root * page_size] = b"\xa5" * page_size
    path.write_bytes(bytes(broken))
    db = Database(sqlite_url(path))
    with pytest.raises(StorageError, match="damaged"):
        ProgramService(db).program_keys()
    close_database(db)
    path.write_bytes(sound)  # whatever happens to the file next, it is no longer trusted on its time alone
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    db, report = open_database(sqlite_url(path), actor="me", seed=False)
    close_database(db)
    assert report.full_check is True
    db, report = open_database(sqlite_url(path), actor="me", seed=False)
    close_database(db)
    assert report.full_check is False  # the full check passed: the suspicion is gone


def test_a_healthy_file_is_never_moved_by_a_restore(path: Path) -> None:
    db = Database(sqlite_url(path))
    snapshot = b.take_backup(db, "manual")
    ProgramService(db).create_program(ProgramDraft(title="Street trees", key="TREES"))
    db.dispose()
    report = b.restore_file(path, snapshot)
    assert report.damaged_copy is None and report.safety_backup is not None
    assert _programs(path) == {"RAINGARDENS"}


def test_a_daily_backup_nobody_checked_does_not_stand_for_today(path: Path) -> None:
    today = dt.datetime(2026, 11, 28, 9, 0)
    unchecked = b.backups_dir(path) / f"{path.stem}.{today:%Y%m%d-%H%M%S}.daily.sqlite3"
    unchecked.parent.mkdir()
    shutil.copyfile(path, unchecked)  # as an older version wrote it
    db = Database(sqlite_url(path))
    try:
        made = b.ensure_daily_backup(db, clock=lambda: today.replace(hour=10))
        assert made is not None and made.verified
        assert b.ensure_daily_backup(db, clock=lambda: today.replace(hour=11)) is None
    finally:
        db.dispose()
