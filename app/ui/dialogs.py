"""Dialogs: Log progress (Ctrl+L from anywhere) and editing a progress entry, an indicator's definition and an
indicator value."""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
from typing import Any

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
from app.domain.budget import unit_stored
from app.domain.dates import PartialDate
from app.domain.enums import Direction, Status, ValueKind, direction_message
from app.domain.errors import ValidationError
from app.ui import style, texts
from app.ui.attachments import AttachmentList
from app.ui.commands import (
    AddIndicatorCommand,
    EditIndicatorCommand,
    EditProgressCommand,
    LogProgressCommand,
    ProgressInput,
    ServiceCommand,
)
from app.ui.context import AppContext
from app.ui.widgets import PartialDateEdit


class LogProgressDialog(QDialog):
    """Find the program by typing, optionally pick a task, say what happened; saved at once on OK."""

    def __init__(
        self,
        ctx: AppContext,
        program_key: str | None = None,
        parent: QWidget | None = None,
        task_id: int | None = None,
        entry: d.ProgressEntry | None = None,
    ) -> None:
        """``entry``: edit that progress entry (its program fixed) instead of logging a new one."""
        super().__init__(parent)
        self.ctx = ctx
        self.service = ctx.programs
        self.entry = entry
        self.setWindowTitle(self.tr("Log progress") if entry is None else self.tr("Edit progress entry"))
        self.setMinimumWidth(560)
        self.program_key: str | None = None
        self._task_status: dict[int, Status | None] = {}
        self.find = QLineEdit(self)
        self.find.setPlaceholderText(self.tr("Type part of the program's title, key or place"))
        self.results = QListWidget(self)
        self.results.setMaximumHeight(130)
        self.chosen = QLabel(self)
        self.chosen.setStyleSheet(style.EMPHASIS)
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
        self.attachments = AttachmentList(ctx, entry, self)
        self.error = QLabel(self)
        self.error.setStyleSheet(style.ERROR)
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        self.form = form = QFormLayout()
        form.addRow(self.tr("&Program"), self.find)
        form.addRow("", self.results)
        form.addRow("", self.chosen)
        form.addRow(self.tr("T&ask"), self.task)
        form.addRow(self.tr("&Date"), self.date)
        form.addRow(self.tr("&What happened"), self.what)
        form.addRow(self.tr("&Note"), self.note)
        # Named after what they change: with a task chosen they move the task, not the program.
        self.percent_caption = QLabel(self)
        self.percent_caption.setBuddy(self.percent)
        self.status_caption = QLabel(self)
        self.status_caption.setBuddy(self.status)
        form.addRow(self.percent_caption, self.percent)
        form.addRow(self.status_caption, self.status)
        form.addRow(self.tr("&Files"), self.attachments)
        self.task.currentIndexChanged.connect(self._name_what_changes)
        self._name_what_changes()
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
        if entry is not None:
            program_key, task_id = entry.program_key, entry.task_id
        if program_key and self.choose(program_key):
            if task_id is not None and self.task.findData(task_id) >= 0:
                self.task.setCurrentIndex(self.task.findData(task_id))
            self.what.setFocus()
        else:
            self.find.setFocus()
        if entry is not None:
            self._show_entry(entry)

    def _show_entry(self, entry: d.ProgressEntry) -> None:
        """The entry as it is; the program stays the one it was logged on."""
        self.form.setRowVisible(self.find, False)
        self.form.setRowVisible(self.results, False)
        row, _role = self.form.getWidgetPosition(self.chosen)
        if self.form.itemAt(row, QFormLayout.ItemRole.LabelRole) is None:
            self.form.setWidget(row, QFormLayout.ItemRole.LabelRole, QLabel(self.tr("Program"), self))
        self.date.set_value(entry.entry_date)
        self.what.setText(entry.title)
        self.what.setCursorPosition(0)
        self.note.setPlainText(entry.note or "")
        self.percent.setText(f"{entry.percent_complete:g}" if entry.percent_complete is not None else "")
        self.percent.setPlaceholderText(self.tr("no percent"))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save changes"))

    def _name_what_changes(self) -> None:
        if self.task.currentData() is not None:
            self.percent_caption.setText(self.tr("New &percent of the task"))
            self.status_caption.setText(self.tr("New &status of the task"))
        else:
            self.percent_caption.setText(self.tr("New &percent of the program"))
            self.status_caption.setText(self.tr("New &status of the program"))
        for caption, field in ((self.percent_caption, self.percent), (self.status_caption, self.status)):
            field.setAccessibleName(texts.plain_label(caption.text()))

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
        self._task_status = {t.id: t.status for t in program.tasks}
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
            attachments=self.attachments.pending(),
        )

    def save(self) -> None:
        try:
            data = self.collect()
        except ValidationError as exc:
            self.show_error(texts.message_text(exc))
            return
        if self.entry is not None:
            self._save_changes(self.entry, data)
            return
        data = self._ask_before_completing(data)
        error = self.ctx.execute(LogProgressCommand(self.ctx.command_context(), data))
        if error is not None:
            self.show_error(texts.message_text(error))
            return
        self.ctx.shell.show_status(self.tr("Progress logged on %1").replace("%1", data.program_key))
        self.accept()

    def _save_changes(self, entry: d.ProgressEntry, data: ProgressInput) -> None:
        """Save what changed in the entry (one undoable command); nothing changed, nothing saved."""
        changes: dict[str, Any] = {}
        wanted = {
            "entry_date": data.entry_date,
            "title": data.title or entry.title,
            "note": data.note,
            "task_id": data.task_id,
            "percent_complete": data.percent_complete,
        }
        for name, value in wanted.items():
            if value != getattr(entry, name):
                changes[name] = value
        if {"task_id", "percent_complete"} & set(changes):
            data = self._ask_before_completing(data)
        if not changes and data.status is None:
            self.accept()
            return
        error = self.ctx.execute(EditProgressCommand(self.ctx.command_context(), entry, changes, data.status))
        if error is not None:
            self.show_error(texts.message_text(error))
            return
        self.ctx.shell.show_status(self.tr("Progress entry “%1” saved").replace("%1", wanted["title"]))
        self.accept()

    def _ask_before_completing(self, data: ProgressInput) -> ProgressInput:
        """100% on a task completes it (rules.status_after_progress): ask first, unless a status was chosen."""
        if data.task_id is None or data.status is not None:
            return data
        current = self._task_status.get(data.task_id)
        if rules.status_after_progress(current, data.percent_complete) is not Status.COMPLETED:
            return data
        if self.ctx.prompts.confirm(
            self.tr("Log progress"),
            self.tr("The task reaches 100%. Mark it as completed?"),
        ):
            return dataclasses.replace(data, status=Status.COMPLETED)
        kept = rules.status_after_progress(current, data.percent_complete, complete=False) or current
        return dataclasses.replace(data, status=kept)

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
        self.value.setPlaceholderText(texts.unit_text(indicator.unit))
        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("Actual"), ValueKind.ACTUAL.value)
        self.kind.addItem(self.tr("Target"), ValueKind.TARGET.value)
        self.kind.addItem(self.tr("Plan"), ValueKind.PLAN.value)
        self.note = QLineEdit(self)
        self.error = QLabel(self)
        self.error.setStyleSheet(style.ERROR)
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
            self.error.setText(texts.message_text(exc))
            self.error.show()
            return
        self.accept()


