"""A stand-in for MainWindow with exactly the contract plug-ins rely on, so plug-ins are tested alone."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QThreadPool, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QStackedWidget, QWidget


class ScriptedPrompts:
    """Answers confirm() from a list and records every message shown."""

    def __init__(self) -> None:
        self.answers: list[bool] = []
        self.shown: list[tuple[str, str, str]] = []

    def info(self, title: str, text: str) -> None:
        self.shown.append(("info", title, text))

    def error(self, title: str, text: str) -> None:
        self.shown.append(("error", title, text))

    def confirm(self, title: str, text: str) -> bool:
        self.shown.append(("confirm", title, text))
        return self.answers.pop(0) if self.answers else False

    def open_file(self, caption: str, name_filter: str) -> str | None:
        return None

    def save_file(self, caption: str, default_path: str, name_filter: str) -> str | None:
        return None


class FakeWindow(QMainWindow):
    data_changed = Signal()

    def __init__(self, db: Any) -> None:
        super().__init__()
        self.db = db
        self.prompts = ScriptedPrompts()
        self.undo_stack = QUndoStack(self)
        self.thread_pool = QThreadPool(self)
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

    def menu(self, name: str) -> QMenu:
        return self.menus[name]

    def notify_data_changed(self) -> None:
        self.data_changed.emit()

    def current_program_key(self) -> str | None:
        return self.program_key

    def show_status(self, text: str) -> None:
        self.status.append(text)

    def show_banner(self, text: str, kind: str = "info") -> None:
        self.banner = (text, kind)

    def hide_banner(self) -> None:
        self.banner = None

    def set_read_only(self, flag: bool) -> None:
        self.read_only = flag

    def open_program(self, key: str) -> None:
        self.program_key = key

    def add_view(self, name: str, title: str, widget: QWidget) -> None:
        self.views[name] = (title, widget)
        self.stack.addWidget(widget)

    def show_view(self, name: str) -> None:
        self.shown_view = name
        if name in self.views:
            self.stack.setCurrentWidget(self.views[name][1])
