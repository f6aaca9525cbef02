"""What an import reports: its problems placed exactly, the changes it lists, and the outcome of each sheet."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from app.domain.budget import units_said
from app.domain.enums import PlaceLevel
from app.domain.errors import CivicError
from app.domain.messages import Message, counted, message
from app.domain.names import first_name
from app.domain.places import level_message
from app.excel.layout import SPECS_BY_NAME
from app.excel.reader import WorkbookError

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]

MAX_LISTED_CHANGES = 5000

MAX_LISTED_ERRORS = 1000

MAX_LISTED_NOTICES = 1000

MAX_LISTED_MISSING = 200


class ImportCancelledError(CivicError):
    """The user cancelled the import; nothing was written."""


class UnmatchedColumnsError(WorkbookError):
    """No sheet's columns could be matched; ``unmatched`` says what each sheet has, for a mapping dialog."""

    def __init__(self, reason: str | Message, unmatched: tuple[UnmatchedSheet, ...]) -> None:
        super().__init__(reason)
        self.unmatched = unmatched


# ------------------------------------------------------------------------------------------ results
@dataclass(frozen=True)
class ImportIssue:
    """One problem, placed exactly: file, sheet, row, column and value, and what would be accepted. A notice (a
    cell not imported, the rest of the file is) is placed the same way."""

    file: str
    sheet: str
    row: int | None  # 1-based, as the spreadsheet shows it
    column: str | None  # "Status (F)"
    value: str | None
    message: str  # in English
    column_index: int | None = None  # 0-based, for highlighting
    detail: Message | None = None  # the message as a code and parameters, for other languages

    def placed(self) -> Message:
        """The problem with where it is: file, sheet, and the row and column when there are."""
        problem = self.detail or self.message
        if self.row is not None and self.column:
            return message(
                "issue.in_cell", file=self.file, sheet=self.sheet, row=self.row, column=self.column, problem=problem
            )
        if self.row is not None:
            return message("issue.in_row", file=self.file, sheet=self.sheet, row=self.row, problem=problem)
        if self.column:
            return message("issue.in_column", file=self.file, sheet=self.sheet, column=self.column, problem=problem)
        return message("issue.in_sheet", file=self.file, sheet=self.sheet, problem=problem)

    def __str__(self) -> str:
        return self.placed().render()


@dataclass(frozen=True)
class FieldChange:
    column: str  # the header the sheet gives the column
    old: str | None
    new: str | None
    # The values as messages where they are words of the app's (a status, a sector), said in the reader's language.
    old_said: Message | None = None
    new_said: Message | None = None
    # The column's name as a message when the sheet has no header of its own for it (a progress entry's date or
    # an indicator's period taken from the sheet's "as of" line): said in the reader's language, not English.
    column_said: Message | None = None

    def named(self) -> Message | str:
        """The column as the reader is told it: the sheet's own header, else the app's name for it."""
        return self.column_said or self.column

    def said(self) -> tuple[Message | str | None, Message | str | None]:
        """The old and new values as the reader is told them: the app's words as messages, the rest as written."""
        return (self.old_said or self.old, self.new_said or self.new)


@dataclass(frozen=True)
class NewPlace:
    """A place an office's sheet adds to the office's, at ``level`` in the place named ``parent`` (``parent_local``
    its local name)."""

    name: str
    level: PlaceLevel
    parent: str
    parent_local: str | None = None
    parent_key: str | None = None  # None when the place it goes in is new too (a 동 of a new 구)
    chosen: bool = False  # the user chose the place it goes in (ColumnMapping.places)

    def said(self, language: str) -> Message:
        """창동 (neighbourhood in Dobong-gu) for an English reader, 창동 (도봉구의 동) for a Korean one."""
        parent = first_name(self.parent, self.parent_local, language)
        return message("import.new_place", name=self.name, level=level_message(self.level), parent=parent)


@dataclass(frozen=True)
class RowChange:
    sheet: str
    row: int
    entity: str  # program, task, progress, indicator, indicator value
    key: str
    action: str  # create or update
    label: str
    changes: tuple[FieldChange, ...] = ()
    # The key in the reader's words where it holds words of the app's (an indicator value's kind: 실적, 계획);
    # ``key`` stays as it is for --json.
    key_said: Message | None = None

    def named_key(self) -> Message | str:
        return self.key_said or self.key


