"""Reading a sheet's cells: one reader per matched column, the fields each sheet kind reads, and how a row
and its values are held while they are planned."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import repeat
from typing import Any

from app.domain import rules
from app.domain.budget import unit_said
from app.domain.dates import PartialDate
from app.domain.enums import (
    Sector,
    Status,
    ValueKind,
    sector_message,
    status_message,
    status_sentence,
    value_kind_message,
)
from app.domain.errors import ValidationError
from app.domain.messages import Message, message
from app.excel import cells, layout
from app.services.importing.results import (
    MAX_LISTED_SKIPPED,
    ColumnMapping,
    FieldChange,
    NewPlace,
    SheetReport,
    SkippedRow,
)
from app.store.history import render

# ------------------------------------------------------------------------------------ cell parsing
# What a column of these kinds accepts, added to a bad cell's problem.
_ACCEPTS = {
    layout.Kind.DATE: message("accepts.date"),
    layout.Kind.PERCENT: message("accepts.percent"),
    layout.Kind.NUMBER: message("accepts.number"),
}

# Problems whose sentence already says what to write instead.
_SAYS_WHAT_TO_WRITE = frozenset({"date.ambiguous", "date.unreadable"})


def column_name(col: layout.Column, index: int, headers: Sequence[str]) -> str:
    """A column as the user knows it: the header the sheet gives it and its letter, "진행상태 (D)"; by the
    app's name when the sheet's header cell is empty."""
    written = headers[index].strip() if index < len(headers) else ""
    return f"{written or col.header} ({layout.column_letter(index)})"


def cell_problem(col: layout.Column, exc: ValidationError) -> Message | str:
    """A bad cell's problem, with what its column accepts unless the problem already says what to write."""
    problem: Message | str = exc.message or str(exc)  # text alone: an error not yet given a code
    accepts = _ACCEPTS.get(col.kind)
    if accepts is None or (isinstance(problem, Message) and problem.code in _SAYS_WHAT_TO_WRITE):
        return problem
    return message("cell.invalid", problem=problem, accepts=accepts)


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
        raise ValidationError(message("cell.text_too_long", length=len(text), limit=_LONGEST_TEXT))
    return text


# A status or sector as stored (its value), looked up: Enum.value is a property, slow for every row.
STORED: dict[Status | Sector, str] = {member: member.value for member in (*Status, *Sector)}

PLANNED = Status.PLANNED.value


@lru_cache(maxsize=1024)
def _status(text: str) -> Status:
    return Status.parse(text)


def _office_status(value: Any) -> Any:
    """A status cell of an office's program sheet: a sentence (status_sentence) sets no status; the program's
    note keeps it (ProgramsPlanner._office_lines)."""
    text = cells.as_text(value)
    return ABSENT if status_sentence(text) else _status(text)


def parser(col: layout.Column, office: bool = False) -> Callable[[Any], Any]:
    """The function that reads one column's cells, chosen once per sheet (``office``: of an office's own sheet
    of programs)."""
    kind = col.kind
    if kind is layout.Kind.KEY:
        if col.field == "program_key":
            return _program_ref
        return lambda v: rules.check_key(cells.as_text(v), col.header)
    if kind is layout.Kind.NUMBER:
        return lambda v: cells.number_from_cell(v, col.label)
    if kind is layout.Kind.STATUS:
        return _office_status if office else lambda v: _status(cells.as_text(v))
    if kind is layout.Kind.DATE and col.field in _PERIOD_ENDS:
        # A start or end cell may hold the whole period (사업기간 2024.1.~2024.12.); an open end says nothing.
        end = _PERIOD_ENDS[col.field]
        return lambda v: ABSENT if (d := end(v)) is None else d
    return {
        layout.Kind.ID: cells.id_from_cell,
        layout.Kind.DATE: cells.date_from_cell,
        layout.Kind.PERCENT: cells.percent_from_cell,
        layout.Kind.SECTOR: cells.sector_from_cell,
        layout.Kind.VALUE_KIND: cells.value_kind_from_cell,
        layout.Kind.DIRECTION: cells.direction_from_cell,
        layout.Kind.THEMES: cells.themes_from_cell,
        layout.Kind.STAMP: layout.parse_exported_at,  # None when not ours: the row carries no stamp
    }.get(kind, _text)


