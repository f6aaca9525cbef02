"""People in the main window: the My tasks pane (View > My tasks) with its person selector, and Tools > People…"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from app.ui.actions import ActionHost
from app.ui.views.my_tasks_view import MyTasksView
from app.ui.widgets import open_dialog

if TYPE_CHECKING:  # the dialog loads when it is first opened
    from app.ui.people_dialog import PeopleDialog

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
        self.window = window
        self.host = host
        self.dialog: PeopleDialog | None = None
        self.people_action = QAction(self.tr("P&eople…"), window)
        self.people_action.setObjectName("actionPeople")
        self.people_action.setStatusTip(
            self.tr("The office's people: local names, departments, contact details, their tasks; anonymise on request")
        )
        self.people_action.triggered.connect(self.show_people)
        host.menu("tools").addAction(self.people_action)

    def show_people(self) -> PeopleDialog:
        if self.dialog is not None:
            self.dialog.raise_()
            self.dialog.activateWindow()
            return self.dialog
        from app.ui.people_dialog import PeopleDialog

        dialog = PeopleDialog(self.ctx, self.show_person, read_only=self.host.read_only, parent=self.window)
        self.dialog = dialog
        dialog.finished.connect(self._forget_dialog)
        open_dialog(dialog)
        return dialog

    def _forget_dialog(self, _result: int) -> None:
        self.dialog = None

    def show_my_tasks(self) -> None:
        self.ctx.shell.show_view(VIEW_NAME)

    def show_person(self, name: str) -> None:
        """Any person's tasks (a name or local name): `gui --view person:NAME`."""
        self.view.show_person(name)
        self.ctx.shell.show_view(VIEW_NAME)


def install(host: ActionHost) -> PeopleActions:
    return PeopleActions(host)
