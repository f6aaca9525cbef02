"""Opening a database: check the file, refuse newer ones, back up before migrating, migrate, seed the first
time; and closing it cleanly, so the next opening knows whether anything else changed the file."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError, OperationalError, ProgrammingError

from app.domain.errors import CivicError, DatabaseBusyError, DatabaseVersionError, StorageError
from app.domain.messages import Message, message
from app.services import connection
from app.services.connection import PasswordNeededError, PasswordPrompt
from app.store import closing, locks, migrate, urls
from app.store.backup import backups_dir
from app.store.base import Base
from app.store.database import Database as Database  # re-exported: the ui names it through services
from app.store.database import file_fault, file_is_writable
from app.store.locks import WRITE_LOCK_TABLE, LockHolder
from app.store.models import ChangeRecord

log = logging.getLogger(__name__)


class NotADatabaseError(CivicError):
    """The file exists but is not a SQLite database, or is damaged. It was not changed.

    ``path`` is the file; ``newest_backup`` the most recent backup of it, if any, which the GUI offers to
    restore (app.services.backups.restore_file moves the damaged file aside and never overwrites it).
    ``damage``: what is wrong with the file, without the command to restore it (the GUI asks instead).
    """

    def __init__(
        self,
        text: str | Message,
        path: Path | None = None,
        newest_backup: Path | None = None,
        damage: Message | None = None,
    ) -> None:
        super().__init__(text)
        self.path = path
        self.newest_backup = newest_backup
        self.damage = damage


def _damaged(path: Path, problem: str | Message) -> NotADatabaseError:
    from app.services.backups import newest_backup

    newest = newest_backup(path)
    damaged = message("database.damaged_file", database=str(path), problem=problem)
    if newest is not None:
        said = message(
            "database.damaged_backup",
            damaged=damaged,
            backup=str(newest.path),
            taken=f"{newest.taken_at:%Y-%m-%d %H:%M}",
            name=newest.name,
        )
    else:
        said = message("database.damaged_no_backup", damaged=damaged, folder=str(backups_dir(path)))
    return NotADatabaseError(
        said,
        path=path,
        newest_backup=newest.path if newest else None,
        damage=damaged,
    )


@dataclass(frozen=True)
class OpenReport:
    created: bool
    upgraded_from: str | None
    backup: Path | None
    seeded: bool
    read_only: bool
    full_check: bool = False  # the file was checked with PRAGMA integrity_check, not only quick_check


def check_sqlite_file(path: Path) -> bool:
    """Refuse a file that is not a SQLite database or is damaged, without writing to it.

    The check is SQLite's full integrity check when the file is not as the app left it at its last clean
    close (changed by another program, copied back, never closed cleanly, or found damaged by a backup),
    and the faster quick check otherwise. Returns whether the full check ran.
    """
    from app.services.backups import check_file

    if not path.exists() or path.stat().st_size == 0:
        return False
    full = closing.needs_full_check(path)
    health = check_file(path, full=full)
    if not health.ok and not health.damaged:
        raise StorageError(message("database.cannot_open_now", database=str(path), problem=health.problem or ""))
    if not health.ok:
        raise _damaged(path, health.problem or message("database.damaged"))
    if full:
        closing.clear_suspicion(path)
    return full


def close_database(db: Database) -> None:
    """End a session: close every connection and, for a SQLite file, record it as closed cleanly (its size
    and time), so that the next opening runs the quick check unless something else changed the file."""
    db.dispose()
    path = db.sqlite_path
    if path is not None and path.exists():
        closing.record_clean_close(path)


def _refuse_replacing_a_lost_database(path: Path) -> None:
    """A new database is never made where one was: when the file is gone but backups of it (or its damaged
    copy) are there, the user chooses between restoring and starting afresh."""
    from app.services.backups import newest_backup

    newest = newest_backup(path)
    damaged = sorted(path.parent.glob(f"{path.name}.damaged-*"))
    if newest is None and not damaged:
        return
    folder = str(backups_dir(path))
    if newest is not None:
        said = message("database.missing_backup_there", database=str(path), kept=str(newest.path), folder=folder)
    else:
        said = message("database.missing_damaged_there", database=str(path), kept=str(damaged[-1]), folder=folder)
    raise NotADatabaseError(
        said,
        path=path,
        newest_backup=newest.path if newest else None,
    )


def backup_now(db: Database, reason: str, destination: Path | None = None) -> Path:
    """A consistent copy of the SQLite file, taken with SQLite's online backup API."""
    path = db.sqlite_path
    if path is None:
        raise CivicError(message("backup.sqlite_only"))
    from app.services.backups import backup_to, take_backup

    if destination is None:
        # Into the backups folder with a unique name, then old automatic backups are rotated.
        return take_backup(db, reason).path
    return backup_to(db, destination)


