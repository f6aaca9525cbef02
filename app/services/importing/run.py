"""The orchestrator: sheets in order, chunks of rows through their planner, then the derived values."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import replace
from functools import partial
from itertools import chain, islice, repeat
from operator import is_, itemgetter
from typing import Any

from sqlalchemy import select

from app.domain.budget import currency_of_words, money_stated
from app.domain.messages import Message, message
from app.excel import layout
from app.excel.reader import HEADER_SCAN_ROWS, WorkbookError, fill_merged
from app.services.importing.budget import BudgetPlanner, sheet_money
from app.services.importing.matching import match_sheet, read_columns, unmatched_message
from app.services.importing.programs import ProgramsPlanner
from app.services.importing.progress import ProgressPlanner
from app.services.importing.reading import ABSENT, READ_FIELDS, REPEATING, ColumnReader, Row, SheetState, parser
from app.services.importing.results import (
    MAX_LISTED_MISSING,
    RATE_CHECKED,
    RATE_GIVES_BUDGET,
    RATE_GIVES_SPENT,
    BudgetRead,
    ImportCancelledError,
    ImportIssue,
    ImportPreview,
    SheetReport,
    UnmatchedColumnsError,
    UnmatchedSheet,
)
from app.services.importing.rows import (
    BLANK,
    CHOSEN,
    RowSorter,
    reference_date,
)
from app.services.importing.tasks import TasksPlanner
from app.store import bulk
from app.store.derived import (
    PROGRESS_T,
    TASKS_T,
    chunks,
)
from app.store.people import link_people

CHUNK = 1000
# The next sheet is read ahead (on the other core, while this one is worked through) until the import has
# read this many rows: after that, what it holds for them (keys, ids, roll-up sums) and two sheets' grids at
# once would take a workbook of 300,000 rows past 300 MB (304 MB; 273 MB reading its third sheet when its
# turn comes, 0.35 s later).
READ_AHEAD_ROWS = 150_000
# The fields of an office sheet whose cell, merged over several rows, holds for each (reader.fill_merged).
_MERGED_LABELS = ("lead_organization", "place", "sector", "status", "themes", "description", "summary")


class ImportRun(ProgramsPlanner, TasksPlanner, ProgressPlanner, BudgetPlanner):
    """One pass over a workbook against one transaction. ``apply`` decides whether anything is written: a dry
    run plans the very same rows, reports the very same errors, and writes nothing."""

    def tick(self, n: int, what: str) -> None:
        self._done += n
        if self.cancelled is not None and self.cancelled():
            raise ImportCancelledError(message("import.cancelled"))
        if self.progress is not None:
            self.progress(self._done, self._total, what)

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
                raise WorkbookError(
                    message("import.no_such_sheet", file=self.file, sheet=self.only_sheet, sheets=", ".join(names))
                )
            names = [self.only_sheet]
        # Our own workbook holds records only; an office's sheet has totals and notes among its rows. Ours has
        # a Summary sheet: "Summary", or 요약 / 摘要 stating its export moment (an office's own 요약 does not);
        # or, its Summary deleted, our How to edit sheet (편집 방법, 编辑说明).
        if layout.SUMMARY_SHEET in names:
            ours = True
            self.later.load(self.book)
        else:
            ours = any(layout.is_named(n, layout.SUMMARY) and self.later.load(self.book, n) for n in names)
            ours = ours or any(layout.is_named(n, layout.HOW_TO) for n in names)
        # The sheets of ours that hold no records, by their names in any language; in an office's workbook
        # only their English names (a sheet of its own called 출처 or 图表 is read).
        kept_out = (layout.SUMMARY, layout.CHARTS, layout.HOW_TO, layout.SOURCES.label, layout.HISTORY.label)
        skip = {layout.SUMMARY_SHEET, layout.CHARTS_SHEET, layout.HOW_TO_SHEET, layout.ERRORS_SHEET}
        skip |= {layout.SOURCES.name, layout.HISTORY.name}
        if ours:
            skip |= {n for n in names if any(layout.is_named(n, label) for label in kept_out)}
        skip |= {n for n in names if layout.is_named(n, layout.ERRORS)}  # a copy with errors marked, in any language
        names = [n for n in names if n not in skip or self.only_sheet is not None]
        # Programs before tasks before progress before indicators, so later sheets can refer to rows that
        # earlier ones create. Sheets are loaded and read one at a time: memory holds one sheet, not all.
        order = {s.name: i for i, s in enumerate(layout.IMPORTABLE)}
        names.sort(key=lambda n: order.get(getattr(layout.spec_for_sheet_name(n), "name", ""), len(order)))
        reports: list[SheetReport] = []
        rows_read = 0  # rows of the sheets so far (READ_AHEAD_ROWS)
        for n, name in enumerate(names):
            if n == 0 and len(names) > 1:
                self.book.prefetch(names[1])  # read on another core while the first sheet loads
            # Data rows may hold "" for an empty cell (the cell checks treat blank text as empty); the rows the
            # header is looked for in are read with None, as everything else reads them.
            rows = self.book.rows(name, empty="")
            head = [[None if v == "" else v for v in r] for r in islice(rows, HEADER_SCAN_ROWS)]
            rows_read += self.book.height(name) if self.book.format != "csv" else 0
            if n + 1 < len(names) and rows_read < READ_AHEAD_ROWS:
                self.book.prefetch(names[n + 1])  # read on another core while this sheet is worked through
            if not any(any(v is not None and str(v).strip() for v in r) for r in head):
                continue
            match, mp = match_sheet(name, head, self.mappings)
            if isinstance(match, UnmatchedSheet):
                unmatched.append(match)
                continue
            read = read_columns(match, head[match.header_row + 1 :], not ours, mp)
            match, money = read.match, read.money or {}
            readings = read.readings()
            report = SheetReport(
                sheet=name,
                reads_as=match.spec.name,
                header_row=match.header_row + 1,
                columns=tuple((match.headers[i], match.spec.column(f).header) for f, i in match.columns.items())
                + tuple((h, layout.PROGRAMS.column("description").header) for _i, h in read.contacts)
                + tuple((match.headers[i], _BUDGET_HEADERS[f]) for f, (i, _m) in money.items()),
                ignored=tuple(c.header for c in readings if c.reading is None),
                row_numbers=None if read.numbers is None else match.headers[read.numbers],
                readings=readings,
                office=not ours,
                included=() if mp is None else mp.include_rows,
            )
            self._total = max(self.book.height(name) - match.header_row - 1, 1)
            self._done = 0
            state = SheetState(
                report,
                match.spec,
                match,
                office=not ours,
                contacts=read.note_lines,
                money=money,
                sub_place=read.sub_place,
            )
            if mp is not None:
                state.skip_rows, state.include_rows = frozenset(mp.skip_rows), frozenset(mp.include_rows)
                state.place_choices = mp if mp.places else None
            if not ours:
                state.as_of = reference_date(head[: match.header_row])
                state.stated_money = money_stated(v for r in head[: match.header_row] for v in r)
                state.above = head[: match.header_row]
            sorter = None if ours else RowSorter(match)
            data: Iterator[list[Any]] = chain(head[match.header_row + 1 :], rows)
            if not ours and (below := self.book.merged_below(name)):
                # 담당부서 or 비고 merged over the programs it is for (labels; not a title, an amount or a date).
                labels = {match.columns[f] for f in _MERGED_LABELS if f in match.columns}
                labels |= {i for i, _h in read.note_lines} | ({read.sub_place} if read.sub_place is not None else set())
                data = fill_merged(data, below, match.header_row + 1, labels)
            self._sheet(state, data, sorter)
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
                    skipped=tuple(state.skipped),
                    skipped_count=c["skipped"],
                    new_organizations=tuple(state.new_organizations),
                    new_places=tuple(state.new_places),
                    unknown_places=tuple(state.unknown_places),
                    as_of=_as_of(state, money, self.now.date()),
                    as_of_stated=state.as_of is not None,
                    places_as=tuple(state.places_as.items()),
                    percent_fractions=state.percent_fractions,
                    budget=_budget_read(state, money, self.now.date()),
                    unstamped=c["unstamped"],
                    status_sentences=c["status_sentences"],
                )
            )
        self.book.release()
        if not reports:
            if unmatched:
                raise UnmatchedColumnsError(unmatched_message(self.file, unmatched[0]), tuple(unmatched))
            raise WorkbookError(message("import.nothing_to_import", file=self.file))
        self.finish(reports)
        self.log.flush()
        return ImportPreview(
            file=self.file,
            format=self.book.format,
            encoding=self.book.encoding,
            nul_lines=self.book.nul_lines,
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
            notices=_in_sheet_order(self.notices),
            notice_count=self.notice_count,
        )

    def _sheet(self, state: SheetState, rows: Iterator[list[Any]], sorter: RowSorter | None = None) -> None:
        spec, match = state.spec, state.match
        fields = [f for f in (*READ_FIELDS[spec.name], layout.STAMP.field) if f in match.columns]
        if state.office and spec is layout.PROGRAMS and "percent_complete" in match.columns:
            fields.append("percent_complete")  # logged as the program's progress (ProgramsPlanner._log_percents)
        cols = [
            ColumnReader(
                f,
                match.columns[f],
                spec.column(f),
                parser(spec.column(f), office=state.office and spec is layout.PROGRAMS),
                {} if spec.column(f).kind in REPEATING else None,
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
        block: list[Row] = []
        blanks: list[int] = []  # blank rows, listed as skipped when a row follows them (a separator)
        chosen, included = state.skip_rows, state.include_rows
        while batch := list(islice(rows, CHUNK)):
            # An office's rows are sorted a batch at a time, column by column (RowSorter.reasons); ours hold
            # records and blank rows only.
            verdicts = sorter.reasons(batch) if sorter is not None else _blank_or_record(batch)
            for raw, reason in zip(batch, verdicts, strict=True):
                number += 1
                if (chosen or included) and not _blank(raw):  # the user's choices (ColumnMapping)
                    if number in chosen:
                        reason = CHOSEN
                    elif number in included:
                        reason = None
                if reason is not None:
                    if reason == BLANK and _blank(raw):
                        if sorter is not None:
                            blanks.append(number)
                        continue
                    for n in blanks:
                        state.skip(n, BLANK, raw=())
                    blanks = []
                    state.skip(number, reason, raw)
                    continue
                if blanks:
                    for n in blanks:
                        state.skip(n, BLANK, raw=())
                    blanks = []
                block.append(Row(number, raw))
                if len(block) >= CHUNK:
                    self._block(state, cols, block, handler)
                    block = []
        if block:
            self._block(state, cols, block, handler)
        self.log.flush()

    def _block(
        self,
        state: SheetState,
        cols: list[ColumnReader],
        block: list[Row],
        handler: Callable[[SheetState, list[Row]], None],
    ) -> None:
        """Read a block of rows column by column, list their bad cells in sheet order, hand on the good rows.

        Column by column, a column's cells are mostly read by C loops (a look-up of the values met before,
        stripping and checking text): row by row, each cell cost a turn of a Python loop and a call."""
        counts = state.counts
        counts["rows"] += len(block)
        raws = [row.cells for row in block]
        width = min(map(len, raws))
        problems: list[tuple[int, int, ColumnReader, Any, Message | str]] = []
        for position, reader in enumerate(cols):
            i = reader.index
            column = list(map(itemgetter(i), raws)) if i < width else [r[i] if i < len(r) else None for r in raws]
            out = reader.read(column, position, problems)
            fld = reader.field
            if fld == layout.STAMP.field:
                for row, value in zip(block, out, strict=True):
                    row.stamp = None if value is ABSENT else value
                continue
            if any(map(is_, out, repeat(ABSENT))):
                for row, value in zip(block, out, strict=True):
                    if value is not ABSENT:
                        row.values[fld] = value
            else:
                for row, value in zip(block, out, strict=True):
                    row.values[fld] = value
        if problems:
            problems.sort(key=itemgetter(0, 1))  # as the sheet reads: row by row, left to right
            sheet = state.report.sheet
            said: set[tuple[int, int, str]] = set()
            for j, _position, reader, value, problem in problems:
                if (j, reader.index, str(problem)) in said:
                    continue  # one cell read as two fields (a period's start and end) is wrong once
                said.add((j, reader.index, str(problem)))
                self.error(
                    sheet, block[j].number, reader.column, reader.index, value, problem, headers=state.match.headers
                )
            bad = {j for j, *_rest in problems}
            counts["errors"] += len(bad)
            if state.spec is layout.PROGRAMS:
                self._places_of_bad_rows(state, [row for j, row in enumerate(block) if j in bad])
            block = [row for j, row in enumerate(block) if j not in bad]
        if block:
            handler(state, block)
            if self._writing:
                self.writer.write_updates()  # before the next piece reads the rows this one changed
            self.tick(len(block), state.report.sheet)

    def _titles_first(
        self, handler: Callable[[SheetState, list[Row]], None], state: SheetState, rows: list[Row]
    ) -> None:
        handler(state, self._program_titles(state, rows))

    def finish(self, reports: list[SheetReport]) -> None:
        self._report_missing(reports)
        if not self._writing:
            return
        self.writer.finish(self.touched_rollup, self.touched_progress, self.touched_search)
        # Owners and authors the file names are people of the office (store/people.py, as in the app).
        link_people(self.s, sorted(self.touched_people | self.touched_progress))

    def _report_missing(self, reports: list[SheetReport]) -> None:
        """Stored rows of the programs in the file that a sheet of ours left out: listed, never deleted."""
        by_name = {r.reads_as: i for i, r in enumerate(reports)}
        # Programs this import created have only the rows the file gave them: nothing can be missing.
        program_ids = [i for i in self.program_ids.values() if i is not None and i not in self.writer.created_programs]
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


_BUDGET_HEADERS = {c.field: c.header for c in layout.BUDGET_COLUMNS}


def _as_of(state: SheetState, money: dict[str, Any], today: dt.date) -> str | None:
    """The day an office sheet's percents and amounts are dated, when it has any to log."""
    if not state.office or ("percent_complete" not in state.match.columns and not money):
        return None
    return str(state.dated(today))


