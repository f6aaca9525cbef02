"""Writes a change record for every field a flush changes, in the same transaction as the change."""

from __future__ import annotations

import datetime as dt
from enum import Enum
from typing import Any, cast

from sqlalchemy import Table, event, insert, inspect, select
from sqlalchemy.orm import Session, UOWTransaction

from app.domain.dates import PartialDate
from app.store import models as m

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
)


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


def _indicator_of(session: Session, value: m.IndicatorValue) -> tuple[int | None, str]:
    # Never lazy-load inside a flush: use what is loaded, else ask the connection directly.
    ind = value.__dict__.get("indicator")
    if ind is not None:
        return ind.program_id, ind.key
    row = session.connection().execute(
        select(m.Indicator.program_id, m.Indicator.key).where(m.Indicator.id == value.indicator_id)
    ).first()
    return (row[0], row[1]) if row else (None, str(value.indicator_id))


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
        return f"{base}@{render(obj.period)}/{obj.kind}"
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
            if value is None or name == "deleted_at":
                continue
            rows.append({**base, "action": "create", "field": name, "old_value": None, "new_value": render(value)})
        if not rows:
            rows.append({**base, "action": "create", "field": None, "old_value": None, "new_value": None})
        return rows
    if action == "purge":
        return [{**base, "action": "delete", "field": None, "old_value": None, "new_value": "purged"}]
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
    return rows


def _after_flush(session: Session, _ctx: UOWTransaction) -> None:
    if session.info.get("history_off"):
        return
    rows: list[dict[str, Any]] = []
    for obj in session.new:
        if type(obj) in TRACKED:
            rows.extend(_rows_for(session, obj, "create"))
    for obj in session.dirty:
        if type(obj) in TRACKED and session.is_modified(obj, include_collections=False):
            rows.extend(_rows_for(session, obj, "update"))
    for obj in session.deleted:
        if type(obj) in TRACKED:
            rows.extend(_rows_for(session, obj, "purge"))
    if rows:
        session.connection().execute(insert(cast(Table, m.ChangeRecord.__table__)), rows)


_installed = False


def install() -> None:
    global _installed
    if not _installed:
        event.listen(Session, "after_flush", _after_flush)
        _installed = True
