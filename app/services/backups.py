"""Backups of the SQLite file: taking them, rotating them, listing them and restoring one safely.

Every copy is made with SQLite's online backup API, never by copying a live file.

Rotation, precisely (the same rule as ``restic forget --keep-daily 7 --keep-weekly 4``; the two numbers are
set in Preferences, 7 and 4 unless changed there):
only *automatic* backups are ever deleted (reason ``daily`` or ``before-...``, e.g. ``before-import``);
backups a user asked for (``manual``) are kept until the user deletes them. Of the automatic
backups, sorted newest first, a backup is kept if

* it is the newest backup of one of the 7 most recent calendar days (local time) that have a backup, or
* it is the newest backup of one of the 4 most recent ISO weeks that have a backup, or
* it was taken before an event (``before-import``, ``before-upgrade-...``, ``before-restore``) less than
  7 days ago, so the state before each of this week's imports can still be brought back.

Everything else automatic is deleted. The newest backup is never deleted, and neither is the newest
*checked* one: a backup counts as checked when its copy passed SQLite's full integrity check, had the schema
and as many rows in every table as the database at that moment, and has not changed since (the record
``NAME.sqlite3.verified`` beside it says so). A backup that fails its check is never kept, so newer backups
this app did not check (written by an older version, or put there by hand) cannot push the last good one out.

When a second backup folder is set (Preferences, ``civic-tracker db second-folder`` or the environment
variable ``CIVIC_TRACKER_BACKUP_DIR``), every backup is copied there as well, checked the same way, and
the same rotation runs there. A copy that fails is a warning on the backup; the backup itself stays.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import re
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from app import config
from app.domain.errors import CivicError, NotFoundError, ReadOnlyError, StorageError
from app.domain.messages import Message, message
from app.store import closing
from app.store.backup import (
    CopyNotVerifiedError,
    backup_sqlite,
    backups_dir,
    claim_name,
    copy_backup,
    integrity_problems,
    is_verified,
    record_verified,
    remove_backup,
    stray_records,
)
from app.store.database import Database, file_fault, file_is_writable, sqlite_url
from app.store.sqlite_file import SQLITE_HEADER, read_only_uri, stored_revision

log = logging.getLogger(__name__)

KEEP_DAILY = config.DEFAULT_KEEP_DAILY  # rotate() keeps as many as Preferences say
KEEP_WEEKLY = config.DEFAULT_KEEP_WEEKLY
EVENT_KEEP = dt.timedelta(days=7)

Clock = Callable[[], dt.datetime]


def _now() -> dt.datetime:
    return dt.datetime.now()


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: dt.datetime  # local time, naive, as written in the name
    reason: str
    size: int  # bytes
    verified: bool = False  # its copy passed the check when it was written, and it has not changed since
    second_copy: Path | None = None  # take_backup: the checked copy in the second backup folder
    warnings: tuple[Message, ...] = ()  # take_backup: what failed beside the backup (the second copy)

    @property
    def automatic(self) -> bool:
        return is_automatic(self.reason)

    @property
    def name(self) -> str:
        return self.path.name


@dataclass(frozen=True)
class RestoreReport:
    restored_from: Path
    safety_backup: Path | None  # the state just before the restore (None when the file was damaged)
    damaged_copy: Path | None  # where a damaged file was moved aside, untouched
    upgraded_from: str | None  # the backup's schema, when it had to be upgraded after restoring


def reason_label(reason: str) -> Message | str:
    """Why a backup was taken, in the reader's words (Backups dialog, `db backups`); another reason as written."""
    named = {
        "daily": message("backup.reason.daily"),
        "manual": message("backup.reason.manual"),
        "before-import": message("backup.reason.before_import"),
        "before-restore": message("backup.reason.before_restore"),
        "before-empty-trash": message("backup.reason.before_empty_trash"),
    }
    if reason in named:
        return named[reason]
    if reason.startswith("before-upgrade"):
        return message("backup.reason.before_upgrade")
    return reason


def is_automatic(reason: str) -> bool:
    return reason == "daily" or reason.startswith("before-")


_NAME = re.compile(r"^(?P<stem>.+)\.(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d+))?\.(?P<reason>[^.]+)\.sqlite3$")


