"""The import preview dialog on an office's status sheet: the rows it skips, with their reasons, and what it adds."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from app.services.workbook import WorkbookService
from app.ui.workers import BackgroundRunner
from tests.ui.test_excel_dialogs import Prompts

DATA = Path(__file__).parent.parent / "excel" / "data"


def test_the_preview_lists_skipped_rows_and_new_organizations(qtbot: Any, seeded_db: Any, tmp_path: Path) -> None:
    from app.ui.import_dialog import ImportPreviewDialog

    path = tmp_path / "status.xlsx"
    shutil.copy(DATA / "kr_dobong_monthly_status.xlsx", path)
    dialog = ImportPreviewDialog(WorkbookService(seeded_db), Prompts(), path, BackgroundRunner())
    qtbot.addWidget(dialog)
    dialog.start_preview()
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=15000)
    sheet = dialog.sheets.topLevelItem(0)
    notes = sheet.text(2)
    assert (
        "5 rows skipped" in notes and "new organizations: 교통행정과" in notes and "'연번' read as row numbers" in notes
    )
    skipped = [(sheet.child(i).text(0), sheet.child(i).text(2)) for i in range(sheet.childCount())]
    assert ("row 11", "a totals row: 합계 | 5건") in skipped
    assert ("row 13", "a note or footnote: ※ 진척률은 담당부서 제출 기준임") in skipped
    assert dialog.apply_button.isEnabled()


def test_the_preview_says_how_the_budget_columns_were_read(qtbot: Any, seeded_db: Any, tmp_path: Path) -> None:
    from app.ui.import_dialog import ImportPreviewDialog

    path = tmp_path / "budget.xlsx"
    shutil.copy(DATA / "cn_totals_and_notes.xlsx", path)
    dialog = ImportPreviewDialog(WorkbookService(seeded_db), Prompts(), path, BackgroundRunner())
    qtbot.addWidget(dialog)
    dialog.start_preview()
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=15000)
    notes = dialog.sheets.topLevelItem(0).text(2)
    assert "read as each program's indicator '预算' (budget as plan, spent as actual) in CNY 10 thousand" in notes
    assert "the execution rate (0.6 is 60%) is checked against spent / budget" in notes


def test_the_sheet_notes_say_a_status_sentence_and_each_note_on_a_line_of_the_tip(
    qtbot: Any, seeded_db: Any, tmp_path: Path
) -> None:
    """The notes of a sheet run past the column's edge; its tooltip gives each on a line of its own, the
    status cells kept as notes among them."""
    import openpyxl

    from app.ui.import_dialog import ImportPreviewDialog

    wb = openpyxl.Workbook()
    ws = wb.active
    for row in [
        ["项目名称", "进展情况", "完成进度"],
        ["莲花山步道提升", "已完成施工图设计，正在开展招标工作", "30%"],
        ["社区书房", "已完成", "100%"],
        ["口袋公园", "进行中", "45%"],
    ]:
        ws.append(row)
    path = tmp_path / "progress.xlsx"
    wb.save(path)
    dialog = ImportPreviewDialog(WorkbookService(seeded_db), Prompts(), path, BackgroundRunner())
    qtbot.addWidget(dialog)
    dialog.start_preview()
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=15000)
    sheet = dialog.sheets.topLevelItem(0)
    tip = sheet.toolTip(2).split("\n")
    assert "1 cell of 进展情况 is a sentence, not a status word" in sheet.text(2)
    assert any(line.startswith("1 cell of 进展情况 is a sentence") for line in tip) and len(tip) >= 2
