"""Every Qt model passes pytest-qt's model tester, and shows what a user expects to see."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QModelIndex, Qt

from app.domain import model as d
from app.domain.dates import PartialDate
from app.domain.enums import Status
from app.services.dashboard import DashboardService
from app.services.programs import ProgramService, TaskDraft
from app.ui.models.lists import (
    DueTaskModel,
    IndicatorModel,
    IndicatorValueModel,
    LogEntryModel,
    ProgressTimelineModel,
    StaleProgramModel,
)
from app.ui.models.programs import ProgramTableModel
from app.ui.models.tasks import TaskTreeModel


def test_program_table_fetches_lazily_and_passes_modeltester(qtmodeltester: Any, seeded_db: Any) -> None:
    model = ProgramTableModel(ProgramService(seeded_db), page_size=7)
    model.set_filter(d.ProgramFilter(is_case=True))
    assert model.rowCount() == 7
    assert model.canFetchMore(QModelIndex())
    qtmodeltester.check(model)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 20


def test_program_table_sorts_in_the_database(seeded_db: Any) -> None:
    model = ProgramTableModel(ProgramService(seeded_db), page_size=5)
    model.set_filter(d.ProgramFilter(is_case=True))
    model.sort(ProgramTableModel.KEY, Qt.SortOrder.DescendingOrder)
    first_page = [model.index(r, ProgramTableModel.KEY).data() for r in range(model.rowCount())]
    assert first_page[0] == "SEOUL-TTAREUNGI"  # the largest key of all 20, not only of the first page
    assert first_page == sorted(first_page, reverse=True)


def test_program_table_shows_status_with_its_colour(seeded_db: Any) -> None:
    model = ProgramTableModel(ProgramService(seeded_db))
    model.set_filter(d.ProgramFilter(is_case=True, statuses=(Status.ACTIVE,)))
    assert model.rowCount() > 0
    index = model.index(0, ProgramTableModel.STATUS)
    assert index.data() == "Active"
    assert index.data(Qt.ItemDataRole.DecorationRole) is not None


def test_program_table_any_cell_tells_its_program_and_none_is_editable(seeded_db: Any) -> None:
    # A double-click or the current cell can be in any column: each must lead to the row's program.
    model = ProgramTableModel(ProgramService(seeded_db))
    model.set_filter(d.ProgramFilter(is_case=True))
    key = model.index(2, ProgramTableModel.KEY).data()
    for col in range(model.columnCount()):
        index = model.index(2, col)
        assert index.data(ProgramTableModel.KeyRole) == key
        assert index.data(ProgramTableModel.SummaryRole).key == key
        assert not index.flags() & Qt.ItemFlag.ItemIsEditable
    assert model.index(2, ProgramTableModel.PERCENT).data(Qt.ItemDataRole.TextAlignmentRole) is not None


def _program_with_tree(db: Any) -> d.Program:
    service = ProgramService(db)
    program = service.start_from_case("DOBONG-SD-GOVERNANCE")
    plan = program.tasks[-1]
    service.add_task(program.key, TaskDraft("Unit task A", parent_id=plan.id, percent_complete=50))
    service.add_task(program.key, TaskDraft("Unit task B", parent_id=plan.id, percent_complete=100))
    return service.get_program(program.key)


def test_task_tree_nests_unit_tasks_and_passes_modeltester(qtmodeltester: Any, seeded_db: Any) -> None:
    program = _program_with_tree(seeded_db)
    model = TaskTreeModel()
    model.set_tasks(program.tasks)
    qtmodeltester.check(model)
    assert model.rowCount() == 6
    plan = model.index(5, 0)
    assert model.rowCount(plan) == 2
    assert model.index(0, 0, plan).data() == "Unit task A"
    # The action plan's percent is rolled up from its unit tasks (50 and 100, equal weights).
    assert model.index(5, TaskTreeModel.PERCENT).data() == "75%"


def test_task_tree_refuses_a_percent_outside_0_to_100(qtbot: Any, seeded_db: Any) -> None:
    program = _program_with_tree(seeded_db)
    model = TaskTreeModel()
    model.set_tasks(program.tasks)
    with qtbot.waitSignal(model.editRefused) as refused:
        assert not model.setData(model.index(0, TaskTreeModel.PERCENT), 150.0)
    assert "between 0 and 100" in refused.args[0]
    with qtbot.waitSignal(model.editRequested) as requested:
        assert model.setData(model.index(0, TaskTreeModel.DUE), "2026-03")
    assert requested.args[1:] == ["due_date", PartialDate(2026, 3)]


def test_list_models_pass_modeltester(qtmodeltester: Any, seeded_db: Any) -> None:
    service = ProgramService(seeded_db, today=lambda: dt.date(2030, 1, 1))
    program = _program_with_tree(seeded_db)
    service.update_task(program.tasks[-1].id, {"due_date": PartialDate(2029, 5)})
    service.log_progress(program.key, "Kick-off meeting", note="40 residents came")
    case = service.get_program("SEOUL-CHATDONG")
    overview = service.overview()

    due = DueTaskModel()
    due.set_rows(service.due_tasks())
    assert due.rowCount() == 1 and due.index(0, 1).data() == program.tasks[-1].title
    log = LogEntryModel()
    log.set_rows(DashboardService(seeded_db).recent_progress())
    assert log.index(0, 2).data() == "Kick-off meeting"
    stale = StaleProgramModel()
    stale.set_rows(overview.stale)
    indicators = IndicatorModel()
    indicators.set_rows(case.indicators)
    values = IndicatorValueModel()
    values.set_rows(case.indicators[0].values)
    timeline = ProgressTimelineModel()
    timeline.set_rows(case.progress)
    for model in (due, log, stale, indicators, values, timeline):
        qtmodeltester.check(model)
    assert indicators.rowCount() == 3
