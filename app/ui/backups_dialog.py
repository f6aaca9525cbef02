"""File > Backups...: the backups of the open database with date, size and whether they were checked; back up
now; restore one; choose the second backup folder every backup is copied to."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import config
from app.domain.errors import CivicError
from app.domain.sizes import human_size
from app.services.backups import (
    BackupInfo,
    SecondFolder,
    list_backups,
    reason_label,
    restore_backup,
    second_folder,
    set_second_folder,
    take_backup,
)
from app.services.database import Database
from app.ui import texts
from app.ui.models.lists import RowsModel

_Index = QModelIndex | QPersistentModelIndex

BACKUP_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


class BackupsModel(RowsModel[BackupInfo]):
    WHEN, REASON, SIZE, CHECKED, NAME = range(5)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._headers = [self.tr("Taken"), self.tr("Why"), self.tr("Size"), self.tr("Checked"), self.tr("File")]

    def headers(self) -> list[str]:
        return self._headers

    def set_backups(self, backups: list[BackupInfo]) -> None:
        self.set_rows(backups)

    def backup(self, row: int) -> BackupInfo:
        return self._rows[row]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        b = self._rows[index.row()]
        col = index.column()
        if role == BACKUP_ROLE:
            return b
        if role == SORT_ROLE:
            return {self.WHEN: b.taken_at.timestamp(), self.SIZE: b.size}.get(col, self.data(index))
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.CHECKED and not b.verified:
                return self.tr(
                    "Not checked by this version of Civic Tracker, or changed since it was checked. "
                    "Restoring it checks it first."
                )
            return str(b.path)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if col == self.WHEN:
            return texts.time_text(b.taken_at, seconds=True)
        if col == self.REASON:
            return texts.message_text(reason_label(b.reason))
        if col == self.SIZE:
            return human_size(b.size)
        if col == self.CHECKED:
            return self.tr("Yes") if b.verified else self.tr("No")
        if col == self.NAME:
            return b.name
        return None


class BackupsDialog(QDialog):
    """Lists backups; "Back up now"; "Restore..." asks first, backs up the current state, then restores;
    "Second Backup Folder..." chooses where every backup is copied as well."""

    restored = Signal()

    def __init__(
        self,
        db: Database,
        confirm: Callable[[str, str], bool],
        info: Callable[[str, str], None],
        error: Callable[[str, str], None],
        parent: QWidget | None = None,
        choose_folder: Callable[[str, str], str | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Backups"))
        self.setObjectName("backupsDialog")
        self.resize(760, 420)
        self._db = db
        self._confirm = confirm
        self._info = info
        self._error = error
        self._choose_folder = choose_folder
        self.model = BackupsModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("backupsTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.where = QLabel(self)
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.backup_button = QPushButton(self.tr("Back Up Now"), self)
        self.backup_button.setObjectName("backupNow")
        self.restore_button = QPushButton(self.tr("Restore…"), self)
        self.restore_button.setObjectName("backupRestore")
        self.second_label = QLabel(self)
        self.second_label.setObjectName("secondBackupFolder")
        self.second_label.setWordWrap(True)
        self.second_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.second_button = QPushButton(self.tr("Second Backup Folder…"), self)
        self.second_button.setObjectName("chooseSecondBackupFolder")
        self.second_button.setToolTip(
            self.tr("Another disk or a network share that receives a checked copy of every backup")
        )
        self.second_off_button = QPushButton(self.tr("No Second Folder"), self)
        self.second_off_button.setObjectName("noSecondBackupFolder")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.backup_button)
        row.addWidget(self.restore_button)
        row.addStretch(1)
        row.addWidget(buttons)
        keep = config.load_preferences()
        note = QLabel(
            self.tr(
                "A backup is taken every day the app is used, before every upgrade and import, and before "
                "a restore. Each is checked before it is kept (SQLite's integrity check, the tables and "
                "their row counts). %1 daily and %2 weekly backups are kept (Preferences), and always the "
                "newest checked one; backups taken by hand are never deleted."
            )
            .replace("%1", str(keep.keep_daily))
            .replace("%2", str(keep.keep_weekly)),
            self,
        )
        note.setWordWrap(True)
        second_row = QHBoxLayout()
        second_row.addWidget(self.second_label, 1)
        second_row.addWidget(self.second_button)
        second_row.addWidget(self.second_off_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.where)
        layout.addWidget(self.view)
        layout.addWidget(note)
        layout.addLayout(second_row)
        layout.addLayout(row)
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.restore_selected)
        self.second_button.clicked.connect(self.choose_second_folder)
        self.second_off_button.clicked.connect(self.clear_second_folder)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.reload()

    def reload(self) -> None:
        path = self._db.sqlite_path
        if path is None:
            self.where.setText(self.tr("Backups are for SQLite files; back up a server database with pg_dump."))
            self.model.set_backups([])
        else:
            self.model.set_backups(list_backups(path))
            self.where.setText(self.tr("Backups of %1").replace("%1", str(path)))
        self._show_second_folder()
        self._update_buttons()

    def _show_second_folder(self) -> None:
        folder = second_folder()
        self.second_label.setText(second_folder_text(folder))
        from_environment = folder is not None and folder.from_environment
        self.second_button.setEnabled(self._choose_folder is not None and not from_environment)
        self.second_off_button.setEnabled(folder is not None and not from_environment)

    def _selected(self) -> BackupInfo | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.backup(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        sqlite = self._db.sqlite_path is not None
        self.backup_button.setEnabled(sqlite)
        self.restore_button.setEnabled(sqlite and not self._db.read_only and self._selected() is not None)

    def back_up_now(self) -> None:
        try:
            with _Busy():
                made = take_backup(self._db, "manual")
        except CivicError as exc:
            self._error(self.tr("Backup failed"), texts.message_text(exc))
            return
        self.reload()
        text = self.tr("The backup was written to %1").replace("%1", str(made.path))
        if made.second_copy is not None:
            text += "\n\n" + self.tr("A copy was written to %1").replace("%1", str(made.second_copy))
        for warning in made.warnings:
            text += "\n\n" + texts.message_text(warning)
        self._info(self.tr("Backup written"), text)

    def choose_second_folder(self) -> None:
        if self._choose_folder is None:
            return
        current = second_folder()
        start = str(current.path) if current is not None else str(Path.home())
        chosen = self._choose_folder(self.tr("Second backup folder (another disk or a network share)"), start)
        if chosen:
            set_second_folder(Path(chosen))
            self._show_second_folder()

    def clear_second_folder(self) -> None:
        set_second_folder(None)
        self._show_second_folder()

    def restore_selected(self) -> None:
        chosen = self._selected()
        if chosen is None:
            return
        question = self.tr(
            "Replace the data with the backup taken %1?\n\nThe current data is backed up first, so this can "
            "be undone by restoring that backup. Other copies of the app on this database see the restored "
            "data too."
        ).replace("%1", texts.time_text(chosen.taken_at))
        if not self._confirm(self.tr("Restore backup"), question):
            return
        try:
            with _Busy():
                report = restore_backup(self._db, chosen)
        except CivicError as exc:
            self._error(self.tr("Restore failed"), texts.message_text(exc))
            return
        self.reload()
        self.restored.emit()
        self._info(
            self.tr("Backup restored"),
            self.tr("The data was restored. The state before the restore was saved as %1").replace(
                "%1", str(report.safety_backup)
            ),
        )


def second_folder_text(folder: SecondFolder | None) -> str:
    """Where every backup is copied as well, in words (the Backups dialog and Preferences both show it)."""
    if folder is None:
        return QCoreApplication.translate(
            "BackupsDialog", "No second backup folder: backups are kept beside the database only."
        )
    if folder.from_environment:
        return QCoreApplication.translate(
            "BackupsDialog", "Every backup is also copied to %1 (set by CIVIC_TRACKER_BACKUP_DIR)."
        ).replace("%1", str(folder.path))
    return QCoreApplication.translate("BackupsDialog", "Every backup is also copied to %1.").replace(
        "%1", str(folder.path)
    )


class _Busy:
    """A wait cursor for a few seconds of disk work that must finish before anything else touches the file."""

    def __enter__(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def __exit__(self, *_exc: object) -> None:
        QGuiApplication.restoreOverrideCursor()


__all__ = ["BACKUP_ROLE", "BackupsDialog", "BackupsModel", "second_folder_text"]
