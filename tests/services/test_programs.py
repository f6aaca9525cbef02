"""Programs, tasks, progress and indicators as staff use them, against a fresh migrated database."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from app.domain.dates import PartialDate
from app.domain.enums import Status, ValueKind
from app.domain.errors import ConflictError, NotFoundError, ValidationError
from app.domain.model import ProgramFilter
from app.services.programs import ProgramDraft, ProgramService, TaskDraft
from app.store import models as m

TODAY = dt.date(2026, 11, 28)


@pytest.fixture
def svc(seeded_db) -> ProgramService:
    return ProgramService(seeded_db, today=lambda: TODAY)


def place_id(svc: ProgramService, key: str) -> int:
    return next(p.id for p in svc.list_places() if p.key == key)


def test_create_program_gets_a_readable_key_and_shows_in_own_list(svc: ProgramService) -> None:
    p = svc.create_program(
        ProgramDraft(title="Gangdong youth training 2027", place_id=place_id(svc, "KR-SEOUL-GANGDONG"))
    )
    assert p.key == "GANGDONG-YOUTH-TRAINING-2027"
    assert p.status is Status.PLANNED and not p.is_case
    own = svc.list_programs(ProgramFilter(is_case=False)).rows
    assert [r.key for r in own] == [p.key]
    assert own[0].place == "Gangdong-gu"


def test_invalid_programs_are_refused_and_nothing_is_saved(svc: ProgramService) -> None:
    with pytest.raises(ValidationError) as err:
        svc.create_program(ProgramDraft(title="  "))
    assert err.value.field == "title"
    with pytest.raises(ValidationError, match="before the start"):
        svc.create_program(
            ProgramDraft(title="X", start_date=PartialDate.parse("2026-05"), end_date=PartialDate.parse("2026-01"))
        )
    assert svc.count_programs(ProgramFilter(is_case=False)) == 0


def test_update_with_stale_version_is_refused_and_names_the_other_change(seeded_db) -> None:
    alice = ProgramService(seeded_db)
    p = alice.create_program(ProgramDraft(title="Bike stations"))
    alice.update_program(p.key, {"summary": "Alice's summary"}, expected_version=p.version)
    with pytest.raises(ConflictError) as err:
        alice.update_program(p.key, {"summary": "Bob's summary"}, expected_version=p.version)
    assert "Alice's summary" in str(err.value)
    assert alice.get_program(p.key).summary == "Alice's summary"


def test_search_matches_title_place_and_organization_in_any_script(svc: ProgramService) -> None:
    def keys(text: str) -> set[str]:
        return {r.key for r in svc.list_programs(ProgramFilter(text=text)).rows}

    assert "SEOUL-TTAREUNGI" in keys("bicycle")
    assert "SEOUL-TTAREUNGI" in keys("따릉이")
    assert "GANGDONG-SE-CENTER" in keys("gangdong")
    assert "CN-SHENYANG-MODEL" in keys("沈阳")
    assert keys("no such words anywhere") == set()
    # LIKE wildcards typed by a user are literal text.
    assert keys("g%g") == set()
    assert keys("g_ng") == set()
    assert "CN-SMART-ELDERLY-CARE" in keys("10.8 %")


def test_filters_by_status_place_subtree_and_theme(svc: ProgramService) -> None:
    seoul = place_id(svc, "KR-SEOUL")
    in_seoul = {r.key for r in svc.list_programs(ProgramFilter(place_id=seoul), limit=100).rows}
    assert {"GANGDONG-SE-CENTER", "DOBONG-SD-GOVERNANCE", "SEOUL-TTAREUNGI"} <= in_seoul
    assert not any(k.startswith("CN-") for k in in_seoul)
    active = svc.list_programs(ProgramFilter(statuses=(Status.ACTIVE,)), limit=100).rows
    assert active and all(r.status is Status.ACTIVE for r in active)
    themed = svc.list_programs(ProgramFilter(theme="mobility")).rows
    assert "SEOUL-TTAREUNGI" in {r.key for r in themed}


def test_sorting_and_paging_cover_every_row_once(svc: ProgramService) -> None:
    total = svc.count_programs()
    seen: list[str] = []
    for offset in range(0, total, 7):
        seen.extend(r.key for r in svc.list_programs(sort="status", offset=offset, limit=7).rows)
    assert sorted(seen) == sorted(set(seen)) and len(seen) == total
    titles = [r.title.lower() for r in svc.list_programs(sort="title", limit=100).rows]
    assert titles == sorted(titles)


def test_tasks_roll_up_into_program_percent(svc: ProgramService) -> None:
    p = svc.create_program(ProgramDraft(title="Action plan rollout"))
    plan = svc.add_task(p.key, TaskDraft(title="Action plan", weight=3))
    svc.add_task(p.key, TaskDraft(title="Unit A", parent_id=plan.id, status=Status.COMPLETED))
    unit_b = svc.add_task(p.key, TaskDraft(title="Unit B", parent_id=plan.id, percent_complete=50))
    svc.add_task(p.key, TaskDraft(title="Survey"))
    assert svc.get_program(p.key).percent_complete == 56.2 or svc.get_program(p.key).percent_complete == 56.3
    svc.update_task(unit_b.id, {"percent_complete": 100})
    assert svc.get_program(p.key).percent_complete == 75.0
    with pytest.raises(ValidationError):
        svc.update_task(unit_b.id, {"percent_complete": 140})
    assert "Survey: 0% x weight 1" in svc.rollup_explanation(p.key)


def test_move_task_reorders_and_refuses_cycles(svc: ProgramService) -> None:
    p = svc.create_program(ProgramDraft(title="Reorder"))
    a = svc.add_task(p.key, TaskDraft(title="A"))
    b = svc.add_task(p.key, TaskDraft(title="B"))
    c = svc.add_task(p.key, TaskDraft(title="C", parent_id=a.id))
    svc.move_task(b.id, None, 0)
    assert [t.title for t in svc.list_tasks(p.key)] == ["B", "A", "C"]
    with pytest.raises(ValidationError, match="under itself"):
        svc.move_task(a.id, c.id, 0)


def test_log_progress_updates_task_status_and_last_progress(svc: ProgramService) -> None:
    p = svc.create_program(ProgramDraft(title="Training series"))
    t = svc.add_task(p.key, TaskDraft(title="First workshop"))
    entry = svc.log_progress(
        p.key, "", note="Workshop held\n24 people came", task_id=t.id, percent_complete=100, status=Status.COMPLETED
    )
    assert entry.title == "Workshop held" and str(entry.entry_date) == "2026-11-28"
    assert entry.author == "tester"
    row = svc.list_programs(ProgramFilter(program_keys=(p.key,))).rows[0]
    assert str(row.last_progress) == "2026-11-28"
    assert row.percent_complete == 100
    assert svc.list_tasks(p.key)[0].status is Status.COMPLETED


def test_start_from_case_copies_structure_without_values(svc: ProgramService) -> None:
    new = svc.start_from_case("SEOUL-TTAREUNGI", ProgramDraft(title="Gangdong bike sharing"))
    case = svc.get_program("SEOUL-TTAREUNGI")
    assert not new.is_case and new.based_on_key == "SEOUL-TTAREUNGI"
    assert [t.title for t in new.tasks] == [t.title for t in case.tasks]
    assert [i.name for i in new.indicators] == [i.name for i in case.indicators]
    assert all(not i.values for i in new.indicators)
    assert all(t.status is Status.PLANNED for t in new.tasks)
    # The case itself is untouched.
    assert svc.get_program("SEOUL-TTAREUNGI").version == case.version


def test_a_program_started_from_a_case_is_ours_with_the_case_steps_to_do(svc: ProgramService) -> None:
    case = svc.get_program("DOBONG-SD-GOVERNANCE")
    assert any(t.status is Status.COMPLETED for t in case.tasks)  # the case's own history
    new = svc.new_program(
        ProgramDraft(
            title="Gangdong sustainable development 2027",
            place="gangdong-gu",
            lead_organization="Gangdong Sustainability Team",
            start_date=PartialDate(2027, 3),
        ),
        from_case="DOBONG-SD-GOVERNANCE",
    )
    assert (new.title, new.place.name, new.start_date) == (
        "Gangdong sustainable development 2027",
        "Gangdong-gu",
        PartialDate(2027, 3),
    )
    assert new.lead_organization is not None and new.lead_organization.name == "Gangdong Sustainability Team"
    assert new.local_title is None and new.summary is None  # the case's words are not ours
    assert new.based_on_key == "DOBONG-SD-GOVERNANCE" and not new.is_case
    # Its steps are work to do: planned, with nothing the case did (dates, percents, descriptions, progress).
    assert [t.title for t in new.tasks] == [t.title for t in case.tasks]
    assert {t.status for t in new.tasks} == {Status.PLANNED}
    assert all(t.percent_complete is None and t.start_date is None and t.due_date is None for t in new.tasks)
    assert all(t.description is None and t.owner is None for t in new.tasks)
    assert new.progress == () and new.citations == ()
    assert new.percent_complete == 0
    row = svc.list_programs(ProgramFilter(program_keys=(new.key,))).rows[0]
    assert row.percent_complete == 0 and row.lead_organization == "Gangdong Sustainability Team"
    # A second one from the same case gets keys of its own; the organization is found again, not made twice.
    again = svc.new_program(
        ProgramDraft(title="Gangdong sustainable development 2028", lead_organization="gangdong sustainability team"),
        from_case="DOBONG-SD-GOVERNANCE",
    )
    assert again.lead_organization == new.lead_organization
    assert not {t.key for t in again.tasks} & {t.key for t in new.tasks}


def test_the_case_suggestion_is_a_starting_point_and_bad_names_are_refused(svc: ProgramService) -> None:
    suggestion = svc.suggest_from_case("SEOUL-TTAREUNGI")
    case = svc.get_program("SEOUL-TTAREUNGI")
    assert suggestion.title == case.title and suggestion.start_date is None
    assert suggestion.place_id == case.place.id
    with pytest.raises(NotFoundError, match="No place with the key or name 'Atlantis'"):
        svc.new_program(ProgramDraft(title="X", place="Atlantis"), from_case="SEOUL-TTAREUNGI")
    with pytest.raises(ValidationError, match="not a case-library program"):
        own = svc.create_program(ProgramDraft(title="Own"))
        svc.new_program(ProgramDraft(title="Y"), from_case=own.key)
    assert [p.key for p in svc.list_programs(ProgramFilter(is_case=False)).rows] == ["OWN"]


def test_editing_a_progress_entry_moves_its_task_and_undo_puts_everything_back(svc: ProgramService) -> None:
    p = svc.start_from_case("SEOUL-TTAREUNGI", ProgramDraft(title="Bikes"))
    first, second = p.tasks
    entry = svc.log_progress(p.key, "Survey", task_id=first.id, percent_complete=40)
    assert svc.list_tasks(p.key)[0].status is Status.ACTIVE
    before = svc.progress_before(p.key, second.id)
    changes = {"task_id": second.id, "percent_complete": 100.0, "title": "App launched", "note": "on time"}
    edited = svc.update_progress(entry.id, changes, expected_version=entry.version)
    assert (edited.task_id, edited.title, edited.note, edited.version) == (second.id, "App launched", "on time", 2)
    tasks = {t.id: t for t in svc.list_tasks(p.key)}
    assert (tasks[second.id].percent_complete, tasks[second.id].status) == (100, Status.COMPLETED)
    assert svc.get_program(p.key).percent_complete == 70  # (40 + 100) / 2
    with pytest.raises(ConflictError):
        svc.update_progress(entry.id, {"title": "Stale"}, expected_version=entry.version)
    old = {name: getattr(entry, name) for name in changes}
    back = svc.undo_progress_edit(entry.id, old, second.id, before)
    assert (back.task_id, back.title, back.note, back.percent_complete) == (first.id, "Survey", None, 40)
    tasks = {t.id: t for t in svc.list_tasks(p.key)}
    assert (tasks[second.id].percent_complete, tasks[second.id].status) == (None, Status.PLANNED)
    assert svc.get_program(p.key).percent_complete == 20
    # A note alone moves nothing, and an entry's date cannot be emptied.
    svc.update_progress(entry.id, {"note": "more"})
    assert {t.id: t.status for t in svc.list_tasks(p.key)}[second.id] is Status.PLANNED
    with pytest.raises(ValidationError):
        svc.update_progress(entry.id, {"entry_date": None})


def test_indicator_values_replace_by_period_and_kind(svc: ProgramService) -> None:
    p = svc.create_program(ProgramDraft(title="Bikes"))
    ind = svc.add_indicator(p.key, "Bicycles", unit="bicycles", target_value=500)
    svc.set_indicator_value(ind.id, PartialDate.parse("2026"), 100)
    svc.set_indicator_value(ind.id, PartialDate.parse("2026"), 120)
    svc.set_indicator_value(ind.id, PartialDate.parse("2026"), 400, ValueKind.PLAN)
    (got,) = svc.get_program(p.key).indicators
    assert [(str(v.period), v.value, v.kind) for v in got.values] == [
        ("2026", 120, ValueKind.ACTUAL),
        ("2026", 400, ValueKind.PLAN),
    ] or sorted((str(v.period), v.value, v.kind.value) for v in got.values) == [
        ("2026", 120, "actual"),
        ("2026", 400, "plan"),
    ]


def test_an_indicators_amount_unit_is_kept_in_one_form_whatever_words_give_it(svc: ProgramService) -> None:
    """The dialog takes the unit as the user writes it in their language; every language then says it."""
    p = svc.create_program(ProgramDraft(title="Shared kitchen"))
    ind = svc.add_indicator(p.key, "예산", unit=" 천원 ")
    assert ind.unit == "KRW thousand"
    assert svc.update_indicator(ind.id, {"unit": "百万韩元"}).unit == "KRW million"
    # The unit as the dialog shows it again to a Korean user (백만원) is no change at all.
    before = svc.get_program(p.key).indicators[0].version
    assert svc.update_indicator(ind.id, {"unit": "백만원"}).version == before
    assert svc.update_indicator(ind.id, {"unit": "households"}).unit == "households"


def test_a_deleted_indicator_comes_back_from_the_trash_with_its_values(svc: ProgramService) -> None:
    p = svc.create_program(ProgramDraft(title="Benches"))
    ind = svc.add_indicator(p.key, "Benches installed", unit="benches", target_value=40)
    svc.set_indicator_value(ind.id, PartialDate(2026, 5), 12, note="first batch")
    svc.delete_indicator(ind.id)
    assert svc.get_program(p.key).indicators == ()
    back = svc.restore_indicator(ind.id)
    assert (back.name, back.target_value, back.version) == ("Benches installed", 40, ind.version + 1)
    assert [(v.period, v.value, v.note) for v in back.values] == [(PartialDate(2026, 5), 12.0, "first batch")]
    assert [i.id for i in svc.get_program(p.key).indicators] == [ind.id]
    with pytest.raises(NotFoundError, match="not in the trash"):
        svc.restore_indicator(ind.id)


def test_delete_moves_to_trash_and_restore_brings_everything_back(svc: ProgramService) -> None:
    p = svc.create_program(ProgramDraft(title="Temporary"))
    svc.add_task(p.key, TaskDraft(title="T"))
    svc.log_progress(p.key, "Started")
    svc.delete_program(p.key)
    with pytest.raises(NotFoundError):
        svc.get_program(p.key)
    assert p.key not in {r.key for r in svc.list_programs().rows}
    restored = svc.restore_program(p.key)
    assert [t.title for t in restored.tasks] == ["T"]
    assert [e.title for e in restored.progress] == ["Started"]


def test_every_field_change_is_in_history_with_who_and_old_value(svc: ProgramService, seeded_db) -> None:
    p = svc.create_program(ProgramDraft(title="History check"))
    svc.update_program(p.key, {"status": Status.ACTIVE, "title": "History checked"})
    with seeded_db.read() as s:
        rows = (
            s.execute(
                select(m.ChangeRecord).where(
                    m.ChangeRecord.entity_type == "program",
                    m.ChangeRecord.entity_id == p.id,
                    m.ChangeRecord.action == "update",
                )
            )
            .scalars()
            .all()
        )
        changes = {(r.field, r.old_value, r.new_value, r.actor) for r in rows}
    who = seeded_db.history_actor()  # "tester"; on a server "tester (db: <login>)"
    assert who.startswith("tester")
    assert ("status", "planned", "active", who) in changes
    assert ("title", "History check", "History checked", who) in changes


def test_the_dashboards_latest_progress_reads_newest_date_first(svc: ProgramService) -> None:
    p = svc.create_program(ProgramDraft(title="Night market"))
    for title, day in (("Opened", PartialDate(2026, 11, 2)), ("Planned", PartialDate(2026, 3)), ("Met", None)):
        svc.log_progress(p.key, title, entry_date=day or PartialDate(2026, 11, 27))
    svc.log_progress(p.key, "Late note of an old meeting", entry_date=PartialDate(2025, 12, 1))
    latest = [e.title for e in svc.overview().latest]
    assert latest == ["Met", "Opened", "Planned", "Late note of an old meeting"]
