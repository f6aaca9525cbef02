"""Help > User guide… (F1) in the main window (``install(host)``): the guide in the interface's language; and
Help > Keyboard shortcuts…, the keys of every menu command."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

from app.ui import language
from app.ui.actions import ActionHost

if TYPE_CHECKING:  # the dialog loads when it is first opened, not before the window paints
    from app.ui.guide_dialog import GuideDialog
    from app.ui.shortcuts_dialog import ShortcutsDialog


class GuideActions(QObject):
    def __init__(self, host: ActionHost) -> None:
        window = host.window_widget
        super().__init__(window)
        self.window = window
        self.dialog: GuideDialog | None = None
        self.action = QAction(self.tr("&User guide…"), window)
        self.action.setObjectName("actionUserGuide")
        # The platform's help key where it has one, and F1 everywhere.
        shortcuts = [*QKeySequence.keyBindings(QKeySequence.StandardKey.HelpContents), QKeySequence("F1")]
        self.action.setShortcuts(list({s.toString(): s for s in shortcuts if not s.isEmpty()}.values()))
        self.action.setStatusTip(self.tr("How to do each task in Civic Tracker, in the interface's language"))
        self.action.triggered.connect(self.show_guide)
        menu = host.menu("help")
        first = menu.actions()[0] if menu.actions() else None
        menu.insertAction(first, self.action)  # the guide first, above About
        window.addAction(self.action)  # F1 works while a pane has the focus, menu bar hidden or not
        self.shortcuts_action = QAction(self.tr("&Keyboard shortcuts…"), window)
        self.shortcuts_action.setObjectName("actionShortcuts")
        self.shortcuts_action.setShortcut(QKeySequence("Ctrl+/"))
        self.shortcuts_action.setStatusTip(self.tr("The keys of every menu command"))
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        after = menu.actions()[1] if len(menu.actions()) > 1 else None
        menu.insertAction(after, self.shortcuts_action)  # below the guide, above About
        window.addAction(self.shortcuts_action)

    def show_shortcuts(self) -> ShortcutsDialog:
        from app.ui.shortcuts_dialog import ShortcutsDialog
        from app.ui.widgets import open_dialog

        bar = self.window.menuBar() if isinstance(self.window, QMainWindow) else None
        assert bar is not None, "the shortcuts are read from a main window's menus"
        dialog = ShortcutsDialog(bar, self.window)
        open_dialog(dialog)
        return dialog

    def show_guide(self) -> GuideDialog:
        """The guide beside the window (not modal: one reads it while working), one at a time."""
        if self.dialog is not None:
            self.dialog.raise_()
            self.dialog.activateWindow()
            return self.dialog
        from app.ui.guide_dialog import GuideDialog

        dialog = GuideDialog(language.language(), self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._forget_dialog)
        self.dialog = dialog
        dialog.show()
        return dialog

    def _forget_dialog(self, _result: int) -> None:
        self.dialog = None


def install(host: ActionHost) -> GuideActions:
    return GuideActions(host)
