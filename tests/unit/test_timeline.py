"""The timeline's layout: rows in tree order, bars, milestones and partial dates, the axis per zoom, moved dates."""

from __future__ import annotations

import datetime as dt

import pytest

from app.domain import model as d
from app.domain.dates import PartialDate
from app.domain.enums import Status
from app.domain.timeline import (
    DAY_WIDTH,
    Mark,
    Part,
    Span,
    Unit,
    Zoom,
    axis_for,
    fitting_zoom,
    layout_rows,
    moved,
)

TODAY = dt.date(2026, 12, 2)


def task(
    id: int,
    start: str | None = None,
    due: str | None = None,
    parent: int | None = None,
    status: Status | None = None,
    percent: float | None = None,
    position: int = 0,
) -> d.Task:
    return d.Task(
        id=id,
        key=f"P-T{id:02d}",
        program_id=1,
        parent_id=parent,
        title=f"Task {id}",
        description=None,
        owner=None,
        start_date=PartialDate.parse(start) if start else None,
        due_date=PartialDate.parse(due) if due else None,
        status=status,
        percent_complete=percent,
        weight=1.0,
        position=position,
        version=1,
    )


def day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def test_rows_follow_the_task_tree_and_action_plans_are_bands_over_their_unit_tasks() -> None:
    tasks = [
        task(3, "2026-03-01", "2026-04-30", parent=1, position=1),
        task(1, position=0),  # an action plan with no dates of its own
        task(2, "2026-01-10", "2026-02-20", parent=1, position=0),
        task(4, "2026-05-01", "2026-06-30", position=1),  # a second plan, no unit tasks
    ]
    rows = layout_rows(tasks, TODAY)
    assert [(r.task.id, r.depth) for r in rows] == [(1, 0), (2, 1), (3, 1), (4, 0)]
    plan = rows[0]
    assert plan.is_plan and plan.group_size == 3
    assert plan.band == Span(day("2026-01-10"), day("2026-04-30"))
    # With no dates of its own it is summed up from its unit tasks, and cannot be dragged.
    assert plan.mark is Mark.SUMMARY and not plan.draggable
    assert rows[1].mark is Mark.BAR and rows[1].draggable
    assert rows[3].band == Span(day("2026-05-01"), day("2026-06-30")) and rows[3].group_size == 1


def test_a_task_without_a_span_is_a_milestone_and_one_without_dates_has_no_mark() -> None:
    rows = layout_rows(
        [
            task(1, due="2026-06-15"),
            task(2, start="2026-06-15", due="2026-06-15", position=1),
            task(3, start="2026-02-01", position=2),
            task(4, position=3),
        ],
        TODAY,
    )
    marks = [(r.mark, r.day) for r in rows]
    assert marks == [
        (Mark.MILESTONE, day("2026-06-15")),
        (Mark.MILESTONE, day("2026-06-15")),
        (Mark.MILESTONE, day("2026-02-01")),
        (Mark.NONE, None),
    ]


def test_partial_dates_are_drawn_at_their_precision() -> None:
    year, month_bar, fuzzy_ends = layout_rows(
        [
            task(1, due="2027"),
            task(2, start="2026-03", due="2026-05", position=1),
            task(3, start="2026", due="2026-06", position=2),
        ],
        TODAY,
    )
    # A year: a faint band over the whole year, its diamond in the middle; nothing firm.
    assert year.mark is Mark.MILESTONE
    assert year.span == Span(day("2027-01-01"), day("2027-12-31")) and year.firm is None
    assert year.day == day("2027-07-02")
    # Months: the bar covers both months whole; solid only where every reading agrees.
    assert month_bar.span == Span(day("2026-03-01"), day("2026-05-31"))
    assert month_bar.firm == Span(day("2026-03-31"), day("2026-05-01"))
    # Start "some day in 2026", due "some day in June 2026": no day is certain.
    assert fuzzy_ends.span == Span(day("2026-01-01"), day("2026-06-30")) and fuzzy_ends.firm is None


def test_percent_fills_and_overdue_follows_the_rule_of_the_app() -> None:
    rows = layout_rows(
        [
            task(1),
            task(2, due="2026-11-30", parent=1, percent=40),
            task(3, due="2026-11-30", parent=1, status=Status.COMPLETED, position=1),
            task(4, due="2026-12", parent=1, percent=0, position=2),  # December is not over yet
        ],
        TODAY,
    )
    plan, late, done, this_month = rows
    assert (late.percent, late.overdue) == (40, True)
    assert (done.percent, done.overdue) == (100, False)
    assert this_month.overdue is False
    assert plan.percent == pytest.approx((40 + 100 + 0) / 3, abs=0.05)  # the roll-up of its unit tasks
    # A case states no percent: none is made up.
    assert layout_rows([task(1, status=Status.COMPLETED)], TODAY, roll_up=False)[0].percent is None


