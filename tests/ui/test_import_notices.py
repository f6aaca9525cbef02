"""The import preview dialog says which cells it does not import (a column the app works out, typed over), and
the message at the end of the import says it again; the rest of the file imports."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl

from app.services.programs import ProgramDraft, ProgramService
from app.services.workbook import WorkbookService
from app.ui.workers import BackgroundRunner
from tests.ui.test_excel_dialogs import Prompts


def test_a_percent_typed_over_is_listed_under_notices_and_said_when_the_import_ends(
    qtbot: Any, seeded_db: Any, tmp_path: Path
) -> None:
    from app.ui.import_dialog import ImportPreviewDialog

    key = ProgramService(seeded_db).create_program(ProgramDraft(title="Green wheels", key="GREEN-WHEELS")).key
    service = WorkbookService(seeded_db)
    path = tmp_path / "meeting.xlsx"
    service.export_workbook(path)
    wb = openpyxl.load_workbook(path)
    ws = wb["Programs"]
    headers = [c.value for c in ws[1]]
    row = next(r for r in range(2, ws.max_row + 1) if ws.cell(r, 1).value == key)
    ws.cell(row, headers.index("Percent complete") + 1).value = 0.8
    ws.cell(row, headers.index("Summary") + 1).value = "Bicycles for everyone"
    wb.save(path)

    prompts = Prompts()
    dialog = ImportPreviewDialog(service, prompts, path, BackgroundRunner())
    qtbot.addWidget(dialog)
    dialog.start_preview()
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=15000)
    assert "1 cell was not imported" in dialog.summary.text()
    assert dialog.tabs.tabText(dialog.tabs.indexOf(dialog.notices)) == "Notices (1)"
    assert dialog.notices.rowCount() == 1
    cells = [dialog.notices.item(0, j).text() for j in range(5)]
    assert cells[:4] == ["Programs", str(row), "Percent complete (I)", "80%"]
    assert cells[4].startswith("'80%' was not imported: this column is worked out by the app")
    assert dialog.apply_button.isEnabled()  # a notice is no error
    with qtbot.waitSignal(dialog.imported, timeout=15000):
        dialog.apply_button.click()
    kind, title, said = prompts.messages[-1]
    assert (kind, title) == ("info", "Import finished")
    assert "1 cell was not imported" in said and f"row {row}, column Percent complete (I): '80%'" in said
    assert ProgramService(seeded_db).get_program(key).summary == "Bicycles for everyone"
