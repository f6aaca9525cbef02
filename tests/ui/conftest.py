"""GUI fixtures: a main window over an injected database, self-answering prompts, private QSettings."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings


class FakePrompts:
    """Answers instead of a user: queue answers in ``texts`` and ``confirms``; messages are recorded."""

    def __init__(self) -> None:
        self.texts: list[str | None] = []
        self.confirms: list[bool] = []
        self.folders: list[str | None] = []
        self.messages: list[tuple[str, str, str]] = []
        self.saves: list[tuple[str, str]] = []  # (caption, proposed path) of every save_file
        self.opens: list[str | None] = []  # paths open_file answers, in turn (then None)
        self.save_paths: list[str | None] = []  # paths save_file answers, in turn (then None)

    def info(self, title: str, text: str) -> None:
        self.messages.append(("info", title, text))

    def error(self, title: str, text: str) -> None:
        self.messages.append(("error", title, text))

    def confirm(self, title: str, text: str) -> bool:
        self.messages.append(("confirm", title, text))
        return self.confirms.pop(0)

    def ask_text(self, title: str, label: str, default: str = "") -> str | None:
        return self.texts.pop(0)

    def open_file(self, caption: str, name_filter: str) -> str | None:
        return self.opens.pop(0) if self.opens else None

    def save_file(self, caption: str, default_path: str, name_filter: str) -> str | None:
        self.saves.append((caption, default_path))
        return self.save_paths.pop(0) if self.save_paths else None

    def choose_folder(self, caption: str, start: str) -> str | None:
        self.messages.append(("folder", caption, start))
        return self.folders.pop(0) if self.folders else None


@pytest.fixture(autouse=True)
def _private_qsettings(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "qsettings"
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield folder


@pytest.fixture(autouse=True)
def _english_interface() -> Iterator[None]:
    """Each test starts, and leaves the next one, in English with ISO dates (app/ui/language.py)."""
    from app.ui import language

    language.reset()
    yield
    language.reset()


@pytest.fixture
def prompts() -> FakePrompts:
    return FakePrompts()


@pytest.fixture
def window(qtbot: Any, seeded_db: Any, prompts: FakePrompts) -> Any:
    from app.ui.main_window import MainWindow

    win = MainWindow(seeded_db, prompts=prompts)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture(scope="package")
def _collector(qapp: Any) -> Iterator[Any]:
    """As in the app: cycles are collected on the GUI thread only (see app/ui/collector.py)."""
    from app.ui import collector

    installed = collector.install(qapp)
    yield installed
    installed.uninstall()


@pytest.fixture(autouse=True)
def _application(qapp: Any, _collector: Any) -> Any:
    """Pixmaps and fonts need a QApplication even in model-only tests."""
    return qapp
