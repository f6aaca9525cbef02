"""The window paints before the excel stack is loaded (it loads at the first export or import), and the
start-up probe that bench/startup_bench.py times the installed package with reports the first paint."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

CHILD = """
import sys
from app.cli import main
code = main(["--db", sys.argv[1], "gui"])
loaded = [name for name in ("openpyxl", "python_calamine", "app.services.workbook", "app.excel.writer")
          if name in sys.modules]
print(code, ",".join(loaded) or "-")
"""


def test_the_window_paints_without_the_excel_stack_and_the_probe_reports_it(tmp_path: Path) -> None:
    probe = tmp_path / "painted"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "CIVIC_TRACKER_DATA_DIR": str(tmp_path / "data"),
        "CIVIC_TRACKER_STARTUP_PROBE": str(probe),
        "PYTHONPATH": str(REPO),
    }
    started = time.time()
    out = subprocess.run(
        [sys.executable, "-c", CHILD, f"sqlite:///{tmp_path / 'db.sqlite3'}"],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["0", "-"]  # quit by the probe; nothing of the excel stack imported
    assert started < float(probe.read_text(encoding="utf-8")) < time.time()
