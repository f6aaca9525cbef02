"""History answers 'who changed this and when' for every field, including themes, partners and the trash."""

from __future__ import annotations

import datetime as dt

import pytest

from app.domain.dates import PartialDate
from app.domain.enums import Status
from app.domain.errors import ValidationError
from app.services.history import HistoryFilter, HistoryService, parse_since
from app.services.programs import ProgramDraft, ProgramService, TaskDraft
from app.services.trash import TrashService
from app.store.database import Database


def _changes(db: Database, **kw: object) -> list:
    return list(HistoryService(db).list_changes(HistoryFilter(**kw)).rows)  # type: ignore[arg-type]


def test_field_update_records_who_when_old_and_new(empty_db: Database) -> None:
    programs = ProgramService(empty_db)
    p = programs.create_program(ProgramDraft(title="Repair cafe", key="CAFE"))
    before = dt.datetime.now(dt.UTC) - dt.timedelta(seconds=1)
    tester = empty_db.history_actor()  # on a server: the name plus the database login
    empty_db.actor = "Kim Minji"
    kim = empty_db.history_actor()
    assert kim.startswith("Kim Minji")
    programs.update_program("CAFE", {"title": "Repair cafe Dobong", "status": Status.ACTIVE}, p.version)

    rows = HistoryService(empty_db).field_history("program", p.id, "title")
    assert [(r.actor, r.old_value, r.new_value) for r in rows] == [
        (kim, "Repair cafe", "Repair cafe Dobong"),
        (tester, None, "Repair cafe"),
    ]
    assert rows[0].at >= before
    status = HistoryService(empty_db).field_history("program", p.id, "status")[0]
    assert (status.old_value, status.new_value, status.action) == ("planned", "active", "update")


def test_themes_and_partners_changes_are_recorded_as_program_fields(empty_db: Database) -> None:
    programs = ProgramService(empty_db)
    p = programs.create_program(ProgramDraft(title="Sharing", key="SHARE", themes=("mobility",)))
    a = programs.create_organization("Dobong Youth Center")
    b = programs.create_organization("Seoul Sharing Hub")
    p = programs.update_program("SHARE", {"themes": ["mobility", "Care"]}, p.version)
    p = programs.update_program("SHARE", {"partners": [(a.id, "host")]}, p.version)
    p = programs.update_program("SHARE", {"partners": [(a.id, "co-host"), (b.id, None)]}, p.version)

    history = HistoryService(empty_db)
    themes = history.field_history("program", p.id, "themes")
    assert [(t.old_value, t.new_value) for t in themes] == [
        ("mobility", "care, mobility"),
        (None, "mobility"),
    ]
    partners = history.field_history("program", p.id, "partners")
    assert [(x.old_value, x.new_value) for x in partners] == [
        ("Dobong Youth Center (host)", "Dobong Youth Center (co-host); Seoul Sharing Hub"),
        (None, "Dobong Youth Center (host)"),
    ]
    # The partners are really saved (the in-place update did not lose or duplicate anyone).
    assert sorted((x.organization.name, x.role) for x in programs.get_program("SHARE").partners) == [
        ("Dobong Youth Center", "co-host"),
        ("Seoul Sharing Hub", None),
    ]


def test_trash_restore_and_purge_are_recorded(empty_db: Database) -> None:
    programs = ProgramService(empty_db)
    p = programs.create_program(ProgramDraft(title="Night market", key="NIGHT"))
    task = programs.add_task("NIGHT", TaskDraft(title="Permits"))
    programs.delete_program("NIGHT")
    programs.restore_program("NIGHT")
    programs.delete_task(task.id)
    TrashService(empty_db).empty()

    kinds = [
        (r.entity_type, r.action)
        for r in _changes(empty_db, program_key="NIGHT")
        if r.action in ("delete", "restore", "purge")
    ]
    assert kinds == [
        ("task", "purge"),
        ("task", "delete"),
        ("program", "restore"),
        ("task", "restore"),
        ("program", "delete"),
        ("task", "delete"),
    ]
    assert ProgramService(empty_db).get_program("NIGHT").id == p.id  # the program itself is back


def test_filters_by_program_person_kind_record_and_date(empty_db: Database) -> None:
    programs = ProgramService(empty_db)
    empty_db.actor = "Lee"
    lee = empty_db.history_actor()
    programs.create_program(ProgramDraft(title="One", key="ONE"))
    empty_db.actor = "Park"
    park = empty_db.history_actor()
    two = programs.create_program(ProgramDraft(title="Two", key="TWO"))
    programs.update_program("TWO", {"summary": "Now with a summary"}, two.version)
    programs.log_progress("TWO", "Kick-off meeting", entry_date=PartialDate.parse("2026-11-01"))

    assert {r.program_key for r in _changes(empty_db, program_key="ONE")} == {"ONE"}
    assert {r.actor for r in _changes(empty_db, actor=park)} == {park}
    updates = _changes(empty_db, actions=("update",))
    assert [(r.entity_key, r.field, r.new_value) for r in updates] == [("TWO", "summary", "Now with a summary")]
    progress = _changes(empty_db, entity_types=("progress",), program_key="TWO")
    assert progress and all(r.entity_type == "progress" for r in progress)
    assert _changes(empty_db, since=dt.date.today() + dt.timedelta(days=1)) == []
    assert len(_changes(empty_db, since=dt.date.today())) == HistoryService(empty_db).list_changes().total
    assert HistoryService(empty_db).actors() == [lee, park]


