"""Tasks across programs: the overdue rule, filters by owner and program, status following logged percent."""

from __future__ import annotations

import datetime as dt

import pytest

from app.domain.dates import PartialDate
from app.domain.enums import Status
from app.services.programs import ProgramDraft, ProgramService, TaskDraft
from app.services.tasks import Horizon, TaskFilter, TaskService, horizon

TODAY = dt.date(2026, 12, 2)  # a Wednesday


@pytest.fixture
def office(seeded_db):  # type: ignore[no-untyped-def]
    ps = ProgramService(seeded_db, today=lambda: TODAY)
    bikes = ps.create_program(ProgramDraft(title="Bike stations"))
    parks = ps.create_program(ProgramDraft(title="Pocket parks"))
    ps.add_task(bikes.key, TaskDraft(title="Late survey", owner="김민지", due_date=PartialDate(2026, 11, 30)))
    ps.add_task(
        bikes.key,
        TaskDraft(title="Done late", owner="김민지", due_date=PartialDate(2026, 11, 1), status=Status.COMPLETED),
    )
    ps.add_task(
        bikes.key,
        TaskDraft(title="Cancelled late", owner="Park", due_date=PartialDate(2026, 11, 1), status=Status.CANCELLED),
    )
    ps.add_task(parks.key, TaskDraft(title="Friday meeting", owner="김민지", due_date=PartialDate(2026, 12, 4)))
    ps.add_task(parks.key, TaskDraft(title="Next month", owner="Park", due_date=PartialDate(2027, 1)))
    ps.add_task(parks.key, TaskDraft(title="This month", owner="Park", due_date=PartialDate(2026, 12)))
    return ps, TaskService(seeded_db, today=lambda: TODAY), bikes.key, parks.key


def titles(rows) -> list[str]:  # type: ignore[no-untyped-def]
    return [r.task.title for r in rows]


def test_overdue_is_due_before_today_and_not_completed_or_cancelled(office) -> None:  # type: ignore[no-untyped-def]
    ps, ts, _bikes, _parks = office
    assert titles(ts.list_tasks(TaskFilter(overdue=True))) == ["Late survey"]
    # The dashboard's overdue list is the same rule.
    assert [t.task.title for t in ps.overview().overdue] == ["Late survey"]


def test_tasks_filter_by_owner_program_and_horizon(office) -> None:  # type: ignore[no-untyped-def]
    _ps, ts, bikes, parks = office
    assert titles(ts.list_tasks(TaskFilter(owner="김민지"))) == ["Done late", "Late survey", "Friday meeting"]
    assert titles(ts.list_tasks(TaskFilter(owner=" park "))) == ["Cancelled late", "This month", "Next month"]
    assert titles(ts.list_tasks(TaskFilter(program_key=parks.lower()))) == [
        "This month",
        "Friday meeting",
        "Next month",
    ]
    # Within 3 days: what is open and due by Saturday, the overdue included; a month counts by its first day.
    assert titles(ts.list_tasks(TaskFilter(due_within=3))) == ["Late survey", "This month", "Friday meeting"]
    assert all(r.program_key in (bikes, parks) for r in ts.list_tasks())


def test_horizon_groups_a_week(office) -> None:  # type: ignore[no-untyped-def]
    _ps, ts, _bikes, _parks = office
    groups = {r.task.title: horizon(r.task, TODAY) for r in ts.list_tasks(TaskFilter(open_only=True))}
    assert groups == {
        "Late survey": Horizon.OVERDUE,
        "Friday meeting": Horizon.THIS_WEEK,
        "This month": Horizon.THIS_WEEK,
        "Next month": Horizon.LATER,
    }


