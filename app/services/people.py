"""People of the office: who there is, and anonymising a person on request (Korea's PIPA, China's PIPL)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, func, or_, select, update
from sqlalchemy.orm import Session

from app.domain import model as d
from app.domain import rules
from app.domain.errors import NotFoundError, ValidationError
from app.domain.messages import message
from app.services.tasks import open_task
from app.store import lookup, people
from app.store import models as m
from app.store.database import Database


def _person(row: m.Person, department: str | None, open_tasks: int = 0) -> d.Person:
    return d.Person(row.id, row.name, row.name_local, department, row.contact, row.anonymised, open_tasks)


class PeopleService:
    """Everything about people; task owners and progress authors link to them (store/people.py)."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def list_people(self) -> list[d.Person]:
        """Everyone, by name, with the number of open tasks they own."""
        with self.db.read() as s:
            counts = dict(
                s.execute(
                    select(m.Task.owner_id, func.count())
                    .join(m.Program, m.Task.program_id == m.Program.id)
                    .where(
                        m.Task.owner_id.is_not(None),
                        m.Task.deleted_at.is_(None),
                        m.Program.deleted_at.is_(None),
                        open_task(),
                    )
                    .group_by(m.Task.owner_id)
                ).all()
            )
            rows = s.execute(
                select(m.Person, m.Organization.name)
                .outerjoin(m.Organization, m.Person.organization_id == m.Organization.id)
                .order_by(m.Person.name)
            ).all()
            return [_person(p, org, int(counts.get(p.id, 0))) for p, org in rows]

    def save_person(
        self,
        name: str,
        *,
        name_local: str | None = None,
        department: str | None = None,
        contact: str | None = None,
    ) -> d.Person:
        """Add a person, or fill in one already there (found by name or local name): local name, department
        (an organization, by key or name) and contact details; what is not given stays as it is."""
        clean = rules.check_title(name, "name")
        with self.db.write() as s:
            pid = people.person_for(s, clean)
            row = s.get(m.Person, pid)
            assert row is not None
            org_id = self._organization_id(s, department) if department else row.organization_id
            local = rules.clean_text(name_local) if name_local is not None else row.name_local
            contact_text = rules.clean_text(contact) if contact is not None else row.contact
            if (row.name_local, row.organization_id, row.contact) != (local, org_id, contact_text):
                row.name_local, row.organization_id, row.contact = local, org_id, contact_text
                row.version += 1
            s.flush()
            # Tasks and entries written with the local name before it was known now point at this person.
            people.link_person(s, row.id, [row.name, row.name_local or ""])
            return self._get(s, row.name)

    def _organization_id(self, s: Session, text: str) -> int:
        found = lookup.organization_named(s, text)
        if found is None:
            raise NotFoundError(message("organization.not_named", text=text))
        return found

    def find(self, name: str) -> d.Person:
        """The person ``name`` names (name or local name, any case and spacing)."""
        with self.db.read() as s:
            return self._get(s, name)

    def anonymise(self, name: str) -> d.Person:
        """Replace a person's name wherever it is stored: the person (name, local name, contact), the tasks
        they own, the progress they wrote, the name written in task and progress titles, descriptions and
        notes, and the history of all of it (values and who made the change). The
        anonymised person keeps their tasks and department under a name like 'Person 12'.

        On a shared server, history is append-only for staff (migration 0005): the database owner runs this."""
        with self.db.write() as s:
            row = self._row(s, name)
            if row.anonymised:
                raise ValidationError(message("person.already_anonymised", name=row.name), "name")
            old = [n for n in (row.name, row.name_local) if n]
            new = f"Person {row.id}"
            row.name, row.name_local, row.contact, row.anonymised = new, None, None, True
            row.version += 1
            s.flush()
            keys = [rules.name_key(n) for n in old]

            def named(col: Any) -> ColumnElement[bool]:
                return func.lower(func.trim(col)).in_(keys)

            # Core statements: the ORM history hook would otherwise record the old name as an old value.
            s.execute(update(m.Task).where(or_(m.Task.owner_id == row.id, named(m.Task.owner))).values(owner=new))
            s.execute(
                update(m.ProgressEntry)
                .where(or_(m.ProgressEntry.author_id == row.id, named(m.ProgressEntry.author)))
                .values(author=new)
            )
            rec = m.ChangeRecord
            for column in (rec.old_value, rec.new_value):
                s.execute(
                    update(rec)
                    .where(rec.field.in_(("owner", "author")), named(column))
                    .values({column.key: new})
                    .execution_options(synchronize_session=False)
                )
            # "Kim Minji" and "Kim Minji (db: kim)": the app writes the name before the login.
            s.execute(
                update(rec).where(named(rec.actor)).values(actor=new).execution_options(synchronize_session=False)
            )
            for n in old:
                s.execute(
                    update(rec)
                    .where(rec.actor.startswith(f"{n} (db: ", autoescape=True))
                    .values(actor=func.replace(rec.actor, f"{n} (db: ", f"{new} (db: "))
                    .execution_options(synchronize_session=False)
                )
                # The name written in text: "Met residents with 김민지" in a note, and in the history of that note.
                for column in (
                    m.Task.title,
                    m.Task.description,
                    m.ProgressEntry.title,
                    m.ProgressEntry.note,
                    rec.old_value,
                    rec.new_value,
                ):
                    table = column.class_
                    s.execute(
                        update(table)
                        .where(column.contains(n, autoescape=True))
                        .values({column.key: func.replace(column, n, new)})
                        .execution_options(synchronize_session=False)
                    )
            org = s.get(m.Organization, row.organization_id) if row.organization_id else None
            return _person(row, org.name if org else None)

    def _row(self, s: Session, name: str) -> m.Person:
        pid = people.people_by_name(s).get(rules.name_key(name))
        row = s.get(m.Person, pid) if pid is not None else None
        if row is None:
            raise NotFoundError(message("person.not_found", name=name))
        return row

    def _get(self, s: Session, name: str) -> d.Person:
        row = self._row(s, name)
        org = s.get(m.Organization, row.organization_id) if row.organization_id else None
        return _person(row, org.name if org else None)


__all__ = ["PeopleService"]
