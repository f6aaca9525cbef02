"""What staff do all day, through the window: create, edit, log progress, start from a case, undo, search."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from app.domain.dates import PartialDate
from app.domain.enums import Status
from app.services.programs import ProgramService
from app.ui.models.programs import ProgramTableModel
from app.ui.models.tasks import TaskTreeModel


def _own_keys(db: Any) -> list[str]:
    return [p.key for p in ProgramService(db).list_programs().rows if not p.is_case]


def _edit_line(window: Any, field: str, text: str) -> None:
    editor = window.detail_view.fields[field].editor
    editor.setText(text)
    editor.editingFinished.emit()


def test_new_program_is_created_opened_and_listed(window: Any, prompts: Any, qtbot: Any) -> None:
    prompts.texts.append("Green wheels for Dobong")
    window.new_action.trigger()
    assert window.current_view() == "program"
    assert window.detail_view.heading.text() == "Green wheels for Dobong"
    window.show_view("programs")
    view = window.programs_view
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    assert view.model.index(0, ProgramTableModel.TITLE).data() == "Green wheels for Dobong"
    assert view.model.index(0, ProgramTableModel.STATUS).data() == "Planned"


def test_editing_a_field_saves_it_and_undo_redo_take_it_back_and_forth(window: Any, prompts: Any, qtbot: Any) -> None:
    prompts.texts.append("Repair cafe")
    window.new_program()
    key = window.current_program_key()
    service = ProgramService(window.db)
    _edit_line(window, "title", "Repair café network")
    assert service.get_program(key).title == "Repair café network"
    combo = window.detail_view.fields["status"].editor
    combo.setCurrentIndex(combo.findData("active"))
    combo.activated.emit(combo.currentIndex())
    assert service.get_program(key).status is Status.ACTIVE

    window.undo_action.trigger()
    assert service.get_program(key).status is Status.PLANNED
    window.undo_action.trigger()
    assert service.get_program(key).title == "Repair cafe"
    qtbot.waitUntil(lambda: window.detail_view.fields["title"].editor.text() == "Repair cafe")
    window.redo_action.trigger()
    window.redo_action.trigger()
    program = service.get_program(key)
    assert (program.title, program.status) == ("Repair café network", Status.ACTIVE)


def test_partial_dates_keep_their_precision_and_an_end_before_the_start_is_refused(window: Any, prompts: Any) -> None:
    prompts.texts.append("Sharing library")
    window.new_program()
    key = window.current_program_key()
    detail = window.detail_view
    detail.start_edit.set_value(PartialDate(2025, 3))
    detail.start_edit.edited.emit()
    assert ProgramService(window.db).get_program(key).start_date == PartialDate(2025, 3)
    depth = window.undo_stack.count()
    detail.end_edit.set_value(PartialDate(2024))
    detail.end_edit.edited.emit()
    assert "before the start" in detail.field_error("end_date")
    assert ProgramService(window.db).get_program(key).end_date is None
    assert window.undo_stack.count() == depth  # nothing to undo: nothing was saved


def test_an_empty_title_is_refused_beside_the_field(window: Any, prompts: Any) -> None:
    prompts.texts.append("Community kitchen")
    window.new_program()
    key = window.current_program_key()
    _edit_line(window, "title", "   ")
    assert "cannot be empty" in window.detail_view.field_error("title")
    assert ProgramService(window.db).get_program(key).title == "Community kitchen"
    _edit_line(window, "title", "Community kitchen 2")
    assert window.detail_view.field_error("title") == ""


def test_a_conflicting_save_keeps_the_users_edit_and_says_why(window: Any, prompts: Any) -> None:
    prompts.texts.append("Youth council")
    window.new_program()
    key = window.current_program_key()
    ProgramService(window.db).update_program(key, {"summary": "Changed by a colleague"})  # behind our back
    _edit_line(window, "title", "Youth council 2027")
    assert "changed by someone else" in window.detail_view.field_error("title")
    assert window.detail_view.fields["title"].editor.text() == "Youth council 2027"
    assert window.banner.isVisible()
    assert ProgramService(window.db).get_program(key).title == "Youth council"


def test_start_from_a_case_copies_its_tasks_and_undo_removes_it(window: Any, qtbot: Any) -> None:
    window.show_view("cases")
    view = window.cases_view
    qtbot.waitUntil(lambda: view.model.rowCount() == 20)
    view.select_key("DOBONG-SD-GOVERNANCE")
    window.start_case_action.trigger()
    window.last_dialog.save()  # the Start from this case dialog, with the case's suggestions
    key = window.current_program_key()
    program = ProgramService(window.db).get_program(key)
    assert not program.is_case and program.based_on_key == "DOBONG-SD-GOVERNANCE"
    assert len(program.tasks) == 6
    assert window.detail_view.task_model.rowCount() == 6
    window.undo_action.trigger()
    assert key not in _own_keys(window.db)
    window.redo_action.trigger()
    assert key in _own_keys(window.db)


def test_log_progress_refuses_a_bad_percent_then_saves_and_undo_takes_it_back(window: Any, qtbot: Any) -> None:
    service = ProgramService(window.db)
    assert not window.log_action.isEnabled()  # no program of the office yet: nothing to log on
    own = service.start_from_case("SEOUL-TTAREUNGI")
    window.notify_data_changed()
    qtbot.waitUntil(window.log_action.isEnabled)
    window.log_action.trigger()
    dialog = window.last_dialog
    dialog.find.setText("ttareungi own")
    dialog.search()
    assert dialog.results.count() == 1
    dialog.results.setCurrentRow(0)
    assert dialog.program_key == own.key
    dialog.task.setCurrentIndex(1)  # the first task
    dialog.what.setText("500 new bicycles delivered")
    dialog.percent.setText("150")
    dialog.save()
    assert "outside 0 to 100" in dialog.error.text()
    assert service.list_progress(own.key) == []
    dialog.percent.setText("40")
    dialog.save()
    assert not dialog.isVisible()
    entries = service.list_progress(own.key)
    assert [e.title for e in entries] == ["500 new bicycles delivered"]
    assert service.get_program(own.key).tasks[0].percent_complete == 40
    assert entries[0].entry_date.precision.value == "day"  # today, to the day
    window.undo_action.trigger()
    assert service.list_progress(own.key) == []
    assert service.get_program(own.key).tasks[0].percent_complete is None


def test_search_filters_as_you_type_and_filters_combine(window: Any, qtbot: Any) -> None:
    window.show_view("cases")
    view = window.cases_view
    qtbot.waitUntil(lambda: view.model.rowCount() == 20)
    qtbot.keyClicks(view.search, "bicycle")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    assert view.model.index(0, ProgramTableModel.KEY).data() == "SEOUL-TTAREUNGI"
    view.search.setText("따릉이")  # Korean input (QTest cannot type it key by key)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    view.search.clear()
    qtbot.waitUntil(lambda: view.model.rowCount() == 20)
    view.status_filter.setCurrentIndex(view.status_filter.findData("active"))
    active = view.model.rowCount()
    assert 0 < active < 20
    qtbot.waitUntil(lambda: view.choices_ready)  # the filter lists are read on a worker
    view.country_filter.setCurrentIndex(view.country_filter.findText("China"))
    assert view.model.rowCount() < active
    qtbot.waitUntil(lambda: view.count_label.text() == f"Matching programs: {view.model.rowCount()}")


def test_ctrl_f_goes_to_the_search_box(window: Any, qtbot: Any) -> None:
    window.show_view("dashboard")
    window.find_action.trigger()
    assert window.current_view() == "programs"
    assert window.programs_view.search.hasFocus() or window.focusWidget() is window.programs_view.search


def test_delete_asks_first_and_undo_brings_the_program_back(window: Any, prompts: Any) -> None:
    prompts.texts.append("Night market")
    window.new_program()
    key = window.current_program_key()
    prompts.confirms.append(False)
    window.delete_action.trigger()
    assert key in _own_keys(window.db)
    prompts.confirms.append(True)
    window.delete_action.trigger()
    assert key not in _own_keys(window.db)
    assert window.current_view() != "program"
    window.undo_action.trigger()
    assert key in _own_keys(window.db)


def test_tasks_edit_in_place_reorder_and_indent(window: Any, prompts: Any, qtbot: Any) -> None:
    service = ProgramService(window.db)
    own = service.start_from_case("DOBONG-SD-GOVERNANCE")
    window.open_program(own.key)
    detail = window.detail_view
    model = detail.task_model
    first_title = model.index(0, 0).data()
    second_title = model.index(1, 0).data()
    assert model.setData(model.index(0, TaskTreeModel.PERCENT), 50.0)
    qtbot.waitUntil(lambda: model.index(0, TaskTreeModel.PERCENT).data() == "50%")
    assert service.get_program(own.key).percent_complete == round(50 / 6, 1)

    detail.task_tree.setCurrentIndex(model.index(1, 0))
    detail.move_selected(-1)
    qtbot.waitUntil(lambda: model.index(0, 0).data() == second_title)
    detail.task_tree.setCurrentIndex(model.index(1, 0))
    detail.indent()  # the first task becomes a unit task of the (new) first one
    qtbot.waitUntil(lambda: model.rowCount() == 5)
    assert model.index(0, 0, model.index(0, 0)).data() == first_title
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: model.rowCount() == 6)
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: model.index(0, 0).data() == first_title)
    assert "Weighted average" in detail.percent_label.toolTip()


def test_read_only_disables_every_editing_action(window: Any) -> None:
    window.set_read_only(True)
    for action in (
        window.new_action,
        window.log_action,
        window.delete_action,
        window.undo_action,
        window.start_case_action,
    ):
        assert not action.isEnabled()
    window.show_banner("Read-only", "warning")
    assert window.banner.isVisible()
    window.hide_banner()
    assert not window.banner.isVisible()


def test_the_window_remembers_the_last_view(qtbot: Any, seeded_db: Any, prompts: Any) -> None:
    from app.ui.main_window import MainWindow

    first = MainWindow(seeded_db, prompts=prompts)
    qtbot.addWidget(first)
    first.show_view("dashboard")
    first.close()
    second = MainWindow(seeded_db, prompts=prompts)
    qtbot.addWidget(second)
    assert second.current_view() == "dashboard"


def test_the_window_remembers_my_tasks_history_and_trash_too(qtbot: Any, seeded_db: Any, prompts: Any) -> None:
    from app.ui.main_window import MainWindow

    for pane in ("my-tasks", "history", "trash"):
        first = MainWindow(seeded_db, prompts=prompts)
        qtbot.addWidget(first)
        first.show_view(pane)
        first.close()
        second = MainWindow(seeded_db, prompts=prompts)
        qtbot.addWidget(second)
        assert second.current_view() == pane  # was the Programs list, or a pane visited before
        assert second.navigator.current_page() == pane
        second.close()


def test_a_program_started_from_a_case_comes_back_under_programs(qtbot: Any, seeded_db: Any, prompts: Any) -> None:
    """Closed on one of the office's programs opened from the Case library, the window opens on the list the
    navigator showed it under: Programs, not the Case library."""
    from app.ui.main_window import MainWindow

    first = MainWindow(seeded_db, prompts=prompts)
    qtbot.addWidget(first)
    first.show_view("cases")
    first.open_program("SEOUL-TTAREUNGI")
    first.start_case_action.trigger()
    first.last_dialog.save()
    assert first.current_view() == "program" and first.navigator.current_page() == "programs"
    first.close()
    second = MainWindow(seeded_db, prompts=prompts)
    qtbot.addWidget(second)
    assert second.current_view() == "programs"


def test_a_new_lead_typed_when_starting_from_a_case_shows_on_the_new_program(window: Any, qtbot: Any) -> None:
    """The program page had read its organizations for the case page before: the new one must be among them."""
    window.show_view("cases")
    window.open_program("SEOUL-TTAREUNGI")  # the page reads the places and organizations once here
    window.start_case_action.trigger()
    dialog = window.last_dialog
    dialog.lead.setEditText("Dobong Transport Division")
    dialog.save()
    key = window.current_program_key()
    assert ProgramService(window.db).get_program(key).lead_organization.name == "Dobong Transport Division"
    combo = window.detail_view.org_picker.combo
    qtbot.waitUntil(lambda: combo.currentText() == "Dobong Transport Division")  # was blank


def test_a_program_pages_captions_keep_their_mnemonics(window: Any, prompts: Any, qtbot: Any) -> None:
    """Alt+T goes to the title: the captions lost their '&' when a program was shown."""
    prompts.texts.append("Tool library")
    window.new_action.trigger()
    detail = window.detail_view
    assert detail.fields["title"].caption.text() == "&Title"
    assert detail.fields["title"].label == "Title"  # as errors and the undo command name it
    detail.fields["summary"].editor.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: detail.fields["title"].editor.hasFocus())


def test_contract_menus_and_views(window: Any, qtbot: Any) -> None:
    for name in ("file", "edit", "view", "program", "tools", "help"):
        assert window.menu(name).title()
    for name in ("programs", "cases", "tasks", "progress", "dashboard"):
        window.show_view(name)
        assert window.current_view() == name
    qtbot.waitUntil(lambda: "20 cases" in window.counts_label.text())
    assert window.undo_action.shortcut().toString() == "Ctrl+Z"
    assert window.log_action.shortcut().toString() == "Ctrl+L"
    assert window.redo_action.shortcuts()[0].toString() == "Ctrl+Shift+Z"


def test_screenshot_command_writes_a_png(tmp_path: Any, seeded_db: Any) -> None:
    from app.cli import main

    out = tmp_path / "program.png"
    code = main(["--db", seeded_db.url, "gui", "--screenshot", str(out), "--view", "program:SEOUL-TTAREUNGI"])
    assert code == 0
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert main(["--db", seeded_db.url, "gui", "--screenshot", str(out), "--view", "program:NOPE"]) == 1


def test_partners_are_added_with_a_new_organization_and_removed_with_undo(
    window: Any, prompts: Any, qtbot: Any
) -> None:
    prompts.texts.append("Village kitchens")
    window.new_program()
    key = window.current_program_key()
    service = ProgramService(window.db)
    prompts.texts += ["Dobong Food Bank", "supplies ingredients"]
    window.detail_view.add_partner()
    partners = service.get_program(key).partners
    assert [(p.organization.name, p.role) for p in partners] == [("Dobong Food Bank", "supplies ingredients")]
    assert any(o.name == "Dobong Food Bank" for o in service.list_organizations())
    qtbot.waitUntil(lambda: window.detail_view.partners_list.count() == 1)
    assert "Dobong Food Bank" in window.detail_view.partners_list.item(0).text()
    window.detail_view.partners_list.setCurrentRow(0)
    window.detail_view.remove_partner()
    assert service.get_program(key).partners == ()
    window.undo_action.trigger()
    assert len(service.get_program(key).partners) == 1


def test_lead_organization_can_be_created_from_the_picker(window: Any, prompts: Any) -> None:
    prompts.texts.append("Seed library")
    window.new_program()
    key = window.current_program_key()
    prompts.texts.append("Chang-dong Residents Association")
    window.detail_view.create_organization()
    lead = ProgramService(window.db).get_program(key).lead_organization
    assert lead is not None and lead.name == "Chang-dong Residents Association"


def test_indicator_values_are_added_checked_and_undone(window: Any, qtbot: Any) -> None:
    service = ProgramService(window.db)
    own = service.start_from_case("SEOUL-TTAREUNGI")
    window.open_program(own.key)
    detail = window.detail_view
    detail.show_tab("indicators")
    assert detail.current_indicator() is not None
    indicator_id = detail.current_indicator().id
    detail.add_indicator_value()
    dialog = window.last_dialog
    dialog.period.set_value(PartialDate(2026, 6))
    dialog.value.setText("many")
    dialog._check()
    assert "not a number" in dialog.error.text()
    dialog.value.setText("1,250")
    dialog._check()
    values = next(i for i in service.get_program(own.key).indicators if i.id == indicator_id).values
    assert [(v.period, v.value) for v in values] == [(PartialDate(2026, 6), 1250.0)]
    qtbot.waitUntil(lambda: detail.value_model.rowCount() == 1)
    assert detail.chart.indicator is not None and len(detail.chart.indicator.values) == 1
    window.undo_action.trigger()
    values = next(i for i in service.get_program(own.key).indicators if i.id == indicator_id).values
    assert values == ()


def test_undoing_the_creation_of_the_open_program_goes_back_to_the_list(window: Any, prompts: Any, qtbot: Any) -> None:
    window.show_view("programs")
    prompts.texts.append("Pop-up library")
    window.new_program()
    assert window.current_view() == "program"
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: window.current_view() == "programs")
    assert window.programs_view.model.rowCount() == 0


def test_mouse_and_keyboard_reach_the_daily_actions(window: Any, qtbot: Any) -> None:
    from PySide6.QtCore import Qt

    window.show_view("cases")
    view = window.cases_view
    qtbot.waitUntil(lambda: view.model.rowCount() == 20)
    view.select_key("SEOUL-CHATDONG")
    qtbot.mouseClick(view.primary, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: getattr(window, "last_dialog", None) is not None and window.last_dialog.isVisible())
    qtbot.keyClick(window.last_dialog.title, Qt.Key.Key_Return)  # Save, with the case's suggestions
    key = window.current_program_key()
    assert key != "SEOUL-CHATDONG" and window.current_view() == "program"
    assert ProgramService(window.db).get_program(key).based_on_key == "SEOUL-CHATDONG"
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: getattr(window, "last_dialog", None) is not None and window.last_dialog.isVisible())
    assert window.last_dialog.program_key == key  # the open program is preselected
    window.last_dialog.reject()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert key not in _own_keys(window.db)


def test_the_timeline_is_newest_first_and_an_entry_can_be_deleted_and_restored(
    window: Any, prompts: Any, qtbot: Any
) -> None:
    service = ProgramService(window.db)
    own = service.start_from_case("GANGDONG-SE-CENTER")
    service.log_progress(own.key, "Older", entry_date=PartialDate(2026, 1, 5))
    service.log_progress(own.key, "Newer", entry_date=PartialDate(2026, 2, 1))
    service.log_progress(own.key, "Only a month", entry_date=PartialDate(2026, 1))
    window.open_program(own.key)
    detail = window.detail_view
    model = detail.progress_model
    assert [model.index(r, 0).data().split("  ")[1] for r in range(3)] == ["Newer", "Older", "Only a month"]
    detail.timeline.setCurrentIndex(model.index(0, 0))
    prompts.confirms.append(True)
    detail.delete_progress_entry()
    assert [e.title for e in service.list_progress(own.key)] == ["Older", "Only a month"]
    window.undo_action.trigger()
    assert [e.title for e in service.list_progress(own.key)] == ["Newer", "Older", "Only a month"]


def test_log_progress_offers_only_own_programs(window: Any) -> None:
    service = ProgramService(window.db)
    own = service.start_from_case("SEOUL-NANUM-CAR")
    window.log_progress("SEOUL-NANUM-CAR")  # a case is not preselected
    dialog = window.last_dialog
    assert dialog.program_key is None
    dialog.what.setText("Something")
    dialog.save()
    assert "Choose the program" in dialog.error.text()
    dialog.find.setText("nanum")
    dialog.search()
    assert [dialog.results.item(i).data(256) for i in range(dialog.results.count())] == [own.key]


def test_an_undo_refused_by_a_colleagues_change_says_so_and_changes_nothing(window: Any, prompts: Any) -> None:
    prompts.texts.append("Street trees")
    window.new_program()
    key = window.current_program_key()
    _edit_line(window, "title", "Street trees 2027")
    service = ProgramService(window.db)
    service.update_program(key, {"title": "Street trees (colleague)"})
    window.undo_action.trigger()
    assert service.get_program(key).title == "Street trees (colleague)"
    assert window.banner.isVisible() and window.banner.kind == "error"
    assert "changed by someone else" in window.banner.label.text()


def test_task_commands_are_in_the_program_menu_with_shortcuts(window: Any, qtbot: Any) -> None:
    from PySide6.QtCore import Qt

    own = ProgramService(window.db).start_from_case("DOBONG-SD-GOVERNANCE")
    window.open_program(own.key)
    detail = window.detail_view
    model = detail.task_model
    titles = [a.text() for a in window.menu("program").actions() if a.menu()]
    assert titles == ["&Tasks", "&Indicators"]
    first = model.index(0, 0).data()
    detail.task_tree.setFocus()
    detail.task_tree.setCurrentIndex(model.index(0, 0))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(detail.task_tree, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: model.index(1, 0).data() == first)


def test_dashboard_shows_status_counts_overdue_stale_latest_and_a_chart(window: Any, qtbot: Any) -> None:
    import datetime as dt

    service = ProgramService(window.db)
    own = service.start_from_case("SEOUL-TTAREUNGI")
    service.update_program(own.key, {"status": Status.ACTIVE})
    task = own.tasks[0]
    service.update_task(task.id, {"due_date": PartialDate.of_date(dt.date.today() - dt.timedelta(days=3))})
    service.log_progress(own.key, "Stations surveyed")
    window.show_view("dashboard")
    dash = window.dashboard_view
    qtbot.waitUntil(lambda: dash.loaded)
    assert "1" in dash.tiles["active"].text() and "Active" in dash.tiles["active"].text()
    assert dash.overdue_model.rowCount() == 1
    assert dash.overdue_model.index(0, 1).data() == task.title
    assert dash.latest_model.index(0, 2).data() == "Stations surveyed"
    assert dash.stale_model.rowCount() == 0  # progress today: not stale
    assert dash.chart_program.count() > 0
    assert dash.chart.indicator is not None


def test_start_from_this_case_is_offered_on_a_case_and_not_on_an_own_program(window: Any, prompts: Any) -> None:
    window.open_program("SEOUL-TTAREUNGI")
    assert window.start_case_action.isEnabled()
    window.start_case_action.trigger()
    window.last_dialog.save()
    own = window.current_program_key()
    assert own != "SEOUL-TTAREUNGI"
    assert not window.start_case_action.isEnabled()  # an own program is no case to start from
    window.open_program("CN-CSIA")
    assert window.start_case_action.isEnabled()
    window.show_view("programs")
    window.programs_view.select_key(own)
    assert not window.start_case_action.isEnabled()
    window.set_read_only(True)
    window.set_read_only(False)
    assert not window.start_case_action.isEnabled()
    assert not [m for m in prompts.messages if m[0] == "error"]


def test_a_case_cannot_be_deleted_but_an_own_program_can(window: Any, prompts: Any) -> None:
    window.open_program("CN-CSIA")
    assert not window.delete_action.isEnabled()
    window.delete_action.trigger()  # a shortcut pressed anyway does nothing
    assert "CN-CSIA" in ProgramService(window.db).program_keys()
    own = ProgramService(window.db).start_from_case("CN-CSIA")
    window.open_program(own.key)
    assert window.delete_action.isEnabled()