def parse_name(path: Path, stem: str | None = None) -> tuple[dt.datetime, str] | None:
    match = _NAME.match(path.name)
    if match is None or (stem is not None and match["stem"] != stem):
        return None
    try:
        taken = dt.datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S")
    except ValueError:
        return None
    return taken, match["reason"]


def list_backups(database_path: Path, *, folder: Path | None = None) -> list[BackupInfo]:
    """Backups of this database file in its backups folder (or in ``folder``), newest first."""
    folder = backups_dir(database_path) if folder is None else folder
    if not folder.is_dir():
        return []
    out = []
    for p in folder.iterdir():
        parsed = parse_name(p, database_path.stem)
        if parsed is None or not p.is_file():
            continue
        out.append(BackupInfo(p, parsed[0], parsed[1], p.stat().st_size, verified=is_verified(p)))
    out.sort(key=lambda b: (b.taken_at, b.path.name), reverse=True)
    return out


def newest_backup(database_path: Path) -> BackupInfo | None:
    """The backup to restore: the most recent checked backup of this file, else the most recent one. The
    'restore the newest backup?' offer at start-up and ``db restore newest`` use it."""
    backups = list_backups(database_path)
    return next((b for b in backups if b.verified), backups[0] if backups else None)


# ---------------------------------------------------------------------- the second backup folder
@dataclass(frozen=True)
class SecondFolder:
    path: Path
    from_environment: bool  # CIVIC_TRACKER_BACKUP_DIR, which wins over Preferences


def second_folder() -> SecondFolder | None:
    """Where every backup is copied as well (another disk, a network share); None when nowhere."""
    found = config.second_backup_folder()
    return SecondFolder(*found) if found is not None else None


def set_second_folder(folder: Path | None) -> SecondFolder | None:
    """Save (or with None, forget) the second backup folder in Preferences. Returns the folder in use
    afterwards, which is the environment's when CIVIC_TRACKER_BACKUP_DIR is set."""
    config.save_second_backup_folder(None if folder is None else Path(os.path.abspath(folder.expanduser())))
    return second_folder()


def _unique_target(database_path: Path, reason: str, now: dt.datetime) -> Path:
    return claim_name(backups_dir(database_path), database_path.stem, now.strftime("%Y%m%d-%H%M%S"), reason)


def _database_path(db: Database) -> Path:
    path = db.sqlite_path
    if path is None:
        raise CivicError(message("backup.sqlite_only"))
    return path


def take_backup(db: Database, reason: str, *, clock: Clock = _now, rotate_after: bool = True) -> BackupInfo:
    """A consistent copy taken while others may be writing, checked before it counts; then copied to the
    second backup folder if one is set, and old automatic backups are rotated in both folders.

    A copy that fails its check is removed and the call fails; when SQLite's integrity check failed on it,
    the database is marked for a full check at its next opening. A failed copy to the second folder is a
    warning on the returned backup, never a failure of the backup.
    """
    if not re.fullmatch(r"[A-Za-z0-9_-]+", reason):
        raise CivicError(message("backup.bad_reason", reason=reason))
    path = _database_path(db)
    now = clock()
    try:
        target = _unique_target(path, reason, now)
    except OSError as exc:
        raise CivicError(
            message("backup.folder_unwritable", folder=str(backups_dir(path)), problem=str(exc.strerror or exc))
        ) from exc
    try:
        _checked_copy(path, target)
    except CivicError:
        target.unlink(missing_ok=True)  # the claimed name: a failed backup leaves no file behind
        raise
    try:
        record_verified(target)
    except OSError as exc:  # the backup is sound; it only will not count as checked
        log.warning("Could not record that the backup %s was checked: %s", target, exc)
    log.info("Backup of %s written to %s and checked (%s)", path, target, reason)
    made = BackupInfo(target, now.replace(microsecond=0), reason, target.stat().st_size, verified=is_verified(target))
    second, warning = _copy_to_second_folder(path, made)
    if rotate_after and is_automatic(reason):
        rotate(path, now=now)
        if second is not None:
            rotate(path, now=now, folder=second.parent)
    return replace(made, second_copy=second, warnings=() if warning is None else (warning,))


