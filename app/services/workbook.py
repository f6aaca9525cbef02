"""Meeting workbooks: export, preview, import, undo last import, saved column mappings."""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Boolean, Float, Integer, Table, and_, null, or_, select, update
from sqlalchemy.orm import Session

from app.domain import model as d
from app.domain import rules
from app.domain.dates import PartialDate
from app.domain.errors import CivicError, NotFoundError, ValidationError
from app.domain.messages import message
from app.excel import layout as layout  # re-exported: the mapping dialog lists the sheet specs
from app.excel.content import ExportCancelledError as ExportCancelledError  # re-exported for the ui
from app.excel.reader import WorkbookError, open_spreadsheet
from app.services.importing import (
    Cancelled,
    ColumnMapping,
    ColumnRead,
    ImportCancelledError,
    ImportPreview,
    ImportRefusedError,
    ImportRun,
    PlaceChoice,
    Progress,
    SheetReport,
    SkippedRow,
    UnmatchedColumnsError,
    UnmatchedSheet,
    column_choices,
    column_said,
    reading_name,
)
from app.services.importing.catalog import INDICATORS_T, VALUES_T
from app.services.workbook_export import ExportOptions, ExportReport, default_file_name, export_workbook
from app.store import models as m
from app.store import trash
from app.store.base import PartialDateType
from app.store.bulk import insert_rows
from app.store.database import Database
from app.store.derived import (
    PROGRAMS_T,
    PROGRESS_T,
    TASKS_T,
    THEMES_T,
    chunks,
    refresh_last_progress,
    refresh_rollups,
    refresh_search,
)
from app.store.history import CHANGES_T, ChangeLog

log = logging.getLogger(__name__)

ENTITY_TABLES: dict[str, Table] = {
    "program": PROGRAMS_T,
    "task": TASKS_T,
    "progress": PROGRESS_T,
    "indicator": INDICATORS_T,
    "indicator_value": VALUES_T,
}


@dataclass(frozen=True)
class ImportResult:
    batch_id: int | None  # None: the file changed nothing, so no import was recorded and no backup kept
    created: int
    updated: int
    unchanged: int
    backup: Path | None
    preview: ImportPreview


class _NothingChangedError(Exception):
    """Rolls back an import whose file matched the database row for row."""

    def __init__(self, preview: ImportPreview) -> None:
        super().__init__("nothing changed")
        self.preview = preview


@dataclass(frozen=True)
class ImportBatchInfo:
    id: int
    file_name: str
    started_at: dt.datetime
    actor: str | None
    created: int
    updated: int
    backup: str | None
    undone_at: dt.datetime | None


@dataclass(frozen=True)
class UndoReport:
    batch_id: int
    file_name: str
    restored: int  # fields put back
    trashed: int  # rows the import had created, now in the trash
    removed: int = 0  # values the import had added to indicators that were there before, removed for good


@dataclass(frozen=True)
class SavedMappingInfo:
    name: str
    mapping: ColumnMapping


def _mapping_to_json(mp: ColumnMapping) -> str:
    data: dict[str, Any] = {"reads_as": mp.reads_as, "columns": mp.columns, "sheet": mp.sheet}
    if mp.ignored:
        data["ignored"] = list(mp.ignored)
    if mp.skip_rows or mp.include_rows:
        data["skip_rows"], data["include_rows"] = list(mp.skip_rows), list(mp.include_rows)
    if mp.places:
        data["places"] = [
            {k: v for k, v in (("name", c.name), ("parent", c.parent), ("same_as", c.same_as)) if v is not None}
            for c in mp.places
        ]
    return json.dumps(data, ensure_ascii=False)


def _mapping_from_json(text: str) -> ColumnMapping:
    data = json.loads(text)
    return ColumnMapping(
        str(data["reads_as"]),
        {str(k): str(v) for k, v in data["columns"].items()},
        data.get("sheet"),
        ignored=tuple(str(h) for h in data.get("ignored", ())),
        skip_rows=tuple(int(n) for n in data.get("skip_rows", ())),
        include_rows=tuple(int(n) for n in data.get("include_rows", ())),
        places=tuple(
            PlaceChoice(str(c["name"]), _text_or_none(c.get("parent")), _text_or_none(c.get("same_as")))
            for c in data.get("places", ())
        ),
    )


