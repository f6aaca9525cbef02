"""Property (issue "Trust, second round", case 1): whatever tiny grid a file describes, with cells far away,
a <dimension> that lies, odd whitespace between attributes or repeated .ods rows and cells, the reader either
reads it within the limits or refuses it in one line before building it, its memory untouched."""

from __future__ import annotations

import resource
import sys
import zipfile
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from app.excel.reader import MAX_CELLS, MAX_COLUMNS, MAX_ROWS, WorkbookError, column_letters, open_spreadsheet
from tests.excel.test_hostile_grids import _cell, _ods

MAX_SHEET_ROWS, MAX_SHEET_COLUMNS = 1_048_576, 16_384
positions = st.tuples(
    st.one_of(st.integers(3, 40), st.integers(3, MAX_SHEET_ROWS)),
    st.one_of(st.integers(1, 30), st.integers(1, MAX_SHEET_COLUMNS)),
)


def _peak_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1 << 20) if sys.platform == "darwin" else peak / 1024


def _within_limits(rows: int, cols: int) -> bool:
    return rows <= MAX_ROWS + 1 and cols <= MAX_COLUMNS and rows * cols <= MAX_CELLS


def _refused_without_building(path: Path) -> None:
    """The reader refuses the file naming the sheet, and the process's peak memory does not move: the grid
    was never built. (An accepted grid costs memory in proportion to its cells, which the limits bound.)"""
    before = _peak_mb()
    with pytest.raises(WorkbookError, match="'Programs'"):
        _read(path)
    assert _peak_mb() - before < 100


def _read(path: Path) -> tuple[int, int]:
    """The rows and the widest row the reader hands over."""
    book = open_spreadsheet(path)
    try:
        height = width = 0
        for name in book.sheet_names():
            for row in book.rows(name):
                height += 1
                width = max(width, len(row))
        return height, width
    finally:
        book.close()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    cells=st.lists(positions, min_size=1, max_size=3),
    dimension=st.one_of(st.none(), st.just("A1:B2"), st.just("A1:AMJ1048576"), positions),
    separator=st.sampled_from([" ", "\n", "\t", "  "]),
)
# The crafted 1.6 KB file of the issue, and the same hidden behind other whitespace or no <dimension>.
@example(cells=[(240_000, 16_384)], dimension="A1:B2", separator=" ")
@example(cells=[(240_000, 16_384)], dimension="A1:B2", separator="\n")
@example(cells=[(3, 2), (40_000, 900)], dimension=None, separator="\t")
@example(cells=[(200_000, 2)], dimension="A1:AMJ1048576", separator=" ")
def test_a_tiny_xlsx_grid_is_read_within_the_limits_or_refused(
    tmp_path: Path, cells: list[tuple[int, int]], dimension: object, separator: str
) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Programs"
    ws.append(["Title", "Status"])
    for row, col in cells:
        ws.cell(row, col, "x")
    path = tmp_path / "tiny.xlsx"
    wb.save(path)
    # Rewrite the sheet as a hand-made file may have it: its own <dimension>, other whitespace before r=.
    with zipfile.ZipFile(path) as src:
        items = [(i, src.read(i.filename)) for i in src.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for item, data in items:
            if item.filename == "xl/worksheets/sheet1.xml":
                if isinstance(dimension, tuple):
                    dimension = f"A1:{column_letters(dimension[1])}{dimension[0]}"
                start, end = data.index(b"<dimension"), data.index(b"/>", data.index(b"<dimension")) + 2
                data = data[:start] + (f'<dimension ref="{dimension}"/>'.encode() if dimension else b"") + data[end:]
                data = data.replace(b' r="', separator.encode() + b'r="')
            dst.writestr(item, data)
    rows = max(2, *(r for r, _ in cells))
    cols = max(2, *(c for _, c in cells))
    if _within_limits(rows, cols):
        assert _read(path) == (rows, cols)
    else:
        _refused_without_building(path)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    rows=st.lists(
        st.tuples(
            st.one_of(st.integers(1, 5), st.integers(1, MAX_SHEET_ROWS)),  # rows repeated
            st.one_of(st.integers(1, 5), st.integers(1, MAX_SHEET_COLUMNS)),  # cells with a value, repeated
            st.integers(0, MAX_SHEET_COLUMNS),  # empty cells after them, repeated (LibreOffice pads rows so)
        ),
        min_size=1,
        max_size=3,
    )
)
@example(rows=[(1_048_575, 1024, 0)])  # the 844-byte file of the issue
@example(rows=[(1, 2, 1022), (1_048_574, 0 + 1, 16_383)])  # what LibreOffice writes, a value in column A
def test_a_tiny_ods_grid_is_read_within_the_limits_or_refused(tmp_path: Path, rows: list[tuple[int, int, int]]) -> None:
    header = f"<table:table-row>{_cell('Title')}{_cell('Status')}</table:table-row>"
    body = ""
    for repeat, valued, empty in rows:
        pad = f'<table:table-cell table:number-columns-repeated="{empty}"/>' if empty else ""
        body += f'<table:table-row table:number-rows-repeated="{repeat}">{_cell("x", valued)}{pad}</table:table-row>'
    path = _ods(tmp_path / "tiny.ods", header + body)
    height = 1 + sum(r for r, _, _ in rows)
    width = max(2, *(v for _, v, _ in rows))
    if _within_limits(height, width):
        got_rows, got_width = _read(path)
        assert got_rows == height and got_width >= width
    else:
        _refused_without_building(path)
