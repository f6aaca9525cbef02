"""The Indicators sheet: indicator definitions and their values, one row per value."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import func, select

from app.domain import rules
from app.domain.budget import same_unit, unit_said, unit_stored
from app.domain.dates import PartialDate
from app.domain.enums import Direction, ValueKind, value_key_message
from app.domain.messages import message
from app.excel import cells
from app.services.importing.catalog import INDICATORS_T, VALUES_T
from app.services.importing.reading import Row, SheetState
from app.services.importing.references import References
from app.services.importing.results import MAX_LISTED_CHANGES
from app.services.importing.worked_out import typed_over
from app.store.derived import (
    PROGRAMS_T,
    chunks,
    cited_sources,
    row_sources,
    same_number,
)
from app.store.history import value_record_key


class IndicatorsPlanner(References):
    """Plans the rows of a sheet read as Indicators, a chunk at a time."""

    def _indicators_chunk(self, state: SheetState, rows: list[Row]) -> None:
        keys = {str(row.values["indicator_key"]) for row in rows if "indicator_key" in row.values}
        pids = {
            pid
            for row in rows
            if "indicator_key" not in row.values and (pid := self.program_ids.get(str(row.values.get("program_key"))))
        }
        self._read_indicators(keys, pids)
        self._indicator_rows(state, rows)

    def _indicator_rows(self, state: SheetState, rows: list[Row]) -> None:
        """The rows, with the chunk's indicators read (_read_indicators)."""
        # Rows planned without an error, with the indicator and the stored value they are (for their sources).
        planned: list[tuple[Row, int | None, int | None]] | None = None
        if not state.office and "sources" in state.match.columns:
            planned = []
        for row in rows:
            errors = state.counts["errors"]
            found = self._indicator_row(state, row)
            if planned is not None and found is not None and state.counts["errors"] == errors:
                planned.append((row, *found))
        if planned:
            self._typed_over_sources(state, planned)

    def _typed_over_sources(self, state: SheetState, planned: list[tuple[Row, int | None, int | None]]) -> None:
        """A notice for each Source cell typed over (worked_out.py): not the sources the export writes for the
        value as stored (for a new one, its indicator's), read for the chunk's rows at once."""
        i = state.match.columns["sources"]
        typed = [p for p in planned if i < len(p[0].cells) and not cells.blank(p[0].cells[i])]
        if not typed:
            return
        indicators = {ind_id for _row, ind_id, _value_id in typed if ind_id is not None}
        values = {value_id for _row, _ind_id, value_id in typed if value_id is not None}
        cited = cited_sources(self.s, indicators, values)
        column = state.spec.column("sources")
        for row, ind_id, value_id in typed:
            shown = typed_over(column, row.cells[i], row_sources(cited, ind_id, value_id))
            if shown is not None:
                self.not_imported(state, row, "sources", shown)

    def _read_indicators(self, keys: set[str], program_ids: set[int]) -> None:
        """Read a chunk's indicators at once: those it names by key (in the trash too) and the live ones of its
        programs. Read again for each chunk: memory holds a chunk's indicators, not the import's."""
        self.stored_values = {}
        self.named_indicators = {}
        self.keyed_indicators = {}
        for part in chunks(sorted(keys), 500):
            self.keyed_indicators.update(dict.fromkeys(part))
            for rec in self.s.execute(select(INDICATORS_T).where(INDICATORS_T.c.key.in_(part))).mappings():
                self.keyed_indicators[str(rec["key"])] = dict(rec)
        self._read_named(program_ids)

    def _read_named(self, program_ids: Iterable[int]) -> None:
        """The live indicators of these programs by name, oldest first, in one query a part; not those this
        import made (the import has written them, its dry run has not: both find them in `indicators_made`)."""
        made = self.indicators_made
        for part in chunks(sorted(program_ids), 500):
            for pid in part:
                self.named_indicators[pid] = {}
            for rec in self.s.execute(
                select(INDICATORS_T)
                .where(INDICATORS_T.c.program_id.in_(part), INDICATORS_T.c.deleted_at.is_(None))
                .order_by(INDICATORS_T.c.id)
            ).mappings():
                if rec["key"] not in made:
                    self.named_indicators[int(rec["program_id"])].setdefault(str(rec["name"]), []).append(dict(rec))

    def _named(self, pid: int | None, pkey: str, name: str) -> tuple[list[dict[str, Any]], tuple[str, ...]]:
        """The program's indicators of this name, oldest first: the live ones stored before this import (read
        with the chunk, else now), and the keys of those the rows so far create, in the dry run as in the import.
        """
        stored: list[dict[str, Any]] = []
        if pid is not None:
            if pid not in self.named_indicators:
                self._read_named([pid])
            stored = [dict(rec) for rec in self.named_indicators[pid].get(name, ())]
        return stored, self.indicators_made_named.get((pkey, name), ())

    def _unit_named(self, pid: int | None, pkey: str, name: str) -> str | None:
        """The unit of the program's first indicator of this name (stored, else made by this import), if any: as
        a row of this file says it is, else as stored before the import. The import has written what a row
        said and its dry run has not: both read it from `indicator_edits`."""
        stored, made = self._named(pid, pkey, name)
        if not stored:
            return self.indicators_made[made[0]] if made else None
        edit = self.indicator_edits.get(str(stored[0]["key"]))
        said: str | None = edit["file"]["unit"] if edit is not None and "unit" in edit["file"] else stored[0]["unit"]
        return said

    def _stored_value(self, ind_id: int, kind: ValueKind, period: str, variants: set[str]) -> dict[str, Any] | None:
        """The stored value of the indicator of this kind for ``period``, else for the first of its ``variants``
        (the month and year a date cell on the 1st may mean) it has one for. An indicator's values are read once
        per chunk (a budget gives two rows per program, our Indicators sheet a row per value): a query per row
        cost a millisecond each. No row of the import changes a value that a later row looks up here: a second
        row of the same indicator, period and kind is refused first. A variant finds only a value stored before
        the import, as in its dry run, which stores none: a year's row and then a date cell on January 1st of
        that year are two values, not the second overwriting the first."""
        values = self.stored_values.get(ind_id)
        if values is None:
            values = self.stored_values[ind_id] = {}
            for rec in self.s.execute(select(VALUES_T).where(VALUES_T.c.indicator_id == ind_id)).mappings():
                values[str(rec["kind"]), str(rec["period"])] = dict(rec)
        # In the order SQLite's IN list matched them before (the period texts sorted: year, month, day).
        for p in sorted({period, *variants}):
            found = values.get((kind.value, p))
            if found is not None and (p == period or found["id"] not in self.values_made):
                return dict(found)
        return None

    def _indicator_row(self, state: SheetState, row: Row) -> tuple[int | None, int | None] | None:
        """Plan one row: its indicator and its value. The indicator's id (None: new, in a dry run) and the stored
        value's it names (None: none), or None when the row was refused."""
        v = row.values
        if "unit" in v:  # as the app keeps it: 백만원 and KRW million are one unit (a workbook in any language)
            v["unit"] = unit_stored(v["unit"])
        ikey = v.get("indicator_key")
        stored: dict[str, Any] | None = None
        if ikey is not None:
            if ikey in self.indicators_made:  # by an earlier row of this file
                return self._made_indicator_row(state, row, ikey)
            known = self.keyed_indicators[ikey]  # read with the chunk
            stored = dict(known) if known is not None else None
            if stored is not None and stored["deleted_at"] is not None:
                self._err_field(state, row, "indicator_key", message("import.indicator_in_trash", key=ikey))
                return None
        elif "name" in v and "program_key" in v:
            found, pid = self._program_id(state, row)
            if not found:
                return None
            same, made = self._named(pid, str(v["program_key"]), str(v["name"]))
            if len(same) + len(made) > 1:
                # Picking one would put the value on an indicator the user may not mean.
                keys = [str(x["key"]) for x in same] + list(made)
                self._err_field(
                    state,
                    row,
                    "name",
                    message(
                        "import.indicators_share_name",
                        count=len(keys),
                        program=v["program_key"],
                        name=v["name"],
                        keys=", ".join(keys[:5]),
                    ),
                )
                return None
            if made:
                return self._made_indicator_row(state, row, made[0])
            stored = same[0] if same else None
            ikey = stored["key"] if stored is not None else None
        ind_id: int | None
        if stored is not None:
            ind_id = int(stored["id"])
            pid = int(stored["program_id"])
            given = v.get("program_key")
            pkey = given if given is not None and self.program_ids.get(str(given)) == pid else None
            if pkey is None:
                pkey = self.s.execute(select(PROGRAMS_T.c.key).where(PROGRAMS_T.c.id == pid)).scalar()
            if "program_key" in v and v["program_key"] != pkey:
                self._err_field(
                    state, row, "program_key", message("import.indicator_of_other_program", key=ikey, program=pkey)
                )
                return None
            self.indicator_ids[str(ikey)] = (ind_id, str(pkey))
            # Name and unit repeat on every row of an indicator: the first row that says one says what it is
            # (a change, when not as stored), and every other row of the same indicator must agree (so a
            # re-import is never a change). A row leaving it blank says nothing: the next row is the first.
            edit = self.indicator_edits.get(str(ikey))
            if edit is None:
                edit = {"orig": {"name": stored["name"], "unit": stored["unit"]}, "file": {}, "row": {}}
                self.indicator_edits[str(ikey)] = edit
            if not self._as_first_row_says(state, row, str(ikey), edit):
                return None
            diffs: dict[str, Any] = {}
            for fld in ("name", "unit"):
                if fld not in v or fld in edit["file"]:
                    continue
                edit["file"][fld] = v[fld]
                edit["row"][fld] = (state.report.sheet, row.number)
                was, new = edit["orig"][fld], v[fld]
                if not (same_unit(was, new) if fld == "unit" else same_number(was, new)):
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
                return None
            pkey = str(v["program_key"])
            name = v.get("name")
            if not name:
                self._err_field(state, row, "name", message("import.indicator_needs_name"))
                return None
            if self._case_refused(state, row, pid_new, "program_key"):
                return None
            if ikey is None:
                ikey = rules.make_key(str(name), self.catalog.indicator_keys(), pkey)
            self.catalog.indicator_keys().add(ikey)
            # Later rows of it find it here, in the dry run as in the import (_made_indicator_row).
            self.indicators_made[ikey] = v.get("unit")
            by_name = (pkey, str(name))
            self.indicators_made_named[by_name] = (*self.indicators_made_named.get(by_name, ()), ikey)
            self.count(state, "created")
            self.change_new(state, row, "indicator", ikey, str(name))
            # What its first row says its name and unit are: the rows after must say the same. An office sheet's
            # budget columns say them too: an Indicators sheet's row of the indicator they make must agree.
            said: dict[str, Any] = {f: v[f] for f in ("name", "unit") if f in v}
            self.indicator_edits[ikey] = {"file": said, "row": dict.fromkeys(said, (state.report.sheet, row.number))}
            ind_id = None
            if self._writing and pid_new is not None:
                values = dict(
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
                ind_id = int(self.writer.insert_one(INDICATORS_T, values))
                self.log.record("indicator", ind_id, ikey, pid_new, "create", "name", None, name)
                self.stored_values[ind_id] = {}  # a new indicator has no value stored before this import
            self.indicator_ids[ikey] = (ind_id, pkey)
            pid = pid_new if pid_new is not None else 0
        return ind_id, self._indicator_value(state, row, ind_id, str(ikey), pid)

    def _made_indicator_row(self, state: SheetState, row: Row, ikey: str) -> tuple[int | None, int | None] | None:
        """A row of an indicator an earlier row of this file creates, found in what this import made: the import
        has written it and its dry run has not, and both plan the row alike. It says the name and unit its first
        row said; a unit no row of it gave before is its unit from now on, as the app sets a unit on an
        indicator that has none (part of making it: no change of its own)."""
        v = row.values
        ind_id, pkey = self.indicator_ids[ikey]
        if "program_key" in v and v["program_key"] != pkey:
            self._err_field(
                state, row, "program_key", message("import.indicator_of_other_program", key=ikey, program=pkey)
            )
            return None
        if not self._as_first_row_says(state, row, ikey, self.indicator_edits.get(ikey), note=True):
            return None
        if "unit" in v and self.indicators_made[ikey] is None:
            self.indicators_made[ikey] = v["unit"]
            if self._writing and ind_id is not None:
                self.writer.set_first_unit(ind_id, v["unit"])
        return ind_id, self._indicator_value(state, row, ind_id, ikey, self.program_ids.get(pkey) or 0)

    def _as_first_row_says(
        self, state: SheetState, row: Row, ikey: str, edit: dict[str, Any] | None, *, note: bool = False
    ) -> bool:
        """Name and unit repeat on every row of an indicator: whether this row says what the first row of it
        said (else an error on the row; a re-import is never a change); with ``note``, what no row before
        said is noted as said here."""
        if edit is None:
            return True
        v = row.values
        for fld in ("name", "unit"):
            if fld not in v:
                continue
            if fld not in edit["file"]:
                if note:
                    edit["file"][fld], edit["row"][fld] = v[fld], (state.report.sheet, row.number)
                continue
            if same_number(edit["file"][fld], v[fld]):
                continue
            first, (sheet, earlier), here = edit["file"][fld], edit["row"][fld], v[fld]
            if fld == "name":
                differs = message(
                    "import.indicator_name_differs", key=ikey, first=first, sheet=sheet, row=earlier, here=here
                )
            else:  # in the reader's words (천원, not KRW thousand)
                first, here = (unit_said(u) if u else "-" for u in (first, here))
                differs = message(
                    "import.indicator_unit_differs", key=ikey, first=first, sheet=sheet, row=earlier, here=here
                )
            self._err_field(state, row, fld, differs)
            return False
        return True

    def _indicator_position(self, program_id: int) -> int:
        """The position of a new indicator of the program: after its others (counted once, then by this import)."""
        positions = self.indicator_positions
        if program_id in self.writer.created_programs:
            positions.setdefault(program_id, 0)  # a program this import made has no indicator before it
        if program_id not in positions:
            positions[program_id] = int(
                self.s.execute(
                    select(func.count()).select_from(INDICATORS_T).where(INDICATORS_T.c.program_id == program_id)
                ).scalar_one()
            )
        position: int = positions[program_id]
        positions[program_id] = position + 1
        return position

    def _indicator_value(self, state: SheetState, row: Row, ind_id: int | None, ikey: str, pid: int) -> int | None:
        """Plan the row's value; the id of the stored value it is, if there is one."""
        v = row.values
        if "period" not in v and "value" not in v:
            return None
        if "period" not in v:
            self._err_field(state, row, "period", message("import.value_needs_period"))
            return None
        kind = v.get("kind", ValueKind.ACTUAL)
        period = v["period"]
        if self._duplicate(state, row, "period", (ikey, period, kind)):
            return None
        stored: dict[str, Any] | None = None
        if ind_id is not None:
            stored = self._stored_value(ind_id, kind, period.iso(), self._period_variants(state, row, period))
        label = f"{ikey} {period} {kind.value}"
        label_said = (  # only for a change the list has room for (a message per value cost 0.4 s in 200,000)
            value_key_message(ikey, period.iso(), kind) if len(self.changes) < MAX_LISTED_CHANGES else None
        )
        if stored is None:
            if "value" not in v:
                self._err_field(state, row, "value", message("import.value_needs_value"))
                return None
            if self._case_refused(state, row, pid or None, "value"):
                return None
            self.count(state, "created")
            self.change_new(state, row, "indicator value", label, f"{float(v['value']):,.10g}", label_said)
            if self._writing and ind_id is not None:
                made = dict(
                    indicator_id=ind_id,
                    period=period,
                    value=float(v["value"]),
                    kind=kind.value,
                    note=v.get("note"),
                    version=1,
                    created_at=self.now,
                    updated_at=self.now,
                )
                vid = self.writer.insert_one(VALUES_T, made)
                if period.day is None:  # a month's or a year's: what a date cell's variants look for
                    self.values_made.add(int(vid))
                if ind_id in self.stored_values:  # stored now, as a query after the insert would find it
                    self.stored_values[ind_id][kind.value, period.iso()] = {"id": vid, **made}
                self.log.record(
                    "indicator_value",
                    int(vid),
                    value_record_key(ikey, period.iso(), kind.value),
                    pid,
                    "create",
                    "value",
                    None,
                    float(v["value"]),
                )
            return None
        diffs: dict[str, Any] = {f: v[f] for f in ("value", "note") if f in v and not same_number(stored.get(f), v[f])}
        if not diffs:
            self.count(state, "unchanged")
            return int(stored["id"])
        recorded = value_record_key(ikey, str(stored["period"]), kind.value)
        self.update_row(
            state,
            row,
            ("indicator value", label, ikey),
            (VALUES_T, "indicator_value", int(stored["id"]), recorded, pid),
            stored,
            diffs,
            key_said=label_said,
            updated_at=self.now,
        )
        return int(stored["id"])

    def _period_variants(self, state: SheetState, row: Row, period: PartialDate) -> set[str]:
        # A month or year written as a date cell on the 1st: look for the month and the year too.
        if period.day == 1 and self._from_date_cell(state, row, "period"):
            out = {PartialDate(period.year, period.month).iso()}
            if period.month == 1:
                out.add(PartialDate(period.year).iso())
            return out
        return set()
