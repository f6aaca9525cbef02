"""Places of the office: listing them with their paths, adding the districts and neighbourhoods it works in, and
renaming, moving, merging and deleting them.

Places the office adds get keys of their own (PLACE-...), which the seeded places never use, so seeding the
case library again never touches them (the seeder upserts its places by their keys only). For the same reason
the seeded places are not edited here: seeding would put their names and parents back.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session, selectinload

from app.domain import model as d
from app.domain import rules
from app.domain.enums import PlaceLevel
from app.domain.errors import NotFoundError, ValidationError
from app.domain.messages import message
from app.domain.names import compared
from app.domain.places import OFFICE_KEY_PREFIX, fit_problem, is_office_place, level_from_name
from app.services import convert
from app.store import derived, lookup
from app.store import models as m
from app.store.database import Database


@dataclass(frozen=True)
class MergeResult:
    """What a merge did: the place that remains, and how many rows now point at it instead of the merged one."""

    into: d.Place
    programs: int
    organizations: int
    places: int  # places that were inside the merged one (moved, or merged into a namesake)


class PlaceService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def list_places(self) -> list[d.Place]:
        """Every place, in path order (South Korea > Seoul > Dobong-gu)."""
        with self.db.read() as s:
            rows = s.execute(select(m.Place).options(selectinload(m.Place.parent))).scalars().all()
            places = [convert.place(r) for r in rows]
        return sorted((p for p in places if p is not None), key=lambda p: p.path)

    def program_counts(self) -> dict[int, int]:
        """How many programs (not in the trash, cases included) each place holds itself, by place id."""
        with self.db.read() as s:
            rows = s.execute(
                select(m.Program.place_id, func.count())
                .where(m.Program.place_id.is_not(None), m.Program.deleted_at.is_(None))
                .group_by(m.Program.place_id)
            ).all()
        return {int(pid): int(n) for pid, n in rows if pid is not None}

    def add_place(
        self,
        name: str,
        name_local: str | None = None,
        parent: str | None = None,
        level: PlaceLevel | None = None,
    ) -> d.Place:
        """A new place of the office under ``parent`` (a key, or an English or local name). Its level, unless
        given, is what its name says (Mapo-gu, 창동, 盐田区) or the level below its parent's."""
        clean = _name(name)
        local = (name_local or "").strip() or None
        with self.db.write() as s:
            parent_row = None
            if parent is not None and parent.strip():
                parent_row = _find(s, parent, parent=True)
            parent_level = PlaceLevel(parent_row.level) if parent_row is not None else None
            level = level or level_from_name(local or "", parent_level) or level_from_name(clean, parent_level)
            if level is None:
                raise ValidationError(message("place.level_unknown", name=clean), "level")
            if parent_row is not None:
                _check_fits(level, parent_row)
            _check_free(s, clean, parent_row.id if parent_row is not None else None)
            taken = set(s.execute(select(m.Place.key)).scalars())
            row = m.Place(
                key=rules.make_key(clean, taken, OFFICE_KEY_PREFIX),
                name=clean,
                name_local=local,
                level=level.value,
                parent_id=parent_row.id if parent_row is not None else None,
            )
            s.add(row)
            s.flush()
            return _out(s, row)

    def rename(self, place: str, new_name: str) -> d.Place:
        """Give a place of the office another English name; the programs in it (and in the places inside it)
        are found by the new name."""
        clean = _name(new_name)
        with self.db.write() as s:
            row = _office_row(s, place)
            if clean != row.name:
                if compared(clean) != compared(row.name):  # not only its spelling: another place may have it
                    _check_free(s, clean, row.parent_id)
                row.name = clean
                s.flush()
                _refresh_search(s, row.id)
            return _out(s, row)

    def set_local_name(self, place: str, name_local: str | None) -> d.Place:
        """Set (or, with nothing, clear) a place's name in the local language (마포구, 盐田区)."""
        local = (name_local or "").strip() or None
        with self.db.write() as s:
            row = _office_row(s, place)
            if local != row.name_local:
                row.name_local = local
                s.flush()
                _refresh_search(s, row.id)
            return _out(s, row)

    def move(self, place: str, parent: str | None) -> d.Place:
        """Put a place of the office inside another place (or, with no parent, at the top)."""
        with self.db.write() as s:
            row = _office_row(s, place)
            parent_row = _find(s, parent, parent=True) if parent is not None and parent.strip() else None
            if parent_row is not None:
                if parent_row.id in _subtree(s, row.id):
                    raise ValidationError(message("place.under_itself", name=row.name, parent=parent_row.name))
                _check_fits(PlaceLevel(row.level), parent_row)
            new_parent = parent_row.id if parent_row is not None else None
            if new_parent != row.parent_id:
                _check_free(s, row.name, new_parent)
                row.parent_id = new_parent
                s.flush()
                s.expire(row, ["parent"])
                _refresh_search(s, row.id)
            return _out(s, row)

    def merge(self, place: str, into: str) -> MergeResult:
        """Merge a place of the office into another: every program and organization in it, and every place
        inside it, is then in ``into`` (a place inside it with the name of one inside ``into`` is merged into
        that one too), and the merged place is deleted. Each program's change of place is in its history."""
        with self.db.write() as s:
            row = _office_row(s, place)
            target = _find(s, into)
            if target.id in _subtree(s, row.id):
                raise ValidationError(message("place.merge_into_itself", name=row.name, into=target.name))
            counts = [0, 0, 0]
            _merge(s, row, target, counts)
            s.flush()
            _refresh_search(s, target.id)
            return MergeResult(_out(s, target), programs=counts[0], organizations=counts[1], places=counts[2])

    def delete_place(self, place: str) -> None:
        """Delete a place of the office that nothing is in (no program, even in the trash, no organization and
        no place): the undo of adding one."""
        with self.db.write() as s:
            row = _office_row(s, place)
            programs = s.execute(select(func.count()).where(m.Program.place_id == row.id)).scalar_one()
            orgs = s.execute(select(func.count()).where(m.Organization.place_id == row.id)).scalar_one()
            places = s.execute(select(func.count()).where(m.Place.parent_id == row.id)).scalar_one()
            if programs or orgs or places:
                raise ValidationError(
                    message("place.in_use", name=row.name, programs=programs, organizations=orgs, places=places)
                )
            s.delete(row)
            s.flush()


