"""Tables fit their window: no column cut off at the right, and remembered widths still apply."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings, Qt

from app.ui.models.programs import ProgramTableModel


def _fits(table: Any) -> bool:
    header = table.horizontalHeader()
    last = table.model().columnCount() - 1
    right = header.sectionViewportPosition(last) + header.sectionSize(last)
    return (
        table.horizontalScrollBar().maximum() == 0
        and right <= table.viewport().width()
        and header.sectionSize(last) >= header.sectionSizeHint(last)  # its heading is not cut either
    )


def _cases_at_1440(window: Any, qtbot: Any) -> Any:
    window.resize(1440, 900)
    window.show_view("cases")
    view = window.cases_view
    qtbot.waitUntil(lambda: view.model.rowCount() > 0)
    qtbot.waitUntil(lambda: view.table.viewport().width() > 1000)
    return view


def test_the_case_library_shows_its_last_progress_column_whole_at_1440_px(window: Any, qtbot: Any) -> None:
    view = _cases_at_1440(window, qtbot)
    assert view.table.model().headerData(ProgramTableModel.LAST_PROGRESS, Qt.Orientation.Horizontal) == "Last progress"
    qtbot.waitUntil(lambda: _fits(view.table))


def test_remembered_column_widths_come_back_and_the_table_still_fits(
    window: Any, qtbot: Any, _private_qsettings: Any
) -> None:
    view = _cases_at_1440(window, qtbot)
    header = view.table.horizontalHeader()
    header.resizeSection(ProgramTableModel.TITLE, 300)
    header.setStretchLastSection(False)  # as a state saved by an earlier version would have it
    settings = QSettings(str(_private_qsettings / "state.ini"), QSettings.Format.IniFormat)
    view.save_state(settings)
    header.resizeSection(ProgramTableModel.TITLE, 200)
    view.restore_state(settings)
    assert header.sectionSize(ProgramTableModel.TITLE) == 300
    qtbot.waitUntil(lambda: _fits(view.table))


def test_the_indicator_values_show_their_note_column(window: Any, qtbot: Any) -> None:
    window.resize(1440, 900)
    window.open_program("SEOUL-TTAREUNGI")
    detail = window.detail_view
    detail.show_tab("indicators")
    qtbot.waitUntil(lambda: detail.value_model.rowCount() > 0)
    assert detail.value_model.headerData(3, Qt.Orientation.Horizontal) == "Note"
    qtbot.waitUntil(lambda: _fits(detail.value_table))


def test_the_dashboard_tables_fit_side_by_side_at_1440_px(window: Any, qtbot: Any) -> None:
    window.resize(1440, 900)
    window.show_view("dashboard")
    view = window.dashboard_view
    for table in (view.overdue_table, view.week_table, view.stale_table, view.latest_table):
        qtbot.waitUntil(lambda table=table: _fits(table))
