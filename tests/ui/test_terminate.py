"""Asked to stop by the system (SIGTERM at logout or shutdown, SIGHUP when the terminal goes), the app closes as on
Quit: its windows close, the database is closed and recorded as closed cleanly, so the next start is the quick one
and not the full integrity check that follows a crash."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from app.services.database import close_database, open_database
from app.services.programs import ProgramDraft, ProgramService
from app.store import closing
from app.ui.main import quit_on_terminate

REPO = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP])
def test_a_stop_signal_closes_the_windows(qtbot: Any, signum: int) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    undo = quit_on_terminate(app)
    try:
        os.kill(os.getpid(), signum)
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)
    finally:
        undo()
    assert signal.getsignal(signum) is signal.SIG_DFL  # put back as it was


def test_the_app_stopped_by_sigterm_closes_the_database_cleanly(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    url = f"sqlite:///{path}"
    db, _report = open_database(url)
    close_database(db)
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "CIVIC_TRACKER_DATA_DIR": str(tmp_path / "data"),
        "PYTHONPATH": str(REPO),
    }
    app = subprocess.Popen(
        [sys.executable, "-m", "app", "--db", url, "gui"],
        env=env,
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        # Running: the daily backup it takes after the first paint is there. Then a colleague's change
        # (another process) so the file differs from the last clean close unless this close is recorded.
        deadline = time.monotonic() + 120
        while not list(tmp_path.rglob("*daily*")) and time.monotonic() < deadline and app.poll() is None:
            time.sleep(0.2)
        assert list(tmp_path.rglob("*daily*")), "the app did not start"
        other, _ = open_database(url, seed=False)
        ProgramService(other).create_program(ProgramDraft(title="Night buses"))
        other.dispose()
        assert closing.needs_full_check(path)
        app.send_signal(signal.SIGTERM)
        _out, err = app.communicate(timeout=60)
    finally:
        if app.poll() is None:
            app.kill()
    assert app.returncode == 0, err
    assert not closing.needs_full_check(path)  # closed as on Quit: the next start is the quick one
