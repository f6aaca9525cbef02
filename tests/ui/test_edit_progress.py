"""A progress entry is edited from the program's log (date, title, note, task, percent), with undo; the log
shows the task each entry belongs to."""

from __future__ import annotations

from typing import Any

from app.domain.dates import PartialDate
from app.domain.enums import Status
from app.services.programs import ProgramService


def _open_log(window: Any, key: str) -> Any:
    window.open_program(key)
    detail = window.detail_view
    detail.tabs.setCurrentIndex(1)
    return detail


def test_the_log_shows_each_entry_s_task(window: Any) -> None:
    service = ProgramService(window.db)
    own = service.start_from_case("SEOUL-TTAREUNGI")
    service.log_progress(own.key, "Stations surveyed", task_id=own.tasks[0].id, percent_complete=40)
    service.log_progress(own.key, "Budget approved", entry_date=PartialDate(2026, 1, 5))
    detail = _open_log(window, own.key)
    model = detail.progress_model
    rows = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert rows[0].endswith(f"Stations surveyed  (Task: {own.tasks[0].title})")
    assert rows[1].endswith("Budget approved")  # on the whole program: no task named
    assert not detail.edit_entry.isEnabled()  # nothing selected yet


def test_editing_an_entry_moves_its_task_asks_before_completing_and_undo_puts_it_back(
    window: Any, prompts: Any, qtbot: Any
) -> None:
    service = ProgramService(window.db)
    own = service.start_from_case("SEOUL-TTAREUNGI")
    first, second = own.tasks
    service.log_progress(own.key, "Stations surveyed", task_id=first.id, percent_complete=40)
    detail = _open_log(window, own.key)
    detail.timeline.setCurrentIndex(detail.progress_model.index(0, 0))
    assert detail.edit_entry.isEnabled()
    detail.edit_entry.click()
    dialog = window.last_dialog
    assert dialog.windowTitle() == "Edit progress entry"
    assert (dialog.what.text(), dialog.percent.text(), dialog.task.currentData()) == (
        "Stations surveyed",
        "40",
        first.id,
    )
    assert dialog.find.isHidden()  # the program stays the one it was logged on

    dialog.what.setText("App launched")
    dialog.note.setPlainText("Minutes of the launch meeting")
    dialog.task.setCurrentIndex(dialog.task.findData(second.id))
    dialog.percent.setText("100")
    dialog.date.set_value(PartialDate(2026, 11, 30))
    prompts.confirms.append(True)  # "The task reaches 100%. Mark it as completed?"
    dialog.save()
    assert prompts.messages[-1][0] == "confirm" and "100%" in prompts.messages[-1][2]
    assert not dialog.isVisible()
    entry = service.get_program(own.key).progress[0]
    assert (entry.title, entry.note, entry.task_id, entry.percent_complete, entry.entry_date) == (
        "App launched",
        "Minutes of the launch meeting",
        second.id,
        100,
        PartialDate(2026, 11, 30),
    )
    tasks = {t.id: t for t in service.list_tasks(own.key)}
    assert (tasks[second.id].status, tasks[second.id].percent_complete) == (Status.COMPLETED, 100)
    qtbot.waitUntil(lambda: "App launched" in detail.progress_model.index(0, 0).data())
    assert f"Task: {second.title}" in detail.progress_model.index(0, 0).data()

    window.undo_action.trigger()
    entry = service.get_program(own.key).progress[0]
    assert (entry.title, entry.note, entry.task_id, entry.percent_complete) == (
        "Stations surveyed",
        None,
        first.id,
        40,
    )
    tasks = {t.id: t for t in service.list_tasks(own.key)}
    assert (tasks[second.id].status, tasks[second.id].percent_complete) == (Status.PLANNED, None)
    assert window.statusBar().currentMessage() == "Undone: Edit progress entry Stations surveyed"
    window.redo_action.trigger()
    assert service.get_program(own.key).progress[0].title == "App launched"


def test_saying_no_to_completing_keeps_the_task_open(window: Any, prompts: Any) -> None:
    service = ProgramService(window.db)
    own = service.start_from_case("SEOUL-TTAREUNGI")
    task = own.tasks[0]
    service.log_progress(own.key, "Stations surveyed", task_id=task.id, percent_complete=40)
    detail = _open_log(window, own.key)
    detail.timeline.setCurrentIndex(detail.progress_model.index(0, 0))
    detail.edit_progress_entry()
    dialog = window.last_dialog
    dialog.percent.setText("100")
    prompts.confirms.append(False)
    dialog.save()
    moved = service.list_tasks(own.key)[0]
    assert (moved.percent_complete, moved.status) == (100, Status.ACTIVE)
