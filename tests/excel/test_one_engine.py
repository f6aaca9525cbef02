"""The import does what the app does: the same search, roll-ups, progress, case policy and limits.

Characterization tests for issue "One engine": each states a rule the app owns and checks that a workbook
import reaches the same result, and that the dry run and the import agree.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest

from app.domain import model as d
from app.domain import rules
from app.domain.dates import PartialDate
from app.domain.enums import Status
from app.domain.errors import ValidationError
from app.services.importing import ImportRefusedError
from app.services.programs import ProgramDraft, ProgramService, TaskDraft
from app.services.workbook_export import ExportOptions
from tests.excel.conftest import snapshot, workbook_file
from tests.excel.test_round_trip import _row, _set


def _found(ps: ProgramService, text: str) -> set[str]:
    return {p.key for p in ps.list_programs(d.ProgramFilter(text=text, is_case=False), limit=500).rows}


def _place(ps: ProgramService, name: str) -> int:
    return next(p.id for p in ps.list_places() if p.name == name)


# ------------------------------------------------------------------------------------ search
def test_an_imported_program_is_found_by_the_same_words_as_one_made_in_the_app(service: Any, tmp_path: Path) -> None:
    path = workbook_file(
        tmp_path / "list.xlsx",
        {"Sheet1": [["Title", "Place", "Status"], ["Rain gardens", "Gangdong-gu", "Active"]]},
    )
    service.apply_import(path)
    ps = ProgramService(service.db)
    made = ps.create_program(ProgramDraft(title="Street trees", place_id=_place(ps, "Gangdong-gu")))
    imported = next(iter(_found(ps, "rain gardens")))
    for word in ("gangdong", "Gangdong-gu", "강동구", "seoul", "서울", "korea"):
        assert {imported, made.key} <= _found(ps, word), word


@pytest.mark.parametrize(
    "typed", ["Gangdong-gu", "gangdong gu", "강동구", "강동", "ＧＡＮＧＤＯＮＧ－ＧＵ", "GANGDONG_GU"]
)
def test_a_place_is_found_by_the_same_words_in_the_import_the_app_and_an_export(
    service: Any, tmp_path: Path, typed: str
) -> None:
    """Which place a typed name means has one rule (places.place_index): an office sheet's 강동 and a
    command line's 'gangdong gu' name Gangdong-gu alike. The app and the export used to know only the exact
    name, any case."""
    from app.services.workbook_export import default_file_name

    ps = ProgramService(service.db)
    gangdong = _place(ps, "Gangdong-gu")
    service.apply_import(
        workbook_file(tmp_path / "list.xlsx", {"Sheet1": [["Title", "Place"], ["Rain gardens", typed]]})
    )
    imported = next(
        p for p in ps.list_programs(d.ProgramFilter(is_case=False), limit=500).rows if p.title == "Rain gardens"
    )
    made = ps.create_program(ProgramDraft(title="Street trees", place=typed))
    places = {ps.get_program(k).place for k in (imported.key, made.key)}
    assert {p.id for p in places if p is not None} == {gangdong} and None not in places
    options = ExportOptions(place=typed)
    assert default_file_name(service.db, options).startswith("Gangdong-gu programs")
    service.export_workbook(tmp_path / "out.xlsx", options)
    titles = {
        r[1] for r in openpyxl.load_workbook(tmp_path / "out.xlsx")["Programs"].iter_rows(min_row=2, values_only=True)
    }
    assert {"Rain gardens", "Street trees"} <= titles


@pytest.mark.parametrize("typed", ["강동구 사회적경제지원센터", "gangdong social-economy support center"])
def test_an_organization_is_found_by_the_same_words_in_the_import_and_the_app(
    service: Any, tmp_path: Path, typed: str
) -> None:
    """A lead organization typed with other spaces or hyphens is the same organization in the import and in
    the app: the app made a second one."""
    ps = ProgramService(service.db)
    sheet = {"Sheet1": [["Title", "Lead organization"], ["Rain gardens", typed]]}
    service.apply_import(workbook_file(tmp_path / "list.xlsx", sheet))
    made = ps.create_program(ProgramDraft(title="Street trees", lead_organization=typed))
    imported = next(
        p for p in ps.list_programs(d.ProgramFilter(is_case=False), limit=500).rows if p.title == "Rain gardens"
    )
    leads = {ps.get_program(k).lead_organization for k in (imported.key, made.key)}
    assert {o.key for o in leads if o is not None} == {"GANGDONG-SE-CENTER"} and None not in leads


def test_a_place_changed_by_an_import_moves_the_program_in_search(
    service: Any, office: str, exported: Path, tmp_path: Path
) -> None:
    wb = openpyxl.load_workbook(exported)
    ws = wb["Programs"]
    _set(ws, _row(ws, "Key", office), "Place", "Dobong-gu")
    wb.save(tmp_path / "moved.xlsx")
    service.apply_import(tmp_path / "moved.xlsx")
    ps = ProgramService(service.db)
    assert office in _found(ps, "dobong")
    assert office in _found(ps, "도봉구")
    assert office not in _found(ps, "gangdong")


# ------------------------------------------------------------------------------------ preview wording
def test_the_preview_names_the_places_it_changes(service: Any, office: str, exported: Path, tmp_path: Path) -> None:
    wb = openpyxl.load_workbook(exported)
    ws = wb["Programs"]
    _set(ws, _row(ws, "Key", office), "Place", "Dobong-gu")
    wb.save(tmp_path / "moved.xlsx")
    preview = service.preview_import(tmp_path / "moved.xlsx")
    (change,) = [c for c in preview.changes if c.key == office]
    (place,) = [f for f in change.changes if f.column == "Place"]
    assert (place.old, place.new) == ("Gangdong-gu", "Dobong-gu")


# ------------------------------------------------------------------------------------ undo, then again
def test_undoing_an_import_and_importing_the_same_file_again_applies_cleanly(
    service: Any, office: str, exported: Path, tmp_path: Path
) -> None:
    wb = openpyxl.load_workbook(exported)
    ws = wb["Programs"]
    _set(ws, _row(ws, "Key", office), "Status", "On hold")
    wb.save(tmp_path / "edited.xlsx")
    ps = ProgramService(service.db)
    service.apply_import(tmp_path / "edited.xlsx")
    assert ps.get_program(office).status is Status.ON_HOLD
    service.undo_last_import()
    assert ps.get_program(office).status is Status.ACTIVE
    preview = service.preview_import(tmp_path / "edited.xlsx")
    assert preview.error_count == 0, [str(e) for e in preview.errors]
    service.apply_import(tmp_path / "edited.xlsx")
    assert ps.get_program(office).status is Status.ON_HOLD


def test_a_conflict_message_shows_values_as_the_user_reads_them(
    service: Any, office: str, exported: Path, tmp_path: Path
) -> None:
    from app.store.database import Database

    ProgramService(Database(service.db.url, actor="Park")).update_program(office, {"status": Status.COMPLETED})
    wb = openpyxl.load_workbook(exported)
    ws = wb["Programs"]
    _set(ws, _row(ws, "Key", office), "Status", "On hold")
    wb.save(tmp_path / "edited.xlsx")
    with pytest.raises(ImportRefusedError) as caught:
        service.apply_import(tmp_path / "edited.xlsx")
    text = str(caught.value)
    assert "'Completed'" in text and "(it was 'Active')" in text, text
    assert "on_hold" not in text and "'active'" not in text


# ------------------------------------------------------------------------------------ progress
def test_an_imported_percent_moves_its_task_as_logging_it_in_the_app_does(
    service: Any, office: str, tmp_path: Path
) -> None:
    ps = ProgramService(service.db)
    before = ps.get_program(office)
    buy = next(t for t in before.tasks if t.title == "Buy bicycles")
    path = workbook_file(
        tmp_path / "progress.xlsx",
        {
            "Progress": [
                ["Program key", "Task key", "Date", "Title", "Percent complete"],
                [office, buy.key, "2026-05-02", "Bicycles delivered", 1.0],
            ]
        },
    )
    service.apply_import(path)
    imported = ps.get_program(office)

    # The same step logged in the app, on a second copy of the same program.
    copy = ps.create_program(ProgramDraft(title="Green wheels twin"))
    plan = ps.add_task(copy.key, TaskDraft(title="Plan the stations", status=Status.ACTIVE))
    ps.add_task(copy.key, TaskDraft(title="Survey residents", parent_id=plan.id, percent_complete=40.0))
    twin_buy = ps.add_task(copy.key, TaskDraft(title="Buy bicycles", status=Status.PLANNED, weight=2.0))
    ps.log_progress(copy.key, "Bicycles delivered", task_id=twin_buy.id, percent_complete=100.0)
    logged = ps.get_program(copy.key)

    moved = next(t for t in imported.tasks if t.title == "Buy bicycles")
    assert moved.percent_complete == 100.0
    assert imported.percent_complete == logged.percent_complete
    assert imported.percent_complete is not None and imported.percent_complete > (before.percent_complete or 0)


# ------------------------------------------------------------------------------------ dry run == import
def _both_refuse(service: Any, path: Path) -> str:
    """The dry run and the import refuse the file with the same first message; nothing is written."""
    preview = service.preview_import(path)
    assert preview.error_count > 0
    before = snapshot(service.db)
    with pytest.raises(ImportRefusedError) as caught:
        service.apply_import(path)
    assert snapshot(service.db) == before
    assert str(caught.value.preview.errors[0]) == str(preview.errors[0])
    return str(preview.errors[0])


def test_a_new_indicator_in_two_units_is_refused_by_the_dry_run_and_the_import_alike(
    service: Any, office: str, tmp_path: Path
) -> None:
    """The rows of one indicator must say one unit: the dry run found the second row among the rows it had
    seen and let it pass, while the import found the indicator it had just stored and changed its unit."""

    def budget_in(name: str, second_unit: str) -> Path:
        rows = [["Program key", "Name", "Unit", "Period", "Value"], [office, "Budget", "KRW million", 2024, 1.0]]
        return workbook_file(tmp_path / name, {"Indicators": [*rows, [office, "Budget", second_unit, 2025, 2.0]]})

    refused = _both_refuse(service, budget_in("units.xlsx", "천원"))
    assert "'KRW million' on row 2 of sheet 'Indicators' but 'KRW thousand' here" in refused
    # The same unit in other words (백만원) is no difference.
    same = budget_in("same.xlsx", "백만원")
    assert service.preview_import(same).errors == ()
    service.apply_import(same)
    budget = next(i for i in ProgramService(service.db).get_program(office).indicators if i.name == "Budget")
    assert budget.unit == "KRW million" and len(budget.values) == 2


def test_a_huge_task_weight_is_refused_by_the_dry_run_and_the_import_alike(
    service: Any, office: str, tmp_path: Path
) -> None:
    path = workbook_file(
        tmp_path / "weights.xlsx",
        {"Tasks": [["Program key", "Title", "Weight"], [office, "Heavy task", 1e308]]},
    )
    message = _both_refuse(service, path)
    assert "Weight" in message and f"{rules.MAX_WEIGHT:,g}" in message


def test_a_task_chain_deeper_than_the_app_shows_is_refused_by_both(service: Any, office: str, tmp_path: Path) -> None:
    depth = rules.MAX_TASK_DEPTH + 1
    rows: list[list[Any]] = [["Program key", "Task key", "Parent key", "Title"]]
    for i in range(depth):
        rows.append([office, f"DEEP-{i}", f"DEEP-{i - 1}" if i else None, f"Level {i + 1}"])
    message = _both_refuse(service, workbook_file(tmp_path / "deep.xlsx", {"Tasks": rows}))
    assert f"{rules.MAX_TASK_DEPTH}" in message and "levels" in message


def test_a_chain_as_deep_as_allowed_imports_and_exports(service: Any, office: str, tmp_path: Path) -> None:
    rows: list[list[Any]] = [["Program key", "Task key", "Parent key", "Title"]]
    for i in range(rules.MAX_TASK_DEPTH):
        rows.append([office, f"DEEP-{i}", f"DEEP-{i - 1}" if i else None, f"Level {i + 1}"])
    service.apply_import(workbook_file(tmp_path / "deep.xlsx", {"Tasks": rows}))
    out = tmp_path / "again.xlsx"
    service.export_workbook(out)
    wb = openpyxl.load_workbook(out)
    titles = [r[0].value for r in wb["Tasks"].iter_rows(min_row=2, max_col=1)]
    assert titles  # the export did not fail on the indentation of the deepest level


def test_the_app_refuses_a_task_deeper_than_it_can_show(seeded_db: Any) -> None:
    ps = ProgramService(seeded_db)
    p = ps.create_program(ProgramDraft(title="Deep"))
    parent = None
    for i in range(rules.MAX_TASK_DEPTH):
        parent = ps.add_task(p.key, TaskDraft(title=f"Level {i + 1}", parent_id=parent.id if parent else None))
    assert parent is not None
    with pytest.raises(ValidationError, match="levels"):
        ps.add_task(p.key, TaskDraft(title="One too deep", parent_id=parent.id))


def test_the_app_refuses_a_huge_weight(seeded_db: Any) -> None:
    ps = ProgramService(seeded_db)
    p = ps.create_program(ProgramDraft(title="Weights"))
    with pytest.raises(ValidationError, match="Weight"):
        ps.add_task(p.key, TaskDraft(title="Heavy", weight=1e308))


def test_a_program_renamed_on_one_sheet_and_listed_by_its_old_title_on_another_is_never_doubled(
    service: Any, office: str, exported: Path, tmp_path: Path
) -> None:
    wb = openpyxl.load_workbook(exported)
    ws = wb["Programs"]
    _set(ws, _row(ws, "Key", office), "Title", "Green wheels 2027")
    own = wb.create_sheet("Our list")
    own.append(["Title", "Summary"])
    own.append(["Green wheels", "Listed under its old title"])
    wb.save(tmp_path / "renamed.xlsx")
    ps = ProgramService(service.db)
    count = ps.count_programs(d.ProgramFilter(is_case=False))
    preview = service.preview_import(tmp_path / "renamed.xlsx")
    if preview.error_count:
        _both_refuse(service, tmp_path / "renamed.xlsx")
    else:
        service.apply_import(tmp_path / "renamed.xlsx")
    assert ps.count_programs(d.ProgramFilter(is_case=False)) == count
    assert not _found(ps, "listed under its old title") - {office}


def _both_apply(service: Any, path: Path) -> Any:
    """The dry run accepts the file and the import applies it with the same counts and the same change list."""
    preview = service.preview_import(path)
    assert preview.errors == (), [str(e) for e in preview.errors]
    result = service.apply_import(path)
    assert (preview.created, preview.updated, preview.unchanged) == (result.created, result.updated, result.unchanged)
    assert preview.changes == result.preview.changes
    return preview


@pytest.mark.parametrize("sheet", ["Tasks", "Progress"])
@pytest.mark.parametrize(
    ("key", "title"),
    [
        ("NEW-ONE", "Gamma project"),  # a program the Programs sheet creates with its own key
        ("NEW-ONE", "Gamma"),  # a one-word title, which reads as a key no program has
        ("GREEN-WHEELS", "Green wheels 2027"),  # the office's program, renamed by the Programs sheet
    ],
)
def test_a_program_key_cell_giving_the_title_the_file_gives_a_program_finds_it_in_the_dry_run_too(
    service: Any, office: str, tmp_path: Path, sheet: str, key: str, title: str
) -> None:
    """The import found the program by the title it had just written; the dry run, which writes nothing,
    said "No program with key" (it knew only the titles of programs made from rows without a key)."""
    rows = {
        "Tasks": [["Program key", "Title"], [title, "Survey the riders"]],
        "Progress": [["Program key", "Date", "Title"], [title, "2026-03-01", "Survey the riders"]],
    }
    path = workbook_file(tmp_path / "by_title.xlsx", {"Programs": [["Key", "Title"], [key, title]], sheet: rows[sheet]})
    _both_apply(service, path)
    program = ProgramService(service.db).get_program(key)
    assert program.title == title
    made = program.tasks if sheet == "Tasks" else program.progress
    assert "Survey the riders" in {m.title for m in made}


@pytest.mark.parametrize(
    ("second", "place"),
    [
        ([["사업명", "자치구", "담당부서"], ["도서관 건립", "가상1동", "문화과"]], "가상1동"),
        ([["사업명", "담당부서"], ["도서관 건립", "문화과"]], "가상구"),
    ],
)
def test_a_place_an_earlier_sheet_adds_is_the_place_a_later_sheets_title_names_in_the_dry_run_too(
    service: Any, tmp_path: Path, second: list[list[Any]], place: str
) -> None:
    """The first sheet adds the district 가상구 under Seoul; the second is about 가상구 by its title. The
    import took the district it had just stored (a 동 went in it, a program with no place went there), while
    the dry run passed over the district it only planned: the 동 was refused as unknown, the program had no
    place."""
    first = [["서울특별시 주요사업 현황"], ["사업명", "자치구", "담당부서"], ["공원 조성", "가상구", "공원과"]]
    about = [["가상구 주요사업 추진현황"], *second]
    path = workbook_file(tmp_path / "two_sheets.xlsx", {"현황1": first, "현황2": about})
    preview = _both_apply(service, path)
    new = [(p.name, p.parent) for sheet in preview.sheets for p in sheet.new_places]
    assert new == [("가상구", "Seoul")] + ([("가상1동", "가상구")] if place == "가상1동" else [])
    ps = ProgramService(service.db)
    library = next(p for p in ps.list_programs(limit=500).rows if p.title == "도서관 건립")
    stored = ps.get_program(library.key).place
    assert stored is not None and stored.path.endswith("Seoul > 가상구" + (" > 가상1동" if place == "가상1동" else ""))


def _place_paths(service: Any) -> dict[str, str | None]:
    """Each office program's title and the path of its place (None: no place)."""
    ps = ProgramService(service.db)
    programs = [ps.get_program(p.key) for p in ps.list_programs(limit=500).rows if not p.is_case]
    return {p.title: (p.place.path if p.place is not None else None) for p in programs}