def _budget_read(state: SheetState, found: dict[str, tuple[int, Any]], today: dt.date) -> BudgetRead | None:
    """How the sheet's budget columns were read, for the preview; None without budget or spent columns."""
    if "budget" not in found and "spent" not in found:
        return None
    reading = state.budget
    names, units = list(reading.names), list(reading.units)
    if not names:  # no row was read (their other cells had errors): the reading the headers alone give
        headers = " ".join(state.match.headers[i] for i, _m in found.values())
        money = sheet_money(state, found).with_currency(currency_of_words(headers))
        names = [BudgetPlanner.budget_name(state, found, money)]
        units = [u] if (u := money.unit()) is not None else []
    rate = None
    if "execution_rate" in found:
        if "budget" in found and "spent" in found:
            rate = RATE_CHECKED
        elif "budget" in found:
            rate = RATE_GIVES_SPENT
        else:
            rate = RATE_GIVES_BUDGET
    return BudgetRead(
        columns=tuple(state.match.headers[i] for i, _m in sorted(found.values(), key=itemgetter(0))),
        indicator=", ".join(names) or _BUDGET_HEADERS["budget"],
        unit=", ".join(units) or None,
        as_of=str(state.dated(today)),
        rate=rate,
        rate_fractions=reading.rate_fractions if rate is not None else None,
    )


def _in_sheet_order(errors: list[ImportIssue]) -> tuple[ImportIssue, ...]:
    """Errors (or notices) as the user reads the file: sheet by sheet, row by row, left to right. (They are found in
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


def _blank(raw: list[Any]) -> bool:
    """Whether every cell of the row is empty or blank text."""
    return all(v is None or (v.__class__ is str and not v.strip()) for v in raw)


def _blank_or_record(batch: list[list[Any]]) -> list[str | None]:
    """BLANK for each blank row of our own sheet, None for the others (records)."""
    return [BLANK if _blank(raw) else None for raw in batch]