_PERIOD_ENDS: dict[str, Callable[[Any], PartialDate | None]] = {
    "start_date": cells.period_start_from_cell,
    "end_date": cells.period_end_from_cell,
}


class NotAKey(str):
    """A Program key cell whose text cannot be a key: most likely the program's title (see _program_titles)."""

    __slots__ = ()


def _program_ref(value: Any) -> str:
    text = cells.as_text(value)
    try:
        return rules.check_key(text)
    except ValidationError:
        return NotAKey(text.strip())


def no_program_message(text: str) -> Message:
    return message("import.no_program_titled", text=text, example=rules.make_key(text))


# The fields of a task and of a progress entry an import may set, in the order changes are listed.
TASK_FIELDS = ("title", "owner", "status", "start_date", "due_date", "percent_complete", "weight", "description")

PROGRESS_FIELDS = ("entry_date", "title", "note", "percent_complete", "author")

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
    "Tasks": ("program_key", "key", "parent_key", *TASK_FIELDS),
    "Progress": ("id", "program_key", "task_key", *PROGRESS_FIELDS),
    "Indicators": ("program_key", "indicator_key", "name", "unit", "period", "value", "kind", "note"),
}

# Columns whose cells repeat a few values down a sheet (statuses, dates, percents): each distinct text,
# number or date is read once per sheet, up to _MEMO_SIZE of them. Their readers depend on the cell's value
# alone. (Key columns need no memory: a whole column of keys is checked at once, see ColumnReader.)
REPEATING = frozenset(
    {
        layout.Kind.STATUS,
        layout.Kind.SECTOR,
        layout.Kind.THEMES,
        layout.Kind.VALUE_KIND,
        layout.Kind.DIRECTION,
        layout.Kind.DATE,
        layout.Kind.PERCENT,
        layout.Kind.NUMBER,
        layout.Kind.STAMP,
    }
)

_MEMO_SIZE = 20_000


class Row:
    __slots__ = ("cells", "number", "stamp", "values")

    def __init__(self, number: int, cells: list[Any]) -> None:
        self.number = number  # 1-based sheet row
        self.cells = cells  # the row as read, for messages
        self.values: dict[str, Any] = {}
        # When the row was exported (its Exported (UTC) cell), or None: kept apart from the values, which
        # are the row's fields.
        self.stamp: dt.datetime | None = None


ABSENT = object()  # an empty cell, or one with an error: the row's values leave its field out

# Cells whose reading may be remembered by value: a bool or an int would find a float's entry (True == 1.0).
_REMEMBERED = frozenset({str, float, dt.date, dt.datetime, type(None)})


class ColumnReader:
    """Reads one column's cells of a block of rows: the parsed values, or ABSENT where a cell is empty or bad."""

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

    def read(
        self, cells_: list[Any], position: int, problems: list[tuple[int, int, Any, Any, Message | str]]
    ) -> list[Any]:
        kinds = set(map(type, cells_))
        if self.seen is not None and kinds <= _REMEMBERED:
            out = list(map(self.seen.get, cells_, repeat(ABSENT)))  # ABSENT is never remembered
            for j in [j for j, v in enumerate(out) if v is ABSENT]:  # empty, or not met before
                out[j] = self._cell(cells_[j], j, position, problems)
            return out
        if kinds == {str} and not any(map(str.strip, cells_)):
            return [ABSENT] * len(cells_)  # an empty column (calamine gives "" for an empty cell)
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
                return [text or ABSENT for text in stripped] if "" in stripped else stripped
        return [self._cell(value, j, position, problems) for j, value in enumerate(cells_)]

    def _cell(self, value: Any, j: int, position: int, problems: list[tuple[int, int, Any, Any, Message | str]]) -> Any:
        """One cell read on its own, as the sheet gives it."""
        if value is None or (value.__class__ is str and not value.strip()):
            return ABSENT
        if value.__class__ is str and self.parse is not _text and not self.is_key and cells.is_dash(value):
            return ABSENT  # "-" in a number, percent or date cell: an office's way to write nothing
        try:
            parsed = self.parse(value)
        except ValidationError as exc:
            problems.append((j, position, self, value, cell_problem(self.column, exc)))
            return ABSENT
        seen = self.seen
        if seen is not None and value.__class__ in _REMEMBERED and len(seen) < _MEMO_SIZE and parsed is not ABSENT:
            seen[value] = parsed
        return parsed


