"""Office-wide panes: tasks due and overdue, the progress log, and the dashboard."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from PySide6.QtCore import QDate, QModelIndex, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import Status
from app.domain.saved_filters import Value
from app.services.dashboard import LogEntry, ProgramChoice
from app.services.programs import Overview
from app.ui import style, texts
from app.ui.chart_slot import IndicatorChartSlot
from app.ui.context import AppContext
from app.ui.models.lists import DueTaskModel, KeyRole, LogEntryModel, RowsModel, StaleProgramModel
from app.ui.views.base import View


def _table(model: RowsModel, parent: QWidget, widths: tuple[int, ...] = ()) -> QTableView:  # type: ignore[type-arg]
    table = QTableView(parent)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    for col, width in enumerate(widths):
        table.setColumnWidth(col, width)
    return table


def _heading(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setStyleSheet(style.HEADING)
    return label


class _OpensPrograms:
    ctx: AppContext

    def _open(self, index: QModelIndex) -> None:
        key = index.data(KeyRole)
        if key:
            self.ctx.shell.open_program(str(key))


class TasksView(_OpensPrograms, View):
    """Open tasks due within the chosen number of days, and those already overdue."""

    name = "tasks"

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.service = ctx.programs
        self.model = DueTaskModel(self)
        self.days = QSpinBox(self)
        self.days.setRange(0, 365)
        self.days.setValue(14)
        self.days.setSuffix(self.tr(" days"))
        self.days.setAccessibleName(self.tr("Due within"))
        self.days.valueChanged.connect(self.refresh_now)
        self.table = _table(self.model, self, (100, 340, 300, 120))
        self.table.activated.connect(self._open)
        self.table.doubleClicked.connect(self._open)
        self.summary = QLabel(self)
        top = QHBoxLayout()
        top.addWidget(_heading(self.tr("Tasks due and overdue"), self))
        top.addStretch(1)
        top.addWidget(QLabel(self.tr("Due within"), self))
        top.addWidget(self.days)
        self.filter_bar = top  # a saved-filter picker joins the filter (app/ui/saved_filter_actions.py)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)

    def refresh(self) -> None:
        rows = self.service.due_tasks(within_days=self.days.value())
        self.model.set_rows(rows)
        overdue = sum(1 for r in rows if r.overdue)
        self.summary.setText(
            self.tr("%1 overdue, %2 due soon").replace("%1", str(overdue)).replace("%2", str(len(rows) - overdue))
        )

    def filter_values(self) -> dict[str, Value]:
        return {"due_within": self.days.value()}

    def apply_filter_values(self, values: Mapping[str, Value]) -> None:
        days = values.get("due_within")
        if isinstance(days, int) and not isinstance(days, bool):
            self.days.setValue(days)  # refreshes when it changes
        self.refresh_now()

    def save_state(self, settings: QSettings) -> None:
        settings.setValue("tasks/header", self.table.horizontalHeader().saveState())

    def restore_state(self, settings: QSettings) -> None:
        state = settings.value("tasks/header")
        if state is not None:
            self.table.horizontalHeader().restoreState(state)


class ProgressLogView(_OpensPrograms, View):
    """Every progress entry of the office's programs (or the case library too), newest first."""

    name = "progress"

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.service = ctx.dashboard
        self.model = LogEntryModel(self)
        self.scope = QComboBox(self)
        self.scope.addItem(self.tr("Own programs"), False)
        self.scope.addItem(self.tr("Including the case library"), True)
        self.scope.setAccessibleName(self.tr("Which programs"))
        self.scope.currentIndexChanged.connect(self.refresh_now)
        self.table = _table(self.model, self, (100, 260, 360, 220, 80))
        self.table.activated.connect(self._open)
        self.table.doubleClicked.connect(self._open)
        top = QHBoxLayout()
        top.addWidget(_heading(self.tr("Progress log"), self))
        top.addStretch(1)
        top.addWidget(self.scope)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)

    def refresh(self) -> None:
        self.model.set_rows(self.service.recent_progress(include_cases=bool(self.scope.currentData())))

    def save_state(self, settings: QSettings) -> None:
        settings.setValue("progress/header", self.table.horizontalHeader().saveState())

    def restore_state(self, settings: QSettings) -> None:
        state = settings.value("progress/header")
        if state is not None:
            self.table.horizontalHeader().restoreState(state)


SINCE_KEY = "dashboard/since"  # the day "Since the last meeting" counts from (ISO), in the window's settings
SINCE_DEFAULT_DAYS = 7


