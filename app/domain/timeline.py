"""A program's tasks on a time axis: rows, spans at the precision of their dates, the axis of a zoom (no Qt).

The timeline view (``app/ui/views/timeline.py``) paints what this module lays out and turns a drag or an
arrow key into new dates with ``moved``; the dates are saved like any other task edit.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum

from app.domain import model as d
from app.domain import rules
from app.domain.dates import PartialDate
from app.domain.rollup import TaskNode, task_percent


class Zoom(StrEnum):
    """How much time the screen holds: labelled months, quarters or years."""

    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"


# Pixels a day takes at each zoom: a month, a quarter or a year is about 180 pixels wide.
DAY_WIDTH = {Zoom.MONTH: 6.0, Zoom.QUARTER: 2.0, Zoom.YEAR: 0.5}

# Today is put on the axis when it is this close to the tasks' dates (an old case's axis is not stretched to today).
TODAY_REACH = dt.timedelta(days=366)


class Mark(StrEnum):
    BAR = "bar"  # from start to due
    MILESTONE = "milestone"  # a task without a span: one date, or the same day twice
    SUMMARY = "summary"  # an action plan with no dates of its own: the span of its unit tasks, not draggable
    NONE = "none"  # no dates at all


class Part(StrEnum):
    """What a drag holds: a bar's start, its end (the due date), or the whole bar (a milestone moves whole)."""

    START = "start"
    END = "end"
    WHOLE = "whole"


@dataclass(frozen=True)
class Span:
    """Calendar days from ``first`` to ``last``, both included."""

    first: dt.date
    last: dt.date

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    def joined(self, other: Span | None) -> Span:
        if other is None:
            return self
        return Span(min(self.first, other.first), max(self.last, other.last))


def span_of(value: PartialDate) -> Span:
    """Every day a date may mean: one day, a month, a year (drawn faint when it is more than one day)."""
    return Span(value.first_day(), value.last_day())


@dataclass(frozen=True)
class Row:
    """One task on the timeline, in the order of the task tree."""

    task: d.Task
    depth: int  # 0 for an action plan (a top-level task), 1 for its unit tasks, ...
    mark: Mark
    span: Span | None  # everything drawn: the first day the start may mean to the last day the due may mean
    firm: Span | None  # the part every reading of partial dates agrees on (drawn solid); None: all of it faint
    day: dt.date | None  # a milestone's diamond
    percent: float | None  # the fill (an action plan's is the roll-up of its unit tasks)
    overdue: bool
    band: Span | None = None  # an action plan's band: its own span joined with its unit tasks' spans
    group_size: int = 1  # rows the band covers: the plan's own row and every row below it

    @property
    def is_plan(self) -> bool:
        return self.depth == 0

    @property
    def draggable(self) -> bool:
        return self.mark in (Mark.BAR, Mark.MILESTONE)


