"""My tasks: one person's open tasks across programs, grouped overdue / this week / later, with Log progress."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QModelIndex, QSettings
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHBoxLayout, QLabel, QPushButton, QTreeView, QVBoxLayout

from app import config
from app.domain.rules import name_key
from app.domain.saved_filters import Value
from app.services.tasks import TaskFilter, TaskRow
from app.ui import style
from app.ui.context import AppContext
from app.ui.models.my_tasks import COL_TASK, MyTasksModel
from app.ui.views.base import View


class MyTasksView(View):
    """The signed-in user's tasks by default (the person whose name is the user's name); any person's by
    the selector. Enter or a double-click on a task, or the button, logs progress on it."""

    name = "my-tasks"

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.model = MyTasksModel(self)
        self.person = QComboBox(self)
        self.person.setAccessibleName(self.tr("Whose tasks"))
        self.person.setMinimumWidth(220)
        self.person.currentIndexChanged.connect(self._person_changed)
        self.tree = QTreeView(self)
        self.tree.setModel(self.model)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.activated.connect(self._activated)
        self.tree.doubleClicked.connect(self._activated)
        self.log_button = QPushButton(self.tr("&Log progress…"), self)
        self.log_button.clicked.connect(self.log_progress)
        self.tree.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        heading = QLabel(self.tr("My tasks"), self)
        heading.setStyleSheet(style.HEADING)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(QLabel(self.tr("Person"), self))
        top.addWidget(self.person)
        top.addWidget(self.log_button)
        self.filter_bar = top  # a saved-filter picker joins the selector (app/ui/saved_filter_actions.py)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty)
        self._wanted: str | None = None  # a person asked for by name (person:NAME), until the list has them
        self._update_buttons()

    # -- people --------------------------------------------------------------------------------
    def show_person(self, name: str) -> None:
        """Show ``name``'s tasks (a name or local name)."""
        self._wanted = name
        self.refresh_now()

    def current_person(self) -> str | None:
        data = self.person.currentData()
        return str(data) if data else None

    def _fill_people(self) -> None:
        keep = self._wanted or self.current_person() or config.current_user()
        self.person.blockSignals(True)
        self.person.clear()
        for p in self.ctx.people.list_people():
            label = p.name + (f" ({p.name_local})" if p.name_local else "")
            self.person.addItem(f"{label} · {p.open_tasks}", p.name)
            if keep and name_key(keep) in {name_key(p.name), name_key(p.name_local or "")}:
                self.person.setCurrentIndex(self.person.count() - 1)
        self.person.blockSignals(False)
        self._wanted = None

    def _person_changed(self) -> None:
        self._load_tasks()

    # -- tasks ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        self._fill_people()
        self._load_tasks()

    def _load_tasks(self) -> None:
        who = self.current_person()
        rows = self.ctx.tasks.list_tasks(TaskFilter(owner=who, open_only=True)) if who else []
        self.model.set_rows(rows, self.ctx.tasks.today())
        self.tree.expandAll()
        for col, width in enumerate((360, 260, 100, 110)):
            self.tree.setColumnWidth(col, width)
        if who is None:
            self.empty.setText(self.tr("Nobody owns a task yet: type an owner in a program's task tree."))
        elif not rows:
            self.empty.setText(self.tr("No open tasks."))
        else:
            self.empty.setText("")
        self.empty.setVisible(bool(self.empty.text()))
        self._update_buttons()

    def selected_task(self) -> TaskRow | None:
        return self.model.row_at(self.tree.currentIndex().siblingAtColumn(COL_TASK))

    def _update_buttons(self) -> None:
        self.log_button.setEnabled(self.selected_task() is not None)

    def _activated(self, index: QModelIndex) -> None:
        if self.model.row_at(index) is not None:
            self.tree.setCurrentIndex(index)
            self.log_progress()

    def log_progress(self) -> None:
        """Log progress on the selected task (its program and task chosen in the dialog)."""
        row = self.selected_task()
        if row is None:
            return
        from app.ui.dialogs import LogProgressDialog

        self.ctx.shell.open_dialog(LogProgressDialog(self.ctx, row.program_key, parent=self, task_id=row.task.id))

    # -- saved filters: whose tasks ------------------------------------------------------------
    def filter_values(self) -> dict[str, Value]:
        return {"person": self.current_person()}

    def apply_filter_values(self, values: Mapping[str, Value]) -> None:
        person = values.get("person")
        if isinstance(person, str) and person:
            self.show_person(person)

    def set_read_only(self, flag: bool) -> None:
        self.log_button.setVisible(not flag)

    def save_state(self, settings: QSettings) -> None:
        settings.setValue("my_tasks/header", self.tree.header().saveState())

    def restore_state(self, settings: QSettings) -> None:
        state = settings.value("my_tasks/header")
        if state is not None:
            self.tree.header().restoreState(state)