def test_the_axis_holds_whole_periods_of_the_zoom_and_today_when_it_is_near() -> None:
    rows = layout_rows([task(1, "2026-02-10", "2026-05-20")], TODAY)
    months = axis_for(rows, Zoom.MONTH, TODAY)
    # From a month before the first date to a month after today (today is near: it is on the axis).
    assert (months.first, months.last) == (day("2026-01-01"), day("2027-01-31"))
    assert months.x(day("2026-01-02")) == DAY_WIDTH[Zoom.MONTH]
    assert months.day_at(months.x(day("2026-03-15")) + 1) == day("2026-03-15")
    assert months.x_after(day("2026-01-01")) == months.x(day("2026-01-02"))
    quarters = axis_for(rows, Zoom.QUARTER, TODAY)
    assert (quarters.first, quarters.last) == (day("2025-10-01"), day("2027-03-31"))
    years = axis_for(rows, Zoom.YEAR, TODAY)
    assert (years.first, years.last) == (day("2025-01-01"), day("2027-12-31"))
    assert years.width < quarters.width < months.width
    # An old case is not stretched to today.
    old = axis_for(layout_rows([task(1, due="2015")], TODAY), Zoom.YEAR, TODAY)
    assert (old.first, old.last) == (day("2014-01-01"), day("2016-12-31"))
    # No dates at all: the axis is around today.
    empty = axis_for(layout_rows([task(1)], TODAY), Zoom.MONTH, TODAY)
    assert empty.first <= TODAY <= empty.last


def test_ticks_name_the_periods_of_the_zoom() -> None:
    rows = layout_rows([task(1, "2026-02-10", "2026-05-20")], dt.date(2026, 3, 1))
    quarter_ticks = axis_for(rows, Zoom.QUARTER, dt.date(2026, 3, 1)).ticks()
    labelled = [(t.day.isoformat(), t.unit) for t in quarter_ticks if t.labelled]
    assert labelled[:3] == [("2025-10-01", Unit.QUARTER), ("2026-01-01", Unit.YEAR), ("2026-04-01", Unit.QUARTER)]
    assert [t.day.month for t in quarter_ticks if not t.labelled][:2] == [11, 12]  # finer lines: the months
    year_ticks = axis_for(rows, Zoom.YEAR, dt.date(2026, 3, 1)).ticks()
    assert [t.day.month for t in year_ticks[:5]] == [1, 4, 7, 10, 1]
    assert [t.day.year for t in year_ticks if t.labelled] == [2025, 2026, 2027]
    month_ticks = axis_for(rows, Zoom.MONTH, dt.date(2026, 3, 1)).ticks()
    assert all(t.labelled for t in month_ticks) and len(month_ticks) == 6  # Jan to Jun 2026


def test_the_zoom_a_program_opens_at_fits_its_dates() -> None:
    assert fitting_zoom(layout_rows([task(1, "2026-01-01", "2026-05-31")], TODAY)) is Zoom.MONTH
    assert fitting_zoom(layout_rows([task(1, "2026-01-01", "2027-12-31")], TODAY)) is Zoom.QUARTER
    assert fitting_zoom(layout_rows([task(1, "2015", "2022")], TODAY)) is Zoom.YEAR


def test_moving_an_end_or_the_whole_bar_gives_the_dates_to_save() -> None:
    (row,) = layout_rows([task(1, "2026-03-01", "2026-03-31")], TODAY)
    assert moved(row, Part.END, 7) == {"due_date": PartialDate(2026, 4, 7)}
    assert moved(row, Part.START, -3) == {"start_date": PartialDate(2026, 2, 26)}
    assert moved(row, Part.WHOLE, 7) == {"start_date": PartialDate(2026, 3, 8), "due_date": PartialDate(2026, 4, 7)}
    assert moved(row, Part.END, 0) == {}
    # An end never passes the start (nor the start the end): the bar shrinks to one day.
    assert moved(row, Part.END, -100) == {"due_date": PartialDate(2026, 3, 1)}
    assert moved(row, Part.START, 100) == {"start_date": PartialDate(2026, 3, 31)}


def test_a_moved_partial_date_becomes_the_day_it_was_dropped_on_and_milestones_move_whole() -> None:
    year_bar, year_milestone, due_only, undated = layout_rows(
        [
            task(1, "2026", "2027"),
            task(2, due="2027", position=1),
            task(3, due="2026-06-15", position=2),
            task(4, position=3),
        ],
        TODAY,
    )
    assert moved(year_bar, Part.END, -31) == {"due_date": PartialDate(2027, 11, 30)}
    assert moved(year_milestone, Part.END, 1) == {"due_date": PartialDate(2027, 7, 3)}
    assert moved(due_only, Part.START, 7) == {"due_date": PartialDate(2026, 6, 22)}  # no start appears
    assert moved(undated, Part.WHOLE, 7) == {}
