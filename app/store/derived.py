"""Values recomputed from stored rows: a program's search text, percent complete and last progress; the sources
a row of the workbook's Indicators sheet names.

One home for each. ProgramService after an edit, the importer after it wrote its rows, the undo of an
import and the seeder all call these with the ids of the programs whose inputs changed. The rules
themselves are pure functions in the domain (``search.search_text``, ``rollup.program_percent``); this
module only reads their inputs and writes their results, set-based, in the caller's transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from typing import Any

from sqlalchemy import ColumnElement, String, Table, case, func, literal_column, select, type_coerce
from sqlalchemy.orm import InstrumentedAttribute, Session

from app.domain import rules
from app.domain.dates import DECADE_YEARS, PRECISION_ORDER, PartialDate, Precision
from app.domain.enums import Status
from app.domain.rollup import TaskNode, program_percent
from app.domain.search import search_text, search_texts
from app.store import models as m
from app.store.base import PartialDateType
from app.store.bulk import update_rows

PROGRAMS_T: Table = m.Program.__table__  # type: ignore[assignment]
TASKS_T: Table = m.Task.__table__  # type: ignore[assignment]
PROGRESS_T: Table = m.ProgressEntry.__table__  # type: ignore[assignment]
THEMES_T: Table = m.ProgramTheme.__table__  # type: ignore[assignment]
PARTNERS_T: Table = m.ProgramPartner.__table__  # type: ignore[assignment]
CITATIONS_T: Table = m.Citation.__table__  # type: ignore[assignment]
SOURCES_T: Table = m.Source.__table__  # type: ignore[assignment]

# (entity, id, key, program id, action, field, old, new): how a recomputed value that users see is recorded.
Recorder = Callable[..., None]
PART = 500  # ids per IN (...) list


def chunks(items: Sequence[Any], size: int = PART) -> Iterator[list[Any]]:
    for i in range(0, len(items), size):
        yield list(items[i : i + size])


class Names:
    """The names of places (with every place above them) and organizations, English and local, read once."""

    def __init__(self, s: Session) -> None:
        rows = s.execute(select(m.Place.id, m.Place.name, m.Place.name_local, m.Place.parent_id)).all()
        parent = {int(r.id): r.parent_id for r in rows}
        own = {int(r.id): [str(r.name), str(r.name_local or "")] for r in rows}
        self.places: dict[int, list[str]] = {}
        for place_id in own:
            chain: list[str] = []
            node: int | None = place_id
            seen: set[int] = set()
            while node is not None and node not in seen:  # a cycle in hand-edited data ends the walk
                seen.add(node)
                chain += own.get(node, [])
                node = parent.get(node)
            self.places[place_id] = chain
        self.organizations: dict[int, list[str]] = {
            int(r.id): [str(r.name), str(r.name_local or "")]
            for r in s.execute(select(m.Organization.id, m.Organization.name, m.Organization.name_local)).all()
        }

    def place(self, place_id: int | None) -> list[str]:
        return self.places.get(int(place_id), []) if place_id is not None else []

    def organization(self, org_id: int | None) -> list[str]:
        return self.organizations.get(int(org_id), []) if org_id is not None else []

    def place_name(self, place_id: int | None) -> str | None:
        names = self.place(place_id)
        return names[0] if names else None

    def organization_name(self, org_id: int | None) -> str | None:
        names = self.organization(org_id)
        return names[0] if names else None

    def text(self, values: Mapping[str, Any], themes: Iterable[str] = (), partner_ids: Iterable[int] = ()) -> str:
        """A program's search text from its stored columns (key, title, ..., place_id, lead_organization_id)."""
        orgs = [*self.organization(values.get("lead_organization_id"))]
        for org in partner_ids:
            orgs += self.organization(org)
        get = values.get
        return search_text(
            get("key"), get("title"), get("local_title"), get("summary"), self.place(get("place_id")), orgs, themes
        )

    def texts(self, columns: Mapping[str, Sequence[Any]], themes: Sequence[Sequence[str]]) -> list[str]:
        """``text`` of many programs given column by column (key, title, local_title, summary, place_id,
        lead_organization_id) with each one's themes: the names each distinct place, organization and themes
        bring are gathered once."""
        names: dict[tuple[Any, Any, Sequence[str]], list[str]] = {}
        for place_id, org_id, program_themes in set(
            zip(columns["place_id"], columns["lead_organization_id"], themes, strict=True)
        ):
            names[place_id, org_id, program_themes] = [
                *self.place(place_id),
                *self.organization(org_id),
                *program_themes,
            ]
        return search_texts(
            columns["key"],
            columns["title"],
            columns["local_title"],
            columns["summary"],
            map(names.__getitem__, zip(columns["place_id"], columns["lead_organization_id"], themes, strict=True)),
        )


