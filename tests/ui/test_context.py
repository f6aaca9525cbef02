"""Views work from an application context alone: no main window, the shell answers for the window."""

from __future__ import annotations

from typing import Any

from app.services.programs import ProgramDraft
from app.ui.models.programs import ProgramTableModel
from app.ui.views.programs_view import ProgramsView
from tests.ui.fake_window import FakeWindow


def test_activating_a_case_asks_the_shell_to_open_it(qtbot: Any, seeded_db: Any) -> None:
    shell = FakeWindow(seeded_db)
    qtbot.addWidget(shell)
    view = ProgramsView(shell.context, cases=True)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=5000)
    index = view.model.index(0, ProgramTableModel.TITLE)
    view.table.activated.emit(index)
    assert shell.program_key == index.data(ProgramTableModel.KeyRole)
    shell.context.runner.wait(5000)  # the filter choices are read on a worker


def test_a_program_saved_elsewhere_appears_when_data_changed_is_announced(qtbot: Any, seeded_db: Any) -> None:
    shell = FakeWindow(seeded_db)
    qtbot.addWidget(shell)
    view = ProgramsView(shell.context, cases=False)
    qtbot.addWidget(view)
    view.show()
    assert view.model.rowCount() == 0 and view.start_choices.isVisibleTo(view)
    shell.context.programs.create_program(ProgramDraft(title="Night buses", key="NIGHT-BUSES"))
    shell.context.notify_data_changed()
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=5000)
    assert view.model.index(0, 0).data(ProgramTableModel.KeyRole) == "NIGHT-BUSES"
    assert not view.start_choices.isVisibleTo(view) and view.table.isVisibleTo(view)
    shell.context.runner.wait(5000)  # the match count is counted on a worker