@dataclass
class BudgetReading:
    """How an office sheet's budget columns were read, gathered as its rows are (services/importing/budget.py)."""

    names: list[str] = field(default_factory=list)  # the indicators' names: 예산, 预算, Budget
    units: list[str] = field(default_factory=list)  # "KRW million"
    rate_fractions: bool | None = None  # the execution rate column's numbers: fractions (0.6) or percents (60)


@dataclass
class SheetState:
    report: SheetReport
    spec: layout.SheetSpec
    match: layout.HeaderMatch
    counts: dict[str, int] = field(
        default_factory=lambda: {
            "created": 0,
            "updated": 0,
            "unchanged": 0,
            "errors": 0,
            "rows": 0,
            "skipped": 0,
            "unstamped": 0,
            "status_sentences": 0,  # status cells of an office's sheet kept in the note (ProgramsPlanner)
        }
    )
    skipped: list[SkippedRow] = field(default_factory=list)
    new_organizations: list[str] = field(default_factory=list)
    new_places: list[NewPlace] = field(default_factory=list)  # 창동 (neighbourhood in Dobong-gu)
    above: list[list[Any]] = field(default_factory=list)  # the title rows above the header
    context_places: list[int] | None = None  # places the title rows and the rows so far name, first first
    title_places: int = 0  # how many of context_places the title rows name (the first ones)
    title_names_unknown: bool = False  # the title rows name a district the app does not know (마포구)
    # An office's own sheet (not one we exported): its percents are logged as progress, dated as of this day.
    office: bool = False
    as_of: PartialDate | None = None
    percent_fractions: bool | None = None  # how the percent column's plain numbers read (rows.numbers_are_fractions)
    budget: BudgetReading = field(default_factory=BudgetReading)
    # How the columns no field claims are read (matching.read_columns): the person in charge, the budget.
    contacts: tuple[tuple[int, str], ...] = ()
    sub_place: int | None = None  # a second place column: the place inside the row's place (행정동 under 자치구)
    money: dict[str, tuple[int, Any]] = field(default_factory=dict)  # field -> (index, the header's Money)
    skip_rows: frozenset[int] = frozenset()  # rows the user skipped
    include_rows: frozenset[int] = frozenset()  # rows the user reads although they look like no record
    place_choices: ColumnMapping | None = None  # where the user puts places the app does not know
    unknown_places: list[str] = field(default_factory=list)  # names no place has, nor could be made
    places_as: dict[str, str] = field(default_factory=dict)  # name -> key of the place the user read it as
    # An office sheet's rows counted unchanged whose percent may yet move their program (progress.py), and the
    # sheet whose rows a sheet of logged percents holds (its rows are counted there).
    unchanged_rows: set[int] = field(default_factory=set)
    stated_money: Any = None  # the unit its title or note rows state for amounts (budget.money_stated)
    parent: SheetState | None = None
    # (field, type, value) -> how a new row's value of that field is listed (created_fields); None: not at all.
    shown_new: dict[tuple[str, type, Any], FieldChange | None] = field(default_factory=dict)

    def dated(self, today: dt.date) -> PartialDate:
        """The day an office sheet's percents and amounts are dated: its reference date (기준일), else ``today``."""
        return self.as_of or PartialDate.of_date(today)

    def title_text(self) -> str:
        """What an office sheet's rows above its header say (its title, its date and unit lines), as one text."""
        return " ".join(str(v) for r in self.above for v in r if isinstance(v, str))

    def heading(self, fld: str) -> str:
        """The header the sheet gives a field's column (사업명, 项目名称 or Title), as the preview names it."""
        index = self.match.columns.get(fld)
        written = self.match.headers[index].strip() if index is not None and index < len(self.match.headers) else ""
        return written or self.spec.column(fld).header

    def heading_said(self, fld: str) -> Message | None:
        """The app's name for a field's column, to be said in the reader's language, when the sheet gives it no
        header (``heading`` is then that name in English); the header and which part of it the field is, when
        one column gives two fields (사업기간 (시작일), 사업기간 (종료일))."""
        index = self.match.columns.get(fld)
        written = self.match.headers[index].strip() if index is not None and index < len(self.match.headers) else ""
        if not written:
            return self.spec.column(fld).label
        if index is not None and list(self.match.columns.values()).count(index) > 1:
            return message("import.column_part", header=written, part=self.spec.column(fld).label)
        return None

    def skip(self, number: int, reason: str, raw: Any) -> None:
        """A row that is not a record: counted, and listed up to MAX_LISTED_SKIPPED."""
        self.counts["skipped"] += 1
        if len(self.skipped) < MAX_LISTED_SKIPPED:
            text = " | ".join(cells.as_text(v) for v in raw if not cells.blank(v))
            self.skipped.append(SkippedRow(number, reason, text[:80]))


