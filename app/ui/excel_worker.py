"""Runs a long workbook operation on a QThreadPool worker with progress and a cancel flag; no widgets."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Signal

from app.ui import collector

log = logging.getLogger(__name__)

Job = Callable[[Callable[[int, int, str], None], Callable[[], bool]], Any]


class WorkerSignals(QObject):
    progress = Signal(int, int, str)  # done, total, what
    finished = Signal(object)  # the job's result
    failed = Signal(object)  # the exception (a CivicError carries a message fit to show)


class Worker(QRunnable):
    """Calls ``job(progress, cancelled)`` off the GUI thread; results and errors come back as signals."""

    def __init__(self, job: Job) -> None:
        super().__init__()
        self.job = job
        self.signals = WorkerSignals()
        self._cancel = threading.Event()
        self.setAutoDelete(False)
        # QThreadPool.start keeps the runnable as long as the pool lives (the app's whole session). What the
        # job captured (its dialog, a preview of thousands of rows) goes once the outcome is delivered.
        self.signals.finished.connect(self._release)
        self.signals.failed.connect(self._release)

    def _release(self, _outcome: object) -> None:
        self.job = _spent

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        try:
            with collector.busy():  # a big import or export keeps many objects and makes no cycles
                result = self.job(self._report, self._cancel.is_set)
        except Exception as exc:
            log.info("Workbook job failed: %s", exc, exc_info=not _is_expected(exc))
            self.signals.failed.emit(exc)
            return
        self.signals.finished.emit(result)

    def _report(self, done: int, total: int, what: str) -> None:
        self.signals.progress.emit(int(min(done, 2**31 - 1)), int(min(total, 2**31 - 1)), what)


def _spent(_progress: Callable[[int, int, str], None], _cancelled: Callable[[], bool]) -> Any:
    raise RuntimeError("This workbook job has already run")


def _is_expected(exc: BaseException) -> bool:
    from app.domain.errors import CivicError

    return isinstance(exc, CivicError)
