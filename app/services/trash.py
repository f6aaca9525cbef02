"""The trash: what was deleted, restoring it whole, and emptying it for good."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain.enums import record_label
from app.domain.errors import NotFoundError
from app.domain.messages import Message, counted, message
from app.store import models as m
from app.store import trash
from app.store.database import Database

KINDS = ("program", "task", "progress", "indicator")


@dataclass(frozen=True)
class TrashItem:
    """One thing a user deleted in one go: a program with what it held, a task with its unit tasks, ..."""

    kind: str
    id: int
    key: str
    title: str
    program_key: str
    program_in_trash: bool  # the program this belongs to is itself in the trash
    deleted_at: dt.datetime
    batch: str
    tasks: int = 0  # how many tasks (for a task: its unit tasks) went with it
    progress: int = 0
    indicators: int = 0

    @property
    def kind_label(self) -> Message | str:
        """ "Program", "Task", ... in the reader's language (render it)."""
        return record_label(self.kind)

    def contents(self) -> Message | None:
        """What went to the trash with it ("3 tasks, 2 progress entries"), or None when nothing did; counted in the
        words the export's summary uses (the ``count.*`` messages)."""
        parts = []
        if self.tasks:
            n = f"{self.tasks:,}"
            parts.append(counted(self.tasks, message("count.task_one", count=n), message("count.tasks", count=n)))
        if self.progress:
            n = f"{self.progress:,}"
            parts.append(
                counted(self.progress, message("count.progress_one", count=n), message("count.progress", count=n))
            )
        if self.indicators:
            n = f"{self.indicators:,}"
            parts.append(
                counted(self.indicators, message("count.indicator_one", count=n), message("count.indicators", count=n))
            )
        if not parts:
            return None
        joined = parts[-1]
        for part in reversed(parts[:-1]):
            joined = message("trash.contents.join", first=part, rest=joined)
        return joined


@dataclass(frozen=True)
class EmptyReport:
    programs: int
    tasks: int
    progress: int
    indicators: int

    @property
    def total(self) -> int:
        return self.programs + self.tasks + self.progress + self.indicators


