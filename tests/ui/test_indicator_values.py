"""Indicator values on a program's page: Add value… and Delete value are offered only when they can act."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from app.domain.dates import PartialDate
from app.services.programs import ProgramService


def _new_program(window: Any, prompts: Any, title: str = "Safe routes to school") -> str:
    prompts.texts.append(title)
    window.new_program()
    key = window.current_program_key()
    assert key is not None
    window.detail_view.show_tab("indicators")
    return key


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
