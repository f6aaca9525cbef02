"""Python's cycle collector, run on the GUI thread only.

CPython runs its cycle collector in whichever thread happens to allocate when a threshold is crossed:
often a worker thread in the middle of an export or a database query. A Qt object whose wrapper sits in
a reference cycle (a closed dialog, a worker's signal object, a thread pool) is then destroyed on that
worker thread, while the GUI thread may be painting it, delivering its events or deleting it too. Qt
allows none of that: it crashed the app with a segmentation fault. (In the test suite, dialogs closed
by one test were collected on the thread exporting the workbook of the next.)

While installed, the automatic collector is off and a timer on the GUI thread collects instead, by the
same generation thresholds. Worker threads still free ordinary objects at once by reference counting.
A long workbook job marks itself ``busy()``: it keeps hundreds of thousands of objects that hold no
cycles, and (as without a GUI) no collection scans them over and over while it runs.
"""

from __future__ import annotations

import gc
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer

INTERVAL_MS = 200

_lock = threading.Lock()
_busy = 0
_installed: GuiThreadCollector | None = None


class GuiThreadCollector(QObject):
    """Turns the automatic collector off and collects from a timer on the thread it is created on."""

    def __init__(self, parent: QObject, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        # A threshold of 0 means "never by count" (newer CPythons report one for the oldest generation).
        self.thresholds = tuple(t if t > 0 else sys.maxsize for t in gc.get_threshold())
        self._full_allowed_at = 0.0
        self.clock = time.monotonic
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> None:
        """One timer step: collect the generations whose thresholds are crossed, as CPython would."""
        if gc.isenabled():  # something turned it back on (a library, or code that saved and restored it)
            gc.disable()
        if is_busy():
            return
        counts = gc.get_count()
        generation = -1
        for i, (count, threshold) in enumerate(zip(counts, self.thresholds, strict=True)):
            if count <= threshold:
                break
            generation = i
        last = len(self.thresholds) - 1
        if generation == last and self.clock() < self._full_allowed_at:
            generation -= 1  # CPython also puts full collections off; here they never take over 2% of the time
        if generation < 0:
            return
        started = self.clock()
        gc.collect(generation)
        if generation == last:
            now = self.clock()
            self._full_allowed_at = now + 50 * (now - started)

    def collect(self, generation: int = 2) -> int:
        """A collection now (on the GUI thread): a full one, or of the generations up to ``generation``."""
        return gc.collect(generation)

    def collect_young(self) -> int:
        """Collect what was allocated since the automatic collector was switched off (it all sits in the
        young generations, as no collection ran since): a hundredth of a second where a full collection,
        which also walks every module and class imported so far, takes a tenth before the window paints."""
        return gc.collect(1)

    def uninstall(self) -> None:
        """Stop the timer and hand collecting back to CPython, after a last collection here: what is left in
        cycles now (closed dialogs among them) must not fall to a later collection on another thread."""
        global _installed
        self.timer.stop()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        gc.collect()
        gc.enable()
        if _installed is self:
            _installed = None


def install(app: QCoreApplication) -> GuiThreadCollector:
    """The application's collector (one per application; asking again returns it)."""
    global _installed
    if _installed is None or not shiboken6.isValid(_installed) or _installed.parent() is not app:
        _installed = GuiThreadCollector(app)
    return _installed


def is_busy() -> bool:
    return _busy > 0


@contextmanager
def busy() -> Iterator[None]:
    """Hold collections off while a long job runs (any thread); they resume at the next timer step."""
    global _busy
    with _lock:
        _busy += 1
    try:
        yield
    finally:
        with _lock:
            _busy -= 1