def refresh_search(s: Session, program_ids: Collection[int], names: Names | None = None) -> None:
    """Rewrite the search text of these programs from what is stored now."""
    if not program_ids:
        return
    names = names or Names(s)
    c = PROGRAMS_T.c
    for part in chunks(sorted(program_ids)):
        themes: dict[int, list[str]] = {}
        for pid, theme in s.execute(
            select(THEMES_T.c.program_id, THEMES_T.c.theme)
            .where(THEMES_T.c.program_id.in_(part))
            .order_by(THEMES_T.c.program_id, THEMES_T.c.theme)
        ).all():
            themes.setdefault(int(pid), []).append(str(theme))
        partners: dict[int, list[int]] = {}
        for pid, org in s.execute(
            select(PARTNERS_T.c.program_id, PARTNERS_T.c.organization_id)
            .where(PARTNERS_T.c.program_id.in_(part))
            .order_by(PARTNERS_T.c.program_id, PARTNERS_T.c.organization_id)
        ).all():
            partners.setdefault(int(pid), []).append(int(org))
        updates = []
        for row in s.execute(
            select(
                c.id, c.key, c.title, c.local_title, c.summary, c.place_id, c.lead_organization_id, c.search_text
            ).where(c.id.in_(part))
        ).mappings():
            pid = int(row["id"])
            text = names.text(dict(row), themes.get(pid, ()), partners.get(pid, ()))
            if text != row["search_text"]:
                updates.append({"id": pid, "search_text": text})
        update_rows(s, PROGRAMS_T, updates)


def task_nodes(s: Session, program_ids: Sequence[int]) -> dict[int, list[TaskNode]]:
    """The live tasks of these programs as roll-up nodes; unit tasks of a trashed task are left out."""
    found: dict[int, list[TaskNode]] = {}
    t = TASKS_T.c
    for r in s.execute(
        select(t.id, t.program_id, t.parent_id, t.status, t.percent_complete, t.weight).where(
            t.program_id.in_(program_ids), t.deleted_at.is_(None)
        )
    ).all():
        found.setdefault(int(r.program_id), []).append(
            TaskNode(
                int(r.id), r.parent_id, Status(r.status) if r.status else None, r.percent_complete, float(r.weight)
            )
        )
    for pid, nodes in found.items():
        live = {n.id for n in nodes}
        found[pid] = [n for n in nodes if n.parent_id is None or n.parent_id in live]
    return found


def refresh_rollups(s: Session, program_ids: Collection[int], record: Recorder) -> None:
    """Recompute the percent complete of these programs from their live tasks; a program with no tasks keeps
    the percent it was given. Each change is recorded, as users see the percent move."""
    for part in chunks(sorted(program_ids)):
        tasks = task_nodes(s, part)
        if not tasks:
            continue
        updates = []
        for pid, pct, key in s.execute(
            select(PROGRAMS_T.c.id, PROGRAMS_T.c.percent_complete, PROGRAMS_T.c.key).where(
                PROGRAMS_T.c.id.in_(list(tasks))
            )
        ).all():
            new = program_percent(tasks[int(pid)])
            if not same_number(pct, new):
                updates.append({"id": int(pid), "percent_complete": new})
                record("program", int(pid), key, int(pid), "update", "percent_complete", pct, new)
        update_rows(s, PROGRAMS_T, updates)


def date_order(column: ColumnElement[Any] | InstrumentedAttribute[Any]) -> ColumnElement[str]:
    """A stored partial date's place in PartialDate's order (``sort_key``), as text that SQL sorts alike on
    SQLite and PostgreSQL: 13 digits (the first day it may mean, yyyymmdd; the precision, the coarser first;
    then the last day, which only tells apart the decades that begin alike: 2020s, early 2020s), then the
    date's own text, from character 14 on.

    The stored text alone sorts years, months and days in this order, but not decades ('early-2020s' came
    after every date). Digits of one width sort the same in any collation."""
    text = type_coerce(column, String)
    order = {p: str(n) for p, n in PRECISION_ORDER.items()}
    # 2024, 2024-03, 2024-03-01: the first day is the text without hyphens, filled up with 01s.
    first_day = func.substr(func.replace(text, "-", "", type_=String) + "0101", 1, 8, type_=String)
    precision = case(
        (func.length(text) == 4, _digits(order[Precision.YEAR])),
        (func.length(text) == 7, _digits(order[Precision.MONTH])),
        else_=_digits(order[Precision.DAY]),
    )
    decades = []
    for qualifier, (first, last) in sorted(DECADE_YEARS.items(), key=lambda q: q[0] is None):  # bare one last
        prefix = f"{qualifier}-" if qualifier else ""
        # 'mid-2020s': the first three of its four digits (the only decades PartialDate reads), then the years.
        years = _digits(f"{first}0101{order[Precision.DECADE]}000{last}")
        decades.append((text.like(f"{prefix}%s"), func.substr(text, len(prefix) + 1, 3, type_=String) + years))
    return case(*decades, else_=first_day + precision + _digits("0000")) + text


