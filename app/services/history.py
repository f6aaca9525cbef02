"""Who changed what and when: filtered reads of the change records the store writes with every save."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from app.domain import dates
from app.domain.budget import unit_said
from app.domain.enums import (
    ChangeAction,
    Direction,
    Sector,
    Status,
    ValueKind,
    direction_message,
    record_label,
    sector_message,
    status_message,
    value_key_message,
    value_kind_message,
)
from app.domain.errors import ValidationError
from app.domain.fields import field_name
from app.domain.messages import Message, message
from app.store import models as m
from app.store.database import Database
from app.store.history import read_value_record_key

# The kinds of change a user can filter on, in the order menus list them.
ACTIONS = tuple(a.value for a in ChangeAction)
# What each kind of change did, as a line of the history says it ("Program P-1: moved to trash").
_DONE: dict[str, Message] = {
    "create": message("history.did.create"),
    "update": message("history.did.update"),
    "delete": message("history.did.delete"),
    "restore": message("history.did.restore"),
    "purge": message("history.did.purge"),
}
ENTITY_TYPES = ("program", "task", "progress", "indicator", "indicator_value")
# Fields that hold a flag, recorded as yes or no: said in the reader's words (예, 是).
_YES_NO = frozenset({"is_case"})
# Fields that hold ids: shown by name (a task's, a program's by title), since "place_id 12 -> 31" tells a
# reader nothing. (Only a task has a parent_id and only a progress entry a task_id among the records.)
_ID_FIELDS: dict[str, tuple[Any, Any]] = {
    "place_id": (m.Place.id, m.Place.name),
    "lead_organization_id": (m.Organization.id, m.Organization.name),
    "parent_id": (m.Task.id, m.Task.title),
    "task_id": (m.Task.id, m.Task.title),
    "based_on_id": (m.Program.id, m.Program.title),
}


@dataclass(frozen=True)
class HistoryFilter:
    """What the history is narrowed to. Empty fields do not filter."""

    program_key: str | None = None
    actor: str | None = None
    since: dt.date | dt.datetime | None = None
    until: dt.date | dt.datetime | None = None  # inclusive: the whole day when a date
    actions: tuple[str, ...] = ()
    entity_types: tuple[str, ...] = ()
    field: str | None = None
    import_batch_id: int | None = None


def shown_value(field: str | None, value: str | None) -> Message | str:
    """A recorded value as the app shows it: statuses, sectors, an indicator value's kind and an indicator's
    direction by their names in the reader's language (보류, 계획, 越低越好), not as stored (--json keeps those)."""
    if value is None:
        return ""
    try:
        if field == "status":
            return status_message(Status(value))
        if field == "sector":
            return sector_message(Sector(value))
        if field == "kind":  # only an indicator value has a kind among the recorded records
            return value_kind_message(ValueKind(value))
        if field == "direction":
            return direction_message(Direction(value))
        if field == "unit":
            return unit_said(value)  # an amount's unit in the reader's words (KRW million: 백만원)
        if field in _YES_NO and value in ("yes", "no"):  # as store/history.render records a flag
            return message("workbook.yes") if value == "yes" else message("workbook.no")
    except ValueError:
        return value
    return value


def change_text(field: str, old: str | None, new: str | None) -> Message:
    """One field's change: Status: 'On hold' -> 'Active'."""
    return message("history.change", field=field_name(field), old=shown_value(field, old), new=shown_value(field, new))


def done_text(action: str) -> Message | str:
    """What a kind of change did (moved to trash ...); an unknown kind as it is."""
    return _DONE.get(action, action)


def changes_text(parts: list[Message | str], most: int = 4) -> Message | str:
    """Several changes of one save, one after the other, at most ``most`` of them and '...' after."""
    if not parts:
        return ""
    shown: Message | str = parts[min(len(parts), most) - 1]
    for part in reversed(parts[: min(len(parts), most) - 1]):
        shown = message("history.changes_more", first=part, rest=shown)
    return message("history.changes_cut", changes=shown) if len(parts) > most else shown


