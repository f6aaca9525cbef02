"""Case pages as a first-time reader sees them: calm, plainly read-only, and saying what is missing."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel


def _visible_texts(widget: Any) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel) if label.isVisible() and label.text()]


def _open(window: Any, qtbot: Any, key: str, tab: str = "tasks") -> Any:
    window.open_program(key)
    detail = window.detail_view
    detail.show_tab(tab)
    qtbot.waitUntil(lambda: detail.program is not None and detail.program.key == key)
    return detail


def test_a_case_without_a_stated_percent_says_so_once_and_quietly(window: Any, qtbot: Any) -> None:
    detail = _open(window, qtbot, "CN-NANJING-MODEL")
    said = [t for t in _visible_texts(detail) if "percent not stated in the sources" in t]
    assert len(said) == 1
    assert not detail.percent_label.isVisible()  # not in large type in the header
    assert "percent not stated in the sources" in detail.subheading.text()


def test_a_case_with_no_tasks_says_the_sources_state_none(window: Any, qtbot: Any) -> None:
    detail = _open(window, qtbot, "CN-NANJING-MODEL")
    assert detail.task_model.rowCount() == 0
    assert detail.tasks_empty.isVisible()
    assert detail.tasks_empty.text() == "The sources state no tasks for this case."
    detail = _open(window, qtbot, "DOBONG-SD-GOVERNANCE")
    assert detail.task_model.rowCount() > 0
    assert not detail.tasks_empty.isVisible()


def test_an_own_program_with_no_tasks_says_how_to_add_one(window: Any, prompts: Any, qtbot: Any) -> None:
    prompts.texts.append("Street gardens")
    window.new_program()
    detail = window.detail_view
    detail.show_tab("tasks")
    assert detail.tasks_empty.isVisible()
    assert "Add action plan" in detail.tasks_empty.text()
    prompts.texts.append("Find the plots")
    detail.add_action_plan()
    qtbot.waitUntil(lambda: not detail.tasks_empty.isVisible())


def _background(widget: Any) -> Any:
    from PySide6.QtGui import QPalette

    return widget.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.Base)


def test_every_read_only_field_of_a_case_looks_read_only(window: Any, prompts: Any, qtbot: Any) -> None:
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QApplication, QLineEdit

    detail = _open(window, qtbot, "SEOUL-TTAREUNGI")
    grey = QApplication.palette(detail).color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Base)
    white = QApplication.palette(detail).color(QPalette.ColorGroup.Active, QPalette.ColorRole.Base)
    assert grey != white
    texts = ("title", "local_title", "key", "themes", "summary", "description")
    for name in texts:
        editor = detail.fields[name].editor
        assert editor.isReadOnly()
        assert _background(editor) == grey, name  # like the greyed Status, Place and Sector beside it
    assert _background(detail.partners_list) == grey
    assert not detail.fields["status"].editor.isEnabled()
    # The same page showing an own program is white and editable again.
    prompts.texts.append("Street gardens")
    window.new_program()
    for name in texts:
        editor = detail.fields[name].editor
        assert not editor.isReadOnly()
        assert _background(editor) == white, name
    assert isinstance(detail.fields["title"].editor, QLineEdit)


def _lines(text: str, font: Any, width: int) -> list[str]:
    from PySide6.QtGui import QTextDocument

    doc = QTextDocument()
    doc.setDefaultFont(font)
    doc.setPlainText(text)
    doc.setTextWidth(width)
    doc.size()  # lays the text out
    block, lines = doc.begin(), []
    while block.isValid():
        layout, whole = block.layout(), block.text()
        for i in range(layout.lineCount()):
            line = layout.lineAt(i)
            lines.append(whole[line.textStart() : line.textStart() + line.textLength()])
        block = block.next()
    return lines


def test_a_chinese_name_in_the_header_wraps_whole_not_mid_word(window: Any, qtbot: Any) -> None:
    detail = _open(window, qtbot, "CN-NANJING-MODEL")
    heading = detail.heading
    shown = heading.text().replace("\u2060", "").replace("\u00a0", " ")
    assert shown == "Nanjing model of social management · 南京模式"
    for width in range(300, 720, 20):
        for line in _lines(heading.text(), heading.font(), width):
            part = line.replace("\u2060", "")
            assert "南京模式" in part or not set("南京模式") & set(part), (width, line)
            assert not part.rstrip().endswith("·"), (width, line)  # the dot goes with the name it introduces


def test_a_long_themes_line_shows_its_beginning(window: Any, qtbot: Any) -> None:
    detail = _open(window, qtbot, "CN-NANJING-MODEL")
    themes = detail.fields["themes"].editor
    assert themes.text().startswith("community")
    assert themes.cursorPosition() == 0  # "community, …" is what shows, not "…nity, governance, …"