class DashboardView(_OpensPrograms, View):
    """Programs by status, overdue tasks, tasks due this week, stale programs, progress since the last meeting,
    the latest entries and an indicator chart."""

    name = "dashboard"

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.programs = ctx.programs
        self.dashboard = ctx.dashboard
        self.tiles: dict[str, QLabel] = {}
        tiles = QHBoxLayout()
        for status in [*Status, None]:
            key = status.value if status else "none"
            tile = QLabel(self)
            tile.setAlignment(Qt.AlignmentFlag.AlignCenter)
            tile.setMinimumHeight(64)
            tile.setStyleSheet(style.status_tile(status))
            tile.setTextFormat(Qt.TextFormat.RichText)
            self.tiles[key] = tile
            tiles.addWidget(tile, 1)
        self.overdue_model = DueTaskModel(self)
        self.week_model = DueTaskModel(self)
        self.stale_model = StaleProgramModel(self)
        self.latest_model = LogEntryModel(self)
        self.since_model = LogEntryModel(self)
        self.overdue_table = _table(self.overdue_model, self, (80, 180, 150, 80))
        self.week_table = _table(self.week_model, self, (80, 180, 150, 80))
        self.stale_table = _table(self.stale_model, self, (260, 100))
        self.latest_table = _table(self.latest_model, self, (76, 100, 128, 106, 70))
        self.since_table = _table(self.since_model, self, (76, 100, 128, 106, 70))
        self.since_date = QDateEdit(self)
        self.since_date.setObjectName("dashboardSince")
        self.since_date.setCalendarPopup(True)
        self.since_date.setDisplayFormat("yyyy-MM-dd")
        self.since_date.setAccessibleName(self.tr("Date of the last meeting"))
        self.since_date.setDate(self._default_since())
        self.since_date.dateChanged.connect(self._since_changed)
        for table in (self.overdue_table, self.week_table, self.stale_table, self.latest_table, self.since_table):
            table.activated.connect(self._open)
            table.doubleClicked.connect(self._open)
        self.chart_program = QComboBox(self)
        self.chart_program.setAccessibleName(self.tr("Program for the chart"))
        self.chart_program.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.chart_program.setMinimumContentsLength(20)
        self.chart_indicator = QComboBox(self)
        self.chart_indicator.setAccessibleName(self.tr("Indicator for the chart"))
        self.chart_indicator.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.chart_indicator.setMinimumContentsLength(20)
        self.chart = IndicatorChartSlot(self)
        self.chart_program.currentIndexChanged.connect(self._program_chosen)
        self.chart_indicator.currentIndexChanged.connect(self._indicator_chosen)
        self._indicators: list = []  # type: ignore[type-arg]
        self._generation = 0
        self._calls: list = []  # type: ignore[type-arg]
        self.loaded = False

        def box(title: str, *widgets: QWidget, row: QHBoxLayout | None = None) -> QGroupBox:
            group = QGroupBox(title, self)
            inner = QVBoxLayout(group)
            if row is not None:
                inner.addLayout(row)
            for w in widgets:
                inner.addWidget(w, 1)
            return group

        picker = QHBoxLayout()
        picker.addWidget(self.chart_program, 1)
        picker.addWidget(self.chart_indicator, 1)
        grid = QGridLayout()
        self.overdue_box = box(self.tr("Overdue tasks"), self.overdue_table)
        self.stale_box = box(self.tr("No progress in the last 30 days"), self.stale_table)
        self.week_box = box(self.tr("Due this week"), self.week_table)
        # Overdue and due this week share a column: the tables keep the width to show their columns whole.
        due = QVBoxLayout()
        due.addWidget(self.overdue_box, 1)
        due.addWidget(self.week_box, 1)
        grid.addLayout(due, 0, 0)
        since_row = QHBoxLayout()
        since_row.addWidget(QLabel(self.tr("Progress since"), self))
        since_row.addWidget(self.since_date)
        since_row.addStretch(1)
        self.since_box = box(self.tr("Since the last meeting"), self.since_table, row=since_row)
        # Stale programs and progress since the last meeting share a column, as the due tasks do.
        moving = QVBoxLayout()
        moving.addWidget(self.stale_box, 1)
        moving.addWidget(self.since_box, 1)
        grid.addLayout(moving, 0, 1)
        grid.addWidget(box(self.tr("Latest progress"), self.latest_table), 1, 0)
        grid.addWidget(box(self.tr("Indicator chart"), self.chart, row=picker), 1, 1)
        grid.setRowStretch(0, 2)
        grid.setRowStretch(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(_heading(self.tr("Dashboard"), self))
        layout.addLayout(tiles)
        layout.addLayout(grid, 1)

    def refresh(self) -> None:
        """Gather on a worker (a big database takes a moment), then fill the panes on the GUI thread."""
        self._generation += 1
        generation = self._generation
        self._calls = [c for c in self._calls if not c.finished]
        since = self.since()  # read here, on the GUI thread: the worker touches no widget
        self._calls.append(
            self.ctx.runner.run(
                lambda: self._gather(since),
                lambda result: self._show(generation, result),
                lambda message: self.ctx.shell.show_status(message),
                owner=self,
            )
        )

    def _gather(self, since: dt.date) -> tuple[Overview, list[LogEntry], list[ProgramChoice], list[LogEntry]]:
        # Runs on a worker: services only, no widgets.
        ov = self.programs.overview()
        latest = self.dashboard.log_entries(ov.latest)  # with their programs' and tasks' titles
        return ov, latest, self.dashboard.programs_with_indicators(), self.dashboard.recent_progress(since=since)

    def _show(
        self, generation: int, result: tuple[Overview, list[LogEntry], list[ProgramChoice], list[LogEntry]]
    ) -> None:
        if generation != self._generation:
            return  # a newer refresh is on its way
        ov, latest, choices, since_entries = result
        self.loaded = True
        for key, tile in self.tiles.items():
            label = texts.status_label(Status(key)) if key != "none" else texts.status_label(None)
            tile.setText(f"<span style='font-size:20pt; font-weight:700'>{ov.by_status.get(key, 0)}</span><br>{label}")
        self.overdue_model.set_rows(ov.overdue)
        self.overdue_box.setTitle(self.tr("Overdue tasks (%1)").replace("%1", str(len(ov.overdue))))
        self.week_model.set_rows(ov.due_this_week)
        self.week_box.setTitle(self.tr("Due this week (%1)").replace("%1", str(len(ov.due_this_week))))
        self.stale_model.set_rows(ov.stale)
        self.stale_box.setTitle(self.tr("No progress in the last 30 days (%1)").replace("%1", str(len(ov.stale))))
        self.latest_model.set_rows(latest)
        self.since_model.set_rows(since_entries)
        programs = len({e.entry.program_key for e in since_entries})
        self.since_box.setTitle(
            self.tr("Since the last meeting: %1 entries on %2 programs")
            .replace("%1", str(len(since_entries)))
            .replace("%2", str(programs))
        )
        chosen = self.chart_program.currentData()
        self.chart_program.blockSignals(True)
        self.chart_program.clear()
        for choice in choices:
            label = choice.title + (self.tr(" (case)") if choice.is_case else "")
            self.chart_program.addItem(label, choice.key)
        index = self.chart_program.findData(chosen)
        self.chart_program.setCurrentIndex(index if index >= 0 else 0)
        self.chart_program.blockSignals(False)
        self._program_chosen()

    # -- since the last meeting ----------------------------------------------------------------
    def _default_since(self) -> QDate:
        day = self.ctx.tasks.today() - dt.timedelta(days=SINCE_DEFAULT_DAYS)
        return QDate(day.year, day.month, day.day)

    def since(self) -> dt.date:
        chosen = self.since_date.date()
        return dt.date(chosen.year(), chosen.month(), chosen.day())

    def _since_changed(self) -> None:
        settings = self.ctx.settings()
        settings.setValue(SINCE_KEY, self.since().isoformat())
        settings.sync()
        self.refresh_now()

    def save_state(self, settings: QSettings) -> None:
        settings.setValue(SINCE_KEY, self.since().isoformat())

    def restore_state(self, settings: QSettings) -> None:
        saved = settings.value(SINCE_KEY)
        try:
            day = dt.date.fromisoformat(str(saved)) if saved else None
        except ValueError:
            day = None
        if day is not None:
            self.since_date.blockSignals(True)
            self.since_date.setDate(QDate(day.year, day.month, day.day))
            self.since_date.blockSignals(False)
            self._stale = True

    def _program_chosen(self) -> None:
        key = self.chart_program.currentData()
        self._indicators = list(self.programs.get_program(key).indicators) if key else []
        self.chart_indicator.blockSignals(True)
        self.chart_indicator.clear()
        for ind in self._indicators:
            self.chart_indicator.addItem(ind.name, ind.id)
        self.chart_indicator.blockSignals(False)
        self._indicator_chosen()

    def _indicator_chosen(self) -> None:
        i = self.chart_indicator.currentIndex()
        self.chart.set_indicator(self._indicators[i] if 0 <= i < len(self._indicators) else None)


__all__ = ["DashboardView", "ProgressLogView", "TasksView"]
