"""Conflict detection: an old workbook never overwrites what colleagues changed after it was exported."""

from __future__ import annotations

import datetime as dt
from itertools import islice
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.budget import same_unit
from app.excel import layout
from app.excel.reader import Spreadsheet
from app.store.history import CHANGES_T, render

Later = tuple[str | None, str | None, dt.datetime]  # (value at export, who changed it, when)


class LaterChanges:
    """For rows this app exported: the field changes recorded after the moment they were exported. A cell is
    a conflict when its current value differs from the exported value and from the new one; a value changed
    and changed back (an undone import, say) is no conflict.

    The moment is the row's own stamp (its Exported (UTC) cell), else the Summary sheet's: a row keeps it
    when the Summary is deleted or the row is pasted into another workbook, and a row pasted from an older
    workbook into a newer one is checked against its own, older, export."""

    def __init__(self, s: Session, batch_id: int | None = None) -> None:
        self.s = s
        self.batch_id = batch_id  # this import's own changes, written before a later moment is read, are not later
        self.exported_at: dt.datetime | None = None  # the Summary sheet's
        # (entity, id) -> field -> its changes after _since, oldest first: (when, value before, who).
        self.later: dict[tuple[str, int], dict[str, list[tuple[dt.datetime, str | None, str | None]]]] = {}
        self._since: dt.datetime | None = None  # the changes recorded after this moment are loaded
        self._progress_since: dict[dt.datetime, set[int]] = {}  # moment -> programs whose progress changed after it

    def load(self, book: Spreadsheet, sheet: str = layout.SUMMARY_SHEET) -> bool:
        """Read the export moment off the Summary sheet (named and labelled in any of the app's languages);
        whether it states one."""
        for row in islice(book.rows(sheet), 12):
            if len(row) > 1 and layout.is_named(row[0], layout.EXPORTED_AT):
                self.exported_at = layout.parse_exported_at(row[1])
                return self.exported_at is not None
        return False

    def after(self, since: dt.datetime) -> bool:
        """Whether any field change was recorded after ``since`` (those changes read once: a workbook's rows
        share one moment, or a few)."""
        if self._since is None or since < self._since:
            self._load(since)
        return bool(self.later)

    def _load(self, since: dt.datetime) -> None:
        c = CHANGES_T.c
        when = c.at > since if self._since is None else (c.at > since) & (c.at <= self._since)
        if self.batch_id is not None:
            when &= c.import_batch_id.is_distinct_from(self.batch_id)
        earlier: dict[tuple[str, int], dict[str, list[tuple[dt.datetime, str | None, str | None]]]] = {}
        for etype, eid, fld, old, actor, at in self.s.execute(
            select(c.entity_type, c.entity_id, c.field, c.old_value, c.actor, c.at)
            .where(when, c.action == "update", c.field.is_not(None))
            .order_by(c.at, c.id)
        ).all():
            earlier.setdefault((str(etype), int(eid)), {}).setdefault(str(fld), []).append((at, old, actor))
        for entity, fields in earlier.items():
            known = self.later.setdefault(entity, {})
            for fld, changes in fields.items():
                known[fld] = changes + known.get(fld, [])  # older than those loaded before
        self._since = since

    def at_export(self, entity: str, row_id: int, fld: str, since: dt.datetime) -> tuple[bool, str | None]:
        """Whether the field was changed after ``since``, when the row was exported, and if so its value then,
        as the first change after that moment recorded it."""
        self.after(since)
        later = self.later.get((entity, row_id))
        first = next((ch for ch in later.get(fld, ()) if ch[0] > since), None) if later else None
        return (False, None) if first is None else (True, first[1])

    def progress_changed(self, program_id: int, since: dt.datetime) -> bool:
        """Whether a progress entry of the program was added, changed or put in the trash after ``since``: its
        last progress may have moved since then (that date is worked out, and no change record holds it)."""
        moved = self._progress_since.get(since)
        if moved is None:
            c = CHANGES_T.c
            when = (c.at > since) & (c.entity_type == "progress")
            if self.batch_id is not None:
                when &= c.import_batch_id.is_distinct_from(self.batch_id)
            moved = set(self.s.execute(select(c.program_id).where(when).distinct()).scalars())
            self._progress_since[since] = moved
        return program_id in moved

    def check(
        self, entity: str, row_id: int, stored: dict[str, Any], diffs: dict[str, Any], since: dt.datetime
    ) -> tuple[list[str], list[tuple[str, Later]]]:
        """(fields to leave as a colleague changed them after ``since``, when the row was exported; fields in
        conflict).

        A cell that still holds the value it was exported with was not edited: the newer value stays. A cell
        the user edited as well, over a colleague's change that still stands, is a conflict."""
        self.after(since)
        later = self.later.get((entity, row_id))
        keep: list[str] = []
        conflicts: list[tuple[str, Later]] = []
        if not later:
            return keep, conflicts
        for fld, new in diffs.items():
            first = next((ch for ch in later.get(fld, ()) if ch[0] > since), None)
            if first is None:
                continue
            at, at_export, actor = first
            if _same(fld, stored.get(fld), at_export):
                continue  # changed and changed back: nothing of a colleague's to keep
            if _same(fld, new, at_export):
                keep.append(fld)
                continue
            conflicts.append((fld, (at_export, actor, at)))
        return keep, conflicts


def _same(fld: str, value: Any, recorded: str | None) -> bool:
    """Whether ``value`` is what a change record holds as ``recorded`` (a unit as the app keeps it: 백만원
    recorded before units were kept in one form is KRW million)."""
    if fld == "unit":
        return same_unit(value, recorded)
    return render(value) == recorded
