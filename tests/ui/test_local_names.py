"""Local names first where the reader's language matches: the programs list, the program page; and the export
dialog writes the workbook in the interface's language."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import QCoreApplication

from app import config
from app.ui import language
from app.ui.models.programs import ProgramTableModel

DOBONG = "DOBONG-SD-GOVERNANCE"


def _cell(model: Any, key: str, column: int) -> str | None:
    for row in range(model.rowCount()):
        if model.index(row, ProgramTableModel.KEY).data() == key:
            return str(model.index(row, column).data())
    return None


@pytest.mark.parametrize(
    ("lang", "title", "place"),
    [
        ("ko", "도봉구 지속가능발전 (Dobong-gu sustainable development governance)", "도봉구"),
        ("en", "Dobong-gu sustainable development governance (도봉구 지속가능발전)", "Dobong-gu"),
        ("zh_CN", "Dobong-gu sustainable development governance (도봉구 지속가능발전)", "Dobong-gu"),
    ],
)
def test_the_programs_list_shows_the_readers_name_first(
    window: Any, qtbot: Any, lang: str, title: str, place: str
) -> None:
    config.save_preferences(config.Preferences(language=lang))
    language.start(QCoreApplication.instance())
    window.notify_data_changed()
    window.show_view("cases")  # the case library: the same list as the office's own programs
    model = window.cases_view.model
    qtbot.waitUntil(lambda: _cell(model, DOBONG, ProgramTableModel.TITLE) == title)
    assert _cell(model, DOBONG, ProgramTableModel.PLACE) == place
    organization = "도봉구청" if lang == "ko" else "Dobong-gu (district government)"
    assert _cell(model, DOBONG, ProgramTableModel.ORGANIZATION) == organization


def test_the_program_page_puts_the_korean_title_and_place_path_first_for_a_korean_reader(
    window: Any, qtbot: Any
) -> None:
    config.save_preferences(config.Preferences(language="ko"))
    language.start(QCoreApplication.instance())
    window.open_program(DOBONG)
    detail = window.detail_view
    qtbot.waitUntil(lambda: "도봉구 지속가능발전" in detail.heading.text())
    assert detail.heading.text().index("도봉구") < detail.heading.text().index("Dobong-gu")
    assert "대한민국 > 서울특별시 > 도봉구" in detail.subheading.text()


def test_the_export_dialog_writes_the_workbook_in_the_interface_language(window: Any, tmp_path: Path) -> None:
    config.save_preferences(config.Preferences(language="zh_CN"))
    language.start(QCoreApplication.instance())
    target = tmp_path / "会议.xlsx"
    window.excel_actions.export_workbook()
    dialog = window.excel_actions.dialog
    options = dialog.options()
    assert options.language == "zh_CN"
    # its statuses to tick in the interface's language too (they were in English for every reader)
    assert [dialog.statuses.item(i).text() for i in range(dialog.statuses.count())][:2] == ["计划中", "进行中"]
    dialog.service.export_workbook(target, options)
    assert openpyxl.load_workbook(target, read_only=True).sheetnames[:3] == ["摘要", "项目", "任务"]
