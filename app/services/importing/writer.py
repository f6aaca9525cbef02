"""The one writer of an import: applies the planned rows in the import's transaction."""

from __future__ import annotations

import datetime as dt
from array import array
from collections.abc import Iterable, Sequence
from functools import lru_cache
from itertools import repeat
from typing import Any

from sqlalchemy import Table, insert, update
from sqlalchemy.orm import Session

from app.domain.dates import PartialDate
from app.domain.enums import Status
from app.domain.errors import CivicError
from app.domain.messages import message
from app.domain.rollup import TaskNode, average, share
from app.services.importing.catalog import INDICATORS_T
from app.store import bulk, derived
from app.store.bulk import insert_rows, update_rows
from app.store.derived import (
    PROGRAMS_T,
    PROGRESS_T,
    TASKS_T,
    THEMES_T,
    refresh_last_progress,
    refresh_rollups,
)
from app.store.history import ChangeLog


@lru_cache(maxsize=4096)
def flat_share(status: str | None, percent: float | None, weight: float) -> tuple[float, float] | None:
    """What a top-level task with no unit tasks adds to its program's roll-up: (weight, percent x weight),
    or None when it does not count (cancelled, no percent, no weight). Tasks repeat these few values."""
    return share(TaskNode(0, None, Status(status) if status else None, percent, weight), {})


class CreatedPrograms:
    """The programs an import creates, each with the running sums its roll-up is worked out from as its tasks
    and progress come in: the total weight and the weighted total of its top-level tasks, its latest progress
    date and the next top-level task position. Kept in arrays: a workbook of 100,000 new programs held a list
    and its numbers for each, 20 MB at the import's peak."""

    def __init__(self) -> None:
        self._at: dict[int, int] = {}  # program id -> its place in the arrays
        self._weight = array("d")
        self._total = array("d")
        self._top = array("q")
        self._last: list[PartialDate | None] = []
        # The roll-up last written for the program (percent, last progress), and whether its sums changed since.
        self._written_percent: list[float | None] = []
        self._written_last: list[PartialDate | None] = []
        self._dirty = bytearray()

    def add(self, program_ids: Iterable[int]) -> None:
        """New programs: no task, no progress yet."""
        start = len(self._last)
        new = [pid for pid in program_ids if pid not in self._at]
        self._at.update(zip(new, range(start, start + len(new)), strict=True))
        self._weight.extend(repeat(0.0, len(new)))
        self._total.extend(repeat(0.0, len(new)))
        self._top.extend(repeat(0, len(new)))
        self._last.extend(repeat(None, len(new)))
        self._written_percent.extend(repeat(None, len(new)))
        self._written_last.extend(repeat(None, len(new)))
        self._dirty.extend(bytes(len(new)))

    def __contains__(self, program_id: object) -> bool:
        return program_id in self._at

    def add_share(self, program_id: int, weight: float, weighted: float) -> None:
        """A top-level task's weight and weighted percent (flat_share) in the program's roll-up."""
        i = self._at[program_id]
        self._weight[i] += weight
        self._total[i] += weighted

    def progress_on(self, program_id: int, day: PartialDate) -> bool:
        """Progress logged on ``day``; whether it is the program's latest so far (as PartialDate orders dates,
        which derived.refresh_last_progress follows in SQL)."""
        i = self._at[program_id]
        last = self._last[i]
        if last is None or last < day:
            self._last[i] = day
            return True
        return False

    def next_top(self, program_id: int) -> int:
        """The position of the program's next top-level task."""
        i = self._at[program_id]
        self._top[i] += 1
        return int(self._top[i]) - 1

    def changed(self, program_id: int) -> None:
        """The program's sums changed: its roll-up is to be written again."""
        self._dirty[self._at[program_id]] = 1

    def changed_ids(self) -> list[int]:
        """The programs whose roll-up is to be written again, by id."""
        return sorted(pid for pid, i in self._at.items() if self._dirty[i])

    def written(self, program_id: int) -> tuple[float | None, PartialDate | None]:
        """The roll-up last written for the program (percent, last progress); (None, None) at first."""
        i = self._at[program_id]
        return self._written_percent[i], self._written_last[i]

    def write(self, program_id: int, percent: float | None, last: PartialDate | None) -> None:
        """The program's percent and last progress as written (or being written)."""
        i = self._at[program_id]
        self._written_percent[i], self._written_last[i] = percent, last

    def settled(self, program_id: int) -> None:
        """The program's roll-up is being written from its sums as they stand."""
        self._dirty[self._at[program_id]] = 0

    def has_tasks(self, program_id: int) -> bool:
        """Whether the import gave the program a task (every tree has a top-level task: each got a position)."""
        return bool(self._top[self._at[program_id]])

    def sums(self, program_id: int) -> tuple[float, float, PartialDate | None, int]:
        """(total weight, weighted total, latest progress date, top-level tasks) of the program."""
        i = self._at[program_id]
        return self._weight[i], self._total[i], self._last[i], int(self._top[i])


