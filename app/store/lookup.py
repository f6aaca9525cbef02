"""Finding a place or an organization by what a person types: its key, its name or its local name, compared
as the import compares them (names.compared: any case, full-width forms, spaces and hyphens alike), and a
place by its short local form too (places.place_index: 강동 for 강동구)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.names import compared
from app.domain.places import place_index
from app.store import models as m


def places_named(s: Session, text: str) -> list[m.Place]:
    """Every place ``text`` names (Seoul, 서울특별시, 서울, KR-SEOUL, gangdong gu): none, one, or several when a
    name is used twice (the caller says which key to give)."""
    rows = s.execute(select(m.Place.id, m.Place.key, m.Place.name, m.Place.name_local).order_by(m.Place.id)).all()
    ids = place_index(rows).get(compared(text), [])
    if not ids:
        return []
    found = {p.id: p for p in s.execute(select(m.Place).where(m.Place.id.in_(ids))).scalars()}
    return [found[i] for i in ids]


def organization_named(s: Session, text: str) -> int | None:
    """The id of the organization whose key, name or local name ``text`` names (the first of several), or None."""
    wanted = compared(text)
    if not wanted:
        return None
    rows = s.execute(
        select(m.Organization.id, m.Organization.key, m.Organization.name, m.Organization.name_local).order_by(
            m.Organization.id
        )
    )
    for r in rows:
        if any(n and compared(str(n)) == wanted for n in (r.key, r.name, r.name_local)):
            return int(r.id)
    return None
