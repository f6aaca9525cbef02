"""The indicator chart: values over time with the target drawn as well."""

from __future__ import annotations

import calendar
import math

from PySide6.QtCharts import (
    QCategoryAxis,
    QChart,
    QChartView,
    QLineSeries,
    QScatterSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QResizeEvent
from PySide6.QtWidgets import QWidget

from app.domain import model as d
from app.domain.dates import PartialDate
from app.ui import style, texts

# Label steps the time axis may take: in years for yearly data, in months otherwise.
_YEAR_STEPS = (1, 2, 5, 10, 20, 50, 100)
_MONTH_STEPS = (1, 2, 3, 6, 12, 24, 60, 120, 240, 600, 1200)


def _is_yearly(period: PartialDate) -> bool:
    return period.month is None and not period.decade


def _months(period: PartialDate) -> float:
    """Where a period sits on a month scale (0 = January of year 0).

    A month sits on its own tick, so March 2026 is drawn above the label "2026-03"; a day sits within its
    month; a year or decade in the middle of the span it stands for.
    """
    if period.month is not None and period.day is None and not period.decade:
        return period.year * 12 + period.month - 1.0
    first, last = period.first_day(), period.last_day()
    mid = first + (last - first) / 2
    return mid.year * 12 + mid.month - 1 + (mid.day - 1) / calendar.monthrange(mid.year, mid.month)[1]


class IndicatorChart(QChartView):
    """Actual values as a line with points; planned/target values dashed; the target as a level line.

    When every date of an indicator is a year, the time axis counts years and puts its ticks on them
    ("2014 2015 2016"); otherwise it counts months and labels them ("2026-03", or "2026. 3." in the Korean date
    style). Labels show dates as every pane does (``texts.date_text``). A label is only ever drawn on the period it
    names, never between two of them.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(220)
        self.indicator: d.Indicator | None = None
        self._x_axis: QCategoryAxis | None = None
        self._yearly = False
        self._span = (0.0, 0.0)
        self.set_indicator(None)

    def x_labels(self) -> list[str]:
        """The labels under the time axis, left to right ([] when there is no chart)."""
        return list(self._x_axis.categoriesLabels()) if self._x_axis is not None else []

    def set_indicator(self, indicator: d.Indicator | None) -> None:
        self.indicator = indicator
        self._x_axis = None
        chart = QChart()
        chart.setMargins(QMargins(4, 4, 28, 4))  # room for half a date label centred on the last tick
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        if indicator is None:
            chart.setTitle(self.tr("Choose an indicator to see its chart"))
            self.setChart(chart)
            return
        title = f"{indicator.name} ({texts.unit_text(indicator.unit)})" if indicator.unit else indicator.name
        chart.setTitle(title)
        periods = [v.period for v in indicator.values]
        if indicator.target_date is not None and indicator.target_value is not None:
            periods.append(indicator.target_date)
        if indicator.baseline_period is not None and indicator.baseline_value is not None:
            periods.append(indicator.baseline_period)
        self._yearly = bool(periods) and all(_is_yearly(p) for p in periods)

        def x_of(period: PartialDate) -> float:
            return float(period.year) if self._yearly else _months(period)

        actual = [v for v in indicator.values if v.kind.value == "actual"]
        planned = [v for v in indicator.values if v.kind.value != "actual"]
        points: list[tuple[float, float]] = []
        series_list: list[QLineSeries] = []
        if actual:
            line = QLineSeries()
            line.setName(self.tr("Actual"))
            line.setPointsVisible(True)
            line.setPen(QPen(QColor(style.CHART_ACTUAL), 2.5))
            for v in sorted(actual, key=lambda v: v.period.sort_key()):
                line.append(x_of(v.period), v.value)
                points.append((x_of(v.period), v.value))
            series_list.append(line)
        if planned:
            plan = QLineSeries()
            plan.setName(self.tr("Planned"))
            plan.setPointsVisible(True)
            pen = QPen(QColor(style.CHART_PLANNED), 2)
            pen.setStyle(Qt.PenStyle.DashLine)
            plan.setPen(pen)
            for v in sorted(planned, key=lambda v: v.period.sort_key()):
                plan.append(x_of(v.period), v.value)
                points.append((x_of(v.period), v.value))
            series_list.append(plan)
        if indicator.target_date is not None and indicator.target_value is not None:
            points.append((x_of(indicator.target_date), indicator.target_value))
        if indicator.baseline_period is not None and indicator.baseline_value is not None:
            points.append((x_of(indicator.baseline_period), indicator.baseline_value))
        if not points:
            chart.setTitle(self.tr("%1: no values recorded yet").replace("%1", title))
            self.setChart(chart)
            return
        xs = [p[0] for p in points]
        ys = [p[1] for p in points]
        if self._yearly:
            # Half a year either side: a single year stands alone above its one label.
            x_min, x_max = min(xs) - 0.5, max(xs) + 0.5
        else:
            pad = max(1.0, min(6.0, (max(xs) - min(xs)) * 0.08))
            x_min, x_max = min(xs) - pad, max(xs) + pad
        self._span = (x_min, x_max)
        if indicator.target_value is not None:
            target = QLineSeries()
            target.setName(self.tr("Target %1").replace("%1", f"{indicator.target_value:g}"))
            pen = QPen(QColor(style.CHART_TARGET), 1.5)
            pen.setStyle(Qt.PenStyle.DotLine)
            target.setPen(pen)
            target.append(x_min, indicator.target_value)
            target.append(x_max, indicator.target_value)
            series_list.append(target)
            ys.append(indicator.target_value)
        if indicator.target_date is not None and indicator.target_value is not None:
            mark = QScatterSeries()
            mark.setName(self.tr("Target date"))
            mark.setColor(QColor(style.CHART_TARGET))
            mark.setMarkerSize(10)
            mark.append(x_of(indicator.target_date), indicator.target_value)
            series_list.append(mark)  # type: ignore[arg-type]
        x_axis = QCategoryAxis()
        x_axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        x_axis.setRange(x_min, x_max)
        self._x_axis = x_axis
        self._fit_ticks()
        y_axis = QValueAxis()
        low, high = min(0.0, min(ys)), max(ys)
        y_axis.setRange(low, high * 1.1 if high > 0 else 1.0)
        y_axis.applyNiceNumbers()
        y_axis.setLabelFormat("%g")
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        for series in series_list:
            chart.addSeries(series)
            series.attachAxis(x_axis)
            series.attachAxis(y_axis)
        self.setChart(chart)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_ticks()

    def _label(self, tick: int) -> str:
        # As every pane shows a year or a month (2024-06, 2024. 6., 2024年6月), not Qt's English month names.
        if self._yearly:
            return texts.date_text(PartialDate(tick))
        year, month = divmod(tick, 12)
        return texts.date_text(PartialDate(year, month + 1))

    def _ticks(self, step: int) -> list[int]:
        # Ticks on whole years or month starts that are multiples of the step, so steps read 2014, 2016...
        # or Jan, Apr, Jul, Oct.
        # Only ticks inside the range: a label on the very edge is cut in half ("Jul 202").
        x_min, x_max = self._span
        first = math.floor(x_min / step + 1) * step
        return [t for t in range(first, math.ceil(x_max), step) if x_min < t < x_max]

    def _fit_ticks(self) -> None:
        # As many labels as fit side by side: a narrow chart showed "20…" under every tick.
        axis = self._x_axis
        if axis is None:
            return
        room = max(0, self.width() - 90)  # less the value axis and the margins
        steps = _YEAR_STEPS if self._yearly else _MONTH_STEPS
        ticks: list[int] = []
        for step in steps:
            ticks = self._ticks(step)
            label = max((self.fontMetrics().horizontalAdvance(self._label(t)) for t in ticks), default=0) + 24
            if len(ticks) <= max(1, room // label + 1) and len(ticks) <= 12:
                break
        for old in axis.categoriesLabels():
            axis.remove(old)
        axis.setStartValue(self._span[0])
        for tick in ticks:
            axis.append(self._label(tick), float(tick))
        axis.setRange(*self._span)
