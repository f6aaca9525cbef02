"""Reminders in the main window: at start and once a day while it is open, the user's tasks overdue and due soon.

"The user" is the name in Preferences (else the login name), matched to a person or an owner as typed the
way My tasks matches it (`TaskService.list_tasks`, one home). How far ahead a reminder looks is the
Preferences' "Remind me of tasks due within" (7 days unless changed). The reminder goes to the system tray
where there is one, else to the window's banner with a button that opens My tasks.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QSystemTrayIcon

from app import config
from app.services.tasks import TaskFilter, TaskRow
from app.ui.actions import ActionHost
from app.ui.workers import BackgroundTask

CHECK_INTERVAL_MS = 60 * 60 * 1000  # hourly: a window left open over night reminds on the new day
START_DELAY_MS = 2000  # the window paints and settles first
NAMED_TASKS = 3  # how many task titles the message names


class Reminders(QObject):
    """Checks at start and every hour; notifies at most once per (clock) day, and never of nothing.

    ``clock`` gives the current time (tests pass a fake one); ``tray_available`` says whether the desktop
    has a system tray (Qt's answer unless a test says otherwise)."""

    notified = Signal(str, str)  # where ("tray" or "banner"), the text shown

    def __init__(
        self,
        host: ActionHost,
        open_my_tasks: Callable[[], None],
        clock: Callable[[], dt.datetime] = dt.datetime.now,
        tray_available: Callable[[], bool] = QSystemTrayIcon.isSystemTrayAvailable,
        start_delay_ms: int = START_DELAY_MS,
    ) -> None:
        window = host.window_widget
        super().__init__(window)
        self.window = window
        self.ctx = host.context
        self.clock = clock
        self.open_my_tasks = open_my_tasks
        self._tray_available = tray_available
        self.tray: QSystemTrayIcon | None = None
        self.notified_on: dt.date | None = None  # the day the last reminder was shown
        self._checking = False
        self._calls: list[BackgroundTask] = []
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        self._first = QTimer(self)
        self._first.setSingleShot(True)
        self._first.timeout.connect(self.check)
        self._first.start(start_delay_ms)

    def check(self) -> None:
        """Read the user's tasks due (on a worker) unless today's reminder was already shown."""
        today = self.clock().date()
        if self.notified_on == today or self._checking:
            return
        self._checking = True
        who = config.current_user()
        days = config.load_preferences().remind_days
        tasks = self.ctx.tasks
        self._calls = [c for c in self._calls if not c.finished]
        self._calls.append(
            self.ctx.runner.run(
                lambda: tasks.list_tasks(TaskFilter(owner=who, due_within=days), today=today),
                lambda rows: self._checked(today, days, rows),
                self._failed,
                owner=self,
            )
        )

    def _failed(self, _message: str) -> None:
        self._checking = False  # the next hourly check tries again

    def _checked(self, today: dt.date, days: int, rows: list[TaskRow]) -> None:
        self._checking = False
        if not rows or self.notified_on == today:
            return  # nothing due: no reminder (a task due later today is found by the next check)
        self.notified_on = today
        self.notify(self.text(days, rows))

    def text(self, days: int, rows: list[TaskRow]) -> str:
        overdue = sum(1 for r in rows if r.overdue)
        summary = (
            self.tr("Your tasks: %1 overdue, %2 due within %3 days.")
            .replace("%1", str(overdue))
            .replace("%2", str(len(rows) - overdue))
            .replace("%3", str(days))
        )
        named = ", ".join(f"{r.task.title} ({r.program_key})" for r in rows[:NAMED_TASKS])
        more = len(rows) - NAMED_TASKS
        if more > 0:
            named += " " + self.tr("and %1 more").replace("%1", str(more))
        return f"{summary} {named}"

    def notify(self, text: str) -> None:
        title = self.tr("Civic Tracker: tasks due")
        if self._tray_available():
            tray = self._tray()
            tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 15000)
            self.notified.emit("tray", text)
        else:
            self.ctx.shell.show_banner(text, "info", (self.tr("Open My tasks"), self.open_my_tasks))
            self.notified.emit("banner", text)

    def _tray(self) -> QSystemTrayIcon:
        if self.tray is None:
            self.tray = QSystemTrayIcon(self.window.windowIcon(), self)
            self.tray.setToolTip(self.tr("Civic Tracker"))
            self.tray.messageClicked.connect(self._message_clicked)
            self.tray.show()
        return self.tray

    def _message_clicked(self) -> None:
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()
        self.open_my_tasks()

    def stop(self) -> None:
        self.timer.stop()
        self._first.stop()
        if self.tray is not None:
            self.tray.hide()


def install(host: ActionHost, open_my_tasks: Callable[[], None]) -> Reminders:
    return Reminders(host, open_my_tasks)
