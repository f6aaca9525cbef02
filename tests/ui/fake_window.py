"""A stand-in for MainWindow: the shell and action host the action modules rely on, so they are tested alone.

It builds its context with the real composition root (app/ui/context.py), as the main window does."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QLabel, QMainWindow, QMenu, QStackedWidget, QWidget

from app.ui.context import AppContext, build_context
from app.ui.widgets import open_dialog


class ScriptedPrompts:
    """Answers confirm() and choose_folder() from lists and records every message shown."""

    def __init__(self) -> None:
        self.answers: list[bool] = []
        self.folders: list[str | None] = []
        self.shown: list[tuple[str, str, str]] = []

    def info(self, title: str, text: str) -> None:
        self.shown.append(("info", title, text))

    def error(self, title: str, text: str) -> None:
        self.shown.append(("error", title, text))

    def confirm(self, title: str, text: str) -> bool:
        self.shown.append(("confirm", title, text))
        return self.answers.pop(0) if self.answers else False

    def ask_text(self, title: str, label: str, default: str = "") -> str | None:
        self.shown.append(("ask", title, label))
        return None

    def open_file(self, caption: str, name_filter: str) -> str | None:
        return None

    def save_file(self, caption: str, default_path: str, name_filter: str) -> str | None:
        return None

    def choose_folder(self, caption: str, start: str) -> str | None:
        self.shown.append(("folder", caption, start))
        return self.folders.pop(0) if self.folders else None


class FakeWindow(QMainWindow):
    def __init__(self, db: Any, prompts: Any = None) -> None:
        super().__init__()
        self.prompts = prompts if prompts is not None else ScriptedPrompts()
        self.context: AppContext = build_context(db, self.prompts, shell=self, parent=self)
        self.db = db
        self.data_changed = self.context.events.data_changed
        self.views: dict[str, tuple[str, QWidget]] = {}
        self.stack = QStackedWidget(self)
        self.setCentralWidget(self.stack)
        self.menus = {
            name: self.menuBar().addMenu(name.title()) for name in ("file", "edit", "view", "program", "tools", "help")
        }
        self.banner: tuple[str, str] | None = None
        self.read_only = False
        self.status: list[str] = []
        self.program_key: str | None = None
        self.shown_view: str | None = None
        self.stack.addWidget(QLabel("programs"))

    # -- the action host (app/ui/actions.py)
    @property
    def window_widget(self) -> QWidget:
        return self

    def menu(self, name: str) -> QMenu:
        return self.menus[name]

    def notify_data_changed(self) -> None:
        self.context.notify_data_changed()

    # -- the shell (app/ui/context.py)

    def current_program_key(self) -> str | None:
        return self.program_key

    def show_status(self, text: str) -> None:
        self.status.append(text)

    def show_banner(self, text: str, kind: str = "info", action: Any = None) -> None:
        self.banner = (text, kind)
        self.banner_action = action

    def hide_banner(self) -> None:
        self.banner = None

    def set_read_only(self, flag: bool) -> None:
        self.read_only = flag

    def open_program(self, key: str, tab: str | None = None) -> None:
        self.program_key = key

    def add_view(self, name: str, title: str, widget: QWidget) -> None:
        self.views[name] = (title, widget)
        self.stack.addWidget(widget)

    def show_view(self, name: str) -> None:
        self.shown_view = name
        if name in self.views:
            self.stack.setCurrentWidget(self.views[name][1])

    def current_view(self) -> str:
        return self.shown_view or "programs"

    def go_back(self) -> None:
        self.shown_view = "programs"

    def open_dialog(self, dialog: QDialog) -> None:
        open_dialog(dialog)

    def new_program(self) -> None:
        raise AssertionError("not used by the action modules")

    def start_from_case(self, key: str | None = None) -> None:
        raise AssertionError("not used by the action modules")

    def log_progress(self, key: str | None = None) -> None:
        raise AssertionError("not used by the action modules")
