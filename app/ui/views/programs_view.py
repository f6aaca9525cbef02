"""The programs table (own programs or the case library) with its search box and filters."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QModelIndex, QSettings, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCommandLinkButton,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain import model as d
from app.domain.enums import Status
from app.domain.saved_filters import Value
from app.ui import style, texts
from app.ui.context import AppContext
from app.ui.models.programs import ProgramTableModel
from app.ui.views.base import View
from app.ui.widgets import PercentDelegate
from app.ui.workers import BackgroundTask

SEARCH_DELAY_MS = 150
COUNT_DELAY_MS = 400


class StartChoices(QWidget):
    """What an office with no program of its own can do first, as large buttons: import its workbook, start
    from a case of the library, or create a blank program. Import appears once the window offers it."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        heading = QLabel(self.tr("No programs of your own yet. Start one of these ways:"), self)
        heading.setStyleSheet(style.EMPTY_HEADING)
        heading.setWordWrap(True)
        self.import_button = self._choice(
            self.tr("Import workbook…"),
            self.tr("Bring in the programs, tasks and progress your office already keeps in a spreadsheet"),
        )
        self.import_button.hide()  # until offer_import gives it the window's Import action
        self.case_button = self._choice(
            self.tr("Start from a case"),
            self.tr("Pick a case in the Case library and copy its tasks and indicators into a program of yours"),
        )
        self.case_button.clicked.connect(self._choose_case)
        self.new_button = self._choice(
            self.tr("New program…"), self.tr("Create a blank program and fill it in as you go (Ctrl+N)")
        )
        self.new_button.clicked.connect(lambda: ctx.shell.new_program())
        column = QVBoxLayout()
        column.setSpacing(12)
        column.addWidget(heading)
        for button in (self.import_button, self.case_button, self.new_button):
            column.addWidget(button)
        column.addStretch(1)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(column, 3)
        outer.addStretch(1)

    def _choice(self, text: str, description: str) -> QCommandLinkButton:
        button = QCommandLinkButton(text, description, self)
        button.setStyleSheet(style.START_CHOICE)
        button.setMinimumHeight(72)
        return button

    def offer_import(self, action: QAction) -> None:
        self.import_button.clicked.connect(lambda: action.trigger())
        self.import_button.show()

    def _choose_case(self) -> None:
        self.ctx.shell.show_view("cases")
        self.ctx.shell.show_status(self.tr("Choose a case, then “Start from this case” (Ctrl+Shift+N)"))

    def set_read_only(self, flag: bool) -> None:
        for button in (self.import_button, self.case_button, self.new_button):
            button.setEnabled(not flag)


