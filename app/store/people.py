"""Which person a task's owner text and a progress entry's author text name: matched, or made a new person.

One home for people matching: the app (ProgramService), the importer's writer and migration 0006 (which
does the same in its own SQL, as a migration must) turn a name as typed into a person. A name matches a
person's name or local name, in any case and spacing ('kim  minji' is 'Kim Minji'); a name nobody has
becomes a new person.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import ColumnElement, and_, func, or_, select, update
from sqlalchemy.orm import QueryableAttribute, Session, aliased

from app.domain.rules import check_storable, name_key
from app.store import models as m
from app.store.bulk import update_rows
from app.store.derived import chunks


def people_by_name(s: Session) -> dict[str, int]:
    """Every name and local name of every person -> the person's id (names first: they win a clash)."""
    out: dict[str, int] = {}
    rows = s.execute(select(m.Person.id, m.Person.name, m.Person.name_local).order_by(m.Person.id)).all()
    for pid, _name, local in rows:
        if local:
            out[name_key(local)] = pid
    for pid, name, _local in rows:
        out[name_key(name)] = pid
    return out


def person_for(s: Session, name: str | None, known: dict[str, int] | None = None, field: str = "owner") -> int | None:
    """The id of the person ``name`` names, made new when nobody has that name (None for no name).
    Text that cannot be stored is refused naming ``field``, where the user typed it."""
    if name is None or not name.strip():
        return None
    check_storable(name, field)
    known = people_by_name(s) if known is None else known
    key = name_key(name)
    if key not in known:
        person = m.Person(name=" ".join(name.split()), anonymised=False, version=1)
        s.add(person)
        s.flush()
        known[key] = person.id
    return known[key]


def _out_of_step(text: QueryableAttribute[str | None], pid: QueryableAttribute[int | None]) -> ColumnElement[bool]:
    """SQL: the id does not name the person the text names (or one of them is missing)."""
    p = aliased(m.Person)
    named = (
        select(p.id)
        .where(
            p.id == pid,
            or_(
                func.lower(p.name) == func.lower(func.trim(text)),
                func.lower(p.name_local) == func.lower(func.trim(text)),
            ),
        )
        .exists()
    )
    return or_(and_(text.is_(None), pid.is_not(None)), and_(text.is_not(None), ~named))


def link_people(s: Session, program_ids: Iterable[int] | None = None) -> None:
    """Point owner_id and author_id at the people the owner and author texts name, in these programs
    (all when None): after an import, or a task or entry written by the app."""
    known: dict[str, int] | None = None
    for scope in [None] if program_ids is None else _scopes(sorted(set(program_ids))):
        for model, text_col, id_col in (
            (m.Task, m.Task.owner, m.Task.owner_id),
            (m.ProgressEntry, m.ProgressEntry.author, m.ProgressEntry.author_id),
        ):
            conds = [_out_of_step(text_col, id_col)]
            if isinstance(scope, tuple):
                conds.append(model.program_id.between(*scope))
            elif scope is not None:
                conds.append(model.program_id.in_(scope))
            rows = s.execute(select(model.id, text_col).where(*conds)).all()
            if not rows:
                continue
            if known is None:
                known = people_by_name(s)
            for part in chunks(rows, 2000):  # a few thousand rows' links in memory at a time
                links: list[dict[str, int | None]] = []
                for row_id, text in part:
                    # An author is whoever the database says wrote it ("Kim (db: kim)"): only a name that is
                    # already a person's links; an owner text always names someone.
                    if model is m.ProgressEntry and (text is None or name_key(text) not in known):
                        pid = None
                    else:
                        pid = person_for(s, text, known)
                    links.append({"id": int(row_id), id_col.key: pid})
                update_rows(s, model.__table__, links)  # type: ignore[arg-type]
            del rows


_RUN = 50  # programs with consecutive ids (an import's new ones) are one range to look in, not an IN list


def _scopes(ids: list[int]) -> list[tuple[int, int] | list[int]]:
    """The programs of ``ids`` (sorted, distinct) as ranges of consecutive ids and lists of the others:
    100,000 new programs are one range, not 200 lists of 500."""
    scopes: list[tuple[int, int] | list[int]] = []
    single: list[int] = []
    start = 0
    for i in range(1, len(ids) + 1):
        if i < len(ids) and ids[i] == ids[i - 1] + 1:
            continue
        if i - start >= _RUN:
            scopes.append((ids[start], ids[i - 1]))
        else:
            single += ids[start:i]
        start = i
    scopes += [list(c) for c in chunks(single, 500)]
    return scopes


def link_person(s: Session, person_id: int, names: Iterable[str]) -> None:
    """Point the tasks and progress entries whose owner or author text is one of ``names`` at this person
    (a local name just given to a person: tasks typed with it are theirs)."""
    keys = sorted({name_key(n) for n in names if n and n.strip()})
    if not keys:
        return
    for model, text_col, id_col in (
        (m.Task, m.Task.owner, m.Task.owner_id),
        (m.ProgressEntry, m.ProgressEntry.author, m.ProgressEntry.author_id),
    ):
        s.execute(
            update(model)
            .where(func.lower(func.trim(text_col)).in_(keys), or_(id_col.is_(None), id_col != person_id))
            .values({id_col.key: person_id})
            .execution_options(synchronize_session=False)
        )


__all__ = ["link_people", "link_person", "name_key", "people_by_name", "person_for"]
