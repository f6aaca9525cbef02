"""File > Preferences… (Ctrl+,) in the main window (``install(host)``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from app.ui.actions import ActionHost, add_before_quit
from app.ui.widgets import open_dialog

if TYPE_CHECKING:  # the dialog loads when it is first opened, not before the window paints
    from app.ui.preferences_dialog import PreferencesDialog


class PreferencesActions(QObject):
    def __init__(self, host: ActionHost) -> None:
        window = host.window_widget
        super().__init__(window)
        self.window = window
        self.ctx = host.context
        self.dialog: PreferencesDialog | None = None
        self.action = QAction(self.tr("&Preferences…"), window)
        self.action.setObjectName("actionPreferences")
        self.action.setMenuRole(QAction.MenuRole.PreferencesRole)
        # The platform's key where it has one (Ctrl+, on macOS and KDE), and Ctrl+, everywhere.
        shortcuts = [*QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences), QKeySequence("Ctrl+,")]
        self.action.setShortcuts(list({s.toString(): s for s in shortcuts if not s.isEmpty()}.values()))
        self.action.setStatusTip(self.tr("Your name in History, the language, dates, the export folder and backups"))
        self.action.triggered.connect(self.show_preferences)
        add_before_quit(host.menu("file"), self.action)

    def show_preferences(self) -> PreferencesDialog:
        from app.ui.preferences_dialog import PreferencesDialog

        dialog = PreferencesDialog(self.ctx, self.window)
        self.dialog = dialog
        dialog.finished.connect(self._forget_dialog)
        open_dialog(dialog)
        return dialog

    def _forget_dialog(self, _result: int) -> None:
        self.dialog = None


def install(host: ActionHost) -> PreferencesActions:
    return PreferencesActions(host)
