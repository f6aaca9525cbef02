"""One program: every field editable, tasks as a tree, the progress timeline, indicators, sources."""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.domain import model as d
from app.domain import rules
from app.domain.dates import PartialDate
from app.domain.enums import Sector, Status
from app.domain.errors import CivicError, ConflictError, NotFoundError, ValidationError
from app.domain.stated import STATUS_AS_OF, Standing, standing, status_as_of
from app.services.programs import TaskDraft
from app.ui import markup, style, texts
from app.ui.chart_slot import IndicatorChartSlot
from app.ui.commands import (
    AddTaskCommand,
    DeleteIndicatorCommand,
    DeleteIndicatorValueCommand,
    DeleteProgressCommand,
    DeleteTaskCommand,
    EditProgramCommand,
    EditTaskCommand,
    MoveTaskCommand,
    SetIndicatorValueCommand,
)
from app.ui.context import AppContext
from app.ui.dialogs import IndicatorDialog, IndicatorValueDialog
from app.ui.models.lists import IndicatorModel, IndicatorValueModel, ProgressTimelineModel, RowRole
from app.ui.models.tasks import TaskTreeModel
from app.ui.views.base import View
from app.ui.views.timeline import TimelineTab
from app.ui.widgets import (
    CommitTextEdit,
    OrganizationPicker,
    PartialDateEdit,
    PercentDelegate,
    PlacePicker,
    TimelineDelegate,
)

Index = QModelIndex | QPersistentModelIndex


@dataclass
class FieldRow:
    """One editable field: its editor, how to read and write it, and the label beside it for errors."""

    name: str
    label: str
    editor: QWidget
    read: Callable[[], Any]
    write: Callable[[d.Program], None]
    current: Callable[[d.Program], Any]
    error: QLabel
    caption: QLabel
    note: QLabel  # on a case page: "not stated in the sources" (in place of the editor), editorial, "as of"
    caption_text: str = ""  # the label with its mnemonic (&Title, 제목(&T)), as the caption shows it


