"""Finding a place or an organization by what a person types: its key, its name or its local name, any case."""

from __future__ import annotations

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from app.store import models as m


def _wanted(text: str) -> str:
    return " ".join(text.split()).lower()


def places_named(s: Session, text: str) -> list[m.Place]:
    """Every place whose key, name or local name is ``text`` (Seoul, 서울특별시, KR-SEOUL): none, one, or
    several when a name is used twice (the caller says which key to give)."""
    wanted = _wanted(text)
    rows = s.execute(
        select(m.Place).where(
            or_(
                func.lower(m.Place.key) == wanted,
                func.lower(m.Place.name) == wanted,
                func.lower(m.Place.name_local) == wanted,
            )
        )
    )
    return list(rows.scalars().all())


def organization_named(s: Session, text: str) -> int | None:
    """The id of the organization whose key, name or local name is ``text``, or None."""
    wanted = _wanted(text)
    found = s.execute(
        select(m.Organization.id)
        .where(
            or_(
                func.lower(m.Organization.key) == wanted,
                func.lower(m.Organization.name) == wanted,
                func.lower(m.Organization.name_local) == wanted,
            )
        )
        .order_by(m.Organization.id)
    ).scalar()
    return None if found is None else int(found)
