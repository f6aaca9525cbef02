"""The one background runner: work on a QThreadPool, its outcome back on the GUI thread, progress and Cancel."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from app.domain.errors import CivicError
from app.ui import collector, texts

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]  # done, total, what
Cancelled = Callable[[], bool]
Job = Callable[[Progress, Cancelled], Any]


class TaskSignals(QObject):
    """Lives on the GUI thread; the worker emits, the connected slots run on the GUI thread."""

    progress = Signal(int, int, str)  # done, total, what
    finished = Signal(object)  # the job's result
    failed = Signal(object)  # the exception (a CivicError carries a message fit to show)


class BackgroundTask(QRunnable):
    """Calls ``job(progress, cancelled)`` off the GUI thread. It must not touch widgets."""

    def __init__(self, job: Job, pause_collector: bool = False) -> None:
        super().__init__()
        self.job = job
        self.signals = TaskSignals()
        self.finished = False
        self.reports_progress = False  # set when a progress slot is connected
        self._pause_collector = pause_collector
        self._cancel = threading.Event()
        self.setAutoDelete(False)  # the signals must outlive run() until their queued outcome is delivered

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        try:
            if self._pause_collector:
                with collector.busy():  # a big import or export keeps many objects and makes no cycles
                    result = self.job(self._report, self._cancel.is_set)
            else:
                result = self.job(self._report, self._cancel.is_set)
        except Exception as exc:  # reported to the GUI thread; a worker must never die silently
            if isinstance(exc, CivicError):
                log.info("Background work refused: %s", exc)
            else:
                log.exception("Background work failed")
            self._emit(self.signals.failed, exc)
            return
        self._emit(self.signals.finished, result)

    def release(self) -> None:
        """On the GUI thread, after the outcome was delivered: drop the job and every connection."""
        self.job = _spent
        if self.reports_progress:
            self.signals.progress.disconnect()
        self.signals.finished.disconnect()
        self.signals.failed.disconnect()

    def _report(self, done: int, total: int, what: str) -> None:
        try:
            self.signals.progress.emit(int(min(done, 2**31 - 1)), int(min(total, 2**31 - 1)), what)
        except RuntimeError:
            log.debug("Progress dropped: its receiver is gone")

    def _emit(self, signal: Any, value: Any) -> None:
        self.finished = True
        try:
            signal.emit(value)
        except RuntimeError:  # the signals went with their window while we worked: nobody is waiting
            log.debug("Background result dropped: its receiver is gone")


def _spent(_progress: Progress, _cancelled: Cancelled) -> Any:
    raise RuntimeError("This background task has already run")


class BackgroundRunner(QObject):
    """The application's one way to run work off the GUI thread (a view's query, an import, a backup).

    QThreadPool.start keeps every runnable as long as the pool lives (the app's whole session): once a
    task's outcome is delivered, it lets go of its job and its callbacks, and of what they captured.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)

    def run(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_failed: Callable[[str], None] | None = None,
        owner: QObject | None = None,
    ) -> BackgroundTask:
        """A plain call: ``on_done(result)`` or ``on_failed(message)`` on the GUI thread, unless ``owner`` is gone."""

        def job(_progress: Progress, _cancelled: Cancelled) -> Any:
            return work()

        failed = None if on_failed is None else (lambda exc: on_failed(texts.message_text(exc)))
        return self.start(job, on_done, failed, owner=owner)

    def start(
        self,
        job: Job,
        on_done: Callable[[Any], None],
        on_failed: Callable[[BaseException], None] | None = None,
        *,
        on_progress: Callable[[int, int, str], None] | None = None,
        owner: QObject | None = None,
        pause_collector: bool = False,
    ) -> BackgroundTask:
        """A long job with progress and a cancel flag. ``pause_collector`` holds the GUI-thread cycle
        collector off while it runs (a workbook job keeps many objects and makes no cycles)."""
        task = BackgroundTask(job, pause_collector)

        def alive() -> bool:
            return owner is None or shiboken6.isValid(owner)

        signals = task.signals
        if on_progress is not None:
            task.reports_progress = True
            signals.progress.connect(lambda done, total, what: on_progress(done, total, what) if alive() else None)

        # One slot per outcome that delivers and then lets go, so that nothing the outcome holds (a preview
        # of thousands of rows) waits in a second queued call after the receiver has seen it.
        def done(result: Any) -> None:
            try:
                if alive():
                    on_done(result)
            finally:
                task.release()

        def failed(exc: BaseException) -> None:
            try:
                if on_failed is not None and alive():
                    on_failed(exc)
            finally:
                task.release()

        signals.finished.connect(done)
        signals.failed.connect(failed)
        self.pool.start(task)
        return task

    def wait(self, msecs: int = -1) -> bool:
        """Block until every task has ended (closing the window, a screenshot, tests)."""
        return bool(self.pool.waitForDone(msecs))
