"""The window paints before what it does not need to paint is loaded: the excel stack (it loads at the first
export or import), Alembic (a database at head is checked with one query), Qt's chart and printing modules,
and the dialogs opened from menus; and the start-up probe that bench/startup_bench.py times the installed
package with reports the first paint."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from app.services.database import close_database, open_database
from app.services.programs import ProgramDraft, ProgramService
from app.store import migrate
from app.store.database import Database

REVISIONS = [r.revision for r in reversed(list(migrate.script_directory().walk_revisions()))]

REPO = Path(__file__).resolve().parents[2]

CHILD = """
import sys
from app.cli import main
code = main(["--db", sys.argv[1], "gui"])
DEFERRED = (
    "openpyxl", "python_calamine", "app.services.workbook", "app.excel.writer",  # at the first export or import
    "alembic",  # only to upgrade
    "PySide6.QtCharts", "app.ui.charts",  # when an indicator chart is first shown
    "PySide6.QtPrintSupport", "app.services.report",  # at the first report
    "app.ui.preferences_dialog", "app.ui.places_dialog", "app.ui.backups_dialog", "app.ui.guide_dialog",  # opened
)
loaded = [name for name in DEFERRED if name in sys.modules]
print(code, ",".join(loaded) or "-")
"""


def test_the_window_paints_without_what_it_does_not_need_and_the_probe_reports_it(tmp_path: Path) -> None:
    probe = tmp_path / "painted"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "CIVIC_TRACKER_DATA_DIR": str(tmp_path / "data"),
        "CIVIC_TRACKER_STARTUP_PROBE": str(probe),
        "PYTHONPATH": str(REPO),
    }
    url = f"sqlite:///{tmp_path / 'db.sqlite3'}"
    db, _report = open_database(url, seed=False)  # made and upgraded here: the start below finds it at head
    close_database(db)
    started = time.time()
    out = subprocess.run(
        [sys.executable, "-c", CHILD, url],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["0", "-"]  # quit by the probe; nothing deferred was imported
    painted, filled = (float(t) for t in probe.read_text(encoding="utf-8").split())
    assert started < painted <= filled < time.time()


# Records, at every paint of the main window, whether the data stack is loaded and how many programs the
# list shows; the first and the last records are printed when the app has quit.
PAINTS = """
import sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication
from app.ui.main_window import MainWindow

seen = []

