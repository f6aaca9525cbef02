"""Import use case: reads a workbook sheet by sheet, compares it with the database, previews or upserts.

The same pass does both: a preview runs it in a read transaction and only records what it would do; an
import runs it in one write transaction, writing chunk by chunk, and rolls everything back on the first
error or on cancel. Rows are written with SQLAlchemy Core (an import may create 100,000s of rows), so the
change records that the ORM history listener would write are written here, in the same form.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache, partial
from itertools import islice, repeat
from operator import attrgetter, is_, itemgetter, methodcaller
from typing import Any

from sqlalchemy import Column, ColumnElement, Table, func, insert, select, update
from sqlalchemy.orm import Session

from app.domain import rules
from app.domain.dates import PartialDate, Precision
from app.domain.enums import Direction, Sector, Status, ValueKind
from app.domain.errors import CivicError, ValidationError
from app.domain.messages import Message, message
from app.domain.rollup import TaskNode, task_percent
from app.excel import cells, layout
from app.excel.reader import HEADER_SCAN_ROWS, Spreadsheet, WorkbookError, find_header
from app.store import bulk, derived
from app.store import models as m
from app.store.bulk import insert_rows, update_rows
from app.store.derived import chunks, refresh_last_progress, refresh_rollups, same_number
from app.store.history import CHANGES_T, ChangeLog, render

log = logging.getLogger(__name__)

CHUNK = 1000
MAX_LISTED_CHANGES = 5000
MAX_LISTED_ERRORS = 1000
MAX_LISTED_MISSING = 200

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]

PROGRAMS_T: Table = m.Program.__table__  # type: ignore[assignment]
TASKS_T: Table = m.Task.__table__  # type: ignore[assignment]
PROGRESS_T: Table = m.ProgressEntry.__table__  # type: ignore[assignment]
INDICATORS_T: Table = m.Indicator.__table__  # type: ignore[assignment]
VALUES_T: Table = m.IndicatorValue.__table__  # type: ignore[assignment]
THEMES_T: Table = m.ProgramTheme.__table__  # type: ignore[assignment]


class ImportCancelledError(CivicError):
    """The user cancelled the import; nothing was written."""


class UnmatchedColumnsError(WorkbookError):
    """No sheet's columns could be matched; ``unmatched`` says what each sheet has, for a mapping dialog."""

    def __init__(self, message: str, unmatched: tuple[UnmatchedSheet, ...]) -> None:
        super().__init__(message)
        self.unmatched = unmatched


# ------------------------------------------------------------------------------------------ results
@dataclass(frozen=True)
class ImportIssue:
    """One problem, placed exactly: file, sheet, row, column and value, and what would be accepted."""

    file: str
    sheet: str
    row: int | None  # 1-based, as the spreadsheet shows it
    column: str | None  # "Status (F)"
    value: str | None
    message: str  # in English
    column_index: int | None = None  # 0-based, for highlighting
    detail: Message | None = None  # the message as a code and parameters, for other languages

    def __str__(self) -> str:
        where = f"{self.file}, sheet '{self.sheet}'"
        if self.row is not None:
            where += f", row {self.row}"
        if self.column:
            where += f", column {self.column}"
        return f"{where}: {self.message}"


@dataclass(frozen=True)
class FieldChange:
    column: str
    old: str | None
    new: str | None


@dataclass(frozen=True)
class RowChange:
    sheet: str
    row: int
    entity: str  # program, task, progress, indicator, indicator value
    key: str
    action: str  # create or update
    label: str
    changes: tuple[FieldChange, ...] = ()


@dataclass(frozen=True)
class SheetReport:
    sheet: str
    reads_as: str  # the layout sheet it was read as: Programs, Tasks, Progress, Indicators
    header_row: int  # 1-based
    columns: tuple[tuple[str, str], ...]  # (header in the file, column it was matched to)
    ignored: tuple[str, ...]
    rows: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    errors: int = 0
    missing: int = 0
    missing_keys: tuple[str, ...] = ()


@dataclass(frozen=True)
class UnmatchedSheet:
    """A sheet whose columns could not be matched: what it has and which required columns are missing."""

    sheet: str
    header_row: int  # 1-based; 0 when no header row was found
    headers: tuple[str, ...]
    missing: tuple[str, ...]  # e.g. "Title (Title / 사업명 / 项目名称)"
    reads_as: str | None


@dataclass(frozen=True)
class ColumnMapping:
    """How a foreign sheet's headers map to our columns: field -> header text as written in the sheet."""

    reads_as: str  # layout sheet name: Programs, Tasks, Progress or Indicators
    columns: dict[str, str]
    sheet: str | None = None  # only this sheet; None: every sheet whose header row has these headers


@dataclass(frozen=True)
class ImportPreview:
    file: str
    format: str
    encoding: str | None
    sheets: tuple[SheetReport, ...]
    unmatched: tuple[UnmatchedSheet, ...]
    changes: tuple[RowChange, ...]
    errors: tuple[ImportIssue, ...]
    error_count: int
    created: int
    updated: int
    unchanged: int
    missing: int
    changes_truncated: bool = False

    @property
    def ok(self) -> bool:
        return self.error_count == 0 and bool(self.sheets)

    def summary(self) -> str:
        text = (
            f"{self.created:,} to create, {self.updated:,} to update, {self.unchanged:,} unchanged, "
            f"{self.error_count:,} error{'s' if self.error_count != 1 else ''}"
        )
        if self.missing:
            rows = "row" if self.missing == 1 else "rows"
            text += f"; {self.missing:,} stored {rows} not in the file (left alone)"
        return text


class ImportRefusedError(CivicError):
    """The file has errors; nothing was written. Carries the full preview."""

    def __init__(self, preview: ImportPreview) -> None:
        first = str(preview.errors[0]) if preview.errors else "no sheet could be read"
        more = preview.error_count - 1
        suffix = f" (and {more:,} more error{'s' if more != 1 else ''})" if more > 0 else ""
        super().__init__(f"{first}{suffix}; nothing was imported")
        self.preview = preview


# ------------------------------------------------------------------------------------ cell parsing
def _accepts(col: layout.Column) -> str:
    return {
        layout.Kind.DATE: cells.DATE_ACCEPTS,
        layout.Kind.PERCENT: "0% to 100%, as 45% or 0.45",
        layout.Kind.NUMBER: "a number such as 1234.5 or 1,234.5",
    }.get(col.kind, "")


_LONGEST_TEXT = 20_000


def _text(value: Any) -> str:
    text = value.strip() if value.__class__ is str else cells.as_text(value)
    if not text.isprintable():  # rare: line breaks, tabs, or control characters
        # A NUL or other control character (a CSV may hold one, and xlsx's _x0000_ escapes) is dropped,
        # as Excel drops it: PostgreSQL refuses NUL and no workbook can hold them.
        text = cells.clean_text(text)
    if "\r" in text:
        text = text.replace("\r\n", "\n")
    if len(text) > _LONGEST_TEXT:
        raise ValidationError(f"Text of {len(text):,} characters is longer than {_LONGEST_TEXT:,}")
    return text


# A status or sector as stored (its value), looked up: Enum.value is a property, slow for every row.
_STORED: dict[Status | Sector, str] = {member: member.value for member in (*Status, *Sector)}
_PLANNED = Status.PLANNED.value


@lru_cache(maxsize=1024)
def _status(text: str) -> Status:
    return Status.parse(text)


def parser(col: layout.Column) -> Callable[[Any], Any]:
    """The function that reads one column's cells, chosen once per sheet."""
    kind = col.kind
    if kind is layout.Kind.KEY:
        if col.field == "program_key":
            return _program_ref
        return lambda v: rules.check_key(cells.as_text(v), col.header)
    if kind is layout.Kind.NUMBER:
        return lambda v: cells.number_from_cell(v, col.header)
    if kind is layout.Kind.STATUS:
        return lambda v: _status(cells.as_text(v))
    return {
        layout.Kind.ID: cells.id_from_cell,
        layout.Kind.DATE: cells.date_from_cell,
        layout.Kind.PERCENT: cells.percent_from_cell,
        layout.Kind.SECTOR: cells.sector_from_cell,
        layout.Kind.VALUE_KIND: cells.value_kind_from_cell,
        layout.Kind.DIRECTION: cells.direction_from_cell,
        layout.Kind.THEMES: cells.themes_from_cell,
    }.get(kind, _text)


class _NotAKey(str):
    """A Program key cell whose text cannot be a key: most likely the program's title (see _program_titles)."""

    __slots__ = ()


def _program_ref(value: Any) -> str:
    text = cells.as_text(value)
    try:
        return rules.check_key(text)
    except ValidationError:
        return _NotAKey(text.strip())


def _no_program(text: str) -> str:
    return (
        f"No program with key '{text}'; write the program's key (as on the Programs sheet, e.g. {rules.make_key(text)})"
    )


@lru_cache(maxsize=4096)
def _flat_share(status: str | None, percent: float | None, weight: float) -> tuple[float, float] | None:
    """What a top-level task with no unit tasks adds to its program's roll-up: (weight, percent x weight),
    or None when it does not count (cancelled, no percent, no weight). Tasks repeat these few values."""
    node = TaskNode(0, None, Status(status) if status else None, percent, weight)
    pct = task_percent(node, {})
    if node.status is Status.CANCELLED or pct is None or weight <= 0:
        return None
    return weight, pct * weight


# Columns of a stored row that an import neither compares nor shows: leaving them out of the look-ups
# spares converting a timestamp or two per row (a re-import of an unchanged export looks up every row).
_UNCOMPARED = frozenset(
    {"created_at", "updated_at", "recorded_at", "version", "search_text", "title_sort", "deleted_batch"}
)


@lru_cache(maxsize=8)
def _compared(table: Table) -> tuple[Column[Any], ...]:
    return tuple(c for c in table.c if c.name not in _UNCOMPARED)


# The fields of a task and of a progress entry an import may set, in the order changes are listed.
_TASK_FIELDS = ("title", "owner", "status", "start_date", "due_date", "percent_complete", "weight", "description")
_PROGRESS_FIELDS = ("entry_date", "title", "note", "percent_complete", "author")

# Fields read from each sheet; everything else (worked-out values, sources) is for reading only.
READ_FIELDS: dict[str, tuple[str, ...]] = {
    "Programs": (
        "key",
        "title",
        "local_title",
        "place",
        "lead_organization",
        "sector",
        "status",
        "start_date",
        "end_date",
        "themes",
        "summary",
        "description",
    ),
    "Tasks": ("program_key", "key", "parent_key", *_TASK_FIELDS),
    "Progress": ("id", "program_key", "task_key", *_PROGRESS_FIELDS),
    "Indicators": ("program_key", "indicator_key", "name", "unit", "period", "value", "kind", "note"),
}


# Columns whose cells repeat a few values down a sheet (statuses, dates, percents): each distinct text,
# number or date is read once per sheet, up to _MEMO_SIZE of them. Their readers depend on the cell's value
# alone. (Key columns need no memory: a whole column of keys is checked at once, see _ColumnReader.)
_REPEATING = frozenset(
    {
        layout.Kind.STATUS,
        layout.Kind.SECTOR,
        layout.Kind.THEMES,
        layout.Kind.VALUE_KIND,
        layout.Kind.DIRECTION,
        layout.Kind.DATE,
        layout.Kind.PERCENT,
        layout.Kind.NUMBER,
    }
)
_MEMO_SIZE = 20_000
_NEITHER: tuple[None, None] = (None, None)


class _Row:
    __slots__ = ("cells", "number", "values")

    def __init__(self, number: int, cells: list[Any]) -> None:
        self.number = number  # 1-based sheet row
        self.cells = cells  # the row as read, for messages
        self.values: dict[str, Any] = {}


_ABSENT = object()  # an empty cell, or one with an error: the row's values leave its field out
# Cells whose reading may be remembered by value: a bool or an int would find a float's entry (True == 1.0).
_REMEMBERED = frozenset({str, float, dt.date, dt.datetime, type(None)})