MAX_PASSWORD_TRIES = 3
# How long a start that must upgrade (or set up) a server database waits for another session's upgrade lock.
UPGRADE_LOCK_WAIT_S = 120.0
UPGRADE_LOCK_POLL_S = 0.25
# Told once when a start has to wait for the upgrade lock (the command line prints it; the log keeps it).
WaitNotice = Callable[[Message], None]


def open_database(
    url: str,
    *,
    actor: str | None = None,
    seed: bool = True,
    upgrade: bool = True,
    password: str | None = None,
    ask_password: PasswordPrompt | None = None,
    upgrade_lock_wait_s: float = UPGRADE_LOCK_WAIT_S,
    on_wait: WaitNotice | None = None,
) -> tuple[Database, OpenReport]:
    """Open ``url``; create, migrate and seed it as needed. A newer database is refused untouched.

    For a server, a missing password comes from ~/.pgpass (libpq), the keyring, or ``ask_password``; a
    start that must upgrade waits at most ``upgrade_lock_wait_s`` for another session's upgrade, telling
    ``on_wait`` once that it waits, then fails with a DatabaseBusyError naming that session.
    """
    if connection.is_server_url(url):
        return _open_server(url, actor, seed, upgrade, password, ask_password, upgrade_lock_wait_s, on_wait)
    path = Database(url).sqlite_path if url.startswith("sqlite") else None
    read_only = False
    full_check = False
    if path is not None:
        full_check = check_sqlite_file(path)
        if not path.exists() or path.stat().st_size == 0:
            _refuse_replacing_a_lost_database(path)
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
        read_only = path.exists() and not file_is_writable(path)
    db = Database(url, read_only=read_only, actor=actor)
    try:
        state = migrate.database_state(db.engine)
    except Exception as exc:  # sqlite3.DatabaseError surfaces wrapped; keep the message plain
        db.dispose()
        if path is not None:
            fault = file_fault(path, getattr(exc, "orig", None) or exc)
            if fault is not None:
                raise StorageError(message("database.cannot_open_now", database=str(path), problem=fault)) from exc
            raise _damaged(path, message("database.unreadable", problem=str(exc))) from exc
        raise NotADatabaseError(message("database.not_a_database", database=db.describe(), problem=str(exc))) from exc
    if state.newer_than_app:
        db.dispose()
        raise DatabaseVersionError(
            message("database.newer", database=db.describe(), current=state.current, head=state.head)
        )
    backup: Path | None = None
    upgraded_from: str | None = None
    created = state.empty
    if not state.at_head:
        if read_only:
            db.dispose()
            raise CivicError(message("database.upgrade_read_only", database=db.describe()))
        if not upgrade:
            db.dispose()
            raise CivicError(
                message("database.needs_upgrade", database=db.describe(), current=state.current, head=state.head)
            )
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
    return db, OpenReport(created, upgraded_from, backup, seeded, read_only, full_check)


