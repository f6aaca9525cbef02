"""Locks on a PostgreSQL server: the one every save takes, the one an upgrade takes, and who holds one.

Why these locks, and not others (docs/trust.md, "Who can hold up whom on a server"):

* **Saves** queue on ``LOCK TABLE write_lock IN EXCLUSIVE MODE``, as SQLite's ``BEGIN IMMEDIATE`` makes
  writers queue: version checks, generated keys and positions never race, and with one lock writers
  cannot deadlock. They used to queue on an advisory lock, but advisory locks need no privilege at all,
  so a read-only role could hold the key from psql and make every save fail with "busy". The server
  grants EXCLUSIVE on a table only to a role with UPDATE, DELETE or TRUNCATE on it; a viewer holds
  SELECT only, which allows ACCESS SHARE, and ACCESS SHARE does not conflict with EXCLUSIVE. Nor can a
  viewer take a row lock (FOR UPDATE / FOR SHARE) there: that needs UPDATE too. Readers never wait.
* **An upgrade or a first start** (creating the tables and seeding the case library) still takes an
  advisory lock, because on an empty database there is no table to lock yet. Only a role that may
  migrate asks for it, only when there is something to do, and without waiting in the server: it asks
  with ``pg_try_advisory_lock`` and gives up after a while, naming who holds the lock. Whoever else holds
  that key (a viewer from psql, say) can therefore delay an upgrade, never an ordinary start or a save.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

WRITE_LOCK_TABLE = "write_lock"  # app.store.models.WriteLock; created by migration 0004
# Held while one client migrates or seeds a server database, so two first starts cannot both create it.
MIGRATE_LOCK_KEY = 0x43495648


def take_write_lock(session: Session) -> None:
    """Queue behind every other save on the server; held until this transaction ends.

    Waits at most the connection's ``lock_timeout``, then fails with "lock timeout" (a busy database).
    """
    session.execute(text(f"LOCK TABLE {WRITE_LOCK_TABLE} IN EXCLUSIVE MODE"))


def try_migration_lock(conn: Connection) -> bool:
    """Take the upgrade lock for this connection's session if it is free; never waits."""
    taken = bool(conn.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": MIGRATE_LOCK_KEY}).scalar_one())
    conn.commit()  # a session lock: it outlives this transaction, which must not stay open
    return taken


def release_migration_lock(conn: Connection) -> None:
    conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": MIGRATE_LOCK_KEY})
    conn.commit()


@dataclass(frozen=True)
class LockHolder:
    """A server session holding a lock, as far as the asking role may see it.

    Without the privilege pg_read_all_stats a role sees only the login and the program name of other
    roles' sessions; ``address`` and ``since`` are then None (``visible`` False). A session over the
    server's local socket has no address either, but its start time is shown.
    """

    pid: int
    user: str | None
    application: str | None
    address: str | None
    since: dt.datetime | None

    @property
    def visible(self) -> bool:
        return self.since is not None


def advisory_lock_holder(conn: Connection, key: int = MIGRATE_LOCK_KEY) -> LockHolder | None:
    """The session holding the session-level advisory lock ``key`` in this database, if any."""
    # A lock taken with one bigint key shows as classid = its high 32 bits, objid = its low 32 bits, objsubid 1.
    row = conn.execute(
        text(
            "SELECT a.pid, a.usename, a.application_name, host(a.client_addr), a.backend_start"
            " FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid"
            " WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1"
            " AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())"
            " AND l.classid::bigint = :high AND l.objid::bigint = :low"
            " ORDER BY a.backend_start LIMIT 1"
        ),
        {"high": (key >> 32) & 0xFFFFFFFF, "low": key & 0xFFFFFFFF},
    ).first()
    conn.rollback()
    if row is None:
        return None
    pid, user, application, address, since = row
    return LockHolder(int(pid), user, application or None, address, since)
