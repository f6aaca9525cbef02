"""Backups: online copies, rotation (7 daily, 4 weekly), listing, and restores that lose nothing."""

from __future__ import annotations

import datetime as dt
import sqlite3
import threading
from pathlib import Path

import pytest

from app.domain.errors import CivicError
from app.services import backups as b
from app.services.database import backup_now, open_database
from app.services.programs import ProgramDraft, ProgramService
from app.store.database import Database

pytestmark = pytest.mark.sqlite_only  # about the SQLite file itself


def _info(when: dt.datetime, reason: str = "daily") -> b.BackupInfo:
    return b.BackupInfo(Path(f"db.{when:%Y%m%d-%H%M%S}.{reason}.sqlite3"), when, reason, 1)


def _names(items: list[b.BackupInfo]) -> list[str]:
    return [f"{i.taken_at:%m-%d %H:%M} {i.reason}" for i in items]


def test_rotation_keeps_newest_of_7_days_and_4_weeks_and_never_manual_ones() -> None:
    now = dt.datetime(2026, 11, 28, 18, 0)  # a Saturday
    # A daily backup at 09:00 for each of the last 60 days, plus a second one today, plus a manual one.
    items = [_info(now.replace(hour=9) - dt.timedelta(days=n)) for n in range(60)]
    items.append(_info(now.replace(hour=17)))
    items.append(_info(dt.datetime(2025, 1, 1, 12, 0), "manual"))
    kept, removed = b.plan_rotation(items, now)
    assert len(kept) + len(removed) == len(items)
    kept_days = sorted({k.taken_at.date() for k in kept if k.automatic})
    # Daily slots: the 7 most recent days (Nov 22-28); the newest of today is the 17:00 one.
    assert [d.day for d in kept_days if d >= dt.date(2026, 11, 22)] == [22, 23, 24, 25, 26, 27, 28]
    assert now.replace(hour=17) in {k.taken_at for k in kept}
    assert now.replace(hour=9) not in {k.taken_at for k in kept}
    # Weekly slots: the newest backup of each of the 4 most recent ISO weeks. This week's and last week's
    # (Sunday the 22nd) fall inside the daily window; the two before add Sundays the 15th and the 8th.
    older = [d for d in kept_days if d < dt.date(2026, 11, 22)]
    assert older == [dt.date(2026, 11, 8), dt.date(2026, 11, 15)]
    assert sum(1 for k in kept if not k.automatic) == 1
    assert len(kept) == 7 + 2 + 1


def test_event_backups_of_the_last_week_are_kept_and_older_ones_rotate() -> None:
    now = dt.datetime(2026, 11, 28, 18, 0)
    items = [
        _info(now - dt.timedelta(hours=1), "daily"),
        _info(now - dt.timedelta(hours=2), "before-import"),
        _info(now - dt.timedelta(days=3, hours=2), "before-import"),
        _info(now - dt.timedelta(days=3, hours=1), "daily"),
        _info(now - dt.timedelta(days=40), "before-upgrade-0001"),
        _info(now - dt.timedelta(days=40, hours=1), "before-import"),
    ]
    kept, removed = b.plan_rotation(items, now)
    assert _names(removed) == ["10-19 17:00 before-import"]
    assert "11-28 16:00 before-import" in _names(kept)
    assert "11-25 16:00 before-import" in _names(kept)


def test_daily_backup_once_a_day_with_rotation(empty_db: Database) -> None:
    clock = [dt.datetime(2026, 11, 1, 9, 0)]
    first = b.ensure_daily_backup(empty_db, clock=lambda: clock[0])
    assert first is not None and first.reason == "daily"
    assert b.ensure_daily_backup(empty_db, clock=lambda: clock[0]) is None
    for _ in range(40):
        clock[0] += dt.timedelta(days=1)
        b.ensure_daily_backup(empty_db, clock=lambda: clock[0])
    assert empty_db.sqlite_path is not None
    listed = b.list_backups(empty_db.sqlite_path)
    # 7 days in the daily window; the 4 weekly slots overlap it by 1-2 weeks, adding 2 or 3 more.
    assert 9 <= len(listed) <= 11
    assert listed[0].taken_at == clock[0]
    assert all(x.size > 0 for x in listed)


def test_rotation_keeps_as_many_daily_and_weekly_backups_as_preferences_say(empty_db: Database) -> None:
    from app import config

    config.save_preferences(config.Preferences(keep_daily=2, keep_weekly=3))
    clock = [dt.datetime(2026, 11, 2, 9, 0)]  # a Monday
    for _ in range(30):
        b.ensure_daily_backup(empty_db, clock=lambda: clock[0])
        clock[0] += dt.timedelta(days=1)
    assert empty_db.sqlite_path is not None
    kept = sorted(x.taken_at.date() for x in b.list_backups(empty_db.sqlite_path))
    # The last two days (Mon 30 Nov, Tue 1 Dec), and the newest of each of the two weeks before (the Sundays).
    assert kept == [dt.date(2026, 11, 22), dt.date(2026, 11, 29), dt.date(2026, 11, 30), dt.date(2026, 12, 1)]


