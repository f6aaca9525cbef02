"""The meeting workbook prints legibly: landscape A4, the header (and the key columns) on every page."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest

from app.excel import layout, printing


def test_every_data_sheet_prints_at_a_legible_size() -> None:
    for spec in (*layout.IMPORTABLE, layout.SOURCES, layout.HISTORY):
        fit = printing.plan(spec)
        assert fit.scale >= printing.MIN_SCALE, spec.name
        # One page across would have shrunk the Programs sheet to well under two thirds.
        if spec.name == "Programs":
            assert printing.USABLE_WIDTH_PT / sum(printing.column_points(c.width) for c in spec.columns) < 0.5


@pytest.mark.parametrize(
    ("sheet", "pages_wide", "repeated_columns", "last_column"),
    [
        ("Programs", 2, "$A:$B", "O"),  # Key and Title on both pages across
        ("Tasks", 2, "$B:$B", "K"),  # Task key
        ("Progress", 1, None, "H"),
        ("Indicators", 1, None, "I"),
        ("Sources", 1, None, "G"),
    ],
)
def test_the_exported_page_setup(
    exported: Path, sheet: str, pages_wide: int, repeated_columns: str | None, last_column: str
) -> None:
    ws: Any = openpyxl.load_workbook(exported)[sheet]
    setup = ws.page_setup
    assert (setup.orientation, setup.paperSize) == ("landscape", 9)  # A4
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert (setup.fitToWidth, setup.fitToHeight) == (pages_wide, 0)  # as many pages down as it takes
    assert ws.print_title_rows == "$1:$1"
    assert ws.print_title_cols == repeated_columns
    if pages_wide > 1:
        assert setup.pageOrder == "overThenDown"  # the pages of the same rows come together
    # Long text in the last column does not widen (and so shrink) the print.
    assert ws.print_area == f"'{sheet}'!$A$1:${last_column}${ws.max_row}"
    assert ws.print_options.gridLines
    assert ws.oddFooter.center.text == "&A, page &P of &N"
