"""My tasks: a person's open tasks across programs, grouped overdue / this week / later; Log progress from a row."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QModelIndex

from app.domain.dates import PartialDate
from app.domain.enums import Status
from app.services.programs import ProgramDraft, ProgramService, TaskDraft
from app.services.tasks import Horizon, TaskFilter, TaskService
from app.ui.models.my_tasks import MyTasksModel

TODAY = dt.date(2026, 12, 2)  # a Wednesday: this week ends on Sunday the 6th


def _office(db: Any) -> tuple[str, str]:
    ps = ProgramService(db, today=lambda: TODAY)
    bikes = ps.create_program(ProgramDraft(title="Bike stations"))
    parks = ps.create_program(ProgramDraft(title="Pocket parks"))
    ps.add_task(bikes.key, TaskDraft(title="Survey", owner="김민지", due_date=PartialDate(2026, 11, 30)))
    ps.add_task(bikes.key, TaskDraft(title="Racks", owner="김민지", due_date=PartialDate(2026, 12, 6)))
    ps.add_task(parks.key, TaskDraft(title="Brief", owner="김민지", due_date=PartialDate(2027, 1, 15)))
    ps.add_task(parks.key, TaskDraft(title="No date", owner="김민지"))
    ps.add_task(parks.key, TaskDraft(title="Closed", owner="김민지", status=Status.COMPLETED))
    ps.add_task(parks.key, TaskDraft(title="Budget", owner="Park", due_date=PartialDate(2026, 12, 1)))
    return bikes.key, parks.key


def _titles(model: MyTasksModel, group: Horizon) -> list[str]:
    return [r.task.title for r in model.group(group)]


def test_the_model_groups_open_tasks_and_passes_the_model_tester(window: Any, qtmodeltester: Any) -> None:
    _office(window.db)
    model = MyTasksModel()
    rows = TaskService(window.db, today=lambda: TODAY).list_tasks(TaskFilter(owner="김민지", open_only=True))
    model.set_rows(rows, TODAY)
    assert _titles(model, Horizon.OVERDUE) == ["Survey"]
    assert _titles(model, Horizon.THIS_WEEK) == ["Racks"]
    assert _titles(model, Horizon.LATER) == ["Brief", "No date"]
    assert model.index(0, 0, QModelIndex()).data() == "Overdue (1)"
    qtmodeltester.check(model)


def test_my_tasks_shows_a_persons_week_and_logs_progress_from_a_row(window: Any, qtbot: Any) -> None:
    bikes, _parks = _office(window.db)
    actions = window.people_actions
    view = actions.view
    view.ctx.tasks._today = lambda: TODAY  # the view's clock
    actions.show_person("김민지")
    assert window.current_view() == "my-tasks"
    assert view.current_person() == "김민지"
    model = view.model
    assert _titles(model, Horizon.OVERDUE) == ["Survey"]
    assert _titles(model, Horizon.LATER) == ["Brief", "No date"]
    # Another person by the selector.
    view.person.setCurrentIndex(view.person.findData("Park"))
    assert _titles(model, Horizon.OVERDUE) == ["Budget"]
    view.person.setCurrentIndex(view.person.findData("김민지"))
    assert not view.log_button.isEnabled()  # nothing chosen yet

    survey = model.index(0, 0, model.index(0, 0, QModelIndex()))
    view.tree.setCurrentIndex(survey)
    assert view.log_button.isEnabled()
    view.log_button.click()
    dialog = window.last_dialog
    task = view.selected_task()
    assert dialog.program_key == bikes and dialog.task.currentData() == task.task.id
    dialog.what.setText("Half the forms are back")
    dialog.percent.setText("50")
    dialog.save()
    qtbot.waitUntil(
        lambda: (
            _titles(model, Horizon.OVERDUE) == ["Survey"]
            and model.group(Horizon.OVERDUE)[0].task.percent_complete == 50
        )
    )
    assert model.group(Horizon.OVERDUE)[0].task.status is Status.ACTIVE


def test_gui_views_my_tasks_and_person_by_name(window: Any) -> None:
    import pytest

    from app.domain.errors import NotFoundError
    from app.ui.main import show_named_view

    _office(window.db)
    show_named_view(window, "person:Park")
    assert window.current_view() == "my-tasks" and window.people_actions.view.current_person() == "Park"
    show_named_view(window, "programs")
    show_named_view(window, "my-tasks")
    assert window.current_view() == "my-tasks"
    with pytest.raises(NotFoundError):
        show_named_view(window, "person:Nobody")
