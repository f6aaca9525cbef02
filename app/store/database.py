"""Engine and session factory: SQLite pragmas, read and write transactions, history context."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, func, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from app.store import history, lengths
from app.store.models import ChangeRecord

SQLITE_BUSY_TIMEOUT_MS = 15_000
# Every writer on a PostgreSQL database takes this transaction-level advisory lock first, so writers queue
# exactly as SQLite's BEGIN IMMEDIATE makes them queue: version checks, generated keys and positions can
# never race, and there is one lock, so writers cannot deadlock. Readers never wait for it.
PG_WRITE_LOCK_KEY = 0x43495649  # "CIVI"
PG_CONNECT_TIMEOUT_S = 10
HISTORY_ACTOR_MAX = 200


def _sqlite_path(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return None
    db = parsed.database
    if not db or db == ":memory:" or db.startswith("file:"):
        return None
    return Path(db)


def make_engine(url: str, *, read_only: bool = False, password: str | None = None) -> Engine:
    """An engine with foreign keys on, WAL and a busy timeout for SQLite.

    On PostgreSQL ``password`` (asked at start, never saved) goes to the driver, not into the URL, so
    ``Database.url`` never carries it; without it libpq reads ~/.pgpass or PGPASSWORD itself.
    """
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
    pg_args: dict[str, Any] = {"connect_timeout": PG_CONNECT_TIMEOUT_S, "application_name": "civic-tracker"}
    if password is not None:
        pg_args["password"] = password
    if read_only:
        # A viewer's connections refuse writes on the server too, whatever the code above them tries.
        pg_args["options"] = "-c default_transaction_read_only=on"
    return create_engine(url, pool_pre_ping=True, connect_args=pg_args)


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

    def __init__(
        self, url: str, *, read_only: bool = False, actor: str | None = None, password: str | None = None
    ) -> None:
        parsed = make_url(url)
        if parsed.password is not None:
            # A password typed into --db is used but never kept where it could be saved or shown.
            password = password if password is not None else str(parsed.password)
            url = parsed._replace(password=None).render_as_string(hide_password=False)
        self.url = url
        self.read_only = read_only
        #: why the database is read-only, in words for a banner (None when it is writable)
        self.read_only_reason: str | None = None
        self.actor = actor
        self.engine = make_engine(url, read_only=read_only, password=password)
        self._password = password
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self.import_batch_id: int | None = None
        self._db_user: str | None = None
        # Change records this object wrote, as (after_id, count) per committed write; see own_changes_since.
        self._own_lock = threading.Lock()
        self._own_writes: list[tuple[int, int]] = []

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def is_postgresql(self) -> bool:
        return self.engine.dialect.name == "postgresql"

    @property
    def sqlite_path(self) -> Path | None:
        return _sqlite_path(self.url)

    def describe(self) -> str:
        """Where the data is, for the status bar: a file path or a server URL without password."""
        path = self.sqlite_path
        if path is not None:
            return str(path)
        return make_url(self.url).render_as_string(hide_password=True)

    def reopened(self, *, read_only: bool | None = None) -> Database:
        """Another Database on the same data with the same credentials (the caller disposes this one)."""
        return Database(
            self.url,
            read_only=self.read_only if read_only is None else read_only,
            actor=self.actor,
            password=self._password,
        )

    def db_user(self) -> str | None:
        """The server role this client is connected as (PostgreSQL); None for a SQLite file."""
        if self.is_sqlite:
            return None
        if self._db_user is None:
            with self.engine.connect() as conn:
                self._db_user = str(conn.execute(text("SELECT current_user")).scalar_one())
        return self._db_user

    def history_actor(self) -> str | None:
        """Who history records: the app user, plus the server role (which staff cannot forge) on a server."""
        user = self.db_user()
        if user is None:
            return self.actor
        actor = f"{self.actor} (db: {user})" if self.actor and self.actor != user else user
        return actor[:HISTORY_ACTOR_MAX]

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only transaction: a consistent snapshot, rolled back at the end."""
        with self._sessions() as session:
            session.info["actor"] = self.actor
            if self.is_postgresql:
                # PostgreSQL's default gives each statement its own snapshot; a page and its count must agree.
                session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
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
        actor = self.history_actor()
        with self._sessions() as session:
            session.info["actor"] = actor
            session.info["import_batch_id"] = import_batch_id
            with session.begin():
                if self.is_sqlite:
                    session.connection(execution_options={"sqlite_begin": "IMMEDIATE"})
                else:
                    session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": PG_WRITE_LOCK_KEY})
                # We hold the write lock: every change record from here to the commit is ours.
                highest = select(func.coalesce(func.max(ChangeRecord.id), 0))
                before = int(session.execute(highest).scalar_one())
                yield session
                session.flush()
                written = int(
                    session.execute(select(func.count()).where(ChangeRecord.id > before)).scalar_one()
                )
            if written:
                with self._own_lock:
                    self._own_writes.append((before, written))

    def own_changes_between(self, seen_id: int, upto_id: int) -> int:
        """How many change records with ids in (``seen_id``, ``upto_id``] this object wrote itself.

        Writers are serialised, so a write's records all lie above the highest id at its start, and a
        snapshot holds all of one write's records or none of them: a write belongs to the window exactly
        when its starting id is in [seen_id, upto_id).
        """
        with self._own_lock:
            self._own_writes = [w for w in self._own_writes if w[0] >= seen_id]
            return sum(count for after, count in self._own_writes if after < upto_id)

    def dispose(self) -> None:
        self.engine.dispose()


def file_is_writable(path: Path) -> bool:
    if not path.exists():
        return os.access(path.parent, os.W_OK)
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


history.install()
lengths.install()
