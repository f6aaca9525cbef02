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
from tests.excel.conftest import snapshot, workbook_file
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


def _without_summary(exported: Path, out: Path) -> Path:
    """The stale workbook with its Summary sheet deleted (and with it the workbook's export time)."""
    wb = openpyxl.load_workbook(exported)
    del wb[layout.SUMMARY_SHEET]
    wb.save(out)
    return out


def _copied(exported: Path, out: Path) -> Path:
    """The Programs sheet's values pasted into a new workbook of one's own, under another sheet name."""
    source = openpyxl.load_workbook(exported)["Programs"]
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Sheet1"
    for row in source.iter_rows(values_only=True):
        ws.append(list(row))
    wb.save(out)
    return out


def _retitled_by_a_colleague(db: Any, key: str) -> None:
    _colleague(db).update_program(key, {"title": "Green wheels for all", "summary": "Shared bicycles in every dong"})


def _updated(preview: Any) -> list[tuple[str, list[str]]]:
    return [(c.key, [f.column for f in c.changes]) for c in preview.changes if c.action == "update"]


@pytest.mark.parametrize("lose_the_summary", [_without_summary, _copied], ids=["summary deleted", "sheet copied"])
def test_each_row_keeps_colleagues_later_changes_without_the_summary(
    service: Any, office: str, exported: Path, tmp_path: Path, lose_the_summary: Any
) -> None:
    _retitled_by_a_colleague(service.db, office)
    stale = lose_the_summary(
        _edit(exported, tmp_path / "edited.xlsx", GREEN_WHEELS__Status="On hold"), tmp_path / "stale.xlsx"
    )
    preview = service.preview_import(stale)
    assert preview.error_count == 0, [str(e) for e in preview.errors]
    assert _updated(preview) == [(office, ["Status"])]  # not the old title and summary put back
    assert {sh.unstamped for sh in preview.sheets} == {0}
    service.apply_import(stale)
    p = ProgramService(service.db).get_program(office)
    assert (p.title, p.summary, p.status) == ("Green wheels for all", "Shared bicycles in every dong", Status.ON_HOLD)


def test_a_cell_both_changed_is_a_conflict_without_the_summary(
    service: Any, office: str, exported: Path, tmp_path: Path
) -> None:
    _colleague(service.db).update_program(office, {"status": Status.COMPLETED})
    stale = _copied(_edit(exported, tmp_path / "edited.xlsx", GREEN_WHEELS__Status="On hold"), tmp_path / "stale.xlsx")
    before = snapshot(service.db)
    with pytest.raises(ImportRefusedError) as caught:
        service.apply_import(stale)
    assert snapshot(service.db) == before
    [error] = caught.value.preview.errors
    assert error.sheet == "Sheet1" and error.column is not None and error.column.startswith("Status")
    assert "Park" in error.message and "Completed" in error.message


def test_a_rows_stamp_wins_over_the_summary_of_the_workbook_it_was_pasted_into(
    service: Any, office: str, exported: Path, tmp_path: Path
) -> None:
    _retitled_by_a_colleague(service.db, office)
    fresh = tmp_path / "fresh.xlsx"
    service.export_workbook(fresh)  # its Summary says: after the colleague's change
    old = openpyxl.load_workbook(exported)["Programs"]
    wb = openpyxl.load_workbook(fresh)
    ws = wb["Programs"]
    for r, row in enumerate(old.iter_rows(values_only=True), 1):  # the old rows pasted over the fresh ones
        for c, value in enumerate(row, 1):
            ws.cell(r, c).value = value
    _set(ws, _row(ws, "Key", office), "Status", "On hold")
    wb.save(fresh)
    preview = service.preview_import(fresh)
    assert preview.error_count == 0, [str(e) for e in preview.errors]
    assert _updated(preview) == [(office, ["Status"])]


def test_a_task_row_keeps_a_colleagues_later_change_without_the_summary(
    service: Any, office: str, exported: Path, tmp_path: Path
) -> None:
    ps = ProgramService(service.db)
    task = next(t for t in ps.list_tasks(office) if t.title == "Buy bicycles")
    ProgramService(Database(service.db.url, actor="Park")).update_task(task.id, {"title": "Buy forty bicycles"})
    wb = openpyxl.load_workbook(exported)
    ws = wb["Tasks"]
    _set(ws, _row(ws, "Task key", task.key), "Status", "Active")
    del wb[layout.SUMMARY_SHEET]
    wb.save(tmp_path / "stale.xlsx")
    preview = service.preview_import(tmp_path / "stale.xlsx")
    assert preview.error_count == 0, [str(e) for e in preview.errors]
    assert _updated(preview) == [(task.key, ["Status"])]
    service.apply_import(tmp_path / "stale.xlsx")
    after = next(t for t in ps.list_tasks(office) if t.key == task.key)
    assert (after.title, after.status) == ("Buy forty bicycles", Status.ACTIVE)