def connect_server(url: str, actor: str | None, password: str | None, ask_password: PasswordPrompt | None) -> Database:
    """A Database whose first connection worked, asking for the password when the server wants one.

    The password is the one given, else the one inside ``url`` (--db), else the keyring's; libpq reads
    ~/.pgpass itself. A password asked for replaces a stale one in the keyring once it works.
    """
    url, given = urls.split_password(url)
    password = password or given
    from_keyring = False
    if password is None:
        password = connection.keyring_password(url)
        from_keyring = password is not None
    asked = False
    tries = 0
    while True:
        db = Database(url, actor=actor, password=password)
        try:
            with db.engine.connect() as conn:
                conn.execute(text("SELECT 1"))
            if asked and from_keyring and password:
                connection.remember_password(url, password)
            return db
        except (OperationalError, DBAPIError) as exc:
            db.dispose()
            where = connection.describe(url)
            if not connection.is_password_error(exc):
                problem = connection.plain_error(exc, password)
                raise CivicError(message("server.cannot_connect", server=where, problem=problem)) from exc
            tries += 1
            if ask_password is None:
                if password:
                    raise PasswordNeededError(message("server.password_refused", server=where)) from exc
                raise PasswordNeededError(message("server.password_needed", server=where)) from exc
            if tries > MAX_PASSWORD_TRIES:
                raise CivicError(message("server.wrong_password", server=where)) from exc
            password = ask_password(where)
            asked = True
            if password is None:
                raise CivicError(message("server.no_password", server=where)) from exc


def _holder_text(holder: LockHolder | None) -> Message:
    """Who holds a lock, in as much detail as the connected role may see (see LockHolder)."""
    if holder is None:
        return message("server.lock_holder_gone")
    application = holder.application or message("server.unnamed_program")
    user = holder.user or message("server.unknown_role")
    if not holder.visible:
        return message("server.lock_holder_hidden", user=user, application=application, pid=holder.pid)
    since = holder.since.astimezone().strftime("%Y-%m-%d %H:%M") if holder.since else ""
    if holder.address is None:
        return message("server.lock_holder_local", user=user, application=application, since=since, pid=holder.pid)
    return message(
        "server.lock_holder", user=user, application=application, address=holder.address, since=since, pid=holder.pid
    )


@contextmanager
def _migration_lock(db: Database, wait_s: float, on_wait: WaitNotice | None) -> Iterator[None]:
    """Hold the upgrade lock (app/store/locks.py), waiting at most ``wait_s`` seconds for whoever holds it.

    Asked for without waiting in the server, again and again: a session that keeps the lock (another
    client's long upgrade, or anybody holding the key from psql) costs a bounded wait and a message
    naming it, never a start that hangs.
    """
    with db.engine.connect() as conn:
        deadline = time.monotonic() + wait_s
        told = False
        while not locks.try_migration_lock(conn):
            holder = locks.advisory_lock_holder(conn)
            if time.monotonic() >= deadline:
                raise DatabaseBusyError(
                    message(
                        "server.upgrade_lock_timeout",
                        database=db.describe(),
                        holder=_holder_text(holder),
                        seconds=round(wait_s),
                    )
                )
            if not told:
                notice = message(
                    "server.upgrade_lock_wait",
                    database=db.describe(),
                    holder=_holder_text(holder),
                    seconds=round(wait_s),
                )
                log.warning("%s", notice)
                if on_wait is not None:
                    on_wait(notice)
                told = True
            time.sleep(min(UPGRADE_LOCK_POLL_S, max(0.0, deadline - time.monotonic())))
        try:
            yield
        finally:
            locks.release_migration_lock(conn)


def may_migrate(db: Database) -> bool:
    """Whether the connected role may create the tables (or, once they exist, alter them as their owner)."""
    with db.engine.connect() as conn:
        return bool(
            conn.execute(
                text(
                    "SELECT coalesce(has_schema_privilege(current_schema(), 'CREATE'), false)"
                    " AND coalesce((SELECT pg_has_role(c.relowner, 'USAGE') FROM pg_class c"
                    "               WHERE c.oid = to_regclass('alembic_version')), true)"
                )
            ).scalar_one()
        )


