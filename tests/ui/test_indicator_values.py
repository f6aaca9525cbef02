"""Indicator values on a program's page: Add value… and Delete value are offered only when they can act."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from app.domain.dates import PartialDate
from app.services.programs import ProgramService
from tests.ui.test_indicator_editing import _new_program


def _click_value(detail: Any, qtbot: Any, row: int) -> None:
    table = detail.value_table
    rect = table.visualRect(detail.value_model.index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_value_buttons_wait_for_an_indicator_and_a_value(window: Any, prompts: Any, qtbot: Any) -> None:
    key = _new_program(window, prompts)
    detail = window.detail_view
    assert detail.indicators_empty.isVisible()
    assert not detail.add_value_button.isEnabled()  # no indicator to add a value to
    assert not detail.delete_value_button.isEnabled()
    window.last_dialog = None
    detail.add_indicator_value()
    assert window.last_dialog is None

    ind = ProgramService(window.db).add_indicator(key, "Children walking to school", unit="children")
    window.notify_data_changed()
    qtbot.waitUntil(lambda: detail.indicator_model.rowCount() == 1)
    assert detail.current_indicator() is not None and detail.current_indicator().id == ind.id
    assert detail.add_value_button.isEnabled()
    assert not detail.delete_value_button.isEnabled()  # it has no values yet

    ProgramService(window.db).set_indicator_value(ind.id, PartialDate(2026, 3), 80)
    ProgramService(window.db).set_indicator_value(ind.id, PartialDate(2026, 9), 140)
    window.notify_data_changed()
    qtbot.waitUntil(lambda: detail.value_model.rowCount() == 2)
    assert not detail.delete_value_button.isEnabled()  # values shown, none chosen
    _click_value(detail, qtbot, 1)
    assert detail.delete_value_button.isEnabled()
    detail.value_table.clearSelection()
    assert not detail.delete_value_button.isEnabled()

    _click_value(detail, qtbot, 1)
    qtbot.mouseClick(detail.delete_value_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: detail.value_model.rowCount() == 1)
    (left,) = next(i for i in ProgramService(window.db).get_program(key).indicators if i.id == ind.id).values
    assert left.period == PartialDate(2026, 3)
    assert not detail.delete_value_button.isEnabled()  # the deleted value's row is gone
    assert detail.add_value_button.isEnabled()


@pytest.mark.parametrize("where", ["case", "read-only"])
def test_value_buttons_stay_off_on_a_case_or_when_read_only(window: Any, prompts: Any, qtbot: Any, where: str) -> None:
    if where == "case":
        window.open_program("SEOUL-TTAREUNGI")
        window.detail_view.show_tab("indicators")
    else:
        key = _new_program(window, prompts)
        ind = ProgramService(window.db).add_indicator(key, "Trees planted")
        ProgramService(window.db).set_indicator_value(ind.id, PartialDate(2026), 40)
        window.notify_data_changed()
        window.set_read_only(True)
    detail = window.detail_view
    qtbot.waitUntil(lambda: detail.value_model.rowCount() > 0)
    _click_value(detail, qtbot, 0)
    assert detail.value_table.selectionModel().hasSelection()
    assert not detail.add_value_button.isEnabled()
    assert not detail.delete_value_button.isEnabled()
    if where == "read-only":
        window.set_read_only(False)
        assert detail.add_value_button.isEnabled() and detail.delete_value_button.isEnabled()


def test_adding_and_deleting_a_value_say_so_in_the_status_bar(window: Any, prompts: Any, qtbot: Any) -> None:
    key = _new_program(window, prompts)
    ind = ProgramService(window.db).add_indicator(key, "Children walking to school", unit="children")
    window.notify_data_changed()
    detail = window.detail_view
    qtbot.waitUntil(lambda: detail.indicator_model.rowCount() == 1)
    window.show_status("Progress logged on " + key)  # what an earlier action left there

    qtbot.mouseClick(detail.add_value_button, Qt.MouseButton.LeftButton)
    dialog = window.last_dialog
    qtbot.waitUntil(dialog.isVisible)
    dialog.period.set_value(PartialDate(2026, 9))
    dialog.value.setText("410")
    qtbot.keyClick(dialog.value, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    (saved,) = next(i for i in ProgramService(window.db).get_program(key).indicators if i.id == ind.id).values
    assert (saved.period, saved.value) == (PartialDate(2026, 9), 410.0)
    message = "“Children walking to school”: value 410 children for 2026-09 saved"
    assert window.statusBar().currentMessage() == message

    qtbot.waitUntil(lambda: detail.value_model.rowCount() == 1)
    _click_value(detail, qtbot, 0)
    qtbot.mouseClick(detail.delete_value_button, Qt.MouseButton.LeftButton)
    assert next(i for i in ProgramService(window.db).get_program(key).indicators if i.id == ind.id).values == ()
    assert window.statusBar().currentMessage() == (
        "“Children walking to school”: value 410 children for 2026-09 deleted (Ctrl+Z brings it back)"
    )


def test_the_value_saved_message_is_translated(window: Any, prompts: Any, qtbot: Any) -> None:
    from PySide6.QtCore import QCoreApplication, QLocale

    from app.ui.main import install_translations

    key = _new_program(window, prompts)
    ProgramService(window.db).add_indicator(key, "Trees planted")
    window.notify_data_changed()
    detail = window.detail_view
    qtbot.waitUntil(lambda: detail.indicator_model.rowCount() == 1)
    app = QCoreApplication.instance()
    installed = install_translations(app, QLocale("ko_KR"))
    try:
        assert installed
        detail.add_indicator_value()
        dialog = window.last_dialog
        dialog.period.set_value(PartialDate(2026))
        dialog.value.setText("1250")
        dialog._check()
        assert window.statusBar().currentMessage() == "“Trees planted”: 2026 값 1,250을(를) 저장했습니다"
    finally:
        for translator in installed:
            app.removeTranslator(translator)