class Paints(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and isinstance(watched, MainWindow) and watched.isVisible():
            view = getattr(watched, "programs_view", None)
            rows = view.model.rowCount() if view is not None else 0
            nav = len(watched.navigator.page_names())
            seen.append(f"{'sqlalchemy' in sys.modules}/{'app.store.models' in sys.modules}/{nav}/{rows}")
        return False

app = QApplication(sys.argv[:1])
paints = Paints()
app.installEventFilter(paints)
from app.cli import main
code = main(["--db", sys.argv[1], "gui"])
print(code, seen[0], seen[-1])
"""


def _start(tmp_path: Path, url: str) -> list[str]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "CIVIC_TRACKER_DATA_DIR": str(tmp_path / "data"),
        "CIVIC_TRACKER_STARTUP_PROBE": str(tmp_path / "painted"),  # quits once the programs have painted
        "PYTHONPATH": str(REPO),
    }
    out = subprocess.run(
        [sys.executable, "-c", PAINTS, url], env=env, capture_output=True, text=True, timeout=180, cwd=tmp_path
    )
    assert out.returncode == 0, out.stderr
    return out.stdout.split()


def test_the_window_paints_before_the_data_stack_is_loaded_and_the_programs_come_right_after(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'db.sqlite3'}"
    db, _report = open_database(url)  # seeded, at head, closed cleanly: nearly every start
    for title in ("Bike lanes", "Night buses"):
        ProgramService(db).create_program(ProgramDraft(title=title))
    close_database(db)
    code, first, last = _start(tmp_path, url)
    assert code == "0"
    assert first == "False/False/5/0"  # the navigator's five entries, no SQLAlchemy, no programs yet
    loaded, models, nav, rows = last.split("/")
    assert (loaded, models, rows) == ("True", "True", "2") and int(nav) >= 5  # the office's two programs


def test_a_database_to_upgrade_is_upgraded_before_the_window_paints(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'db.sqlite3'}"
    db = Database(url)
    migrate.upgrade(db.engine, url, REVISIONS[-2])  # made by the previous version of the app
    close_database(db)
    code, first, _last = _start(tmp_path, url)
    assert code == "0"
    assert first.startswith("True/True/")  # opened, backed up and upgraded before the window painted
    assert int(first.split("/")[2]) > 5  # and the window built whole, its views' entries all there
    assert list(tmp_path.rglob("*before-upgrade*"))  # the backup written first
    opened = Database(url)
    try:
        assert migrate.database_state(opened.engine).at_head
    finally:
        opened.dispose()


FAILING = """
import sys
from PySide6.QtWidgets import QMessageBox
import app.services.database
from app.domain.errors import StorageError
from app.domain.messages import message

def refuse(url, **_kwargs):  # what the quick check would say of a file damaged since its last clean close
    raise StorageError(message("database.cannot_open_now", database=url, problem="disk I/O error"))

app.services.database.open_database = refuse
QMessageBox.critical = staticmethod(lambda _parent, _title, text: print("said:", text) or QMessageBox.StandardButton.Ok)
from app.cli import main
print("code", main(["--db", sys.argv[1], "gui"]))
"""


def test_a_database_that_cannot_be_opened_after_the_paint_is_said_so_and_the_app_ends(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'db.sqlite3'}"
    db, _report = open_database(url, seed=False)
    close_database(db)
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "CIVIC_TRACKER_DATA_DIR": str(tmp_path / "data"),
        "PYTHONPATH": str(REPO),
    }
    out = subprocess.run(
        [sys.executable, "-c", FAILING, url], env=env, capture_output=True, text=True, timeout=180, cwd=tmp_path
    )
    assert out.returncode == 0, out.stderr
    said, code = out.stdout.strip().splitlines()
    assert said.startswith("said: ") and "disk I/O error" in said  # in a message box, as before the window
    assert code == "code 1"


def test_the_frame_shows_the_menus_and_the_last_view_loading_and_nothing_acts_until_the_data_is_in(
    qtbot: Any, seeded_db: Any, prompts: Any
) -> None:
    from PySide6.QtWidgets import QLabel

    from app.ui.main_window import MainWindow
    from app.ui.settings import app_settings

    app_settings().setValue("window/last_view", "dashboard")
    frame = MainWindow(None, prompts=prompts)
    qtbot.addWidget(frame)
    frame.show()
    qtbot.waitExposed(frame)
    assert [a.text() for a in frame.menuBar().actions()][:2] == ["&File", "&Edit"]
    assert frame.navigator.currentItem().text(0) == "Dashboard"
    loading = frame.stack.currentWidget()
    assert isinstance(loading, QLabel) and loading.text() == "Loading…"
    assert not frame.new_action.isEnabled() and not frame.find_action.isEnabled()
    prompts.texts.append("Bike lanes")
    frame.new_action.trigger()  # Ctrl+N while loading does nothing: nothing asked, nothing created
    assert prompts.texts == ["Bike lanes"]
    assert frame.quit_action.isEnabled()

    frame.attach(seeded_db)
    assert frame.current_view() == "dashboard" and frame.stack.currentWidget() is frame.dashboard_view
    assert frame.new_action.isEnabled() and frame.find_action.isEnabled()
    assert len(frame.navigator.page_names()) > 5  # History, Trash, My tasks from the action modules
    frame.show_view("cases")
    qtbot.waitUntil(lambda: frame.cases_view.model.rowCount() >= 19)
