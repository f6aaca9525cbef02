"""Export, then import the workbook unedited: nothing changes, whatever the text looks like (issue #14, case
10: themes containing ';', authors with leading spaces, Windows line breaks, control characters)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
from sqlalchemy import text

from app.services.programs import ProgramDraft, ProgramService, TaskDraft
from tests.excel.conftest import snapshot


def _unchanged(service: Any, path: Path) -> None:
    """The workbook at ``path`` changes nothing: the preview lists no change, and the import writes nothing."""
    before = snapshot(service.db)
    preview = service.preview_import(path)
    assert preview.error_count == 0
    assert [(rc.sheet, rc.key, [(c.column, c.old, c.new) for c in rc.changes]) for rc in preview.changes] == []
    assert (preview.created, preview.updated) == (0, 0)
    result = service.apply_import(path)
    assert (result.created, result.updated, result.batch_id) == (0, 0, None)
    assert snapshot(service.db) == before


def test_text_entered_with_separators_and_blanks_round_trips_unchanged(service: Any, tmp_path: Path) -> None:
    programs = ProgramService(service.db)
    p = programs.create_program(
        ProgramDraft(title="Homes\r\nfor all ", key="HOMES", themes=("Food; housing", "care、elderly", "x"))
    )
    assert p.title == "Homes\nfor all"
    # A theme holds no separator: the workbook lists themes in one cell, split at ',', ';', '、'...
    assert p.themes == ("care", "elderly", "food", "housing", "x")
    task = programs.add_task(p.key, TaskDraft(title="Survey", owner="  Lee", description="one\r\ntwo\x0b"))
    assert (task.owner, task.description) == ("Lee", "one\ntwo")
    entry = programs.log_progress(p.key, "Met the tenants", note=" first\rsecond ", author="  Kim")
    assert (entry.author, entry.note) == ("Kim", "first\nsecond")
    path = tmp_path / "meeting.xlsx"
    service.export_workbook(path)
    _unchanged(service, path)


def test_text_stored_before_the_cleaning_rules_round_trips_unchanged(service: Any, tmp_path: Path) -> None:
    # Data written by an older version (or another tool) straight into the database.
    programs = ProgramService(service.db)
    p = programs.create_program(ProgramDraft(title="Homes", key="HOMES", themes=("x",), summary="s"))
    task = programs.add_task(p.key, TaskDraft(title="Survey", owner="Lee"))
    first = programs.log_progress(p.key, "Met", note="n", author="Kim")
    second = programs.log_progress(p.key, "Met again", author="Kim")
    with service.db.engine.begin() as conn:
        program_id = conn.execute(text("SELECT id FROM programs WHERE key = 'HOMES'")).scalar_one()
        conn.execute(text("DELETE FROM program_themes WHERE program_id = :p"), {"p": program_id})
        conn.execute(
            text("INSERT INTO program_themes (program_id, theme) VALUES (:p, 'food; housing'), (:p, 'care, elderly')"),
            {"p": program_id},
        )
        conn.execute(text("UPDATE programs SET summary = ' s\r\n' WHERE id = :p"), {"p": program_id})
        conn.execute(text("UPDATE tasks SET owner = ' Lee', description = 'x\r\ny' WHERE id = :t"), {"t": task.id})
        conn.execute(
            text("UPDATE progress_entries SET author = '  Kim', note = :note WHERE id = :e"),
            {"note": "a\r\nb\rc\x01d ", "e": first.id},
        )
        conn.execute(text("UPDATE progress_entries SET author = 'Kim  ' WHERE id = :e"), {"e": second.id})
    path = tmp_path / "meeting.xlsx"
    service.export_workbook(path)
    _unchanged(service, path)


def test_an_edit_to_such_text_is_still_an_edit(service: Any, tmp_path: Path) -> None:
    programs = ProgramService(service.db)
    p = programs.create_program(ProgramDraft(title="Homes", key="HOMES", themes=("food; housing",)))
    entry = programs.log_progress(p.key, "Met", author="  Kim")
    path = tmp_path / "meeting.xlsx"
    service.export_workbook(path)
    wb = openpyxl.load_workbook(path)
    for sheet, column, row_of, value in (
        ("Programs", "Themes", "HOMES", "food; shelter"),
        ("Progress", "Author", entry.id, "Lee"),
    ):
        ws = wb[sheet]
        headers = [c.value for c in ws[1]]
        row = next(r for r in ws.iter_rows(min_row=2) if row_of in (r[0].value, r[1].value))
        row[headers.index(column)].value = value
    edited = tmp_path / "edited.xlsx"
    wb.save(edited)
    preview = service.preview_import(edited)
    assert sorted((rc.sheet, [(c.column, c.old, c.new) for c in rc.changes]) for rc in preview.changes) == [
        ("Programs", [("Themes", "food, housing", "food, shelter")]),
        ("Progress", [("Author", "Kim", "Lee")]),
    ]