def _text_or_none(value: Any) -> str | None:
    return None if value is None else str(value)


class WorkbookService:
    """Export and import of meeting workbooks; foreign spreadsheets with saved column mappings."""

    def __init__(self, db: Database) -> None:
        self.db = db

    # ---------------------------------------------------------------------------- export
    def default_file_name(self, options: ExportOptions | None = None, today: dt.date | None = None) -> str:
        return default_file_name(self.db, options or ExportOptions(), today)

    def export_workbook(
        self,
        path: Path,
        options: ExportOptions | None = None,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> ExportReport:
        return export_workbook(self.db, path, options, progress, cancelled)

    # ---------------------------------------------------------------------------- import
    def preview_import(
        self,
        path: Path,
        mapping: ColumnMapping | Sequence[ColumnMapping] | None = None,
        *,
        sheet: str | None = None,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> ImportPreview:
        """What an import would do, without writing anything."""
        book = open_spreadsheet(Path(path))
        try:
            with self.db.read() as s:
                return ImportRun(
                    s,
                    book,
                    apply=False,
                    actor=self.db.actor,
                    mappings=_as_list(mapping),
                    only_sheet=sheet,
                    progress=progress,
                    cancelled=cancelled,
                ).run()
        finally:
            book.close()

    def apply_import(
        self,
        path: Path,
        mapping: ColumnMapping | Sequence[ColumnMapping] | None = None,
        *,
        sheet: str | None = None,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
        backup: bool = True,
    ) -> ImportResult:
        """Import in one transaction: all rows or none. A SQLite file is backed up first."""
        path = Path(path)
        book = open_spreadsheet(path)
        try:
            backup_path: Path | None = None
            if backup and self.db.is_sqlite and self.db.sqlite_path is not None:
                from app.services.database import backup_now

                backup_path = backup_now(self.db, "before-import")
            try:
                with self.db.write() as s:
                    batch = m.ImportBatch(
                        actor=self.db.actor,
                        file_name=path.name,
                        backup_path=str(backup_path) if backup_path else None,
                    )
                    s.add(batch)
                    s.flush()
                    s.info["import_batch_id"] = batch.id
                    run = ImportRun(
                        s,
                        book,
                        apply=True,
                        batch_id=batch.id,
                        actor=self.db.actor,
                        mappings=_as_list(mapping),
                        only_sheet=sheet,
                        progress=progress,
                        cancelled=cancelled,
                    )
                    preview = run.run()
                    if preview.error_count:
                        raise ImportRefusedError(preview)
                    if cancelled is not None and cancelled():
                        raise ImportCancelledError(message("import.cancelled"))
                    if not preview.created and not preview.updated:
                        # Nothing to change: no import to undo later (it would only hide the real one).
                        raise _NothingChangedError(preview)
                    batch.created_count = preview.created
                    batch.updated_count = preview.updated
                    batch_id = batch.id
            except BaseException as exc:
                # Nothing was written, so the backup taken for this import is not needed.
                if backup_path is not None:
                    from app.services.backups import discard_backup

                    discard_backup(backup_path)
                if isinstance(exc, _NothingChangedError):
                    log.info("Import of %s changed nothing: %s", path.name, exc.preview.summary())
                    return ImportResult(None, 0, 0, exc.preview.unchanged, None, exc.preview)
                raise
            log.info("Imported %s as batch %s: %s", path.name, batch_id, preview.summary())
            return ImportResult(batch_id, preview.created, preview.updated, preview.unchanged, backup_path, preview)
        finally:
            book.close()

    def last_import(self) -> ImportBatchInfo | None:
        """The newest import that has not been undone."""
        with self.db.read() as s:
            b = s.execute(
                select(m.ImportBatch)
                .where(m.ImportBatch.undone_at.is_(None))
                .order_by(m.ImportBatch.id.desc())
                .limit(1)
            ).scalar_one_or_none()
            if b is None:
                return None
            return ImportBatchInfo(
                b.id,
                b.file_name,
                b.started_at,
                b.actor,
                b.created_count,
                b.updated_count,
                b.backup_path,
                b.undone_at,
            )

    def undo_last_import(self) -> UndoReport:
        """Put back what the newest import changed and trash what it created; refused if edited since."""
        with self.db.write() as s:
            batch = s.execute(
                select(m.ImportBatch)
                .where(m.ImportBatch.undone_at.is_(None))
                .order_by(m.ImportBatch.id.desc())
                .limit(1)
            ).scalar_one_or_none()
            if batch is None:
                raise NotFoundError(message("import.nothing_to_undo"))
            report = _Undo(s, batch, self.db.actor).run()
            batch.undone_at = dt.datetime.now(dt.UTC)
            return report

    def places(self) -> list[d.Place]:
        """Every place, in path order: where the preview offers to put a place a sheet names."""
        from app.services.places import PlaceService

        return PlaceService(self.db).list_places()

    # ---------------------------------------------------------------------------- mappings
    def save_mapping(self, name: str, mapping: ColumnMapping) -> None:
        clean = (name or "").strip()
        if not clean:
            raise ValidationError(message("mapping.name_missing"))
        with self.db.write() as s:
            row = s.execute(select(m.SavedMapping).where(m.SavedMapping.name == clean)).scalar_one_or_none()
            if row is None:
                s.add(m.SavedMapping(name=clean, mapping_json=_mapping_to_json(mapping)))
            else:
                row.mapping_json = _mapping_to_json(mapping)

    def saved_mappings(self) -> list[SavedMappingInfo]:
        with self.db.read() as s:
            out = []
            for row in s.execute(select(m.SavedMapping).order_by(m.SavedMapping.name)).scalars():
                try:
                    out.append(SavedMappingInfo(row.name, _mapping_from_json(row.mapping_json)))
                except (ValueError, KeyError, TypeError):
                    log.warning("Saved mapping %r is unreadable; skipped", row.name)
            return out

    def mapping(self, name: str) -> ColumnMapping:
        for info in self.saved_mappings():
            if info.name == name:
                return info.mapping
        raise NotFoundError(message("mapping.not_found", name=name))


def _as_list(mapping: ColumnMapping | Sequence[ColumnMapping] | None) -> list[ColumnMapping]:
    if mapping is None:
        return []
    if isinstance(mapping, ColumnMapping):
        return [mapping]
    return list(mapping)


# ------------------------------------------------------------------------------------------- undo
def _typed(table: Table, fld: str, text: str | None) -> Any:
    if text is None:
        return None
    col = table.c[fld]
    if isinstance(col.type, PartialDateType):
        return PartialDate.parse(text)
    if isinstance(col.type, Float):
        return float(text)
    if isinstance(col.type, Boolean):
        return text == "yes"
    if isinstance(col.type, Integer):
        return int(text)
    return text


def _derived(rec: Any) -> bool:
    return bool(rec["entity_type"] == "program" and rec["field"] == "percent_complete")


class _Undo:
    def __init__(self, s: Session, batch: m.ImportBatch, actor: str | None) -> None:
        self.s = s
        self.batch = batch
        self.actor = actor
        self.now = dt.datetime.now(dt.UTC)
        self.log = ChangeLog(s, self.now, actor, None)

    def run(self) -> UndoReport:
        s = self.s
        recs = (
            s.execute(select(CHANGES_T).where(CHANGES_T.c.import_batch_id == self.batch.id).order_by(CHANGES_T.c.id))
            .mappings()
            .all()
        )
        # A program's percent complete is worked out from its tasks: it is recomputed after the undo, not
        # restored, and a later roll-up of it is no reason to refuse.
        programs_touched = {int(r["program_id"]) for r in recs if r["program_id"] is not None}
        recs = [r for r in recs if not _derived(r)]
        if not recs:
            self._refresh(programs_touched)
            return UndoReport(self.batch.id, self.batch.file_name, 0, 0)
        last_id = max(int(r["id"]) for r in recs)
        created = {(r["entity_type"], int(r["entity_id"])) for r in recs if r["action"] == "create"}
        fields = {(r["entity_type"], int(r["entity_id"]), r["field"]) for r in recs if r["action"] == "update"}
        entities = {(t, i) for t, i, _ in fields} | created
        self._check_later(last_id, created, fields, entities)
        restored = 0
        out: list[dict[str, Any]] = []
        programs: set[int] = set()
        for r in reversed([r for r in recs if r["action"] == "update"]):
            etype, eid, fld = r["entity_type"], int(r["entity_id"]), r["field"]
            if (etype, eid) in created or fld is None:
                continue
            table = ENTITY_TABLES[etype]
            if r["program_id"] is not None:
                programs.add(int(r["program_id"]))
            if etype == "program" and fld == "themes":
                s.execute(THEMES_T.delete().where(THEMES_T.c.program_id == eid))
                names = [t.strip() for t in (r["old_value"] or "").split(",") if t.strip()]
                if names:
                    s.execute(THEMES_T.insert(), [{"program_id": eid, "theme": t} for t in names])
            else:
                restored_value = {fld: _typed(table, fld, r["old_value"])}
                if etype == "program" and fld == "title":  # the listing sorts on title_sort (store/models.py)
                    restored_value["title_sort"] = rules.title_sort(str(restored_value[fld] or ""))
                s.execute(update(table).where(table.c.id == eid).values(restored_value))
            out.append(self._record(r, "update", fld, r["new_value"], r["old_value"]))
            restored += 1
        trashed, removed = self._trash_created(recs, created, out, programs)
        insert_rows(s, CHANGES_T, out)
        self._refresh(programs | programs_touched)
        return UndoReport(self.batch.id, self.batch.file_name, restored, trashed, removed)

    def _trash_created(
        self, recs: Sequence[Any], created: set[tuple[str, int]], out: list[dict[str, Any]], programs: set[int]
    ) -> tuple[int, int]:
        """Move what the import created to the trash; returns (rows trashed, indicator values removed).

        Each created thing joins the batch a delete in the app would give it (``store.trash``): a created
        program with everything created in it, a created task with the unit tasks created under it, anything
        else on its own. A value created for a created indicator stays with that indicator and comes back with
        it. A value added to an indicator that was there before has no place in the trash (values have no
        trash columns): it is removed, and History records that as for good.
        """
        s = self.s
        first: dict[tuple[str, int], Any] = {}
        for r in recs:
            if r["action"] == "create":
                first.setdefault((r["entity_type"], int(r["entity_id"])), r)
        ids: dict[str, list[int]] = {t: [] for t in ENTITY_TABLES}
        for etype, eid in created:
            ids[etype].append(eid)
        links: dict[tuple[str, int], tuple[int | None, int | None]] = {}  # -> (program id, parent task/indicator)
        for etype, wanted in ids.items():
            table = ENTITY_TABLES[etype]
            if etype == "program" or not wanted:
                continue
            cols: tuple[Any, ...]
            if etype == "task":
                cols = (table.c.id, table.c.program_id, table.c.parent_id)
            elif etype == "indicator_value":
                cols = (table.c.id, null(), table.c.indicator_id)
            else:
                cols = (table.c.id, table.c.program_id, null())
            for part in chunks(wanted, 500):
                for rid, program_id, parent in s.execute(select(*cols).where(table.c.id.in_(part))):
                    links[(etype, int(rid))] = (program_id, parent)
        new_indicators = set(ids["indicator"])
        whole = [(etype, eid) for etype, eid in created if etype != "indicator_value"]
        batch_of = trash.batches_of_created(
            whole,
            {key: program_id for key, (program_id, _parent) in links.items()},
            {eid: parent for (etype, eid), (_program, parent) in links.items() if etype == "task"},
        )
        batches: dict[tuple[str, str], list[int]] = {}
        trashed = removed = 0
        for etype, eid in sorted(created, key=lambda x: list(ENTITY_TABLES).index(x[0]), reverse=True):
            rec = first[(etype, eid)]
            if rec["program_id"] is not None:
                programs.add(int(rec["program_id"]))
            if etype == "indicator_value":
                parent = links.get((etype, eid), (None, None))[1]
                if parent is not None and parent in new_indicators:
                    trashed += 1  # stays with its indicator, in the trash with it
                    continue
                s.execute(VALUES_T.delete().where(VALUES_T.c.id == eid))
                out.append(self._record(rec, "purge", None, None, None))
                removed += 1
                continue
            batches.setdefault((etype, batch_of[(etype, eid)]), []).append(eid)
            out.append(self._record(rec, "delete", None, None, None))
            trashed += 1
        for (etype, batch), batch_ids in batches.items():
            trash.put(s, ENTITY_TABLES[etype], batch_ids, self.now, batch)
        return trashed, removed

    def _record(self, r: Any, action: str, fld: str | None, old: str | None, new: str | None) -> dict[str, Any]:
        return self.log.row(r["entity_type"], r["entity_id"], r["entity_key"], r["program_id"], action, fld, old, new)

    def _check_later(
        self,
        last_id: int,
        created: set[tuple[str, int]],
        fields: set[tuple[str, int, str]],
        entities: set[tuple[str, int]],
    ) -> None:
        by_type: dict[str, list[int]] = {}
        for t, i in entities:
            by_type.setdefault(t, []).append(i)
        conflicts: list[str] = []
        for etype, ids in by_type.items():
            for part in chunks(ids, 500):
                later = (
                    self.s.execute(
                        select(CHANGES_T)
                        .where(
                            CHANGES_T.c.id > last_id,
                            CHANGES_T.c.entity_type == etype,
                            CHANGES_T.c.entity_id.in_(part),
                            or_(
                                CHANGES_T.c.import_batch_id.is_(None),
                                CHANGES_T.c.import_batch_id != self.batch.id,
                            ),
                            ~and_(CHANGES_T.c.field == "percent_complete", CHANGES_T.c.entity_type == "program"),
                        )
                        .order_by(CHANGES_T.c.id)
                    )
                    .mappings()
                    .all()
                )
                for r in later:
                    key = (r["entity_type"], int(r["entity_id"]))
                    hit = (
                        key in created
                        or (r["entity_type"], int(r["entity_id"]), r["field"]) in fields
                        or (r["field"] is None and r["action"] in ("delete", "restore"))
                    )
                    if hit:
                        when = r["at"].astimezone().strftime("%Y-%m-%d %H:%M") if r["at"] else "?"
                        what = f"{r['field']}" if r["field"] else r["action"]
                        conflicts.append(f"{r['entity_type']} {r['entity_key']} {what} ({r['actor'] or '?'}, {when})")
        if conflicts:
            edits = "; ".join(conflicts[:3])
            b, name, total = self.batch.id, self.batch.file_name, len(conflicts)
            if self.batch.backup_path:
                blocked = message(
                    "import.undo_blocked_backup",
                    batch=b,
                    file=name,
                    edits=edits,
                    total=total,
                    backup=str(self.batch.backup_path),
                )
            else:
                blocked = message("import.undo_blocked", batch=b, file=name, edits=edits, total=total)
            raise CivicError(blocked)

    def _refresh(self, programs: set[int]) -> None:
        refresh_rollups(self.s, programs, self.log.record)
        refresh_last_progress(self.s, programs)
        refresh_search(self.s, programs)
        self.log.flush()


__all__ = [
    "ColumnMapping",
    "ColumnRead",
    "ExportOptions",
    "ImportBatchInfo",
    "ImportCancelledError",
    "ImportPreview",
    "ImportRefusedError",
    "ImportResult",
    "PlaceChoice",
    "SavedMappingInfo",
    "SheetReport",
    "SkippedRow",
    "UndoReport",
    "UnmatchedColumnsError",
    "UnmatchedSheet",
    "WorkbookError",
    "WorkbookService",
    "column_choices",
    "column_said",
    "reading_name",
    "save_errors_copy",
]


def save_errors_copy(source: Path, preview: ImportPreview, destination: Path, language: str = "en") -> Path:
    """A copy of ``source`` with an Errors sheet and the bad cells highlighted, the problems in ``language``."""
    from app.excel.errors_copy import write_errors_copy

    if destination.suffix.lower() != ".xlsx":
        destination = destination.with_suffix(".xlsx")
    try:
        return write_errors_copy(Path(source), preview.errors, destination, language)
    except OSError as exc:
        raise CivicError(
            message("workbook.errors.write_failed", file=destination.name, problem=exc.strerror or str(exc))
        ) from exc