def test_logged_percent_moves_the_task_status(office) -> None:  # type: ignore[no-untyped-def]
    ps, _ts, bikes, _parks = office
    task = next(t for t in ps.list_tasks(bikes) if t.title == "Late survey")
    assert task.status is Status.PLANNED
    ps.log_progress(bikes, "Half the forms back", task_id=task.id, percent_complete=40)
    task = next(t for t in ps.list_tasks(bikes) if t.id == task.id)
    assert (task.percent_complete, task.status) == (40.0, Status.ACTIVE)
    before = ps.progress_before(bikes, task.id)
    entry = ps.log_progress(bikes, "All forms back", task_id=task.id, percent_complete=100)
    task = next(t for t in ps.list_tasks(bikes) if t.id == task.id)
    assert (task.percent_complete, task.status) == (100.0, Status.COMPLETED)
    ps.undo_progress(entry.id, before)
    task = next(t for t in ps.list_tasks(bikes) if t.id == task.id)
    assert (task.percent_complete, task.status) == (40.0, Status.ACTIVE)
    # A status given with the entry stands over the rule.
    ps.log_progress(bikes, "All back, still checking", task_id=task.id, percent_complete=100, status=Status.ON_HOLD)
    task = next(t for t in ps.list_tasks(bikes) if t.id == task.id)
    assert (task.percent_complete, task.status) == (100.0, Status.ON_HOLD)


def test_the_dashboard_lists_what_is_due_this_week_apart_from_the_overdue(office) -> None:  # type: ignore[no-untyped-def]
    ps, _ts, _bikes, _parks = office
    ov = ps.overview()
    assert [t.task.title for t in ov.due_this_week] == ["This month", "Friday meeting"]
    assert [t.task.title for t in ov.overdue] == ["Late survey"]


def test_a_caller_with_its_own_clock_asks_for_its_day(office) -> None:  # type: ignore[no-untyped-def]
    _ps, ts, _bikes, _parks = office
    mine = TaskFilter(owner="김민지", due_within=7)
    assert titles(ts.list_tasks(mine)) == ["Late survey", "Friday meeting"]
    # A week earlier nothing of 김민지's was late yet, and Friday the 4th was more than 7 days off.
    assert titles(ts.list_tasks(mine, today=dt.date(2026, 11, 25))) == ["Late survey"]
    assert not ts.list_tasks(TaskFilter(owner="김민지", overdue=True), today=dt.date(2026, 11, 25))


def test_progress_since_a_day(office) -> None:  # type: ignore[no-untyped-def]
    from app.services.dashboard import DashboardService

    ps, _ts, bikes, parks = office
    ps.log_progress(bikes, "Kick-off", entry_date=PartialDate(2026, 11, 10))
    ps.log_progress(parks, "Site visit", entry_date=PartialDate(2026, 11, 25))
    ps.log_progress(parks, "November", entry_date=PartialDate(2026, 11))  # a month: counts from its first day
    dash = DashboardService(ps.db)
    assert [e.entry.title for e in dash.recent_progress(since=dt.date(2026, 11, 25))] == ["Site visit"]
    assert [e.entry.title for e in dash.recent_progress(since=dt.date(2026, 11, 1))] == [
        "Site visit",
        "Kick-off",
        "November",
    ]
    assert all(not e.is_case for e in dash.recent_progress(since=dt.date(2000, 1, 1)))


def test_the_office_wide_log_names_each_entry_s_task(office) -> None:  # type: ignore[no-untyped-def]
    from app.services.dashboard import DashboardService

    ps, _ts, bikes, _parks = office
    task = ps.get_program(bikes).tasks[0]
    on_task = ps.log_progress(bikes, "Half surveyed", task_id=task.id, percent_complete=50)
    on_program = ps.log_progress(bikes, "Budget approved")
    dash = DashboardService(ps.db)
    log = {e.entry.title: e.task_title for e in dash.recent_progress()}
    assert log["Half surveyed"] == task.title and log["Budget approved"] is None
    # The dashboard's latest entries (read by the program service) get the same titles.
    rows = dash.log_entries([on_task, on_program])
    assert [(r.program_title, r.task_title) for r in rows] == [("Bike stations", task.title), ("Bike stations", None)]
