"""The PDF meeting report's facts: one program, or a meeting brief of several, gathered in one read transaction.

The report is printed by app/ui/report_pdf.py (Qt); everything it shows is decided here, as plain values:
which programs (the workbook's choice, ``workbook_export.selected_programs``), the task tree with each task's
percent as the roll-up counts it, what is overdue (``rules.is_overdue``) and the progress since a date.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from app.domain import model as d
from app.domain import rules
from app.domain.dates import PartialDate
from app.domain.enums import Status
from app.domain.errors import NotFoundError, ValidationError
from app.domain.messages import message
from app.domain.rollup import TaskNode, counted_top_level, task_percents
from app.services.programs import ProgramService
from app.services.workbook_export import ExportOptions, selected_programs
from app.store.database import Database

# Progress "since" when no date is given: the same 30 days the meeting workbook's Summary lists.
DEFAULT_SINCE_DAYS = 30
# A report is read at a meeting: more programs than this is a selection to narrow, not a report to print.
MAX_PROGRAMS = 100
# Progress entries printed per program; the rest are counted ("and 12 more").
MAX_PROGRESS = 12


@dataclass(frozen=True)
class ReportOptions:
    """Which programs a report shows (empty fields do not filter) and the date progress is listed from."""

    program_keys: tuple[str, ...] = ()
    place: str | None = None  # a place name, local name or key; its sub-places are included
    statuses: tuple[Status, ...] = ()
    cases: bool | None = None  # True: only the case library; False: only the office's own programs
    since: PartialDate | None = None  # progress since this date (default: DEFAULT_SINCE_DAYS ago)

    def selection(self) -> ExportOptions:
        return ExportOptions(
            place=self.place,
            program_keys=tuple(k.strip().upper() for k in self.program_keys),
            statuses=self.statuses,
            cases=self.cases,
        )


@dataclass(frozen=True)
class ReportTask:
    """A task as a line of the report's task tree."""

    task: d.Task
    depth: int  # 0 for an action plan, 1 for its unit tasks, ...
    percent: float | None  # as the roll-up counts it (a task with unit tasks: their weighted average)
    overdue: bool


@dataclass(frozen=True)
class ReportProgram:
    program: d.Program
    tasks: tuple[ReportTask, ...]
    counted: int  # top-level tasks the program's percent averages
    top_level: int  # top-level tasks there are
    progress: tuple[d.ProgressEntry, ...]  # since the report's date, newest first, at most MAX_PROGRESS
    more_progress: int  # entries since the date that are not printed

    @property
    def overdue(self) -> tuple[ReportTask, ...]:
        return tuple(t for t in self.tasks if t.overdue)


@dataclass(frozen=True)
class Report:
    made_on: dt.date
    since: PartialDate
    programs: tuple[ReportProgram, ...]

    @property
    def is_brief(self) -> bool:
        """Several programs: a meeting brief (a line each, overdue tasks, progress) before a page per program."""
        return len(self.programs) > 1

    def overdue(self) -> list[tuple[ReportProgram, ReportTask]]:
        """Every overdue task of the report, the longest overdue first."""
        found = [(p, t) for p in self.programs for t in p.overdue]
        return sorted(found, key=lambda pt: pt[1].task.due_date.sort_key() if pt[1].task.due_date else (dt.date.max, 0))

    def progress(self) -> list[tuple[ReportProgram, d.ProgressEntry]]:
        """Every printed progress entry of the report, newest first."""
        found = [(p, e) for p in self.programs for e in p.progress]
        return sorted(found, key=lambda pe: pe[1].entry_date.sort_key(), reverse=True)


def _today() -> dt.date:
    return dt.date.today()


class ReportService:
    """Gathers what a printed report shows."""

    def __init__(self, db: Database, today: Callable[[], dt.date] = _today) -> None:
        self.db = db
        self._today = today
        self._programs = ProgramService(db, today)

    def gather(self, options: ReportOptions) -> Report:
        """The report of the programs ``options`` chooses (one read transaction)."""
        today = self._today()
        since = options.since or PartialDate.of_date(today - dt.timedelta(days=DEFAULT_SINCE_DAYS))
        with self.db.read() as s:
            chosen = selected_programs(s, options.selection(), today)
            if not chosen:
                raise NotFoundError(message("report.nothing_chosen"))
            if len(chosen) > MAX_PROGRAMS:
                raise ValidationError(message("report.too_many", count=len(chosen), limit=MAX_PROGRAMS))
            programs = self._programs.details(s, [pid for pid, _key in chosen])
        return Report(today, since, tuple(_report_program(p, since, today) for p in programs))


def _report_program(program: d.Program, since: PartialDate, today: dt.date) -> ReportProgram:
    nodes = [TaskNode(t.id, t.parent_id, t.status, t.percent_complete, t.weight) for t in program.tasks]
    percents = task_percents(nodes)
    depth: dict[int, int] = {}
    tasks = []
    for t in program.tasks:  # parents come before their unit tasks
        depth[t.id] = depth[t.parent_id] + 1 if t.parent_id in depth else 0
        tasks.append(ReportTask(t, depth[t.id], percents[t.id], rules.is_overdue(t.due_date, t.status, today)))
    counted, top_level = counted_top_level(nodes)
    recent = [e for e in program.progress if e.entry_date >= since]  # newest first, as the program lists them
    return ReportProgram(
        program=program,
        tasks=tuple(tasks),
        counted=counted,
        top_level=top_level,
        progress=tuple(recent[:MAX_PROGRESS]),
        more_progress=max(0, len(recent) - MAX_PROGRESS),
    )


__all__ = ["Report", "ReportOptions", "ReportProgram", "ReportService", "ReportTask"]
