"""The import preview as the place to correct an office's sheet: a column read as another field, a skipped row
read after all, the reading saved for next month; the import then applies what the corrected preview showed."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QTreeWidgetItem

from app.services.programs import ProgramService
from app.services.workbook import WorkbookService
from app.ui.workers import BackgroundRunner
from tests.ui.test_excel_dialogs import Prompts

DATA = Path(__file__).parent.parent / "excel" / "data"


def _dialog(qtbot: Any, seeded_db: Any, tmp_path: Path, prompts: Prompts | None = None) -> Any:
    from app.ui.import_dialog import ImportPreviewDialog

    path = tmp_path / "april.xlsx"
    shutil.copy(DATA / "kr_preview_corrections.xlsx", path)
    dialog = ImportPreviewDialog(WorkbookService(seeded_db), prompts or Prompts(), path, BackgroundRunner())
    qtbot.addWidget(dialog)
    dialog.start_preview()
    qtbot.waitUntil(lambda: dialog.preview is not None and dialog.worker is None, timeout=15000)
    return dialog


def _planned_again(qtbot: Any, dialog: Any, before: Any) -> None:
    qtbot.waitUntil(lambda: dialog.preview is not before and dialog.worker is None, timeout=15000)


def _combo(dialog: Any, header: str) -> QComboBox:
    for row in range(dialog.columns.rowCount()):
        if dialog.columns.item(row, 2).text() == header:
            combo = dialog.columns.cellWidget(row, 3)
            assert isinstance(combo, QComboBox)
            return combo
    raise AssertionError(f"no column {header!r} in the preview")


def _sheet_row(dialog: Any, label: str) -> QTreeWidgetItem:
    sheet = dialog.sheets.topLevelItem(0)
    for i in range(sheet.childCount()):
        if sheet.child(i).text(0) == label:
            return sheet.child(i)
    raise AssertionError(f"no {label!r} under the sheet")


def _titles(dialog: Any) -> set[str]:
    return {c.label for c in dialog.preview.changes if c.entity == "program"}


def test_a_column_read_as_another_field_and_a_skipped_row_read_then_imported(
    qtbot: Any, seeded_db: Any, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, seeded_db, tmp_path)
    assert dialog.preview.sheets[0].new_organizations == ()
    assert _titles(dialog) == {"방학동 골목 정원", "쌍문동 어르신 쉼터"}

    # 담당 holds departments: read it as the lead organization
    combo = _combo(dialog, "담당")
    assert combo.currentText() == "Person in charge (kept in the note)"
    before = dialog.preview
    combo.setCurrentIndex(combo.findData("lead_organization"))
    _planned_again(qtbot, dialog, before)
    assert _combo(dialog, "담당").currentData() == "lead_organization"
    assert dialog.preview.sheets[0].new_organizations == ("공원녹지과", "어르신복지과")

    # the starred program was taken for a footnote: tick it to read it
    starred = _sheet_row(dialog, "row 6")
    assert starred.checkState(0) == Qt.CheckState.Unchecked
    before = dialog.preview
    starred.setCheckState(0, Qt.CheckState.Checked)
    _planned_again(qtbot, dialog, before)
    assert "* 창동 청년 공유공간(신규)" in _titles(dialog)
    assert _sheet_row(dialog, "row 6").checkState(0) == Qt.CheckState.Checked  # listed as read by choice
    assert dialog.apply_button.isEnabled()

    dialog.apply()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=15000)
    ps = ProgramService(seeded_db)
    programs = {p.title: ps.get_program(p.key) for p in ps.list_programs(limit=1000).rows if not p.is_case}
    assert {t: p.lead_organization.name for t, p in programs.items() if p.lead_organization} == {
        "방학동 골목 정원": "공원녹지과",
        "쌍문동 어르신 쉼터": "어르신복지과",
        "* 창동 청년 공유공간(신규)": "청년정책과",
    }
    assert programs["* 창동 청년 공유공간(신규)"].description == "4월 추가"
    assert programs["방학동 골목 정원"].description is None  # 담당 is no longer put in the note


def test_a_record_row_unticked_is_skipped_and_ticked_again_is_read(qtbot: Any, seeded_db: Any, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, seeded_db, tmp_path)
    first = dialog.changes.topLevelItem(0)
    assert first.text(0) == "4월 추진현황 4" and first.checkState(0) == Qt.CheckState.Checked
    before = dialog.preview
    first.setCheckState(0, Qt.CheckState.Unchecked)
    _planned_again(qtbot, dialog, before)
    assert _titles(dialog) == {"쌍문동 어르신 쉼터"}
    skipped = _sheet_row(dialog, "row 4")
    assert skipped.text(2).startswith("skipped as you chose: 1 | 방학동 골목 정원")
    before = dialog.preview
    skipped.setCheckState(0, Qt.CheckState.Checked)
    _planned_again(qtbot, dialog, before)
    assert _titles(dialog) == {"방학동 골목 정원", "쌍문동 어르신 쉼터"}


def test_the_reading_saved_in_the_preview_reads_the_next_sheet_the_same_way(
    qtbot: Any, seeded_db: Any, tmp_path: Path
) -> None:
    prompts = Prompts()
    dialog = _dialog(qtbot, seeded_db, tmp_path, prompts)
    combo = _combo(dialog, "담당")
    before = dialog.preview
    combo.setCurrentIndex(combo.findData("lead_organization"))
    _planned_again(qtbot, dialog, before)
    dialog.save_name.setText("도봉 동 단위")
    dialog.save_button.click()
    assert prompts.messages[-1][0] == "info" and "도봉 동 단위" in prompts.messages[-1][2]

    # a new dialog on the same sheet, as next month: choose the saved reading
    again = _dialog(qtbot, seeded_db, tmp_path)
    assert _combo(again, "담당").currentData() == "contact"
    before = again.preview
    again.saved.setCurrentIndex(again.saved.findText("도봉 동 단위"))
    again.saved.activated.emit(again.saved.currentIndex())
    _planned_again(qtbot, again, before)
    assert _combo(again, "담당").currentData() == "lead_organization"
    assert again.preview.sheets[0].readings == dialog.preview.sheets[0].readings


def test_a_row_with_an_error_unticked_is_skipped_and_the_rest_can_be_imported(
    qtbot: Any, seeded_db: Any, tmp_path: Path
) -> None:
    import openpyxl

    from app.ui.import_dialog import ImportPreviewDialog

    path = tmp_path / "추진현황.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "추진현황"
    ws.append(["연번", "사업명", "담당부서", "진행상태"])
    ws.append([1, "빗물정원 조성", "환경과", "정상추진"])
    ws.append([2, "마을버스 노선 개편", "교통과", "거의끝남"])
    wb.save(path)
    dialog = ImportPreviewDialog(WorkbookService(seeded_db), Prompts(), path, BackgroundRunner())
    qtbot.addWidget(dialog)
    dialog.start_preview()
    qtbot.waitUntil(lambda: dialog.preview is not None and dialog.worker is None, timeout=15000)
    assert not dialog.apply_button.isEnabled()
    row = dialog.errors.item(0, 1)
    assert row.text() == "3" and row.checkState() == Qt.CheckState.Checked
    before = dialog.preview
    row.setCheckState(Qt.CheckState.Unchecked)
    _planned_again(qtbot, dialog, before)
    assert dialog.preview.error_count == 0 and _titles(dialog) == {"빗물정원 조성"}
    dialog.apply()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=15000)
    ps = ProgramService(seeded_db)
    assert {p.title for p in ps.list_programs(limit=1000).rows if not p.is_case} == {"빗물정원 조성"}
