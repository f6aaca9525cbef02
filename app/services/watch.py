"""Notices when another client changed the shared database, by polling the history cheaply.

Every saved field change adds a change record in the same transaction, so "the highest change-record id,
and how many records lie above the last one seen" tells whether anything changed. That is one indexed
query, cheap enough to run every few seconds from twenty clients, and works on SQLite (two app copies on
one file) as well as PostgreSQL. Records this client wrote itself are not news: the views that made the
change have already reloaded.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.exc import DBAPIError

from app.domain.errors import StorageError
from app.store import models as m
from app.store.database import Database

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ExternalChange:
    """What other clients changed since the last look."""

    records: int  # change records written by others
    actors: tuple[str, ...]  # who, as history names them (at most a few)
    program_ids: tuple[int, ...]  # which programs were touched (at most a few dozen)


class ChangeWatcher:
    """Call ``poll()`` every few seconds; it returns what others changed since the previous call, or None."""

    MAX_DETAILS = 50

    def __init__(self, db: Database) -> None:
        self.db = db
        self._seen = self._highest()

    @property
    def seen_id(self) -> int:
        return self._seen

    def _highest(self) -> int:
        with self.db.read() as s:
            return int(s.execute(select(func.coalesce(func.max(m.ChangeRecord.id), 0))).scalar_one())

    def poll(self) -> ExternalChange | None:
        """One cheap query; None when nobody else changed anything (or the server cannot be reached)."""
        seen = self._seen
        try:
            with self.db.read() as s:
                top, count = s.execute(
                    select(func.max(m.ChangeRecord.id), func.count()).where(m.ChangeRecord.id > seen)
                ).one()
                if not count:
                    return None
                top = int(top)
                others = int(count) - self.db.own_changes_between(seen, top)
                self._seen = top
                if others <= 0:
                    return None
                rows = s.execute(
                    select(m.ChangeRecord.actor, m.ChangeRecord.program_id)
                    .where(m.ChangeRecord.id > seen, m.ChangeRecord.id <= top)
                    .order_by(m.ChangeRecord.id.desc())
                    .limit(self.MAX_DETAILS)
                ).all()
        except (DBAPIError, StorageError) as exc:  # Database.read() words storage failures plainly
            # A dropped network connection must not crash the window; the next poll tries again.
            log.warning("Could not look for changes by others: %s", exc)
            return None
        actors = tuple(dict.fromkeys(a for a, _ in rows if a))
        programs = tuple(dict.fromkeys(p for _, p in rows if p is not None))
        return ExternalChange(records=others, actors=actors[:5], program_ids=programs)


__all__ = ["ChangeWatcher", "ExternalChange"]
