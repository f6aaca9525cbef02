"""Reminders (a fake clock): at start when the user has tasks overdue or due soon, never of nothing, once a day;
the tray where there is one, else a banner whose button opens My tasks. And the dashboard's "Since the last
meeting", from a date the window remembers."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from app import config
from app.domain.dates import PartialDate
from app.domain.enums import Status
from app.services.programs import ProgramDraft, ProgramService, TaskDraft
from app.ui import reminder_actions
from tests.ui.fake_window import FakeWindow

TODAY = dt.date(2026, 12, 2)  # a Wednesday


class Clock:
    """The time the reminders read; a test moves it on."""

    def __init__(self, now: dt.datetime) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now


def _tasks(db: Any, owner: str = "김민지") -> str:
    ps = ProgramService(db, today=lambda: TODAY)
    bikes = ps.create_program(ProgramDraft(title="Bike stations"))
    ps.add_task(bikes.key, TaskDraft(title="Survey", owner=owner, due_date=PartialDate(2026, 11, 30)))
    ps.add_task(bikes.key, TaskDraft(title="Racks", owner=owner, due_date=PartialDate(2026, 12, 6)))
    ps.add_task(bikes.key, TaskDraft(title="Brief", owner=owner, due_date=PartialDate(2027, 1, 15)))
    ps.add_task(
        bikes.key, TaskDraft(title="Done", owner=owner, due_date=PartialDate(2026, 11, 1), status=Status.COMPLETED)
    )
    ps.add_task(bikes.key, TaskDraft(title="Theirs", owner="Park", due_date=PartialDate(2026, 11, 1)))
    return bikes.key


def _reminders(host: Any, clock: Clock, tray: bool = False, opened: list[str] | None = None) -> Any:
    seen = opened if opened is not None else []
    return reminder_actions.Reminders(
        host, lambda: seen.append("my-tasks"), clock=clock, tray_available=lambda: tray, start_delay_ms=0
    )


@pytest.fixture
def host(qtbot: Any, empty_db: Any) -> FakeWindow:
    win = FakeWindow(empty_db)
    qtbot.addWidget(win)
    return win


def _me(name: str = "김민지", days: int = 7) -> None:
    config.save_preferences(config.Preferences(user_name=name, remind_days=days))


def test_at_start_a_banner_names_my_overdue_and_due_soon_tasks(qtbot: Any, host: FakeWindow) -> None:
    _tasks(host.db)
    _me()
    opened: list[str] = []
    with qtbot.waitSignal(_reminders(host, Clock(dt.datetime(2026, 12, 2, 9)), opened=opened).notified) as shown:
        pass
    where, text = shown.args
    assert where == "banner"
    assert host.banner is not None and host.banner[0] == text
    assert "1 overdue, 1 due within 7 days" in text
    assert "Survey" in text and "Racks" in text
    assert "Brief" not in text and "Done" not in text and "Theirs" not in text
    label, act = host.banner_action
    assert label == "Open My tasks"
    act()
    assert opened == ["my-tasks"]


def test_the_days_ahead_come_from_preferences(qtbot: Any, host: FakeWindow) -> None:
    _tasks(host.db)
    _me(days=60)
    with qtbot.waitSignal(_reminders(host, Clock(dt.datetime(2026, 12, 2, 9))).notified) as shown:
        pass
    assert "1 overdue, 2 due within 60 days" in shown.args[1] and "Brief" in shown.args[1]


def test_nothing_due_no_reminder(qtbot: Any, host: FakeWindow) -> None:
    _tasks(host.db, owner="Park")
    _me()
    reminders = _reminders(host, Clock(dt.datetime(2026, 12, 2, 9)))
    with qtbot.assertNotEmitted(reminders.notified, wait=300):
        reminders.check()
    assert host.banner is None and reminders.notified_on is None


def test_once_a_day_while_open(qtbot: Any, host: FakeWindow) -> None:
    _tasks(host.db)
    _me()
    clock = Clock(dt.datetime(2026, 12, 2, 9))
    reminders = _reminders(host, clock)
    assert reminders.timer.isActive() and reminders.timer.interval() == 60 * 60 * 1000
    qtbot.waitUntil(lambda: reminders.notified_on == TODAY)
    clock.now = dt.datetime(2026, 12, 2, 15)  # the hourly check, later the same day
    with qtbot.assertNotEmitted(reminders.notified, wait=300):
        reminders.timer.timeout.emit()
    clock.now = dt.datetime(2026, 12, 3, 8)  # the next morning, the window still open
    with qtbot.waitSignal(reminders.notified):
        reminders.timer.timeout.emit()
    assert reminders.notified_on == dt.date(2026, 12, 3)


def test_the_tray_where_there_is_one(qtbot: Any, host: FakeWindow) -> None:
    _tasks(host.db)
    _me()
    reminders = _reminders(host, Clock(dt.datetime(2026, 12, 2, 9)), tray=True)
    with qtbot.waitSignal(reminders.notified) as shown:
        pass
    assert shown.args[0] == "tray"
    assert reminders.tray is not None
    assert host.banner is None  # not both


def test_the_banner_button_opens_my_tasks_in_the_window(qtbot: Any, window: Any) -> None:
    _tasks(window.db)
    _me()
    reminders = reminder_actions.Reminders(
        window,
        window.reminders.open_my_tasks,
        clock=Clock(dt.datetime(2026, 12, 2, 9)),
        tray_available=lambda: False,
        start_delay_ms=0,
    )
    qtbot.waitUntil(lambda: window.banner.isVisible() and window.banner.action_button.isVisible())
    assert "Survey" in window.banner.label.text()
    window.banner.action_button.click()
    assert window.current_view() == "my-tasks"
    assert window.people_actions.view.current_person() == "김민지"
    assert not window.banner.isVisible()
    reminders.stop()


def test_other_banners_carry_no_button(qtbot: Any, window: Any) -> None:
    window.banner.show_message("Open My tasks?", "info", ("Go", lambda: None))
    window.show_banner("Read-only", "warning")
    assert not window.banner.action_button.isVisible()


# -- the dashboard: since the last meeting ---------------------------------------------------------
def _dashboard_progress(db: Any) -> None:
    ps = ProgramService(db, today=lambda: TODAY)
    bikes = ps.create_program(ProgramDraft(title="Bike stations"))
    parks = ps.create_program(ProgramDraft(title="Pocket parks"))
    ps.log_progress(bikes.key, "Kick-off", entry_date=PartialDate(2026, 11, 10))
    ps.log_progress(bikes.key, "Survey sent", entry_date=PartialDate(2026, 11, 27))
    ps.log_progress(parks.key, "Site visit", entry_date=PartialDate(2026, 12, 1))


def _since_titles(view: Any) -> list[str]:
    return [view.since_model.index(r, 2).data() for r in range(view.since_model.rowCount())]


def test_dashboard_shows_progress_since_the_last_meeting(qtbot: Any, window: Any) -> None:
    _dashboard_progress(window.db)
    view = window.dashboard_view
    view.ctx.tasks._today = lambda: TODAY
    view.since_date.setDate(view._default_since())  # seven days before "today"
    window.show_view("dashboard")
    qtbot.waitUntil(lambda: view.since_model.rowCount() == 2)
    assert view.since() == dt.date(2026, 11, 25)
    assert "Site visit" in _since_titles(view) and "Kick-off" not in _since_titles(view)
    assert view.since_box.title() == "Since the last meeting: 2 entries on 2 programs"
    view.since_date.setDate(view.since_date.date().addDays(-30))  # an earlier meeting
    qtbot.waitUntil(lambda: view.since_model.rowCount() == 3)


def test_the_meeting_date_is_remembered(qtbot: Any, seeded_db: Any, prompts: Any) -> None:
    from app.ui.main_window import MainWindow

    first = MainWindow(seeded_db, prompts=prompts)
    qtbot.addWidget(first)
    first.dashboard_view.since_date.setDate(
        first.dashboard_view.since_date.date().fromString("2026-10-05", "yyyy-MM-dd")
    )
    first.close()
    again = MainWindow(seeded_db, prompts=prompts)
    qtbot.addWidget(again)
    assert again.dashboard_view.since() == dt.date(2026, 10, 5)
    again.close()
