"""Indicator definitions on a program's page: add, edit and delete them with mouse and keyboard, and undo."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from app.domain.dates import PartialDate
from app.domain.enums import Direction
from app.services.programs import ProgramDraft, ProgramService
from app.ui.dialogs import IndicatorDialog

TARGET = 4  # the Target column of the indicator table


def _new_program(window: Any, prompts: Any, title: str = "Safe routes to school") -> str:
    prompts.texts.append(title)
    window.new_program()
    key = window.current_program_key()
    assert key is not None
    window.detail_view.show_tab("indicators")
    return key


def _indicators(window: Any, key: str) -> Any:
    return ProgramService(window.db).get_program(key).indicators


def _dialog(window: Any, qtbot: Any) -> IndicatorDialog:
    qtbot.waitUntil(lambda: isinstance(getattr(window, "last_dialog", None), IndicatorDialog))
    dialog = window.last_dialog
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def _save(dialog: IndicatorDialog, qtbot: Any) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


def _type(qtbot: Any, edit: Any, text: str) -> None:
    edit.selectAll()
    qtbot.keyClicks(edit, text)


def _cell(window: Any, row: int, column: int) -> str:
    model = window.detail_view.indicator_model
    return str(model.index(row, column).data())


def _chart_series(window: Any) -> list[str]:
    return [s.name() for s in window.detail_view.chart.chart().series()]


def test_a_new_program_gets_an_indicator_through_the_dialog(window: Any, prompts: Any, qtbot: Any) -> None:
    key = _new_program(window, prompts)
    detail = window.detail_view
    assert detail.indicators_empty.isVisible()
    assert detail.add_indicator_button.isEnabled()
    assert not detail.edit_indicator_button.isEnabled() and not detail.delete_indicator_button.isEnabled()

    qtbot.mouseClick(detail.add_indicator_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(window, qtbot)
    assert dialog.focusWidget() is dialog.name  # typing starts with the name
    _type(qtbot, dialog.name, "Children walking to school")
    _type(qtbot, dialog.unit, "children")
    _type(qtbot, dialog.baseline, "120")
    dialog.baseline_period.set_value(PartialDate(2025))
    _type(qtbot, dialog.target, "1,200")
    dialog.target_date.set_value(PartialDate(2027, 6))
    dialog.description.setPlainText("Counted on the first school day of each month")
    _save(dialog, qtbot)

    assert not dialog.isVisible()
    (saved,) = _indicators(window, key)
    assert (saved.name, saved.unit, saved.direction) == ("Children walking to school", "children", Direction.HIGHER)
    assert (saved.baseline_value, saved.baseline_period) == (120.0, PartialDate(2025))
    assert (saved.target_value, saved.target_date) == (1200.0, PartialDate(2027, 6))
    assert saved.description == "Counted on the first school day of each month"
    qtbot.waitUntil(lambda: detail.indicator_model.rowCount() == 1)
    assert _cell(window, 0, 0) == "Children walking to school"
    assert _cell(window, 0, TARGET) == "1,200 (2027-06)"
    assert detail.current_indicator() is not None and detail.current_indicator().id == saved.id
    assert "Target 1200" in _chart_series(window)
    assert not detail.indicators_empty.isVisible()
    assert detail.edit_indicator_button.isEnabled() and detail.delete_indicator_button.isEnabled()

    window.undo_action.trigger()  # undo the add: the indicator goes to the trash
    assert _indicators(window, key) == ()
    qtbot.waitUntil(lambda: detail.indicator_model.rowCount() == 0)
    assert detail.indicators_empty.isVisible()
    window.redo_action.trigger()  # the same indicator comes back
    assert [i.id for i in _indicators(window, key)] == [saved.id]
    qtbot.waitUntil(lambda: detail.indicator_model.rowCount() == 1)
    assert detail.current_indicator().id == saved.id


def test_invalid_input_is_shown_beside_its_field_and_nothing_is_saved(window: Any, prompts: Any, qtbot: Any) -> None:
    key = _new_program(window, prompts)
    detail = window.detail_view
    detail.add_indicator()
    dialog = _dialog(window, qtbot)
    _type(qtbot, dialog.target, "lots")
    _type(qtbot, dialog.baseline, "nan")
    _save(dialog, qtbot)
    assert dialog.isVisible()
    assert dialog.field_error("name") == "An indicator needs a name"
    assert dialog.field_error("target_value") == "'lots' is not a number"
    assert dialog.field_error("baseline_value") == "'nan' is not a number"
    assert "#A50E0E" in dialog.errors["name"].styleSheet()
    assert _indicators(window, key) == ()

    _type(qtbot, dialog.name, "Crossings made safe")
    _type(qtbot, dialog.target, "12")
    dialog.baseline.clear()
    _type(qtbot, dialog.key, "not a key!")
    _save(dialog, qtbot)
    assert dialog.isVisible() and "must be 1 to 64 letters" in dialog.field_error("key")
    assert dialog.field_error("name") == dialog.field_error("target_value") == ""
    assert _indicators(window, key) == ()

    # A key already used by another indicator is refused by the service; the message is shown, not swallowed.
    taken = ProgramService(window.db).get_program("SEOUL-TTAREUNGI").indicators[0].key
    _type(qtbot, dialog.key, taken)
    _save(dialog, qtbot)
    assert dialog.isVisible() and "already used" in dialog.field_error("key")
    assert _indicators(window, key) == ()
    assert window.undo_stack.count() == 1  # only the new program; nothing refused went on the stack

    _type(qtbot, dialog.key, "SAFE-CROSSINGS")
    _save(dialog, qtbot)
    assert not dialog.isVisible()
    assert [(i.key, i.name, i.target_value) for i in _indicators(window, key)] == [
        ("SAFE-CROSSINGS", "Crossings made safe", 12.0)
    ]


def test_editing_the_target_shows_in_table_and_chart_and_undo_redo_take_it_back(
    window: Any, prompts: Any, qtbot: Any
) -> None:
    key = _new_program(window, prompts)
    service = ProgramService(window.db)
    service.add_indicator(key, "Volunteers", unit="people", target_value=50)
    second = service.add_indicator(
        key, "Traffic accidents near schools", target_value=500, target_date=PartialDate(2027)
    )
    service.set_indicator_value(second.id, PartialDate(2026), 640)
    window.notify_data_changed()
    detail = window.detail_view
    qtbot.waitUntil(lambda: detail.indicator_model.rowCount() == 2)
    detail.indicator_table.selectRow(1)
    detail.indicator_table.setFocus()

    qtbot.keyClick(detail.indicator_table, Qt.Key.Key_Return)  # Enter opens the selected indicator
    dialog = _dialog(window, qtbot)
    assert dialog.windowTitle() == "Indicator Traffic accidents near schools"
    assert (dialog.name.text(), dialog.target.text()) == ("Traffic accidents near schools", "500")
    assert dialog.key.isReadOnly() and dialog.target_date.value() == PartialDate(2027)
    _type(qtbot, dialog.target, "300")
    dialog.direction.setCurrentIndex(dialog.direction.findData(Direction.LOWER.value))
    _save(dialog, qtbot)

    edited = next(i for i in _indicators(window, key) if i.id == second.id)
    assert (edited.target_value, edited.direction) == (300.0, Direction.LOWER)
    assert [(v.period, v.value) for v in edited.values] == [(PartialDate(2026), 640.0)]  # values untouched
    qtbot.waitUntil(lambda: _cell(window, 1, TARGET) == "300 (2027)")
    assert detail.current_indicator().id == second.id  # the selection stays on the edited indicator
    assert detail.value_model.rowCount() == 1
    assert "Target 300" in _chart_series(window)

    window.undo_action.trigger()
    restored = next(i for i in _indicators(window, key) if i.id == second.id)
    assert (restored.target_value, restored.direction) == (500.0, Direction.HIGHER)
    qtbot.waitUntil(lambda: _cell(window, 1, TARGET) == "500 (2027)")
    assert "Target 500" in _chart_series(window)
    window.redo_action.trigger()
    assert next(i for i in _indicators(window, key) if i.id == second.id).target_value == 300.0
    qtbot.waitUntil(lambda: _cell(window, 1, TARGET) == "300 (2027)")


def test_a_double_click_opens_the_indicator_and_a_colleagues_change_is_not_overwritten(
    window: Any, prompts: Any, qtbot: Any
) -> None:
    key = _new_program(window, prompts)
    service = ProgramService(window.db)
    ind = service.add_indicator(key, "Parents surveyed", target_value=200)
    window.notify_data_changed()
    detail = window.detail_view
    qtbot.waitUntil(lambda: detail.indicator_model.rowCount() == 1)
    table = detail.indicator_table
    rect = table.visualRect(detail.indicator_model.index(0, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = _dialog(window, qtbot)
    assert dialog.indicator is not None and dialog.indicator.id == ind.id
    stack = window.undo_stack.count()
    _save(dialog, qtbot)  # nothing changed: nothing saved, nothing to undo
    assert not dialog.isVisible() and window.undo_stack.count() == stack
    assert _indicators(window, key)[0].version == ind.version

    qtbot.keyClick(table, Qt.Key.Key_Enter)  # the keypad's Enter too
    dialog = _dialog(window, qtbot)
    service.update_indicator(ind.id, {"target_value": 250})  # a colleague, meanwhile
    _type(qtbot, dialog.target, "180")
    _save(dialog, qtbot)
    assert dialog.isVisible() and "changed by someone else" in dialog.error.text()
    assert _indicators(window, key)[0].target_value == 250.0


def test_delete_asks_first_and_undo_brings_the_indicator_back_with_its_values(
    window: Any, prompts: Any, qtbot: Any
) -> None:
    key = _new_program(window, prompts)
    service = ProgramService(window.db)
    keep = service.add_indicator(key, "Walking buses running")
    ind = service.add_indicator(key, "Children in walking buses", unit="children", target_value=300)
    service.set_indicator_value(ind.id, PartialDate(2026, 3), 80)
    service.set_indicator_value(ind.id, PartialDate(2026, 9), 140, note="after the summer")
    window.notify_data_changed()
    detail = window.detail_view
    qtbot.waitUntil(lambda: detail.indicator_model.rowCount() == 2)
    detail.indicator_table.selectRow(1)

    prompts.confirms.append(False)
    qtbot.mouseClick(detail.delete_indicator_button, Qt.MouseButton.LeftButton)
    kind, title, text = prompts.messages[-1]
    assert (kind, title) == ("confirm", "Delete indicator")
    assert "“Children in walking buses” and its 2 recorded values to the trash" in text
    assert "Undo (Ctrl+Z)" in text
    assert [i.id for i in _indicators(window, key)] == [keep.id, ind.id]  # declined: kept

    prompts.confirms.append(True)
    detail.indicator_table.setFocus()
    qtbot.keyClick(detail.indicator_table, Qt.Key.Key_Delete)  # Del on the table asks the same
    assert [i.id for i in _indicators(window, key)] == [keep.id]
    qtbot.waitUntil(lambda: detail.indicator_model.rowCount() == 1)
    assert detail.current_indicator().id == keep.id

    window.undo_action.trigger()
    back = next(i for i in _indicators(window, key) if i.id == ind.id)
    assert [(v.period, v.value, v.note) for v in back.values] == [
        (PartialDate(2026, 3), 80.0, None),
        (PartialDate(2026, 9), 140.0, "after the summer"),
    ]
    qtbot.waitUntil(lambda: detail.indicator_model.rowCount() == 2)
    window.redo_action.trigger()
    assert [i.id for i in _indicators(window, key)] == [keep.id]


def test_undoing_a_delete_after_the_trash_was_emptied_says_so(window: Any, prompts: Any, qtbot: Any) -> None:
    from app.services.trash import TrashService

    key = _new_program(window, prompts)
    ind = ProgramService(window.db).add_indicator(key, "Bicycle racks at schools")
    window.notify_data_changed()
    detail = window.detail_view
    qtbot.waitUntil(lambda: detail.indicator_model.rowCount() == 1)
    prompts.confirms.append(True)
    detail.delete_indicator()
    TrashService(window.db).empty()
    window.undo_action.trigger()
    assert window.banner.isVisible() and window.banner.kind == "error"
    assert "“Bicycle racks at schools” is no longer in the trash" in window.banner.label.text()
    assert ind.id not in [i.id for i in _indicators(window, key)]


def test_the_keyboard_reaches_add_indicator_and_the_program_menu_lists_the_commands(
    window: Any, prompts: Any, qtbot: Any
) -> None:
    _new_program(window, prompts)
    menu = next(a.menu() for a in window.menu("program").actions() if a.text() == "&Indicators")
    assert [a.text() for a in menu.actions()] == ["Add indicator…", "Edit indicator…", "Delete indicator"]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    dialog = _dialog(window, qtbot)
    assert dialog.indicator is None
    # Tab walks down the form in order, the date parts included, and ends on the buttons.
    expected = [
        dialog.name,
        dialog.key,
        dialog.unit,
        dialog.direction,
        dialog.baseline,
        dialog.baseline_period.precision,
        dialog.target,
        dialog.target_date.precision,
        dialog.description,
    ]
    assert _tab_order(dialog.name, len(expected)) == expected
    dialog.reject()


def _tab_order(start: Any, count: int) -> list[Any]:
    """The widgets Tab stops at, from ``start`` on (the ones shown and able to take focus by Tab)."""
    order = [start]
    widget = start.nextInFocusChain()
    while len(order) < count and widget is not start:
        if widget.isVisible() and widget.isEnabled() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            order.append(widget)
        widget = widget.nextInFocusChain()
    return order


@pytest.mark.parametrize("where", ["case", "read-only"])
def test_indicator_definitions_cannot_be_changed_on_a_case_or_when_read_only(
    window: Any, prompts: Any, qtbot: Any, where: str
) -> None:
    if where == "case":
        window.open_program("SEOUL-TTAREUNGI")
        window.detail_view.show_tab("indicators")
    else:
        _new_program(window, prompts)
        ProgramService(window.db).add_indicator(window.current_program_key(), "Trees planted")
        window.notify_data_changed()
        window.set_read_only(True)
    detail = window.detail_view
    qtbot.waitUntil(lambda: detail.indicator_model.rowCount() > 0)
    assert detail.current_indicator() is not None
    for button in detail.indicator_buttons:
        assert not button.isEnabled()
    for action in detail.indicator_actions:
        assert not action.isEnabled()
    before = window.undo_stack.count()
    window.last_dialog = None
    detail.add_indicator()
    detail.edit_indicator()
    detail.delete_indicator()
    assert window.last_dialog is None and window.undo_stack.count() == before
    if where == "read-only":
        window.set_read_only(False)
        assert all(button.isEnabled() for button in detail.indicator_buttons)


def test_a_narrow_chart_shows_only_as_many_date_labels_as_fit(window: Any, qtbot: Any) -> None:
    from app.ui.charts import IndicatorChart

    service = ProgramService(window.db)
    key = service.create_program(ProgramDraft(title="Bike lanes")).key
    ind = service.add_indicator(key, "Bike lanes built", target_value=30, target_date=PartialDate(2031))
    for year, km in ((2024, 2), (2026, 9), (2028, 17)):
        service.set_indicator_value(ind.id, PartialDate(year), km)
    chart = IndicatorChart()
    qtbot.addWidget(chart)
    chart.resize(1200, 400)
    chart.show()
    qtbot.waitExposed(chart)
    chart.set_indicator(service.get_program(key).indicators[0])
    wide = len(chart.x_labels())
    chart.resize(260, 400)
    qtbot.waitUntil(lambda: chart.width() == 260)
    label = chart.fontMetrics().horizontalAdvance("2031")
    assert len(chart.x_labels()) < wide
    assert len(chart.x_labels()) * label < 260 - 90  # the labels fit beside each other instead of "20…"


def test_an_amounts_unit_reads_in_the_interface_language_and_saving_it_unchanged_changes_nothing(
    window: Any, prompts: Any, qtbot: Any
) -> None:
    from PySide6.QtCore import QCoreApplication

    from app import config
    from app.ui import language

    config.save_preferences(config.Preferences(language="ko"))
    language.start(QCoreApplication.instance())
    key = _new_program(window, prompts, "공유 부엌")
    detail = window.detail_view
    detail.add_indicator()
    dialog = _dialog(window, qtbot)
    # Typed through an input method (QTest types ASCII only): the text as it is committed.
    dialog.name.setText("예산")
    dialog.unit.setText("백만원")  # as a Korean office writes it
    _save(dialog, qtbot)
    (saved,) = _indicators(window, key)
    assert saved.unit == "KRW million"  # kept in one form: English, Chinese and the workbook say it in theirs
    qtbot.waitUntil(lambda: detail.indicator_model.rowCount() == 1)
    assert _cell(window, 0, 1) == "백만원"

    detail.edit_indicator()
    dialog = _dialog(window, qtbot)
    assert dialog.unit.text() == "백만원"
    undo_steps = window.undo_stack.count()
    _save(dialog, qtbot)
    assert not dialog.isVisible()
    assert window.undo_stack.count() == undo_steps  # nothing changed, nothing to undo
    assert _indicators(window, key)[0].version == saved.version


def test_a_unit_kept_in_words_before_is_no_change_when_saved_untouched(window: Any, prompts: Any, qtbot: Any) -> None:
    """An indicator saved with 백만원 before units were kept in one form: the dialog shows KRW million and
    saving it untouched, or with only the name changed, leaves the unit as it was."""
    from sqlalchemy import update

    from app.store import models as m

    key = _new_program(window, prompts, "Shared kitchen")
    ind = ProgramService(window.db).add_indicator(key, "Budget")
    with window.db.write() as s:
        s.execute(update(m.Indicator).where(m.Indicator.id == ind.id).values(unit="백만원"))
    window.detail_view.refresh()
    qtbot.waitUntil(lambda: _cell(window, 0, 1) == "KRW million")
    window.detail_view.edit_indicator()
    dialog = _dialog(window, qtbot)
    assert dialog.unit.text() == "KRW million"
    steps = window.undo_stack.count()
    _save(dialog, qtbot)
    assert window.undo_stack.count() == steps and _indicators(window, key)[0].version == 1
    window.detail_view.edit_indicator()
    dialog = _dialog(window, qtbot)
    _type(qtbot, dialog.name, "Budget spent")
    _save(dialog, qtbot)
    (saved,) = _indicators(window, key)
    assert (saved.name, saved.unit) == ("Budget spent", "백만원")
