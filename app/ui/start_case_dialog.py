"""The Start from this case dialog: our title, place, lead organization and start date, with the case's as a
starting point; the case's steps become our work to do (ProgramService.new_program)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain import model as d
from app.domain.dates import PartialDate
from app.domain.errors import ValidationError
from app.services.programs import ProgramDraft
from app.ui import style, texts
from app.ui.commands import CreateProgramCommand
from app.ui.context import AppContext
from app.ui.widgets import PartialDateEdit


class StartFromCaseDialog(QDialog):
    """Asks what makes the program ours; Save creates it (one undoable command) and opens it."""

    def __init__(self, ctx: AppContext, case: d.Program, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case = case
        self.created_key: str | None = None
        suggestion = ctx.programs.suggest_from_case(case.key)
        self.setWindowTitle(self.tr("Start from this case"))
        self.setMinimumWidth(600)

        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        parts = [self.tr("A program of your own, based on the case “%1”.").replace("%1", case.title)]
        if case.tasks:
            parts.append(
                self.tr("Its %1 tasks become your work to do (Planned, with no dates, percents or progress).").replace(
                    "%1", f"{len(case.tasks):,}"
                )
            )
        else:
            parts.append(self.tr("The case lists no tasks: you add your own."))
        if case.indicators:
            parts.append(
                self.tr("Its %1 indicators are defined without values.").replace("%1", f"{len(case.indicators):,}")
            )
        parts.append(
            self.tr("Title, place, lead organization and start date are yours: the case's are only a starting point.")
        )
        self.intro.setText(" ".join(parts))
        self.title = QLineEdit(self)
        self.title.setMaxLength(500)
        self.title.setText(suggestion.title)
        self.title.selectAll()
        self.place = QComboBox(self)
        self.place.addItem(self.tr("(not set)"), None)
        for place in texts.in_reading_order(ctx.programs.list_places()):
            self.place.addItem(texts.place_text(place), place.id)  # 대한민국 > 서울특별시 > 도봉구 for a Korean reader
        self.place.setCurrentIndex(max(0, self.place.findData(suggestion.place_id)))
        self.lead = QComboBox(self)
        self.lead.setEditable(True)
        self.lead.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.lead.addItem("", None)
        for org in ctx.programs.list_organizations():
            self.lead.addItem(org.name, org.id)
        self.lead.setCurrentIndex(max(0, self.lead.findData(suggestion.lead_organization_id)))
        lead_edit = self.lead.lineEdit()
        if lead_edit is not None:
            lead_edit.setPlaceholderText(self.tr("your department; a new name is added as an organization"))
        self.start = PartialDateEdit(self)
        today = dt.date.today()
        self.start.set_value(suggestion.start_date or PartialDate(today.year, today.month))
        self.case_says = QLabel(self)
        self.case_says.setStyleSheet(style.HINT)
        self.case_says.setWordWrap(True)
        self.case_says.setText(self._case_facts())
        self.error = QLabel(self)
        self.error.setStyleSheet(style.ERROR)
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for label, editor in (
            (self.tr("&Title"), self.title),
            (self.tr("&Place"), self.place),
            (self.tr("&Lead organization"), self.lead),
            (self.tr("&Start date"), self.start),
        ):
            caption = QLabel(label, self)
            caption.setBuddy(editor)
            editor.setAccessibleName(texts.plain_label(label))
            form.addRow(caption, editor)
        form.addRow("", self.case_says)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.title.setFocus()

    def _case_facts(self) -> str:
        """What the case itself says, beside the fields, so the user can tell theirs from the case's."""
        case = self.case
        facts = [
            self.tr("Place: %1").replace("%1", case.place.path if case.place else "–"),
            self.tr("Lead: %1").replace("%1", case.lead_organization.name if case.lead_organization else "–"),
            self.tr("Started: %1").replace("%1", texts.date_text(case.start_date) or "–"),
        ]
        return self.tr("The case: %1").replace("%1", " · ".join(facts))

    def draft(self) -> ProgramDraft:
        """What was entered; raises ValidationError when the title is empty."""
        title = self.title.text().strip()
        if not title:
            raise ValidationError(self.tr("Give your program a title"), "title")
        lead_text = " ".join(self.lead.currentText().split())
        lead_id = (
            self.lead.currentData() if self.lead.currentText() == self.lead.itemText(self.lead.currentIndex()) else None
        )
        return ProgramDraft(
            title=title,
            place_id=self.place.currentData(),
            lead_organization_id=lead_id if lead_text else None,
            lead_organization=lead_text if lead_text and lead_id is None else None,
            start_date=self.start.value(),
        )

    def save(self) -> None:
        try:
            draft = self.draft()
        except ValidationError as exc:
            self.show_error(texts.message_text(exc))
            return
        cmd = CreateProgramCommand(self.ctx.command_context(), draft=draft, case_key=self.case.key)
        error = self.ctx.execute(cmd)
        if error is not None:
            self.show_error(texts.message_text(error))
            return
        assert cmd.key is not None
        self.created_key = cmd.key
        self.accept()
        self.ctx.shell.open_program(cmd.key, tab="tasks")  # its steps to do, whatever tab the case was on
        self.ctx.shell.show_status(
            self.tr("Started %1 from the case %2").replace("%1", cmd.key).replace("%2", self.case.key)
        )

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()


__all__ = ["StartFromCaseDialog"]
