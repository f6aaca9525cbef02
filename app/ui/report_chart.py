"""An indicator's chart for the printed report: values over time and the target, painted into an image.

The window's chart (app/ui/charts.py) is a live QChartView; paper needs a still picture of a given size, so
this one is painted with QPainter. Periods stand side by side in time order, each where its value is
charted (``PartialDate.chart_key``: a year's target after that year's months); the report prints the exact
values in a table beside the picture.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPen

from app.domain import model as d
from app.domain.dates import PartialDate
from app.domain.enums import ValueKind
from app.ui import style


def nice_ticks(low: float, high: float, count: int = 5) -> list[float]:
    """Round values from at most ``low`` to at least ``high`` for the value axis (0, 25, 50, 75, 100)."""
    if high <= low:
        high = low + 1.0
    raw = (high - low) / max(1, count - 1)
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    first = math.floor(low / step) * step
    ticks = [first]
    while ticks[-1] < high - 1e-9:
        ticks.append(ticks[-1] + step)
    return [round(t, 10) for t in ticks]


def chart_image(
    indicator: d.Indicator,
    width: int,
    height: int,
    font: QFont,
    labels: dict[str, str],
    date_text: Callable[[PartialDate], str],
) -> QImage:
    """The chart of ``indicator`` as an image of ``width`` x ``height`` pixels.

    ``labels`` names the series in the report's language ("actual", "planned", "target"); ``font`` is the
    report's, its pixel size set for the image; ``date_text`` shows a period as the report shows dates.
    """
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setFont(font)
    metrics = QFontMetricsF(font)
    line = metrics.height()
    unit = max(1.0, height / 200)  # pen widths and markers grow with the picture

    periods: dict[PartialDate, None] = {}
    for v in indicator.values:
        periods[v.period] = None
    if indicator.target_date is not None and indicator.target_value is not None:
        periods[indicator.target_date] = None
    if indicator.baseline_period is not None and indicator.baseline_value is not None:
        periods[indicator.baseline_period] = None
    order = sorted(periods, key=lambda p: p.chart_key())
    values = [v.value for v in indicator.values]
    for extra in (indicator.target_value, indicator.baseline_value):
        if extra is not None:
            values.append(extra)

    # -- legend along the top
    legend = [(labels["actual"], QColor(style.CHART_ACTUAL), Qt.PenStyle.SolidLine)]
    if any(v.kind is not ValueKind.ACTUAL for v in indicator.values):
        legend.append((labels["planned"], QColor(style.CHART_PLANNED), Qt.PenStyle.DashLine))
    if indicator.target_value is not None:
        legend.append((labels["target"], QColor(style.CHART_TARGET), Qt.PenStyle.DotLine))
    x = 0.0
    for text, colour, pen_style in legend:
        pen = QPen(colour, 2 * unit)
        pen.setStyle(pen_style)
        painter.setPen(pen)
        painter.drawLine(QPointF(x, line / 2), QPointF(x + 3 * line / 2, line / 2))
        painter.setPen(QColor(style.PERCENT_TEXT))
        painter.drawText(QPointF(x + 2 * line, metrics.ascent()), text)
        x += 2 * line + metrics.horizontalAdvance(text) + line

    if not order or not values:
        painter.end()
        return image

    # -- the plot area: value labels on the left, period labels underneath
    ticks = nice_ticks(min(0.0, min(values)), max(values) * 1.05 if max(values) > 0 else 1.0)
    tick_text = [f"{t:,.10g}" for t in ticks]
    left = max(metrics.horizontalAdvance(t) for t in tick_text) + line / 2
    plot = QRectF(left, line * 1.8, width - left - line, height - line * 3.4)
    low, high = ticks[0], ticks[-1]

    def y_of(value: float) -> float:
        return plot.bottom() - (value - low) / (high - low) * plot.height()

    slot = plot.width() / len(order)
    x_at = {p: plot.left() + slot * (i + 0.5) for i, p in enumerate(order)}

    painter.setPen(QPen(QColor(style.PERCENT_TRACK), unit))
    for t, text in zip(ticks, tick_text, strict=True):
        y = y_of(t)
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(QColor(style.HINT_TEXT))
        painter.drawText(
            QRectF(0, y - line / 2, left - line / 4, line),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            text,
        )
        painter.setPen(QPen(QColor(style.PERCENT_TRACK), unit))
    painter.setPen(QPen(QColor(style.TIMELINE_LINE), unit))
    painter.drawLine(plot.bottomLeft(), plot.bottomRight())

    # Period labels: as many as fit side by side, always the first and the last.
    texts = [date_text(p) for p in order]
    widest = max(metrics.horizontalAdvance(t) for t in texts) + line / 2
    every = max(1, math.ceil(widest / slot))
    painter.setPen(QColor(style.HINT_TEXT))
    for i, (period, text) in enumerate(zip(order, texts, strict=True)):
        if i % every and i != len(order) - 1:
            continue
        if i == len(order) - 1 and i % every and len(order) - 1 - (i - i % every) < every:
            continue  # the last label would touch the one before it
        cx = x_at[period]
        painter.drawText(
            QRectF(cx - widest / 2, plot.bottom() + line * 0.2, widest, line),
            int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
            text,
        )

    # -- the target as a level line, and as a mark at its date
    if indicator.target_value is not None:
        pen = QPen(QColor(style.CHART_TARGET), 1.5 * unit)
        pen.setStyle(Qt.PenStyle.DotLine)
        painter.setPen(pen)
        y = y_of(indicator.target_value)
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        if indicator.target_date is not None:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(style.CHART_TARGET))
            painter.drawEllipse(QPointF(x_at[indicator.target_date], y), 4 * unit, 4 * unit)
    if indicator.baseline_value is not None and indicator.baseline_period is not None:
        painter.setPen(QPen(QColor(style.HINT_TEXT), 1.5 * unit))
        painter.setBrush(QColor("white"))
        centre = QPointF(x_at[indicator.baseline_period], y_of(indicator.baseline_value))
        painter.drawEllipse(centre, 3.5 * unit, 3.5 * unit)

    # -- actual values as a solid line, planned ones dashed
    for kinds, colour, pen_style in (
        ((ValueKind.ACTUAL,), style.CHART_ACTUAL, Qt.PenStyle.SolidLine),
        ((ValueKind.PLAN, ValueKind.TARGET), style.CHART_PLANNED, Qt.PenStyle.DashLine),
    ):
        points = [
            QPointF(x_at[v.period], y_of(v.value))
            for v in sorted(indicator.values, key=lambda v: v.period.chart_key())
            if v.kind in kinds
        ]
        if not points:
            continue
        pen = QPen(QColor(colour), 2.2 * unit)
        pen.setStyle(pen_style)
        painter.setPen(pen)
        for a, b in itertools.pairwise(points):
            painter.drawLine(a, b)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(colour))
        for p in points:
            painter.drawEllipse(p, 3 * unit, 3 * unit)
    painter.end()
    return image
