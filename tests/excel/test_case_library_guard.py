"""An import never changes the case library: cases stay as their sources state them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest

from app.services.importing import ImportRefusedError
from tests.excel.conftest import snapshot
from tests.excel.test_round_trip import _row, _set


def _edit(exported: Path, out: Path, change: Any) -> Path:
    wb = openpyxl.load_workbook(exported)
    change(wb)
    wb.save(out)
    return out


def _refused(service: Any, path: Path) -> list[Any]:
    before = snapshot(service.db)
    preview = service.preview_import(path)
    with pytest.raises(ImportRefusedError):
        service.apply_import(path)
    assert snapshot(service.db) == before
    return list(preview.errors)


def test_a_changed_case_title_is_refused_and_nothing_is_written(
    service: Any, office: str, exported: Path, tmp_path: Path
) -> None:
    def change(wb: Any) -> None:
        ws = wb["Programs"]
        _set(ws, _row(ws, "Key", "SEOUL-TTAREUNGI"), "Title", "Ttareungi (edited)")
        # An edit of the office's own program in the same file is fine on its own.
        _set(ws, _row(ws, "Key", office), "Summary", "Bicycles for everyone")

    errors = _refused(service, _edit(exported, tmp_path / "case.xlsx", change))
    assert len(errors) == 1
    e = errors[0]
    assert (e.sheet, e.value) == ("Programs", "Ttareungi (edited)")
    assert e.column is not None and e.column.startswith("Title")
    assert "SEOUL-TTAREUNGI" in e.message and "case of the library" in e.message


def test_new_rows_under_a_case_are_refused(service: Any, office: str, exported: Path, tmp_path: Path) -> None:
    def change(wb: Any) -> None:
        for sheet, values in (
            ("Progress", {"Program key": "SEOUL-TTAREUNGI", "Date": "2026-11-01", "Title": "Our visit"}),
            ("Tasks", {"Program key": "SEOUL-TTAREUNGI", "Title": "Count the bicycles"}),
        ):
            ws = wb[sheet]
            headers = [c.value for c in ws[1]]
            r = ws.max_row + 1
            for column, value in values.items():
                ws.cell(r, headers.index(column) + 1).value = value

    errors = _refused(service, _edit(exported, tmp_path / "rows.xlsx", change))
    assert sorted(e.sheet for e in errors) == ["Progress", "Tasks"]
    assert all("case of the library" in e.message for e in errors)


def test_a_changed_cited_value_of_a_case_is_refused(service: Any, exported: Path, tmp_path: Path) -> None:
    def change(wb: Any) -> None:
        ws = wb["Indicators"]
        headers = [c.value for c in ws[1]]
        program, value = headers.index("Program key") + 1, headers.index("Value") + 1
        r = next(r for r in range(2, ws.max_row + 1) if ws.cell(r, program).value == "SEOUL-TTAREUNGI")
        ws.cell(r, value).value = 9999

    errors = _refused(service, _edit(exported, tmp_path / "value.xlsx", change))
    assert [(e.sheet, e.value) for e in errors] == [("Indicators", "9999")]