class ImportWriter:
    """Applies what an import plans, in its one transaction: new rows (ids from bulk.Inserter), changed fields
    with version + 1 and a change record each, themes, and at the end the derived values (store/derived)
    of every program the import touched. A dry run plans the same rows and never calls it."""

    def __init__(self, s: Session, now: dt.datetime, log: ChangeLog) -> None:
        self.s = s
        self.now = now
        self.log = log
        self.ids = bulk.Inserter(s)
        # Programs this import creates: their roll-up and last progress are worked out from the rows
        # written, with no query and no change record (undoing the import trashes the program anyway).
        self.created_programs = CreatedPrograms()
        self.logged_percent: dict[int, float] = {}  # new programs without tasks: the percent progress logged
        # Changed rows not yet written, by table and the columns they change (see write_updates).
        self._updates: dict[tuple[Table, tuple[str, ...]], dict[int, dict[str, Any]]] = {}

    def insert_keyed(self, table: Table, rows: list[dict[str, Any]]) -> list[int]:
        return self.ids.keyed(table, rows)

    def insert_keyed_columns(self, table: Table, columns: dict[str, list[Any]]) -> list[int]:
        """New rows given column by column (a planner's chunk of new rows); their ids in row order."""
        return self.ids.keyed_columns(table, columns)

    def insert_entries(self, rows: list[dict[str, Any]]) -> list[int]:
        """Progress entries have no key: this import's own rows are the ones with its timestamp."""
        ids = self.ids.stamped(PROGRESS_T, rows, "recorded_at")
        if ids is None:
            raise CivicError(message("import.entries_written_meanwhile"))
        return ids

    def insert_one(self, table: Table, values: dict[str, Any]) -> int:
        """One new row; its id."""
        return self.ids.one(table, values)

    def link_parent(self, task_id: int, parent_id: int) -> None:
        """Put a new unit task under an action plan written in the same chunk after it was planned."""
        self.s.execute(update(TASKS_T).where(TASKS_T.c.id == task_id).values(parent_id=parent_id))

    def set_first_unit(self, indicator_id: int, unit: str) -> None:
        """Give a new indicator the unit a later row of it gives first: as though made with it (no change record,
        no new version; undoing the import trashes the indicator anyway)."""
        self.s.execute(update(INDICATORS_T).where(INDICATORS_T.c.id == indicator_id).values(unit=unit))

    def insert(self, table: Table, rows: list[dict[str, Any]]) -> None:
        insert_rows(self.s, table, rows)

    def update(
        self,
        recorded: tuple[Table, str, int, str, int],
        stored: dict[str, Any],
        diffs: dict[str, Any],
        also: dict[str, Any],
    ) -> None:
        """Set a row's changed fields (and ``also``, values derived from them) with version + 1; record each."""
        table, entity, row_id, key, program_id = recorded
        self._set(table, row_id, {**diffs, **also})
        for f, n in diffs.items():
            self.log.record(entity, row_id, key, program_id, "update", f, stored.get(f), n)

    def _set(self, table: Table, row_id: int, values: dict[str, Any]) -> None:
        """Gather a row's new values, written set-based by `write_updates`: rows that change the same columns
        share one statement. A row set twice with the same columns keeps the later values, its version one up."""
        self._updates.setdefault((table, tuple(values)), {}).setdefault(row_id, {"id": row_id}).update(values)

    def write_updates(self) -> None:
        """Write the gathered updates, each row's version one up. The planners call it at the end of every
        piece of a sheet, before anything reads what they changed."""
        updates, self._updates = self._updates, {}
        for (table, _columns), rows in updates.items():
            bulk.update_rows(self.s, table, list(rows.values()), increment=("version",))

    def replace_themes(self, pid: int, key: str, old: Sequence[str], new: Sequence[str]) -> None:
        self.s.execute(THEMES_T.delete().where(THEMES_T.c.program_id == pid))
        if new:
            self.s.execute(insert(THEMES_T), [{"program_id": pid, "theme": t} for t in new])
        self.log.record("program", pid, key, pid, "update", "themes", ", ".join(old), ", ".join(new))

    def set_percent(self, table: Table, entity: str, stored: dict[str, Any], new: float) -> None:
        """A percent moved by logged progress (rules.percent_after_progress), recorded as the app records it."""
        row_id, pid = int(stored["id"]), int(stored["program_id"])
        self._set(table, row_id, {"percent_complete": new})
        self.log.record(
            entity, row_id, str(stored["key"]), pid, "update", "percent_complete", stored["percent_complete"], new
        )
        if pid in self.created_programs and entity == "program":
            self.logged_percent[pid] = new
            created = self.created_programs
            created.write(pid, new, created.written(pid)[1])

    def set_status(self, stored: dict[str, Any], new: str) -> None:
        """A task's status moved by logged progress (rules.status_after_progress), recorded as the app records it."""
        row_id, pid = int(stored["id"]), int(stored["program_id"])
        self._set(TASKS_T, row_id, {"status": new})
        self.log.record("task", row_id, str(stored["key"]), pid, "update", "status", stored["status"], new)

    def write_created_rollups(self, program_ids: Iterable[int], unit_tasks: set[int]) -> None:
        """Set percent complete and last progress of these new programs where they differ from what was
        written before (a new program starts with neither)."""
        updates = []
        created = self.created_programs
        for pid in program_ids:
            created.settled(pid)
            weight, total, last, top_tasks = created.sums(pid)
            if pid in unit_tasks:
                percent = None  # worked out by refresh_rollups, from the written tree
            elif top_tasks:
                percent = average(weight, total)
            else:
                percent = self.logged_percent.get(pid)  # no tasks: the percent its progress logged
            before = created.written(pid)
            created.write(pid, percent, last)
            if before[0] == percent and before[1] is last:  # a later date is always another object
                continue
            updates.append({"id": pid, "percent_complete": percent, "last_progress_on": last})
        update_rows(self.s, PROGRAMS_T, updates)

    def finish(self, touched_rollup: set[int], touched_progress: set[int], touched_search: set[int]) -> None:
        """Write the derived values of every program whose inputs the import changed."""
        self.write_updates()
        self.log.flush()
        self.write_created_rollups(self.created_programs.changed_ids(), touched_rollup)
        refresh_rollups(self.s, touched_rollup, self.log.record)
        refresh_last_progress(self.s, touched_progress)
        derived.refresh_search(self.s, touched_search)
        self.log.flush()
