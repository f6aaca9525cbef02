"""People in the main window: the My tasks pane (View > My tasks) with its person selector."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from app.ui.actions import ActionHost
from app.ui.views.my_tasks_view import MyTasksView

VIEW_NAME = "my-tasks"


class PeopleActions(QObject):
    def __init__(self, host: ActionHost) -> None:
        window = host.window_widget
        super().__init__(window)
        self.ctx = host.context
        self.view = MyTasksView(self.ctx)
        host.add_view(VIEW_NAME, self.tr("My tasks"), self.view)
        self.my_tasks_action = QAction(self.tr("&My tasks"), window)
        self.my_tasks_action.setShortcut(QKeySequence("Ctrl+Shift+M"))
        self.my_tasks_action.triggered.connect(self.show_my_tasks)
        host.menu("view").addAction(self.my_tasks_action)

    def show_my_tasks(self) -> None:
        self.ctx.shell.show_view(VIEW_NAME)

    def show_person(self, name: str) -> None:
        """Any person's tasks (a name or local name): `gui --view person:NAME`."""
        self.view.show_person(name)
        self.ctx.shell.show_view(VIEW_NAME)


def install(host: ActionHost) -> PeopleActions:
    return PeopleActions(host)
