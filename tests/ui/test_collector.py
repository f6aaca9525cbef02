"""Reference cycles holding Qt objects are collected on the GUI thread, never on a worker thread.

Without this, a dialog closed by one action could be destroyed on the thread exporting the next
workbook, and the app crashed (a segmentation fault in CI)."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
import threading
from typing import Any

from PySide6.QtWidgets import QDialog

from app.ui import collector
from tests.conftest import REPO


class _CycledDialog(QDialog):
    """A closed dialog that only a reference cycle keeps, as a dialog's own lambdas can."""

    def __init__(self, destroyed_on: list[threading.Thread]) -> None:
        super().__init__()
        self.itself = self
        self.destroyed_on = destroyed_on

    def __del__(self) -> None:
        self.destroyed_on.append(threading.current_thread())


def _allocate_on_a_worker(kept: list[Any]) -> None:
    """Allocate as a query or an export does: enough to cross every collection threshold."""

    def churn() -> None:
        kept.append([[] for _ in range(100_000)])

    worker = threading.Thread(target=churn)
    worker.start()
    worker.join()


def test_a_dialog_in_a_cycle_is_destroyed_on_the_gui_thread_not_on_a_busy_worker(qtbot: Any) -> None:
    assert not collector.is_busy()  # no workbook job left running by an earlier test
    destroyed_on: list[threading.Thread] = []
    _CycledDialog(destroyed_on)
    kept: list[Any] = []
    _allocate_on_a_worker(kept)
    assert destroyed_on == []  # the worker's allocations did not collect it there
    qtbot.waitUntil(lambda: bool(destroyed_on), timeout=5000)  # the GUI thread's timer did
    assert destroyed_on == [threading.main_thread()]


def test_a_long_workbook_job_holds_collections_off_until_it_ends(qtbot: Any, _collector: Any) -> None:
    assert not collector.is_busy()
    destroyed_on: list[threading.Thread] = []
    kept = [[] for _ in range(5_000)]  # over the first threshold: the next timer step would collect
    with collector.busy():
        _CycledDialog(destroyed_on)
        qtbot.wait(3 * collector.INTERVAL_MS)
        assert destroyed_on == []
    qtbot.waitUntil(lambda: bool(destroyed_on), timeout=5000)
    assert destroyed_on == [threading.main_thread()] and len(kept) == 5_000


def test_the_automatic_collector_stays_off_when_something_turns_it_on(_collector: Any) -> None:
    gc.enable()  # as code that saved the collector's state at the wrong moment and restored it might
    _collector.check()  # the next timer step
    assert not gc.isenabled()


def test_full_collections_are_spaced_by_their_cost(_collector: Any, monkeypatch: Any) -> None:
    clock = [1000.0]
    collected: list[int] = []

    def collect(generation: int = 2) -> int:
        collected.append(generation)
        clock[0] += 0.1 if generation == 2 else 0.001  # a full collection of a big heap takes 100 ms
        return 0

    monkeypatch.setattr(_collector, "clock", lambda: clock[0])
    monkeypatch.setattr(gc, "collect", collect)
    monkeypatch.setattr(gc, "get_count", lambda: (10**6, 10**6, 10**6))  # every threshold crossed
    _collector._full_allowed_at = 0.0
    _collector.check()
    _collector.check()  # at once: the next step makes do with the middle generation
    clock[0] += 4.0
    _collector.check()  # 4 s on: still under 50 times the last full collection's 100 ms
    clock[0] += 1.0
    _collector.check()
    assert collected == [2, 1, 1, 2]


def test_the_collection_before_the_window_frees_what_was_made_since_the_collector_took_over(_collector: Any) -> None:
    """run_gui collects only the young generations after opening the database (a full collection walks
    every module imported so far): everything made while the automatic collector is off sits there."""
    destroyed_on: list[threading.Thread] = []
    _CycledDialog(destroyed_on)
    _collector.check()  # a timer step may have moved it on a generation meanwhile
    _CycledDialog(destroyed_on)
    _collector.collect_young()
    assert destroyed_on == [threading.main_thread()] * 2


def test_the_app_starts_with_collection_on_the_gui_thread(tmp_path: Any) -> None:
    code = (
        "import gc; from app.ui.main import make_application; from app.ui import collector; "
        "app = make_application(); print(gc.isenabled(), collector.install(app).timer.isActive())"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CIVIC_TRACKER_DATA_DIR": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, env=env, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["False", "True"]
