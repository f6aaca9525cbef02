"""The Trash view: what was deleted, with Restore and Empty Trash."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import CivicError
from app.services.trash import TrashItem, TrashService
from app.ui import texts
from app.ui.models.lists import RowsModel

_Index = QModelIndex | QPersistentModelIndex

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1


class TrashModel(RowsModel[TrashItem]):
    """Trash items, most recently deleted first (a small list: reloaded whole)."""

    KIND, NAME, PROGRAM, CONTENTS, DELETED = range(5)

    def __init__(self, service: TrashService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._headers = [
            self.tr("What"),
            self.tr("Name"),
            self.tr("Program"),
            self.tr("Deleted with it"),
            self.tr("Deleted on"),
        ]

    def reload(self) -> None:
        self.set_rows(self._service.list_items())

    def item(self, row: int) -> TrashItem:
        return self._rows[row]

    def headers(self) -> list[str]:
        return self._headers

    def _contents(self, item: TrashItem) -> str:
        contents = item.contents()
        return texts.message_text(contents) if contents else ""

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        item = self._rows[index.row()]
        if role == ITEM_ROLE:
            return item
        if role == Qt.ItemDataRole.ToolTipRole and item.program_in_trash and item.kind != "program":
            return self.tr("Its program is in the trash too; restore the program to see it again")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        col = index.column()
        if col == self.KIND:
            return texts.message_text(item.kind_label)
        if col == self.NAME:
            return item.title if item.kind in ("progress", "indicator") else f"{item.key}: {item.title}"
        if col == self.PROGRAM:
            return item.program_key
        if col == self.CONTENTS:
            return self._contents(item)
        if col == self.DELETED:
            return texts.time_text(item.deleted_at)
        return None


class TrashPanel(QWidget):
    """Lists the trash; Restore brings the selected item back whole; Empty Trash asks, then purges."""

    changed = Signal()  # something was restored or purged

    def __init__(
        self,
        service: TrashService,
        confirm: Callable[[str, str], bool],
        error: Callable[[str, str], None],
        parent: QWidget | None = None,
        load_now: bool = True,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._confirm = confirm
        self._error = error
        self.model = TrashModel(self._service, self)
        self.view = QTableView(self)
        self.view.setObjectName("trashTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        for col, width in ((0, 120), (1, 320), (2, 160), (3, 240), (4, 140)):
            self.view.setColumnWidth(col, width)
        self.restore_button = QPushButton(self.tr("Restore"), self)
        self.restore_button.setObjectName("trashRestore")
        self.empty_button = QPushButton(self.tr("Empty Trash…"), self)
        self.empty_button.setObjectName("trashEmpty")
        self.summary = QLabel(self)
        bar = QHBoxLayout()
        bar.addWidget(self.summary)
        bar.addStretch(1)
        bar.addWidget(self.restore_button)
        bar.addWidget(self.empty_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(bar)
        layout.addWidget(self.view)
        self.restore_button.clicked.connect(self.restore_selected)
        self.empty_button.clicked.connect(self.empty_trash)
        self.view.doubleClicked.connect(lambda _index: self.restore_selected())
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self._read_only = False
        if load_now:
            self.reload()

    def set_read_only(self, flag: bool) -> None:
        self._read_only = flag
        self._update_buttons()

    def reload(self) -> None:
        try:
            self.model.reload()
        except CivicError as exc:
            self._error(self.tr("Trash"), texts.message_text(exc))
        count = self.model.rowCount()
        if count == 0:
            self.summary.setText(self.tr("The trash is empty"))
        elif count == 1:
            self.summary.setText(self.tr("1 item in the trash"))
        else:
            self.summary.setText(self.tr("%1 items in the trash").replace("%1", str(count)))
        self._update_buttons()

    def _selected(self) -> TrashItem | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.item(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(not self._read_only and self._selected() is not None)
        self.empty_button.setEnabled(not self._read_only and self.model.rowCount() > 0)

    def restore_selected(self) -> None:
        item = self._selected()
        if item is None or self._read_only:
            return
        try:
            self._service.restore(item.kind, item.id)
        except CivicError as exc:
            self._error(self.tr("Could not restore"), texts.message_text(exc))
            return
        self.reload()
        self.changed.emit()

    def empty_trash(self) -> None:
        count = self.model.rowCount()
        if count == 0 or self._read_only:
            return
        question = self.tr(
            "Delete everything in the trash (%1 items) for good? This cannot be undone here; a backup is "
            "taken first and kept for a week (File > Backups)."
        ).replace("%1", str(count))
        if not self._confirm(self.tr("Empty Trash"), question):
            return
        try:
            self._service.empty()
        except CivicError as exc:
            self._error(self.tr("Could not empty the trash"), texts.message_text(exc))
            return
        self.reload()
        self.changed.emit()


__all__ = ["ITEM_ROLE", "TrashModel", "TrashPanel"]
