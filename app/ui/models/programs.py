"""The programs table: a lazily filled page-by-page model, filtered and sorted in the database."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from app.domain import model as d
from app.domain.enums import Status
from app.services.programs import ProgramService
from app.ui import texts

Index = QModelIndex | QPersistentModelIndex


class ProgramTableModel(QAbstractTableModel):
    """Rows of ``ProgramSummary``, fetched ``page_size`` at a time as the view scrolls."""

    KEY, TITLE, PLACE, ORGANIZATION, STATUS, START, PERCENT, LAST_PROGRESS = range(8)
    SORT_FIELDS = (
        "key",
        "title",
        "place",
        "lead_organization",
        "status",
        "start_date",
        "percent_complete",
        "last_progress",
    )
    KeyRole = Qt.ItemDataRole.UserRole + 1
    SummaryRole = Qt.ItemDataRole.UserRole + 2
    SortRole = Qt.ItemDataRole.UserRole + 3

    def __init__(self, service: ProgramService, page_size: int = 60, parent: Any = None) -> None:
        super().__init__(parent)
        self.service = service
        self.page_size = page_size
        self._filter = d.ProgramFilter()
        self._sort_column = self.TITLE
        self._descending = False
        self._rows: list[d.ProgramSummary] = []
        self._texts: list[tuple[str, ...]] = []
        self._more = False
        self._loaded = False
        self._headers = (
            self.tr("Key"),
            self.tr("Title"),
            self.tr("Place"),
            self.tr("Lead organization"),
            self.tr("Status"),
            self.tr("Start"),
            self.tr("Complete"),
            self.tr("Last progress"),
        )

    # -- what the view asks ------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
        if horizontal and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Painting asks ~7 roles of every visible cell on every repaint, through a Python call each:
        # roles are compared as plain ints (an enum comparison costs ten times more) and every answer
        # was made once per page, so a call does no more than a lookup.
        if role == _DISPLAY:
            row = index.row()
            return self._texts[row][index.column()] if 0 <= row < len(self._texts) else None
        if role not in _ROLES:
            return None
        row = index.row()
        if not 0 <= row < len(self._rows):
            return None
        col = index.column()
        if role == _DECORATION:
            status = self._rows[row].status
            return texts.status_icon(status) if col == self.STATUS and status is not None else None
        if role == _FOREGROUND:
            return _status_foreground(self._rows[row].status) if col == self.STATUS else None
        if role == _TOOLTIP:
            if col != self.TITLE:
                return None
            summary = self._rows[row]
            return f"{summary.title}\n{summary.local_title}" if summary.local_title else summary.title
        if role == _ALIGNMENT:
            return _RIGHT if col == self.PERCENT else None
        if role == self.KeyRole:
            return self._rows[row].key
        if role == self.SummaryRole:
            return self._rows[row]
        if role == self.SortRole and col == self.PERCENT:
            return self._rows[row].percent_complete
        return None

    @staticmethod
    def _page_texts(rows: list[d.ProgramSummary]) -> list[tuple[str, ...]]:
        """Each row's cell texts in column order (KEY … LAST_PROGRESS), made once per page."""
        # Status names are translated once per page rather than once per row.
        labels = {status: texts.status_label(status) for status in Status}
        date, percent = texts.date_text, texts.percent_text
        return [
            (
                r.key,
                f"{r.title} ({r.local_title})" if r.local_title else r.title,
                r.place or "",
                r.lead_organization or "",
                labels[r.status] if r.status else "",
                date(r.start_date),
                percent(r.percent_complete),
                date(r.last_progress),
            )
            for r in rows
        ]

    # -- lazy fetching -----------------------------------------------------------------------
    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._more:
            return
        rows = self._page(len(self._rows))
        if not rows:
            self._more = False
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(rows)
        self._texts.extend(self._page_texts(rows))
        self.endInsertRows()

    def _page(self, offset: int) -> list[d.ProgramSummary]:
        # One row more than a page tells whether there is more, without counting the whole table.
        page = self.service.list_programs(
            self._filter,
            sort=self.SORT_FIELDS[self._sort_column],
            descending=self._descending,
            offset=offset,
            limit=self.page_size + 1,
            with_total=False,
        )
        rows = list(page.rows)
        self._more = len(rows) > self.page_size
        return rows[: self.page_size]

    # -- filtering and sorting (in the database) ---------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.SORT_FIELDS):
            return
        self._sort_column = column
        self._descending = order == Qt.SortOrder.DescendingOrder
        if self._loaded:  # before the first load the view only tells us its initial sort
            self.reload()

    def set_filter(self, flt: d.ProgramFilter) -> None:
        self._filter = flt
        self.reload()

    @property
    def program_filter(self) -> d.ProgramFilter:
        return self._filter

    def reload(self) -> None:
        self.beginResetModel()
        self._loaded = True
        self._rows = []
        self._more = False
        self._rows = self._page(0)
        self._texts = self._page_texts(self._rows)
        self.endResetModel()

    def total(self) -> int:
        """How many programs match the filter (a COUNT: call it when typing has paused, not per key)."""
        return self.service.count_programs(self._filter)

    def summary(self, row: int) -> d.ProgramSummary | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, key: str) -> int:
        for i, row in enumerate(self._rows):
            if row.key == key:
                return i
        return -1


_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_DECORATION = int(Qt.ItemDataRole.DecorationRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_ROLES = frozenset(
    (
        _DECORATION,
        _FOREGROUND,
        _TOOLTIP,
        _ALIGNMENT,
        int(ProgramTableModel.KeyRole),
        int(ProgramTableModel.SummaryRole),
        int(ProgramTableModel.SortRole),
    )
)
_FOREGROUNDS: dict[Status | None, QColor] = {}


def _status_foreground(status: Status | None) -> QColor:
    """The status text's colour: the status colour, darkened to read well on white (made once per status)."""
    colour = _FOREGROUNDS.get(status)
    if colour is None:
        colour = _FOREGROUNDS[status] = texts.status_colour(status).darker(130)
    return colour
