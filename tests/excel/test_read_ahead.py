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


def test_an_import_reads_the_next_sheet_ahead_until_it_holds_many_rows(
    service: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    """The import reads its next sheet ahead while it holds few rows; once the sheets before hold
    READ_AHEAD_ROWS, the next sheet waits for its turn (two grids and the rows' bookkeeping at once took a
    300,000-row workbook past 300 MB). Either way every row is imported."""
    from app.excel.reader import Spreadsheet
    from app.services.importing import run

    programs = [["Key", "Title"], *([f"P{n}", f"Program {n}"] for n in range(1, 41))]
    tasks = [["Program key", "Task key", "Title"], *([f"P{n}", f"P{n}-T1", f"Task {n}"] for n in range(1, 41))]
    progress = [["Program key", "Date", "Title"], *([f"P{n}", "2026-03-01", f"Met {n}"] for n in range(1, 41))]
    path = workbook_file(tmp_path / "three.xlsx", {"Programs": programs, "Tasks": tasks, "Progress": progress})
    asked: list[str] = []
    prefetch = Spreadsheet.prefetch

    def noted(self: Spreadsheet, sheet: str) -> None:
        asked.append(sheet)
        prefetch(self, sheet)

    monkeypatch.setattr(Spreadsheet, "prefetch", noted)
    monkeypatch.setattr(run, "READ_AHEAD_ROWS", 60)  # Programs (41 rows) and Tasks (41) hold more
    result = service.apply_import(path)
    assert set(asked) == {"Tasks"}
    assert result.created == 120
