"""Finding a place or an organization by what a person types: its key, its name or its local name, compared
as the import compares them (names.compared: any case, full-width forms, spaces and hyphens alike), and a
place by its short local form too (places.place_index: 강동 for 강동구). Where a name means several, those
whose name is what was typed (any case and spacing) come first: 도시계획과 is 도시계획과 beside a 도시 계획과."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.names import compared, name_index
from app.domain.places import place_index
from app.store import models as m


def as_typed(text: str) -> str:
    """A name as typed, compared exactly but for case and spacing."""
    return " ".join(text.split()).lower()


def _typed_first(rows: Sequence[Any], ids: list[int], text: str) -> list[int]:
    """``ids`` narrowed to the rows whose key, name or local name is ``text`` as typed, when there are any."""
    if len(ids) < 2:
        return ids
    typed = as_typed(text)
    named = {int(r.id) for r in rows if typed in {as_typed(str(n)) for n in (r.key, r.name, r.name_local) if n}}
    return [i for i in ids if i in named] or ids


def places_named(s: Session, text: str) -> list[m.Place]:
    """Every place ``text`` names (Seoul, 서울특별시, 서울, KR-SEOUL, gangdong gu): none, one, or several when a
    name is used twice (the caller says which key to give)."""
    rows = s.execute(select(m.Place.id, m.Place.key, m.Place.name, m.Place.name_local).order_by(m.Place.id)).all()
    ids = _typed_first(rows, place_index(rows).get(compared(text), []), text)
    if not ids:
        return []
    found = {p.id: p for p in s.execute(select(m.Place).where(m.Place.id.in_(ids))).scalars()}
    return [found[i] for i in ids]


def organization_named(s: Session, text: str) -> int | None:
    """The id of the organization ``text`` names (the first of several), or None."""
    wanted = compared(text)
    if not wanted:
        return None
    rows = s.execute(
        select(m.Organization.id, m.Organization.key, m.Organization.name, m.Organization.name_local).order_by(
            m.Organization.id
        )
    ).all()
    ids = _typed_first(rows, name_index(rows).get(wanted, []), text)
    return ids[0] if ids else None
