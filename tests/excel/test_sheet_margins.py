"""A sheet whose table does not start at A1 (a blank margin row and column, a title two rows down): the rows
and columns the import names are the ones the user sees in Excel."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

import openpyxl

from app.excel.reader import open_spreadsheet
from app.services.workbook import WorkbookService


def _with_margin(path: Path, top: int, left: int, rows: list[list[Any]]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Programs"
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value is not None:
                ws.cell(row=top + r + 1, column=left + c + 1, value=value)
    wb.save(path)
    return path


def _read(path: Path, sheet: str) -> list[list[Any]]:
    book = open_spreadsheet(path)
    try:
        return list(book.rows(sheet))
    finally:
        book.close()


def test_a_cell_is_read_at_its_own_row_and_column(tmp_path: Path) -> None:
    rows = _read(_with_margin(tmp_path / "margin.xlsx", 2, 1, [["x"], [None, "y"]]), "Programs")
    assert len(rows) == 4
    assert rows[2][1] == "x"  # B3
    assert rows[3][2] == "y"  # C4
    assert not any(v is not None for r in rows[:2] for v in r)


def test_an_ods_with_empty_rows_above_reads_them_once(tmp_path: Path) -> None:
    content = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">
<office:body><office:spreadsheet><table:table table:name="Programs">
<table:table-row table:number-rows-repeated="2"><table:table-cell table:number-columns-repeated="3"/></table:table-row>
<table:table-row><table:table-cell/><table:table-cell office:value-type="string"><text:p>x</text:p>\
</table:table-cell></table:table-row></table:table></office:spreadsheet></office:body></office:document-content>"""
    path = tmp_path / "margin.ods"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        zf.writestr(
            "META-INF/manifest.xml",
            '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
            '<manifest:file-entry manifest:full-path="/" '
            'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/></manifest:manifest>',
        )
        zf.writestr("content.xml", content)
    rows = _read(path, "Programs")
    assert len(rows) == 3
    assert rows[2][1] == "x"  # B3


def test_the_preview_names_the_header_row_and_a_bad_cell_where_they_are(seeded_db: Any, tmp_path: Path) -> None:
    path = _with_margin(
        tmp_path / "office.xlsx",
        1,
        1,
        [["Title", "Start"], ["Community garden", "2024-01-01"], ["Safety walk", "not a date"]],
    )
    preview = WorkbookService(seeded_db).preview_import(path)
    assert preview.sheets[0].header_row == 2
    [error] = preview.errors
    assert "row 4, column Start (C)" in str(error)
