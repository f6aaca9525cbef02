"""People: owners typed in the app or imported become people, matched by name; anonymising on request."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from app.domain.errors import NotFoundError
from app.services.people import PeopleService
from app.services.programs import ProgramDraft, ProgramService, TaskDraft
from app.services.tasks import TaskFilter, TaskService
from app.store import models as m


def test_owners_typed_in_the_app_become_people_matched_by_name_or_local_name(seeded_db: Any) -> None:
    ps = ProgramService(seeded_db)
    p = ps.create_program(ProgramDraft(title="Bike stations"))
    ps.add_task(p.key, TaskDraft(title="Survey", owner="김민지"))
    ps.add_task(p.key, TaskDraft(title="Racks", owner="Park Jisoo"))
    t = ps.add_task(p.key, TaskDraft(title="Signs", owner="park  jisoo"))  # the same person, typed loosely
    people = PeopleService(seeded_db).list_people()
    assert [(x.name, x.open_tasks) for x in people] == [("Park Jisoo", 2), ("김민지", 1)]
    ps.update_task(t.id, {"owner": "김민지"})
    assert {x.name: x.open_tasks for x in PeopleService(seeded_db).list_people()} == {"Park Jisoo": 1, "김민지": 2}
    # A local name finds the same person's tasks.
    with seeded_db.write() as s:
        s.execute(select(m.Person).where(m.Person.name == "Park Jisoo")).scalar_one().name_local = "박지수"
    assert [r.task.title for r in TaskService(seeded_db).list_tasks(TaskFilter(owner="박지수"))] == ["Racks"]


def test_anonymise_replaces_the_name_in_tasks_progress_and_history(seeded_db: Any) -> None:
    ps = ProgramService(seeded_db)
    p = ps.create_program(ProgramDraft(title="Bike stations"))
    t = ps.add_task(p.key, TaskDraft(title="Survey", owner="Kim Minji"))
    ps.update_task(t.id, {"owner": "Lee"})
    ps.update_task(t.id, {"owner": "Kim Minji"})
    ps.log_progress(p.key, "Forms sent", task_id=t.id, author="Kim Minji", note="Kim Minji called 40 residents")
    person = PeopleService(seeded_db).anonymise("kim minji")
    assert person.name.startswith("Person ") and person.anonymised
    assert ps.list_tasks(p.key)[0].owner == person.name
    assert ps.get_program(p.key).progress[0].author == person.name
    assert ps.get_program(p.key).progress[0].note == f"{person.name} called 40 residents"
    with seeded_db.read() as s:
        texts = s.execute(select(m.ChangeRecord.old_value, m.ChangeRecord.new_value, m.ChangeRecord.actor)).all()
        names = [x.name for x in s.execute(select(m.Person)).scalars()]
    assert not any("Kim Minji" in (v or "") for row in texts for v in row)
    assert any(person.name in (v or "") for row in texts for v in row)
    assert "Kim Minji" not in names and "Lee" in names
    with pytest.raises(NotFoundError):
        PeopleService(seeded_db).anonymise("Kim Minji")


def test_imported_owners_become_people(seeded_db: Any, tmp_path: Path) -> None:
    from app.services.workbook import WorkbookService
    from tests.excel.conftest import workbook_file

    ps = ProgramService(seeded_db)
    p = ps.create_program(ProgramDraft(title="Bike stations"))
    ps.add_task(p.key, TaskDraft(title="Survey", owner="김민지"))
    path = workbook_file(
        tmp_path / "tasks.xlsx",
        {"Tasks": [["Program key", "Title", "Owner"], [p.key, "Racks", "김민지"], [p.key, "Signs", "Choi"]]},
    )
    WorkbookService(seeded_db).apply_import(path)
    assert sorted(x.name for x in PeopleService(seeded_db).list_people()) == ["Choi", "김민지"]
    with seeded_db.read() as s:
        linked = s.execute(select(m.Task.title, m.Task.owner_id).where(m.Task.program_id == p.id)).all()
    assert all(pid is not None for _title, pid in linked)
    assert len({pid for _t, pid in linked}) == 2


def test_a_person_gets_a_local_name_and_department_and_tasks_typed_with_either_name_are_theirs(
    seeded_db: Any,
) -> None:
    ps = ProgramService(seeded_db)
    p = ps.create_program(ProgramDraft(title="Bike stations"))
    org = ps.list_organizations()[0]
    ps.add_task(p.key, TaskDraft(title="Survey", owner="Kim Minji"))
    people = PeopleService(seeded_db)
    saved = people.save_person("kim minji", name_local="김민지", department=org.key)
    assert (saved.name, saved.name_local, saved.department) == ("Kim Minji", "김민지", org.name)
    ps.add_task(p.key, TaskDraft(title="Racks", owner="김민지"))
    assert [x.name for x in people.list_people()] == ["Kim Minji"]  # the local name is the same person
    assert [r.task.title for r in TaskService(seeded_db).list_tasks(TaskFilter(owner="Kim Minji"))] == [
        "Survey",
        "Racks",
    ]
    with pytest.raises(NotFoundError):
        people.save_person("Kim Minji", department="No such office")