_DOBONG = "South Korea > Seoul > Dobong-gu"
_GANGDONG = "South Korea > Seoul > Gangdong-gu"


def test_a_neighbourhood_column_before_the_district_column_puts_each_dong_in_its_district(
    service: Any, tmp_path: Path
) -> None:
    """An office sheet giving 행정동 before 자치구: the first place column was read as the district, so each
    동 came up as an unknown place (no district to put it in) and the file was refused."""
    rows = [
        ["서울시 동 단위 주민자치 사업"],
        ["연번", "사업명", "행정동", "자치구", "추진상황"],
        [1, "창동 골목 정원", "창동", "도봉구", "추진중"],
        [2, "천호동 나눔 냉장고", "천호동", "강동구", "계획"],
        [3, "구 단위 축제", None, "강동구", "계획"],
    ]
    preview = _both_apply(service, workbook_file(tmp_path / "dong_first.xlsx", {"동 단위 사업": rows}))
    assert {c.header: c.reading for c in preview.sheets[0].readings}["행정동"] == "sub_place"
    paths = _place_paths(service)
    assert paths["창동 골목 정원"] == f"{_DOBONG} > 창동"
    assert paths["천호동 나눔 냉장고"] == f"{_GANGDONG} > 천호동"
    assert paths["구 단위 축제"] == _GANGDONG


