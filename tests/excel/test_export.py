"""What staff see in the exported workbook: layout, formats, protection, and no formula ever evaluated."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import text

from app.domain.enums import Status
from app.services.programs import ProgramService
from app.services.workbook import ExportOptions


def _cell(ws: Any, column: str, row: int) -> Any:
    headers = [c.value for c in ws[1]]
    return ws.cell(row, headers.index(column) + 1)


def _find(ws: Any, column: str, value: Any) -> int:
    headers = [c.value for c in ws[1]]
    col = headers.index(column) + 1
    return next(r for r in range(2, ws.max_row + 1) if ws.cell(r, col).value == value)


def test_sheets_headers_filters_and_protection(service: Any, office: str, exported: Path) -> None:
    wb = openpyxl.load_workbook(exported)
    assert wb.sheetnames == [
        "Summary",
        "Programs",
        "Tasks",
        "Progress",
        "Indicators",
        "Sources",
        "Charts",
        "How to edit",
    ]
    for name in ("Programs", "Tasks", "Progress", "Indicators", "Sources"):
        ws = wb[name]
        assert ws.freeze_panes in ("A2", "B2")
        assert ws["A1"].font.b
        assert ws.auto_filter.ref.startswith("A1:")
        assert ws.protection.sheet
        assert ws.column_dimensions["A"].width > 8
    ws = wb["Programs"]
    r = _find(ws, "Key", office)
    assert _cell(ws, "Key", r).protection.locked
    assert not _cell(ws, "Title", r).protection.locked
    assert not _cell(ws, "Status", r).protection.locked
    statuses = [dv for dv in ws.data_validations.dataValidation if dv.type == "list"]
    assert statuses and "On hold" in statuses[0].formula1
    assert len(wb["Charts"]._charts) == 1 + 4  # the office indicator and the case library's


def test_status_list_warns_instead_of_refusing_korean_and_chinese_names(exported: Path) -> None:
    # The How to edit sheet says 보류 or 进行中 are understood, so Excel and LibreOffice must let them stay.
    wb = openpyxl.load_workbook(exported)
    for name in ("Programs", "Tasks"):
        ws = wb[name]
        status_col = [c.value for c in ws[1]].index("Status") + 1
        letter = openpyxl.utils.get_column_letter(status_col)
        found = [dv for dv in ws.data_validations.dataValidation if f"{letter}2:" in str(dv.sqref)]
        assert len(found) == 1, name
        dv = found[0]
        assert dv.formula1 == '"Planned,Active,On hold,Completed,Cancelled"'
        assert dv.errorStyle == "warning"
        assert "Planned, Active, On hold, Completed, Cancelled" in dv.error
        assert "Korean and Chinese" in dv.error
        assert len(dv.error) <= 255 and len(dv.errorTitle) <= 32  # Excel's limits


def test_dates_keep_their_precision_and_percents_are_percents(service: Any, office: str, exported: Path) -> None:
    wb = openpyxl.load_workbook(exported)
    ws = wb["Programs"]
    r = _find(ws, "Key", office)
    start, end = _cell(ws, "Start", r), _cell(ws, "End", r)
    assert (start.value, start.number_format) == (dt.datetime(2025, 3, 1), "yyyy-mm")
    assert (end.value, end.number_format) == (2027, "0")
    ws = wb["Tasks"]
    r = _find(ws, "Title", "Survey residents")
    due = _cell(wb["Tasks"], "Due", _find(ws, "Title", "Plan the stations"))
    assert (due.value, due.number_format) == (dt.datetime(2026, 6, 30), "yyyy-mm-dd")
    pct = _cell(ws, "Percent complete", r)
    assert (pct.value, pct.number_format) == (0.4, "0%")
    assert _cell(ws, "Title", r).alignment.indent == 1  # a unit task sits under its action plan
    assert _cell(ws, "Parent key", r).value == _cell(ws, "Task key", _find(ws, "Title", "Plan the stations")).value


@pytest.mark.parametrize("text", ['=HYPERLINK("http://evil","click")', "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1"])
def test_formula_text_is_written_as_a_string_cell(service: Any, office: str, tmp_path: Path, text: str) -> None:
    ProgramService(service.db).update_program(office, {"summary": "x", "description": text})
    path = tmp_path / "f.xlsx"
    service.export_workbook(path)
    ws = openpyxl.load_workbook(path)["Programs"]
    cell = _cell(ws, "Description", _find(ws, "Key", office))
    assert cell.data_type == "s"
    assert cell.value == text.strip()  # the app stores descriptions stripped
    assert cell.quotePrefix
    # And it comes back as the same text.
    assert service.preview_import(path).updated == 0


def test_filters_and_default_file_name(service: Any, office: str, tmp_path: Path) -> None:
    options = ExportOptions(place="Gangdong-gu", statuses=(Status.ACTIVE,), cases=False)
    assert service.default_file_name(options, dt.date(2026, 11, 28)) == "Gangdong-gu programs 2026-11-28.xlsx"
    assert service.default_file_name(ExportOptions(), dt.date(2026, 11, 28)) == "All programs 2026-11-28.xlsx"
    path = tmp_path / service.default_file_name(options)
    report = service.export_workbook(path, options)
    assert report.counts["Programs"] == 1
    wb = openpyxl.load_workbook(path)
    assert [c.value for c in wb["Programs"]["A"]][1:] == [office]
    summary = [[c.value for c in row][:2] for row in wb["Summary"].iter_rows()]
    assert ["Filter", "place Gangdong-gu; status Active; own programs only"] in summary
    assert ["Active", 1] in summary


def test_history_sheet_lists_changes(service: Any, office: str, tmp_path: Path) -> None:
    ProgramService(service.db).update_program(office, {"status": Status.COMPLETED})
    path = tmp_path / "h.xlsx"
    service.export_workbook(path, ExportOptions(program_keys=(office,), history=True))
    ws = openpyxl.load_workbook(path)["History"]
    rows = [[c.value for c in r] for r in ws.iter_rows(min_row=2)]
    assert any(r[5] == "status" and r[6] == "active" and r[7] == "completed" for r in rows)


def test_cancelled_export_leaves_no_file(service: Any, office: str, tmp_path: Path) -> None:
    from app.excel.writer import ExportCancelledError

    path = tmp_path / "c.xlsx"
    with pytest.raises(ExportCancelledError):
        service.export_workbook(path, cancelled=lambda: True)
    assert not [p for p in tmp_path.iterdir() if ".xlsx" in p.name]


def test_export_to_a_missing_folder_is_refused_before_anything_is_written(service: Any, tmp_path: Path) -> None:
    from app.domain.errors import CivicError

    missing = tmp_path / "gone"
    with pytest.raises(CivicError, match=f"^Cannot write t.xlsx: the folder {re.escape(str(missing))} does not exist$"):
        service.export_workbook(missing / "t.xlsx")
    assert not missing.exists()


def test_a_file_that_cannot_be_written_is_a_one_line_error(service: Any, tmp_path: Path) -> None:
    from app.domain.errors import CivicError

    # A folder already carries the name (works as root too, unlike a read-only folder).
    (tmp_path / "t.xlsx").mkdir()
    with pytest.raises(CivicError, match=r"^Could not write t\.xlsx in .*: "):
        service.export_workbook(tmp_path / "t.xlsx")
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_control_characters_xml_cannot_hold_are_dropped_not_fatal(service: Any, office: str, tmp_path: Path) -> None:
    """Text pasted from elsewhere may carry a bell or vertical tab: the workbook is still written, without them."""
    ps = ProgramService(service.db)
    ps.update_program(office, {"summary": "Bells\x07 and\x0btabs"})
    assert ps.get_program(office).summary == "Bells andtabs"  # the app stores text as a workbook gives it back
    task = ps.get_program(office).tasks[0]
    # Stored as typed by an older version or another tool: the export must cope.
    with service.db.engine.begin() as conn:
        summary = {"s": "Bells\x07 and\x0btabs", "k": office}
        conn.execute(text("UPDATE programs SET summary = :s WHERE key = :k"), summary)
        conn.execute(text("UPDATE tasks SET owner = :o WHERE id = :t"), {"o": "Kim\x01", "t": task.id})
    path = tmp_path / "control.xlsx"
    service.export_workbook(path)
    wb = openpyxl.load_workbook(path)
    programs, tasks = wb["Programs"], wb["Tasks"]
    assert _cell(programs, "Summary", _find(programs, "Key", office)).value == "Bells andtabs"
    assert _cell(tasks, "Owner", _find(tasks, "Task key", task.key)).value == "Kim"


def test_the_how_to_sheet_prints_within_its_columns(exported: Path) -> None:
    """Its advice is split into lines that stay within columns B to D, and the print area is those columns."""
    ws = openpyxl.load_workbook(exported)["How to edit"]
    texts = [ws.cell(r, 2).value for r in range(2, ws.max_row + 1) if ws.cell(r, 1).value in ("•", None)]
    advice = [t for t in texts if isinstance(t, str)]
    assert advice and max(len(t) for t in advice) <= 100
    assert any("Exported (UTC)" in t for t in advice)  # a long line, split but all there
    assert ws.print_area == f"'How to edit'!$A$1:$D${ws.max_row}"


def test_key_columns_are_wide_enough_for_the_longest_key(service: Any, tmp_path: Path) -> None:
    """A long key shows whole (a cut key on screen or paper cannot be told from its neighbours)."""
    from app.services.programs import ProgramDraft, TaskDraft

    ps = ProgramService(service.db)
    p = ps.create_program(ProgramDraft(title="x", key="JUMINCHAMYEO-JAJEONGEO-YESAN-2027-GANGDONG"))
    ps.add_task(p.key, TaskDraft(title="Count the votes"))
    path = tmp_path / "long.xlsx"
    service.export_workbook(path, ExportOptions(cases=False))
    wb = openpyxl.load_workbook(path)
    longest_task = max(len(t.key) for t in ps.get_program(p.key).tasks)
    for sheet, header, longest in (
        ("Programs", "Key", len(p.key)),
        ("Tasks", "Program key", len(p.key)),
        ("Tasks", "Task key", longest_task),
        ("Progress", "Program key", len(p.key)),
    ):
        ws = wb[sheet]
        letter = openpyxl.utils.get_column_letter([c.value for c in ws[1]].index(header) + 1)
        assert ws.column_dimensions[letter].width >= longest + 1, (sheet, header)


@pytest.mark.parametrize(
    "options",
    [ExportOptions(), ExportOptions(place="Gangdong-gu", statuses=(Status.ACTIVE,), cases=False)],
    ids=["everything", "filtered"],
)
def test_data_sheets_state_their_true_extent(service: Any, office: str, tmp_path: Path, options: Any) -> None:
    """Each data sheet says up front how far it reaches, as Excel's own files do; readers size the sheet
    from it (ours then skips counting the rows), so it must match the rows actually written."""
    import zipfile

    from app.excel import layout

    path = tmp_path / "extent.xlsx"
    service.export_workbook(path, options)
    names = openpyxl.load_workbook(path, read_only=True).sheetnames  # openpyxl writes sheet1.xml, ... in order
    with zipfile.ZipFile(path) as zf:
        for spec in (layout.PROGRAMS, layout.TASKS, layout.PROGRESS):
            xml = zf.read(f"xl/worksheets/sheet{names.index(spec.name) + 1}.xml").decode()
            rows = len(re.findall(r"<row[ >]", xml))
            assert rows >= 2  # the header and the office's own row at least
            last = layout.column_letter(len(spec.columns) - 1)
            assert re.search(r'<dimension ref="([^"]+)"', xml).group(1) == f"A1:{last}{rows}"  # type: ignore[union-attr]
