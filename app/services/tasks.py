"""Tasks across programs: whose they are, which are overdue, which are due soon (the CLI, My tasks, the dashboard)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import ColumnElement, and_, func, or_, select

from app.domain import model as d
from app.domain import rules
from app.domain.dates import PartialDate
from app.services import convert
from app.store import models as m
from app.store.database import Database

LIMIT = 5000


def open_task() -> ColumnElement[bool]:
    """SQL for `rules.is_open`: a task not completed and not cancelled (no status counts as open)."""
    closed = sorted(s.value for s in rules.CLOSED_STATUSES)
    return or_(m.Task.status.is_(None), m.Task.status.not_in(closed))


def due_on_or_before(day: dt.date) -> ColumnElement[bool]:
    """SQL that keeps every task whose due date may fall on or before ``day``; partial dates are stored by
    their first day ('2026-11' < '2026-11-28'), so `rules.is_overdue` decides the rest on the row."""
    return and_(m.Task.due_date.is_not(None), m.Task.due_date <= PartialDate.of_date(day).iso())


class Horizon(StrEnum):
    """Where an open task falls in someone's week (My tasks groups by it)."""

    OVERDUE = "overdue"
    THIS_WEEK = "this_week"
    LATER = "later"


def horizon(task: d.Task, today: dt.date) -> Horizon:
    """Overdue, due by the end of this week (Sunday), or later (including no due date)."""
    if rules.is_overdue(task.due_date, task.status, today):
        return Horizon.OVERDUE
    week_end = today + dt.timedelta(days=6 - today.weekday())
    if task.due_date is not None and task.due_date.first_day() <= week_end:
        return Horizon.THIS_WEEK
    return Horizon.LATER


@dataclass(frozen=True)
class TaskFilter:
    owner: str | None = None  # a person's name or local name, or an owner as typed
    program_key: str | None = None
    overdue: bool = False
    due_within: int | None = None  # days from today; overdue tasks are within any horizon
    open_only: bool = False


@dataclass(frozen=True)
class TaskRow:
    """A task with its program, as the task lists show it."""

    task: d.Task
    program_key: str
    program_title: str
    overdue: bool
    program_local_title: str | None = None


def _today() -> dt.date:
    return dt.date.today()


class TaskService:
    """Read-only queries over the tasks of the office's own programs."""

    def __init__(self, db: Database, today: Callable[[], dt.date] = _today) -> None:
        self.db = db
        self._today = today

    def today(self) -> dt.date:
        return self._today()

    def list_tasks(
        self, flt: TaskFilter = TaskFilter(), limit: int = LIMIT, today: dt.date | None = None
    ) -> list[TaskRow]:
        """Tasks of own programs (not the case library, not in the trash), soonest due first. ``today`` is
        the service's clock unless a caller with a clock of its own (the reminders) passes its day."""
        today = today or self._today()
        conds: list[ColumnElement[bool]] = [
            m.Task.deleted_at.is_(None),
            m.Program.deleted_at.is_(None),
            m.Program.is_case.is_(False),
        ]
        if flt.program_key:
            conds.append(m.Program.key == flt.program_key.strip().upper())
        if flt.owner:
            conds.append(owner_matches(flt.owner))
        if flt.overdue or flt.open_only or flt.due_within is not None:
            conds.append(open_task())
        if flt.overdue:
            conds.append(due_on_or_before(today))
        if flt.due_within is not None:
            conds.append(due_on_or_before(today + dt.timedelta(days=flt.due_within)))
        with self.db.read() as s:
            stmt = (
                select(m.Task, m.Program.key, m.Program.title, m.Program.local_title)
                .join(m.Program, m.Task.program_id == m.Program.id)
                .where(*conds)
                .order_by(m.Task.due_date.asc().nulls_last(), m.Program.key, m.Task.position, m.Task.id)
                .limit(limit)
            )
            out = []
            for t, pkey, ptitle, plocal in s.execute(stmt).all():
                task = convert.task(t)
                late = rules.is_overdue(task.due_date, task.status, today)
                if flt.overdue and not late:
                    continue
                out.append(TaskRow(task, pkey, ptitle, late, plocal))
            return out


def owner_matches(name: str) -> ColumnElement[bool]:
    """SQL: the task's owner is ``name``: the person of that name or local name, or the owner as typed
    (in any case and spacing, as store/people.py matches names)."""
    key = rules.name_key(name)
    person = select(m.Person.id).where(or_(func.lower(m.Person.name) == key, func.lower(m.Person.name_local) == key))
    return or_(func.lower(m.Task.owner) == key, m.Task.owner_id.in_(person))


__all__ = ["Horizon", "TaskFilter", "TaskRow", "TaskService", "due_on_or_before", "horizon", "open_task"]