def test_a_neighbourhood_column_under_a_two_row_header_is_read_as_the_place_inside_the_district(
    service: Any, tmp_path: Path
) -> None:
    """위치 merged over 자치구 and 행정동: the second place column, headed "위치 / 행정동", was read as nothing,
    so every program went to its district alone."""
    path = tmp_path / "two_row.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "동 단위 사업"
    ws.append(["연번", "사업명", "위치", None, "추진상황"])
    ws.append([None, None, "자치구", "행정동", None])
    ws.append([1, "창동 골목 정원", "도봉구", "창동", "추진중"])
    ws.append([2, "구 단위 축제", "강동구", None, "계획"])
    for cells in ("A1:A2", "B1:B2", "C1:D1", "E1:E2"):
        ws.merge_cells(cells)
    wb.save(path)
    preview = _both_apply(service, path)
    assert {c.header: c.reading for c in preview.sheets[0].readings}["위치 / 행정동"] == "sub_place"
    paths = _place_paths(service)
    assert paths["창동 골목 정원"] == f"{_DOBONG} > 창동"
    assert paths["구 단위 축제"] == _GANGDONG


def test_a_row_with_no_district_and_no_dong_goes_to_the_district_the_title_names(service: Any, tmp_path: Path) -> None:
    """A sheet about 도봉구 by its title, with 자치구 and 행정동 columns: a row leaving both blank had no
    place, where a sheet with no place column puts every program in the title's district."""
    rows = [
        ["2024년 도봉구 동 단위 사업"],
        ["연번", "사업명", "자치구", "행정동", "추진상황"],
        [1, "창동 골목 정원", "도봉구", "창동", "추진중"],
        [2, "구 전체 걷기 대회", None, None, "계획"],
        [3, "구 전체 나눔 장터", "-", "-", "계획"],
    ]
    preview = _both_apply(service, workbook_file(tmp_path / "dobong.xlsx", {"동 단위 사업": rows}))
    assert preview.created == 3
    paths = _place_paths(service)
    assert paths["창동 골목 정원"] == f"{_DOBONG} > 창동"
    assert paths["구 전체 걷기 대회"] == _DOBONG
    assert paths["구 전체 나눔 장터"] == _DOBONG