CHECKS: dict[str, Callable[[Any], Any]] = {"title": rules.check_title, "weight": rules.check_weight}

FIELD_COLUMN = {"place_id": "place", "lead_organization_id": "lead_organization"}

# Fields a created row's listing leaves out: they identify the row and are already in its line.
_IDENTIFYING = frozenset({"key", "id", "program_key", "indicator_key", "title", "name"})


def said(fld: str, value: Any) -> Message | None:
    """A status's, a sector's or an indicator value's kind's name as a message, for the preview to say in the
    reader's language."""
    if value is None:
        return None
    if isinstance(value, ValueKind) or fld == "kind":
        return value_kind_message(ValueKind(value))
    if isinstance(value, Status) or (fld == "status" and not isinstance(value, Sector)):
        return status_message(Status(value))
    if isinstance(value, Sector) or fld == "sector":
        return sector_message(Sector(value))
    if fld == "unit" and isinstance(value, str):  # an amount's unit in the reader's words (KRW million: 백만원)
        unit = unit_said(value)
        return unit if isinstance(unit, Message) else None
    return None


def created_fields(state: SheetState, row: Row) -> tuple[FieldChange, ...]:
    """What a new row brings, cell by cell, as the preview lists it: (column, nothing, new value)."""
    out = []
    shown = state.shown_new
    for fld, value in row.values.items():
        if fld in _IDENTIFYING or value is None or value == () or fld not in state.spec.fields:
            continue
        # Rows repeat their places, statuses and dates: each distinct value of a column is worked out once.
        # (Only values that read the same whenever they are equal: not 0.0 and -0.0, nor Decimal 1.0 and 1.00.)
        if value.__class__ in _SHOWN_ALIKE_WHEN_EQUAL:
            change = shown.get((fld, value.__class__, value), _UNSEEN)
            if change is _UNSEEN:
                change = shown[fld, value.__class__, value] = _new_field(state, fld, value)
        else:
            change = _new_field(state, fld, value)
        if change is not None:
            out.append(change)
    return tuple(out)


_UNSEEN: Any = object()
_SHOWN_ALIKE_WHEN_EQUAL = frozenset({str, PartialDate, Status, Sector, ValueKind})


def _new_field(state: SheetState, fld: str, value: Any) -> FieldChange | None:
    col = state.spec.column(fld)
    text = f"{float(value):g}%" if col.kind is layout.Kind.PERCENT else as_shown(value)
    if not text:
        return None
    return FieldChange(state.heading(fld), None, text, new_said=said(fld, value), column_said=state.heading_said(fld))


def as_shown(value: Any) -> str | None:
    if isinstance(value, Status | Sector):
        return value.label
    if isinstance(value, tuple):
        return ", ".join(value) or None
    return render(value)
