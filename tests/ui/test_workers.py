"""Background service calls: results reach the GUI thread, and nothing they captured outlives them.

QThreadPool.start keeps every runnable for as long as the pool lives (the main window's pool: the whole
session), so a call must let go of its work and callbacks once its outcome is delivered."""

from __future__ import annotations

import gc
import logging
import weakref
from typing import Any

from PySide6.QtCore import QThreadPool

from app.ui.workers import run_in_background


class _Payload:
    """Stands for what work captures: a service, a filter, a dialog."""


def test_a_call_delivers_its_result_and_then_lets_go_of_what_its_work_captured(qtbot: Any) -> None:
    pool = QThreadPool()
    payload = _Payload()
    captured = weakref.ref(payload)
    results: list[str] = []
    run_in_background(pool, lambda p=payload: f"done with {type(p).__name__}", results.append)
    del payload
    qtbot.waitUntil(lambda: results == ["done with _Payload"], timeout=5000)
    qtbot.waitUntil(lambda: gc.collect() >= 0 and captured() is None, timeout=5000)


def test_a_failed_call_reports_and_lets_go_too(qtbot: Any, monkeypatch: Any) -> None:
    # The logged traceback reaches the payload through its frame; the test's log capture would keep it.
    monkeypatch.setattr(logging.getLogger("app.ui.workers"), "disabled", True)
    pool = QThreadPool()
    payload = _Payload()
    captured = weakref.ref(payload)
    failures: list[str] = []

    def work(p: _Payload = payload) -> None:
        raise ValueError("the database went away")

    run_in_background(pool, work, lambda _r: None, failures.append)
    del payload, work
    qtbot.waitUntil(lambda: failures == ["the database went away"], timeout=5000)
    qtbot.waitUntil(lambda: gc.collect() >= 0 and captured() is None, timeout=5000)
