"""Engine and session factory: SQLite pragmas, read and write transactions, history context."""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlalchemy import Engine, create_engine, event, func, select, text
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from app.domain import rules
from app.domain.errors import DatabaseBusyError, DiskFullError, ReadOnlyError, StorageError, ValidationError
from app.domain.messages import Message, message
from app.store import closing, history, lengths, locks, urls
from app.store.models import ChangeRecord
from app.store.sqlite_file import _uri_path, read_only_uri
from app.store.sqlite_file import sqlite_url as sqlite_url  # where callers have long found it

log = logging.getLogger(__name__)

SQLITE_BUSY_TIMEOUT_MS = 15_000
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


def make_engine(
    url: str,
    *,
    read_only: bool = False,
    password: str | None = None,
    busy_timeout_ms: int = SQLITE_BUSY_TIMEOUT_MS,
) -> Engine:
    """An engine with foreign keys on, WAL and a busy timeout for SQLite.

    On PostgreSQL ``password`` (asked at start, never saved) goes to the driver, not into the URL, so
    ``Database.url`` never carries it; without it libpq reads ~/.pgpass or PGPASSWORD itself.
    """
    parsed = urls.parse(url)
    if parsed.get_backend_name() == "sqlite":
        path = _sqlite_path(url)
        connect_args: dict[str, Any] = {"timeout": busy_timeout_ms / 1000}
        if read_only and path is not None:
            # A read-only share: open through a URI so SQLite never tries to write.
            # SQLAlchemy decodes the URL's path once before handing it on: encode the URI once more.
            url = f"sqlite:///{quote(read_only_uri(path), safe='/:?=&')}&uri=true"
            connect_args["uri"] = True
        engine = create_engine(url, connect_args=connect_args)
        _install_sqlite_pragmas(engine, read_only=read_only, busy_timeout_ms=busy_timeout_ms)
        return engine
    pg_args: dict[str, Any] = {"connect_timeout": PG_CONNECT_TIMEOUT_S, "application_name": "civic-tracker"}
    if password is not None:
        pg_args["password"] = password
    # No statement waits for a lock longer than SQLite waits for a busy file: a writer stuck behind another
    # (locks.take_write_lock) gets "lock timeout" and can retry, instead of hanging the window.
    options = [f"-c lock_timeout={int(busy_timeout_ms)}"]
    if read_only:
        # A viewer's connections refuse writes on the server too, whatever the code above them tries.
        options.append("-c default_transaction_read_only=on")
    pg_args["options"] = " ".join(options)
    try:
        return create_engine(url, pool_pre_ping=True, connect_args=pg_args)
    except (sa_exc.NoSuchModuleError, ImportError):  # postgresql+pg8000://, or psycopg2 not installed
        raise ValidationError(
            message("database.driver_missing", url=urls.shown(url), driver=parsed.get_driver_name()), "database_url"
        ) from None


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
_DAMAGED = ("malformed", "not a database")


def is_damage(exc: sa_exc.DBAPIError) -> bool:
    """SQLite says the file itself is damaged (not locked, full or unreachable)."""
    text = str(exc.orig if exc.orig is not None else exc).lower()
    return any(k in text for k in _DAMAGED)


# SQLite's primary result codes that say the file could not be reached, not that it is damaged.
_SQLITE_FAULTS = {3: "permission", 5: "locked", 6: "locked", 8: "permission", 10: "io", 13: "full", 14: "cannot open"}


def file_fault(path: Path, exc: BaseException) -> Message | None:
    """What kept ``path`` from being read, when it is not damage: a full disk, a permission, a lock, an I/O
    error. None when ``exc`` says the file itself is damaged (or is not a database), or says nothing."""
    import errno

    if isinstance(exc, OSError):
        if exc.errno == errno.ENOSPC:
            return message("file.disk_full", folder=str(path.parent))
        if exc.errno in (errno.EACCES, errno.EPERM):
            return message("file.read_denied", path=str(path))
        return message("file.unreadable", path=str(path), problem=str(exc.strerror or exc))
    code = getattr(exc, "sqlite_errorcode", None)
    text = str(exc).lower()
    kind = _SQLITE_FAULTS.get(code & 0xFF) if isinstance(code, int) else None
    if kind is None:
        if any(k in text for k in _FULL):
            kind = "full"
        elif any(k in text for k in _LOCKED):
            kind = "locked"
        elif "disk i/o error" in text:
            kind = "io"
        elif "unable to open" in text:
            kind = "cannot open"
    if kind == "full":
        return message("file.disk_full", folder=str(path.parent))
    if kind == "permission":
        return message("file.use_denied", path=str(path))
    if kind == "locked":
        return message("file.locked", path=str(path))
    if kind == "io":
        return message("file.io_error", folder=str(path.parent))
    if kind == "cannot open":
        return message("file.cannot_open", path=str(path))
    return None


