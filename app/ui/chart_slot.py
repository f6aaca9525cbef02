"""Where an indicator chart sits in a view: Qt's chart module (a twentieth of a second to load) is loaded when
the chart is first shown or asked for, not before the main window paints (issue 18). The chart itself is
app/ui/charts.py."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.domain import model as d

if TYPE_CHECKING:
    from PySide6.QtCharts import QChart

    from app.ui.charts import IndicatorChart

MINIMUM_HEIGHT = 220  # as IndicatorChart's own


class IndicatorChartSlot(QWidget):
    """Holds the indicator a view chose and makes the IndicatorChart that draws it on first need."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumHeight(MINIMUM_HEIGHT)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.indicator: d.Indicator | None = None
        self._view: IndicatorChart | None = None

    def set_indicator(self, indicator: d.Indicator | None) -> None:
        self.indicator = indicator
        if self._view is not None:
            self._view.set_indicator(indicator)

    def view(self) -> IndicatorChart:
        """The chart view, made (with the indicator chosen so far) the first time it is needed."""
        if self._view is None:
            from app.ui.charts import IndicatorChart

            self._view = IndicatorChart(self)
            self._view.set_indicator(self.indicator)
            self._layout.addWidget(self._view)
            self._view.show()  # made during this slot's showEvent, after Qt showed the children it had
            self._layout.activate()  # its size now: the time axis fits its labels to the width
        return self._view

    def chart(self) -> QChart:
        return self.view().chart()

    def x_labels(self) -> list[str]:
        return self.view().x_labels()

    def showEvent(self, event: QShowEvent) -> None:
        self.view()
        super().showEvent(event)