def _checked_copy(path: Path, target: Path) -> None:
    """backup_sqlite, with its failures said in the user's words."""
    try:
        backup_sqlite(path, target)
    except CopyNotVerifiedError as exc:
        log.warning("Backup of %s refused: %s", path, exc.problem.render())
        if exc.damaged:
            closing.mark_suspect(path, exc.problem.render())
            raise CivicError(message("backup.damaged", database=str(path), problem=exc.problem)) from exc
        raise CivicError(message("backup.not_verified", database=str(path), problem=exc.problem)) from exc
    except (sqlite3.Error, OSError) as exc:
        raise CivicError(message("backup.write_failed", backup=str(target), problem=str(exc))) from exc


def backup_to(db: Database, destination: Path) -> Path:
    """A checked backup at a path of the user's choosing (``db backup PATH``); not rotated, not copied."""
    _checked_copy(_database_path(db), destination)
    return destination


def _copy_to_second_folder(database_path: Path, made: BackupInfo) -> tuple[Path | None, Message | None]:
    """The checked copy of ``made`` in the second backup folder, or why there is none."""
    folder = second_folder()
    if folder is None:
        return None, None
    where = folder.path
    target: Path | None = None
    problem: str | Message
    try:
        if where.resolve() == made.path.parent.resolve():
            raise CopyNotVerifiedError(message("backup.second_is_primary"))
        target = claim_name(where, database_path.stem, made.taken_at.strftime("%Y%m%d-%H%M%S"), made.reason)
        copy_backup(made.path, target)
        record_verified(target)
        log.info("Backup %s copied to %s and checked", made.name, target)
        return target, None
    except CopyNotVerifiedError as exc:
        problem = exc.problem
    except (sqlite3.Error, OSError) as exc:
        problem = str(exc.strerror if isinstance(exc, OSError) and exc.strerror else exc)
    if target is not None:
        with contextlib.suppress(OSError):
            remove_backup(target)
    warning = message("backup.second_copy_failed", backup=made.name, folder=str(where), problem=problem)
    log.warning("%s", warning.render())
    return None, warning


def discard_backup(path: Path) -> None:
    """Delete a backup that turned out not to be needed (an import that wrote nothing) with the record of its
    check. Its copy in the second backup folder is left to that folder's rotation: a file there is never
    deleted on the strength of its name alone."""
    with contextlib.suppress(FileNotFoundError):
        remove_backup(path)


def ensure_daily_backup(db: Database, *, clock: Clock = _now) -> BackupInfo | None:
    """Take today's daily backup if there is no checked one yet. The GUI calls this at start and on a timer."""
    path = _database_path(db)
    if db.read_only or not path.exists():
        return None
    today = clock().date()
    if any(b.reason == "daily" and b.verified and b.taken_at.date() == today for b in list_backups(path)):
        return None
    return take_backup(db, "daily", clock=clock)


def plan_rotation(
    backups: Iterable[BackupInfo],
    now: dt.datetime,
    keep_daily: int = KEEP_DAILY,
    keep_weekly: int = KEEP_WEEKLY,
) -> tuple[list[BackupInfo], list[BackupInfo]]:
    """Which backups to keep and which to delete (see the module docstring for the rule)."""
    all_backups = sorted(backups, key=lambda b: (b.taken_at, b.path.name), reverse=True)
    automatic = [b for b in all_backups if b.automatic]
    keep: set[Path] = {b.path for b in all_backups if not b.automatic}
    newest_checked = next((b for b in all_backups if b.verified), None)
    if newest_checked is not None:
        keep.add(newest_checked.path)
    days: list[dt.date] = []
    weeks: list[tuple[int, int]] = []
    for b in automatic:  # newest first, so the first one seen of each day or week is its newest
        day = b.taken_at.date()
        if day not in days and len(days) < keep_daily:
            days.append(day)
            keep.add(b.path)
        iso = b.taken_at.isocalendar()
        week = (iso.year, iso.week)
        if week not in weeks and len(weeks) < keep_weekly:
            weeks.append(week)
            keep.add(b.path)
        if b.reason != "daily" and now - b.taken_at < EVENT_KEEP:
            keep.add(b.path)
    kept = [b for b in all_backups if b.path in keep]
    removed = [b for b in all_backups if b.path not in keep]
    return kept, removed


