"""Staff members' own spreadsheets: title rows, merged cells, Korean and Chinese headers, CSV encodings."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from app.domain.dates import PartialDate
from app.domain.enums import Status
from app.excel.reader import WorkbookError
from app.services.programs import ProgramService
from app.services.workbook import ColumnMapping
from tests.excel.conftest import snapshot


def _titled_sheet(path: Path, headers: list[str], rows: list[list[Any]]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "2026 사업 현황"
    ws["A1"] = "강동구 2026년 주요 사업 현황"
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(headers))
    ws["A2"] = "작성: 기획예산과"
    ws.append([])
    ws.append(headers)
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def test_plain_english_headers_import_as_programs(service: Any, tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Title", "Place", "Status", "Start", "End", "Summary"])
    ws.append(
        [
            "Rain gardens",
            "Gangdong-gu",
            "Active",
            dt.datetime(2026, 3, 1),
            2027,
            "Gardens that drink the rain",
        ]
    )
    path = tmp_path / "list.xlsx"
    wb.save(path)
    result = service.apply_import(path)
    assert result.created == 1
    p = ProgramService(service.db).find_programs("rain gardens")[0]
    assert (p.status, p.start_date, p.end_date, p.place) == (
        Status.ACTIVE,
        PartialDate(2026, 3, 1),
        PartialDate(2027),
        "Gangdong-gu",
    )
    # Importing the same list again updates by title instead of duplicating.
    again = service.preview_import(path)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 1)


def test_korean_headers_below_title_rows_and_merged_cells(service: Any, tmp_path: Path) -> None:
    path = _titled_sheet(
        tmp_path / "현황.xlsx",
        ["번호", "사업명", "지역", "상태", "시작일", "종료일", "사업개요", "담당자 메모"],
        [
            [1, "마을 공유부엌", "강동구", "진행중", "2026년 3월 1일", "2026.12.31", "주민 공유부엌", "x"],
            [2, "골목 정원", "강동구", "계획", "2026", None, None, None],
        ],
    )
    preview = service.preview_import(path)
    assert preview.error_count == 0
    sheet = preview.sheets[0]
    assert (sheet.reads_as, sheet.header_row, sheet.created) == ("Programs", 4, 2)
    assert "담당자 메모" in sheet.ignored
    service.apply_import(path)
    p = ProgramService(service.db).find_programs("공유부엌")[0]
    assert (p.status, p.start_date, p.end_date) == (
        Status.ACTIVE,
        PartialDate(2026, 3, 1),
        PartialDate(2026, 12, 31),
    )


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp949", "gb18030"])
def test_csv_in_every_office_encoding(service: Any, tmp_path: Path, encoding: str) -> None:
    if encoding == "gb18030":
        text = "项目名称,地点,状态,开始日期,摘要\n社区食堂,Gangdong-gu,进行中,2015年3月1日,为老人供餐\n"
        title, summary = "社区食堂", "为老人供餐"
    else:
        text = '사업명,지역,상태,시작일,요약\n마을 도서관,강동구,완료,2015/3/1,"동네 책방 1,234권"\n'
        title, summary = "마을 도서관", "동네 책방 1,234권"
    path = tmp_path / "list.csv"
    path.write_bytes(text.encode(encoding))
    preview = service.preview_import(path)
    assert preview.error_count == 0, [str(e) for e in preview.errors]
    assert preview.encoding == ("utf-8-sig" if encoding.startswith("utf-8") else encoding)
    service.apply_import(path)
    p = ProgramService(service.db).get_program(ProgramService(service.db).find_programs(title)[0].key)
    assert (p.title, p.summary, p.start_date) == (title, summary, PartialDate(2015, 3, 1))


def test_missing_required_column_is_named_in_every_language(service: Any, tmp_path: Path) -> None:
    path = _titled_sheet(tmp_path / "x.xlsx", ["지역", "상태", "시작일"], [["강동구", "진행중", "2026"]])
    before = snapshot(service.db)
    with pytest.raises(
        WorkbookError, match=r"could not match the required column\(s\) Title \(Title / 사업명 / 项目名称\)"
    ):
        service.preview_import(path)
    assert snapshot(service.db) == before


def test_a_saved_mapping_reads_unknown_headers(service: Any, tmp_path: Path) -> None:
    path = _titled_sheet(
        tmp_path / "own.xlsx", ["Initiative", "Phase", "Kick-off"], [["Night buses", "running", "2026-01"]]
    )
    with pytest.raises(WorkbookError):
        service.preview_import(path)
    mapping = ColumnMapping("Programs", {"title": "Initiative", "status": "Phase", "start_date": "Kick-off"})
    service.save_mapping("Transport list", mapping)
    saved = service.mapping("Transport list")
    assert saved == mapping
    preview = service.preview_import(path, saved)
    assert preview.errors[0].column == "Phase (B)"  # the header the sheet gives it
    assert "Status 'running' is not one of" in preview.errors[0].message
    path2 = _titled_sheet(
        tmp_path / "own2.xlsx", ["Initiative", "Phase", "Kick-off"], [["Night buses", "ongoing", "2026-01"]]
    )
    result = service.apply_import(path2, saved)
    assert result.created == 1
    p = ProgramService(service.db).find_programs("night buses")[0]
    assert (p.status, p.start_date) == (Status.ACTIVE, PartialDate(2026, 1))


def test_every_error_names_file_sheet_row_column_value_and_what_is_accepted(service: Any, tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Programs"
    ws.append(["Title", "Status", "Start", "End"])
    ws.append(["Fine", "active", "2015-03-01", "2016"])
    ws.append(["Bad status", "done?", "2015", None])
    ws.append(["Bad date", "active", "01/03/2015", None])
    ws.append(["Backwards", "active", "2016", "2015"])
    path = tmp_path / "bad.xlsx"
    wb.save(path)
    before = snapshot(service.db)
    preview = service.preview_import(path)
    messages = [str(e) for e in preview.errors]
    assert messages == [
        "bad.xlsx, sheet 'Programs', row 3, column Status (B): Status 'done?' is not one of: "
        "planned, active, "
        "on hold, completed, cancelled",
        "bad.xlsx, sheet 'Programs', row 4, column Start (C): '01/03/2015' is ambiguous: "
        "day and month could be "
        "either way round; write it as 2015-MM-DD",
        "bad.xlsx, sheet 'Programs', row 5, column End (D): The end (2015) is before the start (2016)",
    ]
    assert preview.errors[0].value == "done?"
    assert preview.created == 1  # the good row is counted, but nothing is written while any row is bad
    with pytest.raises(Exception, match="nothing was imported"):
        service.apply_import(path)
    assert snapshot(service.db) == before


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("名字,说明\n社区花园,居民一起种花\n", "gb18030"),
        ("이름,설명\n골목 정원,주민이 함께 가꾸는 정원\n", "cp949"),
    ],
)
def test_encoding_is_told_apart_even_with_unknown_headers(tmp_path: Path, text: str, encoding: str) -> None:
    from app.excel.reader import detect_encoding

    path = tmp_path / "list.csv"
    path.write_bytes(text.encode(encoding))
    assert detect_encoding(path) == encoding


@pytest.mark.parametrize(
    ("written", "place"),
    [("上海", "Shanghai"), ("四川", "Sichuan"), ("서울", "Seoul"), ("서울시", "Seoul"), ("서울특별시", "Seoul")],
)
def test_places_written_without_their_administrative_suffix_are_found(
    service: Any, tmp_path: Path, written: str, place: str
) -> None:
    path = tmp_path / "list.csv"
    path.write_bytes(f"Title,Place\nNeighbourhood care,{written}\n".encode("utf-8-sig"))
    preview = service.preview_import(path)
    assert preview.error_count == 0, [str(e) for e in preview.errors]
    service.apply_import(path)
    ps = ProgramService(service.db)
    p = ps.get_program(ps.find_programs("Neighbourhood care")[0].key)
    assert p.place is not None and p.place.name == place


def test_imported_programs_sort_by_title_with_the_rest(service: Any, tmp_path: Path) -> None:
    """Programs an import creates or renames take their place in the title order of the programs table."""
    from app.domain.model import ProgramFilter
    from app.services.programs import ProgramDraft

    ps = ProgramService(service.db)
    ps.create_program(ProgramDraft(title="Market days"))
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Title", "Status"])
    ws.append(["zebra crossings", "Active"])
    ws.append(["Apple orchards", "Planned"])
    path = tmp_path / "list.xlsx"
    wb.save(path)
    service.apply_import(path)

    def titles() -> list[str]:
        return [r.title for r in ps.list_programs(ProgramFilter(is_case=False), sort="title").rows]

    assert titles() == ["Apple orchards", "Market days", "zebra crossings"]
    key = ps.find_programs("zebra")[0].key
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Key", "Title"])
    ws.append([key, "Bus shelters"])
    wb.save(path)
    service.apply_import(path)
    assert titles() == ["Apple orchards", "Bus shelters", "Market days"]


def _plain_sheet(path: Path, title: str, headers: list[str], rows: list[list[Any]]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = title
    ws.append(headers)
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def test_own_list_with_task_like_columns_is_told_what_a_program_list_needs(service: Any, tmp_path: Path) -> None:
    # 담당자 (person in charge) and 내용 (content) are also task column names, but nothing says these are tasks.
    rows = [[1, "주민 설명회", "김민수"], [2, "현장 점검", "이지은"]]
    path = _plain_sheet(tmp_path / "list.xlsx", "Sheet1", ["번호", "내용", "담당자"], rows)
    with pytest.raises(WorkbookError) as info:
        service.preview_import(path)
    message = str(info.value)
    assert "could not match the required column(s) Title (Title / 사업명 / 项目名称)" in message
    assert "과업명" not in message.split(";")[0]  # the Tasks title is not what is asked for first
    assert "found '번호', '내용', '담당자'" in message
    # ... and how to make it a task list instead.
    assert "Tasks" in message and "Program key (Program key / 사업코드 / 项目编号)" in message


def test_a_sheet_named_tasks_is_told_what_tasks_need(service: Any, tmp_path: Path) -> None:
    path = _plain_sheet(tmp_path / "tasks.xlsx", "Tasks", ["번호", "내용", "담당자"], [[1, "현장 점검", "이지은"]])
    with pytest.raises(WorkbookError, match=r"could not match the required column\(s\) Program key .*과업명"):
        service.preview_import(path)


def test_control_characters_in_a_csv_are_dropped_and_the_program_exports(service: Any, tmp_path: Path) -> None:
    """A NUL or other control character (no workbook can hold one, PostgreSQL refuses NUL) is dropped."""
    path = tmp_path / "list.csv"
    path.write_bytes(b'Title,Status,Summary\nBike\x00 share,Active,"Two\x01 lines\nof text\x0b"\n')
    preview = service.preview_import(path)
    assert preview.error_count == 0, [str(e) for e in preview.errors]
    service.apply_import(path)
    programs = ProgramService(service.db)
    p = programs.get_program(programs.find_programs("Bike share")[0].key)
    assert (p.title, p.summary) == ("Bike share", "Two lines\nof text")
    out = service.export_workbook(tmp_path / "out.xlsx")
    assert out is not None
    titles = [r[1] for r in openpyxl.load_workbook(tmp_path / "out.xlsx")["Programs"].iter_rows(values_only=True)]
    assert "Bike share" in titles


def test_a_title_listed_twice_far_apart_previews_as_it_imports(service: Any, tmp_path: Path) -> None:
    """Two rows of one title in a staff list become two programs, in the preview and the import alike,
    however far apart they are in the sheet (the importer works through a long sheet a piece at a time)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Title", "Status"])
    ws.append(["Youth job fair", "Active"])
    for n in range(1500):
        ws.append([f"Neighbourhood meeting {n}", "Planned"])
    ws.append(["Youth job fair", "Planned"])
    path = tmp_path / "long list.xlsx"
    wb.save(path)
    preview = service.preview_import(path)
    result = service.apply_import(path)
    assert (preview.created, preview.updated) == (result.created, result.updated) == (1502, 0)
    fairs = [p for p in ProgramService(service.db).find_programs("youth job fair") if p.title == "Youth job fair"]
    assert len(fairs) == 2
