"""Rows typed without a key (a new task, a new indicator) are created once: importing the file again matches them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest

from app.services.importing import ImportRefusedError
from app.services.programs import ProgramService, TaskDraft
from tests.excel.conftest import snapshot


def _append(path: Path, out: Path, sheet: str, rows: list[dict[str, Any]]) -> Path:
    """Rows typed at the bottom of a sheet, by header, as a user adds them."""
    wb = openpyxl.load_workbook(path)
    ws = wb[sheet]
    headers = [c.value for c in ws[1]]
    for values in rows:
        r = ws.max_row + 1
        for column, value in values.items():
            ws.cell(r, headers.index(column) + 1).value = value
    wb.save(out)
    return out


def _sheet(preview: Any, reads_as: str) -> Any:
    return next(s for s in preview.sheets if s.reads_as == reads_as)


def test_a_keyless_task_row_is_created_once_however_often_the_file_is_imported(
    service: Any, office: str, exported: Path, tmp_path: Path
) -> None:
    edited = _append(
        exported,
        tmp_path / "edited.xlsx",
        "Tasks",
        [
            {"Program key": office, "Title": "Paint the racks"},
            {"Program key": office, "Parent key": f"{office}-T01", "Title": "Ask the shops"},
        ],
    )
    first = service.apply_import(edited)
    assert _sheet(first.preview, "Tasks").created == 2
    n_tasks = len(ProgramService(service.db).get_program(office).tasks)

    again = service.preview_import(edited)
    sheet = _sheet(again, "Tasks")
    assert (again.error_count, sheet.created, sheet.updated, sheet.missing) == (0, 0, 0, 0)
    assert sheet.unchanged == sheet.rows
    assert (again.created, again.updated) == (0, 0)
    service.apply_import(edited)
    service.apply_import(edited)
    titles = [t.title for t in ProgramService(service.db).get_program(office).tasks]
    assert len(titles) == n_tasks
    assert (titles.count("Paint the racks"), titles.count("Ask the shops")) == (1, 1)


def test_a_keyless_task_row_edited_after_its_import_updates_that_task(
    service: Any, office: str, exported: Path, tmp_path: Path
) -> None:
    edited = _append(exported, tmp_path / "edited.xlsx", "Tasks", [{"Program key": office, "Title": "Paint the racks"}])
    service.apply_import(edited)
    edited = _append(
        exported,
        tmp_path / "edited2.xlsx",
        "Tasks",
        [{"Program key": office, "Title": "Paint the racks", "Status": "Completed", "Owner": "Park"}],
    )
    preview = service.preview_import(edited)
    sheet = _sheet(preview, "Tasks")
    assert (preview.error_count, sheet.created, sheet.updated) == (0, 0, 1)
    change = next(c for c in preview.changes if c.entity == "task")
    assert {(f.column, f.old, f.new) for f in change.changes} == {
        ("Status", "Planned", "Completed"),
        ("Owner", None, "Park"),
    }
    service.apply_import(edited)
    racks = [t for t in ProgramService(service.db).get_program(office).tasks if t.title == "Paint the racks"]
    assert [(t.status.value, t.owner) for t in racks] == [("completed", "Park")]


def test_a_keyless_task_row_under_another_parent_is_a_new_task(
    service: Any, office: str, exported: Path, tmp_path: Path
) -> None:
    # "Survey residents" exists under the plan T01; the same title at the top level is a different task.
    edited = _append(
        exported, tmp_path / "edited.xlsx", "Tasks", [{"Program key": office, "Title": "Survey residents"}]
    )
    preview = service.preview_import(edited)
    assert (preview.error_count, _sheet(preview, "Tasks").created) == (0, 1)


def test_a_keyless_task_row_whose_title_several_tasks_share_asks_for_the_task_key(
    service: Any, office: str, exported: Path, tmp_path: Path
) -> None:
    edited = _append(exported, tmp_path / "edited.xlsx", "Tasks", [{"Program key": office, "Title": "Order helmets"}])
    service.apply_import(edited)
    # Meanwhile someone adds a task of the same title in the app: which one does the row mean?
    ps = ProgramService(service.db)
    ps.add_task(office, TaskDraft(title="Order helmets"))
    keys = sorted(t.key for t in ps.get_program(office).tasks if t.title == "Order helmets")
    assert len(keys) == 2
    before = snapshot(service.db)
    preview = service.preview_import(edited)
    assert preview.error_count == 1
    err = preview.errors[0]
    assert (err.sheet, err.column, err.value) == ("Tasks", "Title (C)", "Order helmets")
    assert "fill in the Task key column" in err.message
    assert all(k in err.message for k in keys), err.message
    with pytest.raises(ImportRefusedError):
        service.apply_import(edited)
    assert snapshot(service.db) == before


def test_a_keyless_task_row_may_repeat_the_title_of_a_task_the_file_names_by_key(
    service: Any, office: str, exported: Path, tmp_path: Path
) -> None:
    # A second "Buy bicycles" (the first is in the file with its key): created once, then matched.
    edited = _append(exported, tmp_path / "edited.xlsx", "Tasks", [{"Program key": office, "Title": "Buy bicycles"}])
    assert _sheet(service.apply_import(edited).preview, "Tasks").created == 1
    again = service.preview_import(edited)
    assert (again.error_count, _sheet(again, "Tasks").created) == (0, 0)
    titles = [t.title for t in ProgramService(service.db).get_program(office).tasks]
    assert titles.count("Buy bicycles") == 2


def test_a_new_indicator_row_without_its_key_is_created_once(
    service: Any, office: str, exported: Path, tmp_path: Path
) -> None:
    edited = _append(
        exported,
        tmp_path / "edited.xlsx",
        "Indicators",
        [
            {"Program key": office, "Indicator": "Racks installed", "Unit": "racks", "Period": 2026, "Value": 12},
            {"Program key": office, "Indicator": "Racks installed", "Unit": "racks", "Period": 2027, "Value": 30},
            {"Program key": office, "Indicator": "Rides per month", "Period": 2028, "Value": 5000},
        ],
    )
    first = service.apply_import(edited)
    assert (first.preview.error_count, _sheet(first.preview, "Indicators").created) == (0, 4)
    again = service.preview_import(edited)
    sheet = _sheet(again, "Indicators")
    assert (again.error_count, sheet.created, sheet.updated) == (0, 0, 0)
    service.apply_import(edited)
    indicators = ProgramService(service.db).get_program(office).indicators
    assert sorted(i.name for i in indicators) == ["Racks installed", "Rides per month"]
    assert sorted(len(i.values) for i in indicators) == [2, 4]


def test_a_keyless_indicator_row_whose_name_several_indicators_share_asks_for_the_key(
    service: Any, office: str, exported: Path, tmp_path: Path
) -> None:
    ps = ProgramService(service.db)
    ps.add_indicator(office, "Rides per month", unit="rides", key="GREEN-WHEELS-RIDES-2")
    edited = _append(
        exported,
        tmp_path / "edited.xlsx",
        "Indicators",
        [{"Program key": office, "Indicator": "Rides per month", "Period": 2028, "Value": 5000}],
    )
    preview = service.preview_import(edited)
    assert preview.error_count == 1
    message = preview.errors[0].message
    assert "Indicator key" in message
    assert "GREEN-WHEELS-RIDES" in message and "GREEN-WHEELS-RIDES-2" in message


def test_a_keyless_program_row_in_an_exported_workbook_is_created_once(
    service: Any, office: str, exported: Path, tmp_path: Path
) -> None:
    edited = _append(exported, tmp_path / "edited.xlsx", "Programs", [{"Title": "Repair cafe", "Status": "Planned"}])
    assert _sheet(service.apply_import(edited).preview, "Programs").created == 1
    again = service.preview_import(edited)
    assert (again.error_count, again.created, again.updated) == (0, 0, 0)
    service.apply_import(edited)
    assert [p.title for p in ProgramService(service.db).find_programs("repair cafe")] == ["Repair cafe"]


def test_the_preview_lists_what_a_new_row_brings(service: Any, office: str, exported: Path, tmp_path: Path) -> None:
    edited = _append(
        exported,
        tmp_path / "edited.xlsx",
        "Tasks",
        [
            {
                "Program key": office,
                "Title": "Paint the racks",
                "Status": "Active",
                "Percent complete": 1,
                "Owner": "Lee",
            }
        ],
    )
    preview = service.preview_import(edited)
    [new] = [c for c in preview.changes if c.action == "create"]
    assert (new.entity, new.label) == ("task", "Paint the racks")
    assert {(f.column, f.old, f.new) for f in new.changes} >= {
        ("Status", None, "Active"),
        ("Percent complete", None, "100%"),
        ("Owner", None, "Lee"),
    }