@dataclass(frozen=True)
class SkippedRow:
    """A row of an office's sheet that is not a record (a totals row, a footnote, a repeated header), and why."""

    row: int  # 1-based, as the spreadsheet shows it
    reason: str  # rows.TOTAL, NOTE, SECTION, HEADER or BLANK; CHOSEN when the user skipped it
    text: str  # what the row says, shortened

    def reason_message(self) -> Message:
        reasons = {
            "total": message("import.skipped_total"),
            "note": message("import.skipped_note"),
            "section": message("import.skipped_section"),
            "header": message("import.skipped_header"),
            "blank": message("import.skipped_blank"),
            "chosen": message("import.skipped_chosen"),
        }
        return reasons[self.reason]


MAX_LISTED_SKIPPED = 500


@dataclass(frozen=True)
class BudgetRead:
    """How an office sheet's budget columns were read: as each program's indicator of this name, its budget a
    plan value and what was spent an actual value, in this unit, dated as of this day."""

    columns: tuple[str, ...]  # the headers read: 예산(백만원), 집행액, 집행률(%)
    indicator: str  # 예산
    unit: str | None  # KRW million; None when nothing says the currency
    as_of: str  # 2024-03-31
    rate: str | None = None  # RATE_CHECKED, RATE_GIVES_SPENT or RATE_GIVES_BUDGET, with a rate column
    rate_fractions: bool | None = None  # the rate column's numbers: fractions (0.6) or percents (60)

    def reading(self) -> Message:
        """The reading in a sentence, as the preview shows it."""
        unit: Message | str = message("import.budget_no_currency")
        if self.unit:
            unit = units_said(self.unit.split(", "))
        said = message(
            "import.budget_read",
            columns=", ".join(self.columns),
            indicator=self.indicator,
            unit=unit,
            as_of=self.as_of,
        )
        if self.rate is None:
            return said
        rule = message("import.budget_rate_fractions") if self.rate_fractions else message("import.budget_rate_whole")
        if self.rate == RATE_CHECKED:
            return message("import.budget_rate_checked", reading=said, rule=rule)
        if self.rate == RATE_GIVES_SPENT:
            return message("import.budget_rate_gives_spent", reading=said, rule=rule)
        return message("import.budget_rate_gives_budget", reading=said, rule=rule)


RATE_CHECKED = "checked"
RATE_GIVES_SPENT = "gives_spent"
RATE_GIVES_BUDGET = "gives_budget"


# What a column is read as besides a field of its sheet (ColumnRead.reading): the person in charge (kept in the
# program's note) and the rows' numbers; the budget columns are read as layout.BUDGET_COLUMNS' fields.
CONTACT = "contact"
# A column kept as a line of each program's note, as written (진행상황 of sentences, not status words).
NOTE_LINE = "note_line"
ROW_NUMBER = "row_number"
PERIOD = "period"  # one column giving a program's start and end (사업기간 2024.1.~2024.12.)
SUB_PLACE = "sub_place"  # a second place column: the place inside the row's place (행정동 under 자치구)


