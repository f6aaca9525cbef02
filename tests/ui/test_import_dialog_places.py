"""The preview's Places tab: a place the app does not know is put where the user chooses (a new place inside an
existing one, or read as a place the app has), the preview is planned again with the choice, Apply imports what
it showed, and the choice is saved with the reading for next month's sheet."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
from PySide6.QtWidgets import QComboBox

from app.services.places import PlaceService
from app.services.programs import ProgramService
from app.services.workbook import WorkbookService
from app.ui.workers import BackgroundRunner
from tests.ui.test_excel_dialogs import Prompts


def _sheet(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "사업현황"
    ws.append(["2024년 주민자치 사업 추진현황"])
    ws.append(["연번", "사업명", "자치구", "추진상황"])
    ws.append([1, "골목 정원", "Gangdong", "추진중"])
    ws.append([2, "나눔 냉장고", "창동", "계획"])
    wb.save(path)
    return path


def _dialog(qtbot: Any, seeded_db: Any, path: Path, prompts: Prompts) -> Any:
    from app.ui.import_dialog import ImportPreviewDialog

    dialog = ImportPreviewDialog(WorkbookService(seeded_db), prompts, path, BackgroundRunner())
    qtbot.addWidget(dialog)
    dialog.start_preview()
    qtbot.waitUntil(lambda: dialog.preview is not None and dialog.worker is None, timeout=15000)
    return dialog


def _combo(dialog: Any, name: str) -> QComboBox:
    for row in range(dialog.places.rowCount()):
        if dialog.places.item(row, 1).text() == name:
            combo = dialog.places.cellWidget(row, 2)
            assert isinstance(combo, QComboBox)
            return combo
    raise AssertionError(f"no place {name!r} in the Places tab")


def _choose(qtbot: Any, dialog: Any, name: str, text: str) -> None:
    combo = _combo(dialog, name)
    index = combo.findText(text)
    assert index > 0, [combo.itemText(i) for i in range(combo.count())]
    before = dialog.preview
    combo.setCurrentIndex(index)
    qtbot.waitUntil(lambda: dialog.preview is not before and dialog.worker is None, timeout=15000)


def test_places_are_chosen_in_the_preview_then_imported_and_saved(qtbot: Any, seeded_db: Any, tmp_path: Path) -> None:
    prompts = Prompts()
    dialog = _dialog(qtbot, seeded_db, _sheet(tmp_path / "status.xlsx"), prompts)
    tab = dialog.tabs.indexOf(dialog.places)
    assert dialog.tabs.tabText(tab) == "Places (2)"
    assert _combo(dialog, "Gangdong").currentText() == "not known: choose where it goes"
    assert not dialog.apply_button.isEnabled()  # two rows name places the app does not know
    # 창동 is a neighbourhood: it may go in a district
    offered = [_combo(dialog, "창동").itemText(i) for i in range(_combo(dialog, "창동").count())]
    assert "new place in South Korea > Seoul > Dobong-gu" in offered
    assert "new place in South Korea > Seoul" not in offered  # a 동 lies in a district, not in the city itself

    _choose(qtbot, dialog, "Gangdong", "the same as South Korea > Seoul > Gangdong-gu")
    assert _combo(dialog, "Gangdong").currentText() == "the same as South Korea > Seoul > Gangdong-gu"
    _choose(qtbot, dialog, "창동", "new place in South Korea > Seoul > Dobong-gu")
    assert _combo(dialog, "창동").currentText() == "new place in South Korea > Seoul > Dobong-gu"
    assert dialog.preview.error_count == 0
    assert "new places: 창동 (neighbourhood in Dobong-gu)" in dialog.sheets.topLevelItem(0).text(2)

    dialog.save_name.setText("주민자치 월간")
    dialog.save_reading()
    saved = WorkbookService(seeded_db).mapping("주민자치 월간")
    assert {(c.name, c.parent, c.same_as) for c in saved.places} == {
        ("Gangdong", None, "KR-SEOUL-GANGDONG"),
        ("창동", "KR-SEOUL-DOBONG", None),
    }

    assert dialog.apply_button.isEnabled()
    dialog.apply()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=15000)
    ps = ProgramService(seeded_db)
    programs = {p.title: ps.get_program(p.key) for p in ps.list_programs(limit=1000).rows if not p.is_case}
    assert programs["골목 정원"].place.name == "Gangdong-gu"
    paths = {p.name: p.path for p in PlaceService(seeded_db).list_places()}
    assert paths["창동"] == "South Korea > Seoul > Dobong-gu > 창동"
    assert "Gangdong" not in paths


def test_a_district_is_offered_cities_to_go_in_not_other_districts(qtbot: Any, seeded_db: Any, tmp_path: Path) -> None:
    path = tmp_path / "mapo.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["사업명", "자치구", "추진상황"])
    ws.append(["마포 책방", "마포구", "추진중"])
    wb.save(path)
    dialog = _dialog(qtbot, seeded_db, path, Prompts())
    combo = _combo(dialog, "마포구")
    offered = [combo.itemText(i) for i in range(combo.count())]
    assert "new place in South Korea > Seoul" in offered
    assert "new place in South Korea > Seoul > Dobong-gu" not in offered
    _choose(qtbot, dialog, "마포구", "new place in South Korea > Seoul")
    assert dialog.preview.error_count == 0 and dialog.tabs.tabText(dialog.tabs.indexOf(dialog.places)) == "Places (1)"


def test_the_place_a_sheet_needs_is_added_from_the_preview(qtbot: Any, seeded_db: Any, tmp_path: Path) -> None:
    from app.ui.import_dialog import ImportPreviewDialog

    path = tmp_path / "mapo.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["마포구 주요사업 추진현황"])  # the district of the sheet, which the app does not know yet
    ws.append(["사업명", "행정동", "추진상황"])
    ws.append(["망원동 경로당", "망원동", "추진중"])
    wb.save(path)
    opened: list[Any] = []

    def add_mapo(parent: Any) -> None:  # what a user does in the Places editor the button opens
        opened.append(parent)
        PlaceService(seeded_db).add_place("Mapo-gu", "마포구", parent="Seoul")

    dialog = ImportPreviewDialog(WorkbookService(seeded_db), Prompts(), path, BackgroundRunner(), edit_places=add_mapo)
    qtbot.addWidget(dialog)
    dialog.start_preview()
    qtbot.waitUntil(lambda: dialog.preview is not None and dialog.worker is None, timeout=15000)
    assert dialog.preview.sheets[0].unknown_places == ("마포구", "망원동")
    assert not dialog.places_button.isHidden()
    before = dialog.preview
    dialog.places_button.click()
    qtbot.waitUntil(lambda: dialog.preview is not before and dialog.worker is None, timeout=15000)
    assert opened == [dialog]
    assert dialog.preview.error_count == 0
    assert _combo(dialog, "망원동").currentText() == "new: 망원동 (neighbourhood in Mapo-gu)"
    # a Korean name is offered Korea's places first
    assert "South Korea" in _combo(dialog, "망원동").itemText(1)
