"""Export, edit in a spreadsheet program, import: exactly the edits arrive, nothing else changes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from app.domain import model as d
from app.domain.dates import PartialDate
from app.domain.enums import Sector, Status
from app.services.programs import ProgramDraft, ProgramService
from tests.excel.conftest import snapshot


def _row(ws: Any, column: str, value: str) -> int:
    """The row whose cell under header ``column`` equals ``value``."""
    headers = [c.value for c in ws[1]]
    col = headers.index(column) + 1
    for r in range(2, ws.max_row + 1):
        if ws.cell(r, col).value == value:
            return r
    raise AssertionError(f"{value} not found in {ws.title}.{column}")


def _set(ws: Any, row: int, column: str, value: Any) -> None:
    headers = [c.value for c in ws[1]]
    cell = ws.cell(row, headers.index(column) + 1)
    cell.value = value
    if isinstance(value, str):
        cell.data_type = "s"  # typed as text, as Excel stores it when the cell is formatted as text


def test_reimporting_an_unedited_export_changes_nothing(service: Any, office: str, exported: Path) -> None:
    before = snapshot(service.db)
    preview = service.preview_import(exported)
    assert preview.error_count == 0
    assert (preview.created, preview.updated) == (0, 0)
    assert preview.unchanged > 20
    result = service.apply_import(exported)
    assert (result.created, result.updated) == (0, 0)
    after = snapshot(service.db)
    assert after["programs"] == before["programs"]
    assert after["tasks"] == before["tasks"]
    assert after["indicator_values"] == before["indicator_values"]


def test_every_editable_column_round_trips(service: Any, office: str, exported: Path, tmp_path: Path) -> None:
    wb = openpyxl.load_workbook(exported)
    ws = wb["Programs"]
    r = _row(ws, "Key", office)
    edits = {
        "Title": "Green wheels for all",
        "Local title": "초록바퀴",
        "Place": "Dobong-gu",
        "Lead organization": "Gangdong Social Economy Support Center",
        "Sector": "Public",
        "Status": "On hold",
        "Start": dt.datetime(2025, 4, 1),
        "End": 2028,
        "Themes": "mobility, climate",
        "Summary": "Bicycles for everyone",
        "Description": "=SUM(A1:A3) stays text",
    }
    for column, value in edits.items():
        _set(ws, r, column, value)
    ws = wb["Tasks"]
    r = _row(ws, "Title", "Survey residents")
    for column, value in {
        "Title": "Survey residents and shops",
        "Owner": "Lee",
        "Status": "진행중",
        "Start": 2026,
        "Due": dt.datetime(2026, 5, 15),
        "Percent complete": "75%",
        "Weight": "1,5".replace(",", "."),
        "Description": "Door to door",
    }.items():
        _set(ws, r, column, value)
    ws = wb["Progress"]
    r = _row(ws, "Title", "Kick-off meeting")
    for column, value in {
        "Date": "2025년 3월 5일",
        "Title": "Kick-off",
        "Note": "Fifteen came",
        "Percent complete": 0.1,
        "Author": "Park",
    }.items():
        _set(ws, r, column, value)
    ws = wb["Indicators"]
    headers = [c.value for c in ws[1]]
    rows = [
        i
        for i in range(2, ws.max_row + 1)
        if ws.cell(i, headers.index("Indicator key") + 1).value == "GREEN-WHEELS-RIDES"
    ]
    for i in rows:  # name and unit repeat on every row of the indicator
        _set(ws, i, "Indicator", "Rides a month")
        _set(ws, i, "Unit", "trips")
    r = next(i for i in rows if ws.cell(i, headers.index("Period") + 1).value == 2026)
    for column, value in {"Value": "2,750", "Note": "Estimate"}.items():
        _set(ws, r, column, value)
    edited = tmp_path / "edited.xlsx"
    wb.save(edited)

    preview = service.preview_import(edited)
    assert preview.error_count == 0, [str(e) for e in preview.errors]
    assert preview.created == 0
    changed = {(c.entity, ch.column): (ch.old, ch.new) for c in preview.changes for ch in c.changes}
    assert changed[("program", "Status")] == ("Active", "On hold")
    assert changed[("task", "Percent complete")] == ("40%", "75%")
    assert changed[("indicator value", "Value")] == ("2500", "2750")
    service.apply_import(edited)

    p = ProgramService(service.db).get_program(office)
    assert p.title == "Green wheels for all"
    assert p.local_title == "초록바퀴"
    assert p.place is not None and p.place.name == "Dobong-gu"
    assert p.lead_organization is not None and p.lead_organization.key == "GANGDONG-SE-CENTER"
    assert p.sector is Sector.PUBLIC
    assert p.status is Status.ON_HOLD
    assert p.start_date == PartialDate(2025, 4)  # a yyyy-mm cell stays a month
    assert p.end_date == PartialDate(2028)
    assert p.themes == ("climate", "mobility")
    assert p.summary == "Bicycles for everyone"
    assert p.description == "=SUM(A1:A3) stays text"
    t = next(t for t in p.tasks if t.owner == "Lee")
    assert (t.title, t.status, t.start_date, t.due_date, t.percent_complete, t.weight, t.description) == (
        "Survey residents and shops",
        Status.ACTIVE,
        PartialDate(2026),
        PartialDate(2026, 5, 15),
        75.0,
        1.5,
        "Door to door",
    )
    e = p.progress[0]
    assert (e.entry_date, e.title, e.note, e.percent_complete, e.author) == (
        PartialDate(2025, 3, 5),
        "Kick-off",
        "Fifteen came",
        10.0,
        "Park",
    )
    ind = p.indicators[0]
    assert (ind.name, ind.unit) == ("Rides a month", "trips")
    v = next(v for v in ind.values if v.period == PartialDate(2026))
    assert (v.value, v.note) == (2750.0, "Estimate")
    # Importing the same file again finds nothing left to do.
    again = service.preview_import(edited)
    assert (again.created, again.updated, again.error_count) == (0, 0, 0)


def test_blank_cell_keeps_value_and_missing_rows_are_reported_not_deleted(
    service: Any, office: str, exported: Path, tmp_path: Path
) -> None:
    wb = openpyxl.load_workbook(exported)
    ws = wb["Programs"]
    _set(ws, _row(ws, "Key", office), "Summary", None)
    ws = wb["Tasks"]
    ws.delete_rows(_row(ws, "Title", "Buy bicycles"))
    edited = tmp_path / "edited.xlsx"
    wb.save(edited)
    preview = service.preview_import(edited)
    assert preview.updated == 0
    tasks = next(s for s in preview.sheets if s.reads_as == "Tasks")
    assert tasks.missing == 1 and tasks.missing_keys[0].startswith("GREEN-WHEELS-T")
    service.apply_import(edited)
    p = ProgramService(service.db).get_program(office)
    assert p.summary == "Bicycles for the district"
    assert len(p.tasks) == 3


def test_new_rows_create_and_undo_takes_them_back(service: Any, office: str, exported: Path, tmp_path: Path) -> None:
    before = snapshot(service.db)
    wb = openpyxl.load_workbook(exported)
    wb["Programs"].append(["RAIN-GARDENS", "Rain gardens", None, "Gangdong-gu", None, "Planned", 2026])
    wb["Tasks"].append([office, None, "Paint the lanes", None, "Planned"])
    wb["Tasks"].append(["RAIN-GARDENS", None, "Dig the beds", None, "Completed"])
    wb["Tasks"].append(["RAIN-GARDENS", None, "Plant", None, "Active", None, None, "50%", None, 3])
    wb["Progress"].append([None, office, None, "2026-02", "Lanes surveyed"])
    wb["Indicators"].append([office, "GREEN-WHEELS-RIDES", "Rides per month", "rides", 2027, 3100, "actual"])
    ws = wb["Programs"]
    _set(ws, _row(ws, "Key", office), "Status", "Completed")
    edited = tmp_path / "edited.xlsx"
    wb.save(edited)
    result = service.apply_import(edited)
    assert (result.created, result.updated) == (6, 1)
    if service.db.is_sqlite:  # a server database is backed up with pg_dump, not before each import
        assert result.backup is not None and result.backup.exists()
    ps = ProgramService(service.db)
    rain = ps.find_programs("rain gardens")[0]
    assert (rain.key, rain.percent_complete) == ("RAIN-GARDENS", 62.5)  # (100 * 1 + 50 * 3) / 4
    p = ps.get_program(office)
    assert p.status is Status.COMPLETED
    assert any(t.title == "Paint the lanes" for t in p.tasks)
    assert any(e.entry_date == PartialDate(2026, 2) for e in p.progress)

    undo = service.undo_last_import()
    assert (undo.trashed, undo.removed) == (5, 1)  # the added indicator value has no place in the trash
    assert undo.restored == 1  # the status; the percent complete is worked out again from the tasks
    after = snapshot(service.db)
    p = ps.get_program(office)
    assert p.status is Status.ACTIVE
    assert [t.title for t in p.tasks] == ["Plan the stations", "Survey residents", "Buy bicycles"]
    assert not ps.find_programs("rain gardens")
    assert len(p.indicators[0].values) == 3
    assert after["indicator_values"] == before["indicator_values"]
    with pytest.raises(Exception, match="no import to undo"):
        service.undo_last_import()


def test_undo_is_refused_when_a_later_edit_touched_the_same_field(
    service: Any, office: str, exported: Path, tmp_path: Path
) -> None:
    wb = openpyxl.load_workbook(exported)
    ws = wb["Programs"]
    _set(ws, _row(ws, "Key", office), "Status", "Completed")
    edited = tmp_path / "edited.xlsx"
    wb.save(edited)
    service.apply_import(edited)
    ProgramService(service.db).update_program(office, {"status": Status.CANCELLED})
    before = snapshot(service.db)
    with pytest.raises(Exception, match=r"later edits touched the same data: program GREEN-WHEELS status"):
        service.undo_last_import()
    assert snapshot(service.db) == before


def test_undo_goes_ahead_when_later_edits_touched_other_fields(
    service: Any, office: str, exported: Path, tmp_path: Path
) -> None:
    wb = openpyxl.load_workbook(exported)
    ws = wb["Tasks"]
    _set(ws, _row(ws, "Title", "Survey residents"), "Percent complete", "90%")
    edited = tmp_path / "edited.xlsx"
    wb.save(edited)
    service.apply_import(edited)
    ps = ProgramService(service.db)
    before_edit = ps.get_program(office).percent_complete
    # Someone then edits another task of the same program: its percent rolls up again, a different field.
    other = next(t for t in ps.get_program(office).tasks if t.title == "Buy bicycles")
    ps.update_task(other.id, {"percent_complete": 50.0})
    assert ps.get_program(office).percent_complete != before_edit
    service.undo_last_import()
    p = ps.get_program(office)
    survey = next(t for t in p.tasks if t.title == "Survey residents")
    buy = next(t for t in p.tasks if t.title == "Buy bicycles")
    assert (survey.percent_complete, buy.percent_complete) == (40.0, 50.0)
    # The roll-up follows the tasks as they are now: plan = its unit task (40), bicycles 50 with weight 2.
    assert p.percent_complete == round((40 * 1 + 50 * 2) / 3, 1)


def test_a_macro_enabled_copy_reads_the_same(service: Any, office: str, exported: Path, tmp_path: Path) -> None:
    xlsm = tmp_path / "meeting.xlsm"
    xlsm.write_bytes(exported.read_bytes())
    preview = service.preview_import(xlsm)
    assert (preview.error_count, preview.created, preview.updated) == (0, 0, 0)
    assert preview.unchanged > 20


def _add_rows(exported: Path, tmp_path: Path, office: str) -> Path:
    """A new task and a new progress entry typed at the bottom of their sheets."""
    wb = openpyxl.load_workbook(exported)
    for sheet, values in {
        "Tasks": {"Program key": office, "Title": "Paint the racks"},
        "Progress": {"Program key": office, "Date": "2026-11-20", "Title": "Racks painted"},
    }.items():
        ws = wb[sheet]
        r = ws.max_row + 1
        for column, value in values.items():
            _set(ws, r, column, value)
    edited = tmp_path / "added.xlsx"
    wb.save(edited)
    return edited


def test_rows_an_import_creates_are_not_reported_as_missing_from_the_file(
    service: Any, office: str, exported: Path, tmp_path: Path
) -> None:
    edited = _add_rows(exported, tmp_path, office)
    preview = service.preview_import(edited)
    assert (preview.created, preview.missing) == (2, 0)
    result = service.apply_import(edited)
    sheets = result.preview.sheets
    assert (result.created, result.preview.missing) == (2, 0), [(s.sheet, s.missing_keys) for s in sheets]


def test_importing_the_same_file_twice_does_not_log_the_new_progress_twice(
    service: Any, office: str, exported: Path, tmp_path: Path
) -> None:
    edited = _add_rows(exported, tmp_path, office)
    service.apply_import(edited)
    again = service.preview_import(edited)
    progress = next(s for s in again.sheets if s.reads_as == "Progress")
    assert (progress.created, progress.missing) == (0, 0)
    service.apply_import(edited)
    entries = ProgramService(service.db).get_program(office).progress
    assert [e.title for e in entries].count("Racks painted") == 1


def test_a_new_progress_row_edited_after_its_import_is_not_dropped_as_already_logged(
    service: Any, office: str, exported: Path, tmp_path: Path
) -> None:
    edited = _add_rows(exported, tmp_path, office)
    service.apply_import(edited)
    wb = openpyxl.load_workbook(edited)
    ws = wb["Progress"]
    _set(ws, _row(ws, "Title", "Racks painted"), "Note", "Blue, not green")
    wb.save(edited)
    again = service.preview_import(edited)
    progress = next(s for s in again.sheets if s.reads_as == "Progress")
    assert progress.created == 1  # not the same entry any more: nothing the user typed is ignored


def test_an_import_that_changes_nothing_records_no_import_and_keeps_no_backup(
    service: Any, office: str, exported: Path, tmp_path: Path
) -> None:
    wb = openpyxl.load_workbook(exported)
    ws = wb["Programs"]
    _set(ws, _row(ws, "Key", office), "Summary", "Bicycles for everyone")
    edited = tmp_path / "edited.xlsx"
    wb.save(edited)
    first = service.apply_import(edited)
    assert first.batch_id is not None and first.updated == 1
    backups = set(Path(service.db.sqlite_path).parent.glob("backups/*")) if service.db.is_sqlite else set()
    assert first.backup is None or first.backup in backups

    again = service.apply_import(edited)
    assert (again.batch_id, again.created, again.updated, again.backup) == (None, 0, 0, None)
    assert again.unchanged > 0
    # "Undo last import" still reaches the import that changed something.
    last = service.last_import()
    assert last is not None and last.id == first.batch_id
    if service.db.is_sqlite:
        assert set(Path(service.db.sqlite_path).parent.glob("backups/*")) == backups


def test_new_programs_roll_up_their_tasks_and_latest_progress_read_over_many_chunks(
    service: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A new program's percent complete and last progress come out right however the rows are split into
    chunks: entries of one program in several chunks, out of date order, and programs with only tasks or
    only progress."""
    from app.services.importing import run

    monkeypatch.setattr(run, "CHUNK", 2)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Programs"
    ws.append(["Key", "Title", "Status"])
    for key in ("ROLL-A", "ROLL-B", "ROLL-C"):
        ws.append([key, f"Program {key}", "Active"])
    ws = wb.create_sheet("Tasks")
    ws.append(["Program key", "Title", "Status", "Percent complete", "Weight"])
    ws.append(["ROLL-A", "Survey", "Active", "40%", 1])
    ws.append(["ROLL-A", "Build", "Completed", None, 3])  # completed counts as 100%
    ws.append(["ROLL-B", "Only task", "Active", "10%", 1])
    ws = wb.create_sheet("Progress")
    ws.append(["Program key", "Date", "Title"])
    ws.append(["ROLL-A", "2026-03", "March meeting"])
    ws.append(["ROLL-C", "2025", "Started"])
    ws.append(["ROLL-A", "2026-05-02", "May meeting"])  # the latest of ROLL-A, in a later chunk
    ws.append(["ROLL-A", "2026-01-15", "January meeting"])  # older, in the last chunk
    path = tmp_path / "new programs.xlsx"
    wb.save(path)
    service.apply_import(path, backup=False)
    got = {
        p.key: (p.percent_complete, p.last_progress) for p in ProgramService(service.db).find_programs("program roll")
    }
    assert got == {
        "ROLL-A": (round((40 * 1 + 100 * 3) / 4, 1), PartialDate(2026, 5, 2)),
        "ROLL-B": (10.0, None),
        "ROLL-C": (None, PartialDate(2025)),
    }


def test_a_title_the_undo_puts_back_sorts_the_programs_list_again(
    service: Any, office: str, exported: Path, tmp_path: Path
) -> None:
    ps = ProgramService(service.db)
    ps.create_program(ProgramDraft(title="Mango market", key="MANGO-MARKET"))
    wb = openpyxl.load_workbook(exported)
    ws = wb["Programs"]
    _set(ws, _row(ws, "Key", office), "Title", "Zebra crossings")
    edited = tmp_path / "renamed.xlsx"
    wb.save(edited)
    service.apply_import(edited)
    service.undo_last_import()
    own = ps.list_programs(d.ProgramFilter(is_case=False), sort="title")
    assert [p.title for p in own.rows] == ["Green wheels", "Mango market"]
