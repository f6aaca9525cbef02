"""Export use case: reads the chosen programs page by page and streams them into the meeting workbook."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from app.domain import rules
from app.domain.budget import unit_text
from app.domain.dates import PartialDate
from app.domain.enums import Direction, Sector, Status, ValueKind, status_message
from app.domain.errors import CivicError, NotFoundError, ValidationError
from app.domain.messages import DEFAULT_LANGUAGE, Message, counted, message, render
from app.domain.names import first_name
from app.excel.content import Cancelled, ChartData, Progress, WorkbookContent
from app.services import convert
from app.services.tasks import due_on_or_before, open_task
from app.store import bulk, derived, lookup
from app.store import models as m
from app.store.database import Database

PAGE = 2000
_STATUSES: dict[str | None, Status] = {s.value: s for s in Status}
_SECTORS: dict[str | None, Sector] = {s.value: s for s in Sector}
HISTORY_LIMIT = 200_000


@dataclass(frozen=True)
class ExportOptions:
    """Which programs go into the workbook. Empty fields do not filter."""

    place: str | None = None  # a place name, local name or key; its sub-places are included
    program_keys: tuple[str, ...] = ()
    statuses: tuple[Status, ...] = ()
    since: PartialDate | None = None  # the Summary lists progress since this date
    cases: bool | None = None  # True: only the case library; False: only the office's own programs
    history: bool = False
    # The workbook's language (en, ko, zh_CN): its sheet names, headers, lists and help, and which name of a
    # program, place or organization comes first (app/domain/names.py). The import reads any of them back.
    language: str = DEFAULT_LANGUAGE

    def describe(self) -> str:
        """What the workbook holds, in its language."""
        lang = self.language
        parts: list[Message] = []
        if self.place:
            parts.append(message("workbook.filter.place", place=self.place))
        if self.program_keys:
            keys = ", ".join(self.program_keys[:10]) + (" ..." if len(self.program_keys) > 10 else "")
            parts.append(message("workbook.filter.programs", keys=keys))
        if self.statuses:
            separator = render(message("workbook.list.separator"), lang)
            statuses = separator.join(render(status_message(s), lang) for s in self.statuses)
            parts.append(message("workbook.filter.status", statuses=statuses))
        if self.cases is True:
            parts.append(message("workbook.filter.cases"))
        elif self.cases is False:
            parts.append(message("workbook.filter.own"))
        if self.since:
            parts.append(message("workbook.filter.since", date=str(self.since)))
        if not parts:
            return render(message("workbook.filter.all"), lang)
        return render(message("workbook.filter.separator"), lang).join(render(p, lang) for p in parts)


@dataclass(frozen=True)
class ExportReport:
    path: Path
    counts: dict[str, int]  # sheet name -> data rows written (Charts: charts drawn)
    indicators: int = 0  # indicators on the Indicators sheet
    indicator_values: int = 0  # its rows with a value; an indicator with no values yet has a row without one

    def summary(self, language: str = DEFAULT_LANGUAGE) -> str:
        """What was written, sheet by sheet, in the numbers a user finds when opening the workbook, in ``language``."""
        c = self.counts
        n = {name: c.get(name, 0) for name in ("Programs", "Tasks", "Progress", "Indicators", "Sources", "Charts")}
        shown = {name: f"{count:,}" for name, count in n.items()}
        values, indicators = f"{self.indicator_values:,}", f"{self.indicators:,}"
        of_indicators = message(
            "export.count.values_of",
            values=counted(
                self.indicator_values,
                message("export.count.value_one", count=values),
                message("export.count.values", count=values),
            ),
            indicators=counted(
                self.indicators,
                message("count.indicator_one", count=indicators),
                message("count.indicators", count=indicators),
            ),
        )
        empty = n["Indicators"] - self.indicator_values
        if empty:
            rows, count = shown["Indicators"], f"{empty:,}"
            without = counted(
                empty,
                message("export.count.without_values_one", rows=rows, count=count),
                message("export.count.without_values", rows=rows, count=count),
            )
            of_indicators = message("export.count.with_note", counts=of_indicators, note=without)
        parts = [
            counted(
                n["Programs"],
                message("export.count.program_one", count=shown["Programs"]),
                message("export.count.programs", count=shown["Programs"]),
            ),
            counted(
                n["Tasks"],
                message("count.task_one", count=shown["Tasks"]),
                message("count.tasks", count=shown["Tasks"]),
            ),
            counted(
                n["Progress"],
                message("count.progress_one", count=shown["Progress"]),
                message("count.progress", count=shown["Progress"]),
            ),
            of_indicators,
            counted(
                n["Sources"],
                message("export.count.source_one", count=shown["Sources"]),
                message("export.count.sources", count=shown["Sources"]),
            ),
            counted(
                n["Charts"],
                message("export.count.chart_one", count=shown["Charts"]),
                message("export.count.charts", count=shown["Charts"]),
            ),
        ]
        if "History" in c:
            changes = f"{c['History']:,}"
            parts.append(
                counted(
                    c["History"],
                    message("export.count.change_one", count=changes),
                    message("export.count.changes", count=changes),
                )
            )
        separator = render(message("workbook.list.separator"), language)
        listed = separator.join(render(p, language) for p in parts)
        return render(message("export.wrote", path=str(self.path), counts=listed), language)


def _place_name(s: Session, place: str | None, language: str = DEFAULT_LANGUAGE) -> tuple[int, str] | None:
    """The place's id and its name in ``language`` (app/domain/names.py), or None when no place is asked for."""
    if not place:
        return None
    found = lookup.places_named(s, place)
    if not found:
        raise NotFoundError(message("place.unknown", place=place.strip()))
    if len(found) > 1:
        keys = ", ".join(sorted(p.key for p in found))
        raise ValidationError(message("place.ambiguous", text=place.strip(), keys=keys), "place")
    return found[0].id, first_name(found[0].name, found[0].name_local, language)


