"""Engine and session factory: SQLite pragmas, read and write transactions, history context."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from app.domain.errors import DatabaseBusyError, DiskFullError, ReadOnlyError, StorageError
from app.store import history

SQLITE_BUSY_TIMEOUT_MS = 15_000


def _sqlite_path(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return None
    db = parsed.database
    if not db or db == ":memory:" or db.startswith("file:"):
        return None
    return Path(db)


def read_only_uri(path: Path) -> str:
    """A URI that opens ``path`` without writing to it, also on a read-only share.

    A WAL database needs its -shm file to be read; on a read-only folder SQLite cannot create it, so
    such a file is opened as immutable (nobody can change it there anyway).
    """
    uri = f"file:{path.as_posix()}?mode=ro"
    shm = path.with_name(path.name + "-shm")
    if not shm.exists() and not os.access(path.parent, os.W_OK):
        uri += "&immutable=1"
    return uri


def make_engine(
    url: str, *, read_only: bool = False, busy_timeout_ms: int = SQLITE_BUSY_TIMEOUT_MS
) -> Engine:
    """An engine with foreign keys on, WAL and a busy timeout for SQLite."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        path = _sqlite_path(url)
        connect_args: dict[str, Any] = {"timeout": busy_timeout_ms / 1000}
        if read_only and path is not None:
            # A read-only share: open through a URI so SQLite never tries to write.
            url = f"sqlite:///{read_only_uri(path)}&uri=true"
            connect_args["uri"] = True
        engine = create_engine(url, connect_args=connect_args)
        _install_sqlite_pragmas(engine, read_only=read_only, busy_timeout_ms=busy_timeout_ms)
        return engine
    return create_engine(url, pool_pre_ping=True)


def _install_sqlite_pragmas(engine: Engine, *, read_only: bool, busy_timeout_ms: int) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Let SQLAlchemy decide when transactions begin (the pysqlite default is wrong for us).
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
        if not read_only:
            cur.execute("PRAGMA journal_mode=WAL")
            # FULL: a transaction reported as committed survives a power cut, not only a crash.
            cur.execute("PRAGMA synchronous=FULL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # Writers take the write lock up front, so two writers queue instead of failing midway.
        mode = conn.get_execution_options().get("sqlite_begin", "")
        conn.exec_driver_sql(f"BEGIN {mode}".strip())


_LOCKED = ("database is locked", "database table is locked", "lock timeout", "could not obtain lock")
_FULL = ("database or disk is full", "disk is full", "no space left on device", "could not extend file")
_READ_ONLY = ("attempt to write a readonly database", "read-only", "readonly")


def is_storage_failure(exc: sa_exc.DatabaseError) -> bool:
    """A failure of the database file or server (lock, disk, damage), not a bug or a rule broken by data."""
    return isinstance(exc, sa_exc.OperationalError) or type(exc) is sa_exc.DatabaseError


def storage_error(exc: sa_exc.DBAPIError) -> StorageError | ReadOnlyError:
    """A plain-language error for a failure of the database itself (not of the data)."""
    text = str(exc.orig if exc.orig is not None else exc).lower()
    if any(k in text for k in _LOCKED):
        return DatabaseBusyError(
            "The database is busy: another copy of Civic Tracker kept it locked for too long. "
            "Nothing was saved; try again in a moment."
        )
    if any(k in text for k in _FULL):
        return DiskFullError(
            "The disk holding the database is full. Nothing was saved; free some space and try again."
        )
    if any(k in text for k in _READ_ONLY):
        return ReadOnlyError("This database cannot be written (it is read-only); changes cannot be saved")
    if "malformed" in text or "not a database" in text:
        return StorageError(
            "The database file is damaged. Nothing was saved; close the app and restore a backup "
            "(civic-tracker db backups)."
        )
    if "disk i/o error" in text:
        return StorageError(
            "The disk could not be read or written (I/O error). Nothing was saved; try again."
        )
    return StorageError(f"The database could not complete the operation; nothing was saved ({exc.orig}).")


class Database:
    """One database: its URL, engine and sessions. Services open one transaction per public call."""

    def __init__(
        self,
        url: str,
        *,
        read_only: bool = False,
        actor: str | None = None,
        busy_timeout_ms: int = SQLITE_BUSY_TIMEOUT_MS,
    ) -> None:
        self.url = url
        self.read_only = read_only
        self._actor = actor
        self.engine = make_engine(url, read_only=read_only, busy_timeout_ms=busy_timeout_ms)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self.import_batch_id: int | None = None

    @property
    def actor(self) -> str:
        """Who history records: the name given when opening, else the Preferences name or the OS user.

        Read at every transaction, so a name changed in Preferences applies to the next save.
        """
        if self._actor:
            return self._actor
        from app.config import current_user

        return current_user()

    @actor.setter
    def actor(self, name: str | None) -> None:
        self._actor = name

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def sqlite_path(self) -> Path | None:
        return _sqlite_path(self.url)

    def describe(self) -> str:
        """Where the data is, for the status bar: a file path or a server URL without password."""
        path = self.sqlite_path
        if path is not None:
            return str(path)
        return make_url(self.url).render_as_string(hide_password=True)

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only transaction: a consistent snapshot, rolled back at the end."""
        try:
            with self._sessions() as session:
                session.info["actor"] = self.actor
                try:
                    yield session
                finally:
                    session.rollback()
        except sa_exc.DatabaseError as exc:
            if not is_storage_failure(exc):
                raise
            raise storage_error(exc) from exc

    @contextmanager
    def write(self, *, import_batch_id: int | None = None) -> Iterator[Session]:
        """One write transaction: everything inside commits together, or nothing does.

        A locked database, a full disk or an I/O failure surfaces as a StorageError with a plain
        message, after the transaction was rolled back, so the caller can keep the user's input and retry.
        """
        if self.read_only:
            raise ReadOnlyError("This database is open read-only; changes cannot be saved")
        try:
            with self._sessions() as session:
                session.info["actor"] = self.actor
                session.info["import_batch_id"] = import_batch_id
                with session.begin():
                    if self.is_sqlite:
                        session.connection(execution_options={"sqlite_begin": "IMMEDIATE"})
                    yield session
        except sa_exc.DatabaseError as exc:
            if not is_storage_failure(exc):
                raise
            raise storage_error(exc) from exc

    def dispose(self) -> None:
        self.engine.dispose()


def file_is_writable(path: Path) -> bool:
    """Whether the app may write ``path`` (and its -wal/-shm files beside it).

    A file whose permission bits allow nobody to write is treated as read-only even for an
    administrator (root passes every access check), because that is what its owner asked for.
    """
    if not path.exists():
        return os.access(path.parent, os.W_OK)
    if path.stat().st_mode & 0o222 == 0:
        return False
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


history.install()
