"""Start from this case asks what makes the program ours, copies the case's steps as work to do, and undoes."""

from __future__ import annotations

from typing import Any

from app.domain.dates import PartialDate
from app.domain.enums import Status
from app.domain.model import ProgramFilter
from app.services.programs import ProgramService


def _own_keys(db: Any) -> list[str]:
    return [p.key for p in ProgramService(db).list_programs(ProgramFilter(is_case=False)).rows]


def test_the_dialog_suggests_the_case_and_saves_ours(window: Any, qtbot: Any) -> None:
    window.open_program("DOBONG-SD-GOVERNANCE", tab="sources")  # reading where the case's facts come from
    window.start_case_action.trigger()
    dialog = window.last_dialog
    assert dialog.windowTitle() == "Start from this case"
    # The case's title, place and lead are offered as a starting point; its start date (2015) is history.
    assert dialog.title.text() == "Dobong-gu sustainable development governance"
    assert dialog.place.currentText() == "South Korea > Seoul > Dobong-gu"
    assert dialog.lead.currentText() == "Dobong-gu (district government)"
    assert "6 tasks" in dialog.intro.text() and "Planned" in dialog.intro.text()
    assert _own_keys(window.db) == []  # nothing saved before Save

    dialog.title.setText("Gangdong sustainable development")
    dialog.place.setCurrentIndex(dialog.place.findText("South Korea > Seoul > Gangdong-gu"))
    dialog.lead.setEditText("Gangdong Sustainability Team")  # a department the app does not know yet
    dialog.start.set_value(PartialDate(2027, 3))
    dialog.save()
    assert not dialog.isVisible()
    key = window.current_program_key()
    program = ProgramService(window.db).get_program(key)
    assert (program.title, program.place.name, program.start_date) == (
        "Gangdong sustainable development",
        "Gangdong-gu",
        PartialDate(2027, 3),
    )
    assert program.lead_organization.name == "Gangdong Sustainability Team"
    assert program.based_on_key == "DOBONG-SD-GOVERNANCE"
    assert {t.status for t in program.tasks} == {Status.PLANNED} and program.percent_complete == 0
    assert window.detail_view.task_model.rowCount() == 6
    assert window.detail_view.tabs.currentIndex() == 0  # the new program opens on its tasks, not on Sources
    assert "0%" in window.detail_view.percent_label.text()
    assert key in window.statusBar().currentMessage()

    window.undo_action.trigger()
    assert _own_keys(window.db) == []
    assert window.statusBar().currentMessage().startswith("Undone: Start from case DOBONG-SD-GOVERNANCE")
    window.redo_action.trigger()
    assert _own_keys(window.db) == [key]


def test_an_empty_title_is_refused_in_the_dialog(window: Any) -> None:
    window.start_from_case("SEOUL-TTAREUNGI")
    dialog = window.last_dialog
    dialog.title.setText("   ")
    dialog.save()
    assert dialog.isVisible() and dialog.error.isVisible()
    assert _own_keys(window.db) == []
    dialog.reject()


def test_start_from_case_is_enabled_only_with_a_case_at_hand(window: Any, qtbot: Any) -> None:
    window.show_view("cases")
    view = window.cases_view
    qtbot.waitUntil(lambda: view.model.rowCount() == 20)
    view.table.clearSelection()
    view.table.setCurrentIndex(view.model.index(-1, -1))
    assert not window.start_case_action.isEnabled()
    assert not window.delete_action.isEnabled()
    view.select_key("SEOUL-TTAREUNGI")
    assert window.start_case_action.isEnabled()


def test_a_case_with_no_tasks_says_so_instead_of_counting_zero(window: Any) -> None:
    window.start_from_case("CN-CARE-INSURANCE")
    text = window.last_dialog.intro.text()
    assert "lists no tasks" in text and "0 tasks" not in text and "indicators" not in text
    window.last_dialog.reject()
