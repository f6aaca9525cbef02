"""An old workbook never silently undoes what colleagues changed after it was exported."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest

from app.domain.enums import Status
from app.excel import layout
from app.services.importing import ImportRefusedError
from app.services.programs import ProgramService
from app.store.database import Database
from tests.excel.conftest import snapshot
from tests.excel.test_round_trip import _row, _set


def _colleague(db: Any) -> ProgramService:
    return ProgramService(Database(db.url, actor="Park"))


def _edit(exported: Path, out: Path, **cells: Any) -> Path:
    wb = openpyxl.load_workbook(exported)
    ws = wb["Programs"]
    for key_and_column, value in cells.items():
        key, column = key_and_column.split("__")
        _set(ws, _row(ws, "Key", key.replace("_", "-")), column.replace("_", " "), value)
    wb.save(out)
    return out


def test_the_workbook_says_when_it_read_the_database(service: Any, office: str, exported: Path) -> None:
    wb = openpyxl.load_workbook(exported)
    rows = {r[0]: r[1] for r in wb["Summary"].iter_rows(max_row=12, values_only=True) if r and r[0]}
    assert layout.parse_exported_at(rows[layout.EXPORTED_AT_LABEL]) is not None


def test_a_cell_left_as_exported_keeps_a_colleagues_later_change(
    service: Any, office: str, exported: Path, tmp_path: Path
) -> None:
    _colleague(service.db).update_program(office, {"status": Status.COMPLETED})
    edited = _edit(exported, tmp_path / "edited.xlsx", GREEN_WHEELS__Summary="Bicycles for everyone")
    preview = service.preview_import(edited)
    assert preview.error_count == 0
    changed = [(c.key, [f.column for f in c.changes]) for c in preview.changes if c.action == "update"]
    assert changed == [(office, ["Summary"])]
    service.apply_import(edited)
    p = ProgramService(service.db).get_program(office)
    assert (p.status, p.summary) == (Status.COMPLETED, "Bicycles for everyone")


def test_a_cell_both_changed_is_a_conflict_and_nothing_is_written(
    service: Any, office: str, exported: Path, tmp_path: Path
) -> None:
    _colleague(service.db).update_program(office, {"status": Status.COMPLETED})
    edited = _edit(exported, tmp_path / "edited.xlsx", GREEN_WHEELS__Status="On hold", GREEN_WHEELS__Summary="Bicycles")
    before = snapshot(service.db)
    with pytest.raises(ImportRefusedError) as caught:
        service.apply_import(edited)
    assert snapshot(service.db) == before
    [error] = caught.value.preview.errors
    assert error.sheet == "Programs" and error.column is not None and error.column.startswith("Status")
    assert (
        "Park" in error.message
        and "Completed" in error.message
        and "after this workbook was exported" in (error.message)
    )


def test_without_the_export_stamp_the_workbook_is_read_as_before(
    service: Any, office: str, exported: Path, tmp_path: Path
) -> None:
    _colleague(service.db).update_program(office, {"status": Status.COMPLETED})
    wb = openpyxl.load_workbook(exported)
    del wb["Summary"]
    wb.save(tmp_path / "nosummary.xlsx")
    preview = service.preview_import(tmp_path / "nosummary.xlsx")
    changed = [(c.key, [f.column for f in c.changes]) for c in preview.changes if c.action == "update"]
    assert changed == [(office, ["Status"])]  # the file's Active, as written, with nothing to say otherwise
