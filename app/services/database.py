"""Opening a database: refuse newer ones, back up before migrating, migrate, seed the first time."""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from app.domain.errors import CivicError, DatabaseVersionError
from app.store import migrate
from app.store.backup import backup_sqlite, backups_dir
from app.store.database import Database, file_is_writable

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"


class NotADatabaseError(CivicError):
    """The file exists but is not a SQLite database, or is damaged. It was not changed.

    ``path`` is the file; ``newest_backup`` the most recent backup of it, if any, which the GUI offers to
    restore (app.services.backups.restore_file moves the damaged file aside and never overwrites it).
    """

    def __init__(self, message: str, path: Path | None = None, newest_backup: Path | None = None) -> None:
        super().__init__(message)
        self.path = path
        self.newest_backup = newest_backup


def _damaged(path: Path, problem: str) -> NotADatabaseError:
    from app.services.backups import newest_backup

    newest = newest_backup(path)
    if newest is not None:
        offer = (
            f" The newest backup is {newest.path} (taken {newest.taken_at:%Y-%m-%d %H:%M}). To restore it "
            f"(the damaged file is kept beside it): civic-tracker db restore {newest.name}"
        )
    else:
        offer = f" There is no backup of it in {backups_dir(path)}."
    return NotADatabaseError(
        f"{path} cannot be opened: {problem}. The file was not changed.{offer}",
        path=path,
        newest_backup=newest.path if newest else None,
    )


@dataclass(frozen=True)
class OpenReport:
    created: bool
    upgraded_from: str | None
    backup: Path | None
    seeded: bool
    read_only: bool


def check_sqlite_file(path: Path) -> None:
    """Refuse a file that is not a SQLite database or fails PRAGMA quick_check, without writing to it."""
    from app.services.backups import check_file

    if not path.exists() or path.stat().st_size == 0:
        return
    health = check_file(path)
    if not health.ok:
        raise _damaged(path, health.problem or "it is damaged")


def backup_now(db: Database, reason: str, destination: Path | None = None) -> Path:
    """A consistent copy of the SQLite file, taken with SQLite's online backup API."""
    path = db.sqlite_path
    if path is None:
        raise CivicError("Backups from the app are for SQLite files; back up a server database with pg_dump")
    if destination is None:
        # Into the backups folder with a unique name, then old automatic backups are rotated.
        from app.services.backups import take_backup

        return take_backup(db, reason).path
    target = destination
    try:
        return backup_sqlite(path, target)
    except (sqlite3.Error, OSError) as exc:
        raise CivicError(f"Could not write the backup {target}: {exc}") from exc


def open_database(url: str, *, actor: str | None = None, seed: bool = True, upgrade: bool = True) -> tuple[
    Database, OpenReport
]:
    """Open ``url``; create, migrate and seed it as needed. A newer database is refused untouched."""
    path = Database(url).sqlite_path if url.startswith("sqlite") else None
    read_only = False
    if path is not None:
        check_sqlite_file(path)
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
        read_only = path.exists() and not file_is_writable(path)
    db = Database(url, read_only=read_only, actor=actor)
    try:
        state = migrate.database_state(db.engine)
    except Exception as exc:  # sqlite3.DatabaseError surfaces wrapped; keep the message plain
        db.dispose()
        if path is not None:
            raise _damaged(path, f"it cannot be read as a database ({exc})") from exc
        raise NotADatabaseError(f"{db.describe()} cannot be read as a database: {exc}") from exc
    if state.newer_than_app:
        db.dispose()
        raise DatabaseVersionError(
            f"{db.describe()} was written by a newer Civic Tracker (schema {state.current}); "
            f"this version knows up to {state.head}. Install the newer version; the file was not changed."
        )
    backup: Path | None = None
    upgraded_from: str | None = None
    created = state.empty
    if not state.at_head:
        if read_only:
            db.dispose()
            raise CivicError(f"{db.describe()} needs an upgrade but is read-only")
        if not upgrade:
            db.dispose()
            raise CivicError(f"{db.describe()} is at schema {state.current}, not {state.head}; run 'db upgrade'")
        if path is not None and not state.empty:
            backup = backup_now(db, f"before-upgrade-{state.current}")
            log.info("Backed up %s to %s before upgrading", path, backup)
        upgraded_from = state.current
        migrate.upgrade(db.engine, url)
    seeded = False
    if created and seed and not read_only:
        from app.services.seed import SeedService

        SeedService(db).seed()
        seeded = True
    return db, OpenReport(created, upgraded_from, backup, seeded, read_only)


def current_revision(db: Database) -> migrate.DatabaseState:
    return migrate.database_state(db.engine)
