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


def _note(detail: Any, name: str) -> Any:
    return detail.fields[name].note


def _italic(label: Any) -> bool:
    label.ensurePolished()
    return label.font().italic()


def test_fields_the_sources_do_not_state_say_so_in_italic_grey_in_place_of_an_empty_field(
    window: Any, prompts: Any, qtbot: Any
) -> None:
    detail = _open(window, qtbot, "DOBONG-SD-GOVERNANCE")
    for name in ("start_date", "end_date"):
        note = _note(detail, name)
        assert note.isVisible() and note.text() == "not stated in the sources", name
        assert _italic(note)
        assert not detail.fields[name].editor.isVisible()  # no "undecided" date box that reads like a plan
    assert not _note(detail, "description").isVisible()  # a stated field shows its value, no note
    detail = _open(window, qtbot, "SEOUL-TTAREUNGI")
    assert _note(detail, "status").text() == "not stated in the sources"
    assert not detail.fields["status"].editor.isVisible()
    assert detail.status_pill.text() == "status not stated in the sources"
    assert _note(detail, "partners").text() == "not stated in the sources"
    # An own program's empty fields are just empty, ready to be filled in.
    prompts.texts.append("Street gardens")
    window.new_program()
    for name in ("start_date", "status", "partners", "local_title"):
        assert not _note(detail, name).isVisible()
        assert detail.fields[name].editor.isVisible()


def test_the_librarys_own_local_titles_and_themes_are_marked_editorial(window: Any, qtbot: Any) -> None:
    for key in ("CN-NANJING-MODEL", "DOBONG-SD-GOVERNANCE"):
        detail = _open(window, qtbot, key)
        for name in ("local_title", "themes"):
            note = _note(detail, name)
            assert note.isVisible() and note.text() == "editorial: added by the library, not stated in the sources"
            assert detail.fields[name].editor.isVisible()  # the value is still shown
        assert not _note(detail, "title").isVisible()  # the title is stated, with its quote
        assert "not stated in the sources" in detail.heading.toolTip()  # the heading shows it too
    detail = _open(window, qtbot, "CN-HOPE-PROJECTS")  # no local title at all: not stated, not editorial
    assert _note(detail, "local_title").text() == "not stated in the sources"
    assert detail.heading.toolTip() == ""


def test_a_stated_status_says_the_year_its_source_states_it_for(window: Any, qtbot: Any) -> None:
    detail = _open(window, qtbot, "DOBONG-SD-GOVERNANCE")
    assert _note(detail, "status").isVisible() and _note(detail, "status").text() == "as of 2017"
    assert detail.status_pill.text() == "Active · as of 2017"
    detail = _open(window, qtbot, "SEOUL-NANUM-CAR")  # drawn from Seoul's 2015 traffic news
    assert _note(detail, "status").text() == "as of 2015"
    assert "as of 2015" in detail.status_pill.text()


def test_quotes_show_the_documents_bold_not_its_asterisks(window: Any, qtbot: Any) -> None:
    detail = _open(window, qtbot, "DOBONG-SD-GOVERNANCE", tab="sources")
    shown = detail.sources.toPlainText()
    assert "Dobong has ongoing discussions" in shown
    assert "**" not in shown
    doc = detail.sources.document()
    at = shown.index("Dobong has ongoing")
    block = doc.findBlock(at)
    text = block.text()
    bold = [text[r.start : r.start + r.length] for r in block.textFormats() if r.format.fontWeight() >= 600]
    assert "Dobong" in bold
    tip = detail.fields["status"].caption.toolTip()
    assert "<b>Dobong</b>" in tip and "**" not in tip


def test_task_titles_show_whole_wrapping_in_a_narrow_tree_with_the_title_as_tooltip(window: Any, qtbot: Any) -> None:
    from PySide6.QtCore import QRect, Qt

    detail = _open(window, qtbot, "GANGDONG-SE-CENTER")
    tree, model = detail.task_tree, detail.task_model
    for col in (model.OWNER, model.PERCENT, model.WEIGHT):
        assert tree.isColumnHidden(col)  # a case states no owners, percents or weights: room for titles
    detail.splitter.setSizes([900, 420])
    qtbot.wait(100)
    rows: list[Any] = []

    def walk(parent: Any) -> None:
        for r in range(model.rowCount(parent)):
            index = model.index(r, model.TITLE, parent)
            rows.append(index)
            walk(index)

    walk(tree.rootIndex())
    assert rows
    heights = set()
    for index in rows:
        title = index.data()
        rect = tree.visualRect(index)
        needed = tree.fontMetrics().boundingRect(QRect(0, 0, rect.width() - 8, 10_000), Qt.TextFlag.TextWordWrap, title)
        assert needed.height() <= rect.height() + 1, title  # every line of the title fits its row
        assert index.data(Qt.ItemDataRole.ToolTipRole).startswith(title)
        heights.add(rect.height())
    assert len(heights) > 1  # a long title takes more lines than a short one