class IndicatorDialog(QDialog):
    """Define a new indicator or change one: name, unit, which way is better, baseline, target, description.

    Saved through an undoable command when OK is pressed; anything wrong is said beside its field in red
    and the dialog stays open, so nothing invalid is saved.
    """

    def __init__(
        self, ctx: AppContext, program_key: str, indicator: d.Indicator | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.program_key = program_key
        self.indicator = indicator
        self.indicator_id: int | None = indicator.id if indicator else None
        self.saved = False  # True once a change went through (OK with nothing changed saves nothing)
        self.setWindowTitle(
            self.tr("New indicator") if indicator is None else self.tr("Indicator %1").replace("%1", indicator.name)
        )
        self.setMinimumWidth(560)
        self.errors: dict[str, QLabel] = {}
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        # Built in the order of the form, so Tab walks down it.
        self.name = QLineEdit(self)
        self.name.setMaxLength(300)
        self.name.setPlaceholderText(self.tr("e.g. Households reached"))
        self._row("name", self.tr("&Name"), self.name)
        self.key = QLineEdit(self)
        self.key.setMaxLength(64)
        if indicator is None:
            self.key.setPlaceholderText(self.tr("optional: made from the program key and the name"))
        else:
            self.key.setText(indicator.key)
            self.key.setReadOnly(True)
            self.key.setStyleSheet(style.READ_ONLY_FIELD)
            self.key.setToolTip(self.tr("The key names the indicator in workbooks; it stays as it is"))
        self._row("key", self.tr("&Key"), self.key)
        self.unit = QLineEdit(self)
        self.unit.setMaxLength(100)
        self.unit.setPlaceholderText(self.tr("e.g. households, %, tonnes"))
        self._row("unit", self.tr("&Unit"), self.unit)
        self.direction = QComboBox(self)
        for direction in Direction:  # named as History names a recorded direction
            self.direction.addItem(texts.message_text(direction_message(direction)), direction.value)
        self._row("direction", self.tr("&Direction"), self.direction)
        self.baseline = QLineEdit(self)
        self.baseline.setPlaceholderText(self.tr("a number, or leave empty"))
        self._row("baseline_value", self.tr("&Baseline"), self.baseline)
        self.baseline_period = PartialDateEdit(self)
        self.baseline_period.set_value(None)
        self._row("baseline_period", self.tr("Baseline &period"), self.baseline_period)
        self.target = QLineEdit(self)
        self.target.setPlaceholderText(self.tr("a number, or leave empty"))
        self._row("target_value", self.tr("&Target"), self.target)
        self.target_date = PartialDateEdit(self)
        self.target_date.set_value(None)
        self._row("target_date", self.tr("Target d&ate"), self.target_date)
        self.description = QPlainTextEdit(self)
        self.description.setTabChangesFocus(True)
        self.description.setMaximumHeight(90)
        self.description.setPlaceholderText(self.tr("How it is measured, where the figures come from"))
        self._row("description", self.tr("D&escription"), self.description)

        self.error = QLabel(self)
        self.error.setObjectName("error")
        self.error.setStyleSheet(style.ERROR)
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        if indicator is not None:
            self._show(indicator)
        self.name.setFocus()

    def _row(self, name: str, label: str, editor: QWidget) -> None:
        error = QLabel(self)
        error.setObjectName(f"error_{name}")
        error.setStyleSheet(style.ERROR)
        error.setWordWrap(True)
        error.hide()
        box = QWidget(self)
        inner = QVBoxLayout(box)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(2)
        inner.addWidget(editor)
        inner.addWidget(error)
        caption = QLabel(label, self)
        caption.setBuddy(editor)
        editor.setAccessibleName(texts.plain_label(label))
        self.form.addRow(caption, box)
        self.errors[name] = error

    def _show(self, ind: d.Indicator) -> None:
        self.name.setText(ind.name)
        self.name.setCursorPosition(0)
        self.unit.setText(texts.unit_text(ind.unit))  # read back as stored (budget.unit_stored)
        self.direction.setCurrentIndex(max(0, self.direction.findData(ind.direction.value)))
        self.baseline.setText(_number_text(ind.baseline_value))
        self.baseline_period.set_value(ind.baseline_period)
        self.target.setText(_number_text(ind.target_value))
        self.target_date.set_value(ind.target_date)
        self.description.setPlainText(ind.description or "")

    def field_error(self, name: str) -> str:
        """The message shown beside a field ('' when none): what a user sees."""
        label = self.errors[name]
        return label.text() if not label.isHidden() else ""

    def _number(self, name: str, edit: QLineEdit, problems: dict[str, str]) -> float | None:
        text = edit.text().strip()
        if not text:
            return None
        try:
            number = float(text.replace(",", ""))
        except ValueError:
            number = math.nan
        if not math.isfinite(number):
            problems[name] = self.tr("'%1' is not a number").replace("%1", text)
            return None
        return number

    def collect(self) -> tuple[dict[str, Any], str | None]:
        """The fields as entered and the key (new indicators only).

        Every problem is shown beside its field; then a ValidationError names the first one.
        """
        problems: dict[str, str] = {}
        name = self.name.text().strip()
        if not name:
            problems["name"] = self.tr("An indicator needs a name")
        key: str | None = None
        if self.indicator is None and self.key.text().strip():
            try:
                key = rules.check_key(self.key.text(), self.tr("Indicator key"))
            except ValidationError as exc:
                problems["key"] = texts.message_text(exc)
        fields: dict[str, Any] = {
            "name": name,
            "unit": unit_stored(self.unit.text()),  # as kept: 백만원 shown is KRW million, no change
            "direction": Direction(self.direction.currentData()),
            "description": self.description.toPlainText().strip() or None,
            "baseline_value": self._number("baseline_value", self.baseline, problems),
            "baseline_period": self.baseline_period.value(),
            "target_value": self._number("target_value", self.target, problems),
            "target_date": self.target_date.value(),
        }
        for field_name, label in self.errors.items():
            if field_name in problems:
                label.setText(problems[field_name])
                label.show()
            else:
                label.hide()
                label.clear()
        if problems:
            first = next(iter(problems))
            raise ValidationError(problems[first], first)
        return fields, key

    def save(self) -> None:
        self.error.hide()
        try:
            fields, key = self.collect()
        except ValidationError as exc:
            self._focus(exc.field)
            return
        cmd: ServiceCommand
        if self.indicator is None:
            cmd = AddIndicatorCommand(self.ctx.command_context(), self.program_key, fields, key)
        else:
            before = {name: getattr(self.indicator, name) for name in fields}
            # A unit kept as 백만원 before units were kept in one form is the KRW million the field reads back.
            kept = {**before, "unit": unit_stored(before["unit"])}
            changes = {name: value for name, value in fields.items() if value != kept[name]}
            if not changes:
                self.accept()
                return
            cmd = EditIndicatorCommand(
                self.ctx.command_context(),
                self.indicator.id,
                changes,
                {name: before[name] for name in changes},
                self.indicator.name,
            )
        error = self.ctx.execute(cmd)
        if error is not None:
            # Refused by the service (a key already used, a colleague's change...): say so, keep the input.
            field_name = error.field if isinstance(error, ValidationError) else None
            if field_name in self.errors:
                self.errors[field_name].setText(texts.message_text(error))
                self.errors[field_name].show()
                self._focus(field_name)
            else:
                self.error.setText(texts.message_text(error))
                self.error.show()
            return
        if isinstance(cmd, AddIndicatorCommand):
            self.indicator_id = cmd.indicator_id
        self.saved = True
        self.accept()

    def _focus(self, name: str | None) -> None:
        editors: dict[str, QWidget] = {
            "name": self.name,
            "key": self.key,
            "unit": self.unit,
            "baseline_value": self.baseline,
            "baseline_period": self.baseline_period,
            "target_value": self.target,
            "target_date": self.target_date,
            "description": self.description,
        }
        if name in editors:
            editors[name].setFocus()


def _number_text(value: float | None) -> str:
    return "" if value is None else f"{value:.12g}"


__all__ = ["IndicatorDialog", "IndicatorValueDialog", "LogProgressDialog"]
