"""The first minutes with the app: a fresh database says nothing about backups, and an office with no
program of its own is offered what to do first as large choices."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt

from app.services.backups import list_backups
from app.services.database import close_database, open_database


def test_the_first_start_says_nothing_about_a_backup(qtbot: Any, tmp_path: Path, prompts: Any) -> None:
    from app.ui.main_window import MainWindow

    db, report = open_database(f"sqlite:///{tmp_path / 'first.sqlite3'}", actor=None)
    assert report.created and report.seeded
    window = MainWindow(db, prompts=prompts)
    said: list[str] = []
    window.statusBar().messageChanged.connect(lambda text: said.append(text) if text else None)
    qtbot.addWidget(window)
    window.show()
    assert db.sqlite_path is not None
    qtbot.waitUntil(lambda: any(b.reason == "daily" for b in list_backups(db.sqlite_path)), timeout=10_000)
    window.context.runner.wait(10_000)
    qtbot.wait(100)  # the backup's result reaches the window
    assert not any("backup" in text.lower() for text in said), said  # the backup is kept, quietly
    assert not window.banner.isVisible()
    window.close()
    close_database(db)


def test_an_office_without_programs_is_offered_what_to_do_first(window: Any, prompts: Any, qtbot: Any) -> None:
    view = window.programs_view
    window.show_view("programs")
    choices = view.start_choices
    qtbot.waitUntil(lambda: choices.isVisible())
    buttons = [choices.import_button, choices.case_button, choices.new_button]
    assert [b.text() for b in buttons] == ["Import workbook…", "Start from a case", "New program…"]
    assert all(b.isVisible() and b.isEnabled() and b.height() >= 60 for b in buttons)
    assert not view.table.isVisible()  # an empty table is not what the user looks at

    with qtbot.waitSignal(window.excel_actions.import_action.triggered, timeout=1000):
        qtbot.mouseClick(choices.import_button, Qt.MouseButton.LeftButton)  # asks for the file (none chosen)

    qtbot.mouseClick(choices.case_button, Qt.MouseButton.LeftButton)
    assert window.current_view() == "cases"
    assert "Start from this case" in window.statusBar().currentMessage()

    window.show_view("programs")
    prompts.texts.append("Green wheels for Dobong")
    qtbot.mouseClick(choices.new_button, Qt.MouseButton.LeftButton)
    assert window.current_view() == "program"
    assert window.detail_view.heading.text() == "Green wheels for Dobong"
    window.show_view("programs")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    assert view.table.isVisible() and not choices.isVisible()


def test_the_first_choices_are_disabled_when_the_database_is_read_only(window: Any) -> None:
    window.set_read_only(True)
    choices = window.programs_view.start_choices
    assert not any(b.isEnabled() for b in (choices.import_button, choices.case_button, choices.new_button))


def test_the_first_choices_and_the_navigator_speak_korean(qtbot: Any, seeded_db: Any, prompts: Any) -> None:
    from app import config
    from app.domain.saved_filters import SavedFilter
    from app.ui.main import install_translations
    from app.ui.main_window import MainWindow

    config.save_saved_filters([SavedFilter("이번 달 마감", "tasks", {"due_within": 30})])
    app = QCoreApplication.instance()
    installed = install_translations(app, QLocale("ko_KR"))
    try:
        window = MainWindow(seeded_db, prompts=prompts, remember=False)
        qtbot.addWidget(window)
        window.show()
        choices = window.programs_view.start_choices
        qtbot.waitUntil(lambda: choices.isVisible())
        texts = [b.text() for b in (choices.import_button, choices.case_button, choices.new_button)]
        assert texts == ["통합 문서 가져오기…", "사례에서 시작", "새 사업…"]
        assert window.navigator.filters_node.text(0) == "저장된 필터"
        assert [i.text(0) for i in window.navigator.filter_items()] == ["이번 달 마감"]
        assert window.navigator.filter_items()[0].toolTip(0) == "마감 과제 화면 열기 (필터: “이번 달 마감”)"
    finally:
        for translator in installed:
            app.removeTranslator(translator)