# ------------------------------------------------------------------------------------ the case library
def test_the_service_refuses_to_change_a_case_whoever_calls_it(seeded_db: Any) -> None:
    from app.domain.errors import CaseReadOnlyError

    ps = ProgramService(seeded_db)
    case = ps.get_program("SEOUL-TTAREUNGI")
    attempts = [
        lambda: ps.update_program(case.key, {"title": "Changed"}),
        lambda: ps.add_task(case.key, TaskDraft(title="More")),
        lambda: ps.delete_program(case.key),
        lambda: ps.log_progress(case.key, "Something happened"),
        lambda: ps.add_indicator(case.key, "Riders"),
    ]
    if case.tasks:
        attempts += [
            lambda: ps.update_task(case.tasks[0].id, {"title": "Changed"}),
            lambda: ps.delete_task(case.tasks[0].id),
        ]
    if case.progress:
        attempts.append(lambda: ps.delete_progress(case.progress[0].id))
    if case.indicators:
        ind = case.indicators[0]
        attempts.append(lambda: ps.update_indicator(ind.id, {"name": "Changed"}))
        attempts.append(lambda: ps.delete_indicator(ind.id))
    for attempt in attempts:
        with pytest.raises(CaseReadOnlyError):
            attempt()
    assert ps.get_program(case.key) == case


def _progress_row(ws: Any, values: dict[str, Any]) -> None:
    headers = [c.value for c in ws[1]]
    ws.append([values.get(h) for h in headers])


def test_a_progress_row_added_to_an_exported_workbook_moves_its_task(
    service: Any, office: str, exported: Path, tmp_path: Path
) -> None:
    ps = ProgramService(service.db)
    buy = next(t for t in ps.get_program(office).tasks if t.title == "Buy bicycles")
    wb = openpyxl.load_workbook(exported)
    _progress_row(
        wb["Progress"],
        {
            "Program key": office,
            "Task key": buy.key,
            "Date": "2026-05-02",
            "Title": "Delivered",
            "Percent complete": 0.5,
        },
    )
    wb.save(tmp_path / "logged.xlsx")
    preview = service.preview_import(tmp_path / "logged.xlsx")
    moved = [c for c in preview.changes if c.key == buy.key and c.action == "update"]
    assert [(f.column, f.old, f.new) for c in moved for f in c.changes] == [
        ("Percent complete", None, "50%"),
        ("Status", "Planned", "Active"),
    ]
    service.apply_import(tmp_path / "logged.xlsx")
    task = next(t for t in ps.get_program(office).tasks if t.key == buy.key)
    assert (task.percent_complete, task.status) == (50.0, Status.ACTIVE)


def _progress_percent_changed_in_a_workbook(service: Any, tmp_path: Path, key: str, entry_id: int, pct: float) -> Path:
    path = tmp_path / "exported.xlsx"
    service.export_workbook(path)
    wb = openpyxl.load_workbook(path)
    ws = wb["Progress"]
    _set(ws, _row(ws, "Entry ID", entry_id), "Percent complete", pct / 100)
    wb.save(tmp_path / "corrected.xlsx")
    return tmp_path / "corrected.xlsx"


def test_a_corrected_percent_on_a_programs_progress_moves_it_as_correcting_it_in_the_app_does(
    service: Any, tmp_path: Path
) -> None:
    """A program with no tasks follows its progress: an entry's percent corrected in the workbook (45% -> 50%)
    moves the program as editing the entry in the app does, and the preview says so first."""
    ps = ProgramService(service.db)
    made, twin = (ps.create_program(ProgramDraft(title=t)) for t in ("Shared kitchen", "Shared kitchen twin"))
    entry = ps.log_progress(made.key, "Second quarter", percent_complete=45.0)
    twin_entry = ps.log_progress(twin.key, "Second quarter", percent_complete=45.0)
    assert ps.get_program(made.key).percent_complete == 45.0
    path = _progress_percent_changed_in_a_workbook(service, tmp_path, made.key, entry.id, 50.0)

    preview = service.preview_import(path)
    assert preview.errors == ()
    changed = {(c.entity, c.key): [(f.old, f.new) for f in c.changes] for c in preview.changes}
    assert changed == {("progress", f"P{entry.id}"): [("45%", "50%")], ("program", made.key): [("45%", "50%")]}
    service.apply_import(path)
    ps.update_progress(twin_entry.id, {"percent_complete": 50.0})  # the same correction in the app
    assert ps.get_program(made.key).percent_complete == ps.get_program(twin.key).percent_complete == 50.0


def test_a_corrected_percent_on_a_tasks_progress_moves_the_task_and_its_roll_up(
    service: Any, office: str, tmp_path: Path
) -> None:
    ps = ProgramService(service.db)
    buy = next(t for t in ps.get_program(office).tasks if t.title == "Buy bicycles")
    entry = ps.log_progress(office, "Half delivered", task_id=buy.id, percent_complete=40.0)
    path = _progress_percent_changed_in_a_workbook(service, tmp_path, office, entry.id, 100.0)
    preview = service.preview_import(path)
    moved = [(f.old, f.new) for c in preview.changes if c.key == buy.key for f in c.changes]
    assert moved == [("40%", "100%"), ("Active", "Completed")]
    before = ps.get_program(office).percent_complete
    service.apply_import(path)
    after = ps.get_program(office)
    task = next(t for t in after.tasks if t.key == buy.key)
    assert (task.percent_complete, task.status) == (100.0, Status.COMPLETED)
    assert after.percent_complete is not None and before is not None and after.percent_complete > before


