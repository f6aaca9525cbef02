"""Undo last import and the trash: each thing the undo trashed is its own trash entry and comes back alone."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest

from app.cli import main
from app.domain.dates import PartialDate
from app.services.history import HistoryFilter, HistoryService
from app.services.programs import ProgramService
from app.services.trash import TrashItem, TrashService


def _append(ws: Any, values: dict[str, Any]) -> None:
    headers = [c.value for c in ws[1]]
    r = ws.max_row + 1
    for column, value in values.items():
        ws.cell(r, headers.index(column) + 1).value = value


def _import_and_undo(service: Any, exported: Path, tmp_path: Path, rows: dict[str, list[dict[str, Any]]]) -> Any:
    wb = openpyxl.load_workbook(exported)
    for sheet, values in rows.items():
        for v in values:
            _append(wb[sheet], v)
    edited = tmp_path / "added.xlsx"
    wb.save(edited)
    result = service.apply_import(edited)
    assert result.preview.error_count == 0
    return service.undo_last_import()


def _entries(trash: TrashService) -> list[tuple[str, str, str, str]]:
    return sorted((i.kind, i.title, i.program_key, str(i.contents() or "")) for i in trash.list_items())


def _item(trash: TrashService, kind: str, title: str) -> TrashItem:
    return next(i for i in trash.list_items() if i.kind == kind and i.title == title)


def test_created_program_and_a_task_under_another_program_are_separate_entries(
    service: Any, office: str, exported: Path, tmp_path: Path
) -> None:
    _import_and_undo(
        service,
        exported,
        tmp_path,
        {
            "Programs": [{"Key": "RAIN-GARDENS", "Title": "Rain gardens"}],
            "Tasks": [
                {"Program key": "RAIN-GARDENS", "Title": "Dig the beds"},
                {"Program key": office, "Title": "Paint the lanes"},
            ],
            "Progress": [{"Program key": "RAIN-GARDENS", "Date": "2026-02", "Title": "Beds marked"}],
        },
    )
    trash = TrashService(service.db)
    assert _entries(trash) == [
        ("program", "Rain gardens", "RAIN-GARDENS", "1 task, 1 progress entry"),
        ("task", "Paint the lanes", office, ""),
    ]

    # Restoring the program brings back its own task and entry, not the other program's task.
    trash.restore("program", _item(trash, "program", "Rain gardens").id)
    ps = ProgramService(service.db)
    assert [t.title for t in ps.get_program("RAIN-GARDENS").tasks] == ["Dig the beds"]
    assert [e.title for e in ps.get_program("RAIN-GARDENS").progress] == ["Beds marked"]
    assert "Paint the lanes" not in [t.title for t in ps.get_program(office).tasks]
    assert _entries(trash) == [("task", "Paint the lanes", office, "")]

    trash.restore("task", _item(trash, "task", "Paint the lanes").id)
    assert "Paint the lanes" in [t.title for t in ps.get_program(office).tasks]
    assert trash.list_items() == []


def test_three_created_tasks_are_three_entries_and_restore_one_at_a_time(
    service: Any, office: str, exported: Path, tmp_path: Path
) -> None:
    titles = ["Paint the racks", "Order helmets", "Print maps"]
    _import_and_undo(service, exported, tmp_path, {"Tasks": [{"Program key": office, "Title": t} for t in titles]})
    trash = TrashService(service.db)
    assert _entries(trash) == sorted(("task", t, office, "") for t in titles)

    trash.restore("task", _item(trash, "task", "Order helmets").id)
    live = [t.title for t in ProgramService(service.db).get_program(office).tasks]
    assert "Order helmets" in live
    assert "Paint the racks" not in live and "Print maps" not in live
    assert _entries(trash) == [("task", "Paint the racks", office, ""), ("task", "Print maps", office, "")]


def test_indicator_values_after_undo_are_where_history_says(
    service: Any, office: str, exported: Path, tmp_path: Path
) -> None:
    report = _import_and_undo(
        service,
        exported,
        tmp_path,
        {
            "Indicators": [
                # A value added to an indicator that was there before the import.
                {
                    "Program key": office,
                    "Indicator key": "GREEN-WHEELS-RIDES",
                    "Indicator": "Rides per month",
                    "Period": "2028",
                    "Value": 5000,
                },
                # A new indicator with a value: both go to the trash together.
                {
                    "Program key": office,
                    "Indicator key": "GREEN-WHEELS-RACKS",
                    "Indicator": "Racks installed",
                    "Period": "2026",
                    "Value": 40,
                },
            ]
        },
    )
    assert (report.trashed, report.removed) == (2, 1)  # the new indicator and its value; the added value
    ps = ProgramService(service.db)
    rides = next(i for i in ps.get_program(office).indicators if i.key == "GREEN-WHEELS-RIDES")
    assert PartialDate(2028) not in [v.period for v in rides.values]

    trash = TrashService(service.db)
    assert _entries(trash) == [("indicator", "Racks installed", office, "")]
    history = HistoryService(service.db).list_changes(HistoryFilter(entity_types=("indicator_value",)))
    undo = [e for e in history.rows if e.action in ("delete", "purge")]
    # The value of the existing indicator is gone for good (History says so); the new indicator's value
    # stayed with its indicator and is not claimed by History to be anywhere else.
    assert [(e.action, e.entity_key) for e in undo] == [("purge", "GREEN-WHEELS-RIDES@2028/actual")]

    trash.restore("indicator", _item(trash, "indicator", "Racks installed").id)
    racks = next(i for i in ps.get_program(office).indicators if i.key == "GREEN-WHEELS-RACKS")
    assert [(v.period, v.value) for v in racks.values] == [(PartialDate(2026), 40.0)]


@pytest.mark.sqlite_only
def test_trash_list_on_the_command_line_after_undo(
    service: Any, office: str, exported: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _import_and_undo(
        service,
        exported,
        tmp_path,
        {
            "Tasks": [
                {"Program key": office, "Title": "Paint the racks"},
                {"Program key": office, "Title": "Print maps"},
            ]
        },
    )
    assert main(["--db", f"sqlite:///{service.db.sqlite_path}", "trash", "list"]) == 0
    out = capsys.readouterr().out
    assert out.endswith("\n")
    lines = out.splitlines()
    assert len(lines) == 2
    assert all("with" not in line for line in lines)
