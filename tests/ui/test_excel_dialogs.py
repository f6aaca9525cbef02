"""The workbook dialogs, driven as a user would, with a prompts stub answering the file and message boxes."""

from __future__ import annotations

import gc
import weakref
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QDialog

from app.domain.enums import Status
from app.services.programs import ProgramService
from app.services.workbook import WorkbookService
from app.ui.workers import BackgroundRunner
from tests.ui import fake_window


class Prompts:
    def __init__(self, save_to: Path | None = None, open_path: Path | None = None, confirm: bool = True) -> None:
        self.save_to = save_to
        self.open_path = open_path
        self.answer = confirm
        self.messages: list[tuple[str, str, str]] = []

    def info(self, title: str, text: str) -> None:
        self.messages.append(("info", title, text))

    def error(self, title: str, text: str) -> None:
        self.messages.append(("error", title, text))

    def confirm(self, title: str, text: str) -> bool:
        self.messages.append(("confirm", title, text))
        return self.answer

    def open_file(self, caption: str, name_filter: str) -> str | None:
        return str(self.open_path) if self.open_path else None

    def save_file(self, caption: str, default_path: str, name_filter: str) -> str | None:
        self.messages.append(("save", caption, default_path))
        return str(self.save_to) if self.save_to else None


class FakeWindow(fake_window.FakeWindow):
    """The shared stand-in, counting how often the views were told that data changed."""

    def __init__(self, db: Any, prompts: Prompts) -> None:
        super().__init__(db, prompts)
        self.changed = 0
        self.data_changed.connect(self._count)

    def _count(self) -> None:
        self.changed += 1


def _edited(service: WorkbookService, tmp_path: Path, key: str, status: str) -> Path:
    path = tmp_path / "meeting.xlsx"
    service.export_workbook(path)
    wb = openpyxl.load_workbook(path)
    ws = wb["Programs"]
    headers = [c.value for c in ws[1]]
    row = next(r for r in range(2, ws.max_row + 1) if ws.cell(r, 1).value == key)
    ws.cell(row, headers.index("Status") + 1).value = status
    out = tmp_path / "edited.xlsx"
    wb.save(out)
    return out


@pytest.fixture
def own(seeded_db: Any) -> str:
    from app.services.programs import ProgramDraft

    return (
        ProgramService(seeded_db)
        .create_program(ProgramDraft(title="Green wheels", key="GREEN-WHEELS", status=Status.ACTIVE))
        .key
    )


def test_preview_lists_old_and_new_values_and_apply_imports(
    qtbot: Any, seeded_db: Any, own: str, tmp_path: Path
) -> None:
    from app.ui.import_dialog import ImportPreviewDialog

    path = _edited(WorkbookService(seeded_db), tmp_path, own, "Completed")
    prompts = Prompts()
    dialog = ImportPreviewDialog(WorkbookService(seeded_db), prompts, path, BackgroundRunner())
    qtbot.addWidget(dialog)
    dialog.start_preview()
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=15000)
    assert "0 to create, 1 to update" in dialog.summary.text()
    item = dialog.changes.topLevelItem(0)
    assert item.text(2) == own
    child = item.child(0)
    assert (child.text(3), child.text(4), child.text(5)) == ("Status", "Active", "Completed")
    assert dialog.apply_button.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=15000):
        dialog.apply_button.click()
    assert ProgramService(seeded_db).get_program(own).status is Status.COMPLETED
    assert prompts.messages[-1][1] == "Import finished"


def test_bad_rows_disable_apply_and_save_a_copy_with_an_errors_sheet(
    qtbot: Any, seeded_db: Any, own: str, tmp_path: Path
) -> None:
    from app.ui.import_dialog import ImportPreviewDialog

    path = _edited(WorkbookService(seeded_db), tmp_path, own, "done?")
    copy = tmp_path / "with errors.xlsx"
    prompts = Prompts(save_to=copy)
    dialog = ImportPreviewDialog(WorkbookService(seeded_db), prompts, path, BackgroundRunner())
    qtbot.addWidget(dialog)
    dialog.start_preview()
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=15000)
    assert not dialog.apply_button.isEnabled()
    assert dialog.errors.rowCount() == 1
    assert dialog.errors.item(0, 4).text().startswith("Status 'done?' is not one of")
    dialog.errors_button.click()
    wb = openpyxl.load_workbook(copy)
    assert wb.sheetnames[0] == "Errors"
    assert wb["Errors"]["E2"].value.startswith("Status 'done?'")
    bad = wb["Programs"][f"F{dialog.preview.errors[0].row}"]  # Status
    assert bad.value == "done?" and bad.fill.fgColor.rgb.endswith("FFC7CE") and bad.comment is not None


