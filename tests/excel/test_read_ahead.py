"""Sheets read ahead on another thread come back whole, whichever order they are asked for in."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from app.excel.reader import open_spreadsheet
from tests.excel.conftest import workbook_file


def _sheets() -> dict[str, list[list[Any]]]:
    return {
        name: [["Key", "Title"], *([f"{name}-{n}", f"{name} row {n} 강동구 社区"] for n in range(1, 301))]
        for name in ("Programs", "Tasks", "Progress")
    }


def test_sheets_read_ahead_come_back_whole_in_any_order(tmp_path: Path) -> None:
    sheets = _sheets()
    path = workbook_file(tmp_path / "three sheets.xlsx", sheets)

    book = open_spreadsheet(path)
    try:
        book.prefetch("Tasks")  # read beside the first sheet's load
        assert list(book.rows("Programs")) == sheets["Programs"]
        book.prefetch("Tasks")  # asked again: still the one read
        assert list(book.rows("Progress")) == sheets["Progress"]  # not the sheet read ahead
        assert list(book.rows("Tasks")) == sheets["Tasks"]
        book.prefetch("Tasks")  # the sheet at hand: nothing to read
        book.prefetch("Programs")
        assert book.height("Tasks") == 301
        assert list(book.rows("Programs")) == sheets["Programs"]
    finally:
        book.close()
    assert not [t for t in threading.enumerate() if t.name.startswith("read sheet")]
