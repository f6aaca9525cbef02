"""Hostile grids (issue "Trust, second round", case 1): a sheet whose cells span a huge grid is refused
before the reader builds it; a small sheet whose <dimension> claims too much still imports."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest

from app.excel.reader import MAX_CELLS, MAX_COLUMNS, WorkbookError, open_spreadsheet


def _rewrite_sheet(path: Path, change: Callable[[bytes], bytes]) -> Path:
    """Apply ``change`` to the XML of the workbook's first sheet, as a hand-edited or hostile file would."""
    out = path.with_name("edited-" + path.name)
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = change(data)
            dst.writestr(item, data)
    return out


def _far_cell(tmp_path: Path, row: int, column: int) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Programs"
    ws.append(["Title", "Status"])
    ws.append(["Rain gardens", "Active"])
    ws.cell(row, column, "x")
    path = tmp_path / "far.xlsx"
    wb.save(path)
    return path


def _read_all(path: Path) -> list[list[object]]:
    book = open_spreadsheet(path)
    try:
        return [row for name in book.sheet_names() for row in book.rows(name)]
    finally:
        book.close()


@pytest.mark.parametrize("lie", [False, True], ids=["stated", "hidden"])
def test_one_cell_at_xfd240000_is_refused_not_built(tmp_path: Path, lie: bool) -> None:
    path = _far_cell(tmp_path, 240_000, 16_384)
    if lie:  # the <dimension> says A1:B2, as a crafted 1.6 KB file does
        path = _rewrite_sheet(path, lambda xml: re.sub(rb'<dimension ref="[^"]*"', b'<dimension ref="A1:B2"', xml))
    assert path.stat().st_size < 10_000
    with pytest.raises(WorkbookError, match=r"sheet 'Programs' spans cells up to XFD240000.*at most 1,000 columns"):
        _read_all(path)


def test_a_far_cell_within_the_columns_but_over_the_cells_is_refused(tmp_path: Path) -> None:
    rows = MAX_CELLS // 500 + 10
    path = _rewrite_sheet(_far_cell(tmp_path, rows, 500), lambda xml: re.sub(rb'<dimension ref="[^"]*"', b"", xml))
    with pytest.raises(WorkbookError, match=r"a grid of [\d,]+ cells"):
        _read_all(path)


@pytest.mark.parametrize("where", ["first", "middle"])
def test_a_far_cell_among_many_rows_of_a_sheet_stating_no_extent_is_refused(tmp_path: Path, where: str) -> None:
    """A sheet of several megabytes of XML is checked a piece at a time, each piece against the extent its
    last rows give: a far cell out of order, early in the sheet or in the middle of a piece, is still found."""
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("Programs")
    ws.append(["Title", "Status"])
    for n in range(60_000):
        ws.append([f"Program {n}", "Active"])
    path = tmp_path / "long.xlsx"
    wb.save(path)
    far = b'<c r="SM9000" t="inlineStr"><is><t>x</t></is></c>'  # column 507 at row 9,000: 4.6 million cells
    row = b'<row r="3">' if where == "first" else b'<row r="40001">'

    def hide(xml: bytes) -> bytes:
        assert b"<dimension" not in xml and len(xml) > 3_000_000
        at = xml.index(row) + len(row)
        return xml[:at] + far + xml[at:]

    with pytest.raises(WorkbookError, match=r"spans cells up to SM\d+, a grid of [\d,]+ cells"):
        _read_all(_rewrite_sheet(path, hide))


def test_a_small_sheet_claiming_the_whole_grid_imports(tmp_path: Path) -> None:
    # LibreOffice states A1:AMJ1048576 for a sheet of four rows.
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Programs"
    for row in (["Title", "Status"], ["Rain gardens", "Active"], ["Street trees", "Planned"], ["Bike racks", None]):
        ws.append(row)
    wb.save(tmp_path / "lo.xlsx")
    path = _rewrite_sheet(
        tmp_path / "lo.xlsx", lambda xml: re.sub(rb'<dimension ref="[^"]*"', b'<dimension ref="A1:AMJ1048576"', xml)
    )
    rows = _read_all(path)
    assert [r[0] for r in rows] == ["Title", "Rain gardens", "Street trees", "Bike racks"]


def test_a_wide_sheet_within_the_limits_is_read(tmp_path: Path) -> None:
    path = _far_cell(tmp_path, 3, MAX_COLUMNS)
    rows = _read_all(path)
    assert rows[2][MAX_COLUMNS - 1] == "x"


_ODS_MANIFEST = b"""<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
 <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>
 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
</manifest:manifest>"""


def _ods(path: Path, rows_xml: str) -> Path:
    content = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">
<office:body><office:spreadsheet><table:table table:name="Programs">{rows_xml}</table:table>
</office:spreadsheet></office:body></office:document-content>"""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        zf.writestr("META-INF/manifest.xml", _ODS_MANIFEST)
        zf.writestr("content.xml", content)
    return path


def _cell(text: str, repeat: int = 1) -> str:
    rep = f' table:number-columns-repeated="{repeat}"' if repeat > 1 else ""
    return f'<table:table-cell office:value-type="string"{rep}><text:p>{text}</text:p></table:table-cell>'


_HEADER = f"<table:table-row>{_cell('Title')}{_cell('Status')}</table:table-row>"


def test_an_ods_of_repeated_rows_and_cells_is_refused_before_it_is_read(tmp_path: Path) -> None:
    hostile = f'<table:table-row table:number-rows-repeated="1048575">{_cell("x", 1024)}</table:table-row>'
    path = _ods(tmp_path / "repeats.ods", _HEADER + hostile)
    assert path.stat().st_size < 2_000
    with pytest.raises(WorkbookError, match="sheet 'Programs' has more than 250,000 rows"):
        open_spreadsheet(path)
    wide = f'<table:table-row table:number-rows-repeated="20000">{_cell("x", 1000)}</table:table-row>'
    with pytest.raises(WorkbookError, match=r"a grid of [\d,]+ cells"):
        open_spreadsheet(_ods(tmp_path / "wide.ods", _HEADER + wide))


def test_an_ods_with_the_empty_repeats_libreoffice_writes_is_read(tmp_path: Path) -> None:
    rows = (
        _HEADER
        + f"<table:table-row>{_cell('Rain gardens')}{_cell('Active')}"
        + '<table:table-cell table:number-columns-repeated="1022"/></table:table-row>'
        + '<table:table-row table:number-rows-repeated="1048574">'
        + '<table:table-cell table:number-columns-repeated="1024"/></table:table-row>'
    )
    book = open_spreadsheet(_ods(tmp_path / "lo.ods", rows))
    try:
        read = [r[:2] for r in book.rows("Programs")]
    finally:
        book.close()
    assert read[:2] == [["Title", "Status"], ["Rain gardens", "Active"]]