def _digits(text: str) -> ColumnElement[str]:
    return literal_column(f"'{text}'", String)


def refresh_last_progress(s: Session, program_ids: Collection[int]) -> None:
    """Set each program's last progress to the date of its latest live progress entry (or none), latest as
    PartialDate orders dates (``date_order``), as the importer works it out for the programs it creates."""
    latest_text = func.substr(func.max(date_order(PROGRESS_T.c.entry_date)), 14, type_=PartialDateType())
    for part in chunks(sorted(program_ids)):
        latest: dict[int, PartialDate] = dict(
            s.execute(
                select(PROGRESS_T.c.program_id, latest_text)
                .where(PROGRESS_T.c.program_id.in_(part), PROGRESS_T.c.deleted_at.is_(None))
                .group_by(PROGRESS_T.c.program_id)
            ).all()
        )
        update_rows(s, PROGRAMS_T, [{"id": pid, "last_progress_on": latest.get(pid)} for pid in part])


def task_depth(s: Session, task_id: int | None) -> int:
    """How many levels deep a task is (1 for an action plan); 0 for none."""
    depth = 0
    seen: set[int] = set()
    while task_id is not None and task_id not in seen:
        seen.add(task_id)
        depth += 1
        task_id = s.execute(select(TASKS_T.c.parent_id).where(TASKS_T.c.id == task_id)).scalar()
    return depth


def subtree_height(s: Session, task_id: int) -> int:
    """Levels from a task down to its deepest live unit task (1 for a task with none)."""
    height = 0
    level = [task_id]
    seen: set[int] = set()
    while level:
        height += 1
        seen.update(level)
        level = [
            int(i)
            for i in s.execute(
                select(TASKS_T.c.id).where(TASKS_T.c.parent_id.in_(level), TASKS_T.c.deleted_at.is_(None))
            ).scalars()
            if int(i) not in seen
        ]
    return height


def same_number(a: Any, b: Any) -> bool:
    """Whether two stored values are the same, floats within rounding, text as ``rules.same_text`` says."""
    if isinstance(a, float) or isinstance(b, float):
        if a is None or b is None:
            return a is b
        return abs(float(a) - float(b)) < 1e-9
    if a == b:
        return True
    return isinstance(a, str) and isinstance(b, str) and rules.same_text(a, b)


def cited_sources(
    s: Session, indicator_ids: Collection[int], value_ids: Collection[int]
) -> dict[tuple[str, int], set[str]]:
    """The keys of the sources these indicators (("i", id)) and indicator values (("v", id)) cite."""
    cited: dict[tuple[str, int], set[str]] = {}
    for column, kind, ids in (
        (CITATIONS_T.c.indicator_id, "i", indicator_ids),
        (CITATIONS_T.c.indicator_value_id, "v", value_ids),
    ):
        for part in chunks(sorted(ids)):
            for owner, key in s.execute(
                select(column, SOURCES_T.c.key)
                .join(SOURCES_T, CITATIONS_T.c.source_id == SOURCES_T.c.id)
                .where(column.in_(part))
            ).all():
                cited.setdefault((kind, int(owner)), set()).add(str(key))
    return cited


def row_sources(
    cited: Mapping[tuple[str, int], set[str]], indicator_id: int | None, value_id: int | None
) -> str | None:
    """The Source cell of a row of the Indicators sheet (``cited`` from cited_sources): the keys its value cites and
    its indicator's, A to Z; a row of an indicator with no value, its indicator's."""
    keys = set(cited.get(("i", indicator_id), ())) if indicator_id is not None else set()
    if value_id is not None:
        keys |= cited.get(("v", value_id), set())
    return ", ".join(sorted(keys)) or None