def test_foreign_sheet_goes_through_the_mapping_dialog_and_the_mapping_is_saved(
    qtbot: Any, seeded_db: Any, tmp_path: Path
) -> None:
    from app.ui.import_dialog import ImportPreviewDialog
    from app.ui.mapping_dialog import ColumnMappingDialog

    wb = openpyxl.Workbook()
    wb.active.append(["Initiative", "Phase"])
    wb.active.append(["Night buses", "ongoing"])
    path = tmp_path / "own.xlsx"
    wb.save(path)
    prompts = Prompts()
    dialog = ImportPreviewDialog(WorkbookService(seeded_db), prompts, path, BackgroundRunner())
    qtbot.addWidget(dialog)
    dialog.start_preview()
    qtbot.waitUntil(lambda: dialog.map_button.isVisibleTo(dialog), timeout=15000)
    assert "could not match the required column(s) Title" in dialog.summary.text()
    mapping = ColumnMappingDialog(WorkbookService(seeded_db), prompts, dialog.unmatched[0])
    qtbot.addWidget(mapping)
    ok = mapping.buttons.button(mapping.buttons.StandardButton.Ok)
    assert not ok.isEnabled()
    mapping.combos["title"].setCurrentIndex(1)
    mapping.combos["status"].setCurrentIndex(2)
    assert ok.isEnabled()
    mapping.save_box.setChecked(True)
    mapping.save_name.setText("Transport list")
    ok.click()
    assert WorkbookService(seeded_db).mapping("Transport list").columns == {
        "title": "Initiative",
        "status": "Phase",
    }
    dialog.mappings = [mapping.mapping()]
    dialog.start_preview()
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=15000)
    assert dialog.preview.created == 1 and dialog.apply_button.isEnabled()


def test_export_dialog_writes_the_workbook_on_a_worker(qtbot: Any, seeded_db: Any, own: str, tmp_path: Path) -> None:
    from app.ui.export_dialog import ExportDialog

    target = tmp_path / "out.xlsx"
    prompts = Prompts(save_to=target)
    dialog = ExportDialog(WorkbookService(seeded_db), ProgramService(seeded_db), prompts, BackgroundRunner())
    qtbot.addWidget(dialog)
    dialog.which.setCurrentIndex(0)  # own programs
    with qtbot.waitSignal(dialog.exported, timeout=30000):
        dialog.export_button.click()
    assert prompts.messages[0][0] == "save" and prompts.messages[0][2].endswith(".xlsx")
    assert "All programs" in prompts.messages[0][2]
    wb = openpyxl.load_workbook(target)
    assert [c.value for c in wb["Programs"]["A"]][1:] == [own]


def test_workbook_menus_import_and_undo(qtbot: Any, seeded_db: Any, own: str, tmp_path: Path) -> None:
    from app.ui.excel_actions import install

    path = _edited(WorkbookService(seeded_db), tmp_path, own, "On hold")
    prompts = Prompts(open_path=path)
    window = FakeWindow(seeded_db, prompts)
    qtbot.addWidget(window)
    actions = install(window)
    texts = [a.text() for a in window.menu("file").actions()]
    assert "Export meeting workbook..." in texts and "Import workbook..." in texts
    assert "Undo last import" in [a.text() for a in window.menu("edit").actions()]
    actions.import_action.trigger()
    dialog = actions.dialog
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=15000)
    with qtbot.waitSignal(dialog.imported, timeout=15000):
        dialog.apply_button.click()
    assert window.changed == 1
    assert ProgramService(seeded_db).get_program(own).status is Status.ON_HOLD
    actions.undo_action.trigger()
    assert prompts.messages[-2][0] == "confirm" and "edited.xlsx" in prompts.messages[-2][2]
    assert window.changed == 2
    assert ProgramService(seeded_db).get_program(own).status is Status.ACTIVE
    actions.undo_action.trigger()
    assert prompts.messages[-1] == ("info", "Undo last import", "There is no import to undo.")