@dataclass(frozen=True)
class ColumnRead:
    """How one column of a sheet was read: as a field of its sheet, as CONTACT, ROW_NUMBER, SUB_PLACE or a budget
    column's field, or (``reading`` None) not at all."""

    index: int  # 0-based
    header: str  # as the sheet gives it ("사업기간 / 시작일" under a two-row header)
    reading: str | None


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
    row_numbers: str | None = None  # the header of the column read as row numbers (연번, 序号, No.)
    skipped: tuple[SkippedRow, ...] = ()  # the first MAX_LISTED_SKIPPED rows that are not records
    skipped_count: int = 0
    new_organizations: tuple[str, ...] = ()  # departments the import makes organizations of the office
    percent_fractions: bool | None = None  # the percent column's numbers: fractions (0.6) or percents (60)
    new_places: tuple[NewPlace, ...] = ()  # places the import adds to the office's, each with where it goes
    budget: BudgetRead | None = None  # how the budget columns were read, when the sheet has them
    # Rows changing stored rows with no export stamp to tell the user's edits from colleagues' later changes
    # (no Exported (UTC) cell, and no Summary sheet): a sheet made by hand, taken as written.
    unstamped: int = 0
    readings: tuple[ColumnRead, ...] = ()  # every column with a header, in the sheet's order
    office: bool = False  # an office's own sheet (not one the app exported)
    included: tuple[int, ...] = ()  # rows the user chose to read although they look like no record
    # Place names the app does not know and the sheet does not say where to put (Mapo, 강남), for the user to
    # place; and names read as an existing place by the user's choice (name, the place's key).
    unknown_places: tuple[str, ...] = ()
    places_as: tuple[tuple[str, str], ...] = ()
    # The day an office sheet's percents and amounts are dated: its reference date (기준일), else the import's.
    as_of: str | None = None
    as_of_stated: bool = False
    # Rows of an office's sheet whose status cell is a sentence, not a status word: kept in the note.
    status_sentences: int = 0

    def as_of_note(self) -> Message | None:
        """What the preview says of the day the sheet's percents and amounts are dated, when it logs any."""
        if self.as_of is None:
            return None
        if self.as_of_stated:
            return message("import.as_of_stated", date=self.as_of)
        return message("import.as_of_today", date=self.as_of)

    def sentence_note(self) -> Message | None:
        """What the preview says of the status cells it kept in the programs' notes, if any."""
        if not self.status_sentences:
            return None
        column = next((c.header for c in self.readings if c.reading == "status"), "")
        n = self.status_sentences
        return counted(
            n,
            message("import.status_sentences_one", count=n, column=column),
            message("import.status_sentences", count=n, column=column),
        )

    def reads_as_name(self) -> Message:
        """The kind of sheet it was read as, named in the reader's language (사업, 项目, Programs)."""
        return SPECS_BY_NAME[self.reads_as].label

    def stamp_note(self) -> Message | None:
        """What the preview says of the sheet's changed rows that carry no export stamp, if any."""
        if not self.unstamped:
            return None
        n = self.unstamped
        return counted(n, message("import.unstamped_one", count=n), message("import.unstamped", count=n))


@dataclass(frozen=True)
class UnmatchedSheet:
    """A sheet whose columns could not be matched: what it has and which required columns are missing."""

    sheet: str
    header_row: int  # 1-based; 0 when no header row was found
    headers: tuple[str, ...]
    missing: tuple[str, ...]  # e.g. "Title (Title / 사업명 / 项目名称)"
    reads_as: str | None


@dataclass(frozen=True)
class PlaceChoice:
    """Where a place a sheet names goes, as the user chose: a new place of the office inside ``parent``, or the
    existing place ``same_as`` (both keys of places). The name as the sheet writes it."""

    name: str
    parent: str | None = None
    same_as: str | None = None


