"""The files of a progress entry, in the Log progress / Edit entry dialog: add (button or drop), open, save a copy,
remove.

A new entry's files wait here and are logged with it (one transaction, one undo step); an existing entry's
files are saved as they are added or removed, each file one undoable command (Edit > Undo), one transaction
each, in History.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain import model as d
from app.domain.errors import CivicError
from app.domain.sizes import human_size
from app.services.attachments import NewAttachment, read_file
from app.ui import style, texts
from app.ui.commands import AddAttachmentCommand, RemoveAttachmentCommand

if TYPE_CHECKING:
    from app.ui.context import AppContext

Opener = Callable[[QUrl], bool]


def system_opener(url: QUrl) -> bool:
    """Open a file with the program the desktop uses for its kind."""
    return bool(QDesktopServices.openUrl(url))


class AttachmentList(QWidget):
    """The files of one progress entry (``entry_id``), or of one about to be logged (``entry_id`` None)."""

    def __init__(
        self,
        ctx: AppContext,
        entry: d.ProgressEntry | None = None,
        parent: QWidget | None = None,
        opener: Opener = system_opener,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.entry_id = entry.id if entry is not None else None
        self.entry_title = entry.title if entry is not None else ""
        self.opener = opener
        self._pending: list[NewAttachment] = []
        self._saved: list[d.Attachment] = list(entry.attachments) if entry is not None else []
        self.setAcceptDrops(True)
        self.files = QListWidget(self)
        self.files.setMaximumHeight(96)
        self.files.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.files.setAccessibleName(self.tr("Attached files"))
        self.files.setToolTip(self.tr("Drop files here to attach them (at most 50 MB each)"))
        self.files.setAcceptDrops(False)  # the list's drops come to this widget
        self.files.itemDoubleClicked.connect(lambda _item: self.open_selected())
        self.files.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.add_button = QPushButton(self.tr("Attach file…"), self)
        self.add_button.clicked.connect(self.choose_file)
        self.open_button = QPushButton(self.tr("Open"), self)
        self.open_button.clicked.connect(self.open_selected)
        self.save_button = QPushButton(self.tr("Save a copy…"), self)
        self.save_button.clicked.connect(self.save_selected)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.clicked.connect(self.remove_selected)
        self.hint = QLabel(
            self.tr("Drop minutes, photos or signed documents here, or attach them.")
            if entry is None
            else self.tr("Drop files here, or attach them: each is kept at once, with the entry."),
            self,
        )
        self.hint.setStyleSheet(style.HINT)
        self.hint.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setStyleSheet(style.ERROR)
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QHBoxLayout()
        for button in (self.add_button, self.open_button, self.save_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.files)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        self._fill()
        if self.entry_id is not None:
            # Saved files follow every change, an Undo or Redo of Edit among them, while the dialog is open.
            ctx.events.data_changed.connect(self._reload_saved)

    def _reload_saved(self) -> None:
        if self.entry_id is None:
            return
        try:
            saved = self.ctx.attachments.list_attachments(self.entry_id)
        except CivicError:
            saved = []  # the entry went to the trash (an undo of its logging)
        if [a.id for a in saved] != [a.id for a in self._saved]:
            self._saved = saved
            self._fill()

    # ------------------------------------------------------------------ what the dialog asks
    def pending(self) -> tuple[NewAttachment, ...]:
        """Files chosen for an entry not yet logged."""
        return tuple(self._pending)

    def names(self) -> list[str]:
        return [a.name for a in self._saved] + [p.name for p in self._pending]

    # ------------------------------------------------------------------ adding
    def choose_file(self) -> None:
        path = self.ctx.prompts.open_file(self.tr("Attach a file"), self.tr("All files (*)"))
        if path:
            self.add_paths([path])

    def add_paths(self, paths: Sequence[str]) -> None:
        """Attach files from disk; one refused (too large, unreadable) is named and the others still go in."""
        problems: list[str] = []
        files: list[NewAttachment] = []
        for path in paths:
            try:
                files.append(read_file(path))
            except CivicError as exc:
                problems.append(texts.message_text(exc))
        if self.entry_id is None:
            self._pending.extend(files)
        elif files:
            problems += self._attach_saved(self.entry_id, files)
        self._fill()
        self._show_problems(problems)

    def _attach_saved(self, entry_id: int, files: Sequence[NewAttachment]) -> list[str]:
        """Each file one command; several dropped together are one undo step."""
        problems: list[str] = []
        stack = self.ctx.undo_stack
        several = len(files) > 1
        if several:
            stack.beginMacro(self.tr("Attach %n file(s) to %1", "", len(files)).replace("%1", self.entry_title))
        try:
            for new in files:
                cmd = AddAttachmentCommand(
                    self.ctx.command_context(), self.ctx.attachments, entry_id, self.entry_title, new
                )
                error = self.ctx.execute(cmd)
                if error is not None:
                    problems.append(texts.message_text(error))
        finally:
            if several:
                stack.endMacro()
        return problems

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _local_paths(event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if _local_paths(event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = _local_paths(event.mimeData().urls())
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.add_paths(paths)

    # ------------------------------------------------------------------ the selected file
    def _selected(self) -> tuple[str, int] | None:
        item = self.files.currentItem()
        if item is None:
            return None
        kind, index = item.data(Qt.ItemDataRole.UserRole)
        return str(kind), int(index)

    def _content(self, kind: str, index: int) -> tuple[str, bytes]:
        if kind == "pending":
            return self._pending[index].name, self._pending[index].content
        att = self._saved[index]
        return att.name, self.ctx.attachments.content(att.id)

    def open_selected(self) -> None:
        """Open a copy in a private temporary folder with the desktop's viewer (the stored file is never touched)."""
        chosen = self._selected()
        if chosen is None:
            return
        try:
            name, content = self._content(*chosen)
            folder = Path(tempfile.mkdtemp(prefix="civic-tracker-"))
            copy = folder / name
            copy.write_bytes(content)
        except (CivicError, OSError) as exc:
            self._show_problems([texts.message_text(exc)])
            return
        if not self.opener(QUrl.fromLocalFile(str(copy))):
            self._show_problems([self.tr("No program on this computer opens %1").replace("%1", name)])

    def save_selected(self) -> None:
        chosen = self._selected()
        if chosen is None:
            return
        name = self.files.currentItem().data(Qt.ItemDataRole.UserRole + 1)
        target = self.ctx.prompts.save_file(self.tr("Save a copy"), str(Path.home() / name), self.tr("All files (*)"))
        if not target:
            return
        try:
            _name, content = self._content(*chosen)
            Path(target).write_bytes(content)
        except (CivicError, OSError) as exc:
            self._show_problems([texts.message_text(exc)])
            return
        self.ctx.shell.show_status(self.tr("Saved a copy of %1").replace("%1", name))

    def remove_selected(self) -> None:
        chosen = self._selected()
        if chosen is None:
            return
        kind, index = chosen
        if kind == "pending":
            del self._pending[index]
            self._fill()
            return
        att = self._saved[index]
        if not self.ctx.prompts.confirm(
            self.tr("Remove attachment"),
            self.tr("Remove %1 from this progress entry? History keeps its name, not the file.").replace(
                "%1", att.name
            ),
        ):
            return
        cmd = RemoveAttachmentCommand(self.ctx.command_context(), self.ctx.attachments, att, self.entry_title)
        error = self.ctx.execute(cmd)
        if error is not None:
            self._show_problems([texts.message_text(error)])

    # ------------------------------------------------------------------ showing
    def _fill(self) -> None:
        self.files.clear()
        rows: list[tuple[str, int, str, int]] = [("saved", i, a.name, a.size) for i, a in enumerate(self._saved)]
        rows += [("pending", i, p.name, len(p.content)) for i, p in enumerate(self._pending)]
        for kind, index, name, size in rows:
            item = QListWidgetItem(f"{name}  ({human_size(size)})")
            item.setData(Qt.ItemDataRole.UserRole, (kind, index))
            item.setData(Qt.ItemDataRole.UserRole + 1, name)
            self.files.addItem(item)
        if rows:
            self.files.setCurrentRow(0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = self.files.currentItem() is not None
        for button in (self.open_button, self.save_button, self.remove_button):
            button.setEnabled(has)

    def _show_problems(self, problems: list[str]) -> None:
        self.error.setText("\n".join(problems))
        self.error.setVisible(bool(problems))


def _local_paths(urls: Sequence[QUrl]) -> list[str]:
    return [u.toLocalFile() for u in urls if u.isLocalFile() and Path(u.toLocalFile()).is_file()]