@pytest.mark.parametrize("how", ["corrected", "new entry"])
def test_a_programs_first_task_in_the_same_file_stops_its_move_in_the_preview_as_in_the_import(
    service: Any, tmp_path: Path, how: str
) -> None:
    """A program with no tasks follows its progress; once the file gives it a task, its percent is the
    task's roll-up: the preview must not plan the move the import then does not make."""
    ps = ProgramService(service.db)
    made = ps.create_program(ProgramDraft(title="Shared kitchen"))
    entry = ps.log_progress(made.key, "Second quarter", percent_complete=45.0)
    path = tmp_path / "exported.xlsx"
    service.export_workbook(path)
    wb = openpyxl.load_workbook(path)
    if how == "corrected":
        _set(wb["Progress"], _row(wb["Progress"], "Entry ID", entry.id), "Percent complete", 0.5)
    else:
        _progress_row(
            wb["Progress"], {"Program key": made.key, "Date": "2026-12-01", "Title": "Q3", "Percent complete": 0.5}
        )
    _progress_row(wb["Tasks"], {"Program key": made.key, "Title": "Buy pots", "Percent complete": 0.1})
    wb.save(tmp_path / "edited.xlsx")
    preview = service.preview_import(tmp_path / "edited.xlsx")
    assert preview.errors == ()
    assert ("program", made.key) not in {(c.entity, c.key) for c in preview.changes}
    service.apply_import(tmp_path / "edited.xlsx")
    assert ps.get_program(made.key).percent_complete == 10.0  # its one task's


def test_an_imported_100_percent_completes_the_task_as_logging_it_in_the_app_does(
    service: Any, office: str, exported: Path, tmp_path: Path
) -> None:
    ps = ProgramService(service.db)
    buy = next(t for t in ps.get_program(office).tasks if t.title == "Buy bicycles")
    wb = openpyxl.load_workbook(exported)
    _progress_row(
        wb["Progress"],
        {
            "Program key": office,
            "Task key": buy.key,
            "Date": "2026-05-02",
            "Title": "All delivered",
            "Percent complete": 1,
        },
    )
    wb.save(tmp_path / "done.xlsx")
    service.apply_import(tmp_path / "done.xlsx")
    task = next(t for t in ps.get_program(office).tasks if t.key == buy.key)
    assert (task.percent_complete, task.status) == (100.0, Status.COMPLETED)
    other = next(t for t in ps.get_program(office).tasks if t.key != buy.key and t.status is Status.PLANNED)
    ps.log_progress(office, "Finished", task_id=other.id, percent_complete=100)
    assert next(t for t in ps.get_program(office).tasks if t.key == other.key).status is Status.COMPLETED


def test_a_status_the_tasks_sheet_gives_stands_over_a_progress_row_of_the_same_file(
    service: Any, office: str, exported: Path, tmp_path: Path
) -> None:
    ps = ProgramService(service.db)
    buy = next(t for t in ps.get_program(office).tasks if t.title == "Buy bicycles")
    wb = openpyxl.load_workbook(exported)
    tasks = wb["Tasks"]
    _set(tasks, _row(tasks, "Task key", buy.key), "Status", "On hold")
    _progress_row(
        wb["Progress"],
        {"Program key": office, "Task key": buy.key, "Date": "2026-05-02", "Title": "Delivered", "Percent complete": 1},
    )
    wb.save(tmp_path / "held.xlsx")
    service.apply_import(tmp_path / "held.xlsx")
    task = next(t for t in ps.get_program(office).tasks if t.key == buy.key)
    assert (task.percent_complete, task.status) == (100.0, Status.ON_HOLD)


def test_a_percent_the_tasks_sheet_changes_stands_over_a_progress_row_of_the_same_file(
    service: Any, office: str, exported: Path, tmp_path: Path
) -> None:
    ps = ProgramService(service.db)
    buy = next(t for t in ps.get_program(office).tasks if t.title == "Buy bicycles")
    wb = openpyxl.load_workbook(exported)
    tasks = wb["Tasks"]
    _set(tasks, _row(tasks, "Task key", buy.key), "Percent complete", 0.3)
    _progress_row(
        wb["Progress"],
        {"Program key": office, "Task key": buy.key, "Date": "2026-05-02", "Title": "Delivered", "Percent complete": 1},
    )
    wb.save(tmp_path / "both.xlsx")
    service.apply_import(tmp_path / "both.xlsx")
    assert next(t for t in ps.get_program(office).tasks if t.key == buy.key).percent_complete == 30.0


def test_a_new_programs_progress_percent_moves_it_only_when_it_has_no_tasks(service: Any, tmp_path: Path) -> None:
    """In a workbook that creates its programs: a percent on a program's progress row moves a program without
    tasks (as Log progress does) and leaves one with tasks to its tasks' roll-up, in the import as in the
    preview."""
    path = workbook_file(
        tmp_path / "new.xlsx",
        {
            "Programs": [["Key", "Title"], ["BARE", "Bare program"], ["TASKED", "Tasked program"]],
            "Tasks": [["Program key", "Task key", "Title", "Percent complete"], ["TASKED", "TASKED-T1", "Plan", 0.2]],
            "Progress": [
                ["Program key", "Date", "Title", "Percent complete"],
                ["BARE", "2026-03-01", "Half way", 0.5],
                ["TASKED", "2026-03-01", "Half way", 0.5],
            ],
        },
    )
    preview = service.preview_import(path)
    assert preview.error_count == 0, [str(e) for e in preview.errors]
    moved = {c.key for c in preview.changes if c.action == "update"}
    service.apply_import(path)
    ps = ProgramService(service.db)
    assert ps.get_program("BARE").percent_complete == 50.0
    assert ps.get_program("TASKED").percent_complete == 20.0
    assert moved <= {"BARE"}


def _listed(changes: Any) -> list[tuple[Any, ...]]:
    """The change list as the preview shows it; a new entry's key holds its id in the import only."""
    return [
        (
            c.sheet,
            c.row,
            c.entity,
            "" if c.entity == "progress" else c.key,
            c.action,
            c.label,
            [(f.column, f.old, f.new) for f in c.changes],
        )
        for c in changes
    ]