def test_export_to_a_missing_folder_shows_a_message(qtbot: Any, seeded_db: Any, tmp_path: Path) -> None:
    from app.ui.export_dialog import ExportDialog

    missing = tmp_path / "gone"
    prompts = Prompts(save_to=missing / "out.xlsx")
    dialog = ExportDialog(WorkbookService(seeded_db), ProgramService(seeded_db), prompts, BackgroundRunner())
    qtbot.addWidget(dialog)
    dialog.export_button.click()
    qtbot.waitUntil(lambda: prompts.messages[-1][0] == "error", timeout=30000)
    assert prompts.messages[-1] == (
        "error",
        "Export meeting workbook",
        f"Cannot write out.xlsx: the folder {missing} does not exist",
    )
    assert dialog.export_button.isEnabled()


def test_a_closed_import_dialog_lets_go_of_its_preview(qtbot: Any, seeded_db: Any, own: str, tmp_path: Path) -> None:
    """The thread pool keeps every job it ran for the whole session; a closed dialog must not stay with it."""
    from app.ui.excel_actions import install

    window = FakeWindow(seeded_db, Prompts(open_path=_edited(WorkbookService(seeded_db), tmp_path, own, "On hold")))
    qtbot.addWidget(window)
    actions = install(window)
    actions.import_action.trigger()
    qtbot.waitUntil(lambda: actions.dialog.preview is not None, timeout=15000)
    preview = weakref.ref(actions.dialog.preview)
    actions.dialog.close_button.click()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    assert actions.dialog is None and preview() is None
    assert window.findChildren(QDialog) == []


def test_in_korean_an_offices_bad_status_is_told_by_its_header_and_the_copy_is_korean(
    qtbot: Any, seeded_db: Any, tmp_path: Path
) -> None:
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    from app.ui import language
    from app.ui.import_dialog import ImportPreviewDialog

    language.install_translations(QApplication.instance(), QLocale("ko_KR"))
    path = tmp_path / "추진현황.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "추진현황"
    ws.append(["연번", "사업명", "담당부서", "진행상태"])
    ws.append([1, "빗물정원 조성", "환경과", "정상추진"])
    ws.append([2, "마을버스 노선 개편", "교통과", "거의끝남"])
    wb.save(path)
    copy = tmp_path / "오류 표시.xlsx"
    dialog = ImportPreviewDialog(WorkbookService(seeded_db), Prompts(save_to=copy), path, BackgroundRunner())
    qtbot.addWidget(dialog)
    dialog.start_preview()
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=15000)
    assert dialog.errors.item(0, 2).text() == "진행상태 (D)"
    problem = dialog.errors.item(0, 4).text()
    assert problem.startswith("상태 '거의끝남'") and "진행 중(정상추진, 추진중, 진행중, 지연)" in problem
    assert "planned" not in problem
    created = dialog.changes.topLevelItem(0)
    shown = {created.child(i).text(3): created.child(i).text(5) for i in range(created.childCount())}
    assert shown["진행상태"] == "진행 중"  # the sheet's header, and the status in Korean
    assert dialog.sheets.topLevelItem(0).text(1) == "사업"

    dialog.errors_button.click()
    marked = openpyxl.load_workbook(copy)
    assert marked.sheetnames == ["오류", "추진현황"]
    assert [c.value for c in marked["오류"][1]] == ["시트", "행", "열", "값", "문제"]
    assert marked["오류"]["C2"].value == "진행상태 (D)"
    assert marked["오류"]["E2"].value.startswith("상태 '거의끝남'")
    # Fixed and brought back, the copy's Korean errors sheet is not read as records.
    marked["추진현황"]["D3"] = "완료"
    marked.save(copy)
    again = WorkbookService(seeded_db).preview_import(copy)
    assert again.ok and [s.sheet for s in again.sheets] == ["추진현황"] and again.unmatched == ()
