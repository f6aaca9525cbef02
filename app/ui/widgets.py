"""Editors the forms share: partial dates, organization and place pickers, multi-line text, the banner;
and how a dialog is opened."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFocusEvent, QFont, QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QWidget,
)

from app.domain import model as d
from app.domain.dates import PartialDate, Precision
from app.domain.errors import ValidationError
from app.ui import style, texts

Index = QModelIndex | QPersistentModelIndex

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_SELECTED = QStyle.StateFlag.State_Selected
_CENTER = int(Qt.AlignmentFlag.AlignCenter)
_TRACK = QColor(style.PERCENT_TRACK)
_FILLED = QColor(style.PERCENT_FILLED)
_PERCENT_TEXT = QColor(style.PERCENT_TEXT)


def _number_in(spin: QSpinBox, template: str) -> None:
    """Show the spin box's number where %1 stands in ``template``: the text before it a prefix, after it a suffix."""
    prefix, _, suffix = template.partition("%1")
    spin.setPrefix(prefix)
    spin.setSuffix(suffix)


class PartialDateEdit(QWidget):
    """A date known to a year, a month or a day: precision first, then only the parts it needs.

    ``edited`` fires when the user has changed the value and moved on (not on every arrow click).
    """

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.precision = QComboBox(self)
        self.precision.addItem(self.tr("Not set"), None)
        self.precision.addItem(self.tr("Decade"), Precision.DECADE.value)
        self.precision.addItem(self.tr("Year"), Precision.YEAR.value)
        self.precision.addItem(self.tr("Year and month"), Precision.MONTH.value)
        self.precision.addItem(self.tr("Day"), Precision.DAY.value)
        self.precision.setAccessibleName(self.tr("Date precision"))
        self.year = QSpinBox(self)
        self.year.setRange(1000, 9999)
        self.year.setAccessibleName(self.tr("Year"))
        self.month = QSpinBox(self)
        self.month.setRange(1, 12)
        # "M 12" in English, "12월" and "12月" where the word follows the number.
        _number_in(self.month, self.tr("M %1"))
        self.month.setAccessibleName(self.tr("Month"))
        self.day = QSpinBox(self)
        self.day.setRange(1, 31)
        _number_in(self.day, self.tr("D %1"))
        self.day.setAccessibleName(self.tr("Day"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for w in (self.precision, self.year, self.month, self.day):
            layout.addWidget(w)
        layout.addStretch(1)
        # A label's mnemonic (its buddy) and setFocus() land on the first part, where typing makes sense.
        self.setFocusProxy(self.precision)
        self._committed: PartialDate | None = None
        self._original: PartialDate | None = None
        today = dt.date.today()
        self.year.setValue(today.year)
        self.month.setValue(today.month)
        self.day.setValue(today.day)
        self.precision.activated.connect(self._precision_chosen)
        for spin in (self.year, self.month, self.day):
            spin.editingFinished.connect(self._maybe_edited)
        self.year.valueChanged.connect(self._fit_day)
        self.month.valueChanged.connect(self._fit_day)
        self._show_parts()

    def setFocus(self) -> None:  # type: ignore[override]
        self.precision.setFocus()

    def value(self) -> PartialDate | None:
        kind = self.precision.currentData()
        if kind is None:
            return None
        if kind == Precision.DECADE.value:
            if (
                self._original is not None
                and self._original.decade
                and self._original.year == self.year.value() // 10 * 10
            ):
                return self._original  # keep "mid-2000s" as it was
            return PartialDate(self.year.value() // 10 * 10, decade=True)
        if kind == Precision.YEAR.value:
            return PartialDate(self.year.value())
        if kind == Precision.MONTH.value:
            return PartialDate(self.year.value(), self.month.value())
        return PartialDate(self.year.value(), self.month.value(), self.day.value())

    def set_value(self, value: PartialDate | None) -> None:
        """Show ``value`` without announcing an edit."""
        self._original = value
        self._committed = value
        for w in (self.precision, self.year, self.month, self.day):
            w.blockSignals(True)
        if value is None:
            self.precision.setCurrentIndex(0)
        else:
            self.precision.setCurrentIndex(self.precision.findData(value.precision.value))
            self.year.setValue(value.year)
            if value.month is not None:
                self.month.setValue(value.month)
            if value.day is not None:
                self._fit_day()
                self.day.setValue(value.day)
        for w in (self.precision, self.year, self.month, self.day):
            w.blockSignals(False)
        self._fit_day()
        self._show_parts()

    def set_read_only(self, flag: bool) -> None:
        for w in (self.precision, self.year, self.month, self.day):
            w.setEnabled(not flag)

    def _fit_day(self) -> None:
        import calendar

        last = calendar.monthrange(self.year.value(), self.month.value())[1]
        self.day.setMaximum(last)

    def _show_parts(self) -> None:
        kind = self.precision.currentData()
        self.year.setVisible(kind is not None)
        self.month.setVisible(kind in (Precision.MONTH.value, Precision.DAY.value))
        self.day.setVisible(kind == Precision.DAY.value)

    def _precision_chosen(self) -> None:
        self._show_parts()
        self._maybe_edited()

    def _maybe_edited(self) -> None:
        value = self.value()
        if value != self._committed:
            self._committed = value
            self.edited.emit()


class CommitTextEdit(QPlainTextEdit):
    """Multi-line text that reports ``editingFinished`` when focus leaves, like QLineEdit."""

    editingFinished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setMaximumHeight(90)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.editingFinished.emit()


class SearchableCombo(QComboBox):
    """An editable combo whose completer matches anywhere in the text (for long pick lists)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = self.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(16)

    def chosen_id(self) -> int | None:
        """The id of the item whose text is typed, None for the empty choice; raises on unknown text."""
        text = self.currentText().strip()
        if not text:
            return None
        found = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if found < 0:
            raise ValidationError(QCoreApplication.translate("Pickers", "'%1' is not in the list").replace("%1", text))
        value = self.itemData(found)
        return int(value) if value is not None else None

    def select_id(self, value: int | None) -> None:
        self.blockSignals(True)
        found = self.findData(value)
        self.setCurrentIndex(found if found >= 0 else 0)
        self.lineEdit().setCursorPosition(0)  # long paths: show their start
        self.blockSignals(False)


class PlacePicker(SearchableCombo):
    def set_places(self, places: list[d.Place]) -> None:
        current = self.currentData()
        self.blockSignals(True)
        self.clear()
        self.addItem("", None)
        for p in texts.in_reading_order(places):
            local_first = texts.name_text(p.name, p.name_local) != p.name
            path = texts.place_text(p)
            label = f"{path} ({p.name if local_first else p.name_local})" if p.name_local else path
            self.addItem(label, p.id)
        self.blockSignals(False)
        self.select_id(current)


class OrganizationPicker(QWidget):
    """Choose an organization, or create one with the + button (``createRequested``)."""

    createRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = SearchableCombo(self)
        self.add = QToolButton(self)
        self.add.setText("+")
        self.add.setToolTip(self.tr("New organization…"))
        self.add.setAccessibleName(self.tr("New organization"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo, 1)
        layout.addWidget(self.add)
        self.add.clicked.connect(self.createRequested)
        self.setFocusProxy(self.combo)

    def set_organizations(self, orgs: list[d.Organization]) -> None:
        current = self.combo.currentData()
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem("", None)
        for o in orgs:
            label = texts.title_text(o.name, o.name_local)
            self.combo.addItem(label, o.id)
        self.combo.blockSignals(False)
        self.combo.select_id(current)


class Banner(QFrame):
    """A coloured bar above the views for news that must not be missed (read-only, conflicts...)."""

    COLOURS = style.BANNER_COLOURS

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # A banner may carry one action (the reminder's "Open My tasks"); other news leaves it hidden.
        self.action_button = QPushButton(self)
        self.action_button.hide()
        self.action_button.clicked.connect(self._act)
        self._action: Callable[[], None] | None = None
        close = QToolButton(self)
        close.setText("×")
        close.setToolTip(self.tr("Hide this message"))
        close.setAutoRaise(True)
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.action_button)
        layout.addWidget(close)
        self.kind = "info"
        self.hide()

    def show_message(self, text: str, kind: str = "info", action: tuple[str, Callable[[], None]] | None = None) -> None:
        """Show ``text``; ``action`` is a button's label and what it does (the banner hides after it)."""
        self.kind = kind if kind in self.COLOURS else "info"
        self.setStyleSheet(style.banner(self.kind))
        self.label.setText(text)
        self._action = action[1] if action is not None else None
        self.action_button.setText(action[0] if action is not None else "")
        self.action_button.setVisible(action is not None)
        self.show()

    def _act(self) -> None:
        act = self._action
        self.hide()
        if act is not None:
            act()


class PercentDelegate(QStyledItemDelegate):
    """Draws a percent as a small bar with its number."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        # Runs for every visible percent cell on every repaint: colours, flags and roles are module
        # constants, as looking them up and parsing colour names each time costs more than the drawing.
        text = index.data(_DISPLAY)
        if not text:
            super().paint(painter, option, index)
            return
        try:
            value = float(str(text).rstrip("%"))
        except ValueError:
            super().paint(painter, option, index)
            return
        rect = option.rect
        track = rect.adjusted(4, 3, -4, -3)
        filled = round(track.width() * max(0.0, min(value, 100.0)) / 100)
        painter.save()
        if option.state & _SELECTED:  # type: ignore[operator]
            painter.fillRect(rect, option.palette.highlight())
        painter.fillRect(track, _TRACK)
        if filled > 0:
            painter.fillRect(track.x(), track.y(), filled, track.height(), _FILLED)
        painter.setPen(_PERCENT_TEXT)
        painter.drawText(track, _CENTER, str(text))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(max(hint.width(), 90), max(hint.height(), option.fontMetrics.height() + 10))


class TimelineDelegate(QStyledItemDelegate):
    """Paints progress entries as a timeline: a dot on a line, the date, the title and the note."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        from app.ui.models.lists import RowRole, TaskRole

        entry: d.ProgressEntry | None = index.data(RowRole)
        if entry is None:
            super().paint(painter, option, index)
            return
        painter.save()
        rect = option.rect
        if option.state & QStyle.StateFlag.State_Selected:  # type: ignore[operator]
            painter.fillRect(rect, option.palette.highlight().color().lighter(170))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        x = rect.left() + 14
        painter.setPen(QColor(style.TIMELINE_LINE))
        painter.drawLine(x, rect.top(), x, rect.bottom())
        painter.setBrush(QColor(style.TIMELINE_DOT))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(x - 5, rect.top() + 8, 10, 10)
        text_left = x + 16
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(option.palette.text().color())
        head = f"{entry.entry_date}   {entry.title}"
        if entry.percent_complete is not None:
            head += f"   ({entry.percent_complete:g}%)"
        if entry.attachments:  # a paperclip and how many files the entry holds
            head += f"   📎 {len(entry.attachments)}"
        painter.drawText(
            QRect(text_left, rect.top() + 4, rect.width() - text_left - 4, 20),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            head,
        )
        painter.setFont(option.font)
        painter.setPen(option.palette.placeholderText().color())
        # The task first: the percent in the head line is that task's.
        task = index.data(TaskRole) or ""
        sub = " — ".join(x for x in (task, (entry.note or "").replace("\n", " "), entry.author or "") if x)
        painter.drawText(
            QRect(text_left, rect.top() + 24, rect.width() - text_left - 4, 20),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            option.fontMetrics.elidedText(sub, Qt.TextElideMode.ElideRight, rect.width() - text_left),
        )
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return QSize(300, 50)


def open_dialog(dialog: QDialog) -> None:
    """Open ``dialog`` window-modal, to be deleted once closed (with what it holds) instead of staying a child
    of its parent window for the whole session."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