def test_an_entry_of_a_task_the_file_creates_is_new_in_the_preview_as_in_the_import(
    service: Any, office: str, tmp_path: Path
) -> None:
    """The program's own entry of that day and title is no entry of its new task: the dry run, where the task
    has no id yet, took the row for the program's entry (1 created, 1 unchanged) and the import made it."""
    ps = ProgramService(service.db)
    ps.log_progress(office, "Meeting", entry_date=PartialDate(2024, 3, 1))
    path = workbook_file(
        tmp_path / "new_task.xlsx",
        {
            "Tasks": [["Program key", "Task key", "Title"], [office, "NEW-TASK", "New task"]],
            "Progress": [["Program key", "Task key", "Date", "Title"], [office, "NEW-TASK", "2024-03-01", "Meeting"]],
        },
    )
    preview = service.preview_import(path)
    assert preview.errors == ()
    result = service.apply_import(path)
    assert (preview.created, preview.updated, preview.unchanged) == (result.created, result.updated, 0) == (2, 0, 0)
    new_task = next(t for t in ps.get_program(office).tasks if t.key == "NEW-TASK")
    assert [e.title for e in ps.get_program(office).progress if e.task_id == new_task.id] == ["Meeting"]


def test_a_percent_on_a_task_or_program_the_file_creates_is_listed_by_the_preview_as_by_the_import(
    service: Any, office: str, tmp_path: Path
) -> None:
    """The import lists the move of the task or program a new entry's percent makes (0 -> 100%, Planned ->
    Completed); the dry run, which has not written them, listed nothing: the preview's list must be the
    import's."""
    path = workbook_file(
        tmp_path / "new_rows.xlsx",
        {
            "Programs": [["Key", "Title"], ["NEW-P", "New program"]],
            "Tasks": [["Program key", "Task key", "Title"], [office, "NEW-TASK", "New task"]],
            "Progress": [
                ["Program key", "Task key", "Date", "Title", "Percent complete"],
                [office, "NEW-TASK", "2024-03-01", "Done", 1],
                ["NEW-P", None, "2024-03-01", "Going", 0.6],
            ],
        },
    )
    preview = service.preview_import(path)
    assert preview.errors == ()
    result = service.apply_import(path)
    assert _listed(preview.changes) == _listed(result.preview.changes)
    moved = {(c.key, c.label): [(f.old, f.new) for f in c.changes] for c in preview.changes if c.action == "update"}
    assert moved == {
        ("NEW-TASK", "New task"): [(None, "100%"), ("Planned", "Completed")],
        ("NEW-P", "New program"): [(None, "60%")],
    }
    ps = ProgramService(service.db)
    assert ps.get_program("NEW-P").percent_complete == 60.0
    task = next(t for t in ps.get_program(office).tasks if t.key == "NEW-TASK")
    assert (task.percent_complete, task.status) == (100.0, Status.COMPLETED)


@pytest.mark.parametrize(
    ("dates", "last"), [(["2020", "2020s", "early 2020s"], "2020"), (["2024-05-01", "early 2020s"], "2024-05-01")]
)
def test_last_progress_is_the_same_date_logged_in_the_app_or_imported(
    service: Any, tmp_path: Path, dates: list[str], last: str
) -> None:
    """A program's last progress is its latest entry's date as PartialDate orders dates, whether the app logs
    them, an import adds them to a program or an import creates the program: the import worked out 2020 for a
    program it made where the app found early-2020s (the latest as text), which beat 2024-05-01 too."""
    ps = ProgramService(service.db)
    ps.create_program(ProgramDraft(title="Logged in the app", key="IN-APP"))
    ps.create_program(ProgramDraft(title="Imported into", key="IMPORTED-INTO"))
    for day in dates:
        ps.log_progress("IN-APP", "Step", entry_date=PartialDate.parse(day))
    rows = [["Program key", "Date", "Title"]]
    rows += [[key, day, "Step"] for key in ("IMPORTED-INTO", "MADE") for day in dates]
    path = workbook_file(tmp_path / "dates.xlsx", {"Programs": [["Key", "Title"], ["MADE", "Made"]], "Progress": rows})
    service.apply_import(path)
    found = {p.key: str(p.last_progress) for p in ps.list_programs(d.ProgramFilter(is_case=False)).rows}
    assert found == {"IN-APP": last, "IMPORTED-INTO": last, "MADE": last}


@pytest.mark.parametrize("indicator", ["Budget", "A new count"])
def test_a_date_on_the_1st_after_its_years_row_is_counted_alike_by_the_dry_run_and_the_import(
    service: Any, office: str, tmp_path: Path, indicator: str
) -> None:
    """A date cell on January 1st is looked up as its month and year too (Excel turns a typed 2027 into a
    date). After a row of the same indicator's year 2027 in the same file, the import found the value that
    row had just written and overwrote it, while the dry run created a second one. Now both keep the two
    values: a variant finds only a value stored before the import."""
    import datetime as dt

    header = ["Program key", "Name", "Unit", "Period", "Value"]
    path = workbook_file(
        tmp_path / "values.xlsx",
        {
            "Indicators": [
                header,
                [office, indicator, "people", 2027, 1.0],
                [office, indicator, "people", dt.date(2027, 1, 1), 2.0],
            ]
        },
    )
    preview = service.preview_import(path)
    assert preview.errors == ()
    result = service.apply_import(path)
    assert (preview.created, preview.updated) == (result.created, result.updated)
    made = next(i for i in ProgramService(service.db).get_program(office).indicators if i.name == indicator)
    assert result.updated == 0
    assert sorted((str(v.period), v.value) for v in made.values) == [("2027", 1.0), ("2027-01-01", 2.0)]


@pytest.mark.parametrize(("stored", "cell"), [("2027-03", (2027, 3, 1)), ("2027", (2027, 1, 1))])
def test_a_date_on_the_1st_finds_the_month_or_year_stored_before(
    service: Any, office: str, tmp_path: Path, stored: str, cell: tuple[int, int, int]
) -> None:
    """The value stored for March 2027 (or 2027) comes back from Excel as a date cell on the 1st: the same
    value, updated by the dry run and the import alike."""
    import datetime as dt

    header = ["Program key", "Name", "Unit", "Period", "Value"]
    first = workbook_file(tmp_path / "first.xlsx", {"Indicators": [header, [office, "Riders", "people", stored, 1.0]]})
    service.apply_import(first)
    again = [header, [office, "Riders", "people", dt.date(*cell), 2.0]]
    path = workbook_file(tmp_path / "again.xlsx", {"Indicators": again})
    preview = service.preview_import(path)
    result = service.apply_import(path)
    assert (preview.created, preview.updated) == (result.created, result.updated) == (0, 1)
    made = next(i for i in ProgramService(service.db).get_program(office).indicators if i.name == "Riders")
    assert [(str(v.period), v.value) for v in made.values] == [(stored, 2.0)]


_INDICATORS = ["Program key", "Indicator key", "Indicator", "Unit", "Period", "Value", "Kind"]


