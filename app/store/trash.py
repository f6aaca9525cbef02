"""The trash: how rows go in and come out, and what a trash batch holds. One home for both.

A row in the trash has ``deleted_at`` (when) and ``deleted_batch`` (with what). The trash lists one entry per
batch and restores a batch whole, so a batch is what a user would delete or restore in one step:

- a program, with everything in it that was not in the trash already;
- a task, with the unit tasks under it;
- a progress entry or an indicator on its own (an indicator's values stay with it: they have no trash marks).

A progress entry's attachments have no trash marks either: every read of them goes through their entry
(:func:`live_attachments`), so they are in the trash exactly when their entry is, and come back with it, whether
the entry went alone, with its program, or with an undone import. Emptying the trash deletes them with it.

``ProgramService`` puts one thing at a time in the trash through ORM rows (:func:`mark`), so History records
each row as it does any edit. Undo of an import trashes everything the import created at once (:func:`put`,
set-based; the import writes its own change records) and asks :func:`batches_of_created` which batch each row
joins, by the same grouping.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Protocol

from sqlalchemy import ColumnElement, Select, Table, delete, select, update
from sqlalchemy.orm import Session

from app.store import models as m
from app.store.derived import chunks

# What a program's trash batch carries besides the program itself.
PROGRAM_PARTS: tuple[type[m.Task] | type[m.ProgressEntry] | type[m.Indicator], ...] = (
    m.Task,
    m.ProgressEntry,
    m.Indicator,
)


class Trashable(Protocol):
    deleted_at: Any
    deleted_batch: Any


def new_batch() -> str:
    """A fresh trash batch id."""
    return str(uuid.uuid4())


def mark(rows: Iterable[Trashable], when: dt.datetime | None, batch: str | None) -> None:
    """Put ORM rows in the trash as one batch (``when`` and ``batch`` set), or take them out (both None)."""
    for row in rows:
        row.deleted_at = when
        row.deleted_batch = batch


def program_parts(s: Session, program_id: int, *where: ColumnElement[bool]) -> list[Any]:
    """The tasks, progress entries and indicators of a program that match ``where``."""
    found: list[Any] = []
    for model in PROGRAM_PARTS:
        found.extend(s.execute(select(model).where(model.program_id == program_id, *where)).scalars())
    return found


def trash_program(s: Session, program: m.Program, when: dt.datetime) -> str:
    """A program and everything in it not already in the trash, as one batch. Returns the batch id."""
    batch = new_batch()
    mark([p for p in program_parts(s, program.id) if p.deleted_at is None], when, batch)
    s.flush()  # the parts first: History lists the program's own change as the last of the delete
    mark([program], when, batch)
    return batch


def restore_program(s: Session, program: m.Program) -> None:
    """A program and what went into the trash with it (its batch); not what was trashed before on its own."""
    batch = program.deleted_batch
    mark([p for p in program_parts(s, program.id) if p.deleted_batch == batch], None, None)
    s.flush()
    mark([program], None, None)


def live_attachments(*where: ColumnElement[bool]) -> Select[m.Attachment]:
    """SELECT of attachments (without their bytes) whose progress entry is not in the trash, matching ``where``."""
    return (
        select(m.Attachment)
        .join(m.ProgressEntry, m.ProgressEntry.id == m.Attachment.progress_entry_id)
        .where(m.ProgressEntry.deleted_at.is_(None), *where)
    )


def purge_attachments(s: Session, entry_ids: Sequence[int]) -> None:
    """Delete for good the attachments of progress entries about to be purged (their entry's purge is recorded)."""
    for part in chunks(list(entry_ids), 500):
        s.execute(delete(m.Attachment).where(m.Attachment.progress_entry_id.in_(part)))


def task_subtree(s: Session, root: m.Task, *below: ColumnElement[bool]) -> list[m.Task]:
    """A task and the unit tasks under it (children matching ``below``, theirs, and so on)."""
    found: list[m.Task] = []
    todo = [root]
    while todo:
        node = todo.pop()
        found.append(node)
        todo.extend(s.execute(select(m.Task).where(m.Task.parent_id == node.id, *below)).scalars())
    return found


def trash_task(s: Session, task: m.Task, when: dt.datetime) -> str:
    """A task and its unit tasks not already in the trash, as one batch. Returns the batch id."""
    batch = new_batch()
    mark(task_subtree(s, task, m.Task.deleted_at.is_(None)), when, batch)
    return batch


def restore_task(s: Session, task: m.Task) -> None:
    """A task and the unit tasks trashed with it (below it, same batch); not other tasks of that batch."""
    batch = task.deleted_batch
    mark(task_subtree(s, task, m.Task.deleted_at.is_not(None), m.Task.deleted_batch == batch), None, None)


def trash_one(row: Trashable, when: dt.datetime) -> str:
    """A progress entry or an indicator, in a batch of its own. Returns the batch id."""
    batch = new_batch()
    mark([row], when, batch)
    return batch


def batches_of_created(
    created: Iterable[tuple[str, int]],
    program_of: Mapping[tuple[str, int], int | None],
    parent_task_of: Mapping[int, int | None],
) -> dict[tuple[str, int], str]:
    """The batch each created row joins when an import's creations go to the trash together.

    ``created`` holds (entity type, id) for programs, tasks, progress entries and indicators (not values:
    they go with their indicator). A created program takes everything created in it; a task created in an
    existing program takes the unit tasks created under it (its topmost created ancestor leads); anything
    else gets a batch of its own, as a delete in the app would give it.
    """
    rows = list(created)
    new_programs = {eid for etype, eid in rows if etype == "program"}
    new_tasks = {eid for etype, eid in rows if etype == "task"}
    of_program = {pid: new_batch() for pid in new_programs}
    of_root: dict[int, str] = {}
    out: dict[tuple[str, int], str] = {}
    for etype, eid in rows:
        program_id = eid if etype == "program" else program_of.get((etype, eid))
        if program_id in of_program:
            out[(etype, eid)] = of_program[program_id]
        elif etype == "task":
            root, steps = eid, 0
            while steps <= len(new_tasks):  # bounded: a cycle in bad data cannot loop forever
                up = parent_task_of.get(root)
                if up is None or up not in new_tasks:
                    break
                root, steps = up, steps + 1
            out[(etype, eid)] = of_root.setdefault(root, new_batch())
        else:
            out[(etype, eid)] = new_batch()
    return out


def put(s: Session, table: Table, ids: Sequence[int], when: dt.datetime, batch: str) -> None:
    """Set-based: the rows of ``table`` with these ids that are not in the trash go in as ``batch``.

    For the import's undo, which records its own changes; edits in the app go through :func:`mark`.
    """
    for part in chunks(list(ids), 500):
        s.execute(
            update(table)
            .where(table.c.id.in_(part), table.c.deleted_at.is_(None))
            .values(deleted_at=when, deleted_batch=batch)
        )
