"""The trash: deleted things are listed, come back whole, and emptying removes them for good."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select, update

from app.domain.dates import PartialDate
from app.domain.errors import NotFoundError
from app.services.programs import ProgramDraft, ProgramService, TaskDraft
from app.services.trash import TrashService
from app.store import models as m
from app.store.database import Database


@pytest.fixture
def program(empty_db: Database) -> ProgramService:
    programs = ProgramService(empty_db)
    programs.create_program(ProgramDraft(title="Community kitchen", key="KITCHEN"))
    plan = programs.add_task("KITCHEN", TaskDraft(title="Find a venue"))
    programs.add_task("KITCHEN", TaskDraft(title="Visit three sites", parent_id=plan.id))
    programs.add_task("KITCHEN", TaskDraft(title="Hire a cook"))
    programs.log_progress("KITCHEN", "Venue shortlisted", entry_date=PartialDate.parse("2026-10-01"))
    ind = programs.add_indicator("KITCHEN", "Meals served", unit="meals")
    programs.set_indicator_value(ind.id, PartialDate.parse("2026"), 120)
    return programs


def test_deleted_program_is_listed_with_what_it_held_and_restored_whole(
    empty_db: Database, program: ProgramService
) -> None:
    before = program.get_program("KITCHEN")
    program.delete_program("KITCHEN")
    assert program.program_keys() == []

    [item] = TrashService(empty_db).list_items()
    assert (item.kind, item.key, item.tasks, item.progress, item.indicators) == (
        "program",
        "KITCHEN",
        3,
        1,
        1,
    )
    assert str(item.contents()) == "3 tasks, 1 progress entry, 1 indicator"

    TrashService(empty_db).restore("program", item.id)
    after = program.get_program("KITCHEN")
    assert [t.title for t in after.tasks] == [t.title for t in before.tasks]
    assert [e.title for e in after.progress] == ["Venue shortlisted"]
    assert [(i.name, [v.value for v in i.values]) for i in after.indicators] == [("Meals served", [120.0])]
    assert TrashService(empty_db).list_items() == []


def test_task_with_unit_tasks_is_one_item_and_comes_back_with_them(empty_db: Database, program: ProgramService) -> None:
    plan = next(t for t in program.list_tasks("KITCHEN") if t.title == "Find a venue")
    program.delete_task(plan.id)
    assert [t.title for t in program.list_tasks("KITCHEN")] == ["Hire a cook"]
    [item] = TrashService(empty_db).list_items()
    assert (item.kind, item.title, item.tasks, item.program_key) == ("task", "Find a venue", 1, "KITCHEN")
    TrashService(empty_db).restore("task", item.id)
    assert sorted(t.title for t in program.list_tasks("KITCHEN")) == [
        "Find a venue",
        "Hire a cook",
        "Visit three sites",
    ]


def test_progress_entry_and_indicator_go_to_trash_and_back(empty_db: Database, program: ProgramService) -> None:
    entry = program.list_progress("KITCHEN")[0]
    ind = program.get_program("KITCHEN").indicators[0]
    program.delete_progress(entry.id)
    program.delete_indicator(ind.id)
    trash = TrashService(empty_db)
    assert sorted(i.kind for i in trash.list_items()) == ["indicator", "progress"]
    trash.restore("progress", entry.id)
    trash.restore("indicator", ind.id)
    restored = program.get_program("KITCHEN")
    assert [e.title for e in restored.progress] == ["Venue shortlisted"]
    assert [i.name for i in restored.indicators] == ["Meals served"]


def test_restoring_something_not_in_the_trash_says_so(empty_db: Database, program: ProgramService) -> None:
    with pytest.raises(NotFoundError, match="not in the trash"):
        TrashService(empty_db).restore("task", 999)


def test_emptying_the_trash_deletes_for_good_and_keeps_the_rest(empty_db: Database, program: ProgramService) -> None:
    program.create_program(ProgramDraft(title="Stays", key="STAYS"))
    program.add_task("STAYS", TaskDraft(title="Keep me"))
    program.delete_program("KITCHEN")
    report = TrashService(empty_db).empty()
    assert (report.programs, report.tasks, report.progress, report.indicators) == (1, 3, 1, 1)
    with empty_db.read() as s:
        assert s.execute(select(func.count()).select_from(m.Program)).scalar_one() == 1
        assert s.execute(select(func.count()).select_from(m.Task)).scalar_one() == 1
        assert s.execute(select(func.count()).select_from(m.IndicatorValue)).scalar_one() == 0
        assert s.execute(select(func.count()).select_from(m.ProgressEntry)).scalar_one() == 0
    assert TrashService(empty_db).list_items() == []
    with pytest.raises(NotFoundError):
        program.restore_program("KITCHEN")
    assert [t.title for t in program.list_tasks("STAYS")] == ["Keep me"]
    # On a SQLite file, a backup taken just before still holds what was purged.
    from app.services.backups import list_backups

    if empty_db.sqlite_path is None:
        return
    [before] = [b for b in list_backups(empty_db.sqlite_path) if b.reason == "before-empty-trash"]
    copy = Database(f"sqlite:///{before.path}")
    try:
        assert TrashService(copy).list_items()[0].key == "KITCHEN"
    finally:
        copy.dispose()


def test_rows_sharing_one_batch_across_programs_are_still_listed_and_restored_apart(
    empty_db: Database, program: ProgramService
) -> None:
    """Undo of an import once gave everything it trashed one batch; such trash must still make sense."""
    program.create_program(ProgramDraft(title="Rain gardens", key="RAIN"))
    program.add_task("RAIN", TaskDraft(title="Dig the beds"))
    program.delete_program("RAIN")
    tasks = {t.title: t.id for t in program.list_tasks("KITCHEN")}
    program.delete_task(tasks["Find a venue"])
    program.delete_task(tasks["Hire a cook"])
    with empty_db.write() as s:
        for model in (m.Program, m.Task):
            s.execute(update(model).where(model.deleted_at.is_not(None)).values(deleted_batch="undo-import-7"))

    trash = TrashService(empty_db)
    listed = sorted((i.kind, i.title, str(i.contents() or "")) for i in trash.list_items())
    assert listed == [
        ("program", "Rain gardens", "1 task"),
        ("task", "Find a venue", "1 task"),
        ("task", "Hire a cook", ""),
    ]
    hire = next(i for i in trash.list_items() if i.title == "Hire a cook")
    trash.restore("task", hire.id)
    assert sorted(t.title for t in program.list_tasks("KITCHEN")) == ["Hire a cook"]
    program_item = next(i for i in trash.list_items() if i.kind == "program")
    trash.restore("program", program_item.id)
    assert [t.title for t in program.list_tasks("RAIN")] == ["Dig the beds"]
    assert sorted(t.title for t in program.list_tasks("KITCHEN")) == ["Hire a cook"]
    assert [(i.kind, i.title, i.tasks) for i in trash.list_items()] == [("task", "Find a venue", 1)]