@dataclass(frozen=True)
class ColumnMapping:
    """How a sheet is read, as the user corrected it: the one kind of override the import preview, the command
    line and saved mappings share. ``columns``: field (or CONTACT, ROW_NUMBER, a budget field) -> the header
    as the sheet writes it; ``ignored``: headers read as nothing; the rows to skip and to read although they
    look like no record (1-based, as the sheet shows them). Columns it does not name are read as found."""

    reads_as: str  # layout sheet name: Programs, Tasks, Progress or Indicators ("" for rows alone)
    columns: dict[str, str]
    sheet: str | None = None  # only this sheet; None: every sheet whose header row has these headers
    ignored: tuple[str, ...] = ()
    skip_rows: tuple[int, ...] = ()
    include_rows: tuple[int, ...] = ()
    places: tuple[PlaceChoice, ...] = ()  # where the places the app does not know go

    @classmethod
    def of_sheet(cls, report: SheetReport) -> ColumnMapping:
        """The reading a sheet's preview shows, column by column, as an override of that sheet."""
        columns = {c.reading: c.header for c in report.readings if c.reading is not None}
        ignored = tuple(c.header for c in report.readings if c.reading is None)
        places = tuple(PlaceChoice(n.name, parent=n.parent_key) for n in report.new_places if n.chosen) + tuple(
            PlaceChoice(name, same_as=key) for name, key in report.places_as
        )
        return cls(report.reads_as, columns, report.sheet, ignored, places=places)

    def reading(self, header: str, reading: str | None) -> ColumnMapping:
        """With the column ``header`` read as ``reading`` (None: not read). A column that was read as it before
        is then read as nothing: one column per field."""
        columns = {f: h for f, h in self.columns.items() if h != header and f != reading}
        taken = [h for f, h in self.columns.items() if f == reading and h != header]
        ignored = [h for h in self.ignored if h != header] + taken
        if reading is None:
            ignored.append(header)
        else:
            columns[reading] = header
        return replace(self, columns=columns, ignored=tuple(dict.fromkeys(ignored)))

    def row(self, number: int, *, skipped: bool) -> ColumnMapping:
        """With row ``number`` skipped, or read although it looks like no record (a totals row, a note)."""
        skip = [n for n in self.skip_rows if n != number]
        include = [n for n in self.include_rows if n != number]
        (skip if skipped else include).append(number)
        return replace(self, skip_rows=tuple(sorted(skip)), include_rows=tuple(sorted(include)))

    def row_back(self, number: int) -> ColumnMapping:
        """With row ``number`` read as the import finds it again (neither skipped nor included by choice)."""
        return replace(
            self,
            skip_rows=tuple(n for n in self.skip_rows if n != number),
            include_rows=tuple(n for n in self.include_rows if n != number),
        )

    def place(self, name: str, *, parent: str | None = None, same_as: str | None = None) -> ColumnMapping:
        """With the place ``name`` made a new place inside ``parent``, or read as the existing place ``same_as``;
        with neither, placed as the import finds it again."""
        wanted = _place_name(name)
        kept = [c for c in self.places if _place_name(c.name) != wanted]
        if parent is not None or same_as is not None:
            kept.append(PlaceChoice(name.strip(), parent, None if parent is not None else same_as))
        return replace(self, places=tuple(kept))

    def place_choice(self, name: str) -> PlaceChoice | None:
        """What the user chose for the place ``name`` (any spacing or case), if anything."""
        wanted = _place_name(name)
        return next((c for c in self.places if _place_name(c.name) == wanted), None)

    def for_next_sheet(self) -> ColumnMapping:
        """The columns' reading and the places chosen, for next month's sheet: any sheet with these headers, its
        own rows."""
        return replace(self, sheet=None, skip_rows=(), include_rows=())

    @property
    def names_columns(self) -> bool:
        return bool(self.columns or self.ignored)


def _place_name(name: str) -> str:
    return " ".join(name.split()).casefold()


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
    nul_lines: tuple[int, ...] = ()  # lines of a CSV holding a stray NUL byte, dropped as Excel drops it
    # Cells not imported while the rest of the file is: typed over in a column the app works out itself (the
    # first MAX_LISTED_NOTICES, in sheet order; ``notice_count`` counts them all).
    notices: tuple[ImportIssue, ...] = ()
    notice_count: int = 0

    def nul_note(self) -> Message | None:
        """What the preview says of the NUL bytes it dropped, if there were any."""
        if not self.nul_lines:
            return None
        return message("import.nul_dropped", lines=", ".join(map(str, self.nul_lines)))

    def notice_note(self) -> Message | None:
        """What the preview's summary says of the cells it does not import, if there are any."""
        if not self.notice_count:
            return None
        n = self.notice_count
        return counted(n, message("import.notices_one", count=n), message("import.notices", count=n))

    @property
    def ok(self) -> bool:
        return self.error_count == 0 and bool(self.sheets)

    def summary(self) -> str:
        return self.summary_message().render()

    def summary_message(self) -> Message:
        """What the import would do (or did), in counts."""
        n = self.error_count
        errors = counted(n, message("import.one_error", count=n), message("import.errors", count=n))
        counts = message(
            "import.summary", created=self.created, updated=self.updated, unchanged=self.unchanged, errors=errors
        )
        if self.missing == 1:
            return message("import.summary_one_missing", summary=counts, missing=self.missing)
        if self.missing:
            return message("import.summary_missing", summary=counts, missing=self.missing)
        return counts


class ImportRefusedError(CivicError):
    """The file has errors; nothing was written. Carries the full preview."""

    def __init__(self, preview: ImportPreview) -> None:
        more = preview.error_count - 1
        if not preview.errors:
            reason = message("import.refused_unread")
        elif more == 1:
            reason = message("import.refused_one_more", first=preview.errors[0].placed())
        elif more > 1:
            reason = message("import.refused_more", first=preview.errors[0].placed(), more=more)
        else:
            reason = message("import.refused", first=preview.errors[0].placed())
        super().__init__(reason)
        self.preview = preview