class TaskDelegate(QStyledItemDelegate):
    """Fitting editors in the task tree: a status list, a 0–100 percent, a weight; titles wrapped whole."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> Any:
        tree = self.parent()
        if index.column() == TaskTreeModel.TITLE and isinstance(tree, QTreeView):
            # The tree asks without the column's width; a wrapped title needs it to know its number of lines.
            depth, parent = 0, index.parent()
            while parent.isValid():
                depth, parent = depth + 1, parent.parent()
            option = QStyleOptionViewItem(option)
            option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
            # A valid rect (height too), or the style does not wrap at all.
            width = max(40, tree.columnWidth(TaskTreeModel.TITLE) - tree.indentation() * (depth + 1))
            option.rect = QRect(0, 0, width, 10_000)
        return super().sizeHint(option, index)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        col = index.column()
        if col == TaskTreeModel.STATUS:
            combo = QComboBox(parent)
            combo.addItem(texts.status_label(None), "")
            for status in Status:
                combo.addItem(texts.status_icon(status), texts.status_label(status), status.value)
            return combo
        if col in (TaskTreeModel.PERCENT, TaskTreeModel.WEIGHT):
            spin = QDoubleSpinBox(parent)
            spin.setDecimals(1)
            spin.setRange(0, 100 if col == TaskTreeModel.PERCENT else 1000)
            if col == TaskTreeModel.PERCENT:
                spin.setSuffix("%")
            return spin
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)


class ProgramDetailView(View):
    name = "program"

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.service = ctx.programs
        ctx.events.program_renamed.connect(self.rename)
        self.key: str | None = None
        self.program: d.Program | None = None
        self.read_only = False
        self._errors: set[str] = set()
        self._choices_loaded = False
        self._reselect_indicator: int | None = None

        # -- header ------------------------------------------------------------------------------
        self.back = QPushButton(self.tr("← Back"), self)
        self.back.setToolTip(self.tr("Back to the list (Alt+Left)"))
        self.back.clicked.connect(ctx.shell.go_back)
        self.heading = QLabel(self)
        self.heading.setStyleSheet(style.HEADING)
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subheading = QLabel(self)
        self.subheading.setStyleSheet(style.SUBHEADING)
        self.status_pill = QLabel(self)
        self.percent_label = QLabel(self)
        self.percent_label.setStyleSheet(style.PERCENT_HEADING)
        self.case_note = QLabel(self)
        self.case_note.setWordWrap(True)
        self.case_note.setStyleSheet(style.CASE_NOTE)
        self.start_case = QPushButton(self.tr("Start from this case"), self)
        self.start_case.clicked.connect(lambda: ctx.shell.start_from_case(self.key))
        self.log_button = QPushButton(self.tr("Log progress…"), self)
        self.log_button.setToolTip(self.tr("Log progress (Ctrl+L)"))
        self.log_button.clicked.connect(lambda: ctx.shell.log_progress(self.key))
        self.form_error = QLabel(self)
        self.form_error.setWordWrap(True)
        self.form_error.setStyleSheet(style.ERROR)
        self.form_error.hide()

        # -- form ----------------------------------------------------------------------------------
        self.fields: dict[str, FieldRow] = {}
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._build_form()
        form_box = QWidget()
        outer = QVBoxLayout(form_box)
        outer.addLayout(self.form)
        outer.addStretch(1)  # keep rows at their natural height, at the top
        self.form_scroll = QScrollArea(self)
        self.form_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.form_scroll.setWidget(form_box)
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setMinimumWidth(380)

        # -- tabs ----------------------------------------------------------------------------------
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._build_tasks_tab(), self.tr("Tasks"))
        self.task_timeline = TimelineTab(ctx, self)
        self.tabs.addTab(self.task_timeline, self.tr("Timeline"))
        self.tabs.addTab(self._build_progress_tab(), self.tr("Progress log"))
        self.tabs.addTab(self._build_indicators_tab(), self.tr("Indicators"))
        self.tabs.addTab(self._build_sources_tab(), self.tr("Sources"))

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.form_scroll)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([560, 760])

        head = QHBoxLayout()
        head.addWidget(self.back, 0, Qt.AlignmentFlag.AlignTop)
        titles = QVBoxLayout()
        titles.addWidget(self.heading)
        titles.addWidget(self.subheading)
        head.addLayout(titles, 1)
        head.addWidget(self.status_pill, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.percent_label, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.log_button, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.start_case, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.case_note)
        layout.addWidget(self.form_error)
        layout.addWidget(self.splitter, 1)

    # ===================================================================== form
    def _row(
        self,
        name: str,
        label: str,
        editor: QWidget,
        read: Callable[[], Any],
        write: Callable[[d.Program], None],
        current: Callable[[d.Program], Any],
    ) -> None:
        error = QLabel(self)
        error.setObjectName(f"error_{name}")
        error.setStyleSheet(style.ERROR)
        error.setWordWrap(True)
        error.hide()
        note = QLabel(self)
        note.setObjectName(f"note_{name}")
        note.setWordWrap(True)
        note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        note.hide()
        box = QWidget()
        inner = QVBoxLayout(box)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(2)
        inner.addWidget(editor)
        inner.addWidget(note)
        inner.addWidget(error)
        caption = QLabel(label)
        caption.setBuddy(editor)
        self.form.addRow(caption, box)
        editor.setAccessibleName(texts.plain_label(label))
        self.fields[name] = FieldRow(
            name, texts.plain_label(label), editor, read, write, current, error, caption, note, caption_text=label
        )

    def _line(self, name: str, label: str) -> None:
        edit = QLineEdit(self)

        def write(p: d.Program) -> None:
            edit.setText(getattr(p, name) or "")
            edit.setCursorPosition(0)

        self._row(name, label, edit, lambda: edit.text().strip() or None, write, lambda p: getattr(p, name))
        edit.editingFinished.connect(lambda: self.commit(name))

    def _text(self, name: str, label: str) -> None:
        edit = CommitTextEdit(self)

        def write(p: d.Program) -> None:
            edit.setPlainText(getattr(p, name) or "")

        self._row(name, label, edit, lambda: edit.toPlainText().strip() or None, write, lambda p: getattr(p, name))
        edit.editingFinished.connect(lambda: self.commit(name))

    def _build_form(self) -> None:
        self._line("title", self.tr("&Title"))
        self._line("local_title", self.tr("&Local title"))
        self._line("key", self.tr("&Key"))

        status = QComboBox(self)
        status.addItem(texts.status_label(None), None)
        for st in Status:
            status.addItem(texts.status_icon(st), texts.status_label(st), st.value)
        self._row(
            "status",
            self.tr("&Status"),
            status,
            lambda: Status(status.currentData()) if status.currentData() else None,
            lambda p: status.setCurrentIndex(max(0, status.findData(p.status.value if p.status else None))),
            lambda p: p.status,
        )
        status.activated.connect(lambda _i: self.commit("status"))

        self.start_edit = PartialDateEdit(self)
        self._row(
            "start_date",
            self.tr("St&art"),
            self.start_edit,
            self.start_edit.value,
            lambda p: self.start_edit.set_value(p.start_date),
            lambda p: p.start_date,
        )
        self.start_edit.edited.connect(lambda: self.commit("start_date"))
        self.end_edit = PartialDateEdit(self)
        self._row(
            "end_date",
            self.tr("&End"),
            self.end_edit,
            self.end_edit.value,
            lambda p: self.end_edit.set_value(p.end_date),
            lambda p: p.end_date,
        )
        self.end_edit.edited.connect(lambda: self.commit("end_date"))

        self.place_picker = PlacePicker(self)
        self._row(
            "place_id",
            self.tr("&Place"),
            self.place_picker,
            self.place_picker.chosen_id,
            lambda p: self.place_picker.select_id(p.place.id if p.place else None),
            lambda p: p.place.id if p.place else None,
        )
        self.place_picker.activated.connect(lambda _i: self.commit("place_id"))
        self.place_picker.lineEdit().editingFinished.connect(lambda: self.commit("place_id"))

        self.org_picker = OrganizationPicker(self)
        self._row(
            "lead_organization_id",
            self.tr("Lead &organization"),
            self.org_picker,
            self.org_picker.combo.chosen_id,
            lambda p: self.org_picker.combo.select_id(p.lead_organization.id if p.lead_organization else None),
            lambda p: p.lead_organization.id if p.lead_organization else None,
        )
        self.org_picker.combo.activated.connect(lambda _i: self.commit("lead_organization_id"))
        self.org_picker.combo.lineEdit().editingFinished.connect(lambda: self.commit("lead_organization_id"))
        self.org_picker.createRequested.connect(self.create_organization)

        sector = QComboBox(self)
        sector.addItem(texts.sector_label(None), None)
        for sc in Sector:
            sector.addItem(texts.sector_label(sc), sc.value)
        self._row(
            "sector",
            self.tr("Se&ctor"),
            sector,
            lambda: Sector(sector.currentData()) if sector.currentData() else None,
            lambda p: sector.setCurrentIndex(max(0, sector.findData(p.sector.value if p.sector else None))),
            lambda p: p.sector,
        )
        sector.activated.connect(lambda _i: self.commit("sector"))

        themes = QLineEdit(self)
        themes.setPlaceholderText(self.tr("comma-separated, e.g. mobility, environment"))

        def read_themes() -> tuple[str, ...]:
            return tuple(rules.split_themes(themes.text()))

        def write_themes(p: d.Program) -> None:
            themes.setText(", ".join(p.themes))
            themes.setCursorPosition(0)  # show the first themes, not the tail cut at the left edge

        self._row("themes", self.tr("T&hemes"), themes, read_themes, write_themes, lambda p: tuple(p.themes))
        themes.editingFinished.connect(lambda: self.commit("themes"))

        self._build_partners()

        self._text("summary", self.tr("S&ummary"))
        self._text("description", self.tr("&Description"))

    def _build_partners(self) -> None:
        box = QWidget(self)
        self.partners_list = QListWidget(box)
        self.partners_list.setMaximumHeight(80)
        self.partners_list.setWordWrap(True)
        self.partners_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.partners_list.setAccessibleName(self.tr("Partners"))
        self.add_partner_button = QPushButton(self.tr("Add…"), box)
        self.add_partner_button.setToolTip(self.tr("Add a partner organization (new names are created)"))
        self.remove_partner_button = QPushButton(self.tr("Remove"), box)
        self.add_partner_button.clicked.connect(self.add_partner)
        self.remove_partner_button.clicked.connect(self.remove_partner)
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_partner_button)
        buttons.addWidget(self.remove_partner_button)
        buttons.addStretch(1)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.partners_list, 1)
        row.addLayout(buttons)
        self._partners: list[tuple[int, str | None]] = []

        def write(p: d.Program) -> None:
            self._partners = [(x.organization.id, x.role) for x in p.partners]
            self.partners_list.clear()
            for x in p.partners:
                text = f"{x.organization.name} — {x.role}" if x.role else x.organization.name
                self.partners_list.addItem(text)

        self._row(
            "partners",
            self.tr("Pa&rtners"),
            box,
            lambda: list(self._partners),
            write,
            lambda p: [(x.organization.id, x.role) for x in p.partners],
        )

    def add_partner(self) -> None:
        if self.program is None:
            return
        name = self.ctx.prompts.ask_text(self.tr("Add partner"), self.tr("Name of the partner organization:"))
        if not name or not name.strip():
            return
        role = self.ctx.prompts.ask_text(self.tr("Add partner"), self.tr("Its role (optional):"))
        try:
            org = self.service.create_organization(name)
        except CivicError as exc:
            self._show_error("partners", texts.message_text(exc))
            return
        if any(org_id == org.id for org_id, _ in self._partners):
            self._show_error("partners", self.tr("%1 is already a partner").replace("%1", org.name))
            return
        self._partners = [*self._partners, (org.id, (role or "").strip() or None)]
        self.org_picker.set_organizations(self.service.list_organizations())
        self.commit("partners")

    def remove_partner(self) -> None:
        row = self.partners_list.currentRow()
        if self.program is None or not 0 <= row < len(self._partners):
            return
        self._partners = [p for i, p in enumerate(self._partners) if i != row]
        self.commit("partners")

    def create_organization(self) -> None:
        name = self.ctx.prompts.ask_text(self.tr("New organization"), self.tr("Name of the organization:"))
        if not name:
            return
        try:
            org = self.service.create_organization(name)
        except CivicError as exc:
            self._show_error("lead_organization_id", texts.message_text(exc))
            return
        self.org_picker.set_organizations(self.service.list_organizations())
        self.org_picker.combo.select_id(org.id)
        self.commit("lead_organization_id")

    def _show_error(self, name: str, text: str) -> None:
        row = self.fields.get(name)
        if row is None:
            self.form_error.setText(text)
            self.form_error.show()
            return
        self._errors.add(name)
        row.error.setText(text)
        row.error.show()

    def _clear_error(self, name: str) -> None:
        self._errors.discard(name)
        row = self.fields.get(name)
        if row is not None:
            row.error.hide()
            row.error.clear()
        if not self._errors:
            self.form_error.hide()

    def field_error(self, name: str) -> str:
        """The message shown beside a field ('' when none): what a user sees."""
        row = self.fields[name]
        return row.error.text() if not row.error.isHidden() else ""

    def commit(self, name: str) -> bool:
        """Save one field through an undoable command; on any refusal keep the edit and say why."""
        program = self.program
        if program is None or self.read_only:
            return False
        row = self.fields[name]
        try:
            value = row.read()
            before = row.current(program)
            if value == before:
                self._clear_error(name)
                return True
            if name == "title":
                value = rules.check_title(value)
            if name == "key":
                value = rules.check_key(value or "", self.tr("Program key"))
            if name == "start_date":
                rules.check_range(value, program.end_date, "start_date")
            if name == "end_date":
                rules.check_range(program.start_date, value, "end_date")
        except ValidationError as exc:
            self._show_error(name, texts.message_text(exc))
            return False
        cmd = EditProgramCommand(self.ctx.command_context(), program.key, {name: value}, {name: before}, row.label)
        error = self.ctx.execute(cmd)
        if error is not None:
            self._show_error(name, texts.message_text(error))
            if isinstance(error, ConflictError):
                self.ctx.shell.show_banner(texts.message_text(error), "warning")
            return False
        self._clear_error(name)
        if name == "key":
            self.key = cmd.new_key
        return True

    # ===================================================================== tasks
    def _build_tasks_tab(self) -> QWidget:
        page = QWidget()
        self.task_model = TaskTreeModel(self)
        self.task_model.editRequested.connect(self._task_edited)
        self.task_model.editRefused.connect(self._task_error)
        self.task_tree = QTreeView(page)
        self.task_tree.setModel(self.task_model)
        self.task_tree.setItemDelegate(TaskDelegate(self.task_tree))
        self.task_tree.setItemDelegateForColumn(TaskTreeModel.PERCENT, _PercentTaskDelegate(self.task_tree))
        self.task_tree.setAlternatingRowColors(True)
        self.task_tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.task_tree.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        # Titles wrap onto as many lines as they need: a case's steps are whole sentences.
        self.task_tree.setWordWrap(True)
        self.task_tree.setUniformRowHeights(False)
        self.task_tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        header = self.task_tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(TaskTreeModel.TITLE, QHeaderView.ResizeMode.Stretch)
        for col, width in ((1, 95), (2, 70), (3, 85), (4, 100), (5, 80), (6, 55)):
            header.resizeSection(col, width)
        # A narrower title column needs taller rows: the tree measures its rows again (it does not by itself).
        header.sectionResized.connect(
            lambda col, _old, _new: self.task_tree.scheduleDelayedItemsLayout() if col == TaskTreeModel.TITLE else None
        )
        self.rollup_label = QLabel(page)
        self.tasks_empty = QLabel(page)
        self.tasks_empty.setStyleSheet(style.HINT)
        self.tasks_empty.setWordWrap(True)
        self.task_error = QLabel(page)
        self.task_error.setStyleSheet(style.ERROR)
        self.task_error.hide()
        buttons = QHBoxLayout()
        # Actions, so the same commands sit in the Program > Tasks menu with their shortcuts.
        self.task_actions: list[QAction] = []
        self.task_buttons: list[QToolButton] = []
        for text, tip, shortcut, slot in (
            (self.tr("Add action plan"), self.tr("A top-level task"), "Ctrl+T", self.add_action_plan),
            (
                self.tr("Add unit task"),
                self.tr("A task under the selected action plan"),
                "Ctrl+Shift+T",
                self.add_unit_task,
            ),
            (self.tr("Delete task"), self.tr("Move the selected task to the trash"), "Shift+Del", self.delete_task),
            (self.tr("▲ Up"), self.tr("Move the task up"), "Ctrl+Up", lambda: self.move_selected(-1)),
            (self.tr("▼ Down"), self.tr("Move the task down"), "Ctrl+Down", lambda: self.move_selected(1)),
            (self.tr("Indent"), self.tr("Make it a unit task of the task above"), "Ctrl+Right", self.indent),
            (self.tr("Outdent"), self.tr("Lift it one level"), "Ctrl+Left", self.outdent),
        ):
            action = QAction(text, self)
            action.setShortcut(QKeySequence(shortcut))
            action.setToolTip(f"{tip} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})")
            action.setStatusTip(tip)
            action.triggered.connect(self._when_shown(slot))
            button = QToolButton(page)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            buttons.addWidget(button)
            self.task_actions.append(action)
            self.task_buttons.append(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(self.rollup_label)
        layout.addLayout(buttons)
        layout.addWidget(self.tasks_empty)
        layout.addWidget(self.task_tree, 1)
        layout.addWidget(self.task_error)
        return page

    def _when_shown(self, slot: Callable[[], None]) -> Callable[[], None]:
        # Menu shortcuts reach this page only while it is the one on screen.
        def run() -> None:
            if self.isVisible():
                slot()

        return run

    def _task_error(self, text: str) -> None:
        self.task_error.setText(text)
        self.task_error.show()

    def _task_edited(self, task_id: int, field: str, value: Any) -> None:
        task = next((t for t in self.program.tasks if t.id == task_id), None) if self.program else None
        if task is None:
            return
        cmd = EditTaskCommand(
            self.ctx.command_context(), task_id, {field: value}, {field: getattr(task, field)}, task.title
        )
        error = self.ctx.execute(cmd)
        if error is not None:
            self._task_error(texts.message_text(error))
        else:
            self.task_error.hide()

    def selected_task(self) -> d.Task | None:
        return self.task_model.task(self.task_tree.currentIndex())

    def add_action_plan(self) -> None:
        self._add_task(None)

    def add_unit_task(self) -> None:
        task = self.selected_task()
        if task is None:
            self._task_error(self.tr("Select the action plan the unit task belongs to"))
            return
        self._add_task(task.id)

    def _add_task(self, parent_id: int | None) -> None:
        if self.program is None:
            return
        title = self.ctx.prompts.ask_text(self.tr("New task"), self.tr("Task title:"))
        if title is None:
            return
        if not title.strip():
            self._task_error(self.tr("A task needs a title"))
            return
        cmd = AddTaskCommand(self.ctx.command_context(), self.program.key, TaskDraft(title=title, parent_id=parent_id))
        error = self.ctx.execute(cmd)
        if error is not None:
            self._task_error(texts.message_text(error))

    def delete_task(self) -> None:
        task = self.selected_task()
        if task is None:
            return
        if not self.ctx.prompts.confirm(
            self.tr("Delete task"),
            self.tr("Move “%1” and its unit tasks to the trash?").replace("%1", task.title),
        ):
            return
        error = self.ctx.execute(DeleteTaskCommand(self.ctx.command_context(), task.id, task.title))
        if error is not None:
            self._task_error(texts.message_text(error))

    def _move(self, task: d.Task, parent_id: int | None, position: int) -> None:
        old = (task.parent_id, self.task_model.siblings(task.parent_id).index(task.id))
        cmd = MoveTaskCommand(self.ctx.command_context(), task.id, task.title, old, (parent_id, position))
        error = self.ctx.execute(cmd)
        if error is not None:
            self._task_error(texts.message_text(error))
        self._reselect = task.id

    def move_selected(self, step: int) -> None:
        task = self.selected_task()
        if task is None:
            return
        siblings = self.task_model.siblings(task.parent_id)
        pos = siblings.index(task.id) + step
        if 0 <= pos < len(siblings):
            self._move(task, task.parent_id, pos)

    def indent(self) -> None:
        task = self.selected_task()
        if task is None:
            return
        siblings = self.task_model.siblings(task.parent_id)
        pos = siblings.index(task.id)
        if pos == 0:
            self._task_error(self.tr("There is no task above to become its action plan"))
            return
        new_parent = siblings[pos - 1]
        self._move(task, new_parent, len(self.task_model.siblings(new_parent)))

    def outdent(self) -> None:
        task = self.selected_task()
        if task is None or task.parent_id is None or self.program is None:
            return
        parent = next(t for t in self.program.tasks if t.id == task.parent_id)
        grand = self.task_model.siblings(parent.parent_id)
        self._move(task, parent.parent_id, grand.index(parent.id) + 1)

    # ===================================================================== progress, indicators, sources
    def _build_progress_tab(self) -> QWidget:
        page = QWidget()
        self.progress_model = ProgressTimelineModel(self)
        self.timeline = QListView(page)
        self.timeline.setModel(self.progress_model)
        self.timeline.setItemDelegate(TimelineDelegate(self.timeline))
        self.timeline.setUniformItemSizes(True)
        self.progress_empty = QLabel(self.tr("No progress logged yet. Use Log progress (Ctrl+L)."), page)
        self.progress_empty.setStyleSheet(style.HINT)
        self.log_here = QPushButton(self.tr("Log progress…"), page)
        self.log_here.clicked.connect(lambda: self.ctx.shell.log_progress(self.key))
        self.edit_entry = QPushButton(self.tr("Edit entry…"), page)
        self.edit_entry.setToolTip(self.tr("Change the selected entry's date, title, note, task or percent"))
        self.edit_entry.clicked.connect(self.edit_progress_entry)
        self.timeline.doubleClicked.connect(self.edit_progress_entry)
        self.timeline.selectionModel().currentChanged.connect(self._update_entry_buttons)
        self.progress_model.modelReset.connect(self._update_entry_buttons)
        self.delete_entry = QPushButton(self.tr("Delete entry"), page)
        self.delete_entry.setToolTip(self.tr("Move the selected entry to the trash"))
        self.delete_entry.clicked.connect(self.delete_progress_entry)
        buttons = QHBoxLayout()
        buttons.addWidget(self.log_here)
        buttons.addWidget(self.edit_entry)
        buttons.addWidget(self.delete_entry)
        buttons.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addLayout(buttons)
        layout.addWidget(self.progress_empty)
        layout.addWidget(self.timeline, 1)
        return page

    def edit_progress_entry(self, *_: object) -> None:
        """Open the selected entry in the progress dialog; its changes are one undoable command."""
        index = self.timeline.currentIndex()
        entry = index.data(RowRole) if index.isValid() else None
        if entry is None or self.read_only or (self.program is not None and self.program.is_case):
            return
        from app.ui.dialogs import LogProgressDialog

        self.ctx.shell.open_dialog(LogProgressDialog(self.ctx, parent=self, entry=entry))

    def delete_progress_entry(self) -> None:
        index = self.timeline.currentIndex()
        entry = index.data(RowRole) if index.isValid() else None
        if entry is None:
            return
        if not self.ctx.prompts.confirm(
            self.tr("Delete progress entry"), self.tr("Move “%1” to the trash?").replace("%1", entry.title)
        ):
            return
        error = self.ctx.execute(DeleteProgressCommand(self.ctx.command_context(), entry))
        if error is not None:
            self.ctx.shell.show_banner(texts.message_text(error), "error")

    def _build_indicators_tab(self) -> QWidget:
        page = QWidget()
        self.indicator_model = IndicatorModel(self)
        self.indicator_table = QTableView(page)
        self.indicator_table.setModel(self.indicator_model)
        self.indicator_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.indicator_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.indicator_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.indicator_table.verticalHeader().hide()
        self.indicator_table.horizontalHeader().setStretchLastSection(True)
        self.indicator_table.setColumnWidth(0, 260)
        self.indicator_table.setAccessibleName(self.tr("Indicators"))
        # Enter or a double-click on a row opens it for editing.
        self.indicator_table.activated.connect(lambda _index: self.edit_indicator())
        self.indicators_empty = QLabel(page)
        self.indicators_empty.setStyleSheet(style.HINT)
        self.indicators_empty.setWordWrap(True)
        # Actions, so the same commands sit in the Program > Indicators menu.
        self.add_indicator_action = QAction(self.tr("Add indicator…"), self)
        self.add_indicator_action.setShortcut(QKeySequence("Ctrl+I"))
        self.edit_indicator_action = QAction(self.tr("Edit indicator…"), self)
        self.delete_indicator_action = QAction(self.tr("Delete indicator"), self)
        self.delete_indicator_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        # Del deletes only while the indicator table has the focus, never a field's text elsewhere.
        self.delete_indicator_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.indicator_table.addAction(self.delete_indicator_action)
        for action, tip, slot in (
            (self.add_indicator_action, self.tr("Define a new indicator for this program"), self.add_indicator),
            (
                self.edit_indicator_action,
                self.tr("Change the selected indicator's name, unit, baseline or target (Enter or double-click)"),
                self.edit_indicator,
            ),
            (
                self.delete_indicator_action,
                self.tr("Move the selected indicator and its values to the trash"),
                self.delete_indicator,
            ),
        ):
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{tip} ({shortcut})" if shortcut else tip)
            action.setStatusTip(tip)
            action.triggered.connect(self._when_shown(slot))
        self.indicator_actions = [self.add_indicator_action, self.edit_indicator_action, self.delete_indicator_action]
        self.indicator_buttons: list[QPushButton] = []
        indicator_buttons = QHBoxLayout()
        for action in self.indicator_actions:
            button = QPushButton(action.text(), page)
            button.setToolTip(action.toolTip())
            button.clicked.connect(action.trigger)
            indicator_buttons.addWidget(button)
            self.indicator_buttons.append(button)
        self.add_indicator_button, self.edit_indicator_button, self.delete_indicator_button = self.indicator_buttons
        indicator_buttons.addStretch(1)
        indicators_box = QWidget()
        indicators_layout = QVBoxLayout(indicators_box)
        indicators_layout.setContentsMargins(0, 0, 0, 0)
        indicators_layout.addWidget(self.indicator_table, 1)
        indicators_layout.addWidget(self.indicators_empty)
        indicators_layout.addLayout(indicator_buttons)
        self.value_model = IndicatorValueModel(self)
        self.value_table = QTableView(page)
        self.value_table.setModel(self.value_model)
        self.value_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.value_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.value_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.value_table.setAccessibleName(self.tr("Indicator values"))
        self.value_table.verticalHeader().hide()
        self.value_table.horizontalHeader().setStretchLastSection(True)
        # Period, value and kind are short: sized to their contents, they leave the Note column in view.
        for col in range(self.value_model.columnCount() - 1):
            self.value_table.horizontalHeader().setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.chart = IndicatorChartSlot(page)
        self.indicator_table.selectionModel().currentRowChanged.connect(self._indicator_chosen)
        self.value_table.selectionModel().selectionChanged.connect(lambda *_: self._apply_indicator_actions())
        self.add_value_button = QPushButton(self.tr("Add value…"), page)
        self.add_value_button.clicked.connect(self.add_indicator_value)
        self.delete_value_button = QPushButton(self.tr("Delete value"), page)
        self.delete_value_button.clicked.connect(self.delete_indicator_value)
        self.indicator_error = QLabel(page)
        self.indicator_error.setStyleSheet(style.ERROR)
        self.indicator_error.hide()
        values_box = QWidget()
        values_layout = QVBoxLayout(values_box)
        values_layout.setContentsMargins(0, 0, 0, 0)
        values_layout.addWidget(self.value_table, 1)
        value_buttons = QHBoxLayout()
        value_buttons.addWidget(self.add_value_button)
        value_buttons.addWidget(self.delete_value_button)
        value_buttons.addStretch(1)
        values_layout.addLayout(value_buttons)
        values_layout.addWidget(self.indicator_error)
        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.addWidget(values_box)
        lower.addWidget(self.chart)
        lower.setStretchFactor(1, 2)
        lower.setSizes([340, 560])
        self.indicator_split = QSplitter(Qt.Orientation.Vertical, page)
        self.indicator_split.addWidget(indicators_box)
        self.indicator_split.addWidget(lower)
        self.indicator_split.setStretchFactor(1, 2)
        layout = QVBoxLayout(page)
        layout.addWidget(self.indicator_split)
        return page

    def _indicator_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        indicator = current.data(RowRole) if current.isValid() else None
        self.value_model.set_rows(indicator.values if indicator else ())
        self.chart.set_indicator(indicator)
        self._apply_indicator_actions()

    def current_indicator(self) -> d.Indicator | None:
        index = self.indicator_table.currentIndex()
        return index.data(RowRole) if index.isValid() else None

    def current_value(self) -> d.IndicatorValue | None:
        """The value chosen in the value table: what Delete value acts on."""
        rows = self.value_table.selectionModel().selectedRows()
        return rows[0].data(RowRole) if rows else None

    def _can_edit(self) -> bool:
        return not self.read_only and self.program is not None and not self.program.is_case

    def _apply_indicator_actions(self) -> None:
        editable = self._can_edit()
        chosen = self.current_indicator() is not None
        self.add_indicator_action.setEnabled(editable)
        self.edit_indicator_action.setEnabled(editable and chosen)
        self.delete_indicator_action.setEnabled(editable and chosen)
        # A value needs an indicator to belong to, and Delete value a value to act on.
        self.add_value_button.setEnabled(editable and chosen)
        self.delete_value_button.setEnabled(editable and chosen and self.current_value() is not None)
        for action, button in zip(self.indicator_actions, self.indicator_buttons, strict=True):
            button.setEnabled(action.isEnabled())

    def add_indicator(self) -> None:
        if not self._can_edit() or self.key is None:
            return
        self.show_tab("indicators")
        dialog = IndicatorDialog(self.ctx, self.key, parent=self)
        dialog.accepted.connect(lambda: self._indicator_saved(dialog))
        self.ctx.shell.open_dialog(dialog)

    def edit_indicator(self) -> None:
        indicator = self.current_indicator()
        if not self._can_edit() or indicator is None or self.key is None:
            return
        self.show_tab("indicators")
        dialog = IndicatorDialog(self.ctx, self.key, indicator, parent=self)
        dialog.accepted.connect(lambda: self._indicator_saved(dialog))
        self.ctx.shell.open_dialog(dialog)

    def _indicator_saved(self, dialog: IndicatorDialog) -> None:
        if dialog.saved:  # the reload that follows the change keeps this indicator selected
            self._reselect_indicator = dialog.indicator_id
        self.indicator_error.hide()
        self.indicator_table.setFocus()

    def delete_indicator(self) -> None:
        indicator = self.current_indicator()
        if not self._can_edit() or indicator is None:
            return
        self.show_tab("indicators")
        count = len(indicator.values)
        if count == 0:
            text = self.tr("Move the indicator “%1” to the trash?")
        elif count == 1:
            text = self.tr("Move the indicator “%1” and its one recorded value to the trash?")
        else:
            text = self.tr("Move the indicator “%1” and its %2 recorded values to the trash?")
        text = text.replace("%1", indicator.name).replace("%2", str(count))
        text += " " + self.tr("Undo (Ctrl+Z) or the Trash brings it back with its values.")
        if not self.ctx.prompts.confirm(self.tr("Delete indicator"), text):
            return
        cmd = DeleteIndicatorCommand(self.ctx.command_context(), indicator)
        error = self.ctx.execute(cmd)
        self._indicator_result(error)
        if error is None:
            moved = self.tr("“%1” moved to the trash (Ctrl+Z brings it back)")
            self.ctx.shell.show_status(moved.replace("%1", indicator.name))

    def add_indicator_value(self) -> None:
        indicator = self.current_indicator()
        if not self._can_edit() or indicator is None:
            return
        dialog = IndicatorValueDialog(indicator, self)
        dialog.accepted.connect(lambda: self._save_indicator_value(indicator, dialog))
        self.ctx.shell.open_dialog(dialog)

    def _save_indicator_value(self, indicator: d.Indicator, dialog: IndicatorValueDialog) -> None:
        period, number, kind, note = dialog.collect()
        cmd = SetIndicatorValueCommand(self.ctx.command_context(), indicator, period, number, kind, note)
        error = self.ctx.execute(cmd)
        self._indicator_result(error)
        if error is None:
            self.ctx.shell.show_status(
                self._value_message(self.tr("“%1”: value %2 for %3 saved"), indicator, number, period)
            )

    def delete_indicator_value(self) -> None:
        indicator = self.current_indicator()
        value = self.current_value()
        if not self._can_edit() or indicator is None or value is None:
            return
        cmd = DeleteIndicatorValueCommand(self.ctx.command_context(), indicator.name, value)
        error = self.ctx.execute(cmd)
        self._indicator_result(error)
        if error is None:
            deleted = self.tr("“%1”: value %2 for %3 deleted (Ctrl+Z brings it back)")
            self.ctx.shell.show_status(self._value_message(deleted, indicator, value.value, value.period))

    @staticmethod
    def _value_message(text: str, indicator: d.Indicator, number: float, period: PartialDate) -> str:
        # The name goes in last: a name holding "%2" must not be filled in itself.
        return (
            text.replace("%2", texts.number_text(number, indicator.unit))
            .replace("%3", texts.date_text(period))
            .replace("%1", indicator.name)
        )

    def _indicator_result(self, error: CivicError | None) -> None:
        if error is None:
            self.indicator_error.hide()
        else:
            self.indicator_error.setText(texts.message_text(error))
            self.indicator_error.show()

    def _build_sources_tab(self) -> QWidget:
        self.sources = QTextBrowser(self)
        self.sources.setOpenExternalLinks(True)
        return self.sources

    def _sources_html(self, p: d.Program) -> str:
        esc = html.escape
        by_key = {s.key: s for s in p.sources}
        # Each tr() on its own: lupdate does not find one inside an f-string, and it would stay in English.
        heading = self.tr("Sources")
        parts = [f"<h3>{esc(heading)}</h3>"]
        if not p.sources:
            none = self.tr("No sources recorded for this program.")
            parts.append(f"<p>{esc(none)}</p>")
        for s in p.sources:
            ref = esc(s.reference())
            link = f' — <a href="{esc(s.url)}">{esc(s.url)}</a>' if s.url else ""
            pub = f"<br><i>{esc(s.publication)}</i>" if s.publication else ""
            quote = f"<blockquote>“{markup.quote_html(s.excerpt)}”</blockquote>" if s.excerpt else ""
            parts.append(f"<p><b>[{esc(s.key)}]</b> {ref}{link}{pub}</p>{quote}")
        facts: list[tuple[str, d.Citation]] = [(self._field_name(c.field), c) for c in p.citations]
        for t in p.tasks:
            facts += [(self.tr("Task: %1").replace("%1", t.title), c) for c in t.citations]
        for e in p.progress:
            facts += [
                (self.tr("Progress %1: %2").replace("%1", texts.date_text(e.entry_date)).replace("%2", e.title), c)
                for c in e.citations
            ]
        for ind in p.indicators:
            facts += [(self.tr("Indicator: %1").replace("%1", ind.name), c) for c in ind.citations]
            for v in ind.values:
                facts += [(f"{ind.name} {v.period}: {v.value:g}", c) for c in v.citations]
        if facts:
            where = self.tr("Where each fact comes from")
            parts.append(f"<h3>{esc(where)}</h3><table cellpadding='4'>")
            for what, c in facts:
                src = by_key.get(c.source_key)
                label = esc(src.reference()) if src else esc(c.source_key)
                if src and src.url:
                    label = f'<a href="{esc(src.url)}">{label}</a>'
                parts.append(
                    f"<tr><td valign='top' width='28%'><b>{esc(what)}</b></td>"
                    f"<td>“{markup.quote_html(c.excerpt or '')}”<br><small>{label}</small></td></tr>"
                )
            parts.append("</table>")
        return "".join(parts)

    def _field_name(self, field: str | None) -> str:
        if field is None:
            return self.tr("Program")
        if field == STATUS_AS_OF:
            return self.tr("Status: the year it holds for")
        row = self.fields.get(field) or self.fields.get(f"{field}_id")
        return row.label if row else field.replace("_", " ").capitalize()

    # ===================================================================== loading
    def show_program(self, key: str) -> None:
        self.key = key
        self._errors.clear()
        for row in self.fields.values():
            row.error.hide()
        self.refresh_now()

    TABS = ("tasks", "timeline", "progress", "indicators", "sources")

    def show_tab(self, name: str) -> None:
        if name not in self.TABS:
            raise CivicError(f"Unknown tab '{name}'; use one of {', '.join(self.TABS)}")
        self.tabs.setCurrentIndex(self.TABS.index(name))

    def rename(self, old: str, new: str) -> None:
        if self.key == old:
            self.key = new

    def on_data_changed(self) -> None:
        # A place or an organization may have come meanwhile (Start from this case with a new lead, an import,
        # the Places dialog): the pickers read them again with the program, or its new lead would show blank.
        self._choices_loaded = False
        super().on_data_changed()

    def refresh(self) -> None:
        if self.key is None:
            return
        try:
            program = self.service.get_program(self.key)
        except NotFoundError:
            # Deleted (or its creation undone) while open: nothing left to edit here.
            self.program = None
            self.heading.setText(self.tr("This program is no longer there (deleted or renamed)."))
            self._apply_editable()
            if self.ctx.shell.current_view() == "program":
                self.ctx.shell.go_back()
                self.ctx.shell.show_status(self.tr("%1 is no longer there").replace("%1", self.key))
            return
        if not self._choices_loaded:
            self._choices_loaded = True
            self.place_picker.set_places(self.service.list_places())
            self.org_picker.set_organizations(self.service.list_organizations())
        self.ctx.versions.saw_program(program)
        self.load(program)

    def load(self, p: d.Program) -> None:
        self.program = p
        # The no-break space keeps the dot with the local title when the line wraps.
        # The title in the reader's language first (app/domain/names.py).
        first = texts.name_text(p.title, p.local_title)
        other = p.title if first != p.title else p.local_title
        heading = f"{first} ·\u00a0{other}" if other and other != first else first
        self.heading.setText(_keep_cjk_words_whole(heading))
        self.heading.setToolTip(
            self.tr("%1 is the library's local title, not stated in the sources").replace("%1", p.local_title or "")
            if standing(p, "local_title") is Standing.EDITORIAL
            else ""
        )
        place = texts.place_text(p.place) if p.place else self.tr("no place")
        self.subheading.setText(f"{p.key} — {place}")
        if p.is_case and p.percent_complete is None:
            unstated_text = self.tr("percent not stated in the sources")
            self.subheading.setText(f"{self.subheading.text()} · {unstated_text}")
        as_of = status_as_of(p) if p.is_case else None
        pill = texts.status_label(p.status)
        if p.is_case and p.status is None:
            pill = self.tr("status not stated in the sources")
        as_of_text = self.tr("as of %1").replace("%1", str(as_of))
        self.status_pill.setText(pill if as_of is None else f"{pill} · {as_of_text}")
        self.status_pill.setStyleSheet(style.status_pill(p.status))
        pct = p.percent_complete  # rolled up by the service (store/derived.py) whenever a task changes
        if pct is not None:
            percent_text = self.tr("%1% complete").replace("%1", f"{pct:g}")
        elif p.is_case:
            # The sources state no percent for a case; none is made up from task statuses.
            percent_text = self.tr("percent not stated in the sources")
        else:
            percent_text = self.tr("no percent yet")
        self.percent_label.setText(percent_text)
        explanation = (
            self.service.rollup_explanation(p.key) if p.tasks else self.tr("No tasks: set by progress entries")
        )
        self.percent_label.setToolTip(explanation)
        self.rollup_label.setText(self.percent_label.text())
        self.rollup_label.setToolTip(explanation)
        # A case without a stated percent says so once, quietly beside its key, not in large type
        # in the header and again above its tasks.
        unstated = pct is None and p.is_case
        self.percent_label.setVisible(not unstated)
        self.rollup_label.setVisible(not unstated)
        cite_by_field: dict[str, list[d.Citation]] = {}
        for c in p.citations:
            if c.field:
                cite_by_field.setdefault(c.field, []).append(c)
        for name, row in self.fields.items():
            if name not in self._errors:  # keep what the user typed where a save was refused
                row.editor.blockSignals(True)
                row.write(p)
                row.editor.blockSignals(False)
            cites = cite_by_field.get(name) or cite_by_field.get(name.removesuffix("_id")) or []
            # The caption keeps its mnemonic: Alt and its letter go to the field.
            text = row.caption_text + (" ⓘ" if cites else "")
            row.caption.setText(text)
            row.caption.setToolTip(
                markup.tooltip(
                    f"“{markup.quote_html(c.excerpt or '')}”<br>— {html.escape(c.source_key)}" for c in cites
                )
                if cites
                else ""
            )
            self._show_standing(p, row)
        reselect = getattr(self, "_reselect", None)
        current = self.selected_task()
        self.task_model.set_tasks(p.tasks, roll_up=not p.is_case)
        # A case states no owners, percents or weights of its steps: those columns give their room to the titles.
        for col in (TaskTreeModel.OWNER, TaskTreeModel.PERCENT, TaskTreeModel.WEIGHT):
            self.task_tree.setColumnHidden(col, p.is_case and not any(self._task_column_value(t, col) for t in p.tasks))
        self.task_tree.expandAll()
        self.tasks_empty.setVisible(not p.tasks)
        self.tasks_empty.setText(
            self.tr("The sources state no tasks for this case.")
            if p.is_case
            else self.tr("No tasks yet. Use Add action plan (Ctrl+T) to break the program into tasks.")
        )
        keep = reselect if reselect is not None else (current.id if current else None)
        if keep is not None:
            index = self.task_model.index_of(keep)
            if index.isValid():
                self.task_tree.setCurrentIndex(index)
        self._reselect = None
        self.progress_model.set_tasks({t.id: t.title for t in p.tasks})
        self.task_timeline.set_program(p)
        self.progress_model.set_rows(p.progress)
        self.progress_empty.setVisible(not p.progress)
        chosen = self.indicator_table.currentIndex().row()
        previous = self.current_indicator()
        keep_indicator = self._reselect_indicator or (previous.id if previous else None)
        self._reselect_indicator = None
        self.indicator_model.set_rows(p.indicators)
        ids = [i.id for i in p.indicators]
        if keep_indicator in ids:
            chosen = ids.index(keep_indicator)  # the same indicator, wherever it is now
        if p.indicators:
            self.indicator_table.selectRow(min(max(chosen, 0), len(p.indicators) - 1))
        else:
            self.value_model.set_rows(())
            self.chart.set_indicator(None)
            self._apply_indicator_actions()
        self.indicators_empty.setVisible(not p.indicators)
        self.indicators_empty.setText(
            self.tr("The sources state no indicators for this case.")
            if p.is_case
            else self.tr("No indicators yet. Use Add indicator… to define what this program measures.")
        )
        self.sources.setHtml(self._sources_html(p))
        self.case_note.setVisible(p.is_case)
        self.case_note.setText(
            self.tr(
                "A case from the library, kept as its sources state it. Use “Start from this case” to make "
                "a program of your own from it. Hover over a field name marked ⓘ to see where the fact "
                "comes from."
            )
        )
        if p.based_on_key:
            self.subheading.setText(
                self.subheading.text() + " — " + self.tr("started from %1").replace("%1", p.based_on_key)
            )
        self.start_case.setVisible(p.is_case)
        self._apply_editable()

    @staticmethod
    def _task_column_value(task: d.Task, col: int) -> bool:
        if col == TaskTreeModel.OWNER:
            return bool(task.owner)
        if col == TaskTreeModel.PERCENT:
            return task.percent_complete is not None
        return task.weight != 1

    def _show_standing(self, p: d.Program, row: FieldRow) -> None:
        """On a case page: a field the sources do not state says so in place of an empty field; a value the
        library added (a local title, themes) is marked editorial; a stated status says the year it holds for."""
        how = standing(p, row.name)
        row.editor.setVisible(how is not Standing.NOT_STATED)
        text, look, tip = "", "", ""
        if how is Standing.NOT_STATED:
            text, look = self.tr("not stated in the sources"), style.NOT_STATED
            tip = self.tr("The sources of this case do not state it, so the library leaves it empty.")
        elif how is Standing.EDITORIAL:
            text, look = self.tr("editorial: added by the library, not stated in the sources"), style.EDITORIAL_NOTE
            tip = self.tr("The library added this so the case can be found and filed; the sources do not state it.")
        elif row.name == "status" and (year := status_as_of(p)) is not None:
            text, look = self.tr("as of %1").replace("%1", str(year)), style.AS_OF_NOTE
            tip = self.tr("The year of the source that states the status")
        row.note.setText(text)
        row.note.setStyleSheet(look)
        row.note.setToolTip(tip)
        row.note.setVisible(bool(text))

    def _apply_editable(self) -> None:
        editable = not self.read_only and self.program is not None and not self.program.is_case
        for row in self.fields.values():
            if row.name == "partners":
                _look_read_only(self.partners_list, not editable)
                continue  # stays readable; its Add/Remove buttons follow below
            if isinstance(row.editor, PartialDateEdit):
                row.editor.set_read_only(not editable)
            elif isinstance(row.editor, QLineEdit | CommitTextEdit):
                row.editor.setReadOnly(not editable)
                _look_read_only(row.editor, not editable)
            else:
                row.editor.setEnabled(editable)
        for action in self.task_actions:
            action.setEnabled(editable)
        for button in (
            self.add_partner_button,
            self.remove_partner_button,
        ):
            button.setEnabled(editable)
        self._apply_indicator_actions()
        self.task_model.read_only = not editable
        self.task_timeline.set_editable(editable)
        can_log = not self.read_only and self.program is not None and not self.program.is_case
        self.log_button.setEnabled(can_log)
        self.log_here.setEnabled(can_log)
        self._update_entry_buttons()
        self.start_case.setEnabled(not self.read_only)

    def _update_entry_buttons(self, *_: object) -> None:
        """Edit entry and Delete entry act on the selected entry of one of the office's programs."""
        can_log = not self.read_only and self.program is not None and not self.program.is_case
        chosen = self.timeline.currentIndex().isValid()
        self.edit_entry.setEnabled(can_log and chosen)
        self.delete_entry.setEnabled(can_log and chosen)

    def set_read_only(self, flag: bool) -> None:
        self.read_only = flag
        self._apply_editable()

    def save_state(self, settings: QSettings) -> None:
        settings.setValue("program/splitter", self.splitter.saveState())
        settings.setValue("program/tasks_header", self.task_tree.header().saveState())
        settings.setValue("program/indicator_splitter", self.indicator_split.saveState())

    def restore_state(self, settings: QSettings) -> None:
        for key, restore in (
            ("program/splitter", self.splitter.restoreState),
            ("program/tasks_header", self.task_tree.header().restoreState),
            ("program/indicator_splitter", self.indicator_split.restoreState),
        ):
            value = settings.value(key)
            if value is not None:
                restore(value)


_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK_WORD = re.compile(f"(?<![{_CJK}])[{_CJK}]{{2,16}}(?![{_CJK}])")


def _keep_cjk_words_whole(text: str) -> str:
    """Word joiners between the characters of each short Chinese or Japanese run.

    Qt may wrap between any two Han characters, which split "南京模式" into "南京 / 模式" in the header;
    joined, a name moves to the next line whole. Long runs are left breakable so they cannot widen the window.
    """
    return _CJK_WORD.sub(lambda m: "\u2060".join(m.group()), text)


def _look_read_only(widget: QWidget, flag: bool) -> None:
    """Read-only text stays selectable, so it is not disabled; it takes the grey of the disabled fields instead.

    A white read-only field beside greyed ones looks as if it could be typed in.
    """
    palette = QApplication.palette(widget)
    if flag:
        grey = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Base)
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            palette.setColor(group, QPalette.ColorRole.Base, grey)
    widget.setPalette(palette)


class _PercentTaskDelegate(PercentDelegate):
    """The percent bar, with the 0–100 spin box as editor."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        return TaskDelegate().createEditor(parent, option, index)