def default_file_name(db: Database, options: ExportOptions, today: dt.date | None = None) -> str:
    """'Gangdong-gu programs 2026-11-28.xlsx', '도봉구 사업 2026-11-28.xlsx', or 'All programs 2026-11-28.xlsx':
    in the workbook's language, the place by its name in that language."""
    day = (today or dt.date.today()).isoformat()
    with db.read() as s:
        found = _place_name(s, options.place, options.language)
    if found is not None:
        stem = message("export.file.place", place=found[1])
    elif options.cases is True:
        stem = message("export.file.cases")
    elif len(options.program_keys) == 1:
        stem = message("export.file.program", key=options.program_keys[0])
    else:
        stem = message("export.file.all")
    text = render(stem, options.language)
    safe = "".join(ch for ch in text if ch not in '<>:"/\\|?*').strip() or "Programs"
    return f"{safe} {day}.xlsx"


class _Exporter:
    def __init__(self, s: Session, options: ExportOptions, today: dt.date) -> None:
        self.s = s
        self.options = options
        self.today = today
        self.conds = self._conditions()
        # What the Indicators sheet got, counted as its rows are handed to the writer.
        self.indicators_written = 0
        self.values_written = 0
        self._ordered: list[tuple[int, str]] | None = None

    def _conditions(self) -> list[Any]:
        o = self.options
        conds: list[Any] = [m.Program.deleted_at.is_(None)]
        found = _place_name(self.s, o.place)
        if found is not None:
            ids = [found[0]]
            frontier = [found[0]]
            while frontier:
                frontier = list(self.s.execute(select(m.Place.id).where(m.Place.parent_id.in_(frontier))).scalars())
                ids.extend(frontier)
            conds.append(m.Program.place_id.in_(ids))
        if o.program_keys:
            keys = [k.strip().upper() for k in o.program_keys]
            known = set(self.s.execute(select(m.Program.key).where(m.Program.key.in_(keys))).scalars())
            unknown = [k for k in keys if k not in known]
            if unknown:
                raise NotFoundError(f"No program with key {', '.join(repr(k) for k in unknown)}")
            conds.append(m.Program.key.in_(keys))
        if o.statuses:
            conds.append(m.Program.status.in_([st.value for st in o.statuses]))
        if o.cases is not None:
            conds.append(m.Program.is_case.is_(o.cases))
        return conds

    def program_ids(self) -> Select[Any]:
        return select(m.Program.id).where(and_(*self.conds))

    def count(self, model: Any, extra: Sequence[Any] = ()) -> int:
        stmt = select(func.count()).select_from(model)
        if model is m.Program:
            stmt = stmt.where(and_(*self.conds))
        elif model is m.IndicatorValue:
            stmt = stmt.join(m.Indicator).where(
                m.Indicator.program_id.in_(self.program_ids()), m.Indicator.deleted_at.is_(None)
            )
        else:
            stmt = stmt.where(model.program_id.in_(self.program_ids()), model.deleted_at.is_(None), *extra)
        return int(self.s.execute(stmt).scalar_one())

    def key_lengths(self) -> dict[str, int]:
        """The longest program, task and indicator key the workbook will hold, to size its key columns."""
        out = {"program": max((len(k) for _, k in self.ordered()), default=0)}
        for kind, model in (("task", m.Task), ("indicator", m.Indicator)):
            longest = self.s.execute(
                select(func.max(func.length(model.key))).where(
                    model.program_id.in_(self.program_ids()), model.deleted_at.is_(None)
                )
            ).scalar_one()
            out[kind] = int(longest or 0)
        return out

    def ordered(self) -> list[tuple[int, str]]:
        """Program (id, key) in key order, read once and shared by every sheet.

        (Paging in SQL made SQLite pick the is_case index and sort all programs again for each page: a
        fifth of a large export's time.)
        """
        if self._ordered is None:
            self._ordered = [
                (int(i), str(k))
                for i, k in self.s.execute(
                    select(m.Program.id, m.Program.key).where(and_(*self.conds)).order_by(m.Program.key)
                ).all()
            ]
        return self._ordered

    def pages(self) -> Iterator[list[tuple[int, str]]]:
        """Program (id, key) in key order, a page at a time."""
        ordered = self.ordered()
        for start in range(0, len(ordered), PAGE):
            yield ordered[start : start + PAGE]

    # ---------------------------------------------------------------------------------- sheets
    def programs(self) -> Iterator[Sequence[Any]]:
        place = aliased(m.Place)
        org = aliased(m.Organization)
        p = m.Program
        for page in self.pages():
            ids = [i for i, _ in page]
            themes: dict[int, list[str]] = {}
            for pid, theme in self.s.execute(
                select(m.ProgramTheme.program_id, m.ProgramTheme.theme)
                .where(m.ProgramTheme.program_id.in_(ids))
                .order_by(m.ProgramTheme.program_id, m.ProgramTheme.theme)
            ).all():
                themes.setdefault(int(pid), []).append(str(theme))
            # Plain columns, not ORM objects: an export of 100,000 programs must not build 100,000 objects.
            rows = self.s.execute(
                select(
                    p.id,
                    p.key,
                    p.title,
                    p.local_title,
                    place.name,
                    org.name,
                    p.sector,
                    p.status,
                    p.start_date,
                    p.end_date,
                    p.percent_complete,
                    p.summary,
                    p.description,
                    p.last_progress_on,
                    p.is_case,
                    place.name_local,
                    org.name_local,
                )
                .outerjoin(place, p.place_id == place.id)
                .outerjoin(org, p.lead_organization_id == org.id)
                .where(p.id.in_(ids))
                .order_by(p.key)
            ).all()
            lang = self.options.language
            for r in rows:
                yield (  # in layout.PROGRAMS's column order
                    r[1],
                    r[2],
                    r[3],
                    # by the name in the workbook's language, which the import finds them by too
                    first_name(r[4], r[15], lang) if r[4] is not None else None,
                    first_name(r[5], r[16], lang) if r[5] is not None else None,
                    _STATUSES.get(r[7]),
                    r[8],
                    r[9],
                    r[10],
                    _SECTORS.get(r[6]),
                    tuple(themes.get(r[0], ())),
                    r[11],
                    r[12],
                    r[13],
                    r[14],
                )

    def tasks(self) -> Iterator[tuple[int, Sequence[Any]]]:
        t = m.Task
        for page in self.pages():
            ids = [i for i, _ in page]
            keys = dict(page)
            rows = self.s.execute(
                select(
                    t.id,
                    t.program_id,
                    t.parent_id,
                    t.key,
                    t.title,
                    t.owner,
                    t.status,
                    t.start_date,
                    t.due_date,
                    t.percent_complete,
                    t.weight,
                    t.description,
                )
                .where(t.program_id.in_(ids), t.deleted_at.is_(None))
                .order_by(t.program_id, t.position, t.id)
            ).all()
            by_program: dict[int, list[Any]] = {}
            for r in rows:
                by_program.setdefault(r[1], []).append(r)
            for pid, _key in page:
                tasks = by_program.get(pid)
                if not tasks:
                    continue
                key_of = {r[0]: r[3] for r in tasks}
                if len(tasks) == 1:
                    r = tasks[0]
                    yield (
                        0,
                        (  # in layout.TASKS's column order
                            keys[pid],
                            r[3],
                            r[4],
                            r[5],
                            _STATUSES.get(r[6]),
                            r[7],
                            r[8],
                            r[9],
                            None,
                            r[10],
                            r[11],
                        ),
                    )
                    continue
                children: dict[int | None, list[Any]] = {}
                for r in tasks:
                    parent = r[2] if r[2] in key_of else None
                    children.setdefault(parent, []).append(r)
                stack: list[tuple[Any, int]] = [(r, 0) for r in reversed(children.get(None, []))]
                while stack:
                    r, depth = stack.pop()
                    yield (
                        depth,
                        (  # in layout.TASKS's column order
                            keys[pid],
                            r[3],
                            r[4],
                            r[5],
                            _STATUSES.get(r[6]),
                            r[7],
                            r[8],
                            r[9],
                            key_of.get(r[2]) if r[2] else None,
                            r[10],
                            r[11],
                        ),
                    )
                    stack.extend((c, depth + 1) for c in reversed(children.get(r[0], [])))

    def progress(self) -> Iterator[Sequence[Any]]:
        e = m.ProgressEntry
        for page in self.pages():
            ids = [i for i, _ in page]
            keys = dict(page)
            rows = list(
                self.s.execute(
                    select(
                        e.id,
                        e.program_id,
                        m.Task.key,
                        e.entry_date,
                        e.title,
                        e.note,
                        e.percent_complete,
                        e.author,
                    )
                    .outerjoin(m.Task, e.task_id == m.Task.id)
                    .where(e.program_id.in_(ids), e.deleted_at.is_(None))
                ).all()
            )
            order = {pid: i for i, (pid, _) in enumerate(page)}
            rows.sort(key=lambda r: (order[r[1]], r[3].sort_key(), r[0]))
            for r in rows:
                yield (r[0], keys[r[1]], r[2], r[3], r[4], r[5], r[6], r[7])

    def _indicator_page(self, ids: list[int]) -> list[tuple[m.Indicator, list[m.IndicatorValue]]]:
        inds = (
            self.s.execute(
                select(m.Indicator)
                .where(m.Indicator.program_id.in_(ids), m.Indicator.deleted_at.is_(None))
                .order_by(m.Indicator.program_id, m.Indicator.position, m.Indicator.id)
            )
            .scalars()
            .all()
        )
        if not inds:
            return []
        values: dict[int, list[m.IndicatorValue]] = {}
        for v in self.s.execute(
            select(m.IndicatorValue).where(m.IndicatorValue.indicator_id.in_([i.id for i in inds]))
        ).scalars():
            values.setdefault(v.indicator_id, []).append(v)
        for vs in values.values():
            vs.sort(key=lambda v: (v.period.sort_key(), v.kind))
        return [(i, values.get(i.id, [])) for i in inds]

    def indicators(self) -> Iterator[Sequence[Any]]:
        for page in self.pages():
            ids = [i for i, _ in page]
            keys = dict(page)
            pairs = self._indicator_page(ids)
            if not pairs:
                continue
            ind_ids = [i.id for i, _ in pairs]
            value_ids = [v.id for _, vs in pairs for v in vs]
            cited = derived.cited_sources(self.s, ind_ids, value_ids)
            program_key = {i: keys[i.program_id] for i, _ in pairs}
            lang = self.options.language
            for ind, vs in pairs:
                unit = unit_text(ind.unit, lang) or None  # read back as stored (unit_stored)
                self.indicators_written += 1
                self.values_written += len(vs)
                if not vs:
                    yield (
                        program_key[ind],
                        ind.key,
                        ind.name,
                        unit,
                        None,
                        None,
                        None,
                        None,
                        derived.row_sources(cited, ind.id, None),
                    )
                for v in vs:
                    yield (
                        program_key[ind],
                        ind.key,
                        ind.name,
                        unit,
                        v.period,
                        v.value,
                        ValueKind(v.kind),
                        v.note,
                        derived.row_sources(cited, ind.id, v.id),
                    )
            self.s.expunge_all()

    def charts(self) -> Iterator[ChartData]:
        for page in self.pages():
            for ind, vs in self._indicator_page([i for i, _ in page]):
                by_period: dict[PartialDate, list[float | None]] = {}
                for v in vs:
                    slot = by_period.setdefault(v.period, [None, None])
                    if v.kind == ValueKind.ACTUAL.value:
                        slot[0] = v.value
                    elif v.kind == ValueKind.TARGET.value:
                        slot[1] = v.value
                if ind.target_value is not None and ind.target_date is not None:
                    by_period.setdefault(ind.target_date, [None, None])[1] = ind.target_value
                charted = sorted(by_period.items(), key=lambda item: item[0].chart_key())
                points = tuple((str(period), vals[0], vals[1]) for period, vals in charted)
                name = ind.name
                if ind.direction == Direction.LOWER.value:
                    name = render(message("workbook.chart.lower_is_better", name=name), self.options.language)
                unit = unit_text(ind.unit, self.options.language) or None
                yield ChartData(f"{page_key(page, ind.program_id)}: {name}", unit, points)
            self.s.expunge_all()

    def sources(self) -> Iterator[Sequence[Any]]:
        src_ids = select(m.Citation.source_id).where(
            or_(
                m.Citation.program_id.in_(self.program_ids()),
                m.Citation.task_id.in_(select(m.Task.id).where(m.Task.program_id.in_(self.program_ids()))),
                m.Citation.indicator_id.in_(
                    select(m.Indicator.id).where(m.Indicator.program_id.in_(self.program_ids()))
                ),
                m.Citation.indicator_value_id.in_(
                    select(m.IndicatorValue.id).join(m.Indicator).where(m.Indicator.program_id.in_(self.program_ids()))
                ),
                m.Citation.progress_entry_id.in_(
                    select(m.ProgressEntry.id).where(m.ProgressEntry.program_id.in_(self.program_ids()))
                ),
            )
        )
        for src in self.s.execute(select(m.Source).where(m.Source.id.in_(src_ids)).order_by(m.Source.key)).scalars():
            yield (src.key, src.author, src.year, src.title, src.publication, src.url, src.accessed_on)

    def history(self) -> Iterator[Sequence[Any]]:
        stmt = (
            select(m.ChangeRecord)
            .where(m.ChangeRecord.program_id.in_(self.program_ids()))
            .order_by(m.ChangeRecord.id.desc())
            .limit(HISTORY_LIMIT)
        )
        for r in self.s.execute(stmt).scalars():
            yield (
                r.at,
                r.actor,
                r.action,
                r.entity_type,
                r.entity_key,
                r.field,
                r.old_value,
                r.new_value,
                r.import_batch_id,
            )

    # ---------------------------------------------------------------------------------- summary
    def by_status(self) -> list[tuple[Status | None, int]]:
        rows = dict(
            self.s.execute(
                select(m.Program.status, func.count()).where(and_(*self.conds)).group_by(m.Program.status)
            ).all()
        )
        out: list[tuple[Status | None, int]] = [(st, int(rows.get(st.value, 0))) for st in Status]
        if rows.get(None):
            out.append((None, int(rows[None])))
        return out

    def overdue(self) -> list[tuple[str, str, str, PartialDate | None]]:
        rows = self.s.execute(
            # a meeting reads titles, in its language where the program has one
            select(m.Program.title, m.Program.local_title, m.Task.key, m.Task.title, m.Task.due_date, m.Task.status)
            .join(m.Program, m.Task.program_id == m.Program.id)
            .where(
                m.Task.program_id.in_(self.program_ids()),
                m.Task.deleted_at.is_(None),
                due_on_or_before(self.today),
                open_task(),
            )
            .order_by(m.Task.due_date, m.Task.id)
            .limit(2000)
        ).all()
        lang = self.options.language
        return [
            (first_name(str(pt), local, lang), str(tk), str(title), due)
            for pt, local, tk, title, due, status in rows
            if rules.is_overdue(due, convert.status(status), self.today)
        ]

    def recent_progress(self) -> list[tuple[str, PartialDate, str]]:
        since = self.options.since or PartialDate.of_date(self.today - dt.timedelta(days=30))
        rows = self.s.execute(
            select(m.Program.title, m.Program.local_title, m.ProgressEntry.entry_date, m.ProgressEntry.title)
            .join(m.Program, m.ProgressEntry.program_id == m.Program.id)
            .where(
                m.ProgressEntry.program_id.in_(self.program_ids()),
                m.ProgressEntry.deleted_at.is_(None),
                m.ProgressEntry.entry_date >= since.iso(),
            )
            .order_by(m.ProgressEntry.entry_date.desc(), m.ProgressEntry.id.desc())
            .limit(500)
        ).all()
        lang = self.options.language
        return [(first_name(str(k), local, lang), d, str(t)) for k, local, d, t in rows]