class ProgramsView(View):
    """Own programs (``cases=False``) or the case library (``cases=True``)."""

    def __init__(self, ctx: AppContext, cases: bool) -> None:
        super().__init__(ctx)
        self.cases = cases
        self.name = "cases" if cases else "programs"
        self.service = ctx.programs
        self.model = ProgramTableModel(self.service, parent=self)

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search title, summary, place, organization… (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search programs"))
        self.status_filter = QComboBox(self)
        self.status_filter.setAccessibleName(self.tr("Status filter"))
        self.status_filter.addItem(self.tr("All statuses"), None)
        for status in Status:
            self.status_filter.addItem(texts.status_icon(status), texts.status_label(status), status.value)
        self.place_filter = QComboBox(self)
        self.place_filter.setAccessibleName(self.tr("Place filter"))
        self.theme_filter = QComboBox(self)
        self.theme_filter.setAccessibleName(self.tr("Theme filter"))
        self.country_filter = QComboBox(self)
        self.country_filter.setAccessibleName(self.tr("Country filter"))
        self.scope_filter = QComboBox(self)
        self.scope_filter.setAccessibleName(self.tr("Own programs or case library"))
        self.scope_filter.addItem(self.tr("Own programs"), False)
        self.scope_filter.addItem(self.tr("Case library"), True)
        self.scope_filter.addItem(self.tr("Both"), None)
        self.scope_filter.setCurrentIndex(1 if cases else 0)

        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(ProgramTableModel.TITLE, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setItemDelegateForColumn(ProgramTableModel.PERCENT, PercentDelegate(parent=self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # The defaults leave room for the last column at 1440 px, which takes whatever width is left.
        for col, width in ((0, 170), (1, 320), (2, 120), (3, 200), (4, 100), (5, 80), (6, 100), (7, 110)):
            self.table.setColumnWidth(col, width)
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(self._open_row)
        self.table.activated.connect(self._open_row)

        self.primary = QPushButton(self)
        if cases:
            self.primary.setText(self.tr("Start from this case"))
            self.primary.setToolTip(self.tr("Copy the case's tasks and indicators into a new program of your own"))
            self.primary.clicked.connect(lambda: ctx.shell.start_from_case(self.selected_key()))
        else:
            self.primary.setText(self.tr("New program"))
            self.primary.clicked.connect(lambda: ctx.shell.new_program())
        self.count_label = QLabel(self)
        self.empty_hint = QLabel(self)
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setStyleSheet(style.EMPTY_HINT)
        self.empty_hint.hide()
        self.start_choices = StartChoices(ctx, self)
        self.start_choices.hide()

        title = QLabel(self.tr("Case library") if cases else self.tr("Programs"), self)
        title.setStyleSheet(style.HEADING)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.primary)
        filters = QHBoxLayout()
        self.filter_bar = filters  # a saved-filter picker joins the filters (app/ui/saved_filter_actions.py)
        filters.addWidget(self.search, 3)
        for combo in (
            self.status_filter,
            self.country_filter,
            self.place_filter,
            self.theme_filter,
            self.scope_filter,
        ):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(9)
            filters.addWidget(combo, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.start_choices, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label)
        bottom.addStretch(1)
        layout.addLayout(bottom)
        self.setTabOrder(self.search, self.status_filter)
        self.setTabOrder(self.status_filter, self.country_filter)
        self.setTabOrder(self.country_filter, self.place_filter)
        self.setTabOrder(self.place_filter, self.theme_filter)
        self.setTabOrder(self.theme_filter, self.scope_filter)
        self.setTabOrder(self.scope_filter, self.table)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(COUNT_DELAY_MS)
        self._count_timer.timeout.connect(self.update_count)
        self.search.textChanged.connect(self._search_timer.start)
        for combo in (
            self.status_filter,
            self.place_filter,
            self.theme_filter,
            self.country_filter,
            self.scope_filter,
        ):
            combo.currentIndexChanged.connect(self.apply_filter)
        self._choices_loaded = False
        self.choices_ready = False
        self._pending_values: Mapping[str, Value] | None = None  # a saved filter waiting for the choices
        self._count_calls: list[BackgroundTask] = []

    # -- loading -----------------------------------------------------------------------------
    def refresh(self) -> None:
        if not self._choices_loaded:
            self._load_choices()
        key = self.selected_key()
        self.apply_filter()
        if key:
            self.select_key(key)

    def _load_choices(self) -> None:
        """Fill the place, theme and country filters; the lists are read on a worker (themes of
        100,000 programs take a moment) so the table comes first."""
        self._choices_loaded = True
        for combo, text in (
            (self.place_filter, self.tr("All places")),
            (self.theme_filter, self.tr("All themes")),
            (self.country_filter, self.tr("All countries")),
        ):
            combo.blockSignals(True)
            combo.addItem(text, None)
            combo.blockSignals(False)
        service, dashboard = self.service, self.ctx.dashboard
        self._count_calls.append(
            self.ctx.runner.run(
                lambda: (service.list_places(), service.list_themes(), dashboard.countries()),
                self._fill_choices,
                owner=self,
            )
        )

    def _fill_choices(self, lists: tuple[list[d.Place], list[str], list[d.Place]]) -> None:
        places, themes, countries = lists
        combos = (self.place_filter, self.theme_filter, self.country_filter)
        for combo in combos:
            combo.blockSignals(True)
        for place in texts.in_reading_order(places):
            if place.level.value in ("city", "district", "province", "neighbourhood"):
                label = texts.title_text(place.name, place.name_local)  # the reader's name first
                self.place_filter.addItem(label, place.id)
                path = texts.place_text(place)
                self.place_filter.setItemData(self.place_filter.count() - 1, path, Qt.ItemDataRole.ToolTipRole)
        for theme in themes:
            self.theme_filter.addItem(theme, theme)
        for country in countries:
            self.country_filter.addItem(texts.name_text(country.name, country.name_local), country.id)
        for combo in combos:
            combo.blockSignals(False)
        self.choices_ready = True
        if self._pending_values is not None:
            self.apply_filter_values(self._pending_values)

    def current_filter(self) -> d.ProgramFilter:
        status = self.status_filter.currentData()
        return d.ProgramFilter(
            text=self.search.text(),
            statuses=(Status(status),) if status else (),
            place_id=self.place_filter.currentData(),
            theme=self.theme_filter.currentData(),
            country_id=self.country_filter.currentData(),
            is_case=self.scope_filter.currentData(),
        )

    # -- saved filters (plain values: app/domain/saved_filters.py) ----------------------------------
    def filter_values(self) -> dict[str, Value]:
        return {
            "text": self.search.text().strip(),
            "status": self.status_filter.currentData(),
            "place_id": self.place_filter.currentData(),
            "theme": self.theme_filter.currentData(),
            "country_id": self.country_filter.currentData(),
            "scope": self.scope_filter.currentData(),
        }

    def apply_filter_values(self, values: Mapping[str, Value]) -> None:
        """Put a saved filter's values in the widgets and filter once. Places, themes and countries are read
        on a worker: until they are there, the filter waits and is put in again when they come."""
        self._pending_values = None if self.choices_ready else values
        widgets = (self.search, self.status_filter, self.place_filter, self.theme_filter, self.country_filter)
        for widget in (*widgets, self.scope_filter):
            widget.blockSignals(True)
        self.search.setText(str(values.get("text") or ""))
        _select(self.status_filter, values.get("status"))
        _select(self.place_filter, values.get("place_id"))
        _select(self.theme_filter, values.get("theme"))
        _select(self.country_filter, values.get("country_id"))
        if "scope" in values:
            _select(self.scope_filter, values["scope"])
        for widget in (*widgets, self.scope_filter):
            widget.blockSignals(False)
        self.apply_filter()

    def apply_filter(self) -> None:
        """Refilter now (the search box calls this after a short pause in typing)."""
        self._search_timer.stop()
        self.model.set_filter(self.current_filter())
        self._count_timer.start()
        self._update_empty_hint()

    def update_count(self) -> None:
        """Count the matches on a worker (a COUNT reads every matching row) and show it if still current."""
        flt = self.model.program_filter
        service = self.service
        self._count_calls = [c for c in self._count_calls if not c.finished]

        def show(total: int) -> None:
            if flt == self.model.program_filter:
                self.count_label.setText(self.tr("Matching programs: %1").replace("%1", f"{total:,}"))

        self._count_calls.append(self.ctx.runner.run(lambda: service.count_programs(flt), show, owner=self))

    def _update_empty_hint(self) -> None:
        empty = self.model.rowCount() == 0
        first = empty and not self.cases and self.current_filter() == d.ProgramFilter(is_case=False)
        # No program of our own at all: the first things to do take the table's place.
        self.start_choices.setVisible(first)
        self.table.setVisible(not first)
        if empty and not first:
            self.empty_hint.setText(self.tr("No program matches the search and filters."))
            self.empty_hint.show()
        else:
            self.empty_hint.hide()

    # -- selection ---------------------------------------------------------------------------
    def selected_key(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            return str(rows[0].data(ProgramTableModel.KeyRole))
        current = self.table.currentIndex()
        return str(current.data(ProgramTableModel.KeyRole)) if current.isValid() else None

    def select_key(self, key: str) -> None:
        row = self.model.row_of(key)
        if row >= 0:
            self.table.selectRow(row)

    def _open_row(self, index: QModelIndex) -> None:
        key = index.data(ProgramTableModel.KeyRole)
        if key:
            self.ctx.shell.open_program(str(key))

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def set_read_only(self, flag: bool) -> None:
        self.primary.setEnabled(not flag)
        self.start_choices.set_read_only(flag)

    # -- settings ----------------------------------------------------------------------------
    def save_state(self, settings: QSettings) -> None:
        settings.setValue(f"{self.name}/header", self.table.horizontalHeader().saveState())

    def restore_state(self, settings: QSettings) -> None:
        state = settings.value(f"{self.name}/header")
        if state is not None:
            header = self.table.horizontalHeader()
            header.restoreState(state)
            # Widths saved before the last column stretched would bring back a cut-off "Last progress".
            header.setStretchLastSection(True)


def _select(combo: QComboBox, value: Value) -> None:
    """Choose the item whose data is ``value`` (the first, "All …", when none is: a place since merged away)."""
    found = next((i for i in range(combo.count()) if combo.itemData(i) == value), 0)
    combo.setCurrentIndex(found)
