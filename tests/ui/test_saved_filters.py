"""Saved filters: keep a view's search and filters under a name, find it again in a new window (the same
settings file), apply it from the view's picker or View > Saved filters, rename it, delete it."""

from __future__ import annotations

from typing import Any

from app import config


def _menu_entry(window: Any, name: str) -> dict[str, Any]:
    """The actions of one saved filter's submenu in View > Saved filters, by their text without '&'."""
    menu = window.saved_filters.menu
    menu.aboutToShow.emit()
    entry = next(a.menu() for a in menu.actions() if a.menu() is not None and a.text() == name)
    return {a.text().replace("&", "").rstrip("…"): a for a in entry.actions()}


def _new_window(qtbot: Any, db: Any, prompts: Any) -> Any:
    from app.ui.main_window import MainWindow

    win = MainWindow(db, prompts=prompts)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_a_saved_filter_comes_back_in_a_new_window(qtbot: Any, seeded_db: Any, prompts: Any) -> None:
    first = _new_window(qtbot, seeded_db, prompts)
    view = first.programs_view
    first.show_view("programs")
    qtbot.waitUntil(lambda: view.choices_ready)
    assert view.theme_filter.count() > 2
    theme = view.theme_filter.itemData(2)
    view.scope_filter.setCurrentIndex(2)  # own programs and the case library
    view.theme_filter.setCurrentIndex(2)
    view.search.setText("bike")
    view.apply_filter()
    wanted = view.current_filter()
    prompts.texts.append("Mobility, everywhere")
    first.saved_filters.menu.aboutToShow.emit()
    assert first.saved_filters.save_action.isEnabled()
    first.saved_filters.save_action.trigger()
    assert [f.name for f in config.load_saved_filters()] == ["Mobility, everywhere"]
    first.close()

    again = _new_window(qtbot, seeded_db, prompts)  # a restart: the same settings file
    view = again.programs_view
    picker = again.saved_filters.pickers["programs"]
    assert [picker.itemText(i) for i in range(picker.count())][1:] == ["Mobility, everywhere"]
    assert view.search.text() == "" and view.theme_filter.currentData() is None
    again.show_view("dashboard")
    picker.activated.emit(1)  # applied at once, before the view has read its themes
    assert again.current_view() == "programs"
    qtbot.waitUntil(lambda: view.choices_ready and view.theme_filter.currentData() == theme)
    assert view.current_filter() == wanted
    assert view.model.program_filter == wanted
    assert "Mobility, everywhere" in again.statusBar().currentMessage()


def test_rename_and_delete_from_the_view_menu(qtbot: Any, window: Any, prompts: Any) -> None:
    window.show_view("tasks")
    window.tasks_view.days.setValue(30)
    prompts.texts.append("This month")
    window.saved_filters.save_current()
    window.tasks_view.days.setValue(3)
    entry = _menu_entry(window, "This month")
    entry["Apply"].trigger()
    assert window.tasks_view.days.value() == 30
    prompts.texts.append("Next 30 days")
    entry["Rename"].trigger()
    assert [f.name for f in config.load_saved_filters()] == ["Next 30 days"]
    picker = window.saved_filters.pickers["tasks"]
    assert picker.itemText(1) == "Next 30 days"
    prompts.confirms.append(True)
    _menu_entry(window, "Next 30 days")["Delete"].trigger()
    assert config.load_saved_filters() == []
    assert picker.count() == 1 and not picker.isEnabled()


def test_the_same_name_asks_before_replacing(qtbot: Any, window: Any, prompts: Any) -> None:
    window.show_view("tasks")
    window.tasks_view.days.setValue(10)
    prompts.texts.append("Soon")
    window.saved_filters.save_current()
    window.tasks_view.days.setValue(20)
    prompts.texts.append("soon")
    prompts.confirms.append(False)  # keep the first
    window.saved_filters.save_current()
    assert [f.values for f in config.load_saved_filters()] == [{"due_within": 10}]
    prompts.texts.append("")  # no name: nothing saved
    assert window.saved_filters.save_current() is None
    window.show_view("dashboard")
    window.saved_filters.menu.aboutToShow.emit()
    assert not window.saved_filters.save_action.isEnabled()  # the dashboard has no filter to save


def test_my_tasks_saves_whose_tasks(qtbot: Any, window: Any, prompts: Any) -> None:
    from app.services.programs import ProgramDraft, TaskDraft

    ps = window.context.programs
    key = ps.create_program(ProgramDraft(title="Bike stations")).key
    ps.add_task(key, TaskDraft(title="Survey", owner="김민지"))
    ps.add_task(key, TaskDraft(title="Budget", owner="Park"))
    window.people_actions.show_person("Park")
    prompts.texts.append("Park's week")
    window.saved_filters.save_current()
    window.people_actions.show_person("김민지")
    window.show_view("programs")
    _menu_entry(window, "Park's week")["Apply"].trigger()
    assert window.current_view() == "my-tasks"
    assert window.people_actions.view.current_person() == "Park"
