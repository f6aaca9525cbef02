"""The History panel: who changed what and when, for one program or for everything, with filters."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import CivicError
from app.domain.fields import field_name
from app.services.history import ACTIONS, ENTITY_TYPES, HistoryEntry, HistoryFilter, HistoryService, shown_value
from app.ui import texts

_Index = QModelIndex | QPersistentModelIndex

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1  # the HistoryEntry of the row
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


class HistoryTableModel(QAbstractTableModel):
    """Change records, newest first, fetched from the service a page at a time as the view scrolls."""

    WHEN, WHO, KIND, RECORD, FIELD, OLD, NEW, PROGRAM = range(8)
    PAGE = 200

    def __init__(self, service: HistoryService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._filter = HistoryFilter()
        self._rows: list[HistoryEntry] = []
        self._total = 0
        self._headers = [
            self.tr("When"),
            self.tr("Who"),
            self.tr("Change"),
            self.tr("Record"),
            self.tr("Field"),
            self.tr("Old value"),
            self.tr("New value"),
            self.tr("Program"),
        ]
        self._actions = {
            "create": self.tr("Created"),
            "update": self.tr("Changed"),
            "delete": self.tr("Moved to trash"),
            "restore": self.tr("Restored"),
            "purge": self.tr("Deleted for good"),
        }
        self._records = {
            "program": self.tr("Program"),
            "task": self.tr("Task"),
            "progress": self.tr("Progress entry"),
            "indicator": self.tr("Indicator"),
            "indicator_value": self.tr("Indicator value"),
        }

    # -- loading
    def set_filter(self, flt: HistoryFilter) -> None:
        self._filter = flt
        self.reload()

    def history_filter(self) -> HistoryFilter:
        return self._filter

    def reload(self) -> None:
        self.beginResetModel()
        page = self._service.list_changes(self._filter, offset=0, limit=self.PAGE)
        self._rows = list(page.rows)
        self._total = page.total
        self.endResetModel()

    def total(self) -> int:
        return self._total

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        page = self._service.list_changes(self._filter, offset=len(self._rows), limit=self.PAGE)
        if not page.rows:
            self._total = len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
        self._rows.extend(page.rows)
        self.endInsertRows()

    def entry(self, row: int) -> HistoryEntry:
        return self._rows[row]

    # -- Qt model
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
        if horizontal and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        e = self._rows[index.row()]
        col = index.column()
        if role == ENTRY_ROLE:
            return e
        if role == SORT_ROLE:
            return e.at.timestamp() if col == self.WHEN else self.data(index)
        if role == Qt.ItemDataRole.ToolTipRole:
            return texts.message_text(e.description())
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if col == self.WHEN:
            return texts.time_text(e.at)
        if col == self.WHO:
            return e.actor or self.tr("unknown")
        if col == self.KIND:
            return self._actions.get(e.action, e.action)
        if col == self.RECORD:
            return f"{self._records.get(e.entity_type, e.entity_type)} {texts.message_text(e.key_said)}"
        if col == self.FIELD:
            if not e.field:
                return ""
            return texts.message_text(field_name(e.field))  # domain/fields.py: the names History uses
        if col == self.OLD:
            return self._value(e.field, e.old_value)
        if col == self.NEW:
            return self._value(e.field, e.new_value)
        if col == self.PROGRAM:
            return e.program_key or ""
        return None

    @staticmethod
    def _value(field: str | None, value: str | None) -> str:
        if value is None:
            return ""
        return texts.message_text(shown_value(field, value))


class HistoryPanel(QWidget):
    """The global History view: every change, filterable by person, date and kind of change."""

    filter_changed = Signal()

    def __init__(
        self,
        service: HistoryService,
        parent: QWidget | None = None,
        program_key: str | None = None,
        load_now: bool = True,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._program_key = program_key
        self.model = HistoryTableModel(self._service, self)

        self.person = QComboBox(self)
        self.person.setObjectName("historyPerson")
        self.kind = QComboBox(self)
        self.kind.setObjectName("historyKind")
        self.kind.addItem(self.tr("All changes"), None)
        labels = {
            "create": self.tr("Created"),
            "update": self.tr("Changed"),
            "delete": self.tr("Moved to trash"),
            "restore": self.tr("Restored"),
            "purge": self.tr("Deleted for good"),
        }
        for action in ACTIONS:
            self.kind.addItem(labels[action], action)
        self.record = QComboBox(self)
        self.record.setObjectName("historyRecord")
        self.record.addItem(self.tr("All records"), None)
        records = {
            "program": self.tr("Programs"),
            "task": self.tr("Tasks"),
            "progress": self.tr("Progress entries"),
            "indicator": self.tr("Indicators"),
            "indicator_value": self.tr("Indicator values"),
        }
        for kind in ENTITY_TYPES:
            self.record.addItem(records[kind], kind)
        self.use_since = QCheckBox(self.tr("Since"), self)
        self.since = QDateEdit(self)
        self.since.setCalendarPopup(True)
        self.since.setDisplayFormat("yyyy-MM-dd")
        self.since.setDate(QDate.currentDate().addDays(-30))
        self.since.setEnabled(False)
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.count_label = QLabel(self)

        bar = QHBoxLayout()
        self.title_label = QLabel(self)
        bar.addWidget(self.title_label)
        bar.addWidget(QLabel(self.tr("Person:"), self))
        bar.addWidget(self.person)
        bar.addWidget(QLabel(self.tr("Change:"), self))
        bar.addWidget(self.kind)
        bar.addWidget(QLabel(self.tr("Record:"), self))
        bar.addWidget(self.record)
        bar.addWidget(self.use_since)
        bar.addWidget(self.since)
        bar.addStretch(1)
        bar.addWidget(self.count_label)
        bar.addWidget(self.refresh_button)

        self.view = QTableView(self)
        self.view.setObjectName("historyTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for col, width in ((0, 130), (1, 110), (2, 110), (3, 200), (4, 110), (5, 180), (6, 180), (7, 130)):
            self.view.setColumnWidth(col, width)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(bar)
        layout.addWidget(self.view)

        self.person.currentIndexChanged.connect(self._apply)
        self.kind.currentIndexChanged.connect(self._apply)
        self.record.currentIndexChanged.connect(self._apply)
        self.use_since.toggled.connect(self.since.setEnabled)
        self.use_since.toggled.connect(self._apply)
        self.since.dateChanged.connect(self._apply)
        self.refresh_button.clicked.connect(self.reload)
        self._loading = False
        if load_now:
            self.reload()

    def program_key(self) -> str | None:
        return self._program_key

    def set_program(self, key: str | None) -> None:
        """Show the history of another program (None: of everything)."""
        self._program_key = key
        self.reload()

    def reload(self) -> None:
        """Refresh the people list and the rows, keeping the chosen filters."""
        self._loading = True
        try:
            chosen = self.person.currentData()
            self.person.clear()
            self.person.addItem(self.tr("Everyone"), None)
            try:
                actors = self._service.actors()
            except CivicError:
                actors = []
            for name in actors:
                self.person.addItem(name, name)
            if chosen is not None:
                at = self.person.findData(chosen)
                self.person.setCurrentIndex(max(at, 0))
        finally:
            self._loading = False
        if self._program_key:
            self.title_label.setText(self.tr("History of %1").replace("%1", self._program_key))
        else:
            self.title_label.setText(self.tr("All changes"))
        self._apply()

    def current_filter(self) -> HistoryFilter:
        since: dt.date | None = None
        if self.use_since.isChecked():
            q = self.since.date()
            since = dt.date(q.year(), q.month(), q.day())
        action = self.kind.currentData()
        record = self.record.currentData()
        return HistoryFilter(
            program_key=self._program_key,
            actor=self.person.currentData(),
            since=since,
            actions=(action,) if action else (),
            entity_types=(record,) if record else (),
        )

    def _apply(self, *_args: object) -> None:
        if self._loading:
            return
        try:
            self.model.set_filter(self.current_filter())
        except CivicError as exc:
            self.count_label.setText(texts.message_text(exc))
            return
        total = self.model.total()
        self.count_label.setText(
            self.tr("1 change") if total == 1 else self.tr("%1 changes").replace("%1", f"{total:,}")
        )
        self.filter_changed.emit()


class ProgramHistoryPanel(HistoryPanel):
    """The History of one program (with its tasks, progress entries and indicators), to embed in its page."""

    def __init__(self, service: HistoryService, program_key: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(service, parent, program_key=program_key)
        self.model.setObjectName("programHistoryModel")
        self.view.hideColumn(HistoryTableModel.PROGRAM)


__all__ = ["ENTRY_ROLE", "SORT_ROLE", "HistoryPanel", "HistoryTableModel", "ProgramHistoryPanel"]