def is_storage_failure(exc: sa_exc.DatabaseError) -> bool:
    """A failure of the database file or server (lock, disk, damage), not a bug or a rule broken by data."""
    return isinstance(exc, sa_exc.OperationalError) or type(exc) is sa_exc.DatabaseError


def storage_error(exc: sa_exc.DBAPIError) -> StorageError | ReadOnlyError:
    """A plain-language error for a failure of the database itself (not of the data)."""
    text = str(exc.orig if exc.orig is not None else exc).lower()
    if any(k in text for k in _LOCKED):
        return DatabaseBusyError(message("database.busy"))
    if any(k in text for k in _FULL):
        return DiskFullError(message("database.disk_full"))
    if any(k in text for k in _READ_ONLY):
        return ReadOnlyError(message("database.cannot_write"))
    if any(k in text for k in _DAMAGED):
        return StorageError(message("database.damaged_now"))
    if "disk i/o error" in text:
        return StorageError(message("database.io_error"))
    return StorageError(message("database.failed", detail=str(exc.orig)))


class _Checkpointer:
    """Copies committed pages from a SQLite file's write-ahead log into the file, on a thread of its own.

    SQLite's automatic checkpoint runs inside the commit that takes the log past 1,000 pages: the commit
    of a 100,000-row import waited half a second for it. Here every write's commit only wakes this thread;
    a checkpoint is safe at any moment (SQLite coordinates it with readers and writers, and a crash during
    one loses nothing), and a PASSIVE one never waits for them.
    """

    def __init__(self, path: Path) -> None:
        self._path = path
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._again = False

    def wake(self) -> None:
        with self._lock:
            if self._thread is not None:
                self._again = True  # a write committed during the checkpoint: one more after it
                return
            self._thread = threading.Thread(target=self._run, name="wal checkpoint", daemon=True)
            self._thread.start()

    def _run(self) -> None:
        try:
            while True:
                self._checkpoint()
                with self._lock:
                    if not self._again:
                        self._thread = None  # decided under the lock: a wake from now on starts a thread
                        return
                    self._again = False
        except BaseException:  # not a SQLite error (those are logged): the next write starts afresh
            with self._lock:
                self._thread = None
                self._again = False
            raise

    def _checkpoint(self) -> None:
        try:
            # mode=rw: a file moved or deleted meanwhile is not created again, empty.
            conn = sqlite3.connect(f"file:{_uri_path(self._path)}?mode=rw", uri=True)
            try:
                conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
            finally:
                conn.close()
        except sqlite3.Error as exc:  # the log stays as it is until the next write's checkpoint
            log.info("Background checkpoint of %s skipped: %s", self._path.name, exc)

    def wait(self) -> None:
        """Wait for a running checkpoint (the next write starts another)."""
        with self._lock:
            thread = self._thread
        if thread is not None:
            thread.join()