def _office_budget(office: str, header: str, planned: float, spent: float) -> list[list[Any]]:
    """An office's monthly sheet giving the office program's budget and spent (as of March 31st)."""
    return [
        ["2024년 주요사업"],
        ["(2024. 3. 31. 기준)"],
        ["연번", "사업명", "자치구", header, "집행액"],
        [1, "Green wheels", "강동구", planned, spent],
    ]


def _agree(service: Any, path: Path) -> None:
    """The dry run accepts the file and the import applies it with the same counts and change list."""
    preview = service.preview_import(path)
    assert [str(e) for e in preview.errors] == []
    result = service.apply_import(path)
    assert (preview.created, preview.updated, preview.unchanged) == (result.created, result.updated, result.unchanged)
    assert [(c.sheet, c.row, c.key, c.action) for c in preview.changes] == [
        (c.sheet, c.row, c.key, c.action) for c in result.preview.changes
    ]


def _indicator(service: Any, office: str, name: str) -> d.Indicator:
    return next(i for i in ProgramService(service.db).get_program(office).indicators if i.name == name)


@pytest.mark.parametrize("later", ["a row of the sheet", "a budget column"])
def test_a_unit_first_given_by_a_later_row_of_a_new_indicator_is_its_unit_in_the_dry_run_and_the_import(
    service: Any, office: str, tmp_path: Path, later: str
) -> None:
    """A new indicator whose first row leaves the unit blank takes the unit a later row gives, as the app sets
    a unit on an indicator that has none. The dry run accepted the file and the import failed on it."""
    name = "Visitors" if later == "a row of the sheet" else "예산"
    sheets: dict[str, list[list[Any]]] = {"Indicators": [_INDICATORS, [office, None, name, None, "2024", 10, "Actual"]]}
    if later == "a row of the sheet":
        sheets["Indicators"].append([office, None, name, "명", "2025", 20, "Actual"])
    else:
        sheets["3월"] = _office_budget(office, "예산(백만원)", 1200, 600)
    _agree(service, workbook_file(tmp_path / "units.xlsx", sheets))
    made = _indicator(service, office, name)
    if later == "a row of the sheet":
        assert (made.unit, len(made.values)) == ("명", 2)
    else:  # the year's 10 and the sheet's budget and spent
        assert (made.unit, len(made.values)) == ("KRW million", 3)


@pytest.mark.parametrize("unit", ["천원", "명"])
def test_a_budget_for_an_indicator_the_same_file_makes_in_another_unit_is_planned_alike_by_both(
    service: Any, office: str, tmp_path: Path, unit: str
) -> None:
    """The import converted an office sheet's 백만원 into the 천원 of the budget indicator the file's Indicators
    sheet had just made (as it does for a stored one), while the dry run, which had not stored it, refused the
    two amounts for their unit. In a unit no amount converts to (명), the dry run listed the amounts twice in
    other words than the import's one refusal."""
    indicators = [_INDICATORS, [office, None, "예산", unit, "2024-01-31", 500000, "Plan"]]
    sheets = {"Indicators": indicators, "3월": _office_budget(office, "예산(백만원)", 1200, 600)}
    path = workbook_file(tmp_path / "budget.xlsx", sheets)
    if unit == "명":
        assert "The indicator '예산' of this program is in 명" in _both_refuse(service, path)
        assert service.preview_import(path).error_count == 1
        return
    _agree(service, path)
    budget = _indicator(service, office, "예산")
    assert budget.unit == "KRW thousand"
    assert sorted((str(v.period), v.kind.value, v.value) for v in budget.values) == [
        ("2024-01-31", "plan", 500000.0),
        ("2024-03-31", "actual", 600000.0),
        ("2024-03-31", "plan", 1200000.0),
    ]


@pytest.mark.parametrize("where", ["one sheet", "two sheets"])
def test_a_name_two_new_indicators_share_is_refused_by_the_dry_run_and_the_import_alike(
    service: Any, office: str, tmp_path: Path, where: str
) -> None:
    """A row naming its indicator only by a name the file gave two new indicators (by their keys): the dry run
    put the value on the last of them, the import refused the name as ambiguous. Both refuse it now."""
    made = [
        _INDICATORS,
        [office, "GREEN-WHEELS-V1", "Visitors", "명", "2024", 1, "Actual"],
        [office, "GREEN-WHEELS-V2", "Visitors", "명", "2024", 2, "Actual"],
    ]
    by_name = [office, None, "Visitors", "명", "2025", 3, "Actual"]
    sheets = (
        {"Indicators": [*made, by_name]}
        if where == "one sheet"
        else {"Indicators": made, "More": [_INDICATORS, by_name]}
    )
    path = workbook_file(tmp_path / "shared.xlsx", sheets)
    message = _both_refuse(service, path)
    assert "2 indicators" in message and "(GREEN-WHEELS-V1, GREEN-WHEELS-V2)" in message


_RIDES = "GREEN-WHEELS-RIDES"  # the office program's indicator, stored in rides


@pytest.mark.parametrize(("column", "said"), [("Unit", "trips"), ("Indicator", "Trips")])
def test_a_unit_or_name_first_given_by_a_later_row_of_a_stored_indicator_is_a_change_as_on_its_first_row(
    service: Any, office: str, tmp_path: Path, column: str, said: str
) -> None:
    """A stored indicator's first row in the file leaves the unit (or name) blank and a later row gives another:
    that row is the first to say it, and says it as a first row would, a change the preview lists. Both modes
    took the later row's value as in the stored unit and changed nothing, then refused a next row giving the
    stored unit for differing from the later row's."""

    def row(year: str, unit: str | None = None, name: str | None = None) -> list[Any]:
        return [office, _RIDES, name, unit, year, 1, "Actual"]

    later = row("2029", unit=said) if column == "Unit" else row("2029", name=said)
    preview = _both_apply(
        service, workbook_file(tmp_path / "later.xlsx", {"Indicators": [_INDICATORS, row("2028"), later]})
    )
    change = next(c for c in preview.changes if c.action == "update")
    assert (change.row, change.key, [f.column for f in change.changes]) == (3, _RIDES, [column])
    rides = _indicator(service, office, said if column == "Indicator" else "Rides per month")
    assert (rides.key, rides.unit, len(rides.values)) == (_RIDES, said if column == "Unit" else "rides", 5)
    if column == "Unit":  # the rows after it must agree: the unit stored before is no longer it
        again = [_INDICATORS, row("2030"), row("2031", unit="km"), row("2032", unit="trips")]
        refused = _both_refuse(service, workbook_file(tmp_path / "again.xlsx", {"Indicators": again}))
        assert "sheet 'Indicators', row 4, column Unit" in refused
        assert "'km' on row 3 of sheet 'Indicators' but 'trips' here" in refused


