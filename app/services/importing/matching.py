"""Header matching: which of our sheets a sheet reads as, and which of its columns is which."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from app.domain.budget import Money
from app.domain.enums import PlaceLevel
from app.domain.messages import Message, message
from app.domain.places import fits_under, level_from_name
from app.excel import cells, layout
from app.excel.reader import find_header
from app.services.importing.reading import READ_FIELDS
from app.services.importing.results import (
    CONTACT,
    NOTE_LINE,
    PERIOD,
    ROW_NUMBER,
    SUB_PLACE,
    ColumnMapping,
    ColumnRead,
    UnmatchedSheet,
)
from app.services.importing.rows import (
    budget_columns,
    budget_field,
    budget_unit,
    contact_columns,
    narrative,
    period_column,
    row_number_column,
)


def match_sheet(
    name: str, head: list[list[Any]], mappings: Sequence[ColumnMapping]
) -> tuple[layout.HeaderMatch | UnmatchedSheet, ColumnMapping | None]:
    """Which of our sheets a sheet reads as, and which of its columns is which: by its name or its headers,
    then as the first mapping (the user's corrections, a saved mapping) that fits it says; or, when the
    headers say nothing, by a mapping alone. An UnmatchedSheet says what it has and which required columns
    it lacks. The mapping that applies comes too: its rows to skip and its readings besides fields."""
    found = _match_by_headers(name, head)
    for mp in mappings:
        if mp.sheet is not None and mp.sheet != name:
            continue
        if not mp.names_columns:  # rows alone
            if isinstance(found, layout.HeaderMatch):
                return found, mp
            continue
        spec = layout.SPECS_BY_NAME.get(mp.reads_as)
        if spec is None or not spec.importable:
            continue
        wanted = {layout.normalise_header(h) for h in (*mp.columns.values(), *mp.ignored)}
        if (
            isinstance(found, layout.HeaderMatch)
            and found.spec is spec
            and wanted <= {layout.normalise_header(h) for h in found.headers}
        ):
            return with_mapping(found, mp), mp
        for i, row in enumerate(head):
            normed = [layout.normalise_header(v) for v in row]
            if wanted <= set(normed):
                headers = tuple("" if v is None else str(v) for v in row)
                rest = tuple((j, h) for j, h in enumerate(headers) if h)
                return with_mapping(layout.HeaderMatch(spec, {}, rest, i, headers), mp), mp
    return found, None


def with_mapping(match: layout.HeaderMatch, mp: ColumnMapping) -> layout.HeaderMatch:
    """The match with the columns ``mp`` names read as it says: a field's column moved, an ignored column read
    as nothing. (What a mapping reads besides fields, such as budget columns, is read_columns' to place.)"""
    columns = dict(match.columns)
    for fld, header in mp.columns.items():
        i = header_index(match, header)
        if i is None:
            continue
        columns = {f: j for f, j in columns.items() if j != i and f != fld}
        if fld in match.spec.fields:
            columns[fld] = i
    for header in mp.ignored:
        i = header_index(match, header)
        columns = {f: j for f, j in columns.items() if j != i}
    used = set(columns.values())
    unmatched = tuple((i, h) for i, h in enumerate(match.headers) if layout.normalise_header(h) and i not in used)
    return replace(match, columns=columns, unmatched=unmatched)


def header_index(match: layout.HeaderMatch, header: str) -> int | None:
    """The column headed ``header``, compared as headers are (spaces, case, an asterisk aside)."""
    norm = layout.normalise_header(header)
    return next((i for i, h in enumerate(match.headers) if layout.normalise_header(h) == norm), None)


def _match_by_headers(name: str, head: list[list[Any]]) -> layout.HeaderMatch | UnmatchedSheet:
    """Which of our sheets a sheet reads as by its name or its headers, and which of its columns is which."""
    spec = layout.spec_for_sheet_name(name)
    match = find_header(head, spec)
    if match is None and spec is not None:
        match = find_header(head, None)
    if match is None and spec in (None, layout.PROGRAMS):
        match = _title_and_budget(head)
    if match is not None:
        match = with_sub_headers(match, head)
    if (
        match is not None
        and match.missing_required()
        and spec is not layout.PROGRAMS
        and not _has_key_column(match)
        and not _has_stamp(match)
    ):
        # Neither a key column nor an export stamp says what the rows are (담당자 or 내용 are task columns
        # too; an office names its status sheet 추진현황 or 进展, as our Progress sheet is named in Korean and
        # Chinese): a list of one's own is most likely programs, so ask for what programs need.
        as_programs = layout.match_headers(layout.PROGRAMS, list(match.headers), match.header_row)
        if not as_programs.missing_required():
            return as_programs
        if spec is None:
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


def _title_and_budget(head: list[list[Any]]) -> layout.HeaderMatch | None:
    """A header of a title and budget columns alone (사업명, 예산(백만원), 집행액): a budget sheet's programs.
    (Budget columns are no field of ours, so the header's score counts the title alone.)"""
    for i, row in enumerate(head):
        m = layout.match_headers(layout.PROGRAMS, list(row), i)
        if "title" in m.columns and any(budget_field(h) is not None for _j, h in m.unmatched):
            return m
    return None


def with_sub_headers(match: layout.HeaderMatch, head: list[list[Any]]) -> layout.HeaderMatch:
    """A two-row header read as one: a group header merged over its sub-headers (사업기간 over 시작일 and 종료일)
    gives each column its sub-header, shown as "사업기간 / 시작일"; the data starts below the second row."""
    below_at = match.header_row + 1
    if below_at >= len(head):
        return match
    top, below = head[match.header_row], head[below_at]
    width = max(len(top), len(below))
    top = [*top, *[None] * (width - len(top))]
    below = [*below, *[None] * (width - len(below))]
    subs = [(i, str(v).strip()) for i, v in enumerate(below) if v is not None and str(v).strip()]
    known = layout.alias_names(match.spec)
    if not subs or not all(layout.normalise_header(t) in known or budget_field(t) is not None for _i, t in subs):
        return match
    names: list[object] = []
    shown: list[object] = []
    group = None
    for i in range(width):
        cell = top[i] if top[i] is not None and str(top[i]).strip() else None
        if cell is not None:
            group = str(cell).strip()
        sub = below[i] if below[i] is not None and str(below[i]).strip() else None
        if sub is None:
            names.append(cell)
            shown.append(cell)
            continue
        names.append(sub)
        # Under a merged group header the sub-header's cell in the top row is empty: the group carries on.
        shown.append(f"{cell or group} / {str(sub).strip()}" if (cell or group) else sub)
    combined = layout.match_headers(match.spec, names, below_at)
    # Budget columns are no field of the sheet's (services/importing/budget.py): sub-headers naming them count.
    if combined.score <= match.score and not any(budget_field(t) for _i, t in subs):
        return match
    headers = tuple("" if h is None else str(h) for h in shown)
    unmatched = tuple((i, headers[i]) for i, _h in combined.unmatched)
    return replace(combined, headers=headers, unmatched=unmatched)


def _has_key_column(match: layout.HeaderMatch) -> bool:
    return any(match.spec.column(f).kind is layout.Kind.KEY for f in match.columns)


def _has_stamp(match: layout.HeaderMatch) -> bool:
    """Whether the sheet has our export stamp column (a sheet of ours whose key column was deleted)."""
    stamp = {layout.normalise_header(a) for a in (layout.EXPORTED_AT_LABEL, *layout.STAMP.aliases)}
    return any(layout.normalise_header(h) in stamp for h in match.headers)


def unmatched_message(file: str, u: UnmatchedSheet) -> Message:
    """Why a sheet could not be read, and what it needs; when nothing says what its rows are, what else it could be."""
    columns = ", ".join(u.missing)
    found = ", ".join(repr(h) for h in u.headers if h)
    if u.header_row == 0:
        problem = message("import.no_header_row", file=file, sheet=u.sheet, columns=columns)
    elif found:
        problem = message(
            "import.columns_unmatched", file=file, sheet=u.sheet, row=u.header_row, columns=columns, found=found
        )
    else:
        problem = message(
            "import.columns_unmatched_none_found", file=file, sheet=u.sheet, row=u.header_row, columns=columns
        )
    if u.reads_as is None and layout.spec_for_sheet_name(u.sheet) is None:
        key = layout.TASKS.column("program_key")
        return message(
            "import.unmatched_as_programs",
            problem=problem,
            column=key.header,
            aliases=" / ".join(_alias_examples(key)),
        )
    return problem


def _alias_examples(col: layout.Column) -> list[str]:
    korean = next((a for a in col.aliases if any("\uac00" <= ch <= "\ud7a3" for ch in a)), None)
    chinese = next((a for a in col.aliases if any("\u4e00" <= ch <= "\u9fff" for ch in a)), None)
    return [x for x in (col.header, korean, chinese) if x]


# ------------------------------------------------------------------------- how each column is read
_BUDGET_FIELDS = tuple(c.field for c in layout.BUDGET_COLUMNS)


@dataclass(frozen=True)
class SheetColumns:
    """How each column of a sheet is read: the fields' columns (``match``), the column of row numbers, the
    person in charge, the budget columns and a second place column; every other column is read as nothing."""

    match: layout.HeaderMatch
    numbers: int | None = None
    sub_place: int | None = None
    contacts: tuple[tuple[int, str], ...] = ()
    money: dict[str, tuple[int, Money | None]] | None = None
    notes: tuple[tuple[int, str], ...] = ()  # columns kept as lines of the note (NOTE_LINE)
    period: int | None = None  # the column giving start and end in one cell (PERIOD), read as both

    @property
    def note_lines(self) -> tuple[tuple[int, str], ...]:
        """Every column whose cells become a line of the program's note: the person in charge, then others."""
        return tuple(sorted((*self.contacts, *self.notes)))

    def readings(self) -> tuple[ColumnRead, ...]:
        """Every column with a header and what it is read as, in the sheet's order (the preview's table)."""
        read: dict[int, str] = {i: f for f, i in self.match.columns.items()}
        if self.numbers is not None:
            read[self.numbers] = ROW_NUMBER
        read.update((i, CONTACT) for i, _h in self.contacts)
        read.update((i, NOTE_LINE) for i, _h in self.notes)
        read.update((i, f) for f, (i, _m) in (self.money or {}).items())
        if self.sub_place is not None:
            read[self.sub_place] = SUB_PLACE
        if self.period is not None:
            read[self.period] = PERIOD
        headers = self.match.headers
        return tuple(
            ColumnRead(i, h, read.get(i)) for i, h in enumerate(headers) if layout.normalise_header(h) or i in read
        )


def read_columns(
    match: layout.HeaderMatch, below: Sequence[Sequence[Any]], office: bool, mp: ColumnMapping | None
) -> SheetColumns:
    """How each column of a matched sheet is read: row numbers (연번), the person in charge (담당자) and
    budget columns (예산) found by their headers among the columns no field claimed, unless the mapping
    names the column; then the mapping's own choice of these. ``below``: the rows under the header."""
    pinned = set()
    if mp is not None:
        pinned = {header_index(match, h) for h in (*mp.columns.values(), *mp.ignored)} - {None}
    free = replace(match, unmatched=tuple((i, h) for i, h in match.unmatched if i not in pinned))
    numbers = row_number_column(free, below) if office else None
    if numbers is not None and numbers in pinned:
        numbers = None  # the user reads the key column as keys
    contacts = list(contact_columns(free))
    notes: list[tuple[int, str]] = []
    status = match.columns.get("status")
    if office and match.spec is layout.PROGRAMS and status is not None and status not in pinned:
        cells_ = [r[status] for r in below if status < len(r)]
        if narrative(cells_):  # 进展情况 of sentences, not status words: kept in the note, as written
            notes.append((status, match.headers[status]))
            match = replace(match, columns={f: i for f, i in match.columns.items() if f != "status"})
    money = budget_columns(free) if office else {}
    sub_place = _second_place(free) if office else None
    if sub_place is not None and match.columns["place"] not in pinned:
        match, sub_place = _district_first(match, sub_place, below)
    period = period_column(free, below) if office else None
    for fld, header in (mp.columns if mp is not None else {}).items():
        i = header_index(match, header)
        if i is None:
            continue
        if fld == ROW_NUMBER and office:
            numbers = i
        elif fld == CONTACT and match.spec is layout.PROGRAMS:
            contacts.append((i, match.headers[i]))
        elif fld == NOTE_LINE and match.spec is layout.PROGRAMS:
            notes.append((i, match.headers[i]))
        elif fld in _BUDGET_FIELDS and office and match.spec is layout.PROGRAMS:
            money[fld] = (i, budget_unit(match.headers[i]))
        elif fld == SUB_PLACE and office and match.spec is layout.PROGRAMS:
            sub_place = i
        elif fld == PERIOD and office and match.spec is layout.PROGRAMS:
            period = i
    if numbers is not None:
        columns = {f: i for f, i in match.columns.items() if i != numbers}
        match = replace(match, columns=columns, unmatched=tuple((i, h) for i, h in match.unmatched if i != numbers))
    if period is not None:  # its cells read as the start and as the end (reading.parser: 2024.1.~2024.12.)
        columns = {f: i for f, i in match.columns.items() if i != period and f not in ("start_date", "end_date")}
        unmatched = tuple((i, h) for i, h in match.unmatched if i != period)
        match = replace(match, columns={**columns, "start_date": period, "end_date": period}, unmatched=unmatched)
    return SheetColumns(match, numbers, sub_place, tuple(sorted(contacts)), money, tuple(sorted(notes)), period)


def _second_place(match: layout.HeaderMatch) -> int | None:
    """A second place column of an office's Programs sheet (자치구, then 행정동): the place inside the first's.
    Under a two-row header its sub-header names it (위치 / 행정동), as a budget column's does."""
    if match.spec is not layout.PROGRAMS or "place" not in match.columns:
        return None
    for i, header in match.unmatched:
        if "place" in layout.match_headers(layout.PROGRAMS, [header.rpartition(" / ")[2]]).columns:
            return i
    return None


def _district_first(
    match: layout.HeaderMatch, second: int, below: Sequence[Sequence[Any]]
) -> tuple[layout.HeaderMatch, int]:
    """The two place columns read as the district and the place inside it whatever their order: a sheet
    giving 행정동 before 자치구 has its district in the second. Which holds the smaller places is what their
    cells say (창동, 도봉구), else their headers (행정동, 자치구)."""
    first = match.columns["place"]
    outer, inner = _column_level(match, first, below), _column_level(match, second, below)
    if outer is None or inner is None or not fits_under(outer, inner) or fits_under(inner, outer):
        return match, second
    unmatched = tuple(
        sorted((first if i == second else i, match.headers[first] if i == second else h) for i, h in match.unmatched)
    )
    return replace(match, columns={**match.columns, "place": second}, unmatched=unmatched), first


def _column_level(match: layout.HeaderMatch, i: int, below: Sequence[Sequence[Any]]) -> PlaceLevel | None:
    """The level of place a column holds: the one its header (its sub-header under a two-row header) says
    (행정동, 자치구), else the one most of its cells' names say (창동: a neighbourhood; 강동, the short form of
    강동구, reads as one too, so the header goes first), else None."""
    header = level_from_name(match.headers[i].rpartition(" / ")[2])
    if header is not None:
        return header
    said = [level_from_name(str(r[i])) for r in below if i < len(r) and not cells.blank(r[i])]
    levels = Counter(level for level in said if level is not None).most_common(1)
    return levels[0][0] if levels else None


def column_choices(reads_as: str, office: bool) -> tuple[str, ...]:
    """What a column of such a sheet may be read as, in the order the preview offers them (besides nothing)."""
    spec = layout.SPECS_BY_NAME[reads_as]
    fields: tuple[str, ...] = READ_FIELDS[spec.name]
    if not office:
        return fields
    if spec is layout.PROGRAMS:
        return (*fields, PERIOD, SUB_PLACE, "percent_complete", *_BUDGET_FIELDS, CONTACT, NOTE_LINE, ROW_NUMBER)
    return fields


def reading_name(reads_as: str, reading: str) -> Message:
    """A column's reading named in the reader's language: 사업명 (Title), 예산, 담당자, 연번."""
    spec = layout.SPECS_BY_NAME[reads_as]
    if reading == CONTACT:
        return message("import.reading_contact")
    if reading == NOTE_LINE:
        return message("import.reading_note_line")
    if reading == ROW_NUMBER:
        return message("import.reading_row_numbers")
    if reading == SUB_PLACE:
        return message("import.reading_sub_place")
    if reading == PERIOD:
        return message("import.reading_period")
    if reading in _BUDGET_FIELDS:
        return layout.BUDGET_COLUMNS[_BUDGET_FIELDS.index(reading)].label
    return spec.column(reading).label


def column_said(reads_as: str, column: ColumnRead) -> Message:
    """A column and its reading in a few words, as the command line lists them: 사업명 (B) as Title."""
    letter = layout.column_letter(column.index)
    if column.reading is None:
        return message("import.column_not_read", header=column.header, letter=letter)
    reading = reading_name(reads_as, column.reading)
    return message("import.column_read", header=column.header, letter=letter, reading=reading)
