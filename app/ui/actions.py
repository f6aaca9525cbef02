"""What an action module (workbook, trust, server) needs from the window it adds its menu entries to."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from app.ui.context import AppContext


class ActionHost(Protocol):
    """The main window as action modules see it; tests/ui/fake_window.py is a second implementation.

    Action modules are installed explicitly by MainWindow._install_actions, in a fixed order.
    """

    @property
    def context(self) -> AppContext: ...

    @property
    def window_widget(self) -> QWidget:
        """The parent of the actions and dialogs an action module makes."""
        ...

    def menu(self, name: str) -> QMenu:
        """One of the menus "file", "edit", "view", "program", "tools", "help"."""
        ...

    def add_view(self, name: str, title: str, widget: QWidget) -> None:
        """A pane of its own in the navigator."""
        ...

    def set_read_only(self, flag: bool) -> None:
        """Disable every editing action and editor (the database cannot be written)."""
        ...

    @property
    def read_only(self) -> bool:
        """Whether the database cannot be written (dialogs an action opens then only show)."""
        ...


def add_before_quit(menu: QMenu, action: QAction) -> None:
    """File menus end with Quit; put an entry above it (and above the separator before it).

    Quit is found by its menu role, whatever the language of its text ("quit"/"exit" for menus made
    without the role)."""
    actions = menu.actions()
    for i, existing in enumerate(actions):
        name = existing.text().replace("&", "").strip().lower()
        if existing.menuRole() == QAction.MenuRole.QuitRole or name in ("quit", "exit"):
            anchor = actions[i - 1] if i > 0 and actions[i - 1].isSeparator() else existing
            menu.insertAction(anchor, action)
            return
    menu.addAction(action)
