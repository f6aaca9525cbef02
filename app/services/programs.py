"""Programs, tasks, progress entries and indicators: the use cases staff run every day."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session, aliased, selectinload

from app.domain import model as d
from app.domain import rules
from app.domain.budget import unit_stored
from app.domain.dates import PartialDate
from app.domain.enums import Direction, OrganizationKind, Sector, Status, ValueKind
from app.domain.errors import ConflictError, NotFoundError, ValidationError
from app.domain.messages import Message, message
from app.domain.rollup import TaskNode, explain
from app.services import convert
from app.services.attachments import NewAttachment, attach, of_entries
from app.services.history import change_text, changes_text, done_text
from app.services.tasks import Horizon, due_on_or_before, horizon, open_task
from app.store import derived, lookup, people, trash
from app.store import models as m
from app.store.database import Database
from app.store.history import ChangeLog

PROGRESS_FIELDS = ("entry_date", "title", "note", "task_id", "percent_complete")
PROGRAM_FIELDS = (
    "title",
    "local_title",
    "summary",
    "description",
    "place_id",
    "lead_organization_id",
    "sector",
    "status",
    "start_date",
    "end_date",
    "themes",
    "partners",
    "key",
)
TASK_FIELDS = ("title", "description", "owner", "start_date", "due_date", "status", "percent_complete", "weight")
INDICATOR_FIELDS = (
    "name",
    "unit",
    "direction",
    "description",
    "baseline_value",
    "baseline_period",
    "target_value",
    "target_date",
)

SORT_COLUMNS = (
    "key",
    "title",
    "place",
    "lead_organization",
    "status",
    "start_date",
    "percent_complete",
    "last_progress",
)

# What moves to the trash with its program.

_STATUS_ORDER = {s.value: i for i, s in enumerate(Status)}


@dataclass(frozen=True)
class ProgramDraft:
    """What a new program starts with; only the title is required."""

    title: str
    key: str | None = None
    local_title: str | None = None
    summary: str | None = None
    description: str | None = None
    place_id: int | None = None
    lead_organization_id: int | None = None
    sector: Sector | None = None
    status: Status | None = Status.PLANNED
    start_date: PartialDate | None = None
    end_date: PartialDate | None = None
    themes: tuple[str, ...] = ()
    # As a person types them (the command line, the Start from this case dialog), when no id is given: a
    # place by key, name or local name; a lead organization likewise, a new name becoming an organization
    # of the office (as a workbook's unknown department does).
    place: str | None = None
    lead_organization: str | None = None


@dataclass(frozen=True)
class TaskDraft:
    title: str
    parent_id: int | None = None
    description: str | None = None
    owner: str | None = None
    start_date: PartialDate | None = None
    due_date: PartialDate | None = None
    status: Status | None = Status.PLANNED
    percent_complete: float | None = None
    weight: float = 1.0
    key: str | None = None


@dataclass(frozen=True)
class ProgressBefore:
    """The percent and status a progress entry may change, as they were before it: what undo puts back."""

    percent_complete: float | None
    status: Status | None


@dataclass(frozen=True)
class DueTask:
    task: d.Task
    program_key: str
    program_title: str
    overdue: bool
    program_local_title: str | None = None


@dataclass(frozen=True)
class Overview:
    by_status: dict[str, int]
    overdue: tuple[DueTask, ...]
    stale: tuple[d.ProgramSummary, ...]
    latest: tuple[d.ProgressEntry, ...]
    program_count: int
    case_count: int
    due_this_week: tuple[DueTask, ...] = ()  # open, not overdue, due by Sunday


def _today() -> dt.date:
    return dt.date.today()


class ProgramService:
    """Everything about programs and what belongs to them."""

    def __init__(self, db: Database, today: Any = _today) -> None:
        self.db = db
        self._today = today

    # ------------------------------------------------------------------ reading
    def list_programs(
        self,
        flt: d.ProgramFilter | None = None,
        sort: str = "title",
        descending: bool = False,
        offset: int = 0,
        limit: int = 200,
        with_total: bool = True,
    ) -> d.Page:
        """One page of program rows, filtered and sorted in the database."""
        flt = flt or d.ProgramFilter()
        with self.db.read() as s:
            place = aliased(m.Place)
            org = aliased(m.Organization)
            stmt: Any = (
                # Only the columns a table row shows, not whole Program objects: a page is read for
                # every window opened, keystroke and scroll, and ORM objects cost a third more per page.
                select(*_SUMMARY_COLUMNS, place.name, org.name, place.name_local, org.name_local)
                .outerjoin(place, m.Program.place_id == place.id)
                .outerjoin(org, m.Program.lead_organization_id == org.id)
            )
            stmt = self._apply_filter(s, stmt, flt)
            order = self._order(sort, place, org)
            # Empty values first when ascending, last when descending, on every backend (SQLite's rule;
            # PostgreSQL's default is the opposite).
            primary = order.desc().nulls_last() if descending else order.asc().nulls_first()
            stmt = stmt.order_by(primary, m.Program.id.desc() if descending else m.Program.id)
            rows = s.execute(stmt.offset(offset).limit(limit)).all()
            total = self._count(s, flt) if with_total else -1
            result = tuple(_summary_of_row(row) for row in rows)
        return d.Page(rows=result, total=total, offset=offset)

    def count_programs(self, flt: d.ProgramFilter | None = None) -> int:
        with self.db.read() as s:
            return self._count(s, flt or d.ProgramFilter())

    def _count(self, s: Session, flt: d.ProgramFilter) -> int:
        stmt = self._apply_filter(s, select(func.count(m.Program.id)), flt)
        return int(s.execute(stmt).scalar_one())

    def _apply_filter(self, s: Session, stmt: Any, flt: d.ProgramFilter) -> Any:
        conds: list[Any] = [m.Program.deleted_at.is_(None)]
        text = rules.check_storable(flt.text.strip().lower(), "search")
        if text:
            for word in text.split():
                escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                conds.append(m.Program.search_text.like(f"%{escaped}%", escape="\\"))
        if flt.statuses:
            conds.append(m.Program.status.in_([st.value for st in flt.statuses]))
        if flt.is_case is not None:
            conds.append(m.Program.is_case.is_(flt.is_case))
        if flt.place_id is not None or flt.country_id is not None:
            root = flt.place_id if flt.place_id is not None else flt.country_id
            assert root is not None
            conds.append(m.Program.place_id.in_(self._place_subtree(s, root)))
        if flt.theme:
            conds.append(m.Program.id.in_(select(m.ProgramTheme.program_id).where(m.ProgramTheme.theme == flt.theme)))
        if flt.program_keys:
            conds.append(m.Program.key.in_(flt.program_keys))
        return stmt.where(and_(*conds))

    def _place_subtree(self, s: Session, root: int) -> list[int]:
        ids = [root]
        frontier = [root]
        while frontier:
            frontier = list(s.execute(select(m.Place.id).where(m.Place.parent_id.in_(frontier))).scalars())
            ids.extend(frontier)
        return ids

    def _order(self, sort: str, place: Any, org: Any) -> Any:
        if sort not in SORT_COLUMNS:
            raise ValidationError(message("program.unknown_sort", sort=sort, allowed=", ".join(SORT_COLUMNS)))
        return {
            "key": m.Program.key,
            # title_sort is lower(title), kept by the model: the listing index gives this order.
            "title": m.Program.title_sort,
            "place": place.name,
            "lead_organization": org.name,
            "status": case(_STATUS_ORDER, value=m.Program.status, else_=99),
            "start_date": m.Program.start_date,
            "percent_complete": m.Program.percent_complete,
            "last_progress": m.Program.last_progress_on,
        }[sort]

    @staticmethod
    def _summary(p: m.Program, place_name: str | None, org_name: str | None) -> d.ProgramSummary:
        return d.ProgramSummary(
            id=p.id,
            key=p.key,
            title=p.title,
            local_title=p.local_title,
            place=place_name,
            lead_organization=org_name,
            status=convert.status(p.status),
            start_date=p.start_date,
            end_date=p.end_date,
            percent_complete=p.percent_complete,
            last_progress=p.last_progress_on,
            is_case=p.is_case,
            version=p.version,
        )

    def get_program(self, key: str) -> d.Program:
        with self.db.read() as s:
            return self._detail(s, self._program(s, key))

    def details(self, s: Session, program_ids: Sequence[int]) -> list[d.Program]:
        """Programs with everything that belongs to them, read in the caller's transaction: a report
        (services/report.py) reads several of them, with what it gathers besides, in one snapshot."""
        return [self._detail(s, self._program_by_id(s, pid)) for pid in program_ids]

    def program_keys(self) -> list[str]:
        with self.db.read() as s:
            return list(
                s.execute(select(m.Program.key).where(m.Program.deleted_at.is_(None)).order_by(m.Program.key)).scalars()
            )

    def find_programs(self, text: str, limit: int = 20) -> list[d.ProgramSummary]:
        """Programs whose key, title or place match what was typed, for quick pickers."""
        return list(self.list_programs(d.ProgramFilter(text=text), limit=limit, with_total=False).rows)

    def rollup_explanation(self, key: str) -> str:
        with self.db.read() as s:
            p = self._program(s, key)
            tasks = self._live_tasks(s, p.id)
            return explain(
                [TaskNode(t.id, t.parent_id, convert.status(t.status), t.percent_complete, t.weight) for t in tasks],
                {t.id: t.title for t in tasks},
            )

    def list_places(self) -> list[d.Place]:
        with self.db.read() as s:
            rows = s.execute(select(m.Place).options(selectinload(m.Place.parent))).scalars().all()
            places = [convert.place(r) for r in rows]
        return sorted((p for p in places if p is not None), key=lambda p: p.path)

    def list_organizations(self) -> list[d.Organization]:
        with self.db.read() as s:
            rows = s.execute(select(m.Organization).order_by(m.Organization.name)).scalars().all()
            return [o for o in (convert.organization(r) for r in rows) if o is not None]

    def list_themes(self) -> list[str]:
        with self.db.read() as s:
            return list(s.execute(select(m.ProgramTheme.theme).distinct().order_by(m.ProgramTheme.theme)).scalars())

    def due_tasks(self, within_days: int = 14, limit: int = 500) -> list[DueTask]:
        """Open tasks due within the coming days or already overdue, soonest first."""
        today = self._today()
        horizon = today + dt.timedelta(days=within_days)
        with self.db.read() as s:
            stmt = (
                select(m.Task, m.Program.key, m.Program.title, m.Program.local_title)
                .join(m.Program, m.Task.program_id == m.Program.id)
                .where(
                    m.Task.deleted_at.is_(None),
                    m.Program.deleted_at.is_(None),
                    due_on_or_before(horizon),
                    open_task(),
                )
                .order_by(m.Task.due_date, m.Task.id)
                .limit(limit)
            )
            out = []
            for t, pkey, ptitle, plocal in s.execute(stmt).all():
                task = convert.task(t)
                late = rules.is_overdue(task.due_date, task.status, today)
                out.append(DueTask(task, pkey, ptitle, late, plocal))
            return out

    def overview(self, stale_days: int = 30, latest: int = 15) -> Overview:
        """What the dashboard shows, for the office's own programs."""
        today = self._today()
        cutoff = PartialDate.of_date(today - dt.timedelta(days=stale_days)).iso()
        with self.db.read() as s:
            own = and_(m.Program.deleted_at.is_(None), m.Program.is_case.is_(False))
            by_status = {
                (st or "none"): int(n)
                for st, n in s.execute(
                    select(m.Program.status, func.count()).where(own).group_by(m.Program.status)
                ).all()
            }
            stale_rows = (
                s.execute(
                    select(m.Program)
                    .where(
                        own,
                        or_(m.Program.status.is_(None), m.Program.status.not_in(["completed", "cancelled"])),
                        or_(m.Program.last_progress_on.is_(None), m.Program.last_progress_on < cutoff),
                    )
                    .order_by(m.Program.last_progress_on.asc().nulls_first(), m.Program.title)
                    .limit(100)
                )
                .scalars()
                .all()
            )
            stale = tuple(self._summary(p, None, None) for p in stale_rows)
            latest_rows = s.execute(
                select(m.ProgressEntry, m.Program.key)
                .join(m.Program, m.ProgressEntry.program_id == m.Program.id)
                .where(own, m.ProgressEntry.deleted_at.is_(None))
                # Newest recorded first; ids grow with recording time and are indexed (no sort over
                # a million entries).
                .order_by(m.ProgressEntry.id.desc())
                .limit(latest)
            ).all()
            # Converted inside the transaction: the rows expire when it ends.
            # Shown newest date first (the latest recorded may have been logged for an earlier day).
            latest_entries = tuple(
                sorted(
                    (convert.progress(e, k) for e, k in latest_rows),
                    key=lambda e: (e.entry_date.sort_key(), e.id),
                    reverse=True,
                )
            )
            counts = dict(
                s.execute(
                    select(m.Program.is_case, func.count())
                    .where(m.Program.deleted_at.is_(None))
                    .group_by(m.Program.is_case)
                ).all()
            )
        overdue = tuple(t for t in self.due_tasks(within_days=0) if t.overdue)
        to_sunday = 6 - today.weekday()
        this_week = tuple(
            t for t in self.due_tasks(within_days=to_sunday) if horizon(t.task, today) is Horizon.THIS_WEEK
        )
        return Overview(
            by_status=by_status,
            overdue=overdue,
            due_this_week=this_week,
            stale=stale,
            latest=latest_entries,
            program_count=int(counts.get(False, 0)),
            case_count=int(counts.get(True, 0)),
        )

    # ------------------------------------------------------------------ program writes
    def create_program(self, draft: ProgramDraft) -> d.Program:
        """A program of the office. Cases of the library are written by the seeder alone."""
        return self.new_program(draft)

    def new_program(self, draft: ProgramDraft, from_case: str | None = None) -> d.Program:
        """A program of the office: blank, or started from the case ``from_case`` of the library.

        From a case it gets the case's structure as work to do (its tasks, Planned, with no description,
        owner, dates or percent; its indicators' definitions, without values, baselines or targets) and a
        link to the case; title, place, lead organization and start date are the draft's, not the case's.
        The window's Start from this case dialog and ``programs new`` both come here."""
        return self._new_program(draft, from_case)

    def _new_program(self, draft: ProgramDraft, from_case: str | None, key_title: str | None = None) -> d.Program:
        title = rules.check_title(draft.title)
        rules.check_range(draft.start_date, draft.end_date)
        with self.db.write() as s:
            case_row = None
            if from_case is not None:
                case_row = self._program(s, from_case)
                if not case_row.is_case:
                    raise ValidationError(message("case.not_a_case", key=case_row.key), "case")
            key = self._new_program_key(s, draft.key, key_title or title)
            sector = draft.sector.value if draft.sector else (case_row.sector if case_row is not None else None)
            themes = draft.themes or (tuple(t.theme for t in case_row.themes) if case_row is not None else ())
            p = m.Program(
                key=key,
                title=title,
                local_title=_clean(draft.local_title),
                summary=_clean(draft.summary),
                description=_clean(draft.description),
                place_id=self._place_of(s, draft),
                lead_organization_id=self._lead_of(s, draft),
                sector=sector,
                status=draft.status.value if draft.status else None,
                start_date=draft.start_date,
                end_date=draft.end_date,
                is_case=False,
                based_on_id=case_row.id if case_row is not None else None,
                version=1,
            )
            p.themes = [m.ProgramTheme(theme=t) for t in _clean_themes(themes)]
            s.add(p)
            s.flush()
            if case_row is not None:
                self._copy_structure(s, case_row, p)
                self._refresh_rollup(s, p)
            self._refresh_search(s, p)
            return self._detail(s, p)

    def _place_of(self, s: Session, draft: ProgramDraft) -> int | None:
        if draft.place_id is not None or not (draft.place or "").strip():
            return self._check_place(s, draft.place_id)
        assert draft.place is not None
        found = lookup.places_named(s, draft.place)
        if not found:
            raise NotFoundError(message("place.not_named", text=draft.place.strip()))
        if len(found) > 1:
            keys = ", ".join(sorted(p.key for p in found))
            raise ValidationError(message("place.ambiguous", text=draft.place.strip(), keys=keys), "place")
        return found[0].id

    def _lead_of(self, s: Session, draft: ProgramDraft) -> int | None:
        if draft.lead_organization_id is not None or not (draft.lead_organization or "").strip():
            return self._check_org(s, draft.lead_organization_id)
        assert draft.lead_organization is not None
        return self._organization_for(s, draft.lead_organization)

    def _organization_for(self, s: Session, name: str, kind: OrganizationKind | None = None, **extra: Any) -> int:
        """The organization ``name`` names (key, name or local name), or a new one of the office by that name."""
        clean = " ".join((name or "").split())
        if not clean:
            raise ValidationError(message("organization.name_empty"), "name")
        found = lookup.organization_named(s, clean)
        if found is not None:
            return found
        taken = set(s.execute(select(m.Organization.key)).scalars())
        org = m.Organization(
            key=rules.make_key(clean, taken, "ORG"),
            name=clean,
            kind=kind.value if kind else None,
            **extra,
        )
        s.add(org)
        s.flush()
        return org.id

    def suggest_from_case(self, case_key: str) -> ProgramDraft:
        """What the Start from this case dialog offers to start with: the case's title, place and lead
        organization, for the user to make the office's own (the case's start date is history, not ours)."""
        with self.db.read() as s:
            case_row = self._program(s, case_key)
            if not case_row.is_case:
                raise ValidationError(message("case.not_a_case", key=case_row.key), "case")
            return ProgramDraft(
                title=case_row.title,
                place_id=case_row.place_id,
                lead_organization_id=case_row.lead_organization_id,
            )

    def _new_program_key(self, s: Session, wanted: str | None, title: str) -> str:
        if wanted:
            key = rules.check_key(wanted, "Program key")
            if s.execute(select(m.Program.id).where(m.Program.key == key)).first():
                raise ValidationError(message("program.key_taken", key=key), "key")
            return key
        stem = rules.make_key(title)
        taken = set(s.execute(select(m.Program.key).where(m.Program.key.like(f"{stem}%"))).scalars())
        return rules.make_key(title, taken)

    def update_program(self, key: str, changes: Mapping[str, Any], expected_version: int | None = None) -> d.Program:
        """Apply field changes; refused if somebody else saved the program since ``expected_version``."""
        unknown = set(changes) - set(PROGRAM_FIELDS)
        if unknown:
            raise ValidationError(message("program.unknown_fields", fields=", ".join(sorted(unknown))))
        with self.db.write() as s:
            p = self._program(s, key, lock=expected_version is not None, change=True)
            self._check_version(p, expected_version, s)
            self._apply_program_changes(s, p, changes)
            s.flush()
            return self._detail(s, p)

    def _apply_program_changes(self, s: Session, p: m.Program, changes: Mapping[str, Any]) -> None:
        values = dict(changes)
        if "title" in values:
            values["title"] = rules.check_title(values["title"])
        start = values.get("start_date", p.start_date)
        end = values.get("end_date", p.end_date)
        rules.check_range(start, end)
        touched = False
        for name, value in values.items():
            if name == "key":
                new_key = rules.check_key(value, "Program key")
                if new_key != p.key and s.execute(select(m.Program.id).where(m.Program.key == new_key)).first():
                    raise ValidationError(message("program.key_taken", key=new_key), "key")
                value = new_key
            elif name == "themes":
                new = _clean_themes(value)
                if [t.theme for t in p.themes] != new:
                    p.themes = [m.ProgramTheme(theme=t) for t in new]
                    touched = True
                continue
            elif name == "partners":
                self._set_partners(s, p, value)
                touched = True
                continue
            elif name == "place_id":
                value = self._check_place(s, value)
            elif name == "lead_organization_id":
                value = self._check_org(s, value)
            elif name in ("status", "sector"):
                value = value.value if value is not None else None
            elif name in ("local_title", "summary", "description"):
                value = _clean(value)
            if getattr(p, name) != value:
                setattr(p, name, value)
                touched = True
        if touched:
            p.version += 1
            p.updated_at = dt.datetime.now(dt.UTC)
            s.flush()
            self._refresh_search(s, p)

    def _set_partners(self, s: Session, p: m.Program, partners: Sequence[tuple[int, str | None]]) -> None:
        # Update in place (no intermediate flush) so history records one change from the old list to the new.
        wanted: dict[int, str | None] = {}
        for org_id, role in partners:
            self._check_org(s, org_id)
            wanted[int(org_id)] = _clean(role)
        keep: list[m.ProgramPartner] = []
        for pp in p.partners:
            if pp.organization_id in wanted:
                role = wanted.pop(pp.organization_id)
                if pp.role != role:
                    pp.role = role
                keep.append(pp)
        keep.extend(m.ProgramPartner(organization_id=org, role=role) for org, role in wanted.items())
        p.partners = keep

    def delete_program(self, key: str) -> str:
        """Move a program with its tasks, progress and indicators to the trash. Returns the trash batch id."""
        with self.db.write() as s:
            p = self._program(s, key, change=True)
            batch = trash.trash_program(s, p, dt.datetime.now(dt.UTC))
            p.version += 1
        return batch

    def restore_program(self, key: str) -> d.Program:
        """Bring a program back from the trash with everything that was deleted with it."""
        with self.db.write() as s:
            p = s.execute(select(m.Program).where(m.Program.key == key)).scalar_one_or_none()
            if p is None or p.deleted_at is None:
                raise NotFoundError(message("program.not_in_trash", key=key))
            rules.check_not_case(p.is_case, p.key)
            trash.restore_program(s, p)
            p.version += 1
            s.flush()
            return self._detail(s, p)

    def create_organization(
        self,
        name: str,
        kind: OrganizationKind | None = None,
        place_id: int | None = None,
        name_local: str | None = None,
    ) -> d.Organization:
        clean = (name or "").strip()
        if not clean:
            raise ValidationError(message("organization.name_empty"), "name")
        with self.db.write() as s:
            oid = self._organization_for(
                s, clean, kind, name_local=_clean(name_local), place_id=self._check_place(s, place_id)
            )
            result = convert.organization(s.get(m.Organization, oid))
            assert result is not None
            return result

    # ------------------------------------------------------------------ tasks
    def add_task(self, program_key: str, draft: TaskDraft) -> d.Task:
        title = rules.check_title(draft.title)
        rules.check_percent(draft.percent_complete)
        rules.check_range(draft.start_date, draft.due_date, "due_date")
        weight = rules.check_weight(draft.weight)
        with self.db.write() as s:
            p = self._program(s, program_key, change=True)
            if draft.parent_id is not None:
                parent = self._task(s, draft.parent_id)
                if parent.program_id != p.id:
                    raise ValidationError(message("task.parent_in_other_program"), "parent")
                rules.check_depth(derived.task_depth(s, parent.id) + 1)
            key = self._new_task_key(s, p.key, draft.key)
            position = (
                int(
                    s.execute(
                        select(func.coalesce(func.max(m.Task.position), -1)).where(
                            m.Task.program_id == p.id,
                            m.Task.parent_id.is_(None)
                            if draft.parent_id is None
                            else m.Task.parent_id == draft.parent_id,
                        )
                    ).scalar_one()
                )
                + 1
            )
            t = m.Task(
                key=key,
                program_id=p.id,
                parent_id=draft.parent_id,
                title=title,
                description=_clean(draft.description),
                owner=_clean(draft.owner),
                owner_id=people.person_for(s, draft.owner),
                start_date=draft.start_date,
                due_date=draft.due_date,
                status=draft.status.value if draft.status else None,
                percent_complete=draft.percent_complete,
                weight=weight,
                position=position,
                version=1,
            )
            s.add(t)
            s.flush()
            self._refresh_rollup(s, p)
            return convert.task(t)

    def _new_task_key(self, s: Session, program_key: str, wanted: str | None) -> str:
        if wanted:
            key = rules.check_key(wanted, "Task key")
            if s.execute(select(m.Task.id).where(m.Task.key == key)).first():
                raise ValidationError(message("task.key_taken", key=key), "key")
            return key
        taken = set(s.execute(select(m.Task.key).where(m.Task.key.like(f"{program_key}-T%"))).scalars())
        return rules.next_task_key(program_key, taken)[0]

    def update_task(self, task_id: int, changes: Mapping[str, Any], expected_version: int | None = None) -> d.Task:
        unknown = set(changes) - set(TASK_FIELDS)
        if unknown:
            raise ValidationError(message("task.unknown_fields", fields=", ".join(sorted(unknown))))
        with self.db.write() as s:
            t = self._task(s, task_id, lock=expected_version is not None, change=True)
            if expected_version is not None and t.version != expected_version:
                last = self._last_change(s, "task", t.id)
                raise ConflictError(
                    message("task.changed_by_other", title=t.title)
                    if last is None
                    else message("task.changed_by_other_since", title=t.title, last=last),
                    current=t.version,
                )
            values = dict(changes)
            if "title" in values:
                values["title"] = rules.check_title(values["title"])
            if "percent_complete" in values:
                rules.check_percent(values["percent_complete"])
            if "weight" in values:
                values["weight"] = rules.check_weight(values["weight"])
            rules.check_range(values.get("start_date", t.start_date), values.get("due_date", t.due_date), "due_date")
            touched = False
            # Before any field changes: making a new person flushes, and the change record of this edit
            # should be one save (what a colleague's stale edit is told).
            owner_id = people.person_for(s, _clean(values["owner"])) if "owner" in values else None
            for name, value in values.items():
                if name == "status":
                    value = value.value if value is not None else None
                elif name in ("description", "owner"):
                    value = _clean(value)
                if getattr(t, name) != value:
                    setattr(t, name, value)
                    touched = True
                    if name == "owner":
                        t.owner_id = owner_id
            if touched:
                t.version += 1
                s.flush()
                self._refresh_rollup(s, self._program_by_id(s, t.program_id))
            return convert.task(t)

    def move_task(self, task_id: int, parent_id: int | None, position: int) -> d.Task:
        """Put a task under another action plan (or at the top) at the given position among its siblings."""
        with self.db.write() as s:
            t = self._task(s, task_id, change=True)
            if parent_id is not None:
                parent = self._task(s, parent_id)
                if parent.program_id != t.program_id:
                    raise ValidationError(message("task.move_to_other_program"), "parent")
                node: m.Task | None = parent
                while node is not None:
                    if node.id == t.id:
                        raise ValidationError(message("task.under_itself"), "parent")
                    node = self._task(s, node.parent_id) if node.parent_id is not None else None
                rules.check_depth(derived.task_depth(s, parent.id) + derived.subtree_height(s, t.id))
            siblings = [x for x in self._live_tasks(s, t.program_id) if x.parent_id == parent_id and x.id != t.id]
            siblings.sort(key=lambda x: (x.position, x.id))
            position = max(0, min(position, len(siblings)))
            siblings.insert(position, t)
            if t.parent_id != parent_id:
                t.parent_id = parent_id
                t.version += 1
            for i, x in enumerate(siblings):
                if x.position != i:
                    x.position = i
            s.flush()
            self._refresh_rollup(s, self._program_by_id(s, t.program_id))
            return convert.task(t)

    def delete_task(self, task_id: int) -> str:
        """Move a task and its unit tasks to the trash."""
        with self.db.write() as s:
            t = self._task(s, task_id, change=True)
            batch = trash.trash_task(s, t, dt.datetime.now(dt.UTC))
            s.flush()
            self._refresh_rollup(s, self._program_by_id(s, t.program_id))
        return batch

    def restore_task(self, task_id: int) -> d.Task:
        with self.db.write() as s:
            t = s.get(m.Task, task_id)
            if t is None or t.deleted_at is None:
                raise NotFoundError(message("task.not_in_trash", id=task_id))
            self._check_own(s, t.program_id)
            trash.restore_task(s, t)
            s.flush()
            self._refresh_rollup(s, self._program_by_id(s, t.program_id))
            return convert.task(t)

    def find_task(self, program_key: str, task_key: str) -> d.Task:
        """A live task of the program by its key (any case), as the command line names one."""
        with self.db.read() as s:
            p = self._program(s, program_key)
            wanted = task_key.strip().upper()
            for t in self._live_tasks(s, p.id):
                if t.key.upper() == wanted:
                    return convert.task(t)
            raise NotFoundError(message("task.not_named", key=task_key.strip(), program=p.key))

    def list_tasks(self, program_key: str) -> list[d.Task]:
        with self.db.read() as s:
            p = self._program(s, program_key)
            return [convert.task(t) for t in self._live_tasks(s, p.id)]

    # ------------------------------------------------------------------ progress
    def log_progress(
        self,
        program_key: str,
        title: str,
        *,
        entry_date: PartialDate | None = None,
        note: str | None = None,
        task_id: int | None = None,
        percent_complete: float | None = None,
        status: Status | None = None,
        author: str | None = None,
        attachments: Sequence[NewAttachment] = (),
    ) -> d.ProgressEntry:
        """Record what happened; optionally move the task's (or program's) percent and status along.

        A percent on a task moves its status too (100% completes it, more than 0% starts a Planned one)
        unless ``status`` says otherwise. ``attachments`` are kept with the entry, in the same transaction:
        one file refused (too large) logs nothing."""
        first_note_line = next((line.strip() for line in (note or "").splitlines() if line.strip()), "")
        clean_title = rules.check_title((title or "").strip() or first_note_line[:200])
        rules.check_percent(percent_complete)
        when = entry_date or PartialDate.of_date(self._today())
        with self.db.write() as s:
            p = self._program(s, program_key, change=True)
            task = None
            if task_id is not None:
                task = self._task(s, task_id)
                if task.program_id != p.id:
                    raise ValidationError(message("progress.task_of_other_program"), "task")
            entry = m.ProgressEntry(
                program_id=p.id,
                task_id=task_id,
                entry_date=when,
                title=clean_title,
                note=_clean(note),
                percent_complete=percent_complete,
                author=_clean(author) or self.db.actor,
                version=1,
            )
            # The author links to a person of that name, if there is one (the database login is nobody's name).
            entry.author_id = people.people_by_name(s).get(rules.name_key(entry.author or ""))
            s.add(entry)
            self._move_by_progress(s, p, task, percent_complete, status)
            s.flush()
            files = [attach(s, entry, new) for new in attachments]
            s.flush()
            self._refresh_rollup(s, p)
            self._refresh_last_progress(s, p)
            return convert.progress(entry, p.key, attachments=[convert.attachment(f) for f in files])

    def _move_by_progress(
        self, s: Session, p: m.Program, task: m.Task | None, percent: float | None, status: Status | None
    ) -> None:
        """What a percent logged on ``task`` (or on the program, when it has no tasks) does to it: the rules
        of domain/rules.py, as the importer applies them. A status given with the entry stands."""
        if task is not None:
            moved = rules.percent_after_progress(task.percent_complete, percent)
            if moved is not None:
                task.percent_complete = moved
                task.version += 1
            new_status = status or rules.status_after_progress(convert.status(task.status), percent)
            if new_status is not None and task.status != new_status.value:
                task.status = new_status.value
                task.version += 1
        else:
            moved = rules.percent_after_progress(p.percent_complete, percent)
            if moved is not None and not self._live_tasks(s, p.id):
                p.percent_complete = moved
                p.version += 1
            if status is not None and p.status != status.value:
                p.status = status.value
                p.version += 1

    def update_progress(
        self,
        entry_id: int,
        changes: Mapping[str, Any],
        *,
        status: Status | None = None,
        expected_version: int | None = None,
    ) -> d.ProgressEntry:
        """Change a progress entry's date, title, note, task or percent. A changed percent or task moves the
        task (or the program) as logging it would (``status``, when given, stands); ``progress_before``
        taken first is what ``undo_progress_edit`` puts back."""
        unknown = set(changes) - set(PROGRESS_FIELDS)
        if unknown:
            raise ValidationError(message("progress.unknown_fields", fields=", ".join(sorted(unknown))))
        values = dict(changes)
        if "title" in values:
            values["title"] = rules.check_title(values["title"])
        if "percent_complete" in values:
            rules.check_percent(values["percent_complete"])
        if "note" in values:
            values["note"] = _clean(values["note"])
        if "entry_date" in values and values["entry_date"] is None:
            raise ValidationError(message("progress.date_missing"), "entry_date")
        with self.db.write() as s:
            e = self._entry(s, entry_id, lock=expected_version is not None)
            p = self._program_by_id(s, e.program_id)
            rules.check_not_case(p.is_case, p.key)
            if expected_version is not None and e.version != expected_version:
                raise ConflictError(message("progress.changed_by_other", title=e.title), current=e.version)
            task = None
            task_id = values.get("task_id", e.task_id)
            if task_id is not None:
                task = self._task(s, task_id)
                if task.program_id != p.id:
                    raise ValidationError(message("progress.task_of_other_program"), "task")
            touched = {name for name, value in values.items() if getattr(e, name) != value}
            for name in touched:
                setattr(e, name, values[name])
            if touched:
                e.version += 1
            if touched & {"task_id", "percent_complete"} or status is not None:
                self._move_by_progress(s, p, task, e.percent_complete, status)
            s.flush()
            self._refresh_rollup(s, p)
            self._refresh_last_progress(s, p)
            return convert.progress(e, p.key, attachments=of_entries(s, [e.id]).get(e.id, ()))

    def undo_progress_edit(
        self, entry_id: int, fields: Mapping[str, Any], moved_task_id: int | None, before: ProgressBefore
    ) -> d.ProgressEntry:
        """Take back ``update_progress``: the entry's ``fields`` as they were, and the percent and status of
        the task it moved (``moved_task_id``; None: the program) as ``before`` says."""
        with self.db.write() as s:
            e = self._entry(s, entry_id)
            p = self._program_by_id(s, e.program_id)
            rules.check_not_case(p.is_case, p.key)
            touched = False
            for name, value in fields.items():
                if name in PROGRESS_FIELDS and getattr(e, name) != value:
                    setattr(e, name, value)
                    touched = True
            if touched:
                e.version += 1
            self._put_back(s, p, moved_task_id, before)
            s.flush()
            self._refresh_rollup(s, p)
            self._refresh_last_progress(s, p)
            return convert.progress(e, p.key, attachments=of_entries(s, [e.id]).get(e.id, ()))

    def _entry(self, s: Session, entry_id: int, lock: bool = False) -> m.ProgressEntry:
        e = s.get(m.ProgressEntry, entry_id, with_for_update=lock or None)
        if e is None or e.deleted_at is not None:
            raise NotFoundError(message("progress.not_found", id=entry_id))
        return e

    def _put_back(self, s: Session, p: m.Program, task_id: int | None, before: ProgressBefore) -> None:
        """The percent and status of a task (or the program) as they were before progress moved them."""
        status = before.status.value if before.status else None
        if task_id is not None:
            t = self._task(s, task_id)
            if (t.percent_complete, t.status) != (before.percent_complete, status):
                t.percent_complete = before.percent_complete
                t.status = status
                t.version += 1
        elif (p.status, p.percent_complete) != (status, before.percent_complete):
            p.status = status
            if not self._live_tasks(s, p.id):
                p.percent_complete = before.percent_complete
            p.version += 1

    def delete_progress(self, entry_id: int) -> None:
        with self.db.write() as s:
            e = s.get(m.ProgressEntry, entry_id)
            if e is None or e.deleted_at is not None:
                raise NotFoundError(message("progress.not_found", id=entry_id))
            self._check_own(s, e.program_id)
            trash.trash_one(e, dt.datetime.now(dt.UTC))
            s.flush()
            self._refresh_last_progress(s, self._program_by_id(s, e.program_id))

    def restore_progress(self, entry_id: int) -> None:
        with self.db.write() as s:
            e = s.get(m.ProgressEntry, entry_id)
            if e is None or e.deleted_at is None:
                raise NotFoundError(message("progress.not_in_trash", id=entry_id))
            self._check_own(s, e.program_id)
            trash.mark([e], None, None)
            s.flush()
            self._refresh_last_progress(s, self._program_by_id(s, e.program_id))

    def progress_before(self, program_key: str, task_id: int | None = None) -> ProgressBefore:
        """What logging progress on the program (or one of its tasks) may overwrite, for undo."""
        with self.db.read() as s:
            row: m.Program | m.Task
            row = self._task(s, task_id) if task_id is not None else self._program(s, program_key)
            return ProgressBefore(row.percent_complete, convert.status(row.status))

    def undo_progress(self, entry_id: int, before: ProgressBefore) -> None:
        """Take back a logged entry: trash it and put the percent and status it set back as they were."""
        with self.db.write() as s:
            e = s.get(m.ProgressEntry, entry_id)
            if e is None or e.deleted_at is not None:
                raise NotFoundError(message("progress.not_found", id=entry_id))
            trash.trash_one(e, dt.datetime.now(dt.UTC))
            p = self._program_by_id(s, e.program_id)
            rules.check_not_case(p.is_case, p.key)
            self._put_back(s, p, e.task_id, before)
            s.flush()
            self._refresh_rollup(s, p)
            self._refresh_last_progress(s, p)

    def list_progress(self, program_key: str, offset: int = 0, limit: int = 500) -> list[d.ProgressEntry]:
        """A program's progress log, newest first."""
        with self.db.read() as s:
            p = self._program(s, program_key)
            rows = (
                s.execute(
                    select(m.ProgressEntry)
                    .where(m.ProgressEntry.program_id == p.id, m.ProgressEntry.deleted_at.is_(None))
                    # Newest first as dates are ordered (derived.date_order): early-2020s before 2024-05-01.
                    .order_by(derived.date_order(m.ProgressEntry.entry_date).desc(), m.ProgressEntry.id.desc())
                    .offset(offset)
                    .limit(limit)
                )
                .scalars()
                .all()
            )
            files = of_entries(s, [e.id for e in rows])
            return [convert.progress(e, p.key, attachments=files.get(e.id, ())) for e in rows]

    # ------------------------------------------------------------------ indicators
    def add_indicator(
        self,
        program_key: str,
        name: str,
        *,
        unit: str | None = None,
        direction: Direction = Direction.HIGHER,
        description: str | None = None,
        target_value: float | None = None,
        target_date: PartialDate | None = None,
        baseline_value: float | None = None,
        baseline_period: PartialDate | None = None,
        key: str | None = None,
    ) -> d.Indicator:
        clean = rules.check_title(name, "name")
        with self.db.write() as s:
            p = self._program(s, program_key, change=True)
            if key:
                ikey = rules.check_key(key, "Indicator key")
                if s.execute(select(m.Indicator.id).where(m.Indicator.key == ikey)).first():
                    raise ValidationError(message("indicator.key_taken", key=ikey), "key")
            else:
                taken = set(s.execute(select(m.Indicator.key).where(m.Indicator.key.like(f"{p.key}-%"))).scalars())
                ikey = rules.make_key(clean, taken, p.key)
            position = int(
                s.execute(select(func.count(m.Indicator.id)).where(m.Indicator.program_id == p.id)).scalar_one()
            )
            ind = m.Indicator(
                key=ikey,
                program_id=p.id,
                name=clean,
                unit=unit_stored(unit),
                direction=direction.value,
                description=_clean(description),
                target_value=target_value,
                target_date=target_date,
                baseline_value=baseline_value,
                baseline_period=baseline_period,
                position=position,
                version=1,
            )
            s.add(ind)
            s.flush()
            return convert.indicator(ind)

    def update_indicator(
        self, indicator_id: int, changes: Mapping[str, Any], expected_version: int | None = None
    ) -> d.Indicator:
        unknown = set(changes) - set(INDICATOR_FIELDS)
        if unknown:
            raise ValidationError(message("indicator.unknown_fields", fields=", ".join(sorted(unknown))))
        with self.db.write() as s:
            ind = s.get(m.Indicator, indicator_id)
            if ind is None or ind.deleted_at is not None:
                raise NotFoundError(message("indicator.not_found", id=indicator_id))
            self._check_own(s, ind.program_id)
            if expected_version is not None and ind.version != expected_version:
                raise ConflictError(message("indicator.changed_by_other", name=ind.name))
            touched = False
            for name, value in changes.items():
                if name == "name":
                    value = rules.check_title(value, "name")
                elif name == "direction":
                    value = Direction(value).value
                elif name == "unit":
                    value = unit_stored(value)
                if getattr(ind, name) != value:
                    setattr(ind, name, value)
                    touched = True
            if touched:
                ind.version += 1
            s.flush()
            return convert.indicator(ind, [convert.indicator_value(v) for v in ind.values])

    def set_indicator_value(
        self,
        indicator_id: int,
        period: PartialDate,
        value: float,
        kind: ValueKind = ValueKind.ACTUAL,
        note: str | None = None,
    ) -> d.IndicatorValue:
        """Record the value for a period (replacing the one of the same period and kind)."""
        with self.db.write() as s:
            ind = s.get(m.Indicator, indicator_id)
            if ind is None or ind.deleted_at is not None:
                raise NotFoundError(message("indicator.not_found", id=indicator_id))
            self._check_own(s, ind.program_id)
            row = s.execute(
                select(m.IndicatorValue).where(
                    m.IndicatorValue.indicator_id == indicator_id,
                    m.IndicatorValue.period == period,
                    m.IndicatorValue.kind == kind.value,
                )
            ).scalar_one_or_none()
            if row is None:
                row = m.IndicatorValue(
                    indicator=ind, period=period, value=float(value), kind=kind.value, note=_clean(note), version=1
                )
                s.add(row)
            else:
                if row.value != float(value) or row.note != _clean(note):
                    row.value = float(value)
                    row.note = _clean(note)
                    row.version += 1
            s.flush()
            return convert.indicator_value(row)

    def delete_indicator_value(self, value_id: int) -> None:
        with self.db.write() as s:
            row = s.get(m.IndicatorValue, value_id)
            if row is None:
                raise NotFoundError(message("indicator_value.not_found", id=value_id))
            self._check_own(s, row.indicator.program_id)
            s.delete(row)

    def delete_indicator(self, indicator_id: int) -> None:
        with self.db.write() as s:
            ind = s.get(m.Indicator, indicator_id)
            if ind is None or ind.deleted_at is not None:
                raise NotFoundError(message("indicator.not_found", id=indicator_id))
            self._check_own(s, ind.program_id)
            trash.trash_one(ind, dt.datetime.now(dt.UTC))

    def restore_indicator(self, indicator_id: int) -> d.Indicator:
        """Bring an indicator back from the trash; its values never left it, so they come back as they were."""
        with self.db.write() as s:
            ind = s.get(m.Indicator, indicator_id)
            if ind is None or ind.deleted_at is None:
                raise NotFoundError(message("indicator.not_in_trash", id=indicator_id))
            self._check_own(s, ind.program_id)
            trash.mark([ind], None, None)
            ind.version += 1
            s.flush()
            return convert.indicator(ind, [convert.indicator_value(v) for v in ind.values])

    # ------------------------------------------------------------------ from the case library
    def start_from_case(self, case_key: str, draft: ProgramDraft | None = None) -> d.Program:
        """A new program of the office from a case (see ``new_program``); without a draft, the case's
        suggestion (``suggest_from_case``) under the key CASE-KEY-OWN."""
        if draft is not None:
            return self._new_program(draft, case_key)
        return self._new_program(self.suggest_from_case(case_key), case_key, key_title=f"{case_key} OWN")

    def _copy_structure(self, s: Session, case_row: m.Program, p: m.Program) -> None:
        """The case's tasks as work to do and its indicators' definitions, under ``p``."""
        id_map: dict[int, int] = {}
        taken = set(s.execute(select(m.Task.key).where(m.Task.key.like(f"{p.key}-T%"))).scalars())
        number = 0
        for t in self._live_tasks(s, case_row.id):  # parents come before their children
            key, number = rules.next_task_key(p.key, taken, number)
            copy = m.Task(
                key=key,
                program_id=p.id,
                parent_id=id_map.get(t.parent_id) if t.parent_id is not None else None,
                title=t.title,
                status=Status.PLANNED.value,
                weight=t.weight,
                position=t.position,
                version=1,
            )
            s.add(copy)
            s.flush()
            id_map[t.id] = copy.id
        indicators = (
            s.execute(
                select(m.Indicator)
                .where(m.Indicator.program_id == case_row.id, m.Indicator.deleted_at.is_(None))
                .order_by(m.Indicator.position, m.Indicator.id)
            )
            .scalars()
            .all()
        )
        taken = set(s.execute(select(m.Indicator.key).where(m.Indicator.key.like(f"{p.key}-%"))).scalars())
        for ind in indicators:
            suffix = ind.key[len(case_row.key) :] if ind.key.startswith(case_row.key) else f"-{ind.key}"
            key = (p.key + suffix)[:64]
            if key in taken:
                key = rules.make_key(ind.name, taken, p.key)
            taken.add(key)
            s.add(
                m.Indicator(
                    key=key,
                    program_id=p.id,
                    name=ind.name,
                    unit=ind.unit,
                    direction=ind.direction,
                    description=ind.description,
                    position=ind.position,
                    version=1,
                )
            )
        s.flush()

    # ------------------------------------------------------------------ helpers (no commits here)
    def _program(self, s: Session, key: str, lock: bool = False, change: bool = False) -> m.Program:
        """A live program by key; ``change``: one this call may change, so never a case of the library."""
        stmt = select(m.Program).where(m.Program.key == key, m.Program.deleted_at.is_(None))
        if lock:
            # On PostgreSQL the version check and the write must not interleave with another writer's
            # (SQLite's BEGIN IMMEDIATE already serializes writers; there FOR UPDATE renders as nothing).
            stmt = stmt.with_for_update()
        p = s.execute(stmt).scalar_one_or_none()
        if p is None:
            raise NotFoundError(message("program.not_found", key=key))
        if change:
            rules.check_not_case(p.is_case, p.key)
        return p

    def _check_own(self, s: Session, program_id: int) -> None:
        """Refuse a change to anything of a case of the library."""
        p = self._program_by_id(s, program_id)
        rules.check_not_case(p.is_case, p.key)

    def _program_by_id(self, s: Session, program_id: int) -> m.Program:
        p = s.get(m.Program, program_id)
        if p is None:
            raise NotFoundError(message("program.id_not_found", id=program_id))
        return p

    def _task(self, s: Session, task_id: int, lock: bool = False, change: bool = False) -> m.Task:
        t = s.get(m.Task, task_id, with_for_update=lock or None)
        if t is None or t.deleted_at is not None:
            raise NotFoundError(message("task.not_found", id=task_id))
        if change:
            self._check_own(s, t.program_id)
        return t

    def _check_place(self, s: Session, place_id: int | None) -> int | None:
        if place_id is not None and s.get(m.Place, place_id) is None:
            raise ValidationError(message("place.not_found", id=place_id), "place")
        return place_id

    def _check_org(self, s: Session, org_id: int | None) -> int | None:
        if org_id is not None and s.get(m.Organization, org_id) is None:
            raise ValidationError(message("organization.not_found", id=org_id), "lead_organization")
        return org_id

    def _check_version(self, p: m.Program, expected: int | None, s: Session) -> None:
        if expected is None or p.version == expected:
            return
        last = self._last_change(s, "program", p.id)
        raise ConflictError(
            message("program.changed_by_other", key=p.key)
            if last is None
            else message("program.changed_by_other_since", key=p.key, last=last),
            current=p.version,
        )

    def _last_change(self, s: Session, entity_type: str, entity_id: int) -> Message | None:
        """'Park changed it at 2026-11-28 09:14 (title: 'A' -> 'B'; status: ...).' from the history."""
        last = s.execute(
            select(m.ChangeRecord)
            .where(m.ChangeRecord.entity_type == entity_type, m.ChangeRecord.entity_id == entity_id)
            .order_by(m.ChangeRecord.id.desc())
            .limit(1)
        ).scalar_one_or_none()
        if last is None:
            return None
        # Every field of that save: records of one save share the entity, the moment and the person.
        same_save = (
            s.execute(
                select(m.ChangeRecord)
                .where(
                    m.ChangeRecord.entity_type == entity_type,
                    m.ChangeRecord.entity_id == entity_id,
                    m.ChangeRecord.at == last.at,
                )
                .order_by(m.ChangeRecord.id)
            )
            .scalars()
            .all()
        )
        parts = [change_text(r.field, r.old_value, r.new_value) if r.field else done_text(r.action) for r in same_save]
        shown = changes_text(parts)
        when = last.at.astimezone().strftime("%Y-%m-%d %H:%M")
        if last.actor:
            return message("change.last_by", actor=last.actor, at=when, changes=shown)
        return message("change.last_by_someone", at=when, changes=shown)

    def _live_tasks(self, s: Session, program_id: int) -> list[m.Task]:
        rows = (
            s.execute(
                select(m.Task)
                .where(m.Task.program_id == program_id, m.Task.deleted_at.is_(None))
                .order_by(m.Task.position, m.Task.id)
            )
            .scalars()
            .all()
        )
        # Parents before children, siblings in their order.
        by_parent: dict[int | None, list[m.Task]] = {}
        for t in rows:
            by_parent.setdefault(t.parent_id, []).append(t)
        ordered: list[m.Task] = []
        live_ids = {t.id for t in rows}

        def walk(parent: int | None) -> None:
            for t in by_parent.get(parent, []):
                ordered.append(t)
                walk(t.id)

        walk(None)
        # Children of a trashed parent stay hidden with it.
        return [t for t in ordered if t.parent_id is None or t.parent_id in live_ids]

    # The derived values live in store/derived.py, shared with the importer, the undo of an import and the seeder.
    def _refresh_rollup(self, s: Session, p: m.Program) -> None:
        s.flush()
        log = ChangeLog.for_session(s)
        derived.refresh_rollups(s, [p.id], log.record)
        log.flush()
        s.expire(p, ["percent_complete"])

    def _refresh_last_progress(self, s: Session, p: m.Program) -> None:
        s.flush()
        derived.refresh_last_progress(s, [p.id])
        s.expire(p, ["last_progress_on"])

    def _refresh_search(self, s: Session, p: m.Program) -> None:
        s.flush()
        derived.refresh_search(s, [p.id])
        s.expire(p, ["search_text"])

    def _detail(self, s: Session, p: m.Program) -> d.Program:
        s.flush()
        cites = (
            s.execute(
                select(m.Citation)
                .where(
                    or_(
                        m.Citation.program_id == p.id,
                        m.Citation.task_id.in_(select(m.Task.id).where(m.Task.program_id == p.id)),
                        m.Citation.indicator_id.in_(select(m.Indicator.id).where(m.Indicator.program_id == p.id)),
                        m.Citation.indicator_value_id.in_(
                            select(m.IndicatorValue.id).join(m.Indicator).where(m.Indicator.program_id == p.id)
                        ),
                        m.Citation.progress_entry_id.in_(
                            select(m.ProgressEntry.id).where(m.ProgressEntry.program_id == p.id)
                        ),
                    )
                )
                .options(selectinload(m.Citation.source))
            )
            .scalars()
            .all()
        )
        by: dict[tuple[str, int], list[m.Citation]] = {}
        for c in cites:
            for attr in ("program_id", "task_id", "indicator_id", "indicator_value_id", "progress_entry_id"):
                ref = getattr(c, attr)
                if ref is not None:
                    by.setdefault((attr, ref), []).append(c)
        tasks = tuple(convert.task(t, by.get(("task_id", t.id), ())) for t in self._live_tasks(s, p.id))
        progress_rows = (
            s.execute(
                select(m.ProgressEntry)
                .where(m.ProgressEntry.program_id == p.id, m.ProgressEntry.deleted_at.is_(None))
                .order_by(derived.date_order(m.ProgressEntry.entry_date).desc(), m.ProgressEntry.id.desc())
                .limit(1000)
            )
            .scalars()
            .all()
        )
        files = of_entries(s, [e.id for e in progress_rows])
        progress = tuple(
            convert.progress(e, p.key, by.get(("progress_entry_id", e.id), ()), files.get(e.id, ()))
            for e in progress_rows
        )
        ind_rows = (
            s.execute(
                select(m.Indicator)
                .where(m.Indicator.program_id == p.id, m.Indicator.deleted_at.is_(None))
                .order_by(m.Indicator.position, m.Indicator.id)
                .options(selectinload(m.Indicator.values))
            )
            .scalars()
            .all()
        )
        indicators = tuple(
            convert.indicator(
                ind,
                [convert.indicator_value(v, by.get(("indicator_value_id", v.id), ())) for v in ind.values],
                by.get(("indicator_id", ind.id), ()),
            )
            for ind in ind_rows
        )
        source_ids = {c.source_id for c in cites}
        sources = tuple(
            convert.source(src)
            for src in s.execute(select(m.Source).where(m.Source.id.in_(source_ids)).order_by(m.Source.key)).scalars()
        )
        based_on = None
        if p.based_on_id is not None:
            based = s.get(m.Program, p.based_on_id)
            based_on = based.key if based is not None else None
        partners = tuple(
            d.Partner(organization=o, role=pp.role)
            for pp in p.partners
            if (o := convert.organization(pp.organization)) is not None
        )
        return d.Program(
            id=p.id,
            key=p.key,
            title=p.title,
            local_title=p.local_title,
            summary=p.summary,
            description=p.description,
            place=convert.place(s.get(m.Place, p.place_id)) if p.place_id is not None else None,
            lead_organization=convert.organization(
                s.get(m.Organization, p.lead_organization_id) if p.lead_organization_id is not None else None
            ),
            partners=partners,
            sector=convert.sector(p.sector),
            themes=tuple(t.theme for t in p.themes),
            status=convert.status(p.status),
            start_date=p.start_date,
            end_date=p.end_date,
            is_case=p.is_case,
            based_on_key=based_on,
            version=p.version,
            created_at=p.created_at,
            updated_at=p.updated_at,
            percent_complete=p.percent_complete,
            tasks=tasks,
            progress=progress,
            indicators=indicators,
            sources=sources,
            citations=convert.citations(by.get(("program_id", p.id), ())),
        )


_clean = rules.clean_text
_clean_themes = rules.clean_themes


__all__ = ["DueTask", "Overview", "ProgramDraft", "ProgramService", "ProgressBefore", "TaskDraft"]


_SUMMARY_COLUMNS = (
    m.Program.id,
    m.Program.key,
    m.Program.title,
    m.Program.local_title,
    m.Program.status,
    m.Program.start_date,
    m.Program.end_date,
    m.Program.percent_complete,
    m.Program.last_progress_on,
    m.Program.is_case,
    m.Program.version,
)


def _summary_of_row(row: Any) -> d.ProgramSummary:
    """A ProgramSummary from a row of _SUMMARY_COLUMNS followed by the place and organization names and their
    local names."""
    pid, key, title, local_title, status, start, end, percent, last, is_case, version, place, org = row[:13]
    place_local, org_local = (row[13], row[14]) if len(row) > 13 else (None, None)
    return d.ProgramSummary(
        id=pid,
        key=key,
        title=title,
        local_title=local_title,
        place=place,
        lead_organization=org,
        status=convert.status(status),
        start_date=start,
        end_date=end,
        percent_complete=percent,
        last_progress=last,
        is_case=is_case,
        version=version,
        place_local=place_local,
        lead_organization_local=org_local,
    )
