"""Help > User guide (F1): the guide opens in the interface's language, and each language's guide covers the
same tasks."""

from __future__ import annotations

import re
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt

from app import config
from app.ui import language
from app.ui.guide_dialog import GuideDialog, guide_path

GUIDES = {"en": "guide.md", "ko": "guide.ko.md", "zh_CN": "guide.zh_CN.md"}


def _press_f1(window: Any, qtbot: Any) -> GuideDialog:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = window.guide_actions.dialog
    assert dialog is not None, "F1 opened no guide"
    qtbot.waitExposed(dialog)
    return dialog


def test_f1_opens_the_guide_in_korean_in_a_korean_window(seeded_db: Any, prompts: Any, qtbot: Any) -> None:
    from app.ui.main_window import MainWindow

    language.install_translations(QCoreApplication.instance(), QLocale("ko_KR"))
    korean = MainWindow(seeded_db, prompts=prompts, remember=False)
    qtbot.addWidget(korean)
    korean.show()
    qtbot.waitExposed(korean)
    help_menu = korean.menu("help")
    assert help_menu.actions()[0].text() == "사용 안내(&U)…"
    dialog = _press_f1(korean, qtbot)
    assert dialog.windowTitle() == "Civic Tracker 사용 안내"
    shown = dialog.text()
    assert shown.startswith("Civic Tracker 사용 안내")
    assert "추진현황 기록" in shown and "회의용 통합 문서" in shown and "진척률" in shown
    assert "Log progress" not in shown and "#" not in shown.splitlines()[0]  # rendered, not markdown source
    assert _press_f1(korean, qtbot) is dialog  # one guide window, brought to the front


def test_the_english_window_opens_the_english_guide_from_the_help_menu(window: Any, qtbot: Any) -> None:
    action = window.guide_actions.action
    assert action in window.menu("help").actions() and "F1" in [s.toString() for s in action.shortcuts()]
    action.trigger()
    dialog = window.guide_actions.dialog
    assert dialog.windowTitle() == "Civic Tracker user guide"
    assert dialog.text().startswith("Civic Tracker user guide") and "Log progress" in dialog.text()
    dialog.close()
    qtbot.waitUntil(lambda: window.guide_actions.dialog is None)


def test_a_chinese_window_gets_the_chinese_guide(qtbot: Any) -> None:
    dialog = GuideDialog("zh_CN")
    qtbot.addWidget(dialog)
    assert dialog.text().startswith("Civic Tracker 使用指南")
    assert "记录进展" in dialog.text() and "会议工作簿" in dialog.text()


def _headings(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.startswith("#")]


@pytest.mark.parametrize("lang", ["ko", "zh_CN"])
def test_each_guide_covers_the_same_tasks_and_shortcuts_as_the_english_one(lang: str) -> None:
    english = guide_path("en").read_text(encoding="utf-8")
    own = guide_path(lang)
    assert own.name == GUIDES[lang]
    text = own.read_text(encoding="utf-8")
    assert len(_headings(text)) == len(_headings(english))
    keys = re.compile(r"(?:Ctrl\+Shift\+[A-Z]|Ctrl\+(?:[A-Z0-9]|Up|Down|Left|Right)|Shift\+Del|F1)(?![A-Za-z])")
    assert sorted(set(keys.findall(text))) == sorted(set(keys.findall(english)))


def test_the_guides_are_shipped_with_the_resources() -> None:
    folder = config.resources_dir() / "guide"
    assert sorted(p.name for p in folder.glob("*.md")) == sorted(GUIDES.values())
    assert guide_path("fr") == folder / "guide.md"  # a language without its own guide gets the English one
