"""A copy of an imported workbook with an Errors sheet and every bad cell highlighted, to fix and retry."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

from openpyxl import Workbook, load_workbook
from openpyxl.comments import Comment
from openpyxl.styles import Font, PatternFill

from app.excel import layout
from app.excel.reader import open_spreadsheet
from app.excel.writer import save_whole

_BAD = PatternFill("solid", fgColor="FFC7CE")


class Issue(Protocol):
    @property
    def sheet(self) -> str: ...
    @property
    def row(self) -> int | None: ...
    @property
    def column(self) -> str | None: ...
    @property
    def column_index(self) -> int | None: ...
    @property
    def value(self) -> str | None: ...
    @property
    def message(self) -> str: ...


def write_errors_copy(source: Path, issues: Sequence[Issue], destination: Path) -> Path:
    """Write ``destination`` (.xlsx): the source's sheets, bad cells red with the reason as a comment."""
    if source.suffix.lower() in (".xlsx", ".xlsm"):
        wb = load_workbook(source, keep_vba=source.suffix.lower() == ".xlsm")
    else:
        wb = Workbook()
        wb.remove(wb.active)
        book = open_spreadsheet(source)
        try:
            wanted = {i.sheet for i in issues}
            for name in book.sheet_names():
                if name not in wanted:
                    continue
                ws = wb.create_sheet(name[:31])
                for row in book.rows(name):
                    ws.append(row)
                    for c in ws[ws.max_row] if row else ():
                        if isinstance(c.value, str):
                            c.data_type = "s"  # never turn a value into a formula
        finally:
            book.close()
    for issue in issues:
        if issue.sheet not in wb.sheetnames or issue.row is None:
            continue
        ws = wb[issue.sheet]
        if ws.protection.sheet:
            ws.protection.sheet = False
        col = (issue.column_index or 0) + 1
        cell = ws.cell(issue.row, col)
        cell.fill = _BAD
        cell.comment = Comment(issue.message, "Civic Tracker")
    if layout.ERRORS_SHEET in wb.sheetnames:
        wb.remove(wb[layout.ERRORS_SHEET])
    ws = wb.create_sheet(layout.ERRORS_SHEET, 0)
    ws.append(["Sheet", "Row", "Column", "Value", "What is wrong"])
    for c in ws[1]:
        c.font = Font(bold=True)
    for issue in issues:
        ws.append([issue.sheet, issue.row, issue.column, issue.value, issue.message])
        for c in ws[ws.max_row]:
            if isinstance(c.value, str):
                c.data_type = "s"
    for letter, width in zip("ABCDE", (16, 6, 20, 24, 90), strict=True):
        ws.column_dimensions[letter].width = width
    ws.freeze_panes = "A2"
    wb.active = 0
    destination.parent.mkdir(parents=True, exist_ok=True)
    save_whole(wb, destination)
    return destination
