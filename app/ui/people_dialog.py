"""Tools > People…: the office's people with their department and open tasks; a person's local name, department
and contact details filled in, their tasks shown, or their name anonymised on request. Each change is saved at
once, in its own transaction (PeopleService)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain import model as d
from app.domain.errors import CivicError
from app.ui import style, texts
from app.ui.context import AppContext


class PeopleDialog(QDialog):
    """``show_tasks(name)`` opens a person's tasks in the window (View > My tasks with that person chosen)."""

    COLUMNS = 5

    def __init__(
        self,
        ctx: AppContext,
        show_tasks: Callable[[str], None],
        read_only: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.read_only = read_only
        self.show_tasks = show_tasks
        self.people: list[d.Person] = []
        self.setWindowTitle(self.tr("People"))
        self.setObjectName("peopleDialog")
        self.resize(820, 520)
        self.table = QTableWidget(0, self.COLUMNS, self)
        self.table.setObjectName("peopleTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Local name"), self.tr("Department"), self.tr("Contact"), self.tr("Open tasks")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selected)
        self.table.itemActivated.connect(lambda _item: self._show_tasks())
        self.empty = QLabel(
            self.tr("No people yet: owners typed in the task tree or read from a workbook appear here."), self
        )
        self.empty.setStyleSheet(style.EMPTY_HINT)
        self.empty.setWordWrap(True)

        self.local = QLineEdit(self)
        self.local.setObjectName("personLocalName")
        self.local.setPlaceholderText(self.tr("e.g. 김민지 or 李娜"))
        self.department = QLineEdit(self)
        self.department.setObjectName("personDepartment")
        self.department.setPlaceholderText(self.tr("An organization's name or key"))
        self.contact = QLineEdit(self)
        self.contact.setObjectName("personContact")
        self.contact.setPlaceholderText(self.tr("Optional: phone or e-mail"))
        form = QFormLayout()
        form.addRow(self.tr("&Local name:"), self.local)
        form.addRow(self.tr("&Department:"), self.department)
        form.addRow(self.tr("&Contact:"), self.contact)

        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setObjectName("savePerson")
        self.save_button.clicked.connect(self.save)
        self.tasks_button = QPushButton(self.tr("Show &tasks"), self)
        self.tasks_button.setObjectName("showPersonTasks")
        self.tasks_button.clicked.connect(self._show_tasks)
        self.anonymise_button = QPushButton(self.tr("&Anonymise…"), self)
        self.anonymise_button.setObjectName("anonymisePerson")
        self.anonymise_button.setToolTip(
            self.tr("Replace this person's name in tasks, progress and history, on their request (cannot be undone)")
        )
        self.anonymise_button.clicked.connect(self.anonymise)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.tasks_button)
        row.addStretch(1)
        row.addWidget(self.anonymise_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addWidget(close)
        self.reload()

    # -- reading ---------------------------------------------------------------------------------
    def reload(self, keep: str | None = None) -> None:
        self.people = self.ctx.people.list_people()
        self.table.setRowCount(len(self.people))
        for r, person in enumerate(self.people):
            cells = [
                person.name,
                person.name_local or "",
                person.department or "",
                person.contact or "",
                f"{person.open_tasks:,}",
            ]
            for c, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if c == 4:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        self.table.setVisible(bool(self.people))
        self.empty.setVisible(not self.people)
        names = [p.name for p in self.people]
        self.table.selectRow(names.index(keep) if keep in names else 0)
        self._selected()

    def selected(self) -> d.Person | None:
        rows = self.table.selectionModel().selectedRows()
        return self.people[rows[0].row()] if rows and rows[0].row() < len(self.people) else None

    def _selected(self) -> None:
        person = self.selected()
        editable = person is not None and not person.anonymised and not self.read_only
        for field, value in (
            (self.local, person.name_local if person else ""),
            (self.department, person.department if person else ""),
            (self.contact, person.contact if person else ""),
        ):
            field.setText(value or "")
            field.setEnabled(editable)
        self.save_button.setEnabled(editable)
        self.anonymise_button.setEnabled(editable)
        self.tasks_button.setEnabled(person is not None)

    # -- changing --------------------------------------------------------------------------------
    def save(self) -> bool:
        person = self.selected()
        if person is None:
            return False
        try:
            saved = self.ctx.people.save_person(
                person.name,
                name_local=self.local.text(),
                department=self.department.text().strip() or None,
                contact=self.contact.text(),
            )
        except CivicError as exc:
            self.ctx.prompts.error(self.tr("Could not save the person"), texts.message_text(exc))
            return False
        self.ctx.notify_data_changed()
        self.ctx.shell.show_status(self.tr("%1 saved").replace("%1", saved.name))
        self.reload(keep=saved.name)
        return True

    def anonymise(self) -> bool:
        person = self.selected()
        if person is None:
            return False
        if not self.ctx.prompts.confirm(
            self.tr("Anonymise %1?").replace("%1", person.name),
            self.tr(
                "%1's name is replaced in their tasks, the progress they wrote and the history of both, and their "
                "local name and contact details are removed. This cannot be undone."
            ).replace("%1", person.name),
        ):
            return False
        try:
            done = self.ctx.people.anonymise(person.name)
        except CivicError as exc:
            self.ctx.prompts.error(self.tr("Could not anonymise the person"), texts.message_text(exc))
            return False
        self.ctx.notify_data_changed()
        self.ctx.shell.show_status(self.tr("Anonymised: now %1").replace("%1", done.name))
        self.reload(keep=done.name)
        return True

    def _show_tasks(self) -> None:
        person = self.selected()
        if person is not None:
            self.show_tasks(person.name)
