"""Places of the office: listing them with their paths, and adding the districts and neighbourhoods it works in.

Places the office adds get keys of their own (PLACE-...), which the seeded places never use, so seeding the
case library again never touches them (the seeder upserts its places by their keys only)."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from app.domain import model as d
from app.domain import rules
from app.domain.enums import PlaceLevel
from app.domain.errors import NotFoundError, ValidationError
from app.domain.messages import message
from app.domain.places import level_from_name
from app.services import convert
from app.store import lookup
from app.store import models as m
from app.store.database import Database


class PlaceService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def list_places(self) -> list[d.Place]:
        """Every place, in path order (South Korea > Seoul > Dobong-gu)."""
        with self.db.read() as s:
            rows = s.execute(select(m.Place).options(selectinload(m.Place.parent))).scalars().all()
            places = [convert.place(r) for r in rows]
        return sorted((p for p in places if p is not None), key=lambda p: p.path)

    def add_place(
        self,
        name: str,
        name_local: str | None = None,
        parent: str | None = None,
        level: PlaceLevel | None = None,
    ) -> d.Place:
        """A new place of the office under ``parent`` (a key, or an English or local name). Its level, unless
        given, is what its name says (Mapo-gu, 창동, 盐田区) or the level below its parent's."""
        clean = (name or "").strip()
        if not clean:
            raise ValidationError(message("place.name_empty"), "name")
        local = (name_local or "").strip() or None
        with self.db.write() as s:
            parent_row = None
            if parent is not None and parent.strip():
                found = lookup.places_named(s, parent)
                if not found:
                    raise NotFoundError(message("place.unknown_parent", parent=parent.strip()))
                if len(found) > 1:
                    keys = ", ".join(sorted(p.key for p in found))
                    raise ValidationError(message("place.parent_ambiguous", parent=parent.strip(), keys=keys))
                parent_row = found[0]
            parent_level = PlaceLevel(parent_row.level) if parent_row is not None else None
            level = level or level_from_name(local or "", parent_level) or level_from_name(clean, parent_level)
            if level is None:
                raise ValidationError(message("place.level_unknown", name=clean), "level")
            under = m.Place.parent_id.is_(None) if parent_row is None else m.Place.parent_id == parent_row.id
            same = select(m.Place.id).where(func.lower(m.Place.name) == clean.lower(), under)
            if s.execute(same).first() is not None:
                raise ValidationError(message("place.exists", name=clean), "name")
            taken = set(s.execute(select(m.Place.key)).scalars())
            row = m.Place(
                key=rules.make_key(clean, taken, "PLACE"),
                name=clean,
                name_local=local,
                level=level.value,
                parent_id=parent_row.id if parent_row is not None else None,
            )
            s.add(row)
            s.flush()
            s.refresh(row, ["parent"])
            result = convert.place(row)
            assert result is not None
            return result
