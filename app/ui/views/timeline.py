"""A program's tasks on a time axis (the Timeline tab): bars to drag, milestones, today's line, zoom.

What is drawn where comes from ``app/domain/timeline.py``; this module paints it and turns a drag or an
arrow key into an ``EditTaskCommand`` (the same save and undo as an edit in the task tree).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPolygonF,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from app.domain import model as d
from app.domain.dates import PartialDate
from app.domain.timeline import (
    Mark,
    Part,
    Row,
    Tick,
    Unit,
    Zoom,
    axis_for,
    fitting_zoom,
    layout_rows,
    moved,
    with_dates,
)
from app.ui import style, texts
from app.ui.commands import EditTaskCommand
from app.ui.context import AppContext

TITLE_WIDTH = 230  # the column of task titles, wrapped to fit
HEADER_HEIGHT = 34
ROW_HEIGHT = 30  # at least; a long title makes its row taller
INDENT = 16
HANDLE = 5  # pixels either side of a bar's end that grab the end rather than the bar
WEEK = 7


@dataclass(frozen=True)
class _Place:
    top: int
    height: int


@dataclass
class _Drag:
    index: int
    part: Part
    x: float  # where the drag began, in chart coordinates
    days: int = 0


class TimelineChart(QAbstractScrollArea):
    """The painted timeline. Titles stay on the left and the axis on top while the chart scrolls.

    ``datesDropped(task_id, changes)`` asks the tab to save new dates; nothing is saved here.
    """

    datesDropped = Signal(int, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Row] = []
        self.today = dt.date.today()
        self.axis = axis_for([], Zoom.QUARTER, self.today)
        self.editable = True
        self.current = -1
        self._places: list[_Place] = []
        self._drag: _Drag | None = None
        # The day kept in the middle while the widget is laid out (today, when a program opens), until the
        # user scrolls.
        self._anchor: dt.date | None = None
        self.horizontalScrollBar().actionTriggered.connect(self._let_go)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().setMouseTracking(True)
        self.setAccessibleName(self.tr("Timeline of the program's tasks"))
        self.horizontalScrollBar().setSingleStep(40)
        self.verticalScrollBar().setSingleStep(ROW_HEIGHT)

    # -- data ---------------------------------------------------------------------------------------------
    def set_rows(self, rows: list[Row], today: dt.date, zoom: Zoom, new_program: bool = False) -> None:
        """Show ``rows``; a new program opens with today in the middle (or its first dates, if today is far)."""
        chosen = None if new_program else self.current_task_id()
        self.rows = rows
        self.today = today
        self._drag = None
        ids = [r.task.id for r in rows]
        self.current = ids.index(chosen) if chosen in ids else -1
        self._set_axis(zoom)
        if new_program:
            self._anchor = today if self.axis.first <= today <= self.axis.last else None
            self.verticalScrollBar().setValue(0)
            if self._anchor is None:
                self.horizontalScrollBar().setValue(0)
            else:
                self.centre_on(self._anchor)

    def set_zoom(self, zoom: Zoom) -> None:
        # Keep the day in the middle of the screen where it is.
        middle = self.axis.day_at(self.horizontalScrollBar().value() + self._chart_width() / 2)
        self._set_axis(zoom)
        self.centre_on(middle)

    def _set_axis(self, zoom: Zoom) -> None:
        self.axis = axis_for(self.rows, zoom, self.today)
        self._relayout()

    def current_task_id(self) -> int | None:
        return self.rows[self.current].task.id if 0 <= self.current < len(self.rows) else None

    def select_task(self, task_id: int) -> None:
        ids = [r.task.id for r in self.rows]
        if task_id in ids:
            self.current = ids.index(task_id)
            self._ensure_visible(self.current)
            self.viewport().update()

    # -- geometry ------------------------------------------------------------------------------------------
    def _title_font(self, row: Row) -> QFont:
        font = QFont(self.font())
        font.setBold(row.is_plan)
        return font

    @staticmethod
    def _title_width(row: Row) -> int:
        """Room for a title: the column less its margins and the indent of the task's depth."""
        return TITLE_WIDTH - 16 - row.depth * INDENT

    def _relayout(self) -> None:
        """Work out each row's height (titles wrap, never cut) and the scroll ranges."""
        self._places = []
        top = 0
        for row in self.rows:
            metrics = QFontMetrics(self._title_font(row))
            room = QRect(0, 0, self._title_width(row), 10_000)
            text = metrics.boundingRect(room, Qt.TextFlag.TextWordWrap, row.task.title)
            height = max(ROW_HEIGHT, text.height() + 10)
            self._places.append(_Place(top, height))
            top += height
        self._update_scroll_ranges()
        self.viewport().update()

    def _content_height(self) -> int:
        return self._places[-1].top + self._places[-1].height if self._places else 0

    def _chart_width(self) -> int:
        return max(0, self.viewport().width() - TITLE_WIDTH)

    def _update_scroll_ranges(self) -> None:
        h, v = self.horizontalScrollBar(), self.verticalScrollBar()
        h.setRange(0, max(0, int(self.axis.width) - self._chart_width()))
        h.setPageStep(max(1, self._chart_width()))
        visible = max(0, self.viewport().height() - HEADER_HEIGHT)
        v.setRange(0, max(0, self._content_height() - visible))
        v.setPageStep(max(1, visible))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_scroll_ranges()
        if self._anchor is not None:
            self.centre_on(self._anchor)

    def _let_go(self) -> None:
        self._anchor = None

    def sizeHint(self) -> Any:
        hint = super().sizeHint()
        hint.setHeight(max(hint.height(), HEADER_HEIGHT + self._content_height() + 4))
        return hint

    def centre_on(self, day: dt.date) -> None:
        self.horizontalScrollBar().setValue(int(self.axis.x(day) - self._chart_width() / 2))

    def centre_on_today(self) -> None:
        self._anchor = None
        self.centre_on(self.today)

    def _ensure_visible(self, index: int) -> None:
        place = self._places[index]
        v = self.verticalScrollBar()
        visible = self.viewport().height() - HEADER_HEIGHT
        if place.top < v.value():
            v.setValue(place.top)
        elif place.top + place.height > v.value() + visible:
            v.setValue(place.top + place.height - visible)
        row = self.rows[index]
        if row.span is not None:
            h = self.horizontalScrollBar()
            left, right = self.axis.x(row.span.first), self.axis.x_after(row.span.last)
            if right < h.value() or left > h.value() + self._chart_width():
                self.centre_on(row.span.first)

    def _x(self, chart_x: float) -> float:
        """From chart coordinates to the viewport's."""
        return TITLE_WIDTH + chart_x - self.horizontalScrollBar().value()

    def _y(self, place: _Place) -> int:
        return HEADER_HEIGHT + place.top - self.verticalScrollBar().value()

    def mark_rect(self, index: int) -> QRectF | None:
        """Where a row's mark is drawn in the viewport: a bar's span, a day's diamond, a partial date's band."""
        row, place = self.rows[index], self._places[index]
        if row.span is None:
            return None
        mid = self._y(place) + place.height / 2
        if row.mark is Mark.MILESTONE and row.firm is not None:
            assert row.day is not None
            centre = self._x(self.axis.x(row.day) + self.axis.day_width / 2)
            return QRectF(centre - 8, mid - 8, 16, 16)
        left, right = self._x(self.axis.x(row.span.first)), self._x(self.axis.x_after(row.span.last))
        return QRectF(left, mid - 8, right - left, 16)

    def _row_at(self, y: int) -> int:
        if y < HEADER_HEIGHT:
            return -1
        content = y - HEADER_HEIGHT + self.verticalScrollBar().value()
        for i, place in enumerate(self._places):
            if place.top <= content < place.top + place.height:
                return i
        return -1

    def _hit(self, pos: QPoint) -> tuple[int, Part | None]:
        """The row under the pointer, and which part of its mark (None: the title or empty chart)."""
        index = self._row_at(pos.y())
        if index < 0 or pos.x() < TITLE_WIDTH:
            return index, None
        row = self.rows[index]
        if not row.draggable or row.span is None:
            return index, None
        x = pos.x() - TITLE_WIDTH + self.horizontalScrollBar().value()
        if row.mark is Mark.MILESTONE:
            assert row.day is not None
            centre = self.axis.x(row.day) + self.axis.day_width / 2
            inside = self.axis.x(row.span.first) <= x <= self.axis.x_after(row.span.last)
            return index, (Part.WHOLE if abs(x - centre) <= 8 or inside else None)
        left, right = self.axis.x(row.span.first), self.axis.x_after(row.span.last)
        if not left - HANDLE <= x <= right + HANDLE:
            return index, None
        if right - left < 4 * HANDLE:  # too short to hold in the middle: the nearer end
            return index, (Part.END if x >= (left + right) / 2 else Part.START)
        if x <= left + HANDLE:
            return index, Part.START
        if x >= right - HANDLE:
            return index, Part.END
        return index, Part.WHOLE

    # -- painting ------------------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self.viewport())
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        width, height = self.viewport().width(), self.viewport().height()
        p.fillRect(0, 0, width, height, self.palette().base())
        p.save()
        p.setClipRect(TITLE_WIDTH, HEADER_HEIGHT, width - TITLE_WIDTH, height - HEADER_HEIGHT)
        self._paint_rows_background(p, width)
        self._paint_grid(p, height)
        for i, (row, place) in enumerate(zip(self.rows, self._places, strict=True)):
            if self._drag is not None and self._drag.index == i and self._drag.days:
                row = with_dates(row, moved(row, self._drag.part, self._drag.days))
                self._paint_mark(p, row, place, preview=True)
            else:
                self._paint_mark(p, row, place)
        self._paint_today(p, height)
        p.restore()
        self._paint_header(p, width)
        self._paint_titles(p, height)
        p.end()

    def _paint_rows_background(self, p: QPainter, width: int) -> None:
        for i, (row, place) in enumerate(zip(self.rows, self._places, strict=True)):
            y = self._y(place)
            if i == self.current:
                p.fillRect(QRectF(TITLE_WIDTH, y, width - TITLE_WIDTH, place.height), QColor(style.TIMELINE_SELECTED))
            if row.is_plan and row.band is not None:
                last = self._places[i + row.group_size - 1]
                left, right = self._x(self.axis.x(row.band.first)), self._x(self.axis.x_after(row.band.last))
                band = QRectF(left - 4, y + 2, right - left + 8, last.top + last.height - place.top - 4)
                p.setPen(QPen(QColor(style.TIMELINE_BAND_EDGE), 1))
                p.setBrush(QColor(style.TIMELINE_BAND))
                p.drawRoundedRect(band, 4, 4)
            p.setPen(QPen(QColor(style.TIMELINE_GRID), 1))
            p.drawLine(TITLE_WIDTH, y + place.height, width, y + place.height)

    def _paint_grid(self, p: QPainter, height: int) -> None:
        for tick in self.axis.ticks():
            x = self._x(self.axis.x(tick.day))
            colour = style.TIMELINE_GRID_STRONG if tick.labelled else style.TIMELINE_GRID
            p.setPen(QPen(QColor(colour), 1))
            p.drawLine(QPointF(x, HEADER_HEIGHT), QPointF(x, height))

    def _paint_today(self, p: QPainter, height: int) -> None:
        if not self.axis.first <= self.today <= self.axis.last:
            return
        x = self._x(self.axis.x(self.today) + self.axis.day_width / 2)
        p.setPen(QPen(QColor(style.TIMELINE_TODAY), 2, Qt.PenStyle.DashLine))
        p.drawLine(QPointF(x, HEADER_HEIGHT), QPointF(x, height))

    def _paint_mark(self, p: QPainter, row: Row, place: _Place, preview: bool = False) -> None:
        y = self._y(place)
        mid = y + place.height / 2
        colour = style.status_colour(row.task.status)
        edge = QColor(style.TIMELINE_OVERDUE) if row.overdue else colour.darker(130)
        if row.mark is Mark.NONE:
            p.setPen(QColor(style.HINT_TEXT))
            p.drawText(
                QRectF(TITLE_WIDTH + 8, y, 400, place.height),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                self.tr("no dates"),
            )
            return
        assert row.span is not None
        left, right = self._x(self.axis.x(row.span.first)), self._x(self.axis.x_after(row.span.last))
        if row.mark is Mark.SUMMARY:
            # An action plan summed up from its unit tasks: a bracket over them, not a bar to drag.
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(style.TIMELINE_SUMMARY))
            p.drawRect(QRectF(left, mid - 3, right - left, 6))
            for x in (left, right):
                p.drawPolygon(QPolygonF([QPointF(x - 4, mid), QPointF(x + 4, mid), QPointF(x, mid + 9)]))
            self._paint_label(p, row, right + 8, mid)
            return
        faint = QColor(colour)
        faint.setAlpha(60)
        if row.mark is Mark.MILESTONE:
            assert row.day is not None
            if row.firm is None:  # a partial date: the days it may mean, faint
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(faint)
                p.drawRoundedRect(QRectF(left, y + 6, right - left, place.height - 12), 3, 3)
            cx = self._x(self.axis.x(row.day) + self.axis.day_width / 2)
            diamond = QPolygonF(
                [QPointF(cx, mid - 8), QPointF(cx + 8, mid), QPointF(cx, mid + 8), QPointF(cx - 8, mid)]
            )
            p.setPen(QPen(edge, 2 if row.overdue or preview else 1))
            p.setBrush(QColor(style.PERCENT_TRACK) if row.firm is None else colour)
            p.drawPolygon(diamond)
            self._paint_label(p, row, max(right, cx + 8) + 6, mid)
            return
        top, bar_height = mid - 8, 16.0
        # The whole span faint, the part every reading of the dates agrees on solid, the percent as fill.
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(faint)
        p.drawRoundedRect(QRectF(left, top, right - left, bar_height), 3, 3)
        solid = row.firm or row.span
        s_left, s_right = self._x(self.axis.x(solid.first)), self._x(self.axis.x_after(solid.last))
        track = QColor(colour)
        track.setAlpha(110 if row.firm is not None else 0)
        p.setBrush(track)
        p.drawRoundedRect(QRectF(s_left, top, s_right - s_left, bar_height), 3, 3)
        if row.percent:
            p.setBrush(colour)
            fill = (s_right - s_left) * min(row.percent, 100) / 100
            p.drawRoundedRect(QRectF(s_left, top, fill, bar_height), 3, 3)
        pen = QPen(edge, 2 if row.overdue or preview else 1)
        if preview:
            pen.setStyle(Qt.PenStyle.DashLine)
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRoundedRect(QRectF(left, top, right - left, bar_height), 3, 3)
        self._paint_label(p, row, right + 6, mid, preview)

    def _paint_label(self, p: QPainter, row: Row, x: float, mid: float, preview: bool = False) -> None:
        """Beside the mark: the percent, and while dragging the dates it would get."""
        parts = []
        if preview:
            parts.append(_dates_text(row.task))
        # A milestone not begun says nothing: a column of "0%" beside diamonds would only be noise.
        if row.percent is not None and (row.percent > 0 or row.mark is not Mark.MILESTONE):
            parts.append(texts.percent_text(row.percent))
        if row.overdue:
            parts.append(self.tr("overdue"))
        if not parts:
            return
        p.setPen(QColor(style.TIMELINE_OVERDUE if row.overdue else style.PERCENT_TEXT))
        p.drawText(QRectF(x, mid - 10, 400, 20), Qt.AlignmentFlag.AlignVCenter, " · ".join(parts))

    def _paint_header(self, p: QPainter, width: int) -> None:
        p.fillRect(0, 0, width, HEADER_HEIGHT, self.palette().window())
        p.setPen(QPen(QColor(style.TIMELINE_GRID_STRONG), 1))
        p.drawLine(0, HEADER_HEIGHT - 1, width, HEADER_HEIGHT - 1)
        p.save()
        p.setClipRect(TITLE_WIDTH, 0, width - TITLE_WIDTH, HEADER_HEIGHT)
        p.setPen(self.palette().windowText().color())
        for tick in self.axis.ticks():
            if tick.labelled:
                x = self._x(self.axis.x(tick.day))
                p.drawLine(QPointF(x, HEADER_HEIGHT - 8), QPointF(x, HEADER_HEIGHT))
                p.drawText(
                    QRectF(x + 4, 0, 300, HEADER_HEIGHT - 4), Qt.AlignmentFlag.AlignVCenter, self.tick_label(tick)
                )
        if self.axis.first <= self.today <= self.axis.last:
            x = self._x(self.axis.x(self.today) + self.axis.day_width / 2)
            p.setPen(QColor(style.TIMELINE_TODAY))
            p.drawText(QRectF(x - 60, HEADER_HEIGHT - 16, 120, 16), Qt.AlignmentFlag.AlignCenter, self.tr("Today"))
        p.restore()
        bold = QFont(self.font())
        bold.setBold(True)
        p.setFont(bold)
        p.setPen(self.palette().windowText().color())
        p.drawText(QRect(8, 0, TITLE_WIDTH - 16, HEADER_HEIGHT), Qt.AlignmentFlag.AlignVCenter, self.tr("Task"))
        p.setFont(self.font())

    def tick_label(self, tick: Tick) -> str:
        if self.axis.zoom is Zoom.MONTH:
            return texts.date_text(PartialDate(tick.day.year, tick.day.month))
        if self.axis.zoom is Zoom.QUARTER:
            return self.tr("Q%1 %2").replace("%1", str(tick.quarter)).replace("%2", str(tick.day.year))
        assert tick.unit is Unit.YEAR
        return texts.date_text(PartialDate(tick.day.year))

    def _paint_titles(self, p: QPainter, height: int) -> None:
        p.save()
        p.setClipRect(0, HEADER_HEIGHT, TITLE_WIDTH, height - HEADER_HEIGHT)
        p.fillRect(0, HEADER_HEIGHT, TITLE_WIDTH, height - HEADER_HEIGHT, self.palette().base())
        for i, (row, place) in enumerate(zip(self.rows, self._places, strict=True)):
            y = self._y(place)
            if i == self.current:
                p.fillRect(QRect(0, y, TITLE_WIDTH, place.height), QColor(style.TIMELINE_SELECTED))
            if row.is_plan:
                p.fillRect(QRect(0, y, 3, place.height * row.group_size), QColor(style.TIMELINE_BAND_EDGE))
            p.setFont(self._title_font(row))
            p.setPen(QColor(style.TIMELINE_OVERDUE) if row.overdue else self.palette().text().color())
            p.drawText(
                QRect(8 + row.depth * INDENT, y + 5, self._title_width(row), place.height - 10),
                int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignVCenter),
                row.task.title,
            )
            p.setPen(QPen(QColor(style.TIMELINE_GRID), 1))
            p.drawLine(0, y + place.height, TITLE_WIDTH, y + place.height)
        p.restore()
        p.setPen(QPen(QColor(style.TIMELINE_GRID_STRONG), 1))
        p.drawLine(TITLE_WIDTH, 0, TITLE_WIDTH, height)
        if self.hasFocus() and 0 <= self.current < len(self.rows):
            place = self._places[self.current]
            focus = QRect(1, self._y(place) + 1, self.viewport().width() - 3, place.height - 2)
            p.setPen(QPen(self.palette().highlight().color(), 1, Qt.PenStyle.DotLine))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(focus)

    # -- the pointer ---------------------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._anchor = None
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        index, part = self._hit(event.position().toPoint())
        if index >= 0:
            self.current = index
            if part is not None and self.editable:
                x = event.position().x() - TITLE_WIDTH + self.horizontalScrollBar().value()
                self._drag = _Drag(index, part, x)
            self.viewport().update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        if self._drag is not None:
            x = pos.x() - TITLE_WIDTH + self.horizontalScrollBar().value()
            self._drag.days = self.axis.days_between(self._drag.x, x)
            self.viewport().update()
            return
        _index, part = self._hit(pos.toPoint())
        if part is None or not self.editable:
            self.viewport().unsetCursor()
        elif part is Part.WHOLE:
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
        else:
            self.viewport().setCursor(Qt.CursorShape.SizeHorCursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        drag, self._drag = self._drag, None
        if drag is None or event.button() != Qt.MouseButton.LeftButton:
            return
        x = event.position().x() - TITLE_WIDTH + self.horizontalScrollBar().value()
        changes = moved(self.rows[drag.index], drag.part, self.axis.days_between(drag.x, x))
        self.viewport().update()
        if changes:
            self.datesDropped.emit(self.rows[drag.index].task.id, changes)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            index = self._row_at(event.pos().y())
            if index >= 0:
                QToolTip.showText(event.globalPos(), self.tooltip(index), self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def tooltip(self, index: int) -> str:
        """The whole title, key, dates, percent and status of a row's task."""
        row = self.rows[index]
        lines = [row.task.title, row.task.key, _dates_text(row.task) or self.tr("no dates")]
        facts = [texts.status_label(row.task.status)]
        if row.percent is not None:
            facts.append(texts.percent_text(row.percent))
        if row.overdue:
            facts.append(self.tr("overdue"))
        lines.append(" · ".join(f for f in facts if f))
        if self.editable and row.draggable:
            lines.append(self.tr("Drag the bar or its ends to change the dates"))
        return "\n".join(lines)

    # -- the keyboard --------------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape and self._drag is not None:
            self._drag = None  # let go of the bar where it was: nothing is saved
            self.viewport().update()
            return
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and self.rows:
            step = -1 if key == Qt.Key.Key_Up else 1
            self.current = max(0, min(len(self.rows) - 1, (self.current if self.current >= 0 else -step) + step))
            self._ensure_visible(self.current)
            self.viewport().update()
            return
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and 0 <= self.current < len(self.rows):
            row = self.rows[self.current]
            if self.editable and row.draggable:
                shift = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
                days = WEEK if key == Qt.Key.Key_Right else -WEEK
                changes = moved(row, Part.END if shift else Part.WHOLE, days)
                if changes:
                    self.datesDropped.emit(row.task.id, changes)
                return
        super().keyPressEvent(event)

    def focusInEvent(self, event: Any) -> None:
        super().focusInEvent(event)
        if self.current < 0 and self.rows:
            self.current = 0
        self.viewport().update()

    def focusOutEvent(self, event: Any) -> None:
        super().focusOutEvent(event)
        self.viewport().update()


def _dates_text(task: d.Task) -> str:
    start, due = texts.date_text(task.start_date), texts.date_text(task.due_date)
    if start and due and start != due:
        return f"{start} – {due}"
    return due or start


class TimelineTab(QWidget):
    """The Timeline tab of a program: the zoom, a Today button, the chart, and what a refused save says."""

    ZOOMS = (Zoom.MONTH, Zoom.QUARTER, Zoom.YEAR)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.program: d.Program | None = None
        self.zoom = QComboBox(self)
        for zoom, text in zip(self.ZOOMS, (self.tr("Months"), self.tr("Quarters"), self.tr("Years")), strict=True):
            self.zoom.addItem(text, zoom.value)
        self.zoom.setToolTip(self.tr("How much time the timeline shows at once"))
        self.zoom.currentIndexChanged.connect(self._zoom_chosen)
        zoom_label = QLabel(self.tr("&Zoom:"), self)
        zoom_label.setBuddy(self.zoom)
        self.today_button = QPushButton(self.tr("Today"), self)
        self.today_button.setToolTip(self.tr("Scroll to today's line"))
        self.today_button.clicked.connect(lambda: self.chart.centre_on_today())
        self.hint = QLabel(self)
        self.hint.setStyleSheet(style.HINT)
        self.hint.setWordWrap(True)
        self.chart = TimelineChart(self)
        self.chart.datesDropped.connect(self.save_dates)
        self.empty = QLabel(self.tr("No tasks yet: add action plans and unit tasks on the Tasks tab."), self)
        self.empty.setStyleSheet(style.HINT)
        self.empty.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setStyleSheet(style.ERROR)
        self.error.setWordWrap(True)
        self.error.hide()
        bar = QHBoxLayout()
        bar.addWidget(zoom_label)
        bar.addWidget(self.zoom)
        bar.addWidget(self.today_button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.empty)
        layout.addWidget(self.chart, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.hint)
        self.set_editable(True)

    def current_zoom(self) -> Zoom:
        return Zoom(self.zoom.currentData())

    def set_zoom(self, zoom: Zoom) -> None:
        self.zoom.setCurrentIndex(self.ZOOMS.index(zoom))

    def set_program(self, program: d.Program) -> None:
        first_time = self.program is None or self.program.key != program.key
        self.program = program
        today = self.ctx.tasks.today()
        rows = layout_rows(program.tasks, today, roll_up=not program.is_case)
        if first_time:
            self.error.hide()
            self.zoom.blockSignals(True)
            self.set_zoom(fitting_zoom(rows))
            self.zoom.blockSignals(False)
        self.chart.set_rows(rows, today, self.current_zoom(), new_program=first_time)
        self.empty.setVisible(not rows)

    def set_editable(self, flag: bool) -> None:
        self.chart.editable = flag
        self.hint.setText(
            self.tr(
                "Drag a bar or its ends to change the dates; ←/→ move the selected task a week, "
                "Shift+←/→ its due date. Faint: a date known only to the month or year."
            )
            if flag
            else self.tr("Read only. Faint: a date known only to the month or year.")
        )

    def _zoom_chosen(self) -> None:
        self.chart.set_zoom(self.current_zoom())

    def save_dates(self, task_id: int, changes: dict[str, PartialDate]) -> None:
        """Save new dates as one undoable edit, the same as editing them in the task tree."""
        task = next((t for t in self.program.tasks if t.id == task_id), None) if self.program else None
        if task is None:
            return
        before = {name: getattr(task, name) for name in changes}
        cmd = EditTaskCommand(self.ctx.command_context(), task_id, changes, before, task.title)
        error = self.ctx.execute(cmd)
        if error is not None:
            self.error.setText(texts.message_text(error))
            self.error.show()
        else:
            self.error.hide()
