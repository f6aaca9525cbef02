"""The programs table: a lazily filled page-by-page model, filtered and sorted in the database."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QStandardItem, QStandardItemModel

from app.domain import model as d
from app.domain.enums import Status
from app.services.programs import ProgramService
from app.ui import style, texts

Index = QModelIndex | QPersistentModelIndex


class ProgramTableModel(QStandardItemModel):
    """Rows of ``ProgramSummary``, fetched ``page_size`` at a time as the view scrolls.

    Filtering, sorting and paging happen in the database, as for any large table; each page that
    arrives is put into Qt's own item storage. Painting asks about seven roles of every visible cell
    on every repaint, plus the row and column counts for every index it makes: answered by a
    ``data()`` written in Python, each of those is a call from C++ into Python, which made opening
    the window on a large database markedly slower than on an empty one. Stored as items, painting
    never leaves C++; the page's values are made once, when it is fetched.
    """

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

    # About a tall screenful of rows: the view fetches the next page when the last row comes into view.
    def __init__(self, service: ProgramService, page_size: int = 40, parent: Any = None) -> None:
        super().__init__(0, len(self.SORT_FIELDS), parent)
        self.service = service
        self.page_size = page_size
        self._filter = d.ProgramFilter()
        self._sort_column = self.TITLE
        self._descending = False
        self._rows: list[d.ProgramSummary] = []
        self._more = False
        self._loaded = False
        self.setHorizontalHeaderLabels(
            [
                self.tr("Key"),
                self.tr("Title"),
                self.tr("Place"),
                self.tr("Lead organization"),
                self.tr("Status"),
                self.tr("Start"),
                self.tr("Complete"),
                self.tr("Last progress"),
            ]
        )

    # -- a page's cells ----------------------------------------------------------------------
    @staticmethod
    def _page_texts(rows: list[d.ProgramSummary]) -> list[tuple[str, ...]]:
        """Each row's cell texts in column order (KEY … LAST_PROGRESS)."""
        # Status names are translated once per page rather than once per row.
        labels = {status: texts.status_label(status) for status in Status}
        date, percent = texts.date_text, texts.percent_text
        return [
            (
                r.key,
                texts.title_text(r.title, r.local_title),
                texts.name_text(r.place, r.place_local),
                texts.name_text(r.lead_organization, r.lead_organization_local),
                labels[r.status] if r.status else "",
                date(r.start_date),
                percent(r.percent_complete),
                date(r.last_progress),
            )
            for r in rows
        ]

    def _page_items(self, rows: list[d.ProgramSummary]) -> list[list[QStandardItem]]:
        """The cells of a page: texts, the status dot and colour, the title's tooltip, the percent's
        alignment and sort value; the key and the whole summary on every cell of the row."""
        result = []
        for row, cells in zip(rows, self._page_texts(rows), strict=True):
            items = [QStandardItem(text) for text in cells]
            for item in items:
                item.setFlags(_FLAGS)  # selectable, not editable
                # Any cell of a row tells its program (a double-click or the current cell may be anywhere).
                item.setData(row.key, _KEY_ROLE)
                item.setData(row, _SUMMARY_ROLE)
            items[self.TITLE].setToolTip(f"{row.title}\n{row.local_title}" if row.local_title else row.title)
            status = items[self.STATUS]
            if row.status is not None:
                status.setIcon(texts.status_icon(row.status))
            status.setForeground(_status_foreground(row.status))
            percent = items[self.PERCENT]
            percent.setTextAlignment(_RIGHT)
            percent.setData(row.percent_complete, _SORT_ROLE)
            result.append(items)
        return result

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
        items = self._page_items(rows)
        self._rows.extend(rows)
        for cells in items:
            self.appendRow(cells)

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
        self._loaded = True
        rows = self._page(0)
        items = self._page_items(rows)
        # One reset for the views, as before: the row removals and insertions that put the new page
        # in place are not announced one by one (the views re-read everything at the reset).
        self.beginResetModel()
        blocked = self.blockSignals(True)
        try:
            self.setRowCount(0)
            for cells in items:
                self.appendRow(cells)
            self._rows = rows
        finally:
            self.blockSignals(blocked)
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


_KEY_ROLE = int(ProgramTableModel.KeyRole)
_SUMMARY_ROLE = int(ProgramTableModel.SummaryRole)
_SORT_ROLE = int(ProgramTableModel.SortRole)
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_FOREGROUNDS: dict[Status | None, QColor] = {}


def _status_foreground(status: Status | None) -> QColor:
    """The status text's colour: the status colour, darkened to read well on white (made once per status)."""
    colour = _FOREGROUNDS.get(status)
    if colour is None:
        colour = _FOREGROUNDS[status] = style.status_colour(status).darker(130)
    return colour
