"""The state one import's planners share, and how they report errors and changes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Table
from sqlalchemy.orm import Session

from app.domain import rules
from app.domain.dates import PartialDate, as_stored
from app.domain.enums import Sector, Status
from app.domain.errors import ValidationError
from app.domain.messages import Message, message
from app.excel import cells, layout
from app.excel.reader import Spreadsheet
from app.services.importing.catalog import Catalog
from app.services.importing.conflicts import LaterChanges
from app.services.importing.reading import (
    CHECKS,
    FIELD_COLUMN,
    READ_FIELDS,
    STORED,
    Row,
    SheetState,
    as_shown,
    column_name,
    created_fields,
    said,
)
from app.services.importing.results import (
    MAX_LISTED_CHANGES,
    MAX_LISTED_ERRORS,
    MAX_LISTED_NOTICES,
    Cancelled,
    ColumnMapping,
    FieldChange,
    ImportIssue,
    Progress,
    RowChange,
)
from app.services.importing.writer import ImportWriter
from app.store.history import ChangeLog, render


class ImportContext:
    """What the planners of one import share: the transaction, what the file named or created so far, the
    errors and changes to report, the look-ups (Catalog), conflict detection (LaterChanges) and the writer."""

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
        self.notices: list[ImportIssue] = []  # cells not imported, the rest of the file is (worked_out.py)
        self.notice_count = 0
        self.changes: list[RowChange] = []
        self.changes_truncated = False
        self.totals = {"created": 0, "updated": 0, "unchanged": 0, "missing": 0}
        # Keys seen or created in this file, so later sheets can refer to rows earlier sheets create.
        self.program_ids: dict[str, int | None] = {}
        self.task_ids: dict[str, tuple[int | None, str]] = {}  # task key -> (id, program key)
        self.indicator_ids: dict[str, tuple[int | None, str]] = {}
        self.indicator_edits: dict[str, dict[str, dict[str, Any]]] = {}
        # The indicators this import creates: key -> its unit (the first one a row of it gives), and (program
        # key, name) -> their keys in the order made. A later row finds them here, in the dry run (which writes
        # none) as in the import (which never looks them up as stored): both plan such a row alike.
        self.indicators_made: dict[str, str | None] = {}
        self.indicators_made_named: dict[tuple[str, str], tuple[str, ...]] = {}
        self.indicator_positions: dict[int, int] = {}  # program id -> its next new indicator's position
        # Indicator id -> its stored values by (kind, period), read once per chunk (IndicatorsPlanner).
        self.stored_values: dict[int, dict[tuple[str, str], dict[str, Any]]] = {}
        self.values_made: set[int] = set()  # the month and year values this import stored (_stored_value)
        # Program id -> its live indicators stored before this import by name, oldest first, read once per chunk
        # (IndicatorsPlanner).
        self.named_indicators: dict[int, dict[str, list[dict[str, Any]]]] = {}
        # Indicator key -> its stored row (None: no such key), for the keys a chunk names (IndicatorsPlanner).
        self.keyed_indicators: dict[str, dict[str, Any] | None] = {}
        # Programs whose derived values the import changed: roll-up, last progress, search text.
        self.touched_rollup: set[int] = set()
        self.touched_people: set[int] = set()  # programs with a task whose owner this import sets
        self.touched_progress: set[int] = set()
        self.touched_search: set[int] = set()
        self.seen: dict[str, dict[Any, int]] = {n: {} for n in READ_FIELDS}
        self.catalog = Catalog(s)
        self.later = LaterChanges(s, batch_id)
        self._next_task_n: dict[str, int] = {}
        self._positions: dict[tuple[int, int | None], int] = {}
        self._positions_loaded: set[int] = set()
        # Title -> key of the program this import creates or renames to that title (a list when several get
        # it), for Program key cells that give the title instead: the import finds them stored by then, the dry
        # run only here (References._planned_title). A key alone, not a list of one: 100,000 new programs.
        self._planned_titles: dict[str, str | list[str]] = {}
        # Tasks whose percent this file states on the Tasks sheet (a new task's, or a changed one): a progress
        # row of the same file does not move them (the task row says where the task stands now).
        self.percent_stated: set[str] = set()
        self.status_stated: set[str] = set()  # likewise for a task's status
        self._task_depths: dict[str, int] = {}  # task key -> levels deep, for tasks this import plans under
        # Titles of programs this import renames -> their key: a keyless row giving the old title is that program,
        # in a dry run (where it still has the old title) and in the import (where it no longer has) alike.
        self._renamed: dict[str, str] = {}
        # Sheet row -> the organizations a new program's joint lead cell names after the first (its partners).
        self._joint: dict[tuple[str, int], list[int]] = {}
        # Programs the rows so far give a new task: their percent is their tasks' roll-up from now on, in the
        # dry run (which writes no task) as in the import (_move_by_progress). By id, or by key for a program
        # this file creates and the dry run has not written.
        self.given_tasks: set[int | str] = set()
        # (entity, key) -> title of the tasks and programs this file creates, as their creation is listed: a
        # percent that moves one the dry run has not written lists it with that title (_unwritten_moves). A
        # change listed later had room in the list, so the creation before it had too.
        self._listed_created: dict[tuple[str, str], str] = {}
        self._done = 0
        self._total = 1
        self._writing = apply
        self.log = ChangeLog(s, self.now, actor, batch_id, keep=apply)
        self.writer = ImportWriter(s, self.now, self.log)

    def error(
        self,
        sheet: str,
        row: int | None,
        col: layout.Column | None,
        index: int | None,
        value: Any,
        message: str | Message,
        headers: Sequence[str] = (),
    ) -> None:
        """One problem listed; ``headers`` are the sheet's, to name the column as the user wrote it."""
        self.error_count += 1
        self._writing = False
        self.log.keep = False
        if len(self.errors) < MAX_LISTED_ERRORS:
            column = column_name(col, index, headers) if col is not None and index is not None else None
            shown = None if value is None or value == "" else cells.as_text(value)
            detail = message if isinstance(message, Message) else None
            self.errors.append(ImportIssue(self.file, sheet, row, column, shown, str(message), index, detail))

    def not_imported(self, state: SheetState, row: Row, fld: str, shown: str) -> None:
        """A notice: the row's cell of ``fld``, a column the app works out itself, holds ``shown``, which is not
        imported; the notice says how to change that value instead. Not an error: the rest of the file imports."""
        self.notice_count += 1
        if len(self.notices) >= MAX_LISTED_NOTICES:
            return
        index = state.match.columns[fld]
        column = state.spec.column(fld)
        assert column.instead is not None  # only the columns the app works out have notices
        detail = message("import.not_read", value=shown, why=column.instead)
        named = column_name(column, index, state.match.headers)
        sheet = state.report.sheet
        self.notices.append(ImportIssue(self.file, sheet, row.number, named, shown, str(detail), index, detail))

    def change(self, rc: RowChange) -> None:
        """List one row's change."""
        if len(self.changes) < MAX_LISTED_CHANGES:
            self.changes.append(rc)
        else:
            self.changes_truncated = True

    def change_new(
        self, state: SheetState, row: Row, entity: str, key: str, label: str, key_said: Message | None = None
    ) -> None:
        """List a created row with the values it brings (built only while the list has room)."""
        if len(self.changes) < MAX_LISTED_CHANGES:
            self.changes.append(
                RowChange(
                    state.report.sheet, row.number, entity, key, "create", label, created_fields(state, row), key_said
                )
            )
            if entity in ("program", "task"):
                self._listed_created[entity, key] = label
        else:
            self.changes_truncated = True

    def created_title(self, entity: str, key: str) -> str:
        """The title of a program or task this file creates, as its creation was listed ('' once the list was
        full: then no later change is listed either)."""
        return self._listed_created.get((entity, key), "")

    def count(self, state: SheetState, outcome: str) -> None:
        """One more row created, updated or unchanged, on its sheet and in the whole import."""
        state.counts[outcome] += 1
        self.totals[outcome] += 1

    def update_row(
        self,
        state: SheetState,
        row: Row,
        listed: tuple[str, str, str],
        recorded: tuple[Table, str, int, str, int],
        stored: dict[str, Any],
        diffs: dict[str, Any],
        shown: tuple[FieldChange, ...] | None = None,
        kept: dict[str, Any] | None = None,
        key_said: Message | None = None,
        **also: Any,
    ) -> bool:
        """Count and list one row's changed fields; when writing, set them with version + 1 and record each.

        listed: (kind, key, title) as the change list shows the row;
        recorded: (table, entity type, row id, history key, program id) as it is stored;
        shown: the listed fields when they are not each diff as `_display` shows it; kept: filled with the fields
        that stand (a colleague's newer value may keep some), in a dry run as in the import; also: more columns
        to set. Returns whether the row was written.
        """
        kind, label, title = listed
        _table, entity, row_id, _key, program_id = recorded
        fields = [c for c in (FIELD_COLUMN.get(f, f) for f in diffs) if c in state.spec.fields]
        if self._case_refused(state, row, program_id, fields[0] if fields else state.spec.fields[0]):
            return False
        exported = row.stamp or self.later.exported_at  # the row's own stamp, else the Summary's
        if exported is None:
            state.counts["unstamped"] += 1  # a sheet made by hand: its values are meant as written
        elif self.later.after(exported):
            newer = self._newer(state, row, entity, row_id, stored, diffs, exported)
            if newer is True:
                return False
            if newer:
                # Cells the user left as exported: a colleague's later value stays.
                gone = {state.heading(FIELD_COLUMN.get(f, f)) for f in newer if f in diffs}
                diffs = {f: v for f, v in diffs.items() if f not in newer}
                if shown is not None:
                    shown = tuple(fc for fc in shown if fc.column not in gone)
                if not diffs and not shown:
                    self.count(state, "unchanged")
                    return False
        self.count(state, "updated")
        if kept is not None:
            kept.update(diffs)
        if shown is None:
            shown = tuple(
                self.field_change(state.heading(f), f, stored.get(f), n, state.heading_said(f))
                for f, n in diffs.items()
            )
        self.change(RowChange(state.report.sheet, row.number, kind, label, "update", title, shown, key_said))
        if not self._writing:
            return False
        self.writer.update(recorded, stored, diffs, {k: v(diffs) if callable(v) else v for k, v in also.items()})
        return True

    def _newer(
        self,
        state: SheetState,
        row: Row,
        entity: str,
        row_id: int,
        stored: dict[str, Any],
        diffs: dict[str, Any],
        exported: dt.datetime,
    ) -> bool | list[str]:
        """Fields of ``diffs`` to leave as a colleague changed them after the row was ``exported``; True (the
        row is not written) when a cell conflicts with such a change, each conflict listed as an error."""
        keep, conflicts = self.later.check(entity, row_id, stored, diffs, exported)
        for fld, (at_export, actor, at) in conflicts:
            col = FIELD_COLUMN.get(fld, fld)
            self._err_field(
                state,
                row,
                col if col in state.spec.fields else state.spec.fields[0],
                message(
                    "import.conflict",
                    column=state.heading(col) if col in state.spec.fields else fld,
                    # In the reader's words where the app has them (a status, an amount's unit), else as shown.
                    current=said(fld, stored.get(fld)) or self._display(fld, stored.get(fld)) or "",
                    actor=actor or message("import.someone"),
                    at=f"{at.astimezone():%Y-%m-%d %H:%M}",
                    exported=_said_recorded(fld, at_export) or self._display_stored_text(fld, at_export) or "",
                ),
            )
        return True if conflicts else keep

    def _case_refused(self, state: SheetState, row: Row, program_id: int | None, fld: str) -> bool:
        """A row that would change a case of the library is an error: cases stay as their sources state them."""
        if program_id is None:
            return False
        if program_id not in self.catalog.case_ids():
            return False
        key = next((k for k, i in self.program_ids.items() if i == program_id), None)
        try:
            rules.check_not_case(True, key or str(program_id))
        except ValidationError as exc:
            self._err_field(state, row, fld, exc.message or str(exc))
        return True

    def _err_field(self, state: SheetState, row: Row, fld: str, message: str | Message) -> None:
        idx = state.match.columns.get(fld)
        col = state.spec.column(fld) if fld in state.spec.fields else None
        raw = row.cells[idx] if idx is not None and idx < len(row.cells) else None
        self.error(state.report.sheet, row.number, col, idx, raw, message, headers=state.match.headers)
        state.counts["errors"] += 1

    def _duplicate(self, state: SheetState, row: Row, fld: str, key: Any) -> bool:
        seen = self.seen[state.spec.name]
        if key in seen:
            shown = as_shown(key) if not isinstance(key, tuple) else key[0]
            self._err_field(state, row, fld, message("import.listed_twice", value=shown, row=seen[key]))
            return True
        seen[key] = row.number
        return False

    @staticmethod
    def _from_date_cell(state: SheetState, row: Row, fld: str) -> bool:
        """Whether the row's value of ``fld`` was a date cell (not text, not a number)."""
        i = state.match.columns.get(fld)
        return i is not None and i < len(row.cells) and isinstance(row.cells[i], dt.date)

    def _date(self, state: SheetState, row: Row, fld: str, stored: PartialDate | None) -> PartialDate | None:
        """A date cell on the 1st stays the month stored before (Excel shows such a month as yyyy-mm)."""
        new = row.values.get(fld)
        if not isinstance(new, PartialDate):
            return None
        if stored is None or not self._from_date_cell(state, row, fld):  # a new row, or a date typed as text: as given
            return new
        return as_stored(new, stored)

    def _clean(
        self,
        state: SheetState,
        row: Row,
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
            out["status"] = STORED[out["status"]]
        for fld, check in CHECKS.items():
            if fld in out:
                try:
                    out[fld] = check(out[fld])
                except ValidationError as exc:
                    self._err_field(state, row, fld, exc.message or str(exc))
                    ok = False
        return out, ok

    def field_change(
        self, column: str, fld: str, old: Any, new: Any, column_said: Message | None = None
    ) -> FieldChange:
        """One changed cell as the preview lists it: shown as the app shows the field, its words as messages;
        ``column_said``: the column's name to say when the sheet has no header for it."""
        return FieldChange(
            column, self._display(fld, old), self._display(fld, new), said(fld, old), said(fld, new), column_said
        )

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
            return self.catalog.names().place_name(value) or str(value)
        if fld == "lead_organization_id":
            return self.catalog.names().organization_name(value) or str(value)
        if fld == "status":
            return Status(value).label
        if fld == "sector":
            return Sector(value).label
        if fld == "percent_complete":
            return f"{float(value):g}%"
        return render(value)


def _said_recorded(fld: str, text: str | None) -> Message | None:
    """A value as a change record holds it (text), in the reader's words where the app has them."""
    try:
        return said(fld, text)
    except ValueError:  # a status or sector no longer known: shown as recorded
        return None