def _not_allowed(db: Database, state: migrate.DatabaseState) -> CivicError:
    role = db.db_user() or ""
    if state.empty:
        return CivicError(message("server.tables_not_allowed", database=db.describe(), role=role))
    return CivicError(
        message("server.upgrade_not_allowed", database=db.describe(), role=role, current=state.current, head=state.head)
    )


# What a role must be allowed on a table to change data; every other table needs INSERT, UPDATE and DELETE.
# The write lock table is only ever locked, which the server allows a role with UPDATE (app/store/locks.py);
# history is only ever added to, and on a server staff may do nothing else (migration 0005).
_NEEDED_ON = {WRITE_LOCK_TABLE: ("UPDATE",), ChangeRecord.__tablename__: ("INSERT",)}


def missing_write_privileges(db: Database) -> list[str]:
    """The writes the connected role may not do on the app's tables (empty for an editor or owner)."""
    checks = [
        (table, priv)
        for table in sorted(Base.metadata.tables)
        for priv in _NEEDED_ON.get(table, ("INSERT", "UPDATE", "DELETE"))
    ]
    sql = ", ".join(f"has_table_privilege(:t{i}, :p{i})" for i in range(len(checks)))
    params: dict[str, str] = {}
    for i, (table, priv) in enumerate(checks):
        params[f"t{i}"] = table
        params[f"p{i}"] = priv
    with db.engine.connect() as conn:
        row = conn.execute(text(f"SELECT {sql}"), params).one()
    return [f"{priv} on {table}" for (table, priv), ok in zip(checks, row, strict=True) if not ok]


def _open_server(
    url: str,
    actor: str | None,
    seed: bool,
    upgrade: bool,
    password: str | None,
    ask_password: PasswordPrompt | None,
    upgrade_lock_wait_s: float,
    on_wait: WaitNotice | None,
) -> tuple[Database, OpenReport]:
    db = connect_server(url, actor, password, ask_password)
    created = False
    upgraded_from: str | None = None
    seeded = False
    try:
        state = _checked_state(db)
        # At head, a start takes no lock at all: staff start whatever anybody else holds. Only a role that may
        # migrate, with a migration (or a first seeding) to do, takes the upgrade lock, and then checks again
        # under it: another client may have done the work meanwhile.
        if not state.at_head:
            if not upgrade:
                raise CivicError(
                    message("database.needs_upgrade", database=db.describe(), current=state.current, head=state.head)
                )
            if not may_migrate(db):
                raise _not_allowed(db, state)
            with _migration_lock(db, upgrade_lock_wait_s, on_wait):
                state = _checked_state(db)
                created = state.empty
                if not state.at_head:
                    upgraded_from = state.current
                    try:
                        migrate.upgrade(db.engine, db.url)
                    except ProgrammingError as exc:
                        log.info("Upgrade refused by the server: %s", connection.plain_error(exc))
                        raise _not_allowed(db, state) from exc
                if created and seed:
                    from app.services.seed import SeedService

                    SeedService(db).seed()
                    seeded = True
        missing = missing_write_privileges(db)
    except BaseException:
        db.dispose()
        raise
    read_only = bool(missing)
    if read_only:
        log.info("Role %s may not write (%s): opening read-only", db.db_user(), ", ".join(missing[:5]))
        viewer = db.reopened(read_only=True)
        viewer.read_only_reason = message("server.read_only_role", role=db.db_user() or "")
        db.dispose()
        db = viewer
    return db, OpenReport(created, upgraded_from, None, seeded, read_only)


def _checked_state(db: Database) -> migrate.DatabaseState:
    state = migrate.database_state(db.engine)
    if state.newer_than_app:
        raise DatabaseVersionError(
            message("database.newer_server", database=db.describe(), current=state.current, head=state.head)
        )
    return state


def current_revision(db: Database) -> migrate.DatabaseState:
    return migrate.database_state(db.engine)
