"""Tools > Places… in the main window (``install(host)``): the Places editor."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from app.ui.actions import ActionHost
from app.ui.widgets import open_dialog

if TYPE_CHECKING:  # the editor loads when it is first opened, not before the window paints
    from app.ui.places_dialog import PlacesDialog


class PlacesActions(QObject):
    def __init__(self, host: ActionHost) -> None:
        window = host.window_widget
        super().__init__(window)
        self.window = window
        self.ctx = host.context
        self.dialog: PlacesDialog | None = None
        self.action = QAction(self.tr("&Places…"), window)
        self.action.setObjectName("actionPlaces")
        self.action.setStatusTip(self.tr("The places programs are in: add, rename, move and merge the office's own"))
        self.action.triggered.connect(self.show_places)
        host.menu("tools").addAction(self.action)

    def show_places(self) -> PlacesDialog:
        if self.dialog is not None:
            self.dialog.raise_()
            self.dialog.activateWindow()
            return self.dialog
        from app.ui.places_dialog import PlacesDialog

        dialog = PlacesDialog(self.ctx, self.window)
        self.dialog = dialog
        dialog.finished.connect(self._forget_dialog)
        open_dialog(dialog)
        return dialog

    def _forget_dialog(self, _result: int) -> None:
        self.dialog = None


def install(host: ActionHost) -> PlacesActions:
    return PlacesActions(host)