def rotate(database_path: Path, *, now: dt.datetime | None = None, folder: Path | None = None) -> list[Path]:
    """Delete the automatic backups the rotation rule does not keep, in the backups folder (or ``folder``),
    and records of checks whose backup is gone. How many daily and weekly backups it keeps is read from
    Preferences at each rotation. Returns the backups deleted."""
    folder = backups_dir(database_path) if folder is None else folder
    deleted = []
    keep = config.load_preferences()
    try:
        _kept, remove = plan_rotation(
            list_backups(database_path, folder=folder),
            now or _now(),
            keep_daily=keep.keep_daily,
            keep_weekly=keep.keep_weekly,
        )
        for b in remove:
            try:
                remove_backup(b.path)
                deleted.append(b.path)
            except OSError as exc:  # a backup we cannot delete is harmless; keep going
                log.warning("Could not delete old backup %s: %s", b.path, exc)
        for stray in stray_records(folder):
            stray.unlink(missing_ok=True)
    except OSError as exc:  # a folder gone offline (a network share): rotate next time
        log.warning("Could not rotate the backups in %s: %s", folder, exc)
    return deleted


def find_backup(database_path: Path, name: str) -> BackupInfo:
    """A backup named by path, by file name in the backups folder, or 'newest'."""
    if name == "newest":
        newest = newest_backup(database_path)
        if newest is None:
            raise NotFoundError(
                message("backup.none", database=str(database_path), folder=str(backups_dir(database_path)))
            )
        return newest
    candidate = Path(name).expanduser()
    if not candidate.is_file():
        candidate = backups_dir(database_path) / name
    if not candidate.is_file():
        raise NotFoundError(message("backup.not_found", name=name))
    parsed = parse_name(candidate)
    taken, reason = parsed if parsed else (dt.datetime.fromtimestamp(candidate.stat().st_mtime), "manual")
    return BackupInfo(candidate, taken, reason, candidate.stat().st_size, verified=is_verified(candidate))


# ---------------------------------------------------------------------- health checks
@dataclass(frozen=True)
class FileHealth:
    ok: bool
    problem: str | Message | None = None
    # False when the file could not be checked (a full disk, a permission, a lock): it is not known to be
    # damaged, and nothing may move or replace it.
    damaged: bool = True


def check_file(path: Path, *, full: bool = False) -> FileHealth:
    """Whether ``path`` is a healthy SQLite file, checked without writing a byte to it.

    ``full`` runs PRAGMA integrity_check instead of the faster quick_check (which misses an index that no
    longer matches its table). A file that cannot be read (a full disk, a permission, a lock, an I/O error)
    is not ok but not known to be damaged either.
    """
    try:
        with path.open("rb") as fh:
            header = fh.read(16)
    except OSError as exc:
        return FileHealth(False, file_fault(path, exc), damaged=False)
    if len(header) == 0:
        return FileHealth(True)  # an empty file becomes a new database
    if header != SQLITE_HEADER:
        return FileHealth(False, message("backup.not_sqlite"))
    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True, timeout=15)
        try:
            problems = integrity_problems(conn, full=full)
        finally:
            conn.close()
    except (sqlite3.Error, OSError) as exc:
        fault = file_fault(path, exc)
        return FileHealth(False, fault, damaged=False) if fault else FileHealth(False, str(exc))
    if not problems:
        return FileHealth(True)
    return FileHealth(False, "; ".join(problems[:3]))


def _check_restorable(backup: Path) -> str | None:
    from app.store import migrate

    health = check_file(backup, full=True)
    if not health.ok:
        raise CivicError(message("backup.unusable", backup=str(backup), problem=health.problem or ""))
    revision = stored_revision(backup)
    known = {r.revision for r in migrate.script_directory().walk_revisions()}
    if revision is None:
        raise CivicError(message("backup.not_a_backup", backup=str(backup)))
    if revision not in known:
        raise CivicError(message("backup.newer", backup=str(backup), revision=revision))
    return revision


# ---------------------------------------------------------------------- restoring
def restore_backup(db: Database, backup: BackupInfo | Path) -> RestoreReport:
    """Replace the open database's content by a backup, after backing up the current state.

    Safe while other connections or other copies of the app have the file open: the backup's pages are
    written into the live file by SQLite's backup API as one write transaction (through the WAL), so a
    reader sees either the old database or the restored one, a crash leaves the old one, and nobody's
    file handle is pulled away. Our own pooled connections are closed first and reopen on next use.
    """
    source = backup.path if isinstance(backup, BackupInfo) else backup
    path = _database_path(db)
    if db.read_only or not file_is_writable(path):
        raise ReadOnlyError(message("restore.read_only", database=str(path)))
    revision = _check_restorable(source)
    safety = take_backup(db, "before-restore", rotate_after=False).path
    db.dispose()
    _copy_into_live(source, path)
    upgraded = _upgrade_if_needed(db, revision)
    log.info("Restored %s from %s (state before restore saved as %s)", path, source, safety)
    return RestoreReport(source, safety, None, upgraded)


