"""Office status sheets as a trial run found them kept: a reference date in the cell after its label, fractions
typed as text, percent headers such as 추진율 and 完成进度, a sheet named 추진현황, "-" for nothing, and a 중단
whose word must not be lost. Each imports as a colleague would type it by hand."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from app.domain.dates import PartialDate
from app.domain.messages import render
from app.services.importing.rows import reference_date
from app.services.programs import ProgramService


def _sheet(path: Path, rows: list[list[Any]], title: str = "5월 현황") -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = title
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def _programs(db: Any) -> dict[str, Any]:
    ps = ProgramService(db)
    return {p.title: ps.get_program(p.key) for p in ps.list_programs(limit=1000).rows if not p.is_case}


@pytest.mark.parametrize(
    "rows",
    [
        [["주요사업 추진현황"], ["기준일", dt.date(2024, 4, 30)]],
        [["주요사업 추진현황"], ["기준일:", None, "2024. 4. 30."]],
        [["主要项目进展情况"], ["统计截至", dt.datetime(2024, 4, 30, 0, 0)]],
        [["주요사업 추진현황 (기준일: 2024. 4. 30.)"]],
    ],
)
def test_the_reference_date_is_read_beside_its_label(rows: list[list[Any]]) -> None:
    assert reference_date(rows) == PartialDate(2024, 4, 30)


def test_no_reference_word_no_date() -> None:
    assert reference_date([["주요사업 추진현황"], ["작성자", dt.date(2024, 4, 30)]]) is None


def test_percents_are_dated_as_of_the_date_beside_its_label(service: Any, tmp_path: Path) -> None:
    path = _sheet(
        tmp_path / "status.xlsx",
        [
            ["주요사업 추진현황"],
            ["기준일", dt.date(2024, 4, 30)],
            ["사업명", "추진상황", "추진율"],
            ["골목 정원", "정상추진", 40],
        ],
    )
    service.apply_import(path)
    garden = _programs(service.db)["골목 정원"]
    assert [(str(e.entry_date), e.percent_complete) for e in garden.progress] == [("2024-04-30", 40.0)]
    assert garden.percent_complete == 40.0


def test_fractions_typed_as_text_read_as_the_numbers_would(service: Any, tmp_path: Path) -> None:
    path = tmp_path / "futian.csv"
    path.write_text("项目名称,状态,完成进度\n莲花山步道,已完成,1\n社区书房,进行中,0.6\n", encoding="utf-8")
    preview = service.preview_import(path)
    assert preview.error_count == 0, [str(e) for e in preview.errors]
    assert preview.sheets[0].percent_fractions is True
    service.apply_import(path)
    programs = _programs(service.db)
    assert programs["莲花山步道"].percent_complete == 100.0
    assert programs["社区书房"].percent_complete == 60.0


def test_a_sheet_named_as_our_progress_sheet_is_an_offices_status_sheet(service: Any, tmp_path: Path) -> None:
    path = _sheet(
        tmp_path / "status.xlsx",
        [["연번", "사업명", "추진상황", "진척률"], [1, "나눔 냉장고", "추진 중", "50%"]],
        title="추진현황",
    )
    preview = service.preview_import(path)
    assert preview.error_count == 0, [str(e) for e in preview.errors]
    assert preview.sheets[0].reads_as == "Programs"
    service.apply_import(path)
    assert _programs(service.db)["나눔 냉장고"].percent_complete == 50.0


def test_a_dash_is_nothing_in_number_percent_date_and_budget_cells(service: Any, tmp_path: Path) -> None:
    path = _sheet(
        tmp_path / "dash.xlsx",
        [
            ["사업명", "추진상황", "진척률", "시작일", "종료일", "예산(백만원)", "집행액"],
            ["마을 축제", "계획", "-", "2024. 5. 1.", "－", 30, "-"],
        ],
    )
    preview = service.preview_import(path)
    assert preview.error_count == 0, [str(e) for e in preview.errors]
    service.apply_import(path)
    festival = _programs(service.db)["마을 축제"]
    assert (festival.percent_complete, str(festival.start_date), festival.end_date) == (None, "2024-05-01", None)


def test_a_stopped_program_is_on_hold_with_the_word_kept(service: Any, tmp_path: Path) -> None:
    path = _sheet(tmp_path / "stop.xlsx", [["사업명", "추진상황"], ["야간 순찰", "중단"], ["꽃길 조성", "正在推进"]])
    service.apply_import(path)
    programs = _programs(service.db)
    assert (programs["야간 순찰"].status.value, programs["야간 순찰"].description) == ("on_hold", "추진상황: 중단")
    assert programs["꽃길 조성"].status.value == "active"


def test_a_bad_number_is_named_in_the_readers_language(service: Any, tmp_path: Path) -> None:
    path = _sheet(tmp_path / "bad.xlsx", [["사업명", "진척률", "집행액"], ["골목 정원", "50퍼센트", "미정"]])
    errors = service.preview_import(path).errors
    said = [render(e.detail, "ko") for e in errors if e.detail is not None]
    assert any("백분율 '50퍼센트'" in s for s in said), said
    assert [e.column for e in errors] == ["진척률 (B)"]  # a row's first bad cell; its budget waits for it


def test_the_unit_a_title_row_states_is_the_budgets_unit(service: Any, tmp_path: Path) -> None:
    path = _sheet(
        tmp_path / "unit.xlsx",
        [
            ["마포구 주요사업 추진현황 (기준일: 2024. 4. 30.)"],
            ["(단위: 백만원, %)"],
            ["사업명", "예산액", "집행액"],
            ["경로당 리모델링", 1200, 480],
        ],
    )
    sheet = service.preview_import(path).sheets[0]
    assert render(sheet.budget.reading(), "ko").count("백만원") == 1
    assert render(sheet.as_of_note(), "en") == "percents and amounts dated 2024-04-30, the sheet's reference date"
    service.apply_import(path)
    (budget,) = _programs(service.db)["경로당 리모델링"].indicators
    assert budget.unit == "KRW million"
    assert sorted((v.kind.value, v.value) for v in budget.values) == [("actual", 480.0), ("plan", 1200.0)]


def test_a_sheet_with_no_reference_date_says_its_percents_are_dated_today(service: Any, tmp_path: Path) -> None:
    path = _sheet(tmp_path / "nodate.xlsx", [["사업명", "진척률"], ["골목 정원", 40]])
    note = service.preview_import(path).sheets[0].as_of_note()
    assert render(note, "ko").startswith(f"진척률과 금액은 오늘({dt.date.today().isoformat()}) 기준으로")


def test_next_months_percents_count_as_updates_of_their_programs(service: Any, tmp_path: Path) -> None:
    rows = [
        ["주요사업 추진현황"],
        ["기준일", dt.date(2024, 4, 30)],
        ["사업명", "진척률"],
        ["골목 정원", 40],
        ["책방", 10],
    ]
    service.apply_import(_sheet(tmp_path / "april.xlsx", rows))
    may = [
        ["주요사업 추진현황"],
        ["기준일", dt.date(2024, 5, 31)],
        ["사업명", "진척률"],
        ["골목 정원", 70],
        ["책방", 10],
    ]
    path = _sheet(tmp_path / "may.xlsx", may)
    preview = service.preview_import(path)
    moved = [c for c in preview.changes if c.entity == "program" and c.action == "update"]
    assert [c.label for c in moved] == ["골목 정원"]
    assert (preview.sheets[0].updated, preview.sheets[0].unchanged) == (1, 1)
    assert (preview.updated, preview.unchanged) == (1, 1)
    result = service.apply_import(path)
    assert (result.updated, result.unchanged) == (1, 1)  # the import counts what its preview counted


def test_a_note_of_several_lines_stays_indented_on_the_command_line(
    seeded_db: Any, tmp_path: Path, capsys: Any
) -> None:
    from app.cli import main

    path = _sheet(tmp_path / "notes.xlsx", [["사업명", "담당자", "비고"], ["골목 정원", "김민수", "설계 완료"]])
    assert main(["--db", str(seeded_db.url), "import", str(path), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "비고: 설계 완료\n        담당자: 김민수\n" in out


def test_a_stray_nul_byte_is_dropped_and_said_by_line(service: Any, tmp_path: Path, capsys: Any) -> None:
    from app.cli import main

    path = tmp_path / "nul.csv"
    path.write_bytes("사업명,추진상황,진척률\n가나\x00다,진행중,50\n".encode())
    preview = service.preview_import(path)
    assert preview.error_count == 0 and preview.nul_lines == (2,)
    assert render(preview.nul_note(), "ko") == "(파일의 2행에 있던 NUL 바이트는 텍스트가 아니어서 버렸습니다.)"
    assert main(["--db", str(service.db.url), "--lang", "ko", "import", str(path), "--dry-run"]) == 0
    assert "2행에 있던 NUL 바이트" in capsys.readouterr().out
    service.apply_import(path)
    assert "가나다" in _programs(service.db)


def test_the_same_months_percents_from_a_csv_of_the_sheet_are_not_logged_twice(service: Any, tmp_path: Path) -> None:
    rows = [["주요사업 추진현황"], ["기준일", dt.date(2024, 5, 31)], ["사업명", "진척률"], ["골목 정원", 70]]
    service.apply_import(_sheet(tmp_path / "may.xlsx", rows, title="5월"))
    csv = tmp_path / "may.csv"
    csv.write_text("주요사업 추진현황\n기준일,2024-05-31\n사업명,진척률\n골목 정원,70\n", encoding="utf-8")
    again = service.preview_import(csv)
    assert (again.created, again.updated) == (0, 0)  # the program and its entry of that day, both unchanged


@pytest.mark.parametrize(
    "signature",
    ["填表人：张三  联系电话：0755-1234", "制表：李四", "작성자: 홍길동 (☎ 02-330-1234)", "☎ 02-330-1234"],
)
def test_who_filled_the_sheet_in_is_no_record(service: Any, tmp_path: Path, signature: str) -> None:
    path = _sheet(tmp_path / "sign.xlsx", [["사업명", "진척률"], ["골목 정원", 40], [signature, None, None]])
    preview = service.preview_import(path)
    assert preview.error_count == 0
    # One program made (its percent then moves it, as the import lists it too); the signature is none.
    assert [c.label for c in preview.changes if c.entity == "program" and c.action == "create"] == ["골목 정원"]
    assert [s.reason for s in preview.sheets[0].skipped] == ["note"]


def test_a_chinese_key_projects_sheet_reads_its_investment_and_places(service: Any, tmp_path: Path) -> None:
    from app.services.places import PlaceService

    futian = PlaceService(service.db).add_place("Futian District", "福田区", parent="Shenzhen")
    path = _sheet(
        tmp_path / "futian.xlsx",
        [
            ["福田区2024年重点项目推进情况表"],
            ["统计截至：2024年4月30日"],
            ["序号", "项目名称", "所属街道", "完成进度", "计划完成时间", "总投资（万元）", "已完成投资（万元）"],
            [1, "莲花山步道提升", "园岭街道", "约50%", "2024年10月底", 1200, 600],
            ["合计", None, None, None, None, 1200, 600],
            ["填表人：张三", None, None, None, None, None, None],
        ],
        title="4月",
    )
    preview = service.preview_import(path)
    assert preview.error_count == 0, [str(e) for e in preview.errors]
    sheet = preview.sheets[0]
    assert "单位 万元" in render(sheet.budget.reading(), "zh_CN")
    assert [render(p.said("en"), "en") for p in sheet.new_places] == [f"园岭街道 (neighbourhood in {futian.name})"]
    service.apply_import(path)
    walk = _programs(service.db)["莲花山步道提升"]
    assert (walk.percent_complete, str(walk.end_date), walk.place.name) == (50.0, "2024-10", "园岭街道")
    (investment,) = walk.indicators
    assert (investment.name, investment.unit) == ("总投资", "CNY 10 thousand")


def test_the_budget_reading_is_right_while_rows_still_have_errors(service: Any, tmp_path: Path) -> None:
    path = _sheet(tmp_path / "bad.xlsx", [["사업명", "추진상황", "사업비(천원)", "집행액"], ["정원", "???", 100, 50]])
    preview = service.preview_import(path)
    assert preview.error_count == 1
    said = render(preview.sheets[0].budget.reading(), "ko")
    assert "'사업비'" in said and "천원" in said


def test_a_title_about_an_unknown_district_keeps_its_dong_out_of_another(service: Any, tmp_path: Path) -> None:
    path = _sheet(
        tmp_path / "mapo.xlsx",
        [
            ["마포구 주요사업 추진현황"],
            ["사업명", "자치구", "행정동", "추진상황"],
            ["청년 창업", "강동구", "천호동", "추진중"],  # a row in a district the app knows
            ["경로당", None, "망원동", "추진중"],  # a 동 of 마포구, which the app does not know yet
        ],
    )
    sheet = service.preview_import(path).sheets[0]
    assert [render(p.said("en"), "en") for p in sheet.new_places] == ["천호동 (neighbourhood in Gangdong-gu)"]
    assert sheet.unknown_places == ("마포구", "망원동")  # the title's district, for the user to place


def test_places_of_rows_with_other_errors_are_listed_at_once(service: Any, tmp_path: Path) -> None:
    path = _sheet(tmp_path / "errs.xlsx", [["사업명", "자치구", "시작일"], ["정원", "Nowhere", "5/3/2024"]])
    preview = service.preview_import(path)
    assert preview.sheets[0].unknown_places == ("Nowhere",)
    assert [e.column for e in preview.errors] == ["시작일 (C)"]  # the place is listed, not a second error


def test_program_statuses_are_listed_in_the_readers_language(seeded_db: Any, capsys: Any) -> None:
    from app.cli import main

    assert main(["--db", str(seeded_db.url), "--lang", "zh_CN", "programs", "list"]) == 0
    out = capsys.readouterr().out
    assert " 已完成 " in out or " 进行中 " in out
    assert " active " not in out and " completed " not in out


def test_a_status_column_of_sentences_is_kept_in_the_note(service: Any, tmp_path: Path) -> None:
    from app.services.importing import ColumnMapping

    path = _sheet(
        tmp_path / "progress.xlsx",
        [
            ["项目名称", "进展情况", "完成进度"],
            ["莲花山步道提升", "已完成施工图设计，正在开展招标工作", "30%"],
            ["社区书房", "已完成", "100%"],
            ["口袋公园", "正在进行场地平整和管线迁改", "45%"],
        ],
    )
    preview = service.preview_import(path)
    assert preview.error_count == 0, [str(e) for e in preview.errors]
    readings = {c.header: c.reading for c in preview.sheets[0].readings}
    assert readings["进展情况"] == "note_line"
    service.apply_import(path)
    walk = _programs(service.db)["莲花山步道提升"]
    assert walk.description == "进展情况: 已完成施工图设计，正在开展招标工作"
    # read as a status after all: the status words set statuses, the sentences still go to the notes
    as_status = ColumnMapping.of_sheet(preview.sheets[0]).reading("进展情况", "status")
    again = service.preview_import(path, as_status)
    assert again.error_count == 0 and again.sheets[0].status_sentences == 2
    assert [(c.row, c.label, [f.new for f in c.changes]) for c in again.changes] == [(3, "社区书房", ["Completed"])]


def test_a_status_with_a_remark_in_brackets_is_that_status(service: Any, tmp_path: Path) -> None:
    path = _sheet(
        tmp_path / "remarks.xlsx",
        [
            ["2024년 도봉구 주요사업 추진현황"],
            ["사업명", "추진상황"],
            ["가 사업", "정상추진"],
            ["나 사업", "완료(2024.3월)"],
            ["다 사업", "정상 추진 중입니다"],
            ["라 사업", "준공 (2024.3.15.)"],
        ],
    )
    preview = service.preview_import(path)
    readings = {c.header: c.reading for c in preview.sheets[0].readings}
    assert readings["추진상황"] == "status"  # a few long cells do not make a column of statuses a note
    assert preview.errors == ()
    # The sentence sets no status; the program's description keeps it, and the preview says so.
    assert preview.sheets[0].status_sentences == 1
    assert "추진상황 열의 칸 1개는 상태 표현이 아닌 문장입니다" in render(preview.sheets[0].sentence_note(), "ko")
    result = service.apply_import(path)
    assert (result.created, result.updated) == (preview.created, preview.updated) == (4, 0)
    programs = _programs(service.db)
    assert programs["나 사업"].status.value == "completed"
    assert programs["다 사업"].status.value == "planned"
    assert programs["다 사업"].description == "추진상황: 정상 추진 중입니다"


@pytest.mark.parametrize(
    ("texts", "unit"),
    [
        (["单位：万元　　统计截至：2024年5月31日"], "CNY 10 thousand"),
        (["（单位：万元、%）"], "CNY 10 thousand"),
        (["【单位：万元】"], "CNY 10 thousand"),
    ],
)
def test_a_unit_line_is_read_as_chinese_offices_write_it(texts: list[object], unit: str) -> None:
    from app.domain.budget import money_stated

    found = money_stated(texts)
    assert found is not None and found.unit() == unit


@pytest.mark.parametrize(
    "title",
    ["도봉구 1인가구 지원사업 추진현황", "도봉구 재난안전 용구·도구 비축 현황", "2024년 도봉구 주요사업"],
)
def test_a_title_about_a_known_district_places_its_dong_there(service: Any, tmp_path: Path, title: str) -> None:
    path = _sheet(tmp_path / "dobong.xlsx", [[title], ["사업명", "행정동", "추진상황"], ["경로당", "방학동", "추진중"]])
    sheet = service.preview_import(path).sheets[0]
    assert [render(p.said("en"), "en") for p in sheet.new_places] == ["방학동 (neighbourhood in Dobong-gu)"]


def test_a_short_district_name_inside_a_titles_word_is_no_district(service: Any, tmp_path: Path) -> None:
    path = _sheet(
        tmp_path / "mountain.xlsx",
        [
            ["2024년 도봉산·수락산 생태관광 활성화 사업 추진현황"],
            ["사업명", "행정동", "추진상황"],
            ["숲길", "상계1동", "추진중"],
        ],
    )
    sheet = service.preview_import(path).sheets[0]
    assert sheet.new_places == () and sheet.unknown_places == ("상계1동",)


def test_a_cell_merged_over_several_programs_counts_for_each(service: Any, tmp_path: Path) -> None:
    """담당부서 and 비고 merged over the rows of two programs (as offices lay out a department's programs): each
    program is the department's and has the note; the title merged across the columns stays a title."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "추진현황"
    ws.append(["2024년 주요사업 추진현황"])
    ws.merge_cells("A1:D1")
    ws.append(["사업명", "담당부서", "추진상황", "비고"])
    ws.append(["청년 창업 공간", "일자리경제과", "정상 추진", "국비 사업"])
    ws.append(["소상공인 디지털 전환 지원", None, "정상 추진", None])
    ws.append(["전통시장 주차장 개선", "교통행정과", "미착수", None])
    ws.merge_cells("B3:B4")
    ws.merge_cells("D3:D4")
    wb.save(tmp_path / "merged.xlsx")
    preview = service.preview_import(tmp_path / "merged.xlsx")
    assert preview.errors == () and preview.created == 3
    service.apply_import(tmp_path / "merged.xlsx")
    programs = _programs(service.db)
    lead = {t: p.lead_organization.name if p.lead_organization else None for t, p in programs.items()}
    assert lead == {
        "청년 창업 공간": "일자리경제과",
        "소상공인 디지털 전환 지원": "일자리경제과",
        "전통시장 주차장 개선": "교통행정과",
    }
    assert "국비 사업" in (programs["소상공인 디지털 전환 지원"].description or "")
    assert "국비 사업" not in (programs["전통시장 주차장 개선"].description or "")


def test_a_period_column_gives_each_program_its_start_and_end(service: Any, tmp_path: Path) -> None:
    """사업기간 (实施期限) holds the whole period in one cell, as offices write it; the end may leave out the
    year (the start's) or be open; a period that cannot be read is an error at its cell."""
    path = _sheet(
        tmp_path / "period.xlsx",
        [
            ["사업명", "담당부서", "사업기간", "추진상황"],
            ["청년 창업 공간", "일자리경제과", "2024.1.~2024.12.", "정상 추진"],
            ["전통시장 주차장 개선", "교통행정과", "2024. 3. ~ 10.", "정상 추진"],
            ["경의선 숲길 야간 경관", "공원녹지과", "'23.7~'25.6", "정상 추진"],
            ["마을 정원", "공원녹지과", "2024.4.~", "미착수"],
        ],
    )
    preview = service.preview_import(path)
    assert preview.errors == ()
    (sheet,) = preview.sheets
    assert ("사업기간", "Start") in sheet.columns and ("사업기간", "End") in sheet.columns
    assert [c.reading for c in sheet.readings if c.header == "사업기간"] == ["period"]
    first = next(c for c in preview.changes if c.label == "청년 창업 공간")
    named = [(render(f.named(), "ko"), f.new) for f in first.changes if f.column == "사업기간"]
    assert named == [("사업기간 (시작일)", "2024-01"), ("사업기간 (종료일)", "2024-12")]
    service.apply_import(path)
    dates = {t: (str(p.start_date), str(p.end_date) if p.end_date else None) for t, p in _programs(service.db).items()}
    assert dates == {
        "청년 창업 공간": ("2024-01", "2024-12"),
        "전통시장 주차장 개선": ("2024-03", "2024-10"),
        "경의선 숲길 야간 경관": ("2023-07", "2025-06"),
        "마을 정원": ("2024-04", None),
    }


def test_a_chinese_period_and_a_bad_one_are_read_at_their_cell(service: Any, tmp_path: Path) -> None:
    """实施期限 of 2024年1月至12月 reads as a period; a column with a cell no period reads (2024.3-2024.13) stays
    unread, as before, until the user reads it as start and end: then that cell is one error at its place."""
    from app.services.workbook import ColumnMapping

    path = _sheet(
        tmp_path / "期限.xlsx",
        [
            ["项目名称", "责任单位", "实施期限"],
            ["全民健身中心改造", "区体育局", "2024年1月至12月"],
            ["社区食堂", "区民政局", "2024.3-2024.13"],
        ],
        title="推进情况",
    )
    preview = service.preview_import(path)
    assert preview.errors == () and "实施期限" in preview.sheets[0].ignored
    chosen = service.preview_import(path, ColumnMapping("Programs", {"period": "实施期限"}, "推进情况"))
    (error,) = chosen.errors
    said = render(error.placed(), "zh_CN")
    assert "第 3 行" in said and "实施期限" in said and "2024.3-2024.13" in said and "13" in said, said
    created = [c for c in chosen.changes if c.action == "create"]
    assert created[0].label == "全民健身中心改造"
    assert [f.new for f in created[0].changes if f.column == "实施期限"] == ["2024-01", "2024-12"]
    assert _sheet(
        tmp_path / "好.xlsx",
        [["项目名称", "责任单位", "实施期限"], ["社区食堂", "区民政局", "2024年1月至12月"]],
        title="推进情况",
    )
    good = service.preview_import(tmp_path / "好.xlsx")
    assert good.errors == () and [c.reading for c in good.sheets[0].readings if c.header == "实施期限"] == ["period"]


def test_joint_departments_are_a_lead_and_the_partners_working_with_it(service: Any, tmp_path: Path) -> None:
    """교통행정과, 도시계획과 (区城管委、各街道) in one 담당부서 cell: the first leads, the others are the program's
    partners, each an organization of the office once; next month's same sheet changes nothing."""
    from app.domain import model as d

    path = _sheet(
        tmp_path / "joint.xlsx",
        [
            ["사업명", "담당부서", "추진상황"],
            ["전통시장 주차장 개선", "교통행정과, 도시계획과", "정상 추진"],
            ["어린이 통학로", "교통행정과", "정상 추진"],
            ["社区微更新", "区城管委、各街道", "정상 추진"],
        ],
    )
    preview = service.preview_import(path)
    assert preview.errors == ()
    assert preview.sheets[0].new_organizations == ("교통행정과", "도시계획과", "区城管委", "各街道")
    service.apply_import(path)
    programs = _programs(service.db)
    said = {
        t: (p.lead_organization.name if p.lead_organization else None, [pp.organization.name for pp in p.partners])
        for t, p in programs.items()
    }
    assert said == {
        "전통시장 주차장 개선": ("교통행정과", ["도시계획과"]),
        "어린이 통학로": ("교통행정과", []),
        "社区微更新": ("区城管委", ["各街道"]),
    }
    ps = ProgramService(service.db)
    found = {p.title for p in ps.list_programs(d.ProgramFilter(text="도시계획과", is_case=False)).rows}
    assert found == {"전통시장 주차장 개선"}  # found by a partner's name, as in the app
    again = service.preview_import(path)
    assert (again.created, again.updated, again.error_count) == (0, 0, 0)


def test_a_merged_title_or_amount_is_not_copied_to_the_rows_under_it(service: Any, tmp_path: Path) -> None:
    """A title and 연번 merged over a program's detail rows, an amount over three programs: what a merge gives
    once is read once (no second program of the same title, no budget counted three times)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "추진현황"
    ws.append(["연번", "사업명", "담당부서", "예산(백만원)", "비고"])
    ws.append([1, "골목 정원", "공원녹지과", 300, "1단계"])
    ws.append([None, None, None, None, "2단계"])
    ws.append([2, "마을 책방", "문화체육과", None, None])
    ws.merge_cells("A2:A3")
    ws.merge_cells("B2:B3")
    ws.merge_cells("C2:C3")
    wb.save(tmp_path / "detail.xlsx")
    preview = service.preview_import(tmp_path / "detail.xlsx")
    titles = [c.label for c in preview.changes if c.entity == "program"]
    assert titles.count("골목 정원") == 1, titles


def test_a_period_column_with_words_no_date_reads_stays_unread(service: Any, tmp_path: Path) -> None:
    path = _sheet(
        tmp_path / "words.xlsx",
        [
            ["사업명", "담당부서", "추진기간"],
            ["마을 축제", "문화과", "연중"],
            ["골목 정원", "공원녹지과", "2024.1.~2024.12.(계속)"],
        ],
    )
    preview = service.preview_import(path)
    assert preview.errors == () and preview.created == 2
    assert "추진기간" in preview.sheets[0].ignored


def test_joint_departments_naming_one_twice_give_it_once(service: Any, tmp_path: Path) -> None:
    path = _sheet(
        tmp_path / "twice.xlsx",
        [["사업명", "담당부서"], ["전통시장 주차장 개선", "교통행정과, 도시계획과, 도시 계획과., 교통행정과"]],
    )
    assert service.preview_import(path).errors == ()
    service.apply_import(path)
    program = _programs(service.db)["전통시장 주차장 개선"]
    assert program.lead_organization is not None and program.lead_organization.name == "교통행정과"
    assert [pp.organization.name for pp in program.partners] == ["도시계획과"]


def test_a_sentence_in_the_status_column_of_our_own_workbook_stays_an_error(
    service: Any, office: str, tmp_path: Path
) -> None:
    """Only an office's own sheet keeps a sentence in its programs' notes: in a workbook the app exported,
    the Status column holds the app's words, and a sentence there is a mistake to show at its cell."""
    from tests.excel.test_round_trip import _row, _set

    path = tmp_path / "exported.xlsx"
    service.export_workbook(path)
    wb = openpyxl.load_workbook(path)
    _set(wb["Programs"], _row(wb["Programs"], "Key", office), "Status", "Waiting for the council's decision")
    wb.save(tmp_path / "edited.xlsx")
    preview = service.preview_import(tmp_path / "edited.xlsx")
    assert [(e.column, e.value) for e in preview.errors] == [("Status (F)", "Waiting for the council's decision")]
    assert preview.sheets[0].status_sentences == 0


def test_a_sentence_where_a_program_had_a_status_leaves_its_status_and_joins_its_note(
    service: Any, tmp_path: Path
) -> None:
    """The next month's sheet says in words what is happening (已完成施工图设计，正在开展招标工作) where it said
    进行中 before: the program stays active, its note says the sentence, and the whole sheet imports."""
    header = ["项目名称", "责任单位", "进展情况"]
    first = _sheet(
        tmp_path / "may.xlsx", [header, ["莲花山步道提升", "区园林局", "进行中"], ["社区书房", "区文旅局", "已完成"]]
    )
    service.apply_import(first)
    june = [
        header,
        ["莲花山步道提升", "区园林局", "已完成施工图设计，正在开展招标工作"],
        ["社区书房", "区文旅局", "已完成"],
    ]
    path = _sheet(tmp_path / "june.xlsx", june)
    preview = service.preview_import(path)
    assert preview.errors == () and preview.sheets[0].status_sentences == 1
    assert "进展情况 列有 1 个单元格是文字说明" in render(preview.sheets[0].sentence_note(), "zh_CN")
    result = service.apply_import(path)
    assert (result.created, result.updated, result.unchanged) == (preview.created, preview.updated, preview.unchanged)
    walk = _programs(service.db)["莲花山步道提升"]
    assert walk.status.value == "active"
    assert walk.description == "进展情况: 已完成施工图设计，正在开展招标工作"
