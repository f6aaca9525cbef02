"""Engine and session factory: SQLite pragmas, read and write transactions, history context."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

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


def make_engine(url: str, *, read_only: bool = False) -> Engine:
    """An engine with foreign keys on, WAL and a busy timeout for SQLite."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        path = _sqlite_path(url)
        connect_args: dict[str, Any] = {"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000}
        if read_only and path is not None:
            # A read-only share: open through a URI so SQLite never tries to write.
            url = f"sqlite:///file:{path.as_posix()}?mode=ro&uri=true"
            connect_args["uri"] = True
        engine = create_engine(url, connect_args=connect_args)
        _install_sqlite_pragmas(engine, read_only=read_only)
        return engine
    return create_engine(url, pool_pre_ping=True)


def _install_sqlite_pragmas(engine: Engine, *, read_only: bool) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Let SQLAlchemy decide when transactions begin (the pysqlite default is wrong for us).
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
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


class Database:
    """One database: its URL, engine and sessions. Services open one transaction per public call."""

    def __init__(self, url: str, *, read_only: bool = False, actor: str | None = None) -> None:
        self.url = url
        self.read_only = read_only
        self.actor = actor
        self.engine = make_engine(url, read_only=read_only)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self.import_batch_id: int | None = None

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
        with self._sessions() as session:
            session.info["actor"] = self.actor
            try:
                yield session
            finally:
                session.rollback()

    @contextmanager
    def write(self, *, import_batch_id: int | None = None) -> Iterator[Session]:
        """One write transaction: everything inside commits together, or nothing does."""
        if self.read_only:
            from app.domain.errors import ReadOnlyError

            raise ReadOnlyError("This database is open read-only; changes cannot be saved")
        with self._sessions() as session:
            session.info["actor"] = self.actor
            session.info["import_batch_id"] = import_batch_id
            with session.begin():
                if self.is_sqlite:
                    session.connection(execution_options={"sqlite_begin": "IMMEDIATE"})
                yield session

    def dispose(self) -> None:
        self.engine.dispose()


def file_is_writable(path: Path) -> bool:
    if not path.exists():
        return os.access(path.parent, os.W_OK)
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


history.install()
