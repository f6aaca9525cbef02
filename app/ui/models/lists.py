"""Small table models (reset on reload): due tasks, progress entries, stale programs, indicators."""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from app.domain import model as d
from app.services.dashboard import LogEntry
from app.services.programs import DueTask
from app.ui import markup, style, texts

Index = QModelIndex | QPersistentModelIndex
T = TypeVar("T")

RowRole = Qt.ItemDataRole.UserRole + 1
KeyRole = Qt.ItemDataRole.UserRole + 2


class RowsModel(QAbstractTableModel, Generic[T]):
    """A read-only table of frozen rows; subclasses say which columns and how to show them."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[T] = []

    def headers(self) -> Sequence[str]:
        raise NotImplementedError

    def cell(self, row: T, column: int) -> str:
        raise NotImplementedError

    def key(self, row: T) -> str | None:
        return None

    def decoration(self, row: T, column: int) -> Any:
        return None

    def foreground(self, row: T, column: int) -> QColor | None:
        return None

    def tooltip(self, row: T, column: int) -> str | None:
        return None

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[T]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            heads = self.headers()
            if 0 <= section < len(heads):
                return heads[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell(row, col)
        if role == Qt.ItemDataRole.DecorationRole:
            return self.decoration(row, col)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self.foreground(row, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, col)
        if role == RowRole:
            return row
        if role == KeyRole:
            return self.key(row)
        return None


class DueTaskModel(RowsModel[DueTask]):
    def headers(self) -> Sequence[str]:
        return (self.tr("Due"), self.tr("Task"), self.tr("Program"), self.tr("Owner"), self.tr("Status"))

    def cell(self, row: DueTask, column: int) -> str:
        t = row.task
        return (
            texts.date_text(t.due_date),
            t.title,
            texts.name_text(row.program_title, row.program_local_title),
            t.owner or "",
            texts.status_label(t.status) if t.status else "",
        )[column]

    def key(self, row: DueTask) -> str | None:
        return row.program_key

    def decoration(self, row: DueTask, column: int) -> Any:
        return texts.status_icon(row.task.status) if column == 4 else None

    def foreground(self, row: DueTask, column: int) -> QColor | None:
        return QColor(style.OVERDUE_TEXT) if row.overdue and column == 0 else None

    def tooltip(self, row: DueTask, column: int) -> str | None:
        return self.tr("Overdue") if row.overdue else self.tr("Due soon")


class LogEntryModel(RowsModel[LogEntry]):
    """The office-wide progress log, newest first."""

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Date"),
            self.tr("Program"),
            self.tr("What happened"),
            self.tr("Task"),
            self.tr("Complete"),
            self.tr("By"),
        )

    def cell(self, row: LogEntry, column: int) -> str:
        e = row.entry
        return (
            texts.date_text(e.entry_date),
            texts.name_text(row.program_title, row.program_local_title),
            e.title,
            row.task_title or "",  # the percent beside it is the task's
            texts.percent_text(e.percent_complete),
            e.author or "",
        )[column]

    def key(self, row: LogEntry) -> str | None:
        return row.entry.program_key

    def tooltip(self, row: LogEntry, column: int) -> str | None:
        if column == 3 and row.task_title:
            return row.task_title  # long task titles are cut in the column
        return row.entry.note or row.entry.title


class StaleProgramModel(RowsModel[d.ProgramSummary]):
    """Programs with no progress logged lately."""

    def headers(self) -> Sequence[str]:
        return (self.tr("Program"), self.tr("Status"), self.tr("Last progress"))

    def cell(self, row: d.ProgramSummary, column: int) -> str:
        last = texts.date_text(row.last_progress) or self.tr("never")
        title = texts.name_text(row.title, row.local_title)
        return (title, texts.status_label(row.status) if row.status else "", last)[column]

    def key(self, row: d.ProgramSummary) -> str | None:
        return row.key

    def decoration(self, row: d.ProgramSummary, column: int) -> Any:
        return texts.status_icon(row.status) if column == 1 else None


def _num(value: float | None, unit: str | None = None) -> str:
    return texts.number_text(value, unit)


class IndicatorModel(RowsModel[d.Indicator]):
    def headers(self) -> Sequence[str]:
        return (
            self.tr("Indicator"),
            self.tr("Unit"),
            self.tr("Baseline"),
            self.tr("Latest"),
            self.tr("Target"),
        )

    def cell(self, row: d.Indicator, column: int) -> str:
        actual = [v for v in row.values if v.kind.value == "actual"]
        latest = max(actual, key=lambda v: v.period.sort_key()) if actual else None
        baseline = _num(row.baseline_value)
        if baseline and row.baseline_period:
            baseline += f" ({texts.date_text(row.baseline_period)})"
        target = _num(row.target_value)
        if target and row.target_date:
            target += f" ({texts.date_text(row.target_date)})"
        latest_text = f"{_num(latest.value)} ({texts.date_text(latest.period)})" if latest else ""
        return (row.name, texts.unit_text(row.unit), baseline, latest_text, target)[column]

    def tooltip(self, row: d.Indicator, column: int) -> str | None:
        return row.description or row.name


class IndicatorValueModel(RowsModel[d.IndicatorValue]):
    def headers(self) -> Sequence[str]:
        return (self.tr("Period"), self.tr("Value"), self.tr("Kind"), self.tr("Note"))

    def cell(self, row: d.IndicatorValue, column: int) -> str:
        kinds = {"actual": self.tr("Actual"), "target": self.tr("Target"), "plan": self.tr("Plan")}
        return (
            texts.date_text(row.period),
            _num(row.value),
            kinds.get(row.kind.value, row.kind.value),
            row.note or "",
        )[column]

    def tooltip(self, row: d.IndicatorValue, column: int) -> str | None:
        if row.citations:
            return markup.tooltip(
                f"“{markup.quote_html(c.excerpt)}” [{html.escape(c.source_key)}]" for c in row.citations if c.excerpt
            )
        return None


TaskRole = Qt.ItemDataRole.UserRole + 3


class ProgressTimelineModel(RowsModel[d.ProgressEntry]):
    """One program's progress log, newest first (as the service returns it), each entry with its task."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._tasks: dict[int, str] = {}

    def set_tasks(self, titles: dict[int, str]) -> None:
        """The titles of the program's tasks, by id (set before the rows)."""
        self._tasks = dict(titles)

    def task_text(self, row: d.ProgressEntry) -> str:
        """'Task: Survey the stations' for an entry on a task; '' for one on the whole program."""
        if row.task_id is None:
            return ""
        return self.tr("Task: %1").replace("%1", self._tasks.get(row.task_id, f"#{row.task_id}"))

    def headers(self) -> Sequence[str]:
        return (self.tr("Progress"),)

    def cell(self, row: d.ProgressEntry, column: int) -> str:
        task = self.task_text(row)
        files = f"  📎 {len(row.attachments)}" if row.attachments else ""
        return f"{texts.date_text(row.entry_date)}  {row.title}" + (f"  ({task})" if task else "") + files

    def tooltip(self, row: d.ProgressEntry, column: int) -> str | None:
        files = self.tr("Attached: %1").replace("%1", ", ".join(a.name for a in row.attachments))
        return (
            "\n".join(x for x in (self.task_text(row), row.note or "", files if row.attachments else "") if x) or None
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == TaskRole:
            if not index.isValid() or not 0 <= index.row() < len(self._rows):
                return None
            return self.task_text(self._rows[index.row()])
        return super().data(index, role)


def make_rows_model(headers: Sequence[str], cell: Callable[[Any, int], str]) -> RowsModel[Any]:
    """A quick read-only table for ad-hoc rows."""

    class _Model(RowsModel[Any]):
        def headers(self) -> Sequence[str]:
            return headers

        def cell(self, row: Any, column: int) -> str:
            return cell(row, column)

    return _Model()
