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