class _ColumnReader:
    """Reads one column's cells of a block of rows: the parsed values, or _ABSENT where a cell is empty or bad."""

    __slots__ = ("column", "field", "index", "is_key", "parse", "seen")

    def __init__(
        self, fld: str, index: int, column: layout.Column, parse: Callable[[Any], Any], seen: dict[Any, Any] | None
    ) -> None:
        self.field = fld
        self.index = index
        self.column = column
        self.parse = parse
        self.is_key = column.kind is layout.Kind.KEY
        # Each distinct cell value's reading, for columns that repeat a few values (statuses, dates, percents).
        self.seen = seen

    def read(self, cells_: list[Any], position: int, problems: list[tuple[int, int, Any, Any, str]]) -> list[Any]:
        kinds = set(map(type, cells_))
        if self.seen is not None and kinds <= _REMEMBERED:
            out = list(map(self.seen.get, cells_, repeat(_ABSENT)))  # _ABSENT is never remembered
            for j in [j for j, v in enumerate(out) if v is _ABSENT]:  # empty, or not met before
                out[j] = self._cell(cells_[j], j, position, problems)
            return out
        if kinds == {str} and not any(map(str.strip, cells_)):
            return [_ABSENT] * len(cells_)  # an empty column (calamine gives "" for an empty cell)
        if (
            kinds == {float}
            and self.column.kind is layout.Kind.ID
            and all(map(float.is_integer, cells_))
            and min(cells_) >= 1
        ):
            return list(map(int, cells_))  # entry IDs as exported (any other number is read on its own)
        if kinds == {str} and (self.parse is _text or self.is_key):
            stripped = list(map(str.strip, cells_))
            if self.is_key:
                stripped = list(map(str.upper, stripped))
                fine = all(map(rules.KEY_PATTERN.match, filter(None, stripped)))
            else:
                # Printable text has no line break, tab or control character to clean (see _text).
                fine = all(map(str.isprintable, stripped)) and max(map(len, stripped)) <= _LONGEST_TEXT
            if fine:
                return [text or _ABSENT for text in stripped] if "" in stripped else stripped
        return [self._cell(value, j, position, problems) for j, value in enumerate(cells_)]

    def _cell(self, value: Any, j: int, position: int, problems: list[tuple[int, int, Any, Any, str]]) -> Any:
        """One cell read on its own, as the sheet gives it."""
        if value is None or (value.__class__ is str and not value.strip()):
            return _ABSENT
        try:
            parsed = self.parse(value)
        except ValidationError as exc:
            accepts = _accepts(self.column)
            msg = str(exc)
            if accepts and "accepted" not in msg and "write it as" not in msg and "use a year" not in msg:
                msg += f" (accepted: {accepts})"
            problems.append((j, position, self, value, msg))
            return _ABSENT
        seen = self.seen
        if seen is not None and value.__class__ in _REMEMBERED and len(seen) < _MEMO_SIZE:
            seen[value] = parsed
        return parsed


@dataclass
class _SheetState:
    report: SheetReport
    spec: layout.SheetSpec
    match: layout.HeaderMatch
    counts: dict[str, int] = field(
        default_factory=lambda: {"created": 0, "updated": 0, "unchanged": 0, "errors": 0, "rows": 0}
    )


_CHECKS: dict[str, Callable[[Any], Any]] = {"title": rules.check_title, "weight": rules.check_weight}


# Fields a created row's listing leaves out: they identify the row and are already in its line.
_IDENTIFYING = frozenset({"key", "id", "program_key", "indicator_key", "title", "name"})


def _created_fields(state: _SheetState, row: _Row) -> tuple[FieldChange, ...]:
    """What a new row brings, cell by cell, as the preview lists it: (column, nothing, new value)."""
    out = []
    for fld, value in row.values.items():
        if fld in _IDENTIFYING or value is None or value == () or fld not in state.spec.fields:
            continue
        col = state.spec.column(fld)
        text = f"{float(value):g}%" if col.kind is layout.Kind.PERCENT else _shown(value)
        if text:
            out.append(FieldChange(col.header, None, text))
    return tuple(out)


def _shown(value: Any) -> str | None:
    if isinstance(value, Status | Sector):
        return value.label
    if isinstance(value, tuple):
        return ", ".join(value) or None
    return render(value)


