"""A person's open tasks as a two-level tree: the groups Overdue / This week / Later, each with its tasks."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from app.services.tasks import Horizon, TaskRow, horizon
from app.ui import style, texts
from app.ui.models.lists import KeyRole, RowRole

Index = QModelIndex | QPersistentModelIndex

# Group rows have internal id 0; a task row has its group's number + 1.
_GROUP = 0
COL_TASK, COL_PROGRAM, COL_DUE, COL_STATUS, COL_PERCENT = range(5)
# The group a row belongs to (a Horizon value), on group and task rows alike.
HorizonRole = Qt.ItemDataRole.UserRole + 10


class MyTasksModel(QAbstractItemModel):
    """Reset on reload (a person has tens of open tasks, not thousands)."""

    GROUPS = (Horizon.OVERDUE, Horizon.THIS_WEEK, Horizon.LATER)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._groups: list[list[TaskRow]] = [[] for _ in self.GROUPS]

    def set_rows(self, rows: Sequence[TaskRow], today: dt.date) -> None:
        self.beginResetModel()
        self._groups = [[] for _ in self.GROUPS]
        for r in rows:
            self._groups[self.GROUPS.index(horizon(r.task, today))].append(r)
        self.endResetModel()

    def group(self, which: Horizon) -> list[TaskRow]:
        return list(self._groups[self.GROUPS.index(which)])

    def group_title(self, n: int) -> str:
        title = (self.tr("Overdue"), self.tr("This week"), self.tr("Later"))[n]
        return f"{title} ({len(self._groups[n])})"

    # -- tree structure ---------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _GROUP)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid() or child.internalId() == _GROUP:
            return QModelIndex()
        return self.createIndex(int(child.internalId()) - 1, 0, _GROUP)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self.GROUPS)
        if parent.internalId() == _GROUP and parent.column() == 0:
            return len(self._groups[parent.row()])
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 5:
            return (self.tr("Task"), self.tr("Program"), self.tr("Due"), self.tr("Status"), self.tr("Percent"))[section]
        return None

    def row_at(self, index: Index) -> TaskRow | None:
        if not index.isValid() or index.internalId() == _GROUP:
            return None
        rows = self._groups[int(index.internalId()) - 1]
        return rows[index.row()] if 0 <= index.row() < len(rows) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        col = index.column()
        if index.internalId() == _GROUP:
            group = index.row()
            if role == Qt.ItemDataRole.DisplayRole and col == 0:
                return self.group_title(group)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.ForegroundRole and group == 0 and self._groups[0]:
                return QColor(style.OVERDUE_TEXT)
            if role == HorizonRole:
                return self.GROUPS[group].value
            return None
        row = self.row_at(index)
        if row is None:
            return None
        t = row.task
        if role == Qt.ItemDataRole.DisplayRole:
            percent = f"{t.percent_complete:g}%" if t.percent_complete is not None else ""
            program = texts.name_text(row.program_title, row.program_local_title)
            return (t.title, program, texts.date_text(t.due_date), texts.status_label(t.status), percent)[col]
        if role == Qt.ItemDataRole.ToolTipRole and col in (COL_TASK, COL_PROGRAM):
            return f"{t.title}\n{texts.title_text(row.program_title, row.program_local_title)} [{row.program_key}]"
        if role == Qt.ItemDataRole.DecorationRole and col == COL_STATUS:
            return texts.status_icon(t.status)
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_DUE and row.overdue:
            return QColor(style.OVERDUE_TEXT)
        if role == RowRole:
            return row
        if role == KeyRole:
            return row.program_key
        if role == HorizonRole:
            return self.GROUPS[int(index.internalId()) - 1].value
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
