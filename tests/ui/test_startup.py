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

from app.services.database import close_database, open_database

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
    assert started < float(probe.read_text(encoding="utf-8")) < time.time()
