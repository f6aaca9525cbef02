"""Conflict detection: an old workbook never overwrites what colleagues changed after it was exported."""

from __future__ import annotations

import datetime as dt
from itertools import islice
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.excel import layout
from app.excel.reader import Spreadsheet
from app.store.history import CHANGES_T, render

Later = tuple[str | None, str | None, dt.datetime]  # (value at export, who changed it, when)


class LaterChanges:
    """For a workbook this app exported: when it read the database, and the first change recorded since for
    each (entity, id) and field. A cell is a conflict when its current value differs from the exported value
    and from the new one; a value changed and changed back (an undone import, say) is no conflict."""

    def __init__(self, s: Session) -> None:
        self.s = s
        self.exported_at: dt.datetime | None = None
        self.later: dict[tuple[str, int], dict[str, Later]] = {}

    def __bool__(self) -> bool:
        return bool(self.later)

    def load(self, book: Spreadsheet) -> None:
        """Read the export moment off the Summary sheet and the field changes recorded after it."""
        for row in islice(book.rows(layout.SUMMARY_SHEET), 12):
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

    def check(
        self, entity: str, row_id: int, stored: dict[str, Any], diffs: dict[str, Any]
    ) -> tuple[list[str], list[tuple[str, Later]]]:
        """(fields to leave as a colleague changed them after the export, fields in conflict).

        A cell that still holds the value it was exported with was not edited: the newer value stays. A cell
        the user edited as well, over a colleague's change that still stands, is a conflict."""
        later = self.later.get((entity, row_id))
        keep: list[str] = []
        conflicts: list[tuple[str, Later]] = []
        if not later:
            return keep, conflicts
        for fld, new in diffs.items():
            rec = later.get(fld)
            if rec is None:
                continue
            at_export = rec[0]
            if render(stored.get(fld)) == at_export:
                continue  # changed and changed back: nothing of a colleague's to keep
            if render(new) == at_export:
                keep.append(fld)
                continue
            conflicts.append((fld, rec))
        return keep, conflicts
