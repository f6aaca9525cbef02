"""The places as a tree (country > province or city > district > neighbourhood): name, local name, level and how
many programs each holds. The office's own places take edits of their names; the case library's do not."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from app.domain import model as d
from app.domain.places import is_office_place, level_message
from app.ui import style, texts
from app.ui.models.lists import KeyRole

Index = QModelIndex | QPersistentModelIndex

COL_NAME, COL_LOCAL, COL_LEVEL, COL_PROGRAMS = range(4)
# Whether a row is a place of the office (editable), on every column.
OfficeRole = Qt.ItemDataRole.UserRole + 20
# Sorting: the program count as a number.
SortRole = Qt.ItemDataRole.UserRole + 21

# (place key, column, new text) -> whether the change was saved. Set by the dialog that owns the model.
Editor = Callable[[str, int, str], bool]


class PlaceTreeModel(QAbstractItemModel):
    """Reset on reload: an office knows tens or hundreds of places. An index's internal id is its place's id."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._places: dict[int, d.Place] = {}
        self._children: dict[int | None, list[int]] = {None: []}
        self._row: dict[int, int] = {}
        self._counts: Mapping[int, int] = {}
        self.editor: Editor | None = None

    def set_places(self, places: Sequence[d.Place], counts: Mapping[int, int]) -> None:
        self.beginResetModel()
        self._places = {p.id: p for p in places}
        self._counts = dict(counts)
        self._children = {None: []}
        for p in texts.in_reading_order(places):
            parent = p.parent_id if p.parent_id in self._places else None
            self._children.setdefault(parent, []).append(p.id)
        self._row = {pid: row for kids in self._children.values() for row, pid in enumerate(kids)}
        self.endResetModel()

    def place(self, index: Index) -> d.Place | None:
        return self._places.get(int(index.internalId())) if index.isValid() else None

    def index_of(self, key: str) -> QModelIndex:
        """The index (first column) of the place with this key; invalid if there is none."""
        for p in self._places.values():
            if p.key == key:
                return self.createIndex(self._row[p.id], 0, p.id)
        return QModelIndex()

    def places(self) -> list[d.Place]:
        """Every place in the tree's order (the Add, Move and Merge forms list them so)."""
        return texts.in_reading_order(self._places.values())

    # -- tree structure ---------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        kids = self._children.get(int(parent.internalId()) if parent.isValid() else None, [])
        return self.createIndex(row, column, kids[row])

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        place = self.place(child)
        if place is None or place.parent_id not in self._places:
            return QModelIndex()
        assert place.parent_id is not None
        return self.createIndex(self._row[place.parent_id], 0, place.parent_id)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._children.get(int(parent.internalId()) if parent.isValid() else None, []))

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Name"), self.tr("Local name"), self.tr("Level"), self.tr("Programs"))[section]

    # -- cells ------------------------------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        place = self.place(index)
        if place is None:
            return None
        col = index.column()
        office = is_office_place(place.key)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col == COL_NAME:
                return place.name
            if col == COL_LOCAL:
                return place.name_local or ""
            if col == COL_LEVEL:
                level = texts.message_text(level_message(place.level))
                return level[:1].upper() + level[1:]
            count = self._counts.get(place.id, 0)
            return str(count) if count else ""
        if role == SortRole:
            return self._counts.get(place.id, 0) if col == COL_PROGRAMS else self.data(index)
        if role == KeyRole:
            return place.key
        if role == OfficeRole:
            return office
        if role == Qt.ItemDataRole.TextAlignmentRole and col == COL_PROGRAMS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and not office:
            return QColor(style.HINT_TEXT)
        if role == Qt.ItemDataRole.FontRole and office and col == COL_NAME:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if office:
                tip = self.tr("%1\nA place of the office (%2): double-click its name or local name to edit it")
            else:
                tip = self.tr("%1\nA place of the case library (%2), kept as its sources name it")
            return tip.replace("%1", place.path).replace("%2", place.key)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        place = self.place(index)
        if place is not None and is_office_place(place.key) and index.column() in (COL_NAME, COL_LOCAL):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Hands the edit to ``editor`` (which saves it as an undoable command); the model is reloaded after."""
        place = self.place(index)
        if role != Qt.ItemDataRole.EditRole or place is None or self.editor is None:
            return False
        if not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        text = str(value or "").strip()
        if text == (self.data(index, Qt.ItemDataRole.EditRole) or ""):
            return False
        return self.editor(place.key, index.column(), text)
