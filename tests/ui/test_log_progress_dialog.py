"""The Log progress dialog names what its percent and status fields change: the task's or the program's."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QFormLayout

from app.domain.enums import Status
from app.services.programs import ProgramService


def _label_of(dialog: Any, field: Any) -> str:
    form = dialog.findChild(QFormLayout)
    return form.labelForField(field).text().replace("&", "")


def test_the_status_and_percent_labels_say_whether_the_task_or_the_program_changes(window: Any) -> None:
    service = ProgramService(window.db)
    own = service.start_from_case("SEOUL-TTAREUNGI")
    window.log_progress(own.key)
    dialog = window.last_dialog
    assert dialog.program_key == own.key
    assert dialog.task.currentData() is None  # the whole program
    assert _label_of(dialog, dialog.status) == "New status of the program"
    assert _label_of(dialog, dialog.percent) == "New percent of the program"
    dialog.task.setCurrentIndex(1)  # the first task
    assert _label_of(dialog, dialog.status) == "New status of the task"
    assert _label_of(dialog, dialog.percent) == "New percent of the task"
    assert dialog.status.accessibleName() == "New status of the task"
    dialog.task.setCurrentIndex(0)
    assert _label_of(dialog, dialog.status) == "New status of the program"

    # What the label says is what changes.
    dialog.task.setCurrentIndex(1)
    dialog.what.setText("Stations repainted")
    dialog.status.setCurrentIndex(dialog.status.findData(Status.COMPLETED.value))
    dialog.save()
    program = service.get_program(own.key)
    assert program.tasks[0].status is Status.COMPLETED
    assert program.status is not Status.COMPLETED


def _dialog_on_a_planned_task(window: Any) -> tuple[Any, Any, Any]:
    service = ProgramService(window.db)
    own = service.start_from_case("SEOUL-TTAREUNGI")
    window.log_progress(own.key)
    dialog = window.last_dialog
    task = service.get_program(own.key).tasks[0]
    dialog.task.setCurrentIndex(dialog.task.findData(task.id))
    return service, dialog, task


def test_logging_100_percent_asks_before_completing_the_task(window: Any, prompts: Any) -> None:
    service, dialog, task = _dialog_on_a_planned_task(window)
    dialog.what.setText("All stations painted")
    dialog.percent.setText("100")
    prompts.confirms.append(True)
    dialog.save()
    assert prompts.messages[-1][0] == "confirm" and "completed" in prompts.messages[-1][2]
    done = next(t for t in service.get_program(dialog.program_key).tasks if t.id == task.id)
    assert (done.percent_complete, done.status) == (100.0, Status.COMPLETED)
    window.undo_stack.undo()
    back = next(t for t in service.get_program(dialog.program_key).tasks if t.id == task.id)
    assert (back.percent_complete, back.status) == (task.percent_complete, task.status)


def test_declining_keeps_the_task_open_and_40_percent_starts_it_without_asking(window: Any, prompts: Any) -> None:
    service, dialog, task = _dialog_on_a_planned_task(window)
    dialog.what.setText("Painted, waiting for the inspection")
    dialog.percent.setText("100")
    prompts.confirms.append(False)
    dialog.save()
    kept = next(t for t in service.get_program(dialog.program_key).tasks if t.id == task.id)
    assert (kept.percent_complete, kept.status) == (100.0, Status.ACTIVE)

    window.log_progress(dialog.program_key)
    second = window.last_dialog
    other = service.get_program(dialog.program_key).tasks[1]
    second.task.setCurrentIndex(second.task.findData(other.id))
    second.what.setText("Started")
    second.percent.setText("40")
    asked = len(prompts.messages)
    second.save()
    assert len(prompts.messages) == asked  # nothing to ask: 40% only starts it
    started = next(t for t in service.get_program(dialog.program_key).tasks if t.id == other.id)
    assert (started.percent_complete, started.status) == (40.0, Status.ACTIVE)