class Database:
    """One database: its URL, engine and sessions. Services open one transaction per public call."""

    def __init__(
        self,
        url: str,
        *,
        read_only: bool = False,
        actor: str | None = None,
        password: str | None = None,
        busy_timeout_ms: int = SQLITE_BUSY_TIMEOUT_MS,
    ) -> None:
        # A password typed into --db is used but never kept where it could be saved or shown.
        url, given = urls.split_password(url)
        if password is None:
            password = given
        self.url = url
        self.read_only = read_only
        #: why the database is read-only, in words for a banner (None when it is writable)
        self.read_only_reason: str | Message | None = None
        self._actor = actor
        self._busy_timeout_ms = busy_timeout_ms
        self.engine = make_engine(url, read_only=read_only, password=password, busy_timeout_ms=busy_timeout_ms)
        self._password = password
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self.import_batch_id: int | None = None
        self._db_user: str | None = None
        # Change records this object wrote, as (after_id, count) per committed write; see own_changes_since.
        self._own_lock = threading.Lock()
        self._own_writes: list[tuple[int, int]] = []
        self._checkpointer: _Checkpointer | None = None
        path = self.sqlite_path
        if path is not None and not read_only:
            self._checkpointer = _Checkpointer(path)

            @event.listens_for(self.engine, "connect")
            def _no_checkpoint_in_commit(dbapi_conn: Any, _record: Any) -> None:
                dbapi_conn.execute("PRAGMA wal_autocheckpoint=0")  # see _Checkpointer

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
        return urls.shown(self.url)

    def reopened(self, *, read_only: bool | None = None) -> Database:
        """Another Database on the same data with the same credentials (the caller disposes this one)."""
        return Database(
            self.url,
            read_only=self.read_only if read_only is None else read_only,
            actor=self._actor,
            password=self._password,
            busy_timeout_ms=self._busy_timeout_ms,
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
        """Who history records: the app user, plus the server login on a server.

        The server stamps the login into every change record itself (migration 0005's trigger puts its
        session_user there, whatever a record claims), so staff cannot forge it; this is what the app
        sends, and what the trigger lets through unchanged when nobody switched roles.
        """
        user = self.db_user()
        if user is None:
            return self.actor
        actor = f"{self.actor} (db: {user})" if self.actor and self.actor != user else user
        return actor[:HISTORY_ACTOR_MAX]

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only transaction: a consistent snapshot, rolled back at the end."""
        try:
            with self._sessions() as session:
                session.info["actor"] = self.actor
                if self.is_postgresql:
                    # PostgreSQL's default gives each statement its own snapshot; a page and its count must agree.
                    session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
                try:
                    yield session
                finally:
                    session.rollback()
        except sa_exc.DatabaseError as exc:
            if not is_storage_failure(exc):
                raise
            raise self._storage_error(exc) from exc
        except UnicodeEncodeError as exc:
            raise _broken_text(exc) from None

    @contextmanager
    def write(self, *, import_batch_id: int | None = None) -> Iterator[Session]:
        """One write transaction: everything inside commits together, or nothing does.

        A locked database, a full disk or an I/O failure surfaces as a StorageError with a plain
        message, after the transaction was rolled back, so the caller can keep the user's input and retry.
        """
        if self.read_only:
            raise ReadOnlyError(message("database.open_read_only"))
        try:
            actor = self.history_actor()
            with self._sessions() as session:
                session.info["actor"] = actor
                session.info["import_batch_id"] = import_batch_id
                with session.begin():
                    if self.is_sqlite:
                        session.connection(execution_options={"sqlite_begin": "IMMEDIATE"})
                    else:
                        locks.take_write_lock(session)  # writers queue; see app/store/locks.py for why this lock
                    # We hold the write lock: every change record from here to the commit is ours.
                    highest = select(func.coalesce(func.max(ChangeRecord.id), 0))
                    before = int(session.execute(highest).scalar_one())
                    yield session
                    session.flush()
                    if self.is_sqlite:
                        # Ours are the ids after ``before``, one above another (SQLite gives max + 1 and nobody
                        # else writes): the highest says how many, without counting an import's 300,000.
                        written = int(session.execute(highest).scalar_one()) - before
                    else:  # a sequence may skip numbers
                        written = int(
                            session.execute(select(func.count()).where(ChangeRecord.id > before)).scalar_one()
                        )
                if written:
                    with self._own_lock:
                        self._own_writes.append((before, written))
            if self._checkpointer is not None:
                self._checkpointer.wake()
        except sa_exc.DatabaseError as exc:
            if not is_storage_failure(exc):
                raise
            raise self._storage_error(exc) from exc
        except UnicodeEncodeError as exc:
            raise _broken_text(exc) from None

    def _storage_error(self, exc: sa_exc.DBAPIError) -> StorageError | ReadOnlyError:
        path = self.sqlite_path
        if path is not None and is_damage(exc):
            # The next opening checks the whole file, even if the app is closed cleanly before that.
            closing.mark_suspect(path, str(exc.orig))
        return storage_error(exc)

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
        if self._checkpointer is not None:
            self._checkpointer.wait()  # a restore may follow (and the object may be used again after it)
        self.engine.dispose()


def _broken_text(exc: UnicodeEncodeError) -> Exception:
    """A text the driver could not send (a search, a key looked up; a stored field is named earlier, by
    lengths.py) as the user's mistake to retype, not a crash. Any other encoding failure stays what it is."""
    if not isinstance(exc.object, str) or rules.broken_character(exc.object) is None:
        return exc
    return ValidationError(
        message("text.broken_character_given", text=rules.readable(exc.object), position=exc.start + 1)
    )


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
lengths.install()
