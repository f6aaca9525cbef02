"""A program's timeline for the printed report: the Timeline tab's picture, still, fitted to the page's width.

What goes where comes from ``app/domain/timeline.py`` (rows, marks, spans, the axis of a zoom), the same layout
the Timeline tab paints; this module paints it into an image: action plans as bands, unit tasks as bars from
start to due, milestones as diamonds, partial dates faint, percent as fill, today's line, overdue in red.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPen, QPolygonF

from app.domain import model as d
from app.domain.timeline import Mark, Row, Tick, Zoom, axis_for, fitting_zoom, layout_rows
from app.ui import style


def timeline_rows(tasks: Sequence[d.Task], today: dt.date, roll_up: bool) -> list[Row]:
    """The rows the report draws; none when no task has a date (then the report prints no picture)."""
    rows = layout_rows(tasks, today, roll_up=roll_up)
    return rows if any(r.span is not None for r in rows) else []


def timeline_image(
    rows: Sequence[Row],
    today: dt.date,
    width: int,
    row_height: int,
    font: QFont,
    tick_label: Callable[[Tick, Zoom], str],
    today_label: str,
) -> QImage:
    """The rows on a time axis as an image ``width`` pixels wide, ``row_height`` pixels a row."""
    metrics = QFontMetricsF(font)
    header = round(metrics.height() * 2.2)  # the periods' names on top, today's below them
    height = header + row_height * len(rows) + 2
    title_w = round(width * 0.3)
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setFont(font)
    zoom = fitting_zoom(rows)
    axis = axis_for(rows, zoom, today)
    chart_w = width - title_w - 8
    scale = chart_w / max(1.0, axis.width)
    unit = max(1.0, row_height / 30)  # pens and marks grow with the picture

    def x_of(chart_x: float) -> float:
        return title_w + 4 + chart_x * scale

    def y_of(i: int) -> float:
        return header + i * row_height

    # Bands behind each action plan and its unit tasks; the grid; the rows' lines.
    for i, row in enumerate(rows):
        if row.is_plan and row.band is not None:
            left, right = x_of(axis.x(row.band.first)), x_of(axis.x_after(row.band.last))
            p.setPen(QPen(QColor(style.TIMELINE_BAND_EDGE), unit))
            p.setBrush(QColor(style.TIMELINE_BAND))
            p.drawRoundedRect(
                QRectF(
                    left - 2 * unit, y_of(i) + unit, right - left + 4 * unit, row.group_size * row_height - 2 * unit
                ),
                3 * unit,
                3 * unit,
            )
    for tick in axis.ticks():
        x = x_of(axis.x(tick.day))
        p.setPen(QPen(QColor(style.TIMELINE_GRID_STRONG if tick.labelled else style.TIMELINE_GRID), unit))
        p.drawLine(QPointF(x, header), QPointF(x, height))
        if tick.labelled:
            p.setPen(QColor(style.HINT_TEXT))
            p.drawText(
                QRectF(x + 3 * unit, 0, 400, metrics.height()), int(Qt.AlignmentFlag.AlignTop), tick_label(tick, zoom)
            )
    p.setPen(QPen(QColor(style.TIMELINE_GRID_STRONG), unit))
    p.drawLine(QPointF(0, header), QPointF(width, header))
    p.drawLine(QPointF(title_w, 0), QPointF(title_w, height))

    for i, row in enumerate(rows):
        top, mid = y_of(i), y_of(i) + row_height / 2
        bold = QFont(font)
        bold.setBold(row.is_plan)
        p.setFont(bold)
        p.setPen(QColor(style.TIMELINE_OVERDUE) if row.overdue else QColor("black"))
        indent = 4 * unit + row.depth * 10 * unit
        room = title_w - indent - 4 * unit
        title = QFontMetricsF(bold).elidedText(row.task.title, Qt.TextElideMode.ElideRight, room)
        p.drawText(QRectF(indent, top, room, row_height), int(Qt.AlignmentFlag.AlignVCenter), title)
        p.setFont(font)
        p.setPen(QPen(QColor(style.TIMELINE_GRID), unit))
        p.drawLine(QPointF(0, top + row_height), QPointF(width, top + row_height))
        _paint_mark(p, row, axis.x, axis.x_after, axis.day_width, x_of, mid, row_height, unit)

    if axis.first <= today <= axis.last:
        x = x_of(axis.x(today) + axis.day_width / 2)
        p.setPen(QPen(QColor(style.TIMELINE_TODAY), 1.5 * unit, Qt.PenStyle.DashLine))
        p.drawLine(QPointF(x, header), QPointF(x, height))
        p.setPen(QColor(style.TIMELINE_TODAY))
        p.drawText(
            QRectF(x - 100, header - metrics.height(), 200, metrics.height()),
            int(Qt.AlignmentFlag.AlignCenter),
            today_label,
        )
    p.end()
    return image


def _paint_mark(
    p: QPainter,
    row: Row,
    x: Callable[[dt.date], float],
    x_after: Callable[[dt.date], float],
    day_width: float,
    x_of: Callable[[float], float],
    mid: float,
    row_height: int,
    unit: float,
) -> None:
    if row.span is None:
        return
    colour = style.status_colour(row.task.status)
    edge = QColor(style.TIMELINE_OVERDUE) if row.overdue else colour.darker(130)
    left, right = x_of(x(row.span.first)), x_of(x_after(row.span.last))
    faint = QColor(colour)
    faint.setAlpha(60)
    half = row_height * 0.28
    if row.mark is Mark.SUMMARY:
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(style.TIMELINE_SUMMARY))
        p.drawRect(QRectF(left, mid - half / 3, right - left, 2 * half / 3))
        return
    if row.mark is Mark.MILESTONE:
        assert row.day is not None
        if row.firm is None:
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(faint)
            p.drawRoundedRect(QRectF(left, mid - half, right - left, 2 * half), 2 * unit, 2 * unit)
        cx = x_of(x(row.day) + day_width / 2)
        diamond = QPolygonF(
            [QPointF(cx, mid - half), QPointF(cx + half, mid), QPointF(cx, mid + half), QPointF(cx - half, mid)]
        )
        p.setPen(QPen(edge, (2 if row.overdue else 1) * unit))
        p.setBrush(QColor(style.PERCENT_TRACK) if row.firm is None else colour)
        p.drawPolygon(diamond)
        return
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(faint)
    p.drawRoundedRect(QRectF(left, mid - half, right - left, 2 * half), 2 * unit, 2 * unit)
    solid = row.firm or row.span
    s_left, s_right = x_of(x(solid.first)), x_of(x_after(solid.last))
    track = QColor(colour)
    track.setAlpha(110 if row.firm is not None else 0)
    p.setBrush(track)
    p.drawRoundedRect(QRectF(s_left, mid - half, s_right - s_left, 2 * half), 2 * unit, 2 * unit)
    if row.percent:
        p.setBrush(colour)
        fill = (s_right - s_left) * min(row.percent, 100) / 100
        p.drawRoundedRect(QRectF(s_left, mid - half, fill, 2 * half), 2 * unit, 2 * unit)
    p.setPen(QPen(edge, (2 if row.overdue else 1) * unit))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawRoundedRect(QRectF(left, mid - half, right - left, 2 * half), 2 * unit, 2 * unit)
