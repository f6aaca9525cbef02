"""Refuses text that its column cannot hold before it reaches the database, the same way on every backend.

SQLite stores any length in a VARCHAR(n); PostgreSQL raises "value too long". Checking before the flush
turns both into one ValidationError naming the field, instead of data that only fits on one backend.
Likewise text with a broken character (``rules.check_storable``): both drivers would fail with a
UnicodeEncodeError, deep in the flush, naming nothing.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import String, event, inspect
from sqlalchemy.orm import Session, UOWTransaction

from app.domain import rules
from app.domain.errors import ValidationError
from app.domain.fields import field_name
from app.domain.messages import message


def _limits(cls: type[Any]) -> dict[str, int | None]:
    """Each text column of ``cls`` with its length limit (None: any length)."""
    limits: dict[str, int | None] = {}
    for attr in inspect(cls).column_attrs:
        column = attr.columns[0]
        if isinstance(column.type, String):
            length = getattr(column.type, "length", None)
            limits[attr.key] = length if isinstance(length, int) else None
    return limits


_cache: dict[type[Any], dict[str, int | None]] = {}


def check(obj: Any) -> None:
    cls = type(obj)
    limits = _cache.get(cls)
    if limits is None:
        limits = _cache[cls] = _limits(cls)
    for name, length in limits.items():
        value = obj.__dict__.get(name)
        if not isinstance(value, str):
            continue
        if length is not None and len(value) > length:
            raise ValidationError(
                message("text.too_long", field=field_name(name), limit=length, length=len(value)), name
            )
        rules.check_storable(value, name)


def _before_flush(session: Session, _ctx: UOWTransaction, _instances: Any) -> None:
    for obj in (*session.new, *session.dirty):
        check(obj)


_installed = False


def install() -> None:
    global _installed
    if not _installed:
        event.listen(Session, "before_flush", _before_flush)
        _installed = True
