"""Moving around the window: Back and Forward through every page visited, saved filters in the navigator,
and Log progress offered only where it can log something."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app import config
from app.domain.saved_filters import SavedFilter
from app.services.programs import ProgramDraft, ProgramService


def _case_key(db: Any) -> str:
    return next(p.key for p in ProgramService(db).list_programs().rows if p.is_case)


def _page(window: Any) -> tuple[str, str | None]:
    view = window.current_view()
    return (view, window.detail_view.key if view == "program" else None)


def test_back_and_forward_walk_through_every_page_visited(window: Any, seeded_db: Any, qtbot: Any) -> None:
    service = ProgramService(seeded_db)
    own = service.create_program(ProgramDraft(title="Green wheels for Dobong")).key
    case = _case_key(seeded_db)
    window.show_view("programs")
    window.open_program(own)
    window.show_view("tasks")
    window.people_actions.show_my_tasks()
    window.open_program(case)
    window.show_view("dashboard")
    visited = [("programs", None), ("program", own), ("tasks", None), ("my-tasks", None), ("program", case)]

    walked = []
    for _ in visited:
        QTest.keySequence(window, window.back_action.shortcut())  # Alt+Left, as the user presses it
        walked.append(_page(window))
    assert walked == list(reversed(visited))
    assert window.detail_view.heading.text() != ""  # Back from Tasks due showed the program's page again
    assert window.forward_action.isEnabled()

    walked = []
    for _ in visited:
        window.forward_action.trigger()
        walked.append(_page(window))
    assert walked == [*visited[1:], ("dashboard", None)]
    assert not window.forward_action.isEnabled()

    # A new page after going back starts Forward again from there.
    window.back_action.trigger()
    window.show_view("progress")
    assert not window.forward_action.isEnabled()
    window.back_action.trigger()
    assert _page(window) == ("program", case)


def test_back_passes_over_a_program_deleted_since(window: Any, seeded_db: Any, prompts: Any) -> None:
    service = ProgramService(seeded_db)
    first = service.create_program(ProgramDraft(title="Repair cafe")).key
    second = service.create_program(ProgramDraft(title="Sharing library")).key
    window.show_view("programs")
    window.open_program(first)
    window.show_view("tasks")
    window.open_program(second)
    prompts.confirms.append(True)
    window.delete_action.trigger()  # deleting the page shown goes back to Tasks due
    assert _page(window) == ("tasks", None)
    assert not window.forward_action.isEnabled()  # not forward to a program in the trash
    window.go_back()
    assert _page(window) == ("program", first)
    service.delete_program(first)
    window.show_view("dashboard")
    window.go_back()  # the program's page is passed over
    assert _page(window) == ("programs", None)


def test_saved_filters_are_listed_in_the_navigator_and_open_their_view(
    qtbot: Any, seeded_db: Any, prompts: Any
) -> None:
    from app.ui.main_window import MainWindow

    config.save_saved_filters([SavedFilter("Due this month", "tasks", {"due_within": 30})])
    window = MainWindow(seeded_db, prompts=prompts)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    navigator = window.navigator
    node = navigator.filters_node
    assert not node.isHidden() and node.text(0) == "Saved filters" and node.isExpanded()
    assert [item.text(0) for item in navigator.filter_items()] == ["Due this month"]
    assert "Tasks due" in navigator.filter_items()[0].toolTip(0)

    window.show_view("dashboard")
    item = navigator.filter_items()[0]
    rect = navigator.visualItemRect(item)
    QTest.mouseClick(navigator.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_view() == "tasks"
    assert window.tasks_view.days.value() == 30
    assert window.saved_filters.pickers["tasks"].currentText() == "Due this month"

    # A filter saved from a view joins the navigator at once.
    window.show_view("programs")
    prompts.texts.append("Everything")
    window.saved_filters.save_current("programs")
    assert [i.text(0) for i in navigator.filter_items()] == ["Everything", "Due this month"]
    prompts.texts.append("Due this month")  # the same name on another pane: each says its pane
    window.saved_filters.save_current("programs")
    assert [i.text(0) for i in navigator.filter_items()] == [
        "Due this month · Programs",
        "Everything",
        "Due this month · Tasks due",
    ]
    for _ in range(3):
        prompts.confirms.append(True)
        window.saved_filters.delete(window.saved_filters.filters[0])
    assert navigator.filter_items() == [] and node.isHidden()


def test_log_progress_is_offered_only_once_the_office_has_a_program(window: Any, seeded_db: Any, qtbot: Any) -> None:
    """Only cases (the case library) and no program of our own: nothing to log progress on, anywhere."""
    toolbar_button = window.toolbar.widgetForAction(window.log_action)
    my_tasks = window.people_actions.view
    qtbot.waitUntil(lambda: window.counts_label.text() != "")
    for name in ("programs", "cases", "tasks", "progress", "dashboard", "my-tasks"):
        window.show_view(name)
        assert not window.log_action.isEnabled(), name
        assert not toolbar_button.isEnabled(), name
    assert window.log_action in window.menu("program").actions()
    groups = range(my_tasks.model.rowCount())
    assert all(my_tasks.model.rowCount(my_tasks.model.index(g, 0)) == 0 for g in groups)  # no task to pick
    my_tasks.tree.setCurrentIndex(my_tasks.model.index(0, 0))
    assert not my_tasks.log_button.isEnabled()

    window.show_view("tasks")
    ProgramService(seeded_db).create_program(ProgramDraft(title="Green wheels for Dobong"))
    window.notify_data_changed()
    qtbot.waitUntil(lambda: window.log_action.isEnabled())
    assert toolbar_button.isEnabled()


def test_the_progress_log_and_the_dashboard_show_each_entry_s_task(window: Any, seeded_db: Any, qtbot: Any) -> None:
    from app.services.programs import TaskDraft

    service = ProgramService(seeded_db)
    key = service.create_program(ProgramDraft(title="Green wheels for Dobong")).key
    task = service.add_task(key, TaskDraft(title="Survey the bicycle stations of Dobong-gu"))
    service.log_progress(key, "Half the stations surveyed", task_id=task.id, percent_complete=50)
    service.log_progress(key, "Budget approved")  # on the whole program: no task
    window.notify_data_changed()

    def rows(model: Any) -> list[tuple[str, str, str]]:
        headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
        task, what, done = headers.index("Task"), headers.index("What happened"), headers.index("Complete")
        return [
            (model.index(r, what).data(), model.index(r, task).data(), model.index(r, done).data())
            for r in range(model.rowCount())
        ]

    wanted = {
        ("Half the stations surveyed", "Survey the bicycle stations of Dobong-gu", "50%"),
        ("Budget approved", "", ""),
    }
    window.show_view("dashboard")
    dash = window.dashboard_view
    qtbot.waitUntil(lambda: dash.loaded and dash.latest_model.rowCount() == 2)
    assert set(rows(dash.latest_model)) == wanted
    assert set(rows(dash.since_model)) == wanted
    window.show_view("progress")
    assert set(rows(window.progress_view.model)) == wanted


def test_the_page_history_alone() -> None:
    """Back and Forward without a window: a page gone since is passed over and never put on the other list."""
    from app.ui.navigator import PageHistory

    pages = PageHistory()
    gone = {("program", "OLD")}
    here = None
    for page in [("programs", None), ("program", "OLD"), ("tasks", None), ("program", "NEW")]:
        pages.visited(here, page)
        here = page
    there = lambda page: page not in gone  # noqa: E731
    assert pages.go_back(here, there) == ("tasks", None)
    assert pages.go_back(("tasks", None), there) == ("programs", None)  # OLD passed over
    assert pages.forward == [("program", "NEW"), ("tasks", None)]
    assert pages.go_back(("programs", None), there) is None
    gone.add(("program", "NEW"))
    assert pages.go_forward(("programs", None), there) == ("tasks", None)
    assert pages.go_forward(("tasks", None), there) is None
    assert pages.last_pane(["programs", "cases"]) == "programs"
