"""The indicator chart: values over time with the target drawn as well."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCharts import (
    QChart,
    QChartView,
    QDateTimeAxis,
    QLineSeries,
    QScatterSeries,
    QValueAxis,
)
from PySide6.QtCore import QDateTime, QMargins, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QResizeEvent
from PySide6.QtWidgets import QWidget

from app.domain import model as d
from app.domain.dates import PartialDate


def _ms(value: PartialDate) -> float:
    # The middle of the span a partial date stands for, so "2017" sits mid-year.
    first, last = value.first_day(), value.last_day()
    mid = first + (last - first) / 2
    return float(QDateTime(dt.datetime(mid.year, mid.month, mid.day)).toMSecsSinceEpoch())


class IndicatorChart(QChartView):
    """Actual values as a line with points; planned/target values dashed; the target as a level line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(220)
        self.indicator: d.Indicator | None = None
        self._x_axis: QDateTimeAxis | None = None
        self._wanted_ticks = 0
        self.set_indicator(None)

    def set_indicator(self, indicator: d.Indicator | None) -> None:
        self.indicator = indicator
        self._x_axis = None
        chart = QChart()
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        if indicator is None:
            chart.setTitle(self.tr("Choose an indicator to see its chart"))
            self.setChart(chart)
            return
        title = f"{indicator.name} ({indicator.unit})" if indicator.unit else indicator.name
        chart.setTitle(title)
        actual = [v for v in indicator.values if v.kind.value == "actual"]
        planned = [v for v in indicator.values if v.kind.value != "actual"]
        points: list[tuple[float, float]] = []
        series_list: list[QLineSeries] = []
        if actual:
            line = QLineSeries()
            line.setName(self.tr("Actual"))
            line.setPointsVisible(True)
            line.setPen(QPen(QColor("#2E6BD0"), 2.5))
            for v in sorted(actual, key=lambda v: v.period.sort_key()):
                line.append(_ms(v.period), v.value)
                points.append((_ms(v.period), v.value))
            series_list.append(line)
        if planned:
            plan = QLineSeries()
            plan.setName(self.tr("Planned"))
            plan.setPointsVisible(True)
            pen = QPen(QColor("#E0A100"), 2)
            pen.setStyle(Qt.PenStyle.DashLine)
            plan.setPen(pen)
            for v in sorted(planned, key=lambda v: v.period.sort_key()):
                plan.append(_ms(v.period), v.value)
                points.append((_ms(v.period), v.value))
            series_list.append(plan)
        if indicator.target_date is not None and indicator.target_value is not None:
            points.append((_ms(indicator.target_date), indicator.target_value))
        if indicator.baseline_period is not None and indicator.baseline_value is not None:
            points.append((_ms(indicator.baseline_period), indicator.baseline_value))
        if not points:
            chart.setTitle(self.tr("%1: no values recorded yet").replace("%1", title))
            self.setChart(chart)
            return
        xs = [p[0] for p in points]
        ys = [p[1] for p in points]
        year_ms = 365 * 24 * 3600 * 1000.0
        x_min, x_max = min(xs) - year_ms / 2, max(xs) + year_ms / 2
        if indicator.target_value is not None:
            target = QLineSeries()
            target.setName(self.tr("Target %1").replace("%1", f"{indicator.target_value:g}"))
            pen = QPen(QColor("#C8453B"), 1.5)
            pen.setStyle(Qt.PenStyle.DotLine)
            target.setPen(pen)
            target.append(x_min, indicator.target_value)
            target.append(x_max, indicator.target_value)
            series_list.append(target)
            ys.append(indicator.target_value)
        if indicator.target_date is not None and indicator.target_value is not None:
            mark = QScatterSeries()
            mark.setName(self.tr("Target date"))
            mark.setColor(QColor("#C8453B"))
            mark.setMarkerSize(10)
            mark.append(_ms(indicator.target_date), indicator.target_value)
            series_list.append(mark)  # type: ignore[arg-type]
        x_axis = QDateTimeAxis()
        x_axis.setFormat("yyyy" if x_max - x_min > 6 * year_ms else "MMM yyyy")
        self._wanted_ticks = max(5, min(8, round((x_max - x_min) / year_ms) + 1))
        self._x_axis = x_axis
        self._fit_ticks()
        x_axis.setRange(QDateTime.fromMSecsSinceEpoch(int(x_min)), QDateTime.fromMSecsSinceEpoch(int(x_max)))
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

    def _fit_ticks(self) -> None:
        # As many date labels as fit side by side: a narrow chart showed "20…" under every tick.
        axis = self._x_axis
        if axis is None:
            return
        label = self.fontMetrics().horizontalAdvance(QDateTime(dt.datetime(2027, 12, 31)).toString(axis.format())) + 24
        room = max(0, self.width() - 90)  # less the value axis and the margins
        axis.setTickCount(max(2, min(self._wanted_ticks, room // label + 1)))
