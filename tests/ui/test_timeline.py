"""The Timeline tab: a bar per task, dates changed by dragging or by the arrow keys as one undoable edit."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor

from app.domain.dates import PartialDate
from app.domain.enums import Status
from app.domain.timeline import DAY_WIDTH, Mark, Zoom
from app.services.programs import ProgramDraft, ProgramService, TaskDraft
from app.ui import style

TODAY = dt.date(2026, 12, 2)


def _program(db: Any) -> str:
    s = ProgramService(db)
    key = s.create_program(ProgramDraft(title="Bike stations", status=Status.ACTIVE)).key
    plan = s.add_task(key, TaskDraft("Plan the stations"))
    s.add_task(
        key,
        TaskDraft(
            "Survey the sites",
            parent_id=plan.id,
            start_date=PartialDate(2026, 11, 2),
            due_date=PartialDate(2026, 11, 27),
            percent_complete=50,
            status=Status.ACTIVE,
        ),
    )
    s.add_task(key, TaskDraft("Order the racks", parent_id=plan.id, due_date=PartialDate(2026, 12, 15)))
    s.add_task(key, TaskDraft("Open the stations", due_date=PartialDate(2027)))
    s.add_task(key, TaskDraft("Thank the volunteers"))
    return key


def _open(window: Any, key: str, zoom: Zoom = Zoom.MONTH) -> Any:
    window.context.tasks._today = lambda: TODAY  # the timeline's clock (today's line, overdue)
    window.open_program(key)
    detail = window.detail_view
    detail.show_tab("timeline")
    tab = detail.task_timeline
    tab.set_zoom(zoom)
    return tab


def _due(db: Any, key: str, title: str) -> tuple[PartialDate | None, PartialDate | None]:
    task = next(t for t in ProgramService(db).get_program(key).tasks if t.title == title)
    return task.start_date, task.due_date


def _index(chart: Any, title: str) -> int:
    return next(i for i, r in enumerate(chart.rows) if r.task.title == title)


def test_the_tab_shows_each_task_on_the_time_axis(window: Any, qtbot: Any) -> None:
    key = _program(window.db)
    tab = _open(window, key)
    chart = tab.chart
    assert window.detail_view.tabs.currentWidget() is tab
    assert [(r.task.title, r.depth, r.mark) for r in chart.rows] == [
        ("Plan the stations", 0, Mark.SUMMARY),
        ("Survey the sites", 1, Mark.BAR),
        ("Order the racks", 1, Mark.MILESTONE),
        ("Open the stations", 0, Mark.MILESTONE),
        ("Thank the volunteers", 0, Mark.NONE),
    ]
    image = chart.viewport().grab().toImage()
    # The survey's bar is painted: half filled in its status colour (50%), the rest lighter, red-edged (overdue).
    bar = chart.mark_rect(_index(chart, "Survey the sites"))
    assert bar.width() == 26 * DAY_WIDTH[Zoom.MONTH]
    filled = image.pixelColor(int(bar.left() + bar.width() * 0.25), int(bar.center().y()))
    rest = image.pixelColor(int(bar.left() + bar.width() * 0.75), int(bar.center().y()))
    assert filled == style.status_colour(Status.ACTIVE)
    assert rest != filled and rest != QColor("white")
    edge = image.pixelColor(int(bar.center().x()), int(bar.top()))
    assert edge.red() > 150 and edge.green() < 80  # overdue: due 27 November, 2 December today
    assert chart.rows[_index(chart, "Survey the sites")].overdue
    # The racks are a milestone: a diamond on the 15th of December.
    diamond = chart.mark_rect(_index(chart, "Order the racks"))
    assert image.pixelColor(diamond.center().toPoint()) != QColor("white")
    # The year-only date is a faint band over the whole of 2027.
    year = chart.rows[_index(chart, "Open the stations")]
    assert (year.span.first, year.span.last, year.firm) == (dt.date(2027, 1, 1), dt.date(2027, 12, 31), None)
    assert "Thank the volunteers" in chart.tooltip(_index(chart, "Thank the volunteers"))
    assert "no dates" in chart.tooltip(_index(chart, "Thank the volunteers"))


def test_zoom_changes_the_scale_of_the_axis(window: Any) -> None:
    tab = _open(window, _program(window.db), Zoom.MONTH)
    bar = tab.chart.mark_rect(_index(tab.chart, "Survey the sites"))
    tab.zoom.setCurrentIndex(tab.ZOOMS.index(Zoom.YEAR))
    assert tab.chart.axis.zoom is Zoom.YEAR
    assert tab.chart.mark_rect(_index(tab.chart, "Survey the sites")).width() == bar.width() / 12
    labels = [tab.chart.tick_label(t) for t in tab.chart.axis.ticks() if t.labelled]
    assert labels == ["2025", "2026", "2027", "2028"]
    tab.set_zoom(Zoom.QUARTER)
    assert [tab.chart.tick_label(t) for t in tab.chart.axis.ticks() if t.labelled][:2] == ["Q3 2026", "Q4 2026"]


def test_dragging_a_bar_end_changes_the_due_date_and_undo_puts_it_back(window: Any, qtbot: Any) -> None:
    key = _program(window.db)
    chart = _open(window, key).chart
    viewport = chart.viewport()
    bar = chart.mark_rect(_index(chart, "Survey the sites"))
    depth = window.undo_stack.count()
    grab = QPoint(int(bar.right()) - 2, int(bar.center().y()))
    week = int(7 * DAY_WIDTH[Zoom.MONTH])
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=grab)
    qtbot.mouseMove(viewport, grab + QPoint(week // 2, 0))
    qtbot.mouseMove(viewport, grab + QPoint(week, 0))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=grab + QPoint(week, 0))
    assert _due(window.db, key, "Survey the sites") == (PartialDate(2026, 11, 2), PartialDate(2026, 12, 4))
    assert window.undo_stack.count() == depth + 1  # one command for the whole drag
    # The chart shows the new date once the page has reloaded.
    qtbot.waitUntil(lambda: chart.rows[_index(chart, "Survey the sites")].task.due_date == PartialDate(2026, 12, 4))
    assert not chart.rows[_index(chart, "Survey the sites")].overdue

    window.undo_action.trigger()
    assert _due(window.db, key, "Survey the sites") == (PartialDate(2026, 11, 2), PartialDate(2026, 11, 27))
    window.redo_action.trigger()
    assert _due(window.db, key, "Survey the sites")[1] == PartialDate(2026, 12, 4)


def test_dragging_the_whole_bar_moves_both_dates_in_one_undoable_step(window: Any, qtbot: Any) -> None:
    key = _program(window.db)
    chart = _open(window, key).chart
    viewport = chart.viewport()
    bar = chart.mark_rect(_index(chart, "Survey the sites"))
    depth = window.undo_stack.count()
    start = bar.center().toPoint()
    back = QPoint(-int(3 * DAY_WIDTH[Zoom.MONTH]), 0)
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(viewport, start + back)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=start + back)
    assert _due(window.db, key, "Survey the sites") == (PartialDate(2026, 10, 30), PartialDate(2026, 11, 24))
    assert window.undo_stack.count() == depth + 1
    window.undo_action.trigger()
    assert _due(window.db, key, "Survey the sites") == (PartialDate(2026, 11, 2), PartialDate(2026, 11, 27))


def test_arrow_keys_move_the_selected_task_a_week(window: Any, qtbot: Any) -> None:
    key = _program(window.db)
    chart = _open(window, key).chart
    chart.setFocus()
    chart.select_task(chart.rows[_index(chart, "Order the racks")].task.id)
    qtbot.keyClick(chart, Qt.Key.Key_Right)
    assert _due(window.db, key, "Order the racks") == (None, PartialDate(2026, 12, 22))
    qtbot.waitUntil(lambda: chart.rows[_index(chart, "Order the racks")].task.due_date == PartialDate(2026, 12, 22))
    # Down to the next task, the year-only date: a week later than the day it is drawn at.
    qtbot.keyClick(chart, Qt.Key.Key_Up)
    assert chart.current_task_id() == chart.rows[_index(chart, "Survey the sites")].task.id
    qtbot.keyClick(chart, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)  # its due date only
    assert _due(window.db, key, "Survey the sites") == (PartialDate(2026, 11, 2), PartialDate(2026, 12, 4))
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert _due(window.db, key, "Survey the sites")[1] == PartialDate(2026, 11, 27)
    assert _due(window.db, key, "Order the racks")[1] == PartialDate(2026, 12, 15)


def test_a_case_is_shown_but_its_dates_cannot_be_dragged(window: Any, qtbot: Any) -> None:
    tab = _open(window, "DOBONG-SD-GOVERNANCE", Zoom.YEAR)
    chart = tab.chart
    enact = _index(chart, "Enact a Sustainable Development Ordinance")
    assert chart.rows[enact].mark is Mark.MILESTONE  # "2015": a faint band over the year
    assert "Read only" in tab.hint.text()
    band = chart.mark_rect(enact)
    depth = window.undo_stack.count()
    centre = band.center().toPoint()
    qtbot.mousePress(chart.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseRelease(chart.viewport(), Qt.MouseButton.LeftButton, pos=centre + QPoint(60, 0))
    qtbot.keyClick(chart, Qt.Key.Key_Right)
    assert window.undo_stack.count() == depth
    case = ProgramService(window.db).get_program("DOBONG-SD-GOVERNANCE")
    assert case.tasks[0].start_date == PartialDate(2015)


def test_the_screenshot_command_renders_the_timeline(tmp_path: Any, seeded_db: Any) -> None:
    from app.cli import main

    out = tmp_path / "timeline.png"
    code = main(["--db", seeded_db.url, "gui", "--screenshot", str(out), "--view", "timeline:DOBONG-SD-GOVERNANCE"])
    assert code == 0
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert main(["--db", seeded_db.url, "gui", "--screenshot", str(out), "--view", "timeline:NOPE"]) == 1


def test_the_named_view_opens_the_timeline_tab(window: Any) -> None:
    from app.ui.main import show_named_view

    show_named_view(window, "timeline:DOBONG-SD-GOVERNANCE")
    assert window.current_view() == "program"
    assert window.detail_view.tabs.currentWidget() is window.detail_view.task_timeline
