"""What every pane shares: reload when data changed (lazily, only when visible), read-only mode, settings."""

from __future__ import annotations

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from app.ui.context import AppContext


class View(QWidget):
    """A pane. ``refresh()`` reads from services; it runs when the pane is shown after data changed."""

    name = ""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self._stale = True
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.refresh_now)
        ctx.events.data_changed.connect(self.on_data_changed)

    def refresh(self) -> None:
        raise NotImplementedError

    def refresh_now(self) -> None:
        self._stale = False
        self.refresh()

    def on_data_changed(self) -> None:
        # Coalesce: several changes in one event-loop turn cause one reload, after editors have closed.
        self._stale = True
        if self.isVisible():
            self._timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh_now()

    def stop(self) -> None:
        """The window is closing: start no more work."""
        for timer in self.findChildren(QTimer):
            timer.stop()

    def set_read_only(self, flag: bool) -> None:
        """Disable editors; panes that edit override this."""

    def save_state(self, settings: QSettings) -> None:
        """Remember splitters and column widths."""

    def restore_state(self, settings: QSettings) -> None:
        """Put splitters and column widths back."""
