"""A cell typed over in a column the app works out (a program's percent complete, its last progress, the case
library mark, a value's sources) is not imported, and the preview and the import say so, naming the cell, what was
typed and how to change it instead. The rest of the file still imports; a cell as exported says nothing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from app.domain.dates import PartialDate
from app.domain.messages import render
from app.services.importing import ImportPreview
from app.services.programs import ProgramService
from app.store.database import Database
from tests.excel.test_round_trip import _row, _set


def _edit(exported: Path, out: Path, sheet: str, key: tuple[str, str], **cells: Any) -> Path:
    """The exported workbook with the cells of the row whose ``key`` column holds that key set (underscores in a
    column's name are spaces)."""
    wb = openpyxl.load_workbook(exported)
    ws = wb[sheet]
    row = _row(ws, *key)
    for column, value in cells.items():
        _set(ws, row, column.replace("_", " "), value)
    wb.save(out)
    return out


def _row_of(path: Path, sheet: str, key: tuple[str, str]) -> int:
    return _row(openpyxl.load_workbook(path)[sheet], *key)


def _said(preview: ImportPreview, language: str = "en") -> list[str]:
    return [render(n.placed(), language) for n in preview.notices]


def _percent(db: Any, key: str) -> float | None:
    return ProgramService(db).get_program(key).percent_complete


def test_a_percent_typed_over_is_a_notice_in_the_preview_and_the_import(
    service: Any, office: str, exported: Path, tmp_path: Path
) -> None:
    before = _percent(service.db, office)
    edited = _edit(
        exported, tmp_path / "edited.xlsx", "Programs", ("Key", office), Percent_complete=0.8, Summary="New summary"
    )
    preview = service.preview_import(edited)
    assert preview.ok and preview.error_count == 0  # a notice is no error: the rest of the file imports
    assert preview.updated == 1
    [notice] = preview.notices
    assert (notice.sheet, notice.column, notice.value) == ("Programs", "Percent complete (I)", "80%")
    [english] = _said(preview)
    row = _row_of(edited, "Programs", ("Key", office))
    assert notice.row == row
    assert english.startswith(
        f"edited.xlsx, sheet 'Programs', row {row}, column Percent complete (I): '80%' was not imported: "
    )
    assert "worked out by the app" in english and "log progress" in english and "Tasks sheet" in english
    korean = _said(preview, "ko")[0]
    assert "'80%'은(는) 가져오지 않았습니다" in korean and "추진현황을 기록" in korean
    assert "未导入“80%”" in _said(preview, "zh_CN")[0]
    assert render(preview.notice_note(), "en").startswith("1 cell was not imported")

    result = service.apply_import(edited)
    assert _said(result.preview) == _said(preview)  # the import says what its preview said
    program = ProgramService(service.db).get_program(office)
    assert (program.summary, program.percent_complete) == ("New summary", before)


def test_an_unchanged_workbook_has_no_notice(service: Any, office: str, exported: Path) -> None:
    # the whole export: the office's program and the case library, with its case marks and sources
    assert service.preview_import(exported).notices == ()
    assert service.apply_import(exported).preview.notices == ()


@pytest.mark.parametrize("language", ["ko", "zh_CN"])
def test_an_unchanged_workbook_in_korean_or_chinese_has_no_notice(
    service: Any, office: str, tmp_path: Path, language: str
) -> None:
    from app.services.workbook import ExportOptions

    path = tmp_path / "meeting.xlsx"
    service.export_workbook(path, ExportOptions(language=language))  # 예 / 아니요, 是 / 否 in the case column
    assert service.preview_import(path).notices == ()


@pytest.mark.parametrize(
    ("column", "typed", "shown", "how"),
    [
        ("Last progress", dt.date(2026, 1, 15), "2026-01-15", "an entry on the Progress sheet"),
        ("Case library", "yes", "yes", "cannot become a case"),
    ],
)
def test_every_column_the_app_works_out_has_its_notice(
    service: Any, office: str, exported: Path, tmp_path: Path, column: str, typed: Any, shown: str, how: str
) -> None:
    edited = _edit(exported, tmp_path / "edited.xlsx", "Programs", ("Key", office), **{column.replace(" ", "_"): typed})
    for preview in (service.preview_import(edited), service.apply_import(edited).preview):
        [notice] = preview.notices
        assert (notice.column or "").startswith(column) and notice.value == shown
        assert how in _said(preview)[0]


def test_a_source_typed_on_a_value_is_a_notice(service: Any, office: str, exported: Path, tmp_path: Path) -> None:
    wb = openpyxl.load_workbook(exported)
    ws = wb["Indicators"]
    headers = [c.value for c in ws[1]]
    rows = [r for r in range(2, ws.max_row + 1) if ws.cell(r, 1).value == office]
    _set(ws, rows[0], "Source", "MY-SOURCE")
    wb.save(tmp_path / "edited.xlsx")
    for preview in (
        service.preview_import(tmp_path / "edited.xlsx"),
        service.apply_import(tmp_path / "edited.xlsx").preview,
    ):
        [notice] = preview.notices
        assert (notice.sheet, notice.row, notice.value) == ("Indicators", rows[0], "MY-SOURCE")
        assert notice.column_index == headers.index("Source")
        assert "sources a value cites come with the case library" in _said(preview)[0]


def test_a_case_rows_sources_in_another_case_and_spacing_are_no_edit(
    service: Any, exported: Path, tmp_path: Path
) -> None:
    wb = openpyxl.load_workbook(exported)
    ws = wb["Indicators"]
    col = [c.value for c in ws[1]].index("Source") + 1
    rows = [r for r in range(2, ws.max_row + 1) if ws.cell(r, col).value]
    assert rows  # the case library's values cite their sources
    for r in rows:
        keys = [k.strip() for k in str(ws.cell(r, col).value).split(",")]
        ws.cell(r, col).value = " ,  ".join(reversed(keys)).lower()
    wb.save(tmp_path / "edited.xlsx")
    assert service.preview_import(tmp_path / "edited.xlsx").notices == ()


def test_a_percent_a_colleague_moved_after_the_export_is_no_edit(
    service: Any, office: str, exported: Path, tmp_path: Path
) -> None:
    colleague = ProgramService(Database(service.db.url, actor="Park"))
    survey = next(t for t in colleague.get_program(office).tasks if t.title == "Survey residents")
    colleague.update_task(survey.id, {"percent_complete": 90.0})  # the program's percent rolls up anew
    colleague.log_progress(office, "Stations chosen", entry_date=PartialDate(2026, 2, 1))  # and its last progress
    assert service.preview_import(exported).notices == ()
    # typed over all the same, it is the user's edit
    edited = _edit(exported, tmp_path / "edited.xlsx", "Programs", ("Key", office), Percent_complete=0.5)
    assert [n.value for n in service.preview_import(edited).notices] == ["50%"]


def test_a_new_program_row_with_a_percent_is_a_notice(service: Any, exported: Path, tmp_path: Path) -> None:
    wb = openpyxl.load_workbook(exported)
    ws = wb["Programs"]
    headers = [c.value for c in ws[1]]
    row = [None] * len(headers)
    row[headers.index("Title")] = "Rain gardens"
    row[headers.index("Percent complete")] = "30%"
    ws.append(row)
    wb.save(tmp_path / "new.xlsx")
    preview = service.preview_import(tmp_path / "new.xlsx")
    assert preview.created == 1 and [n.value for n in preview.notices] == ["30%"]
    assert [n.row for n in service.apply_import(tmp_path / "new.xlsx").preview.notices] == [ws.max_row]


def test_the_command_line_prints_the_notice_in_the_dry_run_and_the_import(
    service: Any, office: str, exported: Path, tmp_path: Path, capsys: Any
) -> None:
    from app.cli import main

    edited = _edit(exported, tmp_path / "edited.xlsx", "Programs", ("Key", office), Percent_complete=0.8)
    url, row = str(service.db.url), _row_of(edited, "Programs", ("Key", office))
    assert main(["--db", url, "--lang", "ko", "import", str(edited), "--dry-run"]) == 0
    dry = capsys.readouterr().out
    assert (
        f"알림: edited.xlsx, 'Programs' 시트, {row}행, Percent complete (I) 열: '80%'은(는) 가져오지 않았습니다" in dry
    )
    assert "가져오지 않은 칸이 1개" in dry
    assert main(["--db", url, "import", str(edited)]) == 0
    out = capsys.readouterr().out
    assert (
        f"notice: edited.xlsx, sheet 'Programs', row {row}, column Percent complete (I): '80%' was not imported" in out
    )


def test_every_column_an_import_does_not_read_says_how_to_change_it_instead() -> None:
    from app.excel import layout
    from app.services.importing.reading import READ_FIELDS

    for spec in layout.IMPORTABLE:
        for column in spec.columns:
            read = column.field in READ_FIELDS[spec.name] or column is layout.STAMP
            assert (column.instead is None) == read, (spec.name, column.field)