def selected_programs(s: Session, options: ExportOptions, today: dt.date) -> list[tuple[int, str]]:
    """(id, key) of the programs ``options`` chooses, in key order: what the workbook holds, and what a PDF
    report of the same choice shows (services/report.py). Read in the caller's transaction."""
    return _Exporter(s, options, today).ordered()


def page_key(page: list[tuple[int, str]], program_id: int) -> str:
    return dict(page).get(program_id, "")


def export_workbook(
    db: Database,
    path: Path,
    options: ExportOptions | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    today: Callable[[], dt.date] = dt.date.today,
) -> ExportReport:
    """Write the meeting workbook for the chosen programs to ``path`` (one read transaction)."""
    options = options or ExportOptions()
    if path.suffix.lower() != ".xlsx":
        raise ValidationError(f"{path.name}: the meeting workbook is written as .xlsx; choose a name ending in .xlsx")
    # Checked before reading anything: otherwise the error surfaces only when the temporary file is
    # saved, as an OSError naming that hidden .part file.
    if not path.parent.is_dir():
        what = "is not a folder" if path.parent.exists() else "does not exist"
        raise CivicError(f"Cannot write {path.name}: the folder {path.parent} {what}")
    # Taken before the read transaction starts: every change the workbook does not show is recorded later.
    started = dt.datetime.now(dt.UTC)
    with db.read() as s:
        ex = _Exporter(s, options, today())
        counts = {
            "Programs": ex.count(m.Program),
            "Tasks": ex.count(m.Task),
            "Progress": ex.count(m.ProgressEntry),
            # For the Summary sheet: indicators and their values (the Indicators sheet has a row per value,
            # and one for each indicator with no values yet).
            "Indicators": ex.count(m.Indicator),
            "Indicator values": ex.count(m.IndicatorValue),
        }
        described = options.describe()
        if options.cases is True:
            title = render(message("workbook.title.cases", filter=described), options.language)
        else:
            title = render(message("workbook.title.programs", filter=described), options.language)
        content = WorkbookContent(
            title=title,
            made_at=started,
            filter_text=described,
            by_status=ex.by_status(),
            overdue=ex.overdue(),
            recent_progress=ex.recent_progress(),
            since=options.since,
            counts=counts,
            programs=ex.programs(),
            tasks=ex.tasks(),
            progress=ex.progress(),
            indicators=ex.indicators(),
            sources=ex.sources(),
            charts=ex.charts(),
            history=ex.history() if options.history else None,
            key_lengths=ex.key_lengths(),
            language=options.language,
        )
        from app.excel.writer import write_workbook  # openpyxl, at the first export: an import never loads it

        try:
            with bulk.bulk_job():  # cells and rows hold no reference cycles
                written = write_workbook(content, path, progress, cancelled)
        except OSError as exc:  # a read-only folder, a full disk, a folder with the file's name...
            raise CivicError(f"Could not write {path.name} in {path.parent}: {exc.strerror or exc}") from exc
    return ExportReport(path, {**counts, **written}, ex.indicators_written, ex.values_written)


__all__ = ["ExportOptions", "ExportReport", "default_file_name", "export_workbook", "selected_programs"]
