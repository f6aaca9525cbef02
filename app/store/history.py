"""Writes a change record for every field a flush changes, in the same transaction as the change."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from enum import Enum
from typing import Any

from sqlalchemy import ColumnElement, String, Table, bindparam, cast, event, insert, inspect, literal, select
from sqlalchemy.orm import Session, UOWTransaction
from sqlalchemy.sql.dml import Insert

from app.domain.dates import PartialDate
from app.store import bulk
from app.store import models as m
from app.store.derived import chunks

CHANGES_T: Table = m.ChangeRecord.__table__  # type: ignore[assignment]
RECORD_BATCH = 5000  # change records per statement

TRACKED: dict[type[Any], str] = {
    m.Program: "program",
    m.Task: "task",
    m.ProgressEntry: "progress",
    m.Indicator: "indicator",
    m.IndicatorValue: "indicator_value",
}

# Bookkeeping columns whose changes are not news to anyone.
IGNORED = frozenset(
    {"id", "created_at", "updated_at", "version", "search_text", "last_progress_on", "deleted_batch", "recorded_at"}
    | {"title_sort"}  # derived from the title, whose change is recorded
    | {"owner_id", "author_id"}  # follow the owner and author texts, whose changes are recorded
)


# Columns a new record's own place already says (its program, its indicator, its order among siblings).
CREATE_IGNORED = frozenset({"program_id", "indicator_id", "position"})


def render(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, PartialDate):
        return value.iso()
    if isinstance(value, dt.datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


class ChangeLog:
    """History rows for changes written with Core (the ORM history hook does not see those).

    Rows gather in memory and go to the database in executemany batches; `keep` False drops them
    (a preview, or an import that found an error and will write nothing).
    """

    def __init__(
        self, s: Session, now: dt.datetime, actor: str | None, batch_id: int | None, *, keep: bool = True
    ) -> None:
        self.s = s
        self.now = now
        self.actor = actor
        self.batch_id = batch_id
        self.keep = keep
        self.rows: list[dict[str, Any]] = []
        self._ranged: dict[str, Insert] = {}

    def record(
        self,
        entity: str,
        entity_id: int,
        key: str | None,
        program_id: int | None,
        action: str,
        fld: str | None = None,
        old: Any = None,
        new: Any = None,
    ) -> None:
        self.rows.append(self.row(entity, entity_id, key, program_id, action, fld, render(old), render(new)))
        if len(self.rows) >= RECORD_BATCH:
            self.flush()

    def row(
        self,
        entity: str,
        entity_id: int,
        key: str | None,
        program_id: int | None,
        action: str,
        fld: str | None,
        old: str | None,
        new: str | None,
    ) -> dict[str, Any]:
        """One change_records row as Core inserts it, old and new already rendered as text."""
        return {
            "at": self.now,
            "actor": self.actor,
            "action": action,
            "entity_type": entity,
            "entity_id": entity_id,
            "entity_key": key,
            "program_id": program_id,
            "field": fld,
            "old_value": old,
            "new_value": new,
            "import_batch_id": self.batch_id,
        }

    def created(self, entity: str, table: Table, ids: Sequence[int]) -> None:
        """A "create" record (field title: the row's first) for each of these new rows, copied inside the database.

        INSERT ... SELECT keeps hundreds of thousands of rows out of Python; ids ascend in sheet order.
        """
        if not self.keep or not ids:
            return
        self.flush()  # records already gathered come first, as they happened
        # Rows one executemany inserted have consecutive ids (the write lock keeps other writers out): one
        # range, in a statement built once. Otherwise, lists of ids.
        if ids[-1] - ids[0] + 1 == len(ids) and list(ids) == sorted(ids):
            ranged = self._ranged.get(entity)
            if ranged is None:
                ranged = self._ranged[entity] = self._copy_titles(
                    entity, table, table.c.id.between(bindparam("first"), bindparam("last"))
                )
            bulk.execute(self.s, ranged, {"first": ids[0], "last": ids[-1]})
            return
        for part in chunks(ids, 500):
            bulk.execute(self.s, self._copy_titles(entity, table, table.c.id.in_(part)))

    def _copy_titles(self, entity: str, table: Table, cond: ColumnElement[bool]) -> Insert:
        c = CHANGES_T.c
        key = literal("P", String) + cast(table.c.id, String) if entity == "progress" else table.c.key
        columns = (
            (c.at, literal(self.now, c.at.type)),
            (c.actor, literal(self.actor, c.actor.type)),
            (c.action, literal("create", c.action.type)),
            (c.entity_type, literal(entity, c.entity_type.type)),
            (c.entity_id, table.c.id),
            (c.entity_key, key),
            (c.program_id, table.c.id if entity == "program" else table.c.program_id),
            (c.field, literal("title", c.field.type)),
            (c.new_value, table.c.title),
            (c.import_batch_id, literal(self.batch_id, c.import_batch_id.type)),
        )
        return insert(CHANGES_T).from_select(
            [col.name for col, _ in columns],
            select(*(value for _, value in columns)).where(cond).order_by(table.c.id),
        )

    def flush(self) -> None:
        if self.rows and self.keep:
            bulk.insert_rows(self.s, CHANGES_T, self.rows)
        self.rows = []

    @classmethod
    def for_session(cls, s: Session, now: dt.datetime | None = None) -> ChangeLog:
        """Records under the session's actor and import, as the ORM hook writes them."""
        return cls(s, now or dt.datetime.now(dt.UTC), s.info.get("actor"), s.info.get("import_batch_id"))


def _indicator_of(session: Session, value: m.IndicatorValue) -> tuple[int | None, str]:
    # Never lazy-load inside a flush: use what is loaded, else ask the connection directly.
    ind = value.__dict__.get("indicator")
    if ind is not None:
        return ind.program_id, ind.key
    row = (
        session.connection()
        .execute(select(m.Indicator.program_id, m.Indicator.key).where(m.Indicator.id == value.indicator_id))
        .first()
    )
    return (row[0], row[1]) if row else (None, str(value.indicator_id))


def value_record_key(indicator_key: str, period: str | None, kind: str) -> str:
    """The key a change record gives an indicator value: its indicator's key, period and kind (BUDGET@2024/plan).
    Language-neutral, as --json shows it; History says it in the reader's words (read_value_record_key)."""
    return f"{indicator_key}@{period}/{kind}"


def read_value_record_key(key: str) -> tuple[str, str, str] | None:
    """The indicator key, ISO period and kind of an indicator value's recorded key; None when it is not one (a
    key cut at the column's length). Neither a key nor a period holds '@' or '/'."""
    indicator, at, rest = key.partition("@")
    period, slash, kind = rest.partition("/")
    return (indicator, period, kind) if at and slash and indicator and period else None


def _program_id(session: Session, obj: Any) -> int | None:
    if isinstance(obj, m.Program):
        return int(obj.id)
    if isinstance(obj, m.IndicatorValue):
        return _indicator_of(session, obj)[0]
    pid = getattr(obj, "program_id", None)
    return int(pid) if pid is not None else None


def _key(session: Session, obj: Any) -> str | None:
    if isinstance(obj, m.IndicatorValue):
        base = _indicator_of(session, obj)[1]
        return value_record_key(base, render(obj.period), str(obj.kind))
    if isinstance(obj, m.ProgressEntry):
        return f"P{obj.id}"
    key = getattr(obj, "key", None)
    return str(key) if key is not None else None


def _columns(obj: Any) -> list[str]:
    return [c.key for c in inspect(type(obj)).column_attrs if c.key not in IGNORED]


def _fit(value: str | None, length: int) -> str | None:
    # History must never fail a user's save: PostgreSQL enforces VARCHAR lengths, SQLite does not.
    return None if value is None else value[:length]


def _rows_for(session: Session, obj: Any, action: str) -> list[dict[str, Any]]:
    base = {
        "at": dt.datetime.now(dt.UTC),
        "actor": _fit(session.info.get("actor"), 200),
        "entity_type": TRACKED[type(obj)],
        "entity_id": obj.id,
        "entity_key": _fit(_key(session, obj), 100),
        "program_id": _program_id(session, obj),
        "import_batch_id": session.info.get("import_batch_id"),
    }
    state = inspect(obj)
    rows: list[dict[str, Any]] = []
    if action == "create":
        for name in _columns(obj):
            value = getattr(obj, name)
            if value is None or name == "deleted_at" or name in CREATE_IGNORED:
                continue
            rows.append({**base, "action": "create", "field": name, "old_value": None, "new_value": render(value)})
        if isinstance(obj, m.Program):
            for name, _old, new in _collection_changes(session, obj, created=True):
                rows.append({**base, "action": "create", "field": name, "old_value": None, "new_value": new})
        if not rows:
            rows.append({**base, "action": "create", "field": None, "old_value": None, "new_value": None})
        return rows
    if action == "purge":
        return [{**base, "action": "purge", "field": None, "old_value": None, "new_value": None}]
    for name in _columns(obj):
        hist = state.attrs[name].load_history()
        if not hist.has_changes():
            continue
        old = hist.deleted[0] if hist.deleted else None
        new = hist.added[0] if hist.added else None
        if render(old) == render(new):
            continue
        if name == "deleted_at":
            kind = "delete" if new is not None else "restore"
            rows.append({**base, "action": kind, "field": None, "old_value": None, "new_value": None})
            continue
        rows.append({**base, "action": "update", "field": name, "old_value": render(old), "new_value": render(new)})
    if isinstance(obj, m.Program):
        for name, old_text, new_text in _collection_changes(session, obj, created=False):
            rows.append({**base, "action": "update", "field": name, "old_value": old_text, "new_value": new_text})
    return rows


def _org_names(session: Session, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    rows = (
        session.connection()
        .execute(select(m.Organization.id, m.Organization.name).where(m.Organization.id.in_(ids)))
        .all()
    )
    return {int(i): str(n) for i, n in rows}


def _partner_text(names: dict[int, str], items: list[tuple[int, str | None]]) -> str | None:
    if not items:
        return None
    parts = sorted(
        f"{names.get(org, f'#{org}')} ({role})" if role else names.get(org, f"#{org}") for org, role in items
    )
    return "; ".join(parts)


Change = tuple[str, str | None, str | None]  # field, old value, new value


def _collection_changes(session: Session, p: m.Program, *, created: bool) -> list[Change]:
    """Themes and partners live in their own tables but are fields of the program to its users."""
    out: list[Change] = []
    state = inspect(p)
    themes = state.attrs.themes.history
    if created or themes.added or themes.deleted:
        old = sorted(t.theme for t in [*themes.unchanged, *themes.deleted]) if not created else []
        new = sorted(t.theme for t in [*themes.unchanged, *themes.added])
        if old != new:
            out.append(("themes", ", ".join(old) or None, ", ".join(new) or None))
    partners = state.attrs.partners.history
    current = [*partners.unchanged, *partners.added]
    role_changed = any(inspect(pp).attrs.role.history.has_changes() for pp in partners.unchanged)
    if created or partners.added or partners.deleted or role_changed:
        old_items: list[tuple[int, str | None]] = []
        if not created:
            for pp in [*partners.unchanged, *partners.deleted]:
                role_hist = inspect(pp).attrs.role.history
                role = role_hist.deleted[0] if role_hist.deleted else pp.role
                old_items.append((pp.organization_id, role))
        new_items = [(pp.organization_id, pp.role) for pp in current]
        names = _org_names(session, {o for o, _ in [*old_items, *new_items]})
        old_text, new_text = _partner_text(names, old_items), _partner_text(names, new_items)
        if old_text != new_text:
            out.append(("partners", old_text, new_text))
    return out


def _programs_touched_through_children(session: Session) -> list[m.Program]:
    """Programs whose theme or partner rows changed although the program row itself did not."""
    found: list[m.Program] = []
    for obj in [*session.new, *session.dirty, *session.deleted]:
        if isinstance(obj, m.ProgramTheme | m.ProgramPartner):
            program = obj.__dict__.get("program")
            if program is None and obj.program_id is not None:
                program = session.identity_map.get(session.identity_key(m.Program, obj.program_id))
            if isinstance(program, m.Program) and program not in found:
                found.append(program)
    return found


def _attachment_row(session: Session, att: m.Attachment, added: bool) -> dict[str, Any]:
    """An attachment added or removed is a change of its progress entry's field "attachment", by file name.

    Never its bytes: History shows what a user would say ("added minutes.pdf"), not the file."""
    row = (
        session.connection()
        .execute(select(m.ProgressEntry.program_id).where(m.ProgressEntry.id == att.progress_entry_id))
        .first()
    )
    return {
        "at": dt.datetime.now(dt.UTC),
        "actor": _fit(session.info.get("actor"), 200),
        "action": "update",
        "entity_type": "progress",
        "entity_id": att.progress_entry_id,
        "entity_key": f"P{att.progress_entry_id}",
        "program_id": row[0] if row else None,
        "field": "attachment",
        "old_value": None if added else att.name,
        "new_value": att.name if added else None,
        "import_batch_id": session.info.get("import_batch_id"),
    }


def _after_flush(session: Session, _ctx: UOWTransaction) -> None:
    if session.info.get("history_off"):
        return
    rows: list[dict[str, Any]] = []
    for obj in session.new:
        if type(obj) in TRACKED:
            rows.extend(_rows_for(session, obj, "create"))
        elif isinstance(obj, m.Attachment):
            rows.append(_attachment_row(session, obj, added=True))
    done: set[int] = set()
    for obj in session.dirty:
        if type(obj) in TRACKED and session.is_modified(obj, include_collections=isinstance(obj, m.Program)):
            rows.extend(_rows_for(session, obj, "update"))
            done.add(id(obj))
    for program in _programs_touched_through_children(session):
        if id(program) not in done and program not in session.new and program not in session.deleted:
            rows.extend(_rows_for(session, program, "update"))
    for obj in session.deleted:
        if type(obj) in TRACKED:
            rows.extend(_rows_for(session, obj, "purge"))
        elif isinstance(obj, m.Attachment):
            rows.append(_attachment_row(session, obj, added=False))
    if rows:
        session.connection().execute(insert(CHANGES_T), rows)


_installed = False


def install() -> None:
    global _installed
    if not _installed:
        event.listen(Session, "after_flush", _after_flush)
        _installed = True
