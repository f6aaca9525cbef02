"""Rows of an office's own sheet that are not records: totals, footnotes, section rows, repeated headers."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.excel import layout
from app.services.importing.rows import (
    BLANK,
    HEADER,
    NOTE,
    SECTION,
    TOTAL,
    RowSorter,
    is_note,
    is_total,
    row_number_column,
)
from app.services.programs import ProgramService

TOTAL_WORDS = ("합계", "계", "소계", "총계", "合计", "小计", "总计", "Total", "Subtotal", "Grand total", "TOTAL")
NOTE_TEXTS = (
    "※ 단위: 백만원",
    "* 2024. 3. 31. 기준",
    "주) 추진율은 담당부서 제출 기준",
    "注：数据截至3月底",
    "备注：单位为万元",
)


@pytest.mark.parametrize("word", [*TOTAL_WORDS, "합 계", "[소계]", "합계(5건)", "合 计", "小计 3项", " 총 계 "])
def test_totals_are_recognised_as_offices_write_them(word: str) -> None:
    assert is_total(word)


@pytest.mark.parametrize("text", ["계획", "계약 관리", "합계 산출 시스템 구축", "Total recall festival", "合计划"])
def test_titles_that_start_like_a_total_are_records(text: str) -> None:
    assert not is_total(text)


@pytest.mark.parametrize("text", NOTE_TEXTS)
def test_footnotes_are_notes(text: str) -> None:
    assert is_note(text)


def _match(headers: list[str]) -> layout.HeaderMatch:
    return layout.match_headers(layout.PROGRAMS, list(headers), 3)


HEADERS = ["연번", "사업명", "담당부서", "추진상황", "비고"]


def test_the_sorter_names_each_kind_of_row() -> None:
    sorter = RowSorter(_match(HEADERS))
    assert sorter.reason([1, "나눔카 확대", "교통과", "정상추진", None]) is None
    assert sorter.reason([None, "합계", None, None, None]) == TOTAL
    assert sorter.reason(["계", None, None, None, None]) == TOTAL
    assert sorter.reason(["※ 추진율은 3월 말 기준", None, None, None, None]) == NOTE
    assert sorter.reason(["1. 복지 분야", None, None, None, None]) == SECTION
    assert sorter.reason(HEADERS) == HEADER
    assert sorter.reason([None, None, None, None, None]) == BLANK
    # A program with only its title is a record: the title column is read.
    assert sorter.reason([None, "마을 정원", None, None, None]) is None


_CELLS = st.one_of(
    st.none(),
    st.sampled_from(
        [*TOTAL_WORDS, *NOTE_TEXTS, *HEADERS, "합 계", "Ｔｏｔａｌ", " total ", "나눔카 확대", "교통과", "", " "]
    ),
    st.text(max_size=12),
    st.integers(-5, 5),
    st.floats(allow_nan=False),
    st.dates(),
    st.booleans(),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(_CELLS, max_size=6), min_size=1, max_size=12))
def test_a_batch_sorted_column_by_column_gives_each_row_its_own_reason(rows: list[list[Any]]) -> None:
    """The importer sorts a thousand rows at a time (RowSorter.reasons): whatever the rows hold, each gets the
    reason it gets looked at alone."""
    sorter = RowSorter(_match(HEADERS))
    assert sorter.reasons(rows) == [sorter.reason(r) for r in rows]


def test_a_batch_of_records_with_a_total_and_a_note_among_them() -> None:
    sorter = RowSorter(_match(HEADERS))
    records = [[n, f"사업 {n}", "교통과", "정상추진", "Total recall festival"] for n in range(1, 200)]
    rows = [*records[:50], [None, "합 계", None, None, None], *records[50:], ["※ 단위: 백만원", None, None, None, None]]
    reasons = sorter.reasons(rows)
    assert reasons[50] == TOTAL and reasons[-1] == NOTE
    assert reasons.count(None) == len(records)


def test_a_numbered_column_is_row_numbers_and_a_plain_numeric_id_is_no_key() -> None:
    m = _match(HEADERS)
    assert row_number_column(m, []) == 0
    m = layout.match_headers(layout.PROGRAMS, ["id", "name"], 0)
    assert m.columns["key"] == 0
    assert row_number_column(m, [[1, "Rain gardens"], ["2", "Bike lanes"]]) == 0
    # Keys that are words stay keys; our own "Key" header always means keys.
    assert row_number_column(m, [["GREEN-1", "Rain gardens"]]) is None
    ours = layout.match_headers(layout.PROGRAMS, ["Key", "Title"], 0)
    assert row_number_column(ours, [[1, "Rain gardens"]]) is None


def _total_text() -> st.SearchStrategy[str]:
    spaced = st.sampled_from(TOTAL_WORDS).flatmap(
        lambda w: st.lists(st.sampled_from(["", " ", "  "]), min_size=len(w) + 1, max_size=len(w) + 1).map(
            lambda gaps: "".join(g + ch for g, ch in zip(gaps, w + "", strict=False)) + gaps[-1]
        )
    )
    bracketed = st.tuples(st.sampled_from(["", "[", "(", "【", "<"]), spaced).map(
        lambda t: t[0] + t[1] + {"": "", "[": "]", "(": ")", "【": "】", "<": ">"}[t[0]]
    )
    return bracketed


_cell = st.one_of(
    st.none(),
    st.integers(min_value=0, max_value=10**9),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=12),
)


@settings(max_examples=300, deadline=None)
@given(
    word=_total_text(),
    where=st.integers(min_value=0, max_value=4),
    others=st.lists(_cell, min_size=5, max_size=5),
)
def test_fuzz_no_totals_row_is_ever_a_record(word: str, where: int, others: list[Any]) -> None:
    row = list(others)
    row[where] = word
    assert RowSorter(_match(HEADERS)).reason(row) is not None


@settings(max_examples=300, deadline=None)
@given(
    note=st.tuples(st.sampled_from(["※", "*", "주)", "注：", "备注：", "＊", "주 :"]), st.text(max_size=30)),
    lead=st.integers(min_value=0, max_value=4),
    tail=st.lists(_cell, min_size=0, max_size=4),
)
def test_fuzz_no_footnote_row_is_ever_a_record(note: tuple[str, str], lead: int, tail: list[Any]) -> None:
    row: list[Any] = [None] * lead + [note[0] + note[1]] + tail
    assert RowSorter(_match(HEADERS)).reason(row) is not None


def _sheet(path: Path, rows: list[list[Any]]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "3월 추진현황"
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def test_a_status_sheet_with_totals_and_notes_imports_only_its_programs(service: Any, tmp_path: Path) -> None:
    path = _sheet(
        tmp_path / "status.xlsx",
        [
            ["2024년 주요사업 추진현황"],
            ["(기준일: 2024. 3. 31.)"],
            ["연번", "사업명", "추진상황", "비고"],
            [1, "나눔카 확대", "추진중", None],
            [2, "마을 정원 가꾸기", "완료", "예산 절감"],
            [None, None, None, None],
            ["연번", "사업명", "추진상황", "비고"],
            [3, "공유 주차장", "계획", None],
            [None, "소계", None, None],
            ["계", None, None, None],
            [None, "합 계", None, None],
            ["※ 추진상황은 3월 말 기준", None, None, None],
        ],
    )
    preview = service.preview_import(path)
    assert preview.error_count == 0, [str(e) for e in preview.errors]
    assert preview.created == 3
    sheet = preview.sheets[0]
    assert sheet.row_numbers == "연번"
    assert "연번" not in sheet.ignored
    assert [(s.row, s.reason) for s in sheet.skipped] == [
        (6, BLANK),
        (7, HEADER),
        (9, TOTAL),
        (10, TOTAL),
        (11, TOTAL),
        (12, NOTE),
    ]
    assert sheet.skipped_count == 6
    service.apply_import(path)
    titles = {p.title for p in ProgramService(service.db).list_programs(limit=10_000).rows}
    assert {"나눔카 확대", "마을 정원 가꾸기", "공유 주차장"} <= titles
    assert not titles & {"소계", "계", "합 계", "합계"}
    assert service.preview_import(path).created == 0


def test_a_plain_numeric_id_column_never_becomes_program_keys(service: Any, tmp_path: Path) -> None:
    path = tmp_path / "ids.csv"
    path.write_text("id,name\n1,Rain gardens\n2,Bike lanes\n", encoding="utf-8")
    preview = service.preview_import(path)
    assert preview.error_count == 0
    assert {c.key for c in preview.changes} == {"RAIN-GARDENS", "BIKE-LANES"}
    assert preview.sheets[0].row_numbers == "id"


@pytest.mark.parametrize(
    ("word", "status"),
    [
        ("정상추진", "active"),
        ("정상 추진", "active"),
        ("추진중", "active"),
        ("추진 중", "active"),
        ("진행중", "active"),
        ("지연", "active"),
        ("완료", "completed"),
        ("준공", "completed"),
        ("계획", "planned"),
        ("예정", "planned"),
        ("미착수", "planned"),
        ("보류", "on_hold"),
        ("중단", "on_hold"),
        ("취소", "cancelled"),
        ("进行中", "active"),
        ("正常推进", "active"),
        ("推进中", "active"),
        ("滞后", "active"),
        ("已完成", "completed"),
        ("完成", "completed"),
        ("未启动", "planned"),
        ("计划", "planned"),
        ("暂停", "on_hold"),
        ("搁置", "on_hold"),
        ("已取消", "cancelled"),
        ("In progress", "active"),
        ("on-hold", "on_hold"),
        ("Completed", "completed"),
    ],
)
def test_status_words_as_offices_write_them(word: str, status: str) -> None:
    from app.domain.enums import Status

    assert Status.parse(word) == Status(status)
    assert Status.parse(f" {word[:1]} {word[1:]} ") == Status(status)  # spaces do not count


def test_an_unknown_status_word_names_itself_and_the_words_offices_write() -> None:
    from app.domain.enums import Status
    from app.domain.errors import ValidationError

    with pytest.raises(ValidationError) as err:
        Status.parse("잘 되고 있음")
    text = str(err.value)
    assert "'잘 되고 있음'" in text and "정상추진" in text and "보류" in text and "进行中" not in text
    with pytest.raises(ValidationError) as err:
        Status.parse("很好")
    assert "正常推进" in str(err.value) and "정상추진" not in str(err.value)


def test_a_delay_stays_active_with_the_word_and_the_person_in_charge_in_the_note(service: Any, tmp_path: Path) -> None:
    path = _sheet(
        tmp_path / "delay.xlsx",
        [
            ["연번", "사업명", "추진상황", "담당자", "비고"],
            [1, "빗물 정원", "지연", "김민수", "부지 협의"],
            [2, "공공 자전거", "정상 추진", "이영희", None],
        ],
    )
    preview = service.preview_import(path)
    assert preview.error_count == 0, [str(e) for e in preview.errors]
    assert "담당자" not in preview.sheets[0].ignored
    service.apply_import(path)
    ps = ProgramService(service.db)
    rain = ps.get_program(ps.find_programs("빗물 정원")[0].key)
    assert rain.status.value == "active"
    assert rain.description == "부지 협의\n담당자: 김민수\n추진상황: 지연"
    bikes = ps.get_program(ps.find_programs("공공 자전거")[0].key)
    assert (bikes.status.value, bikes.description) == ("active", "담당자: 이영희")
    again = service.preview_import(path)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 2)


def test_a_two_row_header_combines_the_group_with_its_sub_headers(service: Any, tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "위원회 과제"
    ws.append(["2024년 위원회 과제 추진 현황"])
    ws.append(["연번", "과제명", "사업기간", None, "추진상황"])
    ws.append([None, None, "시작일", "종료일", None])
    ws.merge_cells("C2:D2")
    ws.merge_cells("A2:A3")
    ws.merge_cells("B2:B3")
    ws.merge_cells("E2:E3")
    ws.append([1, "청년 참여 예산", "2024.3.", "'24.12.", "추진 중"])
    ws.append([2, "주민 공론장", "2024. 4. 1.", "2024년 11월", "계획"])
    path = tmp_path / "committee.xlsx"
    wb.save(path)
    preview = service.preview_import(path)
    assert preview.error_count == 0, [str(e) for e in preview.errors]
    sheet = preview.sheets[0]
    assert sheet.header_row == 3
    assert ("사업기간 / 시작일", "Start") in sheet.columns and ("사업기간 / 종료일", "End") in sheet.columns
    service.apply_import(path)
    ps = ProgramService(service.db)
    youth = ps.get_program(ps.find_programs("청년 참여 예산")[0].key)
    assert (str(youth.start_date), str(youth.end_date), youth.status.value) == ("2024-03", "2024-12", "active")
    forum = ps.get_program(ps.find_programs("주민 공론장")[0].key)
    assert (str(forum.start_date), str(forum.end_date), forum.status.value) == ("2024-04-01", "2024-11", "planned")
    assert service.preview_import(path).created == 0


def test_a_department_the_app_does_not_know_becomes_an_organization(service: Any, tmp_path: Path) -> None:
    path = _sheet(
        tmp_path / "departments.xlsx",
        [
            ["연번", "사업명", "담당부서", "추진상황"],
            [1, "나눔카 확대", "교통행정과", "추진중"],
            [2, "공유 주차장", "교통행정과", "계획"],
            [3, "마을 정원", "공원녹지과", "완료"],
        ],
    )
    preview = service.preview_import(path)
    assert preview.error_count == 0, [str(e) for e in preview.errors]
    assert preview.sheets[0].new_organizations == ("교통행정과", "공원녹지과")
    lines = {c.label: {f.column: f.new for f in c.changes} for c in preview.changes}
    assert lines["나눔카 확대"]["담당부서"] == "교통행정과"  # under the sheet's own header
    service.apply_import(path)
    ps = ProgramService(service.db)
    assert {"교통행정과", "공원녹지과"} <= {o.name for o in ps.list_organizations()}
    car = ps.get_program(ps.find_programs("나눔카 확대")[0].key)
    assert car.lead_organization is not None and car.lead_organization.name == "교통행정과"
    again = service.preview_import(path)
    assert (again.created, again.updated, again.sheets[0].new_organizations) == (0, 0, ())


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    layout_=st.lists(
        st.one_of(
            st.tuples(st.just("program"), st.integers(min_value=0, max_value=10**6)),
            st.tuples(st.just("total"), _total_text()),
            st.tuples(st.just("note"), st.sampled_from(NOTE_TEXTS)),
        ),
        min_size=1,
        max_size=12,
    )
)
def test_fuzz_no_totals_or_footnote_row_of_a_sheet_becomes_a_program(
    service: Any, tmp_path: Path, layout_: list[tuple[str, Any]]
) -> None:
    rows: list[list[Any]] = [["2024년 추진현황"], ["연번", "사업명", "추진상황"]]
    titles = set()
    for n, (kind, what) in enumerate(layout_, start=1):
        if kind == "program":
            titles.add(f"사업 {what}")
            rows.append([n, f"사업 {what}", "추진중"])
        elif kind == "total":
            rows.append([None, what, None] if n % 2 else [what, None, None])
        else:
            rows.append([what, None, None])
    path = _sheet(tmp_path / "fuzz.xlsx", rows)
    preview = service.preview_import(path)
    made = {c.label for c in preview.changes if c.entity == "program" and c.action == "create"}
    assert made == titles
    skipped = sum(1 for kind, _ in layout_ if kind != "program")
    assert preview.sheets[0].skipped_count == skipped


def test_percents_are_read_column_by_column() -> None:
    from app.services.importing.rows import numbers_are_fractions

    assert numbers_are_fractions([0.6, 1.0, "0.25", None, "60%"])
    assert not numbers_are_fractions([60, 1, "45%", None])
    assert not numbers_are_fractions(["60", 0.5])


def test_a_percent_column_of_whole_numbers_reads_1_as_1_percent(service: Any, tmp_path: Path) -> None:
    path = _sheet(
        tmp_path / "percents.xlsx",
        [
            ["사업명", "추진상황", "진척률(%)"],
            ["가 사업", "추진중", 60],
            ["나 사업", "추진중", 1],
            ["다 사업", "추진중", "45%"],
        ],
    )
    preview = service.preview_import(path)
    assert preview.sheets[0].percent_fractions is False
    shown = {c.label: {f.column: f.new for f in c.changes}.get("진척률(%)") for c in preview.changes}
    assert (shown["가 사업"], shown["나 사업"], shown["다 사업"]) == ("60%", "1%", "45%")