@dataclass(frozen=True)
class HistoryEntry:
    """One recorded change of one field (or a create, delete, restore or purge of a whole record)."""

    id: int
    at: dt.datetime  # UTC
    actor: str | None
    action: str
    entity_type: str
    entity_id: int
    entity_key: str | None
    program_key: str | None
    field: str | None
    old_value: str | None
    new_value: str | None
    import_batch_id: int | None

    @property
    def action_label(self) -> Message | str:
        """What the change did, in the reader's words (moved to trash, 휴지통으로 옮김 ...)."""
        return done_text(self.action)

    @property
    def entity_label(self) -> Message | str:
        return record_label(self.entity_type)

    @property
    def key_said(self) -> Message | str:
        """The record's key as the reader reads it: an indicator value by its indicator's key, its period and its
        kind in the reader's words (BUDGET 2024-06-30 계획), as the import preview names it, not as recorded
        (BUDGET@2024-06-30/plan, which --json keeps)."""
        if self.entity_key is None:
            return str(self.entity_id)
        read = read_value_record_key(self.entity_key) if self.entity_type == "indicator_value" else None
        if read is not None:
            indicator, period, kind = read
            try:
                return value_key_message(indicator, period, ValueKind(kind))
            except ValueError:  # a kind this version does not know: as recorded
                pass
        return self.entity_key

    def description(self) -> Message:
        """One line in plain words, for the command line and tooltips, in the reader's language."""
        if self.action == "update" and self.field:
            what: Message | str = change_text(self.field, self.old_value, self.new_value)
        elif self.action == "create" and self.field:
            what = message(
                "history.created_with",
                field=field_name(self.field),
                value=shown_value(self.field, self.new_value),
            )
        else:
            what = self.action_label
        return message("history.line", record=self.entity_label, key=self.key_said, what=what)

    def describe(self) -> str:
        """The line of ``description`` in English."""
        return self.description().render()


@dataclass(frozen=True)
class HistoryPage:
    rows: tuple[HistoryEntry, ...]
    total: int
    offset: int


def _start_of(value: dt.date | dt.datetime) -> dt.datetime:
    """A date means the start of that day in the user's time zone; naive datetimes are local too."""
    if isinstance(value, dt.datetime):
        return value if value.tzinfo else value.astimezone()
    return dt.datetime.combine(value, dt.time.min).astimezone()


def _end_of(value: dt.date | dt.datetime) -> dt.datetime:
    if isinstance(value, dt.datetime):
        return value if value.tzinfo else value.astimezone()
    return dt.datetime.combine(value + dt.timedelta(days=1), dt.time.min).astimezone()


def parse_since(text: str) -> dt.date | dt.datetime:
    """'2026-11-01', '2026.11.1', '2026-11-01T09:30' or a number of days back like '7d' (dates.parse_since, as
    report and export read their --since); a month or a year from its first day."""
    try:
        since = dates.parse_since(text, dt.date.today())
    except ValidationError as exc:
        raise ValidationError(message("history.bad_date", text=text)) from exc
    return since if isinstance(since, dt.datetime) else since.first_day()