def restore_file(database_path: Path, backup: BackupInfo | Path) -> RestoreReport:
    """Restore without an open database, e.g. from the command line or when the file is damaged.

    A healthy file is restored as by restore_backup (after backing it up). A damaged file, or one that is
    not a database at all, is never written to: it is moved aside as ``NAME.damaged-STAMP`` (with its -wal
    and -shm files) and the backup is copied into its place. The file is checked in full first, so an index
    damaged where the quick check does not look counts as damage; nothing else is ever moved.
    """
    source = backup.path if isinstance(backup, BackupInfo) else backup
    if not file_is_writable(database_path):
        raise ReadOnlyError(message("restore.read_only", database=str(database_path)))
    revision = _check_restorable(source)
    health = check_file(database_path, full=True) if database_path.exists() else FileHealth(False, "missing")
    if not health.ok and not health.damaged:
        raise StorageError(message("restore.not_now", database=str(database_path), problem=health.problem or ""))
    if health.ok:
        db = Database(sqlite_url(database_path))
        try:
            return restore_backup(db, source)
        finally:
            db.dispose()
    damaged: Path | None = None
    if database_path.exists():
        stamp = _now().strftime("%Y%m%d-%H%M%S")
        damaged = database_path.with_name(f"{database_path.name}.damaged-{stamp}")
        os.replace(database_path, damaged)
        for suffix in ("-wal", "-shm", "-journal"):
            side = database_path.with_name(database_path.name + suffix)
            if side.exists():
                os.replace(side, damaged.with_name(damaged.name + suffix))
        log.warning("Moved the damaged database %s aside to %s", database_path, damaged)
    database_path.parent.mkdir(parents=True, exist_ok=True)
    try:
        backup_sqlite(source, database_path)
    except (CopyNotVerifiedError, sqlite3.Error, OSError) as exc:
        problem = exc.problem if isinstance(exc, CopyNotVerifiedError) else str(exc)
        if damaged is not None:
            failed = message(
                "restore.copy_failed_kept",
                backup=str(source),
                database=str(database_path),
                problem=problem,
                damaged=str(damaged),
            )
        else:
            failed = message("restore.copy_failed", backup=str(source), database=str(database_path), problem=problem)
        raise CivicError(failed) from exc
    db = Database(sqlite_url(database_path))
    try:
        upgraded = _upgrade_if_needed(db, revision)
    finally:
        db.dispose()
    return RestoreReport(source, None, damaged, upgraded)


def _copy_into_live(source: Path, target: Path) -> None:
    src = sqlite3.connect(read_only_uri(source), uri=True, timeout=15)
    try:
        dst = sqlite3.connect(target, timeout=60)
        try:
            dst.execute("PRAGMA busy_timeout=60000")
            # pages=-1: every page in one step, i.e. one write transaction on the live file.
            src.backup(dst, pages=-1)
            dst.execute("PRAGMA journal_mode=WAL")
        finally:
            dst.close()
    except sqlite3.Error as exc:
        raise CivicError(message("restore.failed", database=str(target), problem=str(exc))) from exc
    finally:
        src.close()


def _upgrade_if_needed(db: Database, revision: str | None) -> str | None:
    from app.store import migrate

    if revision == migrate.head_revision():
        return None
    migrate.upgrade(db.engine, db.url)
    return revision


__all__ = [
    "BackupInfo",
    "FileHealth",
    "RestoreReport",
    "SecondFolder",
    "backup_to",
    "check_file",
    "discard_backup",
    "ensure_daily_backup",
    "find_backup",
    "is_automatic",
    "list_backups",
    "newest_backup",
    "plan_rotation",
    "restore_backup",
    "restore_file",
    "rotate",
    "second_folder",
    "set_second_folder",
    "take_backup",
]