# --------------------------------------------------------------------------------------- the engine
class ImportRun:
    """One pass over a workbook against one transaction. ``apply`` decides whether anything is written."""

    def __init__(
        self,
        s: Session,
        book: Spreadsheet,
        *,
        apply: bool,
        batch_id: int | None = None,
        actor: str | None = None,
        mappings: Sequence[ColumnMapping] = (),
        only_sheet: str | None = None,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> None:
        self.s = s
        self.book = book
        self.file = book.path.name
        self.apply = apply
        self.batch_id = batch_id
        self.actor = actor
        self.mappings = list(mappings)
        self.only_sheet = only_sheet
        self.progress = progress
        self.cancelled = cancelled
        self.now = dt.datetime.now(dt.UTC)
        self.errors: list[ImportIssue] = []
        self.error_count = 0
        self.changes: list[RowChange] = []
        self.changes_truncated = False
        self.totals = {"created": 0, "updated": 0, "unchanged": 0, "missing": 0}
        self.records: list[dict[str, Any]] = []
        # Keys seen or created in this file, so later sheets can refer to rows earlier sheets create.
        self.program_ids: dict[str, int | None] = {}
        self.task_ids: dict[str, tuple[int | None, str]] = {}  # task key -> (id, program key)
        self.indicator_ids: dict[str, tuple[int | None, str]] = {}
        self.indicator_edits: dict[str, dict[str, dict[str, Any]]] = {}
        self.touched_rollup: set[int] = set()
        self.touched_progress: set[int] = set()
        self.seen: dict[str, dict[Any, int]] = {n: {} for n in READ_FIELDS}
        self._places: dict[str, int] | None = None
        self._orgs: dict[str, int] | None = None
        self._names: derived.Names | None = None
        self._program_keys: set[str] | None = None
        self._case_ids: set[int] | None = None
        # For a workbook this app exported: when it read the database, and the first change recorded since
        # for each (entity, id) and field: (its value at export time, who changed it, when).
        self.exported_at: dt.datetime | None = None
        self.later: dict[tuple[str, int], dict[str, tuple[str | None, str | None, dt.datetime]]] = {}
        self._task_keys: set[str] | None = None
        self._indicator_keys: set[str] | None = None
        self._next_task_n: dict[str, int] = {}
        self._positions: dict[tuple[int, int | None], int] = {}
        self._positions_loaded: set[int] = set()
        # Title -> keys of the programs this import creates from rows without a key (whose made-up key the
        # user cannot know), for Program key cells that give the title instead. A row with its own key is
        # referred to by that key, so 100,000 keyed rows keep no second index here.
        self._created_titles: dict[str, list[str]] = {}
        self._top_ids: dict[str, int] = {}  # table -> the highest id it holds (SQLite, once read)
        # Programs this import creates: their roll-up and last progress are worked out from the rows
        # written, with no query and no change record (undoing the import trashes the program anyway).
        # Per program: [total weight, weighted total, latest progress date, next top-level position].
        self.created_programs: dict[int, list[Any]] = {}
        self._rollups_written: dict[int, tuple[float | None, PartialDate | None]] = {}
        # New programs whose roll-up inputs changed since their roll-up was last written.
        self._rollups_dirty: set[int] = set()
        self._task_depths: dict[str, int] = {}  # task key -> levels deep, for tasks this import plans under
        # Titles of programs this import renames -> their key: a keyless row giving the old title is that program,
        # in a dry run (where it still has the old title) and in the import (where it no longer has) alike.
        self._renamed: dict[str, str] = {}
        self._logged_percent: dict[int, float] = {}  # new programs without tasks: the percent progress logged
        self._done = 0
        self._total = 1
        self._writing = apply
        self.log = ChangeLog(s, self.now, actor, batch_id, keep=apply)

    # ---------------------------------------------------------------------------- bookkeeping
    def error(
        self,
        sheet: str,
        row: int | None,
        col: layout.Column | None,
        index: int | None,
        value: Any,
        message: str | Message,
    ) -> None:
        self.error_count += 1
        self._writing = False
        self.log.keep = False
        if len(self.errors) < MAX_LISTED_ERRORS:
            column = f"{col.header} ({layout.column_letter(index)})" if col is not None and index is not None else None
            shown = None if value is None or value == "" else cells.as_text(value)
            detail = message if isinstance(message, Message) else None
            self.errors.append(ImportIssue(self.file, sheet, row, column, shown, str(message), index, detail))

    def change(self, rc: RowChange) -> None:
        """List one row's change."""
        if len(self.changes) < MAX_LISTED_CHANGES:
            self.changes.append(rc)
        else:
            self.changes_truncated = True

    def change_new(self, state: _SheetState, row: _Row, entity: str, key: str, label: str) -> None:
        """List a created row with the values it brings (built only while the list has room)."""
        if entity == "program" and "key" not in row.values:
            self._created_titles.setdefault(label.strip(), []).append(key)
        if len(self.changes) < MAX_LISTED_CHANGES:
            self.changes.append(
                RowChange(state.report.sheet, row.number, entity, key, "create", label, _created_fields(state, row))
            )
        else:
            self.changes_truncated = True

    def count(self, state: _SheetState, outcome: str) -> None:
        """One more row created, updated or unchanged, on its sheet and in the whole import."""
        state.counts[outcome] += 1
        self.totals[outcome] += 1

    def update_row(
        self,
        state: _SheetState,
        row: _Row,
        listed: tuple[str, str, str],
        recorded: tuple[Table, str, int, str, int],
        stored: dict[str, Any],
        diffs: dict[str, Any],
        shown: tuple[FieldChange, ...] | None = None,
        **also: Any,
    ) -> bool:
        """Count and list one row's changed fields; when writing, set them with version + 1 and record each.

        listed: (kind, key, title) as the change list shows the row;
        recorded: (table, entity type, row id, history key, program id) as it is stored;
        shown: the listed fields when they are not each diff as `_display` shows it; also: more columns to set.
        Returns whether the row was written.
        """
        kind, label, title = listed
        table, entity, row_id, key, program_id = recorded
        fields = [c for c in (_FIELD_COLUMN.get(f, f) for f in diffs) if c in state.spec.fields]
        if self._case_refused(state, row, program_id, fields[0] if fields else state.spec.fields[0]):
            return False
        if self.later:
            newer = self._newer(state, row, entity, row_id, stored, diffs)
            if newer is True:
                return False
            if newer:
                # Cells the user left as exported: a colleague's later value stays.
                gone = {state.spec.column(_FIELD_COLUMN.get(f, f)).header for f in newer if f in diffs}
                diffs = {f: v for f, v in diffs.items() if f not in newer}
                if shown is not None:
                    shown = tuple(fc for fc in shown if fc.column not in gone)
                if not diffs and not shown:
                    self.count(state, "unchanged")
                    return False
        self.count(state, "updated")
        if shown is None:
            shown = tuple(
                FieldChange(state.spec.column(f).header, self._display(f, stored.get(f)), self._display(f, n))
                for f, n in diffs.items()
            )
        self.change(RowChange(state.report.sheet, row.number, kind, label, "update", title, shown))
        if not self._writing:
            return False
        also = {k: v(diffs) if callable(v) else v for k, v in also.items()}
        self.s.execute(update(table).where(table.c.id == row_id).values(**diffs, version=table.c.version + 1, **also))
        for f, n in diffs.items():
            self.log.record(entity, row_id, key, program_id, "update", f, stored.get(f), n)
        return True

    def tick(self, n: int, what: str) -> None:
        self._done += n
        if self.cancelled is not None and self.cancelled():
            raise ImportCancelledError("Import cancelled; nothing was written")
        if self.progress is not None:
            self.progress(self._done, self._total, what)

    # ---------------------------------------------------------------------------- the run
    def run(self) -> ImportPreview:
        # Rows, dicts and change records hold no reference cycles (see bulk.bulk_job).
        with bulk.bulk_job():
            if not self.apply:
                return self._run()
            # Rows go to the database on another thread while the next chunk is read and checked.
            with bulk.pipelined(self.s):
                return self._run()

    def _run(self) -> ImportPreview:
        unmatched: list[UnmatchedSheet] = []
        names = self.book.sheet_names()
        if self.only_sheet is not None:
            if self.only_sheet not in names:
                raise WorkbookError(f"{self.file}: there is no sheet '{self.only_sheet}' (it has: {', '.join(names)})")
            names = [self.only_sheet]
        skip = {
            layout.SUMMARY_SHEET,
            layout.CHARTS_SHEET,
            layout.HOW_TO_SHEET,
            layout.ERRORS_SHEET,
            layout.SOURCES.name,
            layout.HISTORY.name,
        }
        if layout.SUMMARY_SHEET in names:
            self._load_later_changes()
        names = [n for n in names if n not in skip or self.only_sheet is not None]
        # Programs before tasks before progress before indicators, so later sheets can refer to rows that
        # earlier ones create. Sheets are loaded and read one at a time: memory holds one sheet, not all.
        order = {s.name: i for i, s in enumerate(layout.IMPORTABLE)}
        names.sort(key=lambda n: order.get(getattr(layout.spec_for_sheet_name(n), "name", ""), len(order)))
        reports: list[SheetReport] = []
        for n, name in enumerate(names):
            if n == 0 and len(names) > 1:
                self.book.prefetch(names[1])  # read on another core while the first sheet loads
            # Data rows may hold "" for an empty cell (the cell checks treat blank text as empty); the rows the
            # header is looked for in are read with None, as everything else reads them.
            rows = self.book.rows(name, empty="")
            head = [[None if v == "" else v for v in r] for r in islice(rows, HEADER_SCAN_ROWS)]
            if n + 1 < len(names):
                self.book.prefetch(names[n + 1])  # read on another core while this sheet is worked through
            if not any(any(v is not None and str(v).strip() for v in r) for r in head):
                continue
            match = self._match(name, head)
            if isinstance(match, UnmatchedSheet):
                unmatched.append(match)
                continue
            report = SheetReport(
                sheet=name,
                reads_as=match.spec.name,
                header_row=match.header_row + 1,
                columns=tuple((match.headers[i], match.spec.column(f).header) for f, i in match.columns.items()),
                ignored=tuple(h for _, h in match.unmatched),
            )
            self._total = max(self.book.height(name) - match.header_row - 1, 1)
            self._done = 0
            state = _SheetState(report, match.spec, match)
            self._sheet(state, _chain(iter(head[match.header_row + 1 :]), rows))
            del rows, head
            c = state.counts
            reports.append(
                replace(
                    state.report,
                    rows=c["rows"],
                    created=c["created"],
                    updated=c["updated"],
                    unchanged=c["unchanged"],
                    errors=c["errors"],
                )
            )
        self.book.release()
        if not reports:
            if unmatched:
                raise UnmatchedColumnsError(_unmatched_message(self.file, unmatched[0]), tuple(unmatched))
            raise WorkbookError(f"{self.file}: the workbook has no data to import (it is empty)")
        self.finish(reports)
        self.log.flush()
        return ImportPreview(
            file=self.file,
            format=self.book.format,
            encoding=self.book.encoding,
            sheets=tuple(reports),
            unmatched=tuple(unmatched),
            changes=tuple(self.changes),
            errors=_in_sheet_order(self.errors),
            error_count=self.error_count,
            created=self.totals["created"],
            updated=self.totals["updated"],
            unchanged=self.totals["unchanged"],
            missing=self.totals["missing"],
            changes_truncated=self.changes_truncated,
        )

    def _load_later_changes(self) -> None:
        """Read the export moment off the Summary sheet and the field changes recorded after it."""
        for row in islice(self.book.rows(layout.SUMMARY_SHEET), 12):
            if len(row) > 1 and row[0] == layout.EXPORTED_AT_LABEL:
                self.exported_at = layout.parse_exported_at(row[1])
                break
        if self.exported_at is None:
            return
        c = CHANGES_T.c
        for etype, eid, fld, old, actor, at in self.s.execute(
            select(c.entity_type, c.entity_id, c.field, c.old_value, c.actor, c.at)
            .where(c.at > self.exported_at, c.action == "update", c.field.is_not(None))
            .order_by(c.at, c.id)
        ).all():
            self.later.setdefault((str(etype), int(eid)), {}).setdefault(str(fld), (old, actor, at))

    def _newer(
        self, state: _SheetState, row: _Row, entity: str, row_id: int, stored: dict[str, Any], diffs: dict[str, Any]
    ) -> bool | list[str]:
        """Fields of ``diffs`` a colleague changed after the export.

        A cell that still holds the value it was exported with was not edited: the newer value stays (its
        field is returned, to be left out). A cell the user edited as well is a conflict: reported, and
        True returned (the row is not written).
        """
        later = self.later.get((entity, row_id))
        if not later:
            return []
        keep: list[str] = []
        conflict = False
        for fld, new in diffs.items():
            rec = later.get(fld)
            if rec is None:
                continue
            at_export, actor, at = rec
            if render(stored.get(fld)) == at_export:
                continue  # changed and changed back (an undone import, say): nothing of a colleague's to keep
            if render(new) == at_export:
                keep.append(fld)
                continue
            conflict = True
            col = _FIELD_COLUMN.get(fld, fld)
            self._err_field(
                state,
                row,
                col if col in state.spec.fields else state.spec.fields[0],
                message(
                    "import.conflict",
                    column=state.spec.column(col).header if col in state.spec.fields else fld,
                    current=self._display(fld, stored.get(fld)) or "",
                    actor=actor or "someone",
                    at=f"{at.astimezone():%Y-%m-%d %H:%M}",
                    exported=self._display_stored_text(fld, at_export) or "",
                ),
            )
        return True if conflict else keep

    def _match(self, name: str, head: list[list[Any]]) -> layout.HeaderMatch | UnmatchedSheet:
        for mp in self.mappings:
            if mp.sheet is not None and mp.sheet != name:
                continue
            spec = layout.SPECS_BY_NAME.get(mp.reads_as)
            if spec is None or not spec.importable:
                continue
            wanted = {layout.normalise_header(h) for h in mp.columns.values()}
            for i, row in enumerate(head):
                normed = [layout.normalise_header(v) for v in row]
                if wanted and wanted <= set(normed):
                    cols = {f: normed.index(layout.normalise_header(h)) for f, h in mp.columns.items()}
                    headers = tuple("" if v is None else str(v) for v in row)
                    used = set(cols.values())
                    rest = tuple((j, h) for j, h in enumerate(headers) if h and j not in used)
                    return layout.HeaderMatch(spec, cols, rest, i, headers)
        spec = layout.spec_for_sheet_name(name)
        match = find_header(head, spec)
        if match is None and spec is not None:
            match = find_header(head, None)
        if match is not None and match.missing_required() and spec is None and not _has_key_column(match):
            # Neither the sheet's name nor a key column says what the rows are (담당자 or 내용 are task
            # columns too): a list of one's own is most likely programs, so ask for what programs need.
            as_programs = layout.match_headers(layout.PROGRAMS, list(match.headers), match.header_row)
            if not as_programs.missing_required():
                return as_programs
            missing = tuple(f"{c.header} ({' / '.join(_alias_examples(c))})" for c in as_programs.missing_required())
            return UnmatchedSheet(name, match.header_row + 1, match.headers, missing, None)
        if match is None or match.missing_required():
            target = match.spec if match is not None else (spec or layout.PROGRAMS)
            missing = tuple(
                f"{c.header} ({' / '.join(_alias_examples(c))})"
                for c in (match.missing_required() if match is not None else [c for c in target.columns if c.required])
            )
            if match is not None:
                return UnmatchedSheet(name, match.header_row + 1, match.headers, missing, target.name)
            first = next(((i, r) for i, r in enumerate(head) if sum(1 for v in r if v is not None) >= 2), None)
            return UnmatchedSheet(
                name,
                (first[0] + 1) if first else 0,
                tuple("" if v is None else str(v) for v in first[1]) if first else (),
                missing,
                None,
            )
        return match

    def _sheet(self, state: _SheetState, rows: Iterator[list[Any]]) -> None:
        spec, match = state.spec, state.match
        fields = [f for f in READ_FIELDS[spec.name] if f in match.columns]
        cols = [
            _ColumnReader(
                f,
                match.columns[f],
                spec.column(f),
                parser(spec.column(f)),
                {} if spec.column(f).kind in _REPEATING else None,
            )
            for f in fields
        ]
        handler = {
            "Programs": self._programs_chunk,
            "Tasks": self._tasks_chunk,
            "Progress": self._progress_chunk,
            "Indicators": self._indicators_chunk,
        }[spec.name]
        if spec is not layout.PROGRAMS and "program_key" in match.columns:
            handler = partial(self._titles_first, handler)
        number = match.header_row + 1
        block: list[_Row] = []
        for raw in rows:
            number += 1
            for v in raw:  # skip a blank row (an inline loop: this runs for every row of the sheet)
                if v is not None and (v.__class__ is not str or v.strip()):
                    break
            else:
                continue
            block.append(_Row(number, raw))
            if len(block) >= CHUNK:
                self._block(state, cols, block, handler)
                block = []
        if block:
            self._block(state, cols, block, handler)
        self.log.flush()

    def _block(
        self,
        state: _SheetState,
        cols: list[_ColumnReader],
        block: list[_Row],
        handler: Callable[[_SheetState, list[_Row]], None],
    ) -> None:
        """Read a block of rows column by column, list their bad cells in sheet order, hand on the good rows.

        Column by column, a column's cells are mostly read by C loops (a look-up of the values met before,
        stripping and checking text): row by row, each cell cost a turn of a Python loop and a call."""
        counts = state.counts
        counts["rows"] += len(block)
        raws = [row.cells for row in block]
        width = min(map(len, raws))
        problems: list[tuple[int, int, _ColumnReader, Any, str]] = []
        for position, reader in enumerate(cols):
            i = reader.index
            column = list(map(itemgetter(i), raws)) if i < width else [r[i] if i < len(r) else None for r in raws]
            out = reader.read(column, position, problems)
            fld = reader.field
            if any(map(is_, out, repeat(_ABSENT))):
                for row, value in zip(block, out, strict=True):
                    if value is not _ABSENT:
                        row.values[fld] = value
            else:
                for row, value in zip(block, out, strict=True):
                    row.values[fld] = value
        if problems:
            problems.sort(key=itemgetter(0, 1))  # as the sheet reads: row by row, left to right
            sheet = state.report.sheet
            for j, _position, reader, value, problem in problems:
                self.error(sheet, block[j].number, reader.column, reader.index, value, problem)
            bad = {j for j, *_rest in problems}
            counts["errors"] += len(bad)
            block = [row for j, row in enumerate(block) if j not in bad]
        if block:
            handler(state, block)
            self.tick(len(block), state.report.sheet)

    # ---------------------------------------------------------------------------- helpers
    def _err_field(self, state: _SheetState, row: _Row, fld: str, message: str | Message) -> None:
        idx = state.match.columns.get(fld)
        col = state.spec.column(fld) if fld in state.spec.fields else None
        raw = row.cells[idx] if idx is not None and idx < len(row.cells) else None
        self.error(state.report.sheet, row.number, col, idx, raw, message)
        state.counts["errors"] += 1

    def _case_refused(self, state: _SheetState, row: _Row, program_id: int | None, fld: str) -> bool:
        """A row that would change a case of the library is an error: cases stay as their sources state them."""
        if program_id is None:
            return False
        if self._case_ids is None:
            self._case_ids = set(self.s.execute(select(PROGRAMS_T.c.id).where(PROGRAMS_T.c.is_case)).scalars())
        if program_id not in self._case_ids:
            return False
        key = next((k for k, i in self.program_ids.items() if i == program_id), None)
        try:
            rules.check_not_case(True, key or str(program_id))
        except ValidationError as exc:
            self._err_field(state, row, fld, exc.message or str(exc))
        return True

    def _duplicate(self, state: _SheetState, row: _Row, fld: str, key: Any) -> bool:
        seen = self.seen[state.spec.name]
        if key in seen:
            self._err_field(
                state,
                row,
                fld,
                f"'{_shown(key) if not isinstance(key, tuple) else key[0]}' appears "
                f"twice (also on row {seen[key]}); each row must be a different one",
            )
            return True
        seen[key] = row.number
        return False

    @staticmethod
    def _from_date_cell(state: _SheetState, row: _Row, fld: str) -> bool:
        """Whether the row's value of ``fld`` was a date cell (not text, not a number)."""
        i = state.match.columns.get(fld)
        return i is not None and i < len(row.cells) and isinstance(row.cells[i], dt.date)

    def _date(self, state: _SheetState, row: _Row, fld: str, stored: PartialDate | None) -> PartialDate | None:
        """A date cell on the 1st stays the month stored before (Excel shows such a month as yyyy-mm)."""
        new = row.values.get(fld)
        if not isinstance(new, PartialDate):
            return None
        if stored is None or not self._from_date_cell(state, row, fld):  # a new row, or a date typed as text: as given
            return new
        if stored.precision is Precision.MONTH and new.day == 1:
            return PartialDate(new.year, new.month)
        if stored.precision is Precision.YEAR and new.month == 1 and new.day == 1 and new.year == stored.year:
            return stored
        return new

    def names(self) -> derived.Names:
        """Names of places (with the places above them) and organizations, as search and the preview show them."""
        if self._names is None:
            self._names = derived.Names(self.s)
        return self._names

    def places(self) -> dict[str, int]:
        """A place's id by any name a sheet may give it: key, English or local name, or a short local form."""
        if self._places is None:
            self._places = {}
            rows = self.s.execute(select(m.Place.id, m.Place.key, m.Place.name, m.Place.name_local)).all()
            short: dict[str, set[int]] = {}
            for r in rows:
                for n in (r.key, r.name, r.name_local):
                    if n:
                        self._places.setdefault(layout.normalise_header(n), int(r.id))
                for n in _short_place_names(str(r.name_local or "")):
                    short.setdefault(layout.normalise_header(n), set()).add(int(r.id))
            for n, ids in short.items():
                if len(ids) == 1:  # an ambiguous short form is no match at all
                    self._places.setdefault(n, ids.pop())
        return self._places

    def orgs(self) -> dict[str, int]:
        if self._orgs is None:
            self._orgs = {}
            for r in self.s.execute(
                select(m.Organization.id, m.Organization.key, m.Organization.name, m.Organization.name_local)
            ).all():
                for n in (r.key, r.name, r.name_local):
                    if n:
                        self._orgs.setdefault(layout.normalise_header(n), int(r.id))
        return self._orgs

    def _search_program(
        self, stored: dict[str, Any], themes: Sequence[str], partner_ids: Sequence[int], diffs: dict[str, Any]
    ) -> str:
        return self.names().text({**stored, **diffs}, themes, partner_ids)

    # ---------------------------------------------------------------------------- programs

    def _program_values(self, state: _SheetState, row: _Row, stored: dict[str, Any]) -> dict[str, Any] | None:
        """The row's program fields as stored columns, after lookups; None when a lookup failed."""
        v = row.values
        out: dict[str, Any] = {fld: v[fld] for fld in ("title", "local_title", "summary", "description") if fld in v}
        ok = True
        if "title" in out:
            try:
                out["title"] = rules.check_title(out["title"])
            except ValidationError as exc:
                self._err_field(state, row, "title", exc.message or str(exc))
                ok = False
        if "place" in v:
            pid = self.places().get(layout.normalise_header(v["place"]))
            if pid is None:
                self._err_field(
                    state,
                    row,
                    "place",
                    f"Place '{v['place']}' is not a place the app knows; use a place "
                    "name such as Gangdong-gu or 강동구, or add the place first",
                )
                ok = False
            out["place_id"] = pid
        if "lead_organization" in v:
            oid = self.orgs().get(layout.normalise_header(v["lead_organization"]))
            if oid is None:
                self._err_field(
                    state,
                    row,
                    "lead_organization",
                    f"Organization '{v['lead_organization']}' is not in the app; add it first or leave the cell empty",
                )
                ok = False
            out["lead_organization_id"] = oid
        if "sector" in v:
            out["sector"] = _STORED[v["sector"]]
        if "status" in v:
            out["status"] = _STORED[v["status"]]
        for fld in ("start_date", "end_date"):
            if fld in v:
                out[fld] = self._date(state, row, fld, stored.get(fld))
        try:
            rules.check_range(
                out.get("start_date", stored.get("start_date")), out.get("end_date", stored.get("end_date"))
            )
        except ValidationError as exc:
            self._err_field(state, row, "end_date", exc.message or str(exc))
            ok = False
        return out if ok else None

    def _programs_chunk(self, state: _SheetState, rows: list[_Row]) -> None:
        keys = [r.values["key"] for r in rows if "key" in r.values]
        existing: dict[str, Any] = {}
        known = self.program_keys()
        stored_keys = [k for k in keys if k in known]  # a key no program has needs no query
        if stored_keys:
            for rec in self._stored_rows(PROGRAMS_T, PROGRAMS_T.c.key.in_(stored_keys)):
                existing[str(rec["key"])] = rec
        # A row without a key (a staff member's own list, or a row added at the bottom of an exported sheet)
        # matches the office's program of that title, so importing the same file twice updates instead of
        # creating duplicates. On a sheet with keys, programs the file names by key are not candidates.
        by_title: dict[str, list[dict[str, Any]]] = {}
        titles = {str(r.values["title"]).strip() for r in rows if "key" not in r.values and "title" in r.values}
        if titles:
            named = set(keys) | set(self.program_ids) if "key" in state.match.columns else set()
            for rec in self._stored_rows(
                PROGRAMS_T,
                PROGRAMS_T.c.title.in_(titles),
                PROGRAMS_T.c.deleted_at.is_(None),
                PROGRAMS_T.c.is_case.is_(False),
            ):
                if str(rec["key"]) in named:
                    continue
                by_title.setdefault(str(rec["title"]), []).append(dict(rec))
                existing[str(rec["key"])] = rec
            renamed = {self._renamed[t]: t for t in titles if t in self._renamed}
            if renamed:
                for rec in self._stored_rows(PROGRAMS_T, PROGRAMS_T.c.key.in_(sorted(renamed))):
                    same = by_title.setdefault(renamed[str(rec["key"])], [])
                    if str(rec["key"]) not in named and all(x["key"] != rec["key"] for x in same):
                        same.append(dict(rec))
                        existing[str(rec["key"])] = rec
        ids = [int(e["id"]) for e in existing.values()]
        themes: dict[int, list[str]] = {}
        partners: dict[int, list[int]] = {}
        if ids:
            for pid, theme in self.s.execute(
                select(THEMES_T.c.program_id, THEMES_T.c.theme).where(THEMES_T.c.program_id.in_(ids))
            ).all():
                themes.setdefault(int(pid), []).append(str(theme))
            for pid, org in self.s.execute(
                select(m.ProgramPartner.program_id, m.ProgramPartner.organization_id)
                .where(m.ProgramPartner.program_id.in_(ids))
                .order_by(m.ProgramPartner.program_id, m.ProgramPartner.organization_id)
            ).all():
                partners.setdefault(int(pid), []).append(int(org))
        creates: list[dict[str, Any]] = []
        create_rows: list[tuple[_Row, tuple[str, ...]]] = []
        for row in rows:
            key = row.values.get("key")
            if key is None and by_title:
                same = by_title.get(str(row.values.get("title", "")).strip(), [])
                if len(same) > 1:
                    self._err_field(
                        state,
                        row,
                        "title",
                        f"{len(same)} programs are titled '{row.values['title']}' "
                        f"({', '.join(str(x['key']) for x in same[:5])}); add a Key column to say which one",
                    )
                    continue
                if same:
                    key = str(same[0]["key"])
            if key is not None and self._duplicate(state, row, "key", key):
                continue
            stored = existing.get(key) if key else None
            if stored is not None and stored["deleted_at"] is not None:
                self._err_field(state, row, "key", f"Program '{key}' is in the trash; restore it in the app first")
                continue
            values = self._program_values(state, row, stored or {})
            if values is None:
                continue
            new_themes = row.values.get("themes")
            if stored is None:
                if "title" not in values:
                    self._err_field(state, row, "title", "A new program needs a Title")
                    continue
                if key is None:
                    key = rules.make_key(values["title"], self.program_keys())
                elif key in self.program_keys():
                    self._err_field(state, row, "key", f"Program key '{key}' is already used")
                    continue
                self.program_keys().add(key)
                self.program_ids[key] = None
                record = {
                    "key": key,
                    "title": values["title"],
                    "title_sort": values["title"].lower(),  # as the model keeps it: the listing sorts on it
                    "local_title": values.get("local_title"),
                    "summary": values.get("summary"),
                    "description": values.get("description"),
                    "place_id": values.get("place_id"),
                    "lead_organization_id": values.get("lead_organization_id"),
                    "sector": values.get("sector"),
                    "status": values.get("status", _PLANNED),
                    "start_date": values.get("start_date"),
                    "end_date": values.get("end_date"),
                    "is_case": False,
                    "version": 1,
                    "created_at": self.now,
                    "updated_at": self.now,
                }
                record["search_text"] = self.names().text(record, new_themes or ())
                creates.append(record)
                create_rows.append((row, tuple(new_themes or ())))
                self.count(state, "created")
                self.change_new(state, row, "program", key, values["title"])
                continue
            pid = int(stored["id"])
            self.program_ids[str(key)] = pid
            if values.get("title") is not None and values["title"] != stored["title"]:
                self._renamed.setdefault(str(stored["title"]).strip(), str(key))
            diffs: dict[str, Any] = {}
            shown: list[FieldChange] = []
            for fld, new in values.items():
                old = stored.get(fld)
                if not same_number(old, new):
                    diffs[fld] = new
                    shown.append(
                        FieldChange(
                            state.spec.column(_FIELD_COLUMN.get(fld, fld)).header,
                            self._display(fld, old),
                            self._display(fld, new),
                        )
                    )
            old_themes = tuple(sorted(themes.get(pid, [])))
            themes_changed = new_themes is not None and tuple(new_themes) != old_themes
            if themes_changed:
                shown.append(FieldChange("Themes", ", ".join(old_themes) or None, ", ".join(new_themes or ()) or None))
            if not shown:
                self.count(state, "unchanged")
                continue
            final_themes = tuple(new_themes) if themes_changed and new_themes is not None else old_themes
            written = self.update_row(
                state,
                row,
                ("program", str(key), str(values.get("title", stored["title"]))),
                (PROGRAMS_T, "program", pid, str(key), pid),
                stored,
                diffs,
                tuple(shown),
                updated_at=self.now,
                # Worked out from the fields update_row finally writes (it may keep a colleague's newer ones).
                search_text=partial(self._search_program, stored, final_themes, partners.get(pid, [])),
                title_sort=lambda d, st=stored: str(d.get("title", st["title"])).lower(),
            )
            if written and themes_changed and new_themes is not None:
                self.s.execute(THEMES_T.delete().where(THEMES_T.c.program_id == pid))
                if new_themes:
                    self.s.execute(insert(THEMES_T), [{"program_id": pid, "theme": t} for t in new_themes])
                self.log.record(
                    "program",
                    pid,
                    str(key),
                    pid,
                    "update",
                    "themes",
                    ", ".join(old_themes),
                    ", ".join(new_themes),
                )
        if creates and self._writing:
            new_ids = self._insert_keyed(PROGRAMS_T, creates)
            self.log.created("program", PROGRAMS_T, new_ids)
            theme_rows = []
            for made, pid, (_row, ths) in zip(creates, new_ids, create_rows, strict=True):
                self.program_ids[made["key"]] = int(pid)
                self._positions_loaded.add(int(pid))
                self.created_programs[int(pid)] = [0.0, 0.0, None, 0]
                theme_rows += [{"program_id": int(pid), "theme": t} for t in ths]
            if theme_rows:
                insert_rows(self.s, THEMES_T, theme_rows)

    def _insert_keyed(self, table: Table, rows: list[dict[str, Any]]) -> list[int]:
        """Insert rows with unique keys in one executemany and return their ids in row order.

        (RETURNING with a guaranteed order makes SQLite insert one row at a time: ten times slower.)
        """
        given = self._insert_numbered(table, rows)
        if given is not None:
            return given
        before = self._max_id(table)
        insert_rows(self.s, table, rows)
        keys = [r["key"] for r in rows]
        # The new rows are the ones above the highest id before (a range read of the primary key).
        ids = dict(self.s.execute(select(table.c.key, table.c.id).where(table.c.id > before)).all())
        if len(ids) != len(keys) or not all(k in ids for k in keys):
            ids = dict(self.s.execute(select(table.c.key, table.c.id).where(table.c.key.in_(keys))).all())
        return [int(ids[k]) for k in keys]

    def _stored_rows(self, table: Table, *where: ColumnElement[bool]) -> list[dict[str, Any]]:
        """The rows ``where`` picks, as dicts of the columns an import compares."""
        columns = _compared(table)
        names = [c.name for c in columns]
        return [dict(zip(names, row, strict=True)) for row in self.s.execute(select(*columns).where(*where))]

    def _max_id(self, table: Table) -> int:
        return int(self.s.execute(select(func.coalesce(func.max(table.c.id), 0))).scalar_one())

    def _insert_numbered(self, table: Table, rows: list[dict[str, Any]]) -> list[int] | None:
        """On SQLite: insert the rows with the ids SQLite would give them (one above the highest) and return
        those ids; None on other databases.

        The import holds the write lock, so nothing else takes an id meanwhile; and with nothing to read back,
        the insert runs while the next chunk is checked.
        """
        if self.s.get_bind().dialect.name != "sqlite":
            return None
        top = self._top_ids.get(table.name)
        if top is None:
            top = self._max_id(table)
        ids = list(range(top + 1, top + 1 + len(rows)))
        for row, new_id in zip(rows, ids, strict=True):
            row["id"] = new_id
        insert_rows(self.s, table, rows)
        self._top_ids[table.name] = ids[-1]
        return ids

    def _logged_entries(self, rows: list[_Row]) -> dict[tuple[Any, ...], list[tuple[int, Any, Any]]]:
        """Stored live entries with the titles of these new rows.

        (program id, task id, date, title) -> [(id, note, percent), ...]
        """
        keys = {str(r.values["program_key"]) for r in rows if r.values.get("program_key") is not None}
        self._learn_program_ids(keys)
        # A program this import created has no entries but the ones it wrote, which the query leaves out.
        pids = {p for k in keys if (p := self.program_ids.get(k)) is not None and p not in self.created_programs}
        out: dict[tuple[Any, ...], list[tuple[int, Any, Any]]] = {}
        if not pids:
            return out
        titles = sorted({str(r.values["title"]) for r in rows if r.values.get("title") is not None})
        if not titles:
            return out
        for part in chunks(sorted(pids), 500):
            for rec in self.s.execute(
                select(
                    PROGRESS_T.c.id,
                    PROGRESS_T.c.program_id,
                    PROGRESS_T.c.task_id,
                    PROGRESS_T.c.entry_date,
                    PROGRESS_T.c.title,
                    PROGRESS_T.c.note,
                    PROGRESS_T.c.percent_complete,
                ).where(
                    PROGRESS_T.c.program_id.in_(part),  # uses the (program, date) index
                    PROGRESS_T.c.title.in_(titles),
                    PROGRESS_T.c.deleted_at.is_(None),
                    PROGRESS_T.c.recorded_at != self.now,  # not the rows this import just wrote
                )
            ).all():
                key = (int(rec.program_id), rec.task_id, rec.entry_date.iso(), rec.title)
                out.setdefault(key, []).append((int(rec.id), rec.note, rec.percent_complete))
        return out

    def _insert_entries(self, rows: list[dict[str, Any]]) -> list[int]:
        """Progress entries have no key: this import's own rows are the newest with its timestamp."""
        given = self._insert_numbered(PROGRESS_T, rows)
        if given is not None:
            return given
        before = self._max_id(PROGRESS_T)
        insert_rows(self.s, PROGRESS_T, rows)
        ids = list(
            self.s.execute(
                select(PROGRESS_T.c.id)
                .where(PROGRESS_T.c.id > before, PROGRESS_T.c.recorded_at == self.now)
                .order_by(PROGRESS_T.c.id)
            ).scalars()
        )
        if len(ids) != len(rows):
            raise CivicError("Another program wrote progress entries during the import; nothing was imported")
        return [int(i) for i in ids]

    def _display_stored_text(self, fld: str, text: str | None) -> str | None:
        """A value as a change record holds it (rendered text), as the preview shows that field."""
        if text is None:
            return None
        try:
            if fld in ("place_id", "lead_organization_id"):
                return self._display(fld, int(text))
            if fld in ("status", "sector", "percent_complete"):
                return self._display(fld, float(text) if fld == "percent_complete" else text)
        except ValueError:
            pass
        return text

    def _display(self, fld: str, value: Any) -> str | None:
        if value is None:
            return None
        if fld == "place_id":
            return self.names().place_name(value) or str(value)
        if fld == "lead_organization_id":
            return self.names().organization_name(value) or str(value)
        if fld == "status":
            return Status(value).label
        if fld == "sector":
            return Sector(value).label
        if fld == "percent_complete":
            return f"{float(value):g}%"
        return render(value)

    def program_keys(self) -> set[str]:
        if self._program_keys is None:
            self._program_keys = set(self.s.execute(select(PROGRAMS_T.c.key)).scalars())
        return self._program_keys

    def _program_id(self, state: _SheetState, row: _Row, fld: str = "program_key") -> tuple[bool, int | None]:
        """(found, id): id is None for a program this import creates but has not written (a preview)."""
        key = row.values.get(fld)
        if key is None:
            self._err_field(state, row, fld, "A new row needs a Program key")
            return False, None
        if key in self.program_ids:
            return True, self.program_ids[key]
        found = self.s.execute(
            select(PROGRAMS_T.c.id).where(PROGRAMS_T.c.key == key, PROGRAMS_T.c.deleted_at.is_(None))
        ).scalar()
        if found is None:
            self._err_field(state, row, fld, f"No program with key '{key}' (in the app or on the Programs sheet)")
            return False, None
        self.program_ids[key] = int(found)
        return True, int(found)

    def _learn_program_ids(self, keys: set[str]) -> set[str]:
        """Look up the live programs among ``keys`` this import does not know yet and remember their ids.

        Returns the keys found in the database (a key not found stays unknown)."""
        found: set[str] = set()
        for part in chunks(sorted(k for k in keys if k not in self.program_ids), 500):
            for pid, pkey in self.s.execute(
                select(PROGRAMS_T.c.id, PROGRAMS_T.c.key).where(
                    PROGRAMS_T.c.key.in_(part), PROGRAMS_T.c.deleted_at.is_(None)
                )
            ).all():
                self.program_ids[str(pkey)] = int(pid)
                found.add(str(pkey))
        return found

    def _titles_first(
        self, handler: Callable[[_SheetState, list[_Row]], None], state: _SheetState, rows: list[_Row]
    ) -> None:
        handler(state, self._program_titles(state, rows))

    def _program_titles(self, state: _SheetState, rows: list[_Row]) -> list[_Row]:
        """A Program key cell may hold the program's title instead (of a program this import creates, or an
        office program): such rows get the key. A title no program or several programs have is an error."""
        refs: list[tuple[_Row, str]] = []
        given = set(map(methodcaller("get", "program_key"), map(attrgetter("values"), rows)))
        given.discard(None)
        # A _NotAKey is never a key, so it is always fresh. (set.difference with the dict looks up this chunk's
        # keys; `given - program_ids.keys()` would walk all 100,000 known keys for every chunk.)
        fresh = given.difference(self.program_ids)
        if not fresh:
            return rows  # every row names a program this import knows by key (the usual case)
        unknown = {str(k) for k in fresh if not isinstance(k, _NotAKey)}
        stored = self._learn_program_ids(unknown)
        column = state.match.columns["program_key"]
        for r in rows:
            k = r.values.get("program_key")
            if isinstance(k, _NotAKey):
                refs.append((r, str(k)))
            elif k is not None and k in unknown and k not in stored:  # a one-word title reads as a key
                refs.append((r, cells.as_text(r.cells[column]).strip()))
        if not refs:
            return rows
        titles = {text for _r, text in refs}
        found: dict[str, list[str]] = {t: list(self._created_titles.get(t, ())) for t in titles}
        for t in titles:
            if t in self._renamed and self._renamed[t] not in found[t]:
                found[t].append(self._renamed[t])
        for part in chunks(sorted(titles), 500):
            for pid, pkey, title in self.s.execute(
                select(PROGRAMS_T.c.id, PROGRAMS_T.c.key, PROGRAMS_T.c.title).where(
                    PROGRAMS_T.c.title.in_(part),
                    PROGRAMS_T.c.deleted_at.is_(None),
                    PROGRAMS_T.c.is_case.is_(False),
                )
            ).all():
                if str(pkey) not in found[str(title)]:
                    found[str(title)].append(str(pkey))
                self.program_ids.setdefault(str(pkey), int(pid))
        refused: set[int] = set()
        for r, text in refs:
            keys = found[text]
            if len(keys) == 1:
                r.values["program_key"] = keys[0]
            elif keys:
                self._err_field(
                    state,
                    r,
                    "program_key",
                    f"{len(keys)} programs are titled '{text}' ({', '.join(sorted(keys)[:5])}); "
                    "write the program's key (as on the Programs sheet)",
                )
                refused.add(r.number)
            elif isinstance(r.values["program_key"], _NotAKey):
                self._err_field(state, r, "program_key", _no_program(text))
                refused.add(r.number)
        return [r for r in rows if r.number not in refused] if refused else rows

    # ---------------------------------------------------------------------------- tasks
    def _tasks_chunk(self, state: _SheetState, rows: list[_Row]) -> None:
        keys = [r.values["key"] for r in rows if "key" in r.values]
        if self._writing:
            self._load_positions(
                {
                    pid
                    for r in rows
                    if "key" not in r.values
                    and (pid := self.program_ids.get(r.values.get("program_key", ""))) is not None
                }
            )
        existing: dict[str, dict[str, Any]] = {}
        known = self.task_keys()
        stored_keys = [k for k in keys if k in known]  # a key no task has needs no query
        if stored_keys:
            for rec in self._stored_rows(TASKS_T, TASKS_T.c.key.in_(stored_keys)):
                existing[str(rec["key"])] = rec
        titled = self._tasks_by_title(rows, set(keys))
        for same in titled.values():
            existing.update((str(rec["key"]), rec) for rec in same)
        prog_keys: dict[int, str] = {}
        pids = {int(e["program_id"]) for e in existing.values()}
        parent_keys: dict[int, str] = {}
        if pids:
            prog_keys = {
                int(i): str(k)
                for i, k in self.s.execute(
                    select(PROGRAMS_T.c.id, PROGRAMS_T.c.key).where(PROGRAMS_T.c.id.in_(pids))
                ).all()
            }
        parent_ids = {int(e["parent_id"]) for e in existing.values() if e["parent_id"] is not None}
        if parent_ids:
            parent_keys = {
                int(i): str(k)
                for i, k in self.s.execute(
                    select(TASKS_T.c.id, TASKS_T.c.key).where(TASKS_T.c.id.in_(parent_ids))
                ).all()
            }
        creates: list[dict[str, Any]] = []
        pending_parents: list[tuple[int, str]] = []  # (index in creates, parent key) for parents in this chunk
        fields = _TASK_FIELDS
        for row in rows:
            v = row.values
            key = v.get("key")
            if key is None and titled:
                ok, key = self._task_by_title(state, row, titled, parent_keys)
                if not ok:
                    continue
            if key is not None and self._duplicate(state, row, "key", key):
                continue
            stored = existing.get(key) if key else None
            if stored is not None and stored["deleted_at"] is not None:
                self._err_field(state, row, "key", f"Task '{key}' is in the trash; restore it in the app first")
                continue
            out, ok = self._clean(state, row, fields, stored, ("start_date", "due_date"))
            try:
                rules.check_range(
                    out.get("start_date", stored.get("start_date") if stored else None),
                    out.get("due_date", stored.get("due_date") if stored else None),
                    "due_date",
                )
            except ValidationError as exc:
                self._err_field(state, row, "due_date", exc.message or str(exc))
                ok = False
            if not ok:
                continue
            if stored is not None:
                tid, pid = int(stored["id"]), int(stored["program_id"])
                pkey = prog_keys.get(pid, "")
                if "program_key" in v and v["program_key"] != pkey:
                    self._err_field(
                        state,
                        row,
                        "program_key",
                        f"Task '{key}' belongs to program '{pkey}'; a task cannot move to another program by import",
                    )
                    continue
                old_parent = parent_keys.get(int(stored["parent_id"])) if stored["parent_id"] is not None else None
                if "parent_key" in v and v["parent_key"] != old_parent:
                    self._err_field(
                        state,
                        row,
                        "parent_key",
                        f"Task '{key}' is under '{old_parent or 'no parent'}'; move tasks in the app",
                    )
                    continue
                self.task_ids[str(key)] = (tid, pkey)
                diffs = {f: n for f, n in out.items() if not same_number(stored.get(f), n)}
                if not diffs:
                    self.count(state, "unchanged")
                    continue
                written = self.update_row(
                    state,
                    row,
                    ("task", str(key), str(out.get("title", stored["title"]))),
                    (TASKS_T, "task", tid, str(key), pid),
                    stored,
                    diffs,
                    updated_at=self.now,
                )
                if written and {"status", "percent_complete", "weight"} & diffs.keys():
                    self.touched_rollup.add(pid)
                continue
            # A new task.
            if "title" not in out:
                self._err_field(state, row, "title", "A new task needs a Title")
                continue
            found, pid_new = self._program_id(state, row)
            if not found:
                continue
            pkey = str(v["program_key"])
            parent_id: int | None = None
            parent_pending: str | None = None
            depth = 1
            if "parent_key" in v:
                parent = self._task_ref(state, row, "parent_key", pkey)
                if parent is False:
                    continue
                parent_id = parent if isinstance(parent, int) else None
                if parent_id is None:
                    parent_pending = str(v["parent_key"])
                depth = self._depth(str(v["parent_key"])) + 1
                try:
                    rules.check_depth(depth)
                except ValidationError as exc:
                    self._err_field(state, row, "parent_key", exc.message or str(exc))
                    continue
            if key is None:
                key = self._new_task_key(pkey)
            elif key in self.task_keys():
                self._err_field(state, row, "key", f"Task key '{key}' is already used")
                continue
            self._task_depths[key] = depth
            if self._case_refused(state, row, pid_new, "program_key"):
                continue
            self.task_keys().add(key)
            self.task_ids[key] = (None, pkey)
            self.count(state, "created")
            self.change_new(state, row, "task", key, out["title"])
            if self._writing and pid_new is not None:
                if parent_pending is not None:
                    pending_parents.append((len(creates), parent_pending))
                creates.append(
                    {
                        "key": key,
                        "program_id": pid_new,
                        "parent_id": parent_id,
                        "title": out["title"],
                        "description": out.get("description"),
                        "owner": out.get("owner"),
                        "start_date": out.get("start_date"),
                        "due_date": out.get("due_date"),
                        "status": out.get("status", _PLANNED),
                        "percent_complete": out.get("percent_complete"),
                        "weight": out.get("weight", 1.0),
                        "position": self._position(pid_new, parent_id),
                        "version": 1,
                        "created_at": self.now,
                        "updated_at": self.now,
                    }
                )
        if creates and self._writing:
            # Parents come before their children in the sheet; a child whose parent is in the same chunk
            # needs the parent's id, so insert in order and resolve as we go.
            new_ids = self._insert_keyed(TASKS_T, creates)
            self.log.created("task", TASKS_T, new_ids)
            for made, tid in zip(creates, new_ids, strict=True):
                self.task_ids[made["key"]] = (int(tid), self.task_ids[made["key"]][1])
                self.seen["Tasks"].setdefault(made["key"], 0)  # in the file: not "missing" at the end
                pid = int(made["program_id"])
                created = self.created_programs.get(pid)
                if created is not None:
                    self._rollups_dirty.add(pid)
                if created is not None and made["parent_id"] is None and not pending_parents:
                    # A flat task list rolls up as a weighted average, kept as two running sums.
                    share = _flat_share(made["status"], made["percent_complete"], float(made["weight"]))
                    if share is not None:
                        created[0] += share[0]
                        created[1] += share[1]
                else:
                    # Unit tasks: the query path sees the whole tree once it is written.
                    self.touched_rollup.add(pid)
            for index, parent_key in pending_parents:
                linked = self.task_ids.get(parent_key)
                if linked is not None and linked[0] is not None:
                    self.s.execute(
                        update(TASKS_T).where(TASKS_T.c.id == int(new_ids[index])).values(parent_id=linked[0])
                    )

    def _tasks_by_title(self, rows: list[_Row], named: set[str]) -> dict[tuple[int, str], list[dict[str, Any]]]:
        """Stored live tasks that rows without a Task key may be: same program and title, not named by key.

        A row added in the file and imported before still has no key; it must match the task it created,
        as programs match by title and progress entries by their content, or every import adds it again.
        Tasks this file names by key (earlier rows, or keyed rows of this chunk) are someone else's row.
        """
        wanted = [r for r in rows if "key" not in r.values and "program_key" in r.values and "title" in r.values]
        if not wanted:
            return {}
        pkeys = {str(r.values["program_key"]) for r in wanted}
        self._learn_program_ids(pkeys)
        # Programs this import creates have only the tasks the file gives them.
        pids = {pid for k in pkeys if (pid := self.program_ids.get(k)) is not None and pid not in self.created_programs}
        titles = sorted({str(r.values["title"]).strip() for r in wanted})
        seen = self.seen["Tasks"]
        out: dict[tuple[int, str], list[dict[str, Any]]] = {}
        for part in chunks(sorted(pids), 500):
            for rec in self.s.execute(
                select(*_compared(TASKS_T))
                .where(
                    TASKS_T.c.program_id.in_(part),
                    TASKS_T.c.title.in_(titles),
                    TASKS_T.c.deleted_at.is_(None),
                )
                .order_by(TASKS_T.c.id)
            ).mappings():
                if rec["key"] in seen or rec["key"] in named:
                    continue
                out.setdefault((int(rec["program_id"]), str(rec["title"])), []).append(dict(rec))
        return out

    def _task_by_title(
        self,
        state: _SheetState,
        row: _Row,
        titled: dict[tuple[int, str], list[dict[str, Any]]],
        parent_keys: dict[int, str],
    ) -> tuple[bool, str | None]:
        """(ok, key): the key of the one stored task a row without a Task key is, None for a new task;
        ok is False when several tasks fit (the error is listed)."""
        v = row.values
        pid = self.program_ids.get(str(v.get("program_key")))
        if pid is None or "title" not in v:
            return True, None
        same = titled.get((pid, str(v["title"]).strip()), [])
        if "parent_key" in state.match.columns:
            # The row says where the task sits: an empty Parent key is a top-level task.
            parent = v.get("parent_key")
            same = [
                t for t in same if (parent_keys.get(t["parent_id"]) if t["parent_id"] is not None else None) == parent
            ]
        if len(same) > 1:
            self._err_field(
                state,
                row,
                "title",
                f"{len(same)} tasks of program '{v['program_key']}' are titled '{v['title']}' "
                f"({', '.join(str(t['key']) for t in same[:5])}); fill in the Task key column to say which one",
            )
            return False, None
        return True, (str(same[0]["key"]) if same else None)

    def _clean(
        self,
        state: _SheetState,
        row: _Row,
        fields: Sequence[str],
        stored: dict[str, Any] | None,
        dates: Sequence[str],
    ) -> tuple[dict[str, Any], bool]:
        """A task's or progress entry's given fields as stored: status as its value, dates read against the
        stored ones, title and weight checked. The flag is False when a check failed (its error is listed).

        For a new row (``stored`` None) the result also holds the row's other values (keys), which its
        caller does not read; a stored row's holds only ``fields``, in the order changes are listed."""
        given = row.values
        if stored is None:
            out = given.copy()  # dates as given: there is no stored date to read them against
        else:
            out = {fld: given[fld] for fld in fields if fld in given}
            for fld in dates:
                if fld in out:
                    out[fld] = self._date(state, row, fld, stored.get(fld))
        ok = True
        if "status" in out:
            out["status"] = _STORED[out["status"]]
        for fld, check in _CHECKS.items():
            if fld in out:
                try:
                    out[fld] = check(out[fld])
                except ValidationError as exc:
                    self._err_field(state, row, fld, exc.message or str(exc))
                    ok = False
        return out, ok

    def _task_ref(self, state: _SheetState, row: _Row, fld: str, program_key: str) -> int | bool | None:
        """A task key on a row: its id, None if created by this import and not written yet, False if bad."""
        key = row.values[fld]
        if key in self.task_ids:
            tid, pkey = self.task_ids[key]
            if pkey != program_key:
                self._err_field(state, row, fld, f"Task '{key}' belongs to program '{pkey}', not '{program_key}'")
                return False
            return tid
        found = self.s.execute(
            select(TASKS_T.c.id, PROGRAMS_T.c.key)
            .join(PROGRAMS_T, TASKS_T.c.program_id == PROGRAMS_T.c.id)
            .where(TASKS_T.c.key == key, TASKS_T.c.deleted_at.is_(None))
        ).first()
        if found is None:
            self._err_field(state, row, fld, f"No task with key '{key}'")
            return False
        if str(found[1]) != program_key:
            self._err_field(state, row, fld, f"Task '{key}' belongs to program '{found[1]}', not '{program_key}'")
            return False
        self.task_ids[key] = (int(found[0]), str(found[1]))
        return int(found[0])

    def _depth(self, key: str) -> int:
        """How deep the task with this key is (1 for an action plan): planned by this import, or stored."""
        depth = self._task_depths.get(key)
        if depth is None:
            found = self.s.execute(select(TASKS_T.c.id).where(TASKS_T.c.key == key)).scalar()
            depth = self._task_depths[key] = derived.task_depth(self.s, found)
        return depth

    def task_keys(self) -> set[str]:
        if self._task_keys is None:
            self._task_keys = set(self.s.execute(select(TASKS_T.c.key)).scalars())
        return self._task_keys

    def _new_task_key(self, program_key: str) -> str:
        taken = self.task_keys()
        n = self._next_task_n.get(program_key, 0)
        while True:
            n += 1
            key = f"{program_key}-T{n:02d}"
            if key not in taken:
                self._next_task_n[program_key] = n
                return key

    def _load_positions(self, program_ids: set[int]) -> None:
        """The last task position under each parent of these programs, in one query per chunk."""
        todo = sorted(program_ids - self._positions_loaded)
        for part in chunks(todo, 500):
            for pid, parent, last in self.s.execute(
                select(TASKS_T.c.program_id, TASKS_T.c.parent_id, func.max(TASKS_T.c.position))
                .where(TASKS_T.c.program_id.in_(part))
                .group_by(TASKS_T.c.program_id, TASKS_T.c.parent_id)
            ).all():
                self._positions[(int(pid), parent)] = int(last)
        self._positions_loaded.update(todo)

    def _position(self, program_id: int, parent_id: int | None) -> int:
        created = self.created_programs.get(program_id)
        if created is not None and parent_id is None:
            created[3] += 1
            return int(created[3]) - 1
        slot = (program_id, parent_id)
        if slot not in self._positions and program_id in self._positions_loaded:
            self._positions[slot] = -1
        if slot not in self._positions:
            cond = TASKS_T.c.parent_id.is_(None) if parent_id is None else TASKS_T.c.parent_id == parent_id
            current = self.s.execute(
                select(func.coalesce(func.max(TASKS_T.c.position), -1)).where(TASKS_T.c.program_id == program_id, cond)
            ).scalar_one()
            self._positions[slot] = int(current)
        self._positions[slot] += 1
        return self._positions[slot]

    # ---------------------------------------------------------------------------- progress
    def _progress_chunk(self, state: _SheetState, rows: list[_Row]) -> None:
        ids = [r.values["id"] for r in rows if "id" in r.values]
        existing: dict[int, dict[str, Any]] = {}
        if ids:
            for rec in self._stored_rows(PROGRESS_T, PROGRESS_T.c.id.in_(ids)):
                existing[int(rec["id"])] = rec
        pkeys: dict[int, str] = {}
        if existing:
            pkeys = {
                int(i): str(k)
                for i, k in self.s.execute(
                    select(PROGRAMS_T.c.id, PROGRAMS_T.c.key).where(
                        PROGRAMS_T.c.id.in_({e["program_id"] for e in existing.values()})
                    )
                ).all()
            }
        logged = self._logged_entries([r for r in rows if "id" not in r.values])
        creates: list[dict[str, Any]] = []
        # Percents the new entries log, on a task or on a program: they move it as Log progress does.
        moves: dict[tuple[str, int], tuple[PartialDate, int, float, _Row]] = {}
        fields = _PROGRESS_FIELDS
        for row in rows:
            v = row.values
            eid = v.get("id")
            if eid is not None and self._duplicate(state, row, "id", eid):
                continue
            stored = existing.get(eid) if eid is not None else None
            if eid is not None and stored is None:
                self._err_field(state, row, "id", f"There is no progress entry {eid}; leave Entry ID empty to add one")
                continue
            if stored is not None and stored["deleted_at"] is not None:
                self._err_field(state, row, "id", f"Progress entry {eid} is in the trash; restore it in the app first")
                continue
            out, ok = self._clean(state, row, fields, stored, ("entry_date",))
            if not ok:
                continue
            if stored is not None:
                pid = int(stored["program_id"])
                if "program_key" in v and v["program_key"] != pkeys.get(pid):
                    self._err_field(
                        state,
                        row,
                        "program_key",
                        f"Entry {eid} belongs to program '{pkeys.get(pid)}'; it cannot move by import",
                    )
                    continue
                diffs = {f: n for f, n in out.items() if not same_number(stored.get(f), n)}
                if not diffs:
                    self.count(state, "unchanged")
                    continue
                written = self.update_row(
                    state,
                    row,
                    ("progress", f"P{eid}", str(out.get("title", stored["title"]))),
                    (PROGRESS_T, "progress", int(stored["id"]), f"P{eid}", pid),
                    stored,
                    diffs,
                )
                if written and "entry_date" in diffs:
                    self.touched_progress.add(pid)
                continue
            if "entry_date" not in out or out["entry_date"] is None:
                self._err_field(state, row, "entry_date", "A new progress entry needs a Date")
                continue
            if "title" not in out:
                self._err_field(state, row, "title", "A new progress entry needs a Title")
                continue
            found, pid_new = self._program_id(state, row)
            if not found:
                continue
            task_id: int | None = None
            if "task_key" in v:
                ref = self._task_ref(state, row, "task_key", str(v["program_key"]))
                if ref is False:
                    continue
                task_id = ref if isinstance(ref, int) else None
            same = next(
                (
                    eid
                    for eid, stored_note, stored_pct in logged.get(
                        (pid_new, task_id, out["entry_date"].iso(), out["title"]), ()
                    )
                    if same_number(stored_note, out.get("note"))
                    and same_number(stored_pct, out.get("percent_complete"))
                ),
                None,
            )
            if same is not None:
                # A row added in the file and imported before (it still has no Entry ID): already logged.
                self.seen["Progress"].setdefault(same, row.number)
                self.count(state, "unchanged")
                continue
            if self._case_refused(state, row, pid_new, "program_key"):
                continue
            self.count(state, "created")
            self.change_new(state, row, "progress", f"{v['program_key']} {out['entry_date']}", out["title"])
            pct = out.get("percent_complete")
            target_id = task_id if task_id is not None else pid_new
            if pct is not None and target_id is not None:
                # The newest entry of the file for a task decides (the later row when two share a date).
                target = ("task" if task_id is not None else "program", target_id)
                before = moves.get(target)
                if before is None or (before[0].first_day(), before[1]) <= (out["entry_date"].first_day(), row.number):
                    moves[target] = (out["entry_date"], row.number, pct, row)
            if self._writing and pid_new is not None:
                creates.append(
                    {
                        "program_id": pid_new,
                        "task_id": task_id,
                        "entry_date": out["entry_date"],
                        "title": out["title"],
                        "note": out.get("note"),
                        "percent_complete": out.get("percent_complete"),
                        "author": out.get("author") or self.actor,
                        "recorded_at": self.now,
                        "version": 1,
                    }
                )
        if creates and self._writing:
            new_ids = self._insert_entries(creates)
            self.log.created("progress", PROGRESS_T, new_ids)
            latest: set[int] = set()
            for made, eid in zip(creates, new_ids, strict=True):
                self.seen["Progress"].setdefault(int(eid), 0)  # in the file: not "missing" at the end
                pid = int(made["program_id"])
                created = self.created_programs.get(pid)
                if created is not None:
                    if created[2] is None or created[2] < made["entry_date"]:
                        created[2] = made["entry_date"]
                        latest.add(pid)
                else:
                    self.touched_progress.add(pid)
            # The roll-ups of new programs, as they stand: written now, beside the next chunk's reading,
            # rather than all at the end (finish writes only what changed since).
            self._write_created_rollups(latest)
        if moves:
            self._move_by_progress(state, moves)

    def _move_by_progress(
        self, state: _SheetState, moves: dict[tuple[str, int], tuple[PartialDate, int, float, _Row]]
    ) -> None:
        """A percent on a new progress row moves its task, or its program when that has no tasks, exactly as
        logging the same progress in the app does (rules.percent_after_progress); the roll-up follows."""
        task_ids = [i for kind, i in moves if kind == "task"]
        program_ids = [i for kind, i in moves if kind == "program"]
        rows: list[tuple[Table, str, dict[str, Any], float, _Row]] = []
        for part in chunks(task_ids, 500):
            for t in self.s.execute(
                select(
                    TASKS_T.c.id, TASKS_T.c.key, TASKS_T.c.title, TASKS_T.c.program_id, TASKS_T.c.percent_complete
                ).where(TASKS_T.c.id.in_(part))
            ).mappings():
                _when, _n, pct, row = moves[("task", int(t["id"]))]
                rows.append((TASKS_T, "task", dict(t), pct, row))
        for part in chunks(program_ids, 500):
            with_tasks = set(
                self.s.execute(
                    select(TASKS_T.c.program_id).where(TASKS_T.c.program_id.in_(part), TASKS_T.c.deleted_at.is_(None))
                ).scalars()
            )
            for p in self.s.execute(
                select(PROGRAMS_T.c.id, PROGRAMS_T.c.key, PROGRAMS_T.c.title, PROGRAMS_T.c.percent_complete).where(
                    PROGRAMS_T.c.id.in_(part)
                )
            ).mappings():
                if int(p["id"]) not in with_tasks:
                    _when, _n, pct, row = moves[("program", int(p["id"]))]
                    rows.append((PROGRAMS_T, "program", {**p, "program_id": p["id"]}, pct, row))
        header = state.spec.column("percent_complete").header
        for table, entity, stored, pct, row in rows:
            new = rules.percent_after_progress(stored["percent_complete"], pct)
            if new is None:
                continue
            old = stored["percent_complete"]
            shown = (
                FieldChange(header, self._display("percent_complete", old), self._display("percent_complete", new)),
            )
            self.change(
                RowChange(
                    state.report.sheet, row.number, entity, str(stored["key"]), "update", str(stored["title"]), shown
                )
            )
            if not self._writing:
                continue
            row_id, pid = int(stored["id"]), int(stored["program_id"])
            self.s.execute(
                update(table).where(table.c.id == row_id).values(percent_complete=new, version=table.c.version + 1)
            )
            self.log.record(entity, row_id, str(stored["key"]), pid, "update", "percent_complete", old, new)
            if entity == "task":
                self.touched_rollup.add(pid)
            elif pid in self.created_programs:
                self._logged_percent[pid] = new
                self._rollups_written[pid] = (new, self._rollups_written.get(pid, _NEITHER)[1])

    # ---------------------------------------------------------------------------- indicators
    def indicator_keys(self) -> set[str]:
        if self._indicator_keys is None:
            self._indicator_keys = set(self.s.execute(select(INDICATORS_T.c.key)).scalars())
        return self._indicator_keys

    def _indicators_chunk(self, state: _SheetState, rows: list[_Row]) -> None:
        for row in rows:
            self._indicator_row(state, row)

    def _indicator_row(self, state: _SheetState, row: _Row) -> None:
        v = row.values
        ikey = v.get("indicator_key")
        stored: dict[str, Any] | None = None
        if ikey is not None:
            rec = self.s.execute(select(INDICATORS_T).where(INDICATORS_T.c.key == ikey)).mappings().first()
            stored = dict(rec) if rec is not None else None
            if stored is not None and stored["deleted_at"] is not None:
                self._err_field(state, row, "indicator_key", f"Indicator '{ikey}' is in the trash")
                return
        elif "name" in v and "program_key" in v:
            found, pid = self._program_id(state, row)
            if not found:
                return
            if pid is not None:
                same = (
                    self.s.execute(
                        select(INDICATORS_T)
                        .where(
                            INDICATORS_T.c.program_id == pid,
                            INDICATORS_T.c.name == v["name"],
                            INDICATORS_T.c.deleted_at.is_(None),
                        )
                        .order_by(INDICATORS_T.c.id)
                    )
                    .mappings()
                    .all()
                )
                if len(same) > 1:
                    # Picking one would put the value on an indicator the user may not mean.
                    self._err_field(
                        state,
                        row,
                        "name",
                        f"{len(same)} indicators of program '{v['program_key']}' are named '{v['name']}' "
                        f"({', '.join(str(x['key']) for x in same[:5])}); "
                        "fill in the Indicator key column to say which one",
                    )
                    return
                stored = dict(same[0]) if same else None
                ikey = stored["key"] if stored is not None else None
        ind_id: int | None
        if stored is not None:
            ind_id = int(stored["id"])
            pid = int(stored["program_id"])
            pkey = self.s.execute(select(PROGRAMS_T.c.key).where(PROGRAMS_T.c.id == pid)).scalar()
            if "program_key" in v and v["program_key"] != pkey:
                self._err_field(state, row, "program_key", f"Indicator '{ikey}' belongs to program '{pkey}'")
                return
            self.indicator_ids[str(ikey)] = (ind_id, str(pkey))
            # Name and unit repeat on every row of an indicator: the first row says what they are, and
            # every other row of the same indicator must agree (so a re-import is never a change).
            edit = self.indicator_edits.get(str(ikey))
            if edit is None:
                edit = {"orig": {"name": stored["name"], "unit": stored["unit"]}, "file": {}, "row": {}}
                self.indicator_edits[str(ikey)] = edit
                first_row = True
            else:
                first_row = False
            diffs: dict[str, Any] = {}
            for fld in ("name", "unit"):
                if fld not in v:
                    continue
                if fld in edit["file"]:
                    if not same_number(edit["file"][fld], v[fld]):
                        self._err_field(
                            state,
                            row,
                            fld,
                            f"Indicator '{ikey}' has {fld} '{edit['file'][fld]}' on row {edit['row'][fld]} "
                            f"but '{v[fld]}' here; make every row of one indicator say the same",
                        )
                        return
                    continue
                edit["file"][fld] = v[fld]
                edit["row"][fld] = row.number
                if first_row and not same_number(edit["orig"][fld], v[fld]):
                    diffs[fld] = v[fld]
            stored = {**stored, **edit["orig"]}
            if diffs:
                written = self.update_row(
                    state,
                    row,
                    ("indicator", str(ikey), str(v.get("name", stored["name"]))),
                    (INDICATORS_T, "indicator", ind_id, str(ikey), pid),
                    stored,
                    diffs,
                    updated_at=self.now,
                )
                if written:
                    stored.update(diffs)
        else:
            found, pid_new = self._program_id(state, row)
            if not found:
                return
            pkey = str(v["program_key"])
            if ikey is not None and ikey in self.indicator_ids:
                ind_id = self.indicator_ids[ikey][0]
            else:
                name = v.get("name")
                if not name:
                    self._err_field(state, row, "name", "A new indicator needs its name in the Indicator column")
                    return
                by_name = ("new-indicator", pkey, name)
                if ikey is None and by_name in self.seen["Indicators"]:
                    ikey = str(self.seen["Indicators"][by_name])
                    ind_id = self.indicator_ids[ikey][0]
                else:
                    if self._case_refused(state, row, pid_new, "program_key"):
                        return
                    if ikey is None:
                        ikey = rules.make_key(str(name), self.indicator_keys(), pkey)
                    self.indicator_keys().add(ikey)
                    self.seen["Indicators"][by_name] = ikey  # type: ignore[assignment]
                    self.count(state, "created")
                    self.change_new(state, row, "indicator", ikey, str(name))
                    ind_id = None
                    if self._writing and pid_new is not None:
                        ind_id = int(
                            self.s.execute(
                                insert(INDICATORS_T)
                                .returning(INDICATORS_T.c.id)
                                .values(
                                    key=ikey,
                                    program_id=pid_new,
                                    name=str(name),
                                    unit=v.get("unit"),
                                    direction=Direction.HIGHER.value,
                                    position=self._indicator_position(pid_new),
                                    version=1,
                                    created_at=self.now,
                                    updated_at=self.now,
                                )
                            ).scalar_one()
                        )
                        self.log.record("indicator", ind_id, ikey, pid_new, "create", "name", None, name)
                    self.indicator_ids[ikey] = (ind_id, pkey)
            pid = pid_new if pid_new is not None else 0
        self._indicator_value(state, row, ind_id, str(ikey), pid)

    def _indicator_position(self, program_id: int) -> int:
        return int(
            self.s.execute(
                select(func.count()).select_from(INDICATORS_T).where(INDICATORS_T.c.program_id == program_id)
            ).scalar_one()
        )

    def _indicator_value(self, state: _SheetState, row: _Row, ind_id: int | None, ikey: str, pid: int) -> None:
        v = row.values
        if "period" not in v and "value" not in v:
            return
        if "period" not in v:
            self._err_field(state, row, "period", "A value needs its Period (a year such as 2015, or 2015-03)")
            return
        kind = v.get("kind", ValueKind.ACTUAL)
        period = v["period"]
        if self._duplicate(state, row, "period", (ikey, period, kind)):
            return
        stored: dict[str, Any] | None = None
        if ind_id is not None:
            rec = (
                self.s.execute(
                    select(VALUES_T).where(
                        VALUES_T.c.indicator_id == ind_id,
                        VALUES_T.c.kind == kind.value,
                        VALUES_T.c.period.in_({period.iso(), *self._period_variants(state, row, period)}),
                    )
                )
                .mappings()
                .first()
            )
            stored = dict(rec) if rec is not None else None
        label = f"{ikey} {period} {kind.value}"
        if stored is None:
            if "value" not in v:
                self._err_field(state, row, "value", "A new indicator value needs a Value")
                return
            if self._case_refused(state, row, pid or None, "value"):
                return
            self.count(state, "created")
            self.change_new(state, row, "indicator value", label, f"{float(v['value']):,.10g}")
            if self._writing and ind_id is not None:
                vid = self.s.execute(
                    insert(VALUES_T)
                    .returning(VALUES_T.c.id)
                    .values(
                        indicator_id=ind_id,
                        period=period,
                        value=float(v["value"]),
                        kind=kind.value,
                        note=v.get("note"),
                        version=1,
                        created_at=self.now,
                        updated_at=self.now,
                    )
                ).scalar_one()
                self.log.record(
                    "indicator_value",
                    int(vid),
                    f"{ikey}@{period}/{kind.value}",
                    pid,
                    "create",
                    "value",
                    None,
                    float(v["value"]),
                )
            return
        diffs: dict[str, Any] = {f: v[f] for f in ("value", "note") if f in v and not same_number(stored.get(f), v[f])}
        if not diffs:
            self.count(state, "unchanged")
            return
        self.update_row(
            state,
            row,
            ("indicator value", label, ikey),
            (VALUES_T, "indicator_value", int(stored["id"]), f"{ikey}@{stored['period']}/{kind.value}", pid),
            stored,
            diffs,
            updated_at=self.now,
        )

    def _period_variants(self, state: _SheetState, row: _Row, period: PartialDate) -> set[str]:
        # A month or year written as a date cell on the 1st: look for the month and the year too.
        if period.day == 1 and self._from_date_cell(state, row, "period"):
            out = {PartialDate(period.year, period.month).iso()}
            if period.month == 1:
                out.add(PartialDate(period.year).iso())
            return out
        return set()

    # ---------------------------------------------------------------------------- the end
    def finish(self, reports: list[SheetReport]) -> None:
        self._report_missing(reports)
        if not self._writing:
            return
        self.log.flush()
        self._refresh_rollups()
        self._refresh_last_progress()

    def _report_missing(self, reports: list[SheetReport]) -> None:
        """Stored rows of the programs in the file that a sheet of ours left out: listed, never deleted."""
        by_name = {r.reads_as: i for i, r in enumerate(reports)}
        # Programs this import created have only the rows the file gave them: nothing can be missing.
        program_ids = [i for i in self.program_ids.values() if i is not None and i not in self.created_programs]
        checks = (
            ("Tasks", TASKS_T, TASKS_T.c.key, lambda k: k),
            ("Progress", PROGRESS_T, PROGRESS_T.c.id, lambda k: f"P{k}"),
        )
        for sheet, table, col, show in checks:
            if sheet not in by_name or not program_ids:
                continue
            seen = self.seen[sheet]
            missing: list[str] = []
            count = 0
            for part in chunks(program_ids, 500):
                for k in self.s.execute(
                    select(col).where(table.c.program_id.in_(part), table.c.deleted_at.is_(None))
                ).scalars():
                    if k not in seen:
                        count += 1
                        if len(missing) < MAX_LISTED_MISSING:
                            missing.append(str(show(k)))
            if count:
                i = by_name[sheet]
                reports[i] = replace(reports[i], missing=count, missing_keys=tuple(missing))
                self.totals["missing"] += count

    def _refresh_rollups(self) -> None:
        self._write_created_rollups(sorted(self._rollups_dirty))
        refresh_rollups(self.s, self.touched_rollup, self.log.record)

    def _write_created_rollups(self, program_ids: Iterable[int]) -> None:
        """Set percent complete and last progress of these new programs where they differ from what was
        written before (a new program starts with neither)."""
        updates = []
        written = self._rollups_written
        dirty = self._rollups_dirty
        unit_tasks = self.touched_rollup
        for pid in program_ids:
            dirty.discard(pid)
            weight, total, last, top_tasks = self.created_programs[pid]
            if pid in unit_tasks:
                percent = None  # worked out by refresh_rollups, from the written tree
            elif top_tasks:
                percent = round(total / weight, 1) if weight else None
            else:
                percent = self._logged_percent.get(pid)  # no tasks: the percent its progress logged
            before = written.get(pid, _NEITHER)
            if before[0] == percent and before[1] is last:  # a later date is always another object
                continue
            written[pid] = (percent, last)
            updates.append({"id": pid, "percent_complete": percent, "last_progress_on": last})
        update_rows(self.s, PROGRAMS_T, updates)

    def _refresh_last_progress(self) -> None:
        refresh_last_progress(self.s, self.touched_progress)


_FIELD_COLUMN = {"place_id": "place", "lead_organization_id": "lead_organization"}


def _has_key_column(match: layout.HeaderMatch) -> bool:
    return any(match.spec.column(f).kind is layout.Kind.KEY for f in match.columns)


def _unmatched_message(file: str, u: UnmatchedSheet) -> str:
    """Why a sheet could not be read, and what it needs; when nothing says what its rows are, what else it could be."""
    columns = ", ".join(u.missing)
    if u.header_row == 0:
        text = f"{file}: sheet '{u.sheet}': no header row found; could not match the required column(s) {columns}"
    else:
        found = ", ".join(repr(h) for h in u.headers if h) or "none"
        text = (
            f"{file}: sheet '{u.sheet}' (header row {u.header_row}): "
            f"could not match the required column(s) {columns}; found {found}"
        )
    if u.reads_as is None and layout.spec_for_sheet_name(u.sheet) is None:
        key = layout.TASKS.column("program_key")
        text += (
            f". That is what a list of programs needs; to import tasks, progress or indicators instead, name the "
            f"sheet Tasks, Progress or Indicators and add a {key.header} "
            f"({' / '.join(_alias_examples(key))}) column"
        )
    return text


def _alias_examples(col: layout.Column) -> list[str]:
    korean = next((a for a in col.aliases if any("\uac00" <= ch <= "\ud7a3" for ch in a)), None)
    chinese = next((a for a in col.aliases if any("\u4e00" <= ch <= "\u9fff" for ch in a)), None)
    return [x for x in (col.header, korean, chinese) if x]


def _in_sheet_order(errors: list[ImportIssue]) -> tuple[ImportIssue, ...]:
    """Errors as the user reads the file: sheet by sheet, row by row, left to right. (They are found in
    another order: a block of rows has all its cells read before the checks of each row, such as an
    unknown program.)"""
    sheets: dict[str, int] = {}
    for e in errors:
        sheets.setdefault(e.sheet, len(sheets))
    return tuple(
        sorted(
            errors,
            key=lambda e: (
                sheets[e.sheet],
                e.row or 0,
                e.column_index is None,  # a cell's error before one about its whole row
                e.column_index or 0,
            ),
        )
    )


def _chain(first: Iterator[list[Any]], rest: Iterator[list[Any]]) -> Iterator[list[Any]]:
    yield from first
    yield from rest


# Offices write 上海 for 上海市 and 서울 or 서울시 for 서울특별시.
_PLACE_SUFFIXES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("특별시", ("", "시")),
    ("광역시", ("", "시")),
    ("特别市", ("", "市")),
    ("市", ("",)),
    ("省", ("",)),
    ("区", ("",)),
    ("县", ("",)),
)


def _short_place_names(local: str) -> list[str]:
    """The everyday short forms of a local place name: its administrative suffix left off."""
    for suffix, endings in _PLACE_SUFFIXES:
        if local.endswith(suffix) and len(local) - len(suffix) >= 2:
            stem = local[: -len(suffix)]
            return [stem + e for e in endings]
    return []
