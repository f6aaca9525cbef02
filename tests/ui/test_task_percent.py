"""A task with no recorded percent shows none in the task tree (as in the workbook), not a made-up 0%."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from app.domain.enums import Status
from app.services.programs import ProgramDraft, ProgramService, TaskDraft
from app.ui.models.tasks import TaskTreeModel


def test_no_percent_is_blank_a_recorded_zero_is_zero_and_plans_show_their_roll_up(
    qtmodeltester: Any, seeded_db: Any
) -> None:
    service = ProgramService(seeded_db)
    key = service.create_program(ProgramDraft(title="Street gardens")).key
    service.add_task(key, TaskDraft("Survey the plots", status=Status.PLANNED))
    service.add_task(key, TaskDraft("Ask the owners", status=Status.ACTIVE, percent_complete=0))
    plan = service.add_task(key, TaskDraft("Planting", status=Status.ACTIVE))
    service.add_task(key, TaskDraft("Buy seeds", parent_id=plan.id, percent_complete=50))
    service.add_task(key, TaskDraft("Dig beds", parent_id=plan.id, status=Status.PLANNED))
    model = TaskTreeModel()
    model.set_tasks(service.get_program(key).tasks)
    qtmodeltester.check(model)

    survey = model.index(0, TaskTreeModel.PERCENT)
    assert survey.data() == ""  # nothing recorded: blank, as in the exported workbook
    tip = survey.data(Qt.ItemDataRole.ToolTipRole)
    assert "No percent recorded" in tip and "0%" in tip and "planned" in tip
    assert model.index(1, TaskTreeModel.PERCENT).data() == "0%"  # recorded as 0
    planting = model.index(2, TaskTreeModel.PERCENT)
    assert planting.data() == "25%"  # the roll-up of 50 and a planned (counted as 0) unit task
    dig = model.index(1, TaskTreeModel.PERCENT, model.index(2, 0))
    assert dig.data() == ""

    # The program's roll-up explanation says where the 0 comes from.
    text = service.rollup_explanation(key)
    assert "Survey the plots: 0% x weight 1 (no percent recorded; counted as 0% while planned)" in text
    assert "Ask the owners: 0% x weight 1\n" in text  # a recorded 0 needs no remark
