"""The import preview dialog on a file imported before: nothing to create, and Import stays disabled."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl

from app.services.programs import ProgramDraft, ProgramService
from app.services.workbook import WorkbookService
from app.ui.workers import BackgroundRunner
from tests.ui.test_excel_dialogs import Prompts


def test_preview_of_a_file_with_a_keyless_task_imported_before_shows_nothing_to_create(
    qtbot: Any, seeded_db: Any, tmp_path: Path
) -> None:
    from app.ui.import_dialog import ImportPreviewDialog

    key = ProgramService(seeded_db).create_program(ProgramDraft(title="Green wheels", key="GREEN-WHEELS")).key
    service = WorkbookService(seeded_db)
    path = tmp_path / "meeting.xlsx"
    service.export_workbook(path)
    wb = openpyxl.load_workbook(path)
    ws = wb["Tasks"]
    headers = [c.value for c in ws[1]]
    r = ws.max_row + 1
    ws.cell(r, headers.index("Program key") + 1).value = key
    ws.cell(r, headers.index("Title") + 1).value = "Paint the racks"
    wb.save(path)
    assert service.apply_import(path).created == 1

    dialog = ImportPreviewDialog(service, Prompts(), path, BackgroundRunner())
    qtbot.addWidget(dialog)
    dialog.start_preview()
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=15000)
    assert dialog.summary.text().startswith("0 to create, 0 to update")
    assert dialog.changes.topLevelItemCount() == 0
    assert not dialog.apply_button.isEnabled()


def test_preview_of_a_sheet_made_by_hand_says_its_rows_carry_no_export_stamp(
    qtbot: Any, seeded_db: Any, tmp_path: Path
) -> None:
    from app.ui.import_dialog import ImportPreviewDialog

    ProgramService(seeded_db).create_program(ProgramDraft(title="Green wheels", key="GREEN-WHEELS"))
    path = tmp_path / "mine.csv"
    path.write_text("Title,Summary\nGreen wheels,Bicycles for everyone\n", encoding="utf-8")
    dialog = ImportPreviewDialog(WorkbookService(seeded_db), Prompts(), path, BackgroundRunner())
    qtbot.addWidget(dialog)
    dialog.start_preview()
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=15000)
    [sheet] = [dialog.sheets.topLevelItem(i) for i in range(dialog.sheets.topLevelItemCount())]
    assert "1 changed row carries no export stamp" in sheet.text(2)
