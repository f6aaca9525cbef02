"""Start-up benchmark: how long the main window takes to paint, against a bare PySide6 window with a table.

Run:  python bench/startup_bench.py [--rounds 9] [--installed /usr/bin/civic-tracker] [--bound 3.0]

Each round starts, one after the other, a fresh process of: a bare PySide6 window with a 50-row table (the
baseline), the app from this checkout (``python -m app gui``) on a seeded database, and, with --installed,
the installed package's command on the same database. Each is timed from just before the process is started
to its first paint finishing, as the process reports it (the app through CIVIC_TRACKER_STARTUP_PROBE, see
app/ui/main.py), so Python's own start, the imports, opening and checking the database and building the
window all count. The ratio of a round is the app's time over the baseline's of the same round; the median
ratio over the rounds decides (a busy spell on this shared machine adds time to one side at random, and the
median ignores a round it spoils). --bound makes the exit status 1 when the median ratio is above it.
Target (issue 18): 3x on the seeded database.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

BARE = r"""
import sys, time
from pathlib import Path
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

app = QApplication(sys.argv[:1])
window = QMainWindow()
model = QStandardItemModel(50, 8)
for row in range(50):
    for col in range(8):
        model.setItem(row, col, QStandardItem(f"Program {row}, field {col}"))
table = QTableView()
table.setModel(model)
window.setCentralWidget(table)
window.resize(1280, 800)


class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            window.removeEventFilter(self)
            QTimer.singleShot(0, done)
        return False


def done():
    Path(sys.argv[1]).write_text(repr(time.time()))
    app.exit(0)


watcher = FirstPaint(window)
window.installEventFilter(watcher)
window.show()
app.exec()
"""


def timed(command: list[str], env: dict[str, str], probe: Path) -> float:
    """Seconds from starting ``command`` to its first paint, as it wrote it to ``probe``."""
    probe.unlink(missing_ok=True)
    started = time.time()
    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=120)
    return float(probe.read_text(encoding="utf-8")) - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--installed", metavar="COMMAND", help="also time an installed civic-tracker command")
    parser.add_argument("--bound", type=float, help="exit 1 when the app's median ratio is above this")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="startup-bench-"))
    probe = work / "painted"
    # Python writes its bytecode caches as usual (a machine-wide PYTHONDONTWRITEBYTECODE would have the checkout
    # compiled from source at every start, which no installation does).
    env = {
        **{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"},
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        "CIVIC_TRACKER_DATA_DIR": str(work / "data"),
        "CIVIC_TRACKER_STARTUP_PROBE": str(probe),
        "PYTHONPATH": str(REPO),
    }
    url = f"sqlite:///{work / 'seeded.sqlite3'}"
    subprocess.run([sys.executable, "-m", "app", "--db", url, "seed"], env=env, check=True, capture_output=True)

    commands = {
        "bare PySide6 window": [sys.executable, "-c", BARE, str(probe)],
        "app (checkout)": [sys.executable, "-m", "app", "--db", url, "gui"],
    }
    if args.installed:
        installed_env = {k: v for k, v in env.items() if k != "PYTHONPATH"}
        commands["app (installed)"] = [args.installed, "--db", url, "gui"]
    times: dict[str, list[float]] = {name: [] for name in commands}
    for name, command in commands.items():  # a first start of each warms the file cache; not counted
        timed(command, installed_env if name == "app (installed)" else env, probe)
    for _ in range(args.rounds):
        for name, command in commands.items():
            times[name].append(timed(command, installed_env if name == "app (installed)" else env, probe))

    bare = times["bare PySide6 window"]
    print(f"start-up to first paint, {args.rounds} rounds, seeded database, {env['QT_QPA_PLATFORM']} platform")
    print(f"  {'':24} {'median':>8} {'fastest':>8} {'ratio (median of rounds)':>26}")
    worst = 0.0
    for name, values in times.items():
        ratio = statistics.median(v / b for v, b in zip(values, bare, strict=True))
        if name != "bare PySide6 window":
            worst = max(worst, ratio)
        print(f"  {name:24} {statistics.median(values):7.3f}s {min(values):7.3f}s {ratio:25.2f}x")
    if args.bound is not None and worst > args.bound:
        print(f"the app takes {worst:.2f}x the bare window's time, more than {args.bound:g}x")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
