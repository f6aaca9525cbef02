"""Running a service call on the thread pool and getting its result back on the GUI thread."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class _Relay(QObject):
    """Lives on the GUI thread; the worker emits, the connected slot runs on the GUI thread."""

    done = Signal(object)
    failed = Signal(str)


class ServiceCall(QRunnable):
    """Calls ``work()`` off the GUI thread. It must not touch widgets; ``on_done`` gets its result."""

    def __init__(self, work: Callable[[], Any]) -> None:
        super().__init__()
        self.work = work
        self.relay = _Relay()
        self.finished = False

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as exc:  # reported to the GUI thread; a worker must never die silently
            log.exception("Background work failed")
            self._emit(self.relay.failed, str(exc))
            return
        self._emit(self.relay.done, result)

    def release(self, _outcome: object = None) -> None:
        """On the GUI thread, after the outcome was delivered: drop the work and the relay's connections."""
        self.work = _spent
        self.relay.done.disconnect()
        self.relay.failed.disconnect()

    def _emit(self, signal: Any, value: Any) -> None:
        self.finished = True
        try:
            signal.emit(value)
        except RuntimeError:  # the relay went with its window while we worked: nobody is waiting
            log.debug("Background result dropped: its receiver is gone")


def _spent() -> Any:
    raise RuntimeError("This background call has already run")


def run_in_background(
    pool: QThreadPool,
    work: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_failed: Callable[[str], None] | None = None,
    owner: QObject | None = None,
) -> ServiceCall:
    """Run ``work`` on ``pool``; ``on_done(result)`` runs on the GUI thread, unless ``owner`` is gone by then."""
    call = ServiceCall(work)
    call.setAutoDelete(False)  # the relay must outlive run() until its queued signal is delivered

    def alive() -> bool:
        return owner is None or shiboken6.isValid(owner)

    call.relay.done.connect(lambda result: on_done(result) if alive() else None)
    if on_failed is not None:
        call.relay.failed.connect(lambda message: on_failed(message) if alive() else None)
    # QThreadPool.start keeps the runnable as long as the pool lives (the app's whole session): once the
    # outcome is delivered, let go of the work and the callbacks, and what they captured.
    call.relay.done.connect(call.release)
    call.relay.failed.connect(call.release)
    pool.start(call)
    return call