def test_a_budget_in_another_unit_than_the_file_gives_its_stored_indicator_is_refused_by_both(
    service: Any, office: str, tmp_path: Path
) -> None:
    """The file's Indicators sheet puts the stored budget indicator in 명; an office sheet's budget in 백만원
    cannot be converted to it. The import refused the sheet's amounts, the dry run (which read the stored unit)
    refused the Indicators row's unit in other words, and twice."""
    service.apply_import(
        workbook_file(tmp_path / "march.xlsx", {"3월": _office_budget(office, "예산(백만원)", 1000, 500)})
    )
    indicators = [_INDICATORS, [office, None, "예산", "명", "2024-01-31", 5, "Plan"]]
    sheets = {"Indicators": indicators, "4월": _office_budget(office, "예산(백만원)", 1200, 600)}
    path = workbook_file(tmp_path / "april.xlsx", sheets)
    assert "The indicator '예산' of this program is in 명" in _both_refuse(service, path)
    assert service.preview_import(path).error_count == 1


def test_a_unit_other_than_an_office_sheets_budget_gives_its_new_indicator_is_refused_by_both(
    service: Any, office: str, tmp_path: Path
) -> None:
    """An office sheet read before the Indicators sheet (named 사업, a Programs sheet) makes the budget indicator
    in KRW million; an Indicators row of it in 명 must agree, as a row of any indicator the file makes. Both
    modes put its value among the amounts in KRW million."""
    sheets = {
        "사업": _office_budget(office, "예산(백만원)", 1200, 600),
        "Indicators": [_INDICATORS, [office, None, "예산", "명", "2024-01-31", 5, "Plan"]],
    }
    refused = _both_refuse(service, workbook_file(tmp_path / "budget.xlsx", sheets))
    # the earlier row is on the office sheet: the message says which sheet (it said "row 4" alone)
    assert "sheet 'Indicators', row 2, column Unit" in refused
    assert "'KRW million' on row 4 of sheet '사업' but '명' here" in refused


def test_a_name_typed_exactly_wins_over_one_that_only_compares_equal(service: Any) -> None:
    """도시계획과 is the 도시계획과 the app has, even beside a 도시 계획과 made first; and a place may not be added
    under a name the look-ups would confuse with its sibling's (Gangdong gu beside Gangdong-gu)."""
    from app.services.places import PlaceService

    ps = ProgramService(service.db)
    spaced = ps.create_program(ProgramDraft(title="A", lead_organization="도시 계획과"))
    joined_org = ps.create_program(ProgramDraft(title="B", lead_organization="Urban planning unit"))
    lead_spaced = ps.get_program(spaced.key).lead_organization
    assert lead_spaced is not None
    with service.db.write() as s:  # a second organization, 도시계획과, as an earlier version of the app made it
        from app.store import models as m

        org = s.get(m.Organization, ps.get_program(joined_org.key).lead_organization.id)
        org.name = "도시계획과"
    made = ps.create_program(ProgramDraft(title="C", lead_organization="도시계획과"))
    assert ps.get_program(made.key).lead_organization.name == "도시계획과"
    with pytest.raises(ValidationError):
        PlaceService(service.db).add_place("Gangdong gu", None, "Seoul")
    assert {p.name for p in PlaceService(service.db).list_places()} >= {"Gangdong-gu"}


def test_a_sentence_on_an_office_sheet_is_added_to_a_programs_own_description(service: Any, tmp_path: Path) -> None:
    """The status sentence joins the description the program has; it used to take its place."""
    ps = ProgramService(service.db)
    made = ps.create_program(ProgramDraft(title="莲花山步道提升", description="Our own long note"))
    sheet = [
        ["项目名称", "进展情况"],
        ["莲花山步道提升", "已完成施工图设计，正在开展招标工作"],
        ["社区书房", "已完成"],
        ["口袋公园", "进行中"],
    ]
    path = workbook_file(tmp_path / "june.xlsx", {"重点项目": sheet})
    preview = service.preview_import(path)
    result = service.apply_import(path)
    assert (preview.created, preview.updated) == (result.created, result.updated) == (2, 1)
    after = ps.get_program(made.key)
    assert after.description == "Our own long note\n进展情况: 已完成施工图设计，正在开展招标工作"
    assert service.preview_import(path).updated == 0  # the same sheet again changes nothing


@pytest.mark.parametrize("cell", ["완료 2024.3.15", "완료 2024. 3. 15.", "完成 2024年3月"])
def test_a_status_word_with_a_date_after_it_is_that_status(service: Any, tmp_path: Path, cell: str) -> None:
    path = workbook_file(
        tmp_path / "s.xlsx", {"추진현황": [["사업명", "추진상황"], ["골목 정원", cell], ["나눔 냉장고", "추진중"]]}
    )
    preview = service.preview_import(path)
    assert preview.errors == () and preview.sheets[0].status_sentences == 0
    service.apply_import(path)
    ps = ProgramService(service.db)
    garden = next(p for p in ps.list_programs(d.ProgramFilter(is_case=False), limit=50).rows if p.title == "골목 정원")
    assert garden.status is Status.COMPLETED


def test_short_district_names_in_a_district_column_after_the_dong_column_are_districts(
    service: Any, tmp_path: Path
) -> None:
    """강동 (for 강동구) ends as a 동 does: the headers say which column holds the districts."""
    rows = [
        ["사업명", "행정동", "자치구"],
        ["천호동 나눔 냉장고", "천호동", "강동"],
        ["창동 골목 정원", "창동", "도봉"],
    ]
    path = workbook_file(tmp_path / "s.xlsx", {"동 단위 사업": rows})
    preview = service.preview_import(path)
    assert preview.errors == ()
    result = service.apply_import(path)
    assert (preview.created, result.created) == (2, 2)
    ps = ProgramService(service.db)
    places = {p.title: p.place for p in ps.list_programs(d.ProgramFilter(is_case=False), limit=50).rows}
    assert places == {"천호동 나눔 냉장고": "천호동", "창동 골목 정원": "창동"}


def test_a_programs_progress_log_is_newest_first_as_its_last_progress_says(service: Any) -> None:
    """Last progress and the log order dates by one rule: 2024-05-01 comes after early-2020s in both."""
    ps = ProgramService(service.db)
    made = ps.create_program(ProgramDraft(title="Rain gardens"))
    from app.domain.dates import PartialDate

    ps.log_progress(made.key, "Spring planting", entry_date=PartialDate.parse("2024-05-01"))
    ps.log_progress(made.key, "First plans", entry_date=PartialDate.parse("early 2020s"))
    summary = next(p for p in ps.list_programs(d.ProgramFilter(is_case=False), limit=50).rows if p.key == made.key)
    assert str(summary.last_progress) == "2024-05-01"
    log = [str(e.entry_date) for e in ps.get_program(made.key).progress]
    assert log == ["2024-05-01", "early-2020s"]
