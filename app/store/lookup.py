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
    if len(ids) > 1:  # the places whose name is what was typed, any case, before those it only compares equal to
        exact = " ".join(text.split()).lower()
        named = {int(r.id) for r in rows if exact in {" ".join(str(n).split()).lower() for n in r[1:] if n}}
        ids = [i for i in ids if i in named] or ids
    if not ids:
        return []
    found = {p.id: p for p in s.execute(select(m.Place).where(m.Place.id.in_(ids))).scalars()}
    return [found[i] for i in ids]


def organization_named(s: Session, text: str) -> int | None:
    """The id of the organization whose key, name or local name ``text`` is, any case (도시계획과 is
    도시계획과 even beside a 도시 계획과), else the first whose name compares equal to it, or None."""
    wanted = compared(text)
    if not wanted:
        return None
    exact = " ".join(text.split()).lower()
    rows = s.execute(
        select(m.Organization.id, m.Organization.key, m.Organization.name, m.Organization.name_local).order_by(
            m.Organization.id
        )
    ).all()
    names = [(int(r.id), [str(n) for n in (r.key, r.name, r.name_local) if n]) for r in rows]
    for oid, said in names:
        if any(" ".join(n.split()).lower() == exact for n in said):
            return oid
    return next((oid for oid, said in names if any(compared(n) == wanted for n in said)), None)