def test_every_exported_keyed_row_carries_its_export_stamp_in_a_locked_column(exported: Path) -> None:
    wb = openpyxl.load_workbook(exported)
    summary = {r[0]: r[1] for r in wb["Summary"].iter_rows(max_row=12, values_only=True) if r and r[0]}
    for spec in layout.IMPORTABLE:
        ws = wb[spec.name]
        headers = [c.value for c in ws[1]]
        assert headers[-1] == "Exported (UTC)", spec.name  # at the far right
        assert ws.cell(1, len(headers)).fill.fgColor.rgb.endswith("BFBFBF")  # a grey header: not to edit
        stamps = [ws.cell(r, len(headers)) for r in range(2, ws.max_row + 1)]
        assert stamps and {c.value for c in stamps} == {summary[layout.EXPORTED_AT_LABEL]}, spec.name
        assert all(c.protection.locked for c in stamps) and ws.protection.sheet
        # Sorting and filtering take the stamp along with its row.
        assert ws.auto_filter.ref.split(":")[1].startswith(layout.column_letter(len(headers) - 1))
    how_to = [r for r in wb[layout.HOW_TO_SHEET].iter_rows(values_only=True) if r[:2] == ("Programs", "Exported (UTC)")]
    assert how_to and how_to[0][2] == "no"


def test_without_the_export_stamp_the_workbook_is_read_as_before(
    service: Any, office: str, exported: Path, tmp_path: Path
) -> None:
    _colleague(service.db).update_program(office, {"status": Status.COMPLETED})
    wb = openpyxl.load_workbook(exported)
    del wb["Summary"]
    ws = wb["Programs"]
    ws.delete_cols([c.value for c in ws[1]].index("Exported (UTC)") + 1)
    wb.save(tmp_path / "nostamp.xlsx")
    preview = service.preview_import(tmp_path / "nostamp.xlsx")
    changed = [(c.key, [f.column for f in c.changes]) for c in preview.changes if c.action == "update"]
    assert changed == [(office, ["Status"])]  # the file's Active, as written, with nothing to say otherwise
    [sheet] = [sh for sh in preview.sheets if sh.sheet == "Programs"]
    assert sheet.unstamped == 1
    assert str(sheet.stamp_note()).startswith("1 changed row carries no export stamp")


def test_a_sheet_made_by_hand_is_taken_as_written_and_said_to_carry_no_stamp(
    service: Any, office: str, tmp_path: Path
) -> None:
    _colleague(service.db).update_program(office, {"status": Status.COMPLETED})
    mine = workbook_file(
        tmp_path / "mine.xlsx",
        {"My list": [["Title", "Status", "Summary"], ["Green wheels", "On hold", "Bicycles for the district"]]},
    )
    preview = service.preview_import(mine)
    assert preview.error_count == 0
    assert _updated(preview) == [(office, ["Status"])]  # the user's intended value, as today
    [sheet] = preview.sheets
    assert sheet.ignored == () and sheet.unstamped == 1
    assert "no export stamp" in str(sheet.stamp_note())
    service.apply_import(mine)
    assert ProgramService(service.db).get_program(office).status is Status.ON_HOLD


def test_rows_of_two_exports_in_one_sheet_are_each_read_against_their_own(
    service: Any, office: str, exported: Path, tmp_path: Path
) -> None:
    from app.services.programs import ProgramDraft

    _retitled_by_a_colleague(service.db, office)  # after the first export
    ProgramService(service.db).create_program(ProgramDraft(title="Bike lanes", key="BIKE-LANES", summary="Paint"))
    fresh = tmp_path / "fresh.xlsx"
    service.export_workbook(fresh)
    _colleague(service.db).update_program("BIKE-LANES", {"summary": "Paint and kerbs"})  # after the second
    old = openpyxl.load_workbook(exported)["Programs"]
    wb = openpyxl.load_workbook(fresh)
    ws = wb["Programs"]
    mine, theirs = _row(ws, "Key", office), _row(old, "Key", office)
    for c in range(1, ws.max_column + 1):  # the first export's row pasted over the second's
        ws.cell(mine, c).value = old.cell(theirs, c).value
    _set(ws, mine, "Status", "On hold")
    _set(ws, _row(ws, "Key", "BIKE-LANES"), "Status", "On hold")
    del wb[layout.SUMMARY_SHEET]
    wb.save(fresh)
    preview = service.preview_import(fresh)
    assert preview.error_count == 0, [str(e) for e in preview.errors]
    # BIKE-LANES comes first: the changes after the second export are read, then those after the first.
    assert _updated(preview) == [("BIKE-LANES", ["Status"]), (office, ["Status"])]
