"""A copy of an imported workbook with an Errors sheet and every bad cell highlighted, to fix and retry."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

from openpyxl import Workbook, load_workbook
from openpyxl.comments import Comment
from openpyxl.styles import Font, PatternFill

from app.domain.messages import Message, message, render
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
    @property
    def detail(self) -> Message | None: ...


def _problem(issue: Issue, language: str) -> str:
    return render(issue.detail, language) if issue.detail is not None else issue.message


def write_errors_copy(source: Path, issues: Sequence[Issue], destination: Path, language: str = "en") -> Path:
    """Write ``destination`` (.xlsx): the source's sheets, bad cells red with the reason as a comment; the
    Errors sheet and the reasons in ``language``."""
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
        cell.comment = Comment(_problem(issue, language), "Civic Tracker")
    for name in [n for n in wb.sheetnames if layout.is_named(n, layout.ERRORS)]:
        wb.remove(wb[name])  # the Errors sheet of an earlier copy, in any language
    ws = wb.create_sheet(render(layout.ERRORS, language), 0)
    headers = (
        message("workbook.errors.sheet"),
        message("workbook.errors.row"),
        message("workbook.errors.column"),
        message("workbook.errors.value"),
        message("workbook.errors.problem"),
    )
    ws.append([render(h, language) for h in headers])
    for c in ws[1]:
        c.font = Font(bold=True)
    for issue in issues:
        ws.append([issue.sheet, issue.row, issue.column, issue.value, _problem(issue, language)])
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
