"""Dialogs: Log progress (Ctrl+L from anywhere) and an indicator value."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain import model as d
from app.domain import rules
from app.domain.dates import PartialDate
from app.domain.enums import Status, ValueKind
from app.domain.errors import ValidationError
from app.services.programs import ProgramService
from app.ui import texts
from app.ui.commands import LogProgressCommand, ProgressInput
from app.ui.widgets import PartialDateEdit

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow


class LogProgressDialog(QDialog):
    """Find the program by typing, optionally pick a task, say what happened; saved at once on OK."""

    def __init__(self, main: MainWindow, program_key: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent or main)
        self.main = main
        self.service = ProgramService(main.db)
        self.setWindowTitle(self.tr("Log progress"))
        self.setMinimumWidth(560)
        self.program_key: str | None = None
        self.find = QLineEdit(self)
        self.find.setPlaceholderText(self.tr("Type part of the program's title, key or place"))
        self.results = QListWidget(self)
        self.results.setMaximumHeight(130)
        self.chosen = QLabel(self)
        self.chosen.setStyleSheet("font-weight: 600;")
        self.task = QComboBox(self)
        self.date = PartialDateEdit(self)
        self.date.set_value(PartialDate.of_date(dt.date.today()))
        self.what = QLineEdit(self)
        self.what.setPlaceholderText(self.tr("e.g. Residents' meeting held; 40 people came"))
        self.note = QPlainTextEdit(self)
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(100)
        self.percent = QLineEdit(self)
        self.percent.setPlaceholderText(self.tr("leave empty to keep it"))
        self.status = QComboBox(self)
        self.status.addItem(self.tr("(unchanged)"), None)
        for st in Status:
            self.status.addItem(texts.status_icon(st), texts.status_label(st), st.value)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #A50E0E;")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("&Program"), self.find)
        form.addRow("", self.results)
        form.addRow("", self.chosen)
        form.addRow(self.tr("T&ask"), self.task)
        form.addRow(self.tr("&Date"), self.date)
        form.addRow(self.tr("&What happened"), self.what)
        form.addRow(self.tr("&Note"), self.note)
        form.addRow(self.tr("New &percent"), self.percent)
        form.addRow(self.tr("New &status"), self.status)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(120)
        self._timer.timeout.connect(self.search)
        self.find.textEdited.connect(self._timer.start)
        self.results.currentItemChanged.connect(self._result_chosen)
        self.find.returnPressed.connect(self._take_first)
        if program_key and self.choose(program_key):
            self.what.setFocus()
        else:
            self.find.setFocus()

    def search(self) -> None:
        self._timer.stop()
        self.results.clear()
        # Progress is logged on the office's own programs; the case library stays as its sources say.
        page = self.service.list_programs(
            d.ProgramFilter(text=self.find.text(), is_case=False), limit=20, with_total=False
        )
        for row in page.rows:
            item = QListWidgetItem(texts.status_icon(row.status), f"{row.title}  [{row.key}]")
            item.setData(Qt.ItemDataRole.UserRole, row.key)
            self.results.addItem(item)

    def _take_first(self) -> None:
        self.search()
        if self.results.count():
            self.results.setCurrentRow(0)
            self.what.setFocus()

    def _result_chosen(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.choose(str(item.data(Qt.ItemDataRole.UserRole)))

    def choose(self, key: str) -> bool:
        """Pick the program to log on; a case-library program is not offered (returns False)."""
        program = self.service.get_program(key)
        if program.is_case:
            return False
        self.program_key = program.key
        self.chosen.setText(f"{program.title} [{program.key}]")
        self.task.clear()
        self.task.addItem(self.tr("(the whole program)"), None)
        depth: dict[int, int] = {}
        for t in program.tasks:
            depth[t.id] = depth.get(t.parent_id, -1) + 1 if t.parent_id is not None else 0
            self.task.addItem("    " * depth[t.id] + t.title, t.id)
        return True

    def collect(self) -> ProgressInput:
        """What was entered, checked; raises ValidationError with the field that is wrong."""
        if self.program_key is None:
            raise ValidationError(self.tr("Choose the program first: type part of its title above"), "program")
        what = self.what.text().strip()
        note = self.note.toPlainText().strip() or None
        if not what and not note:
            raise ValidationError(self.tr("Say what happened"), "title")
        percent_text = self.percent.text().strip().rstrip("%")
        percent: float | None = None
        if percent_text:
            try:
                percent = float(percent_text)
            except ValueError:
                raise ValidationError(self.tr("'%1' is not a number").replace("%1", percent_text), "percent") from None
            rules.check_percent(percent)
        status = self.status.currentData()
        return ProgressInput(
            program_key=self.program_key,
            title=what,
            entry_date=self.date.value(),
            note=note,
            task_id=self.task.currentData(),
            percent_complete=percent,
            status=Status(status) if status else None,
        )

    def save(self) -> None:
        try:
            data = self.collect()
        except ValidationError as exc:
            self.show_error(str(exc))
            return
        error = self.main.execute(LogProgressCommand(self.main.command_context(), data))
        if error is not None:
            self.show_error(str(error))
            return
        self.main.show_status(self.tr("Progress logged on %1").replace("%1", data.program_key))
        self.accept()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()


class IndicatorValueDialog(QDialog):
    """A value of an indicator for a period (year, month or day), actual or planned."""

    def __init__(self, indicator: d.Indicator, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.indicator = indicator
        self.setWindowTitle(self.tr("Value of %1").replace("%1", indicator.name))
        self.period = PartialDateEdit(self)
        self.period.set_value(PartialDate(dt.date.today().year))
        self.value = QLineEdit(self)
        self.value.setPlaceholderText(indicator.unit or "")
        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("Actual"), ValueKind.ACTUAL.value)
        self.kind.addItem(self.tr("Target"), ValueKind.TARGET.value)
        self.kind.addItem(self.tr("Plan"), ValueKind.PLAN.value)
        self.note = QLineEdit(self)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #A50E0E;")
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Period"), self.period)
        form.addRow(self.tr("&Value"), self.value)
        form.addRow(self.tr("&Kind"), self.kind)
        form.addRow(self.tr("&Note"), self.note)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def collect(self) -> tuple[PartialDate, float, ValueKind, str | None]:
        period = self.period.value()
        if period is None:
            raise ValidationError(self.tr("Choose the period the value is for"), "period")
        text = self.value.text().strip().replace(",", "")
        try:
            number = float(text)
        except ValueError:
            raise ValidationError(self.tr("'%1' is not a number").replace("%1", text), "value") from None
        return period, number, ValueKind(self.kind.currentData()), self.note.text().strip() or None

    def _check(self) -> None:
        try:
            self.collect()
        except ValidationError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        self.accept()


__all__ = ["IndicatorValueDialog", "LogProgressDialog"]
