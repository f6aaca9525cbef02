"""Corrections to how an office's sheet is read (a column's field, rows skipped or read), as one override the
preview, the command line and saved mappings share: the import applies what the corrected preview showed,
and next month's sheet read with the saved mapping reads the same way."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import openpyxl

from app.services.importing import CONTACT, ROW_NUMBER
from app.services.programs import ProgramService
from app.services.workbook import ColumnMapping

DATA = Path(__file__).parent / "data"


def _copy(name: str, tmp_path: Path) -> Path:
    path = tmp_path / name
    shutil.copy(DATA / name, path)
    return path


def _programs(service: Any) -> dict[str, Any]:
    ps = ProgramService(service.db)
    return {p.title: ps.get_program(p.key) for p in ps.list_programs(limit=10_000).rows if not p.is_case}


def _readings(preview: Any) -> dict[str, str | None]:
    return {c.header: c.reading for c in preview.sheets[0].readings}


def test_the_preview_says_how_each_column_was_read(service: Any, tmp_path: Path) -> None:
    preview = service.preview_import(_copy("kr_dobong_monthly_status.xlsx", tmp_path))
    assert _readings(preview) == {
        "연번": ROW_NUMBER,
        "사업명": "title",
        "자치구": "place",
        "담당부서": "lead_organization",
        "추진상황": "status",
        "진척률(%)": "percent_complete",
        "시작일": "start_date",
        "종료일": "end_date",
        "비고": "description",
    }


def test_a_column_read_as_nothing_is_not_imported(service: Any, tmp_path: Path) -> None:
    path = _copy("kr_dobong_monthly_status.xlsx", tmp_path)
    reading = ColumnMapping.of_sheet(service.preview_import(path).sheets[0])
    corrected = reading.reading("담당부서", None).reading("비고", CONTACT)
    preview = service.preview_import(path, corrected)
    assert _readings(preview)["담당부서"] is None and _readings(preview)["비고"] == CONTACT
    assert preview.sheets[0].new_organizations == ()
    assert "담당부서" in preview.sheets[0].ignored
    service.apply_import(path, corrected)
    programs = _programs(service)
    assert {p.lead_organization for p in programs.values()} == {None}
    # 비고 is now the person in charge, kept in the note with its header
    assert programs["창동 마을정원 조성"].description == "비고: 부지 협의 완료"


def test_a_field_given_to_another_column_leaves_the_first_one_unread(service: Any, tmp_path: Path) -> None:
    path = _copy("kr_dobong_monthly_status.xlsx", tmp_path)
    reading = ColumnMapping.of_sheet(service.preview_import(path).sheets[0]).reading("비고", "title")
    preview = service.preview_import(path, reading)
    read = _readings(preview)
    assert read["비고"] == "title" and read["사업명"] is None
    # rows without a 비고 have no title now: a new program needs one
    assert preview.error_count > 0


def test_rows_skipped_and_rows_read_by_choice(service: Any, tmp_path: Path) -> None:
    path = _copy("kr_dobong_monthly_status.xlsx", tmp_path)
    rows = ColumnMapping("", {}, "3월 추진현황").row(6, skipped=True).row(10, skipped=False)
    preview = service.preview_import(path, rows)
    sheet = preview.sheets[0]
    assert (6, "chosen") in {(s.row, s.reason) for s in sheet.skipped}
    assert 10 not in {s.row for s in sheet.skipped} and sheet.included == (10,)
    assert {c.label for c in preview.changes if c.entity == "program"} == {
        "도봉 나눔카 확대",
        "어르신 일자리 박람회",
        "청소년 참여예산 학교",
        "탄소중립 실천 캠페인",
        "소계",
    }
    service.apply_import(path, rows)
    assert set(_programs(service)) == {c.label for c in preview.changes if c.entity == "program"}
    # a row put back as found is read as before
    back = service.preview_import(path, rows.row_back(6).row_back(10))
    assert back.sheets[0].included == () and 10 in {s.row for s in back.sheets[0].skipped}


def test_a_two_row_header_is_corrected_by_its_shown_headers(service: Any, tmp_path: Path) -> None:
    path = _copy("kr_committee_two_row_header.xlsx", tmp_path)
    first = service.preview_import(path)
    assert _readings(first)["사업기간 / 종료일"] == "end_date"
    corrected = ColumnMapping.of_sheet(first.sheets[0]).reading("사업기간 / 종료일", None)
    preview = service.preview_import(path, corrected)
    assert _readings(preview)["사업기간 / 종료일"] is None and _readings(preview)["사업기간 / 시작일"] == "start_date"
    service.apply_import(path, corrected)
    assert {p.end_date for p in _programs(service).values()} == {None}


def _next_month(tmp_path: Path) -> Path:
    """April's sheet: the same headers as March's, another sheet name, other rows."""
    wb = openpyxl.load_workbook(DATA / "kr_dobong_monthly_status.xlsx")
    ws = wb.active
    ws.title = "4월 추진현황"
    ws["A1"] = "2024년 도봉구 주요사업 추진현황 (4월)"
    ws["A2"] = "기준일: 2024. 4. 30."
    ws["F5"] = 70
    ws.delete_rows(9)  # 탄소중립 실천 캠페인 is finished with
    path = tmp_path / "april.xlsx"
    wb.save(path)
    return path


def test_a_saved_reading_reads_next_months_sheet_the_same_way(service: Any, tmp_path: Path) -> None:
    march = _copy("kr_dobong_monthly_status.xlsx", tmp_path)
    reading = ColumnMapping.of_sheet(service.preview_import(march).sheets[0]).reading("비고", None).row(6, skipped=True)
    shown = service.preview_import(march, reading)
    service.save_mapping("도봉 월간", reading.for_next_sheet())
    saved = service.mapping("도봉 월간")
    assert saved.sheet is None and saved.skip_rows == () and "비고" in saved.ignored
    april = service.preview_import(_next_month(tmp_path), saved)
    assert april.sheets[0].readings == shown.sheets[0].readings
    assert all(s.reason != "chosen" for s in april.sheets[0].skipped)  # March's rows are March's


def test_the_command_line_prints_the_reading_and_uses_a_mapping_saved_from_the_preview(
    service: Any, seeded_db: Any, tmp_path: Path, capsys: Any
) -> None:
    from app.cli import main

    march = _copy("kr_dobong_monthly_status.xlsx", tmp_path)
    reading = ColumnMapping.of_sheet(service.preview_import(march).sheets[0]).reading("담당부서", None)
    service.save_mapping("도봉 월간", reading.for_next_sheet())
    april = _next_month(tmp_path)
    db = ["--db", str(seeded_db.url)]
    assert main([*db, "import", str(april), "--dry-run", "--mapping", "도봉 월간", "--skip-row", "5"]) == 0
    out = capsys.readouterr().out
    assert "columns read: 연번 (A) as Row numbers; 사업명 (B) as Title;" in out
    assert "담당부서 (D) not read" in out
    assert "row 5: skipped as you chose: 1 | 도봉 나눔카 확대" in out
    assert "new organizations" not in out
    assert main([*db, "import", str(april), "--mapping", "도봉 월간", "--include-row", "9"]) == 0
    programs = _programs(service)
    assert "소계" in programs and "도봉 나눔카 확대" in programs
    assert {p.lead_organization for p in programs.values()} == {None}


def test_two_place_columns_put_each_neighbourhood_under_the_district_of_its_row(service: Any, tmp_path: Path) -> None:
    from app.services.places import PlaceService

    path = tmp_path / "seoul.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "동 단위 사업"
    ws.append(["서울시 동 단위 주민자치 사업"])  # the title names no district
    ws.append(["연번", "사업명", "자치구", "행정동", "추진상황"])
    ws.append([1, "창동 골목 정원", "도봉구", "창동", "추진중"])
    ws.append([2, "천호동 나눔 냉장고", "강동구", "천호동", "계획"])
    ws.append([3, "구 단위 축제", "강동구", None, "계획"])
    ws.append([4, "구 단위 장터", "강동구", "-", "계획"])  # a dash: no 동, as a blank
    ws.append([5, "시 단위 캠페인", "-", "-", "계획"])  # and no district
    wb.save(path)
    preview = service.preview_import(path)
    assert _readings(preview)["행정동"] == "sub_place"
    assert [str(place.said("en")) for place in preview.sheets[0].new_places] == [
        "창동 (neighbourhood in Dobong-gu)",
        "천호동 (neighbourhood in Gangdong-gu)",
    ]
    service.apply_import(path)
    paths = {p.name: p.path for p in PlaceService(service.db).list_places()}
    programs = _programs(service)
    assert paths[programs["창동 골목 정원"].place.name] == "South Korea > Seoul > Dobong-gu > 창동"
    assert paths[programs["천호동 나눔 냉장고"].place.name] == "South Korea > Seoul > Gangdong-gu > 천호동"
    assert programs["구 단위 축제"].place.name == "Gangdong-gu"
    assert programs["구 단위 장터"].place.name == "Gangdong-gu"
    assert programs["시 단위 캠페인"].place is None
    # read as nothing, the second column leaves each program in its district
    again = tmp_path / "again.xlsx"
    shutil.copy(path, again)
    reading = ColumnMapping.of_sheet(service.preview_import(again).sheets[0]).reading("행정동", None)
    assert service.preview_import(again, reading).updated == 2
    assert preview.errors == ()


def test_a_header_of_a_title_and_budget_columns_alone_is_found(service: Any, tmp_path: Path) -> None:
    path = tmp_path / "budget.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "집행현황"
    ws.append(["2024년 주민참여예산 집행현황 (2024. 6. 30. 기준)"])
    ws.append(["사업명", "예산(백만원)", "집행액"])
    ws.append(["골목 쉼터", 120, 60])
    ws.append(["합계", 120, 60])
    wb.save(path)
    preview = service.preview_import(path)
    assert preview.sheets[0].header_row == 2
    assert _readings(preview) == {"사업명": "title", "예산(백만원)": "budget", "집행액": "spent"}
    assert preview.sheets[0].skipped_count == 1
    service.apply_import(path)
    (indicator,) = _programs(service)["골목 쉼터"].indicators
    assert (indicator.name, indicator.unit) == ("예산", "KRW million")
    assert sorted((v.kind.value, v.value) for v in indicator.values) == [("actual", 60), ("plan", 120)]