def test_history_of_a_purged_program_is_still_found_by_key(empty_db: Database) -> None:
    programs = ProgramService(empty_db)
    programs.create_program(ProgramDraft(title="Gone soon", key="GONE"))
    programs.delete_program("GONE")
    TrashService(empty_db).empty()
    actions = [r.action for r in _changes(empty_db, program_key="GONE")]
    assert actions[0] == "purge" and "create" in actions and "delete" in actions


def test_place_and_organization_changes_show_names_not_ids(seeded_db: Database) -> None:
    programs = ProgramService(seeded_db)
    place = next(pl for pl in programs.list_places() if pl.name == "Dobong-gu")
    p = programs.create_program(ProgramDraft(title="Named", key="NAMED"))
    programs.update_program("NAMED", {"place_id": place.id}, p.version)
    row = HistoryService(seeded_db).field_history("program", p.id, "place_id")[0]
    assert row.new_value == "Dobong-gu"


def test_a_tasks_parent_and_an_entrys_task_show_titles_not_ids(seeded_db: Database) -> None:
    """Moving a task under another, or an entry to a task, read "Parent: None -> 16" in History."""
    programs = ProgramService(seeded_db)
    programs.create_program(ProgramDraft(title="Rain gardens", key="RAIN"))
    dig = programs.add_task("RAIN", TaskDraft(title="Dig the beds"))
    buy = programs.add_task("RAIN", TaskDraft(title="Buy plants"))
    programs.move_task(buy.id, dig.id, 0)
    entry = programs.log_progress("RAIN", "Met the gardeners")
    programs.update_progress(entry.id, {"task_id": dig.id})
    history = HistoryService(seeded_db)
    assert history.field_history("task", buy.id, "parent_id")[0].new_value == "Dig the beds"
    assert history.field_history("progress", entry.id, "task_id")[0].new_value == "Dig the beds"


def test_actor_defaults_to_the_preferences_name_then_the_os_user(db_url: str) -> None:
    from app import config
    from app.services.database import open_database

    db, _ = open_database(db_url, seed=False)  # no explicit actor, as the GUI does
    try:
        config.save_settings({"user_name": "Choi Officer"})
        ProgramService(db).create_program(ProgramDraft(title="By preference", key="PREF"))
        config.save_settings({})
        ProgramService(db).create_program(ProgramDraft(title="By OS user", key="OSU"))
        by_key = {r.entity_key: r.actor for r in _changes(db, entity_types=("program",))}
        assert by_key["PREF"].startswith("Choi Officer")  # on a server, the login is added
        assert by_key["OSU"].startswith(config.current_user())
        assert not by_key["OSU"].startswith("Choi Officer")
    finally:
        db.dispose()


def test_import_batch_is_recorded(empty_db: Database) -> None:
    from app.store import models as m

    with empty_db.write() as s:
        batch = m.ImportBatch(file_name="meeting.xlsx", actor="tester")
        s.add(batch)
        s.flush()
        batch_id = batch.id
    with empty_db.write(import_batch_id=batch_id) as s:
        s.add(m.Program(key="IMP", title="Imported", version=1))
    rows = _changes(empty_db, import_batch_id=batch_id)
    assert rows and {r.entity_key for r in rows} == {"IMP"}


def test_parse_since() -> None:
    assert parse_since("2026-01-31") == dt.date(2026, 1, 31)
    assert parse_since("7d") == dt.date.today() - dt.timedelta(days=7)
    with pytest.raises(ValidationError):
        parse_since("last tuesday")


def test_a_change_is_described_in_the_words_the_app_shows() -> None:
    import datetime as dt

    from app.services.history import HistoryEntry

    entry = HistoryEntry(
        1, dt.datetime(2026, 11, 28, tzinfo=dt.UTC), "Kim", "update", "program", 7, "LIB", "LIB",
        "status", "on_hold", "active", None,
    )  # fmt: skip
    assert entry.describe() == "Program LIB: Status: 'On hold' -> 'Active'"


def test_a_change_is_described_in_the_reader_s_language() -> None:
    import datetime as dt

    from app.domain.messages import render
    from app.services.history import HistoryEntry

    at = dt.datetime(2026, 11, 28, tzinfo=dt.UTC)
    changed = HistoryEntry(1, at, "Kim", "update", "task", 7, "T-1", "LIB", "percent_complete", "40", "60", None)
    trashed = HistoryEntry(2, at, "Kim", "delete", "program", 7, "LIB", "LIB", None, None, None, None)
    assert render(changed.description(), "ko") == "과제 T-1: 진척률: '40' → '60'"
    assert render(trashed.description(), "zh_CN") == "项目 LIB：已移至回收站"
    assert trashed.describe() == "Program LIB: moved to trash"