def test_backup_is_a_consistent_database_taken_during_writes(empty_db: Database) -> None:
    programs = ProgramService(empty_db)
    stop = threading.Event()

    def writer() -> None:
        n = 0
        while not stop.is_set():
            n += 1
            programs.create_program(ProgramDraft(title=f"Busy {n}", key=f"BUSY{n}"))

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        copies = [b.take_backup(empty_db, "manual") for _ in range(3)]
    finally:
        stop.set()
        thread.join()
    assert len({c.path for c in copies}) == 3  # same second, still three files
    for c in copies:
        assert b.check_file(c.path, full=True).ok
        conn = sqlite3.connect(c.path)
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        conn.close()


def test_restore_backs_up_current_state_first_and_works_with_another_copy_open(db_url: str) -> None:
    mine, _ = open_database(db_url, actor="me", seed=False)
    theirs = Database(db_url, actor="them")
    try:
        programs = ProgramService(mine)
        programs.create_program(ProgramDraft(title="Before", key="BEFORE"))
        snapshot = b.take_backup(mine, "manual")
        programs.create_program(ProgramDraft(title="After", key="AFTER"))
        assert ProgramService(theirs).program_keys() == ["AFTER", "BEFORE"]  # the other copy has a connection

        report = b.restore_backup(mine, snapshot)

        assert programs.program_keys() == ["BEFORE"]
        assert ProgramService(theirs).program_keys() == ["BEFORE"]  # the other copy sees the restored data
        ProgramService(theirs).create_program(ProgramDraft(title="Later", key="LATER"))  # and can still write
        assert report.safety_backup is not None
        safety = Database(f"sqlite:///{report.safety_backup}")
        try:
            assert ProgramService(safety).program_keys() == ["AFTER", "BEFORE"]  # nothing is lost
        finally:
            safety.dispose()
        assert b.check_file(mine.sqlite_path, full=True).ok  # type: ignore[arg-type]
    finally:
        mine.dispose()
        theirs.dispose()


def test_restoring_a_damaged_file_keeps_it_aside_untouched(db_url: str, tmp_path: Path) -> None:
    db, _ = open_database(db_url, actor="me", seed=False)
    ProgramService(db).create_program(ProgramDraft(title="Precious", key="PRECIOUS"))
    backup_now(db, "manual")
    path = db.sqlite_path
    assert path is not None
    db.dispose()
    path.write_bytes(b"this is not a database at all")

    report = b.restore_file(path, b.find_backup(path, "newest"))

    assert report.damaged_copy is not None
    assert report.damaged_copy.read_bytes() == b"this is not a database at all"
    db = Database(db_url)
    try:
        assert ProgramService(db).program_keys() == ["PRECIOUS"]
    finally:
        db.dispose()


def test_a_damaged_backup_is_refused_and_nothing_changes(empty_db: Database, tmp_path: Path) -> None:
    ProgramService(empty_db).create_program(ProgramDraft(title="Kept", key="KEPT"))
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 5000)
    with pytest.raises(CivicError, match="cannot be used"):
        b.restore_backup(empty_db, bad)
    assert ProgramService(empty_db).program_keys() == ["KEPT"]


def test_find_backup_by_name_path_or_newest(empty_db: Database) -> None:
    first = b.take_backup(empty_db, "manual")
    path = empty_db.sqlite_path
    assert path is not None
    assert b.find_backup(path, first.name).path == first.path
    assert b.find_backup(path, str(first.path)).path == first.path
    assert b.find_backup(path, "newest").path == first.path
    with pytest.raises(CivicError):
        b.find_backup(path, "nope.sqlite3")


def test_restore_while_another_copy_is_in_the_middle_of_reading(db_url: str) -> None:
    mine, _ = open_database(db_url, actor="me", seed=False)
    try:
        programs = ProgramService(mine)
        programs.create_program(ProgramDraft(title="Old", key="OLD"))
        snapshot = b.take_backup(mine, "manual")
        programs.create_program(ProgramDraft(title="New", key="NEW"))
        assert mine.sqlite_path is not None
        reader = sqlite3.connect(mine.sqlite_path, isolation_level=None)
        reader.execute("BEGIN")
        assert reader.execute("SELECT count(*) FROM programs").fetchone()[0] == 2  # holds a read snapshot

        b.restore_backup(mine, snapshot)

        # The reader keeps its consistent snapshot until it finishes, then sees the restored data.
        assert reader.execute("SELECT count(*) FROM programs").fetchone()[0] == 2
        reader.execute("COMMIT")
        assert reader.execute("SELECT key FROM programs").fetchall() == [("OLD",)]
        reader.close()
        assert programs.program_keys() == ["OLD"]
        assert b.check_file(mine.sqlite_path, full=True).ok
    finally:
        mine.dispose()
