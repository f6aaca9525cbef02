"""Tools and Help as an office expects them: Places, People, Backups and Preferences under Tools; the user guide,
the keyboard shortcuts and About under Help; the People dialog filling in and anonymising a person."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QMenu
from sqlalchemy import select

from app.services.people import PeopleService
from app.services.programs import ProgramDraft, ProgramService, TaskDraft
from app.store import models as m
from app.ui.shortcuts_dialog import plain


def _entries(window: Any, name: str) -> list[str]:
    menu: QMenu = window.menu(name)
    return [plain(a.text()) for a in menu.actions() if not a.isSeparator()]


def test_tools_and_help_hold_what_an_office_looks_for_there(window: Any) -> None:
    assert _entries(window, "tools") == ["Places", "People", "Backups", "Preferences"]
    assert _entries(window, "help") == ["User guide", "Keyboard shortcuts", "About Civic Tracker"]
    assert "Backups" not in _entries(window, "file")  # moved, not listed twice in File
    assert "Preferences" in _entries(window, "file")  # File > Preferences (Ctrl+,) stays where #15 put it


def test_the_shortcuts_list_is_the_window_s_own_and_no_two_commands_share_a_key(window: Any, qtbot: Any) -> None:
    dialog = window.guide_actions.show_shortcuts()
    qtbot.addWidget(dialog)
    rows = dialog.rows()
    by_command = {command: keys for _menu, command, keys in rows}
    assert by_command["New program"] == "Ctrl+N"
    assert "F1" in by_command["User guide"]
    assert by_command["Keyboard shortcuts"] == "Ctrl+/"
    assert ("View", "Back") in {(menu, command) for menu, command, _keys in rows}
    keys = [k.strip() for _menu, _command, text in rows for k in text.split(",")]
    shared = {k for k in keys if keys.count(k) > 1}
    assert not shared, f"keys used by two commands: {shared}"


def _owner_with_a_task(db: Any) -> str:
    programs = ProgramService(db)
    key = programs.create_program(ProgramDraft(title="Green wheels for Dobong")).key
    programs.add_task(key, TaskDraft(title="Stations by the river", owner="김민지"))
    return key


def _select(dialog: Any, name: str) -> int:
    row = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())].index(name)
    dialog.table.selectRow(row)
    return row


def test_people_fills_in_a_person_and_shows_their_tasks(window: Any, seeded_db: Any, qtbot: Any) -> None:
    _owner_with_a_task(seeded_db)
    with seeded_db.read() as s:
        department = s.scalars(select(m.Organization.name).order_by(m.Organization.id)).first()
    assert department
    dialog = window.people_actions.show_people()
    qtbot.addWidget(dialog)
    row = _select(dialog, "김민지")
    assert dialog.table.item(row, 4).text() == "1"  # one open task
    dialog.local.setText("Kim Minji")
    dialog.department.setText(department)
    dialog.contact.setText("02-2091-0000")
    assert dialog.save()
    person = PeopleService(seeded_db).find("김민지")
    assert (person.name_local, person.department, person.contact) == ("Kim Minji", department, "02-2091-0000")

    dialog.tasks_button.click()
    assert window.current_view() == "my-tasks"
    assert window.people_actions.view.current_person() == "김민지"


def test_people_refuses_an_unknown_department_and_saves_nothing(
    window: Any, seeded_db: Any, prompts: Any, qtbot: Any
) -> None:
    _owner_with_a_task(seeded_db)
    dialog = window.people_actions.show_people()
    qtbot.addWidget(dialog)
    _select(dialog, "김민지")
    dialog.department.setText("No such department")
    assert not dialog.save()
    kind, _title, text = prompts.messages[-1]
    assert kind == "error" and "No such department" in text
    assert PeopleService(seeded_db).find("김민지").department is None


def test_anonymising_asks_first_then_replaces_the_name(window: Any, seeded_db: Any, prompts: Any, qtbot: Any) -> None:
    key = _owner_with_a_task(seeded_db)
    dialog = window.people_actions.show_people()
    qtbot.addWidget(dialog)
    _select(dialog, "김민지")
    prompts.confirms.append(False)
    assert not dialog.anonymise()
    assert PeopleService(seeded_db).find("김민지").name == "김민지"
    prompts.confirms.append(True)
    assert dialog.anonymise()
    [task] = ProgramService(seeded_db).list_tasks(key)
    assert task.owner is not None and task.owner.startswith("Person ") and "김민지" not in task.owner
    assert not dialog.anonymise_button.isEnabled()  # the anonymised row is selected and cannot be changed


def test_menu_texts_are_read_without_their_key_letters_in_every_language() -> None:
    assert plain("새 사업(&N)…") == "새 사업"
    assert plain("新建项目(&N)…") == "新建项目"
    assert plain("Export meeting workbook...") == "Export meeting workbook"
    assert plain("Save && close") == "Save & close"


def test_the_toolbar_says_undo_and_the_tooltip_says_what(window: Any, seeded_db: Any) -> None:
    window.new_program_titled = None
    key = ProgramService(seeded_db).create_program(ProgramDraft(title="Green wheels for Dobong")).key
    window.open_program(key)
    window.detail_view.fields["title"].editor.setText("Green wheels")
    window.detail_view.fields["title"].editor.editingFinished.emit()
    button = window.toolbar.widgetForAction(window.undo_action)
    assert button.text() == "Undo"  # short in the toolbar, whatever the command
    assert window.undo_action.toolTip().startswith("Undo: ") and key in window.undo_action.toolTip()
    assert plain(window.undo_action.text()) != "Undo"  # the menu entry still says what it undoes
