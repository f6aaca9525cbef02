"""History, the trash, backups and the read-only banner in the main window (``install(host)``)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from app.domain.errors import CivicError
from app.services.backups import BackupInfo, ensure_daily_backup, newest_backup, restore_file
from app.services.history import HistoryService
from app.ui import texts
from app.ui.actions import ActionHost
from app.ui.context import Prompts
from app.ui.history_panel import HistoryPanel, ProgramHistoryPanel
from app.ui.trash_panel import TrashPanel
from app.ui.widgets import open_dialog

if TYPE_CHECKING:  # the dialog loads when it is first opened, not before the window paints
    from app.ui.backups_dialog import BackupsDialog

log = logging.getLogger(__name__)

DAILY_CHECK_MS = 60 * 60 * 1000  # look once an hour whether today's backup exists yet

# Strings here are written out as QCoreApplication.translate("TrustActions", "...") each time: the
# translation tool (pyside6-lupdate) only finds literal calls, not a helper that is passed a variable.


class ProgramHistoryDialog(QDialog):
    """Program > History: the changes of the current program, in a window of its own."""

    def __init__(self, history: HistoryService, program_key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("History of %1").replace("%1", program_key))
        self.resize(1000, 520)
        self.panel = ProgramHistoryPanel(history, program_key, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)
        layout.addWidget(buttons)


class ReloadWhenShown(QObject):
    """Reloads a panel when it is shown after data changed, or at once if it is on screen."""

    def __init__(self, panel: QWidget, reload: Callable[[], None]) -> None:
        super().__init__(panel)
        self._panel = panel
        self._reload = reload
        self._stale = True
        panel.installEventFilter(self)

    def mark_stale(self) -> None:
        self._stale = True
        if self._panel.isVisible():
            self._stale = False
            self._reload()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._panel and event.type() == QEvent.Type.Show and self._stale:
            self._stale = False
            self._reload()
        return False


class TrustActions(QObject):
    """What install() adds, kept together so the window holds one reference and tests can reach it."""

    def __init__(self, host: ActionHost) -> None:
        window = host.window_widget
        super().__init__(window)
        self.window = window
        self.ctx = ctx = host.context
        db = ctx.db
        # Both panels read only when they are on screen: at a million progress entries a trash or history
        # query costs seconds, which must not be paid at start-up or after every edit elsewhere.
        self.history = HistoryPanel(ctx.history, load_now=False)
        self.history.setObjectName("historyPanel")
        self.trash = TrashPanel(ctx.trash, confirm=self._confirm, error=self._error, load_now=False)
        self.trash.setObjectName("trashPanel")
        host.add_view("history", QCoreApplication.translate("TrustActions", "History"), self.history)
        host.add_view("trash", QCoreApplication.translate("TrustActions", "Trash"), self.trash)
        self._lazy = [
            ReloadWhenShown(self.history, self.history.reload),
            ReloadWhenShown(self.trash, self.trash.reload),
        ]
        for lazy in self._lazy:
            ctx.events.data_changed.connect(lazy.mark_stale)
        self.trash.changed.connect(ctx.notify_data_changed)

        self.backups_action = QAction(QCoreApplication.translate("TrustActions", "&Backups…"), window)
        self.backups_action.setObjectName("actionBackups")
        self.backups_action.setStatusTip(
            QCoreApplication.translate("TrustActions", "See the backups of this database, back up now, or restore one")
        )
        self.backups_action.triggered.connect(self.show_backups)
        host.menu("tools").addAction(self.backups_action)

        self.program_history_action = QAction(
            QCoreApplication.translate("TrustActions", "&History of This Program"), window
        )
        self.program_history_action.setObjectName("actionProgramHistory")
        self.program_history_action.triggered.connect(self.show_program_history)
        host.menu("program").addAction(self.program_history_action)
        self.trash_action = QAction(QCoreApplication.translate("TrustActions", "&Trash"), window)
        self.trash_action.setObjectName("actionShowTrash")
        self.trash_action.triggered.connect(lambda: ctx.shell.show_view("trash"))
        host.menu("view").addAction(self.trash_action)
        self.history_action = QAction(QCoreApplication.translate("TrustActions", "H&istory"), window)
        self.history_action.setObjectName("actionShowHistory")
        self.history_action.triggered.connect(lambda: ctx.shell.show_view("history"))
        host.menu("view").addAction(self.history_action)

        # A server role that may only read gets its banner from server_actions (with the reason).
        if db.read_only and not getattr(db, "read_only_reason", None):
            ctx.shell.show_banner(
                QCoreApplication.translate(
                    "TrustActions",
                    "This database is read-only (file permissions or a read-only share). You can look, "
                    "search and export, but changes cannot be saved.",
                ),
                "warning",
            )
            host.set_read_only(True)
            self.trash.set_read_only(True)

        self.timer = QTimer(self)
        self.timer.setInterval(DAILY_CHECK_MS)
        self.timer.timeout.connect(self.daily_backup)
        if db.sqlite_path is not None and not db.read_only:
            self.timer.start()
            QTimer.singleShot(0, self.daily_backup)

    # -- prompts
    def _confirm(self, title: str, text: str) -> bool:
        return bool(self.ctx.prompts.confirm(title, text))

    def _error(self, title: str, text: str) -> None:
        self.ctx.prompts.error(title, text)

    def _info(self, title: str, text: str) -> None:
        self.ctx.prompts.info(title, text)

    # -- actions
    def daily_backup(self) -> None:
        db = self.ctx.db
        self.ctx.runner.run(lambda: ensure_daily_backup(db), self._daily_done, self._daily_failed, owner=self)

    def _daily_done(self, made: BackupInfo | None) -> None:
        # A backup that worked needs nothing of the user: it is listed in File > Backups, not announced (on
        # the very first start it would be the first thing the window says). Only trouble is shown.
        if made is not None:
            for warning in made.warnings:  # the second copy failed; the backup itself is there
                self.ctx.shell.show_banner(texts.message_text(warning), "warning")

    def _daily_failed(self, message: str) -> None:
        self.ctx.shell.show_banner(
            QCoreApplication.translate("TrustActions", "The daily backup could not be written: %1").replace(
                "%1", message
            ),
            "error",
        )

    def show_backups(self) -> BackupsDialog:
        from app.ui.backups_dialog import BackupsDialog

        dialog = BackupsDialog(
            self.ctx.db,
            confirm=self._confirm,
            info=self._info,
            error=self._error,
            parent=self.window,
            choose_folder=self.ctx.prompts.choose_folder,
        )
        dialog.restored.connect(self._after_restore)
        open_dialog(dialog)
        return dialog

    def _after_restore(self) -> None:
        self.ctx.notify_data_changed()
        self.ctx.shell.show_status(QCoreApplication.translate("TrustActions", "Backup restored"))

    def show_program_history(self) -> ProgramHistoryDialog | None:
        key = self.ctx.shell.current_program_key()
        if not key:
            self.ctx.shell.show_view("history")
            return None
        dialog = ProgramHistoryDialog(self.ctx.history, key, self.window)
        open_dialog(dialog)
        return dialog


def install(host: ActionHost) -> TrustActions:
    """Called by MainWindow after it built its menus."""
    return TrustActions(host)


def offer_restore(error: Exception, prompts: Prompts) -> bool:
    """For run_gui when open_database raised NotADatabaseError: offer the newest backup. True if restored.

    The damaged file is never overwritten: restore_file moves it aside (NAME.damaged-STAMP) first.
    """
    path = getattr(error, "path", None)
    if path is None:
        prompts.error(QCoreApplication.translate("TrustActions", "Cannot open the database"), texts.message_text(error))
        return False
    newest = newest_backup(path)
    if newest is None:
        prompts.error(QCoreApplication.translate("TrustActions", "Cannot open the database"), texts.message_text(error))
        return False
    question = (
        QCoreApplication.translate(
            "TrustActions", "%1\n\nRestore the newest backup, taken %2? The damaged file is kept beside it, unchanged."
        )
        .replace("%1", texts.message_text(getattr(error, "damage", None) or error))
        .replace("%2", texts.time_text(newest.taken_at))
    )
    if not prompts.confirm(QCoreApplication.translate("TrustActions", "Cannot open the database"), question):
        return False
    try:
        report = restore_file(path, newest)
    except CivicError as exc:
        prompts.error(QCoreApplication.translate("TrustActions", "Restore failed"), texts.message_text(exc))
        return False
    kept = ""
    if report.damaged_copy:
        kept = (
            "\n\n"
            + QCoreApplication.translate("TrustActions", "The damaged file was kept as")
            + f" {report.damaged_copy}"
        )
    prompts.info(
        QCoreApplication.translate("TrustActions", "Backup restored"),
        QCoreApplication.translate("TrustActions", "The newest backup was restored.") + kept,
    )
    return True


__all__ = ["ProgramHistoryDialog", "TrustActions", "install", "offer_restore"]
