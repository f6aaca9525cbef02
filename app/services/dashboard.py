"""Read-only queries behind the desktop app's overview panes: counts, the progress log, indicator pickers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import ColumnElement, and_, func, select

from app.domain import model as d
from app.domain.dates import PartialDate
from app.services import convert
from app.store import models as m
from app.store.database import Database


@dataclass(frozen=True)
class Counts:
    """What the status bar shows."""

    own_programs: int
    cases: int


@dataclass(frozen=True)
class LogEntry:
    """One row of the office-wide progress log."""

    entry: d.ProgressEntry
    program_title: str
    is_case: bool
    program_local_title: str | None = None
    task_title: str | None = None  # the task the entry is on; None for an entry on the whole program


@dataclass(frozen=True)
class ProgramChoice:
    """A program offered in a picker (key and title only)."""

    key: str
    title: str
    is_case: bool


def _first_form(day: dt.date) -> str:
    """The smallest stored date text of anything that starts on or after ``day``. Partial dates are stored
    as text that sorts ('2026' < '2026-11' < '2026-11-01'), so on the first of a month the month itself
    (and on 1 January the year) starts that day too."""
    if day.day != 1:
        return PartialDate.of_date(day).iso()
    return f"{day.year:04d}" if day.month == 1 else f"{day.year:04d}-{day.month:02d}"


class DashboardService:
    """Queries for the navigator panes that are not about one program."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def counts(self) -> Counts:
        with self.db.read() as s:
            rows = dict(
                s.execute(
                    select(m.Program.is_case, func.count())
                    .where(m.Program.deleted_at.is_(None))
                    .group_by(m.Program.is_case)
                ).all()
            )
        return Counts(own_programs=int(rows.get(False, 0)), cases=int(rows.get(True, 0)))

    def recent_progress(
        self, limit: int = 300, include_cases: bool = False, since: dt.date | None = None
    ) -> list[LogEntry]:
        """Progress entries of every program, newest entry date first; with ``since``, only those dated on
        or after that day (the dashboard's "Since the last meeting"). An entry dated by month or year counts
        from its first day: "2026-11" is since 2026-11-01, not since 2026-11-28."""
        with self.db.read() as s:
            conds: list[ColumnElement[bool]] = [m.ProgressEntry.deleted_at.is_(None), m.Program.deleted_at.is_(None)]
            if not include_cases:
                conds.append(m.Program.is_case.is_(False))
            if since is not None:
                conds.append(m.ProgressEntry.entry_date >= _first_form(since))
            rows = s.execute(
                select(
                    m.ProgressEntry,
                    m.Program.key,
                    m.Program.title,
                    m.Program.is_case,
                    m.Program.local_title,
                    m.Task.title,
                )
                .join(m.Program, m.ProgressEntry.program_id == m.Program.id)
                .outerjoin(m.Task, m.ProgressEntry.task_id == m.Task.id)
                .where(and_(*conds))
                .order_by(m.ProgressEntry.entry_date.desc(), m.ProgressEntry.id.desc())
                .limit(limit)
            ).all()
            return [
                LogEntry(convert.progress(e, key), title, bool(is_case), local, task)
                for e, key, title, is_case, local, task in rows
            ]

    def log_entries(self, entries: Sequence[d.ProgressEntry]) -> list[LogEntry]:
        """``entries`` as rows of a progress log: each with its program's titles and its task's title."""
        program_ids = {e.program_id for e in entries}
        task_ids = {e.task_id for e in entries if e.task_id is not None}
        with self.db.read() as s:
            programs = {
                pid: (title, bool(is_case), local)
                for pid, title, is_case, local in s.execute(
                    select(m.Program.id, m.Program.title, m.Program.is_case, m.Program.local_title).where(
                        m.Program.id.in_(program_ids)
                    )
                ).all()
            }
            tasks: dict[int, str] = (
                {tid: title for tid, title in s.execute(select(m.Task.id, m.Task.title).where(m.Task.id.in_(task_ids)))}
                if task_ids
                else {}
            )
        rows = []
        for e in entries:
            title, is_case, local = programs.get(e.program_id, (e.program_key, False, None))
            rows.append(LogEntry(e, title, is_case, local, tasks.get(e.task_id) if e.task_id is not None else None))
        return rows

    def programs_with_indicators(self, limit: int = 500) -> list[ProgramChoice]:
        """Programs that have at least one indicator, own programs first, for the dashboard chart picker."""
        with self.db.read() as s:
            has_indicator = select(m.Indicator.program_id).where(m.Indicator.deleted_at.is_(None)).distinct()
            rows = s.execute(
                select(m.Program.key, m.Program.title, m.Program.is_case)
                .where(m.Program.deleted_at.is_(None), m.Program.id.in_(has_indicator))
                .order_by(m.Program.is_case, m.Program.title_sort)
                .limit(limit)
            ).all()
            return [ProgramChoice(k, t, bool(c)) for k, t, c in rows]

    def countries(self) -> list[d.Place]:
        """Places at country level, for the country filter."""
        with self.db.read() as s:
            rows = s.execute(select(m.Place).where(m.Place.level == "country").order_by(m.Place.name)).scalars()
            return [p for p in (convert.place(r) for r in rows) if p is not None]


__all__ = ["Counts", "DashboardService", "LogEntry", "ProgramChoice"]
