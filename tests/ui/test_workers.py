"""The background runner: results reach the GUI thread, and nothing the work captured outlives it.

QThreadPool.start keeps every runnable for as long as the pool lives (the main window's pool: the whole
session), so a task must let go of its work and callbacks once its outcome is delivered."""

from __future__ import annotations

import gc
import logging
import threading
import time
import weakref
from typing import Any

from app.ui import collector
from app.ui.workers import BackgroundRunner


class _Payload:
    """Stands for what work captures: a service, a filter, a dialog."""


def test_a_call_delivers_its_result_and_then_lets_go_of_what_its_work_captured(qtbot: Any) -> None:
    runner = BackgroundRunner()
    payload = _Payload()
    captured = weakref.ref(payload)
    results: list[str] = []
    runner.run(lambda p=payload: f"done with {type(p).__name__}", results.append)
    del payload
    qtbot.waitUntil(lambda: results == ["done with _Payload"], timeout=5000)
    qtbot.waitUntil(lambda: gc.collect() >= 0 and captured() is None, timeout=5000)


def test_a_failed_call_reports_and_lets_go_too(qtbot: Any, monkeypatch: Any) -> None:
    # The logged traceback reaches the payload through its frame; the test's log capture would keep it.
    monkeypatch.setattr(logging.getLogger("app.ui.workers"), "disabled", True)
    runner = BackgroundRunner()
    payload = _Payload()
    captured = weakref.ref(payload)
    failures: list[str] = []

    def work(p: _Payload = payload) -> None:
        raise ValueError("the database went away")

    runner.run(work, lambda _r: None, failures.append)
    del payload, work
    qtbot.waitUntil(lambda: failures == ["the database went away"], timeout=5000)
    qtbot.waitUntil(lambda: gc.collect() >= 0 and captured() is None, timeout=5000)


def test_a_long_job_reports_progress_on_the_gui_thread_stops_when_cancelled_and_pauses_the_collector(
    qtbot: Any,
) -> None:
    runner = BackgroundRunner()
    started = threading.Event()
    seen: dict[str, Any] = {}
    progress: list[tuple[int, int, str, bool]] = []
    failures: list[BaseException] = []

    def job(report: Any, cancelled: Any) -> str:
        seen["busy"] = collector.is_busy()
        report(1, 3, "Programs")
        started.set()
        while not cancelled():
            time.sleep(0.01)
        raise RuntimeError("stopped by the user")

    def on_progress(done: int, total: int, what: str) -> None:
        progress.append((done, total, what, threading.current_thread() is threading.main_thread()))

    task = runner.start(job, lambda _r: None, failures.append, on_progress=on_progress, pause_collector=True)
    assert started.wait(5)
    task.cancel()
    qtbot.waitUntil(lambda: len(failures) == 1, timeout=5000)
    assert str(failures[0]) == "stopped by the user"
    assert seen["busy"] is True and not collector.is_busy()
    assert progress == [(1, 3, "Programs", True)]  # delivered on the GUI thread