def _mark(task: d.Task) -> tuple[Mark, Span | None, Span | None, dt.date | None]:
    start, due = task.start_date, task.due_date
    if start is not None and due is not None:
        span = Span(start.first_day(), max(due.last_day(), start.first_day()))
        if span.days == 1:
            return Mark.MILESTONE, span, span, span.first
        firm_first, firm_last = start.last_day(), due.first_day()
        firm = Span(firm_first, firm_last) if firm_first <= firm_last else None
        return Mark.BAR, span, firm, None
    one = due if due is not None else start
    if one is None:
        return Mark.NONE, None, None, None
    span = span_of(one)
    # A partial date's diamond sits in the middle of the days it may mean, over its faint band.
    middle = span.first + dt.timedelta(days=(span.days - 1) // 2)
    return Mark.MILESTONE, span, (span if span.days == 1 else None), middle


def layout_rows(tasks: Sequence[d.Task], today: dt.date, roll_up: bool = True) -> list[Row]:
    """The tasks in tree order (action plans, each followed by its unit tasks), each with what to draw.

    ``roll_up=False`` fills only stored percents (a case states none; none is made up).
    """
    by_id = {t.id: t for t in tasks}
    children: dict[int | None, list[d.Task]] = {}
    for t in sorted(tasks, key=lambda t: (t.position, t.id)):
        children.setdefault(t.parent_id if t.parent_id in by_id else None, []).append(t)
    nodes: dict[int | None, list[TaskNode]] = {}
    for t in tasks:
        nodes.setdefault(t.parent_id, []).append(TaskNode(t.id, t.parent_id, t.status, t.percent_complete, t.weight))

    def percent(t: d.Task) -> float | None:
        if not roll_up:
            return t.percent_complete
        return task_percent(TaskNode(t.id, t.parent_id, t.status, t.percent_complete, t.weight), nodes)

    rows: list[Row] = []

    def walk(t: d.Task, depth: int) -> Span | None:
        """Add ``t`` and everything under it; return the span they cover together."""
        mark, span, firm, day = _mark(t)
        row = Row(t, depth, mark, span, firm, day, percent(t), rules.is_overdue(t.due_date, t.status, today))
        at = len(rows)
        rows.append(row)
        covered = span
        for child in children.get(t.id, []):
            below = walk(child, depth + 1)
            if below is not None:
                covered = below.joined(covered)
        if depth == 0:
            if mark is Mark.NONE and covered is not None:
                row = replace(row, mark=Mark.SUMMARY, span=covered, firm=covered)
            rows[at] = replace(row, band=covered, group_size=len(rows) - at)
        return covered

    for root in children.get(None, []):
        walk(root, 0)
    return rows


# -- the axis -------------------------------------------------------------------------------------------------
class Unit(StrEnum):
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"


@dataclass(frozen=True)
class Tick:
    """A line on the axis where a month, quarter or year begins (``unit``: the largest period that begins there);
    ``labelled`` ones get the name of the zoom's period written beside them."""

    day: dt.date
    unit: Unit
    labelled: bool

    @property
    def quarter(self) -> int:
        return (self.day.month - 1) // 3 + 1


# Lines at every month (every quarter at the year zoom); the zoom's own periods get their names written.
_STEP_MONTHS = {Zoom.MONTH: 1, Zoom.QUARTER: 1, Zoom.YEAR: 3}
_LABELLED_MONTHS = {
    Zoom.MONTH: frozenset(range(1, 13)),
    Zoom.QUARTER: frozenset((1, 4, 7, 10)),
    Zoom.YEAR: frozenset((1,)),
}


def _period_start(day: dt.date, zoom: Zoom) -> dt.date:
    if zoom is Zoom.MONTH:
        return day.replace(day=1)
    if zoom is Zoom.QUARTER:
        return dt.date(day.year, (day.month - 1) // 3 * 3 + 1, 1)
    return dt.date(day.year, 1, 1)


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def _period_months(zoom: Zoom) -> int:
    return {Zoom.MONTH: 1, Zoom.QUARTER: 3, Zoom.YEAR: 12}[zoom]


@dataclass(frozen=True)
class Axis:
    """Days from ``first`` to ``last`` (both included, whole periods of the zoom) and where each one is drawn."""

    zoom: Zoom
    first: dt.date
    last: dt.date

    @property
    def day_width(self) -> float:
        return DAY_WIDTH[self.zoom]

    @property
    def width(self) -> float:
        return ((self.last - self.first).days + 1) * self.day_width

    def x(self, day: dt.date) -> float:
        """The left edge of a day."""
        return (day - self.first).days * self.day_width

    def x_after(self, day: dt.date) -> float:
        """The right edge of a day (where a span that ends on it stops)."""
        return self.x(day) + self.day_width

    def day_at(self, x: float) -> dt.date:
        return self.first + dt.timedelta(days=int(x // self.day_width))

    def days_between(self, x0: float, x1: float) -> int:
        """Whole days a pointer moved from ``x0`` to ``x1`` (rounded to the nearest day)."""
        return round((x1 - x0) / self.day_width)

    def ticks(self) -> list[Tick]:
        out: list[Tick] = []
        day = _period_start(self.first, self.zoom)
        while day <= self.last:
            unit = Unit.YEAR if day.month == 1 else Unit.QUARTER if day.month % 3 == 1 else Unit.MONTH
            out.append(Tick(day, unit, day.month in _LABELLED_MONTHS[self.zoom]))
            day = _add_months(day, _STEP_MONTHS[self.zoom])
        return out


def axis_for(rows: Sequence[Row], zoom: Zoom, today: dt.date) -> Axis:
    """Whole periods of the zoom around every dated task, with today if it is near, and a period to spare."""
    spans = [r.span for r in rows if r.span is not None]
    if not spans:
        first = last = today
    else:
        first = min(s.first for s in spans)
        last = max(s.last for s in spans)
        if first - TODAY_REACH <= today <= last + TODAY_REACH:
            first, last = min(first, today), max(last, today)
    months = _period_months(zoom)
    start = _add_months(_period_start(first, zoom), -months)
    end = _add_months(_period_start(last, zoom), 2 * months) - dt.timedelta(days=1)
    return Axis(zoom, start, end)


def fitting_zoom(rows: Sequence[Row]) -> Zoom:
    """The zoom a program opens at: months for a plan of half a year, quarters up to three years, else years."""
    spans = [r.span for r in rows if r.span is not None]
    if not spans:
        return Zoom.QUARTER
    days = (max(s.last for s in spans) - min(s.first for s in spans)).days
    if days <= 200:
        return Zoom.MONTH
    if days <= 3 * 366:
        return Zoom.QUARTER
    return Zoom.YEAR


# -- editing ----------------------------------------------------------------------------------------------------
def moved(row: Row, part: Part, days: int) -> dict[str, PartialDate]:
    """The new dates of a task whose bar (or one of its ends) moved by ``days``: the fields to save.

    A moved date becomes a calendar day (the day the bar's end was dropped on); the end never passes the
    start, nor the start the end. A milestone moves whole. Nothing (an empty dict) when no date changes.
    """
    task, span = row.task, row.span
    if not row.draggable or span is None or days == 0:
        return {}
    start, due = task.start_date, task.due_date
    if row.mark is Mark.MILESTONE or part is Part.WHOLE:
        changes: dict[str, PartialDate] = {}
        if start is not None and due is not None:
            changes["start_date"] = _day(span.first, days)
            changes["due_date"] = _day(span.last, days)
        else:
            assert row.day is not None
            changes["due_date" if due is not None else "start_date"] = _day(row.day, days)
    elif part is Part.END:
        changes = {"due_date": PartialDate.of_date(max(span.first, span.last + dt.timedelta(days=days)))}
    else:
        changes = {"start_date": PartialDate.of_date(min(span.last, span.first + dt.timedelta(days=days)))}
    return {name: value for name, value in changes.items() if getattr(task, name) != value}


def _day(day: dt.date, days: int) -> PartialDate:
    return PartialDate.of_date(day + dt.timedelta(days=days))


def with_dates(row: Row, changes: Mapping[str, PartialDate]) -> Row:
    """The row as it would be drawn with these dates: what a drag shows before the pointer is let go."""
    task = replace(
        row.task,
        start_date=changes.get("start_date", row.task.start_date),
        due_date=changes.get("due_date", row.task.due_date),
    )
    mark, span, firm, day = _mark(task)
    return replace(row, task=task, mark=mark, span=span, firm=firm, day=day)
