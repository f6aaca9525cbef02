"""A program's tasks as a tree: action plans with their unit tasks, editable in place."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from app.domain import model as d
from app.domain.dates import parse_optional
from app.domain.enums import Status
from app.domain.errors import ValidationError
from app.domain.rollup import TaskNode, task_percent
from app.ui import texts

Index = QModelIndex | QPersistentModelIndex


class TaskTreeModel(QAbstractItemModel):
    """Tasks by parent. Edits are not saved here: ``editRequested`` asks the view to push a command."""

    TITLE, OWNER, START, DUE, STATUS, PERCENT, WEIGHT = range(7)
    FIELDS = ("title", "owner", "start_date", "due_date", "status", "percent_complete", "weight")
    TaskRole = Qt.ItemDataRole.UserRole + 1

    editRequested = Signal(int, str, object)  # task id, field, new value
    editRefused = Signal(str)  # message, shown beside the tree

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._tasks: dict[int, d.Task] = {}
        self._children: dict[int | None, list[int]] = {None: []}
        self._rolled: dict[int, float | None] = {}
        self.read_only = False
        self._headers = (
            self.tr("Task"),
            self.tr("Owner"),
            self.tr("Start"),
            self.tr("Due"),
            self.tr("Status"),
            self.tr("Complete"),
            self.tr("Weight"),
        )

    def set_tasks(self, tasks: tuple[d.Task, ...] | list[d.Task], roll_up: bool = True) -> None:
        """``roll_up=False`` shows only stored percents (a case states no percent; none is derived)."""
        self.beginResetModel()
        self._tasks = {t.id: t for t in tasks}
        self._children = {None: []}
        for t in sorted(tasks, key=lambda t: (t.position, t.id)):
            parent = t.parent_id if t.parent_id in self._tasks else None
            self._children.setdefault(parent, []).append(t.id)
        nodes = [TaskNode(t.id, t.parent_id, t.status, t.percent_complete, t.weight) for t in tasks]
        children: dict[int | None, list[TaskNode]] = {}
        for n in nodes:
            children.setdefault(n.parent_id, []).append(n)
        if roll_up:
            self._rolled = {n.id: task_percent(n, children) for n in nodes}
        else:
            self._rolled = {t.id: t.percent_complete for t in tasks}
        self.endResetModel()

    # -- structure ---------------------------------------------------------------------------
    def _id(self, index: Index) -> int | None:
        return int(index.internalId()) if index.isValid() else None

    def task(self, index: Index) -> d.Task | None:
        tid = self._id(index)
        return self._tasks.get(tid) if tid is not None else None

    def siblings(self, parent_id: int | None) -> list[int]:
        return list(self._children.get(parent_id, []))

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column < 0 or column >= len(self._headers) or row < 0:
            return QModelIndex()
        if parent.isValid() and parent.column() != 0:
            return QModelIndex()
        kids = self._children.get(self._id(parent), [])
        if row >= len(kids):
            return QModelIndex()
        return self.createIndex(row, column, kids[row])

    def index_of(self, task_id: int, column: int = 0) -> QModelIndex:
        task = self._tasks.get(task_id)
        if task is None:
            return QModelIndex()
        parent = task.parent_id if task.parent_id in self._tasks else None
        return self.createIndex(self._children[parent].index(task_id), column, task_id)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        task = self.task(index)
        if task is None or task.parent_id is None or task.parent_id not in self._tasks:
            return QModelIndex()
        return self.index_of(task.parent_id)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._children.get(self._id(parent), []))

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
        if horizontal and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    # -- data --------------------------------------------------------------------------------
    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        task = self.task(index)
        rolled_up = task is not None and index.column() == self.PERCENT and bool(self._children.get(task.id))
        if not self.read_only and not rolled_up:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        task = self.task(index)
        if task is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(task, col)
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_value(task, col)
        if role == Qt.ItemDataRole.DecorationRole and col == self.STATUS:
            return texts.status_icon(task.status)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.PERCENT and self._children.get(task.id):
                return self.tr("Weighted average of its unit tasks")
            if col == self.PERCENT and task.percent_complete is None:
                return self._no_percent_tip(task)
            if col == self.TITLE and task.description:
                return f"{task.title}\n\n{task.description}"  # the whole title, whatever the column's width
            return task.description or task.title
        if role == self.TaskRole:
            return task
        return None

    def _display(self, task: d.Task, col: int) -> str:
        if col == self.TITLE:
            return task.title
        if col == self.OWNER:
            return task.owner or ""
        if col == self.START:
            return texts.date_text(task.start_date)
        if col == self.DUE:
            return texts.date_text(task.due_date)
        if col == self.STATUS:
            return texts.status_label(task.status) if task.status else ""
        if col == self.PERCENT:
            # An action plan shows its roll-up; a unit task only what was recorded, so a task with no percent
            # stays blank (as in the exported workbook) instead of reading as a recorded 0%.
            shown = self._rolled.get(task.id) if self._children.get(task.id) else task.percent_complete
            return texts.percent_text(shown)
        return f"{task.weight:g}"

    def _no_percent_tip(self, task: d.Task) -> str:
        counted = self._rolled.get(task.id)
        if counted is None or task.status is None:
            return self.tr("No percent recorded; not counted in the program's percent")
        text = self.tr("No percent recorded; the program's percent counts it as %1% while it is %2")
        return text.replace("%1", f"{counted:g}").replace("%2", texts.status_label(task.status).lower())

    def _edit_value(self, task: d.Task, col: int) -> Any:
        if col == self.STATUS:
            return task.status.value if task.status else ""
        if col == self.PERCENT:
            return task.percent_complete if task.percent_complete is not None else 0.0
        if col == self.WEIGHT:
            return task.weight
        return self._display(task, col)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        task = self.task(index)
        if task is None or role != Qt.ItemDataRole.EditRole or self.read_only:
            return False
        col = index.column()
        try:
            new = self._parse(col, value)
        except ValidationError as exc:
            self.editRefused.emit(texts.message_text(exc))
            return False
        if new == getattr(task, self.FIELDS[col]):
            return False
        self.editRequested.emit(task.id, self.FIELDS[col], new)
        return True

    def _parse(self, col: int, value: Any) -> Any:
        if col == self.TITLE:
            text = str(value or "").strip()
            if not text:
                raise ValidationError(self.tr("A task needs a title"), "title")
            return text
        if col == self.OWNER:
            return str(value or "").strip() or None
        if col in (self.START, self.DUE):
            return parse_optional(str(value or ""))
        if col == self.STATUS:
            return Status(value) if value else None
        if col == self.PERCENT:
            pct = float(value)
            if not 0 <= pct <= 100:
                raise ValidationError(self.tr("Percent complete must be between 0 and 100"), "percent_complete")
            return pct
        weight = float(value)
        if weight < 0:
            raise ValidationError(self.tr("Weight cannot be negative"), "weight")
        return weight
