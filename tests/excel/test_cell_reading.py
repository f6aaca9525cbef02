"""Cells are read a block of rows at a time, column by column: what the user sees must not depend on it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from app.services.importing import CHUNK
from app.services.programs import ProgramService
from tests.excel.conftest import workbook_file


def test_a_true_cell_below_weights_of_one_is_still_not_a_number(service: Any, office: str, tmp_path: Path) -> None:
    # 1 and TRUE are equal to Python; the weight read for 1 (remembered from the rows above) must not be
    # reused for TRUE.
    rows: list[list[Any]] = [["Program key", "Title", "Weight"]]
    rows += [[office, f"Paint rack {i}", 1] for i in range(CHUNK + 1)]
    rows.append([office, "Oil chains", True])
    preview = service.preview_import(workbook_file(tmp_path / "tasks.xlsx", {"Tasks": rows}))
    assert [(e.row, e.column, e.message) for e in preview.errors] == [
        (CHUNK + 3, "Weight (C)", "Weight 'True' is not a number (accepted: a number such as 1234.5 or 1,234.5)")
    ]


def test_errors_are_listed_row_by_row_left_to_right(service: Any, office: str, tmp_path: Path) -> None:
    path = workbook_file(
        tmp_path / "tasks.xlsx",
        {
            "Tasks": [
                ["Program key", "Title", "Status", "Due", "Percent complete"],
                [office, "Paint the racks", "Active", "someday", "150%"],
                [office, "Oil chains", "done?", "2027-01-05", "10%"],
                [office, "Count bikes", "Active", "2027-02-30", "x"],
            ]
        },
    )
    errors = service.preview_import(path).errors
    assert [(e.row, e.column.split(" (")[0]) for e in errors] == [
        (2, "Due"),
        (2, "Percent complete"),
        (3, "Status"),
        (4, "Due"),
        (4, "Percent complete"),
    ]


def test_rows_across_blocks_keep_their_own_values_and_dates(service: Any, office: str, tmp_path: Path) -> None:
    # More rows than one block, with dates as date cells and as text, and repeated values down the sheet.
    n = CHUNK + 7
    rows: list[list[Any]] = [["Program key", "Title", "Status", "Start", "Due", "Weight", "Owner"]]
    for i in range(n):
        start: Any = dt.date(2027, 1 + i % 12, 1) if i % 2 else f"2027-{1 + i % 12:02d}"
        rows.append([office, f"Task {i}", ["Active", "Planned"][i % 2], start, "2028", i % 3 + 1, f"  Kim {i % 5} "])
    path = workbook_file(tmp_path / "tasks.xlsx", {"Tasks": rows})
    service.apply_import(path)
    tasks = {t.title: t for t in ProgramService(service.db).get_program(office).tasks}
    for i in (0, 1, CHUNK - 1, CHUNK, n - 1):
        task = tasks[f"Task {i}"]
        assert task.status is not None and task.status.value == ["active", "planned"][i % 2]
        assert str(task.start_date) == f"2027-{1 + i % 12:02d}" + ("-01" if i % 2 else "")
        assert str(task.due_date) == "2028"
        assert (task.weight, task.owner) == (i % 3 + 1, f"Kim {i % 5}")


def test_a_rows_own_error_is_listed_before_a_bad_cell_further_down(service: Any, tmp_path: Path) -> None:
    path = workbook_file(
        tmp_path / "tasks.xlsx",
        {
            "Tasks": [
                ["Program key", "Title", "Status"],
                ["NO-SUCH-PROGRAM", "Paint the racks", "Active"],  # found when the row is checked
                ["NO-SUCH-PROGRAM", "Oil chains", "done?"],  # found when the cell is read
            ]
        },
    )
    errors = service.preview_import(path).errors
    assert [(e.row, e.column.split(" (")[0]) for e in errors] == [(2, "Program key"), (3, "Status")]