class TrashService:
    """Lists, restores and purges what the delete_... methods of ProgramService moved to the trash."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def list_items(self) -> list[TrashItem]:
        """Everything in the trash, most recently deleted first, one item per delete a user made."""
        with self.db.read() as s:
            programs = self._programs(s)
            # What went with a trashed program is listed under it, not on its own: the rows of that program
            # with its batch. (A batch alone is not enough: undo of an import once gave one batch to rows of
            # several programs.)
            with_program = {(p.batch, p.id) for p in programs if p.batch}
            items = [
                *programs,
                *self._tasks(s, with_program),
                *self._loose(s, m.ProgressEntry, "progress", with_program),
                *self._loose(s, m.Indicator, "indicator", with_program),
            ]
        items.sort(key=lambda i: (i.deleted_at, i.id), reverse=True)
        return items

    def count(self) -> int:
        return len(self.list_items())

    def restore(self, kind: str, item_id: int) -> TrashItem:
        """Bring an item back whole (a program with everything deleted with it). Returns what was restored."""
        from app.services.programs import ProgramService

        item = self._find(kind, item_id)
        programs = ProgramService(self.db)
        if kind == "program":
            programs.restore_program(item.key)
        elif kind == "task":
            programs.restore_task(item_id)
        elif kind == "progress":
            programs.restore_progress(item_id)
        else:
            programs.restore_indicator(item_id)
        return item

    def empty(self) -> EmptyReport:
        """Delete everything in the trash for good, in one transaction. History keeps the record of it.

        A SQLite database is backed up first (an automatic ``before-empty-trash`` backup, kept a week by the
        rotation), so a mistaken purge can still be undone from File > Backups.
        """
        if self.db.sqlite_path is not None and self.count():
            from app.services.backups import take_backup

            take_backup(self.db, "before-empty-trash")
        with self.db.write() as s:
            counts = {"programs": 0, "tasks": 0, "progress": 0, "indicators": 0}
            trashed_programs = list(s.execute(select(m.Program).where(m.Program.deleted_at.is_not(None))).scalars())
            program_ids = [p.id for p in trashed_programs]
            # Children first, each through the ORM so that history records every purge.
            progress = (
                s.execute(
                    select(m.ProgressEntry).where(
                        (m.ProgressEntry.deleted_at.is_not(None)) | m.ProgressEntry.program_id.in_(program_ids)
                    )
                )
                .scalars()
                .all()
            )
            trash.purge_attachments(s, [e.id for e in progress])
            for e in progress:
                s.delete(e)
            counts["progress"] = len(progress)
            indicators = (
                s.execute(
                    select(m.Indicator).where(
                        (m.Indicator.deleted_at.is_not(None)) | m.Indicator.program_id.in_(program_ids)
                    )
                )
                .scalars()
                .all()
            )
            for ind in indicators:
                s.delete(ind)
            counts["indicators"] = len(indicators)
            tasks = list(
                s.execute(
                    select(m.Task).where((m.Task.deleted_at.is_not(None)) | m.Task.program_id.in_(program_ids))
                ).scalars()
            )
            # One level at a time, deepest first: the database would otherwise cascade a parent's delete to
            # children the session is about to delete itself.
            for level in _levels_deepest_first(tasks):
                for t in level:
                    s.delete(t)
                s.flush()
            counts["tasks"] = len(tasks)
            s.flush()
            for p in trashed_programs:
                s.delete(p)
            counts["programs"] = len(trashed_programs)
            s.flush()
        return EmptyReport(**counts)

    # ------------------------------------------------------------------ helpers (no commits here)
    def _find(self, kind: str, item_id: int) -> TrashItem:
        for item in self.list_items():
            if item.kind == kind and item.id == item_id:
                return item
        raise NotFoundError(message("trash.not_in_trash", kind=record_label(kind), id=item_id))

    def _counts(self, s: Session, model: Any, batches: Iterable[str]) -> dict[tuple[str, int], int]:
        """How many rows of each program each batch holds."""
        rows = s.execute(
            select(model.deleted_batch, model.program_id, func.count())
            .where(model.deleted_batch.in_(list(batches)))
            .group_by(model.deleted_batch, model.program_id)
        ).all()
        return {(str(b), int(p)): int(n) for b, p, n in rows}

    def _programs(self, s: Session) -> list[TrashItem]:
        rows = s.execute(select(m.Program).where(m.Program.deleted_at.is_not(None))).scalars().all()
        batches = [p.deleted_batch for p in rows if p.deleted_batch]
        tasks = self._counts(s, m.Task, batches)
        progress = self._counts(s, m.ProgressEntry, batches)
        indicators = self._counts(s, m.Indicator, batches)
        out = []
        for p in rows:
            assert p.deleted_at is not None
            batch = p.deleted_batch or ""
            out.append(
                TrashItem(
                    kind="program",
                    id=p.id,
                    key=p.key,
                    title=p.title,
                    program_key=p.key,
                    program_in_trash=True,
                    deleted_at=p.deleted_at,
                    batch=batch,
                    tasks=tasks.get((batch, p.id), 0),
                    progress=progress.get((batch, p.id), 0),
                    indicators=indicators.get((batch, p.id), 0),
                )
            )
        return out

    def _tasks(self, s: Session, with_program: set[tuple[str, int]]) -> list[TrashItem]:
        rows = s.execute(
            select(m.Task, m.Program.key, m.Program.deleted_at)
            .join(m.Program, m.Program.id == m.Task.program_id)
            .where(m.Task.deleted_at.is_not(None))
        ).all()
        own = [(t, key, pdel) for t, key, pdel in rows if (t.deleted_batch, t.program_id) not in with_program]
        trashed = {t.id: t for t, _k, _d in own}

        def root(t: m.Task) -> int:
            # A deleted task stands for the unit tasks deleted with it: those below it in the same batch.
            node, steps = t, 0
            while steps < len(trashed):
                parent = trashed.get(node.parent_id) if node.parent_id is not None else None
                if parent is None or parent.deleted_batch != node.deleted_batch:
                    break
                node, steps = parent, steps + 1
            return node.id

        below: dict[int, int] = {}
        roots = []
        for t, key, pdel in own:
            r = root(t)
            if r == t.id:
                roots.append((t, key, pdel))
            else:
                below[r] = below.get(r, 0) + 1
        out = []
        for t, key, pdel in roots:
            assert t.deleted_at is not None
            out.append(
                TrashItem(
                    kind="task",
                    id=t.id,
                    key=t.key,
                    title=t.title,
                    program_key=key,
                    program_in_trash=pdel is not None,
                    deleted_at=t.deleted_at,
                    batch=t.deleted_batch or "",
                    tasks=below.get(t.id, 0),
                )
            )
        return out

    def _loose(self, s: Session, model: Any, kind: str, with_program: set[tuple[str, int]]) -> list[TrashItem]:
        """Progress entries or indicators trashed on their own (each delete is one item)."""
        rows = s.execute(
            select(model, m.Program.key, m.Program.deleted_at)
            .join(m.Program, m.Program.id == model.program_id)
            .where(model.deleted_at.is_not(None))
        ).all()
        out = []
        for row, key, pdel in rows:
            if (row.deleted_batch, row.program_id) in with_program:
                continue
            assert row.deleted_at is not None
            if kind == "progress":
                row_key, title = f"P{row.id}", f"{row.entry_date.iso()} {row.title}"
            else:
                row_key, title = row.key, row.name
            out.append(
                TrashItem(
                    kind=kind,
                    id=row.id,
                    key=row_key,
                    title=title,
                    program_key=key,
                    program_in_trash=pdel is not None,
                    deleted_at=row.deleted_at,
                    batch=row.deleted_batch or "",
                )
            )
        return out


def _levels_deepest_first(tasks: list[m.Task]) -> list[list[m.Task]]:
    by_id = {t.id: t for t in tasks}

    def depth(t: m.Task) -> int:
        n = 0
        node = t
        while node.parent_id is not None and node.parent_id in by_id and n < len(by_id):
            node = by_id[node.parent_id]
            n += 1
        return n

    levels: dict[int, list[m.Task]] = {}
    for t in tasks:
        levels.setdefault(depth(t), []).append(t)
    return [levels[d] for d in sorted(levels, reverse=True)]


__all__ = ["KINDS", "EmptyReport", "TrashItem", "TrashService"]