class HistoryService:
    """Reads change records; never writes them (the store does, in the same transaction as each change)."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def list_changes(self, flt: HistoryFilter | None = None, offset: int = 0, limit: int = 500) -> HistoryPage:
        """Newest first."""
        flt = flt or HistoryFilter()
        for action in flt.actions:
            if action not in ACTIONS:
                raise ValidationError(message("history.unknown_action", action=action, allowed=", ".join(ACTIONS)))
        for kind in flt.entity_types:
            if kind not in ENTITY_TYPES:
                raise ValidationError(message("history.unknown_record", kind=kind, allowed=", ".join(ENTITY_TYPES)))
        with self.db.read() as s:
            stmt = self._filtered(s, select(m.ChangeRecord, m.Program.key), flt)
            if stmt is None:
                return HistoryPage((), 0, offset)
            stmt = stmt.outerjoin(m.Program, m.Program.id == m.ChangeRecord.program_id)
            rows = s.execute(
                stmt.order_by(m.ChangeRecord.at.desc(), m.ChangeRecord.id.desc()).offset(offset).limit(limit)
            ).all()
            count_stmt = self._filtered(s, select(func.count(m.ChangeRecord.id)), flt)
            assert count_stmt is not None
            total = int(s.execute(count_stmt).scalar_one())
            names = self._names(s, [r for r, _ in rows])
            entries = tuple(self._entry(r, key, names) for r, key in rows)
        return HistoryPage(entries, total, offset)

    def field_history(self, entity_type: str, entity_id: int, field: str) -> list[HistoryEntry]:
        """Every value a field has had, newest first: who changed it and when."""
        with self.db.read() as s:
            rows = s.execute(
                select(m.ChangeRecord, m.Program.key)
                .outerjoin(m.Program, m.Program.id == m.ChangeRecord.program_id)
                .where(
                    m.ChangeRecord.entity_type == entity_type,
                    m.ChangeRecord.entity_id == entity_id,
                    m.ChangeRecord.field == field,
                )
                .order_by(m.ChangeRecord.at.desc(), m.ChangeRecord.id.desc())
            ).all()
            names = self._names(s, [r for r, _ in rows])
            return [self._entry(r, key, names) for r, key in rows]

    def actors(self) -> list[str]:
        """Everyone who has changed something, for the person filter."""
        with self.db.read() as s:
            return [
                a
                for a in s.execute(
                    select(m.ChangeRecord.actor)
                    .where(m.ChangeRecord.actor.is_not(None))
                    .distinct()
                    .order_by(m.ChangeRecord.actor)
                ).scalars()
                if a
            ]

    # ------------------------------------------------------------------ helpers (no commits here)
    def _program_ids(self, s: Session, key: str) -> list[int]:
        """The program's id, also when it was purged (then only its history still knows the key)."""
        ids = list(s.execute(select(m.Program.id).where(m.Program.key == key)).scalars())
        ids += list(
            s.execute(
                select(m.ChangeRecord.entity_id)
                .where(m.ChangeRecord.entity_type == "program", m.ChangeRecord.entity_key == key)
                .distinct()
            ).scalars()
        )
        return sorted(set(ids))

    def _filtered(self, s: Session, stmt: Any, flt: HistoryFilter) -> Any:
        conds: list[Any] = []
        if flt.program_key:
            ids = self._program_ids(s, flt.program_key.strip())
            if not ids:
                return None
            conds.append(
                or_(
                    m.ChangeRecord.program_id.in_(ids),
                    (m.ChangeRecord.entity_type == "program") & m.ChangeRecord.entity_id.in_(ids),
                )
            )
        if flt.actor:
            conds.append(m.ChangeRecord.actor == flt.actor)
        if flt.since is not None:
            conds.append(m.ChangeRecord.at >= _start_of(flt.since).astimezone(dt.UTC))
        if flt.until is not None:
            end = _end_of(flt.until).astimezone(dt.UTC)
            conds.append(
                m.ChangeRecord.at < end if not isinstance(flt.until, dt.datetime) else m.ChangeRecord.at <= end
            )
        if flt.actions:
            conds.append(m.ChangeRecord.action.in_(flt.actions))
        if flt.entity_types:
            conds.append(m.ChangeRecord.entity_type.in_(flt.entity_types))
        if flt.field:
            conds.append(m.ChangeRecord.field == flt.field)
        if flt.import_batch_id is not None:
            conds.append(m.ChangeRecord.import_batch_id == flt.import_batch_id)
        return stmt.where(*conds)

    def _names(self, s: Session, records: list[m.ChangeRecord]) -> dict[tuple[str, str], str]:
        wanted: dict[str, set[int]] = {}
        for r in records:
            if r.field in _ID_FIELDS:
                for v in (r.old_value, r.new_value):
                    if v is not None and v.isdigit():
                        wanted.setdefault(r.field, set()).add(int(v))
        names: dict[tuple[str, str], str] = {}
        for fld, ids in wanted.items():
            id_column, name_column = _ID_FIELDS[fld]
            for i, name in s.execute(select(id_column, name_column).where(id_column.in_(ids))).all():
                names[(fld, str(i))] = str(name)
        return names

    @staticmethod
    def _entry(r: m.ChangeRecord, program_key: str | None, names: dict[tuple[str, str], str]) -> HistoryEntry:
        def shown(value: str | None) -> str | None:
            if value is None or r.field not in _ID_FIELDS:
                return value
            return names.get((r.field, value), value)

        key = program_key
        if key is None and r.entity_type == "program":
            key = r.entity_key
        return HistoryEntry(
            id=r.id,
            at=r.at,
            actor=r.actor,
            action=r.action,
            entity_type=r.entity_type,
            entity_id=r.entity_id,
            entity_key=r.entity_key,
            program_key=key,
            field=r.field,
            old_value=shown(r.old_value),
            new_value=shown(r.new_value),
            import_batch_id=r.import_batch_id,
        )


__all__ = [
    "ACTIONS",
    "ENTITY_TYPES",
    "HistoryEntry",
    "HistoryFilter",
    "HistoryPage",
    "HistoryService",
    "change_text",
    "changes_text",
    "done_text",
    "field_name",
    "parse_since",
    "shown_value",
]
