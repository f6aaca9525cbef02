"""The export dialog's closing message gives the numbers found on the sheets, indicators included."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl

from app.domain.dates import PartialDate
from app.services.programs import ProgramDraft, ProgramService
from app.services.workbook import WorkbookService
from app.ui.workers import BackgroundRunner
from tests.ui.test_excel_dialogs import Prompts


def test_the_message_counts_indicator_values_and_indicators(qtbot: Any, seeded_db: Any, tmp_path: Path) -> None:
    from app.ui.export_dialog import ExportDialog

    ps = ProgramService(seeded_db)
    key = ps.create_program(ProgramDraft(title="Green wheels", key="GREEN-WHEELS")).key
    rides = ps.add_indicator(key, "Rides per month")
    ps.set_indicator_value(rides.id, PartialDate(2025), 1200.0)
    ps.set_indicator_value(rides.id, PartialDate(2026), 2500.0)
    ps.add_indicator(key, "Helmets lent")  # no values yet
    target = tmp_path / "out.xlsx"
    prompts = Prompts(save_to=target)
    dialog = ExportDialog(WorkbookService(seeded_db), ps, prompts, BackgroundRunner())
    qtbot.addWidget(dialog)
    dialog.which.setCurrentIndex(0)  # own programs
    with qtbot.waitSignal(dialog.exported, timeout=30000):
        dialog.export_button.click()
    ws = openpyxl.load_workbook(target)["Indicators"]
    assert ws.max_row - 1 == 3  # two values and the indicator without one
    assert prompts.messages[-1][:2] == ("info", "Workbook written")
    assert prompts.messages[-1][2].endswith(
        ": 1 programs, 0 tasks, 0 progress entries, 2 indicator values of 2 indicators."
    )