def _name(text: str | None) -> str:
    clean = (text or "").strip()
    if not clean:
        raise ValidationError(message("place.name_empty"), "name")
    return clean


def _out(s: Session, row: m.Place) -> d.Place:
    s.refresh(row, ["parent"])
    result = convert.place(row)
    assert result is not None
    return result


def _find(s: Session, text: str, *, parent: bool = False) -> m.Place:
    """The place a key or an English or local name (any case) names; ``parent`` words the refusal for a place
    to put another in."""
    found = lookup.places_named(s, text)
    by_key = [p for p in found if p.key.lower() == lookup.as_typed(text)]
    if by_key:
        return by_key[0]
    if not found:
        if parent:
            raise NotFoundError(message("place.unknown_parent", parent=text.strip()))
        raise NotFoundError(message("place.unknown", place=text.strip()))
    if len(found) > 1:
        keys = ", ".join(sorted(p.key for p in found))
        raise ValidationError(message("place.parent_ambiguous", parent=text.strip(), keys=keys))
    return found[0]


def _office_row(s: Session, text: str) -> m.Place:
    row = _find(s, text)
    if not is_office_place(row.key):
        raise ValidationError(message("place.seeded", name=row.name))
    return row


def _check_fits(level: PlaceLevel, parent: m.Place) -> None:
    problem = fit_problem(level, PlaceLevel(parent.level), parent.name)
    if problem is not None:
        raise ValidationError(problem)


def _check_free(s: Session, name: str, parent_id: int | None) -> None:
    """No two places in the same place share an English name as names are compared (names.compared: any case,
    spaces and hyphens alike), so that what a person types names one of them."""
    under = m.Place.parent_id.is_(None) if parent_id is None else m.Place.parent_id == parent_id
    wanted = compared(name)
    if any(compared(str(n)) == wanted for n in s.execute(select(m.Place.name).where(under)).scalars()):
        raise ValidationError(message("place.exists", name=name), "name")


def _subtree(s: Session, root: int) -> set[int]:
    """A place and every place inside it, at any depth."""
    ids = {root}
    frontier = [root]
    while frontier:
        frontier = [
            int(i)
            for i in s.execute(select(m.Place.id).where(m.Place.parent_id.in_(frontier))).scalars()
            if int(i) not in ids
        ]
        ids.update(frontier)
    return ids


def _refresh_search(s: Session, root: int) -> None:
    """The search text of every program in a place or in a place inside it holds the place's names: rewrite it."""
    places = sorted(_subtree(s, root))
    ids: list[int] = []
    for part in derived.chunks(places):
        ids += [int(i) for i in s.execute(select(m.Program.id).where(m.Program.place_id.in_(part))).scalars()]
    derived.refresh_search(s, ids)


def _merge(s: Session, row: m.Place, target: m.Place, counts: list[int]) -> None:
    """Move what is in ``row`` into ``target`` and delete ``row``; counts: programs, organizations, places."""
    # Through the ORM, so that each program's history records its new place.
    for program in s.execute(select(m.Program).where(m.Program.place_id == row.id)).scalars():
        program.place_id = target.id
        counts[0] += 1
    orgs = select(func.count()).where(m.Organization.place_id == row.id)
    counts[1] += s.execute(orgs).scalar_one()
    s.execute(update(m.Organization).where(m.Organization.place_id == row.id).values(place_id=target.id))
    for child in list(s.execute(select(m.Place).where(m.Place.parent_id == row.id)).scalars()):
        counts[2] += 1
        wanted = compared(child.name)
        namesake = next(
            (
                p
                for p in s.execute(select(m.Place).where(m.Place.parent_id == target.id)).scalars()
                if compared(p.name) == wanted
            ),
            None,
        )
        if namesake is not None and is_office_place(child.key):
            _merge(s, child, namesake, counts)
            continue
        if namesake is not None:
            raise ValidationError(message("place.exists", name=child.name), "name")
        _check_fits(PlaceLevel(child.level), target)
        child.parent_id = target.id
    s.flush()
    s.delete(row)
    s.flush()
