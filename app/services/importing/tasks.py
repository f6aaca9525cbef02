"""The Tasks sheet: new tasks under their action plans, and changed tasks."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from app.domain import rules
from app.domain.errors import ValidationError
from app.domain.messages import message
from app.services.importing.catalog import compared
from app.services.importing.reading import PLANNED, TASK_FIELDS, Row, SheetState
from app.services.importing.references import References
from app.services.importing.writer import flat_share
from app.store.derived import (
    PROGRAMS_T,
    TASKS_T,
    chunks,
    same_number,
)


class TasksPlanner(References):
    """Plans the rows of a sheet read as Tasks, a chunk at a time."""

    def _tasks_chunk(self, state: SheetState, rows: list[Row]) -> None:
        keys = [r.values["key"] for r in rows if "key" in r.values]
        if self._writing:
            self._load_positions(
                {
                    pid
                    for r in rows
                    if "key" not in r.values
                    and (pid := self.program_ids.get(r.values.get("program_key", ""))) is not None
                }
            )
        existing: dict[str, dict[str, Any]] = {}
        known = self.catalog.task_keys()
        stored_keys = [k for k in keys if k in known]  # a key no task has needs no query
        if stored_keys:
            for rec in self.catalog.stored_rows(TASKS_T, TASKS_T.c.key.in_(stored_keys)):
                existing[str(rec["key"])] = rec
        titled = self._tasks_by_title(rows, set(keys))
        for same in titled.values():
            existing.update((str(rec["key"]), rec) for rec in same)
        prog_keys: dict[int, str] = {}
        pids = {int(e["program_id"]) for e in existing.values()}
        parent_keys: dict[int, str] = {}
        if pids:
            prog_keys = {
                int(i): str(k)
                for i, k in self.s.execute(
                    select(PROGRAMS_T.c.id, PROGRAMS_T.c.key).where(PROGRAMS_T.c.id.in_(pids))
                ).all()
            }
        parent_ids = {int(e["parent_id"]) for e in existing.values() if e["parent_id"] is not None}
        if parent_ids:
            parent_keys = {
                int(i): str(k)
                for i, k in self.s.execute(
                    select(TASKS_T.c.id, TASKS_T.c.key).where(TASKS_T.c.id.in_(parent_ids))
                ).all()
            }
        creates: list[dict[str, Any]] = []
        pending_parents: list[tuple[int, str]] = []  # (index in creates, parent key) for parents in this chunk
        fields = TASK_FIELDS
        for row in rows:
            v = row.values
            key = v.get("key")
            if key is None and titled:
                ok, key = self._task_by_title(state, row, titled, parent_keys)
                if not ok:
                    continue
            if key is not None and self._duplicate(state, row, "key", key):
                continue
            stored = existing.get(key) if key else None
            if stored is not None and stored["deleted_at"] is not None:
                self._err_field(state, row, "key", message("import.task_in_trash", key=key))
                continue
            out, ok = self._clean(state, row, fields, stored, ("start_date", "due_date"))
            try:
                rules.check_range(
                    out.get("start_date", stored.get("start_date") if stored else None),
                    out.get("due_date", stored.get("due_date") if stored else None),
                    "due_date",
                )
            except ValidationError as exc:
                self._err_field(state, row, "due_date", exc.message or str(exc))
                ok = False
            if not ok:
                continue
            if stored is not None:
                tid, pid = int(stored["id"]), int(stored["program_id"])
                pkey = prog_keys.get(pid, "")
                if "program_key" in v and v["program_key"] != pkey:
                    self._err_field(
                        state,
                        row,
                        "program_key",
                        message("import.task_cannot_change_program", key=key, program=pkey),
                    )
                    continue
                old_parent = parent_keys.get(int(stored["parent_id"])) if stored["parent_id"] is not None else None
                if "parent_key" in v and v["parent_key"] != old_parent:
                    moved = (
                        message("import.task_cannot_move", key=key, parent=old_parent)
                        if old_parent
                        else message("import.top_task_cannot_move", key=key)
                    )
                    self._err_field(state, row, "parent_key", moved)
                    continue
                self.task_ids[str(key)] = (tid, pkey)
                diffs = {f: n for f, n in out.items() if not same_number(stored.get(f), n)}
                if not diffs:
                    self.count(state, "unchanged")
                    continue
                if "percent_complete" in diffs:
                    self.percent_stated.add(str(key))
                if "status" in diffs:
                    self.status_stated.add(str(key))
                written = self.update_row(
                    state,
                    row,
                    ("task", str(key), str(out.get("title", stored["title"]))),
                    (TASKS_T, "task", tid, str(key), pid),
                    stored,
                    diffs,
                    updated_at=self.now,
                )
                if written and {"status", "percent_complete", "weight"} & diffs.keys():
                    self.touched_rollup.add(pid)
                if written and "owner" in diffs:
                    self.touched_people.add(pid)
                continue
            # A new task.
            if "title" not in out:
                self._err_field(state, row, "title", message("import.task_needs_title"))
                continue
            found, pid_new = self._program_id(state, row)
            if not found:
                continue
            pkey = str(v["program_key"])
            parent_id: int | None = None
            parent_pending: str | None = None
            depth = 1
            if "parent_key" in v:
                parent = self._task_ref(state, row, "parent_key", pkey)
                if parent is False:
                    continue
                parent_id = parent if isinstance(parent, int) else None
                if parent_id is None:
                    parent_pending = str(v["parent_key"])
                depth = self._depth(str(v["parent_key"])) + 1
                try:
                    rules.check_depth(depth)
                except ValidationError as exc:
                    self._err_field(state, row, "parent_key", exc.message or str(exc))
                    continue
            if key is None:
                key = self._new_task_key(pkey)
            elif key in self.catalog.task_keys():
                self._err_field(state, row, "key", message("task.key_taken", key=key))
                continue
            self._task_depths[key] = depth
            if self._case_refused(state, row, pid_new, "program_key"):
                continue
            self.catalog.task_keys().add(key)
            self.task_ids[key] = (None, pkey)
            if out.get("percent_complete") is not None:
                self.percent_stated.add(key)
            if out.get("status") is not None:
                self.status_stated.add(key)
            self.count(state, "created")
            self.change_new(state, row, "task", key, out["title"])
            self.given_tasks.add(pid_new if pid_new is not None else pkey)
            if self._writing and pid_new is not None:
                if parent_pending is not None:
                    pending_parents.append((len(creates), parent_pending))
                creates.append(
                    {
                        "key": key,
                        "program_id": pid_new,
                        "parent_id": parent_id,
                        "title": out["title"],
                        "description": out.get("description"),
                        "owner": out.get("owner"),
                        "start_date": out.get("start_date"),
                        "due_date": out.get("due_date"),
                        "status": out.get("status", PLANNED),
                        "percent_complete": out.get("percent_complete"),
                        "weight": out.get("weight", 1.0),
                        "position": self._position(pid_new, parent_id),
                        "version": 1,
                        "created_at": self.now,
                        "updated_at": self.now,
                    }
                )
        if creates and self._writing:
            # Parents come before their children in the sheet; a child whose parent is in the same chunk
            # needs the parent's id, so insert in order and resolve as we go.
            new_ids = self.writer.insert_keyed(TASKS_T, creates)
            self.log.created("task", TASKS_T, new_ids)
            for made, tid in zip(creates, new_ids, strict=True):
                self.task_ids[made["key"]] = (int(tid), self.task_ids[made["key"]][1])
                self.seen["Tasks"].setdefault(made["key"], 0)  # in the file: not "missing" at the end
                pid = int(made["program_id"])
                if made["owner"] is not None:
                    self.touched_people.add(pid)
                created = pid in self.writer.created_programs
                if created:
                    self.writer.created_programs.changed(pid)
                if created and made["parent_id"] is None and not pending_parents:
                    # A flat task list rolls up as a weighted average, kept as two running sums.
                    share = flat_share(made["status"], made["percent_complete"], float(made["weight"]))
                    if share is not None:
                        self.writer.created_programs.add_share(pid, *share)
                else:
                    # Unit tasks: the query path sees the whole tree once it is written.
                    self.touched_rollup.add(pid)
            for index, parent_key in pending_parents:
                linked = self.task_ids.get(parent_key)
                if linked is not None and linked[0] is not None:
                    self.writer.link_parent(int(new_ids[index]), linked[0])

    def _tasks_by_title(self, rows: list[Row], named: set[str]) -> dict[tuple[int, str], list[dict[str, Any]]]:
        """Stored live tasks that rows without a Task key may be: same program and title, not named by key.

        A row added in the file and imported before still has no key; it must match the task it created,
        as programs match by title and progress entries by their content, or every import adds it again.
        Tasks this file names by key (earlier rows, or keyed rows of this chunk) are someone else's row.
        """
        wanted = [r for r in rows if "key" not in r.values and "program_key" in r.values and "title" in r.values]
        if not wanted:
            return {}
        pkeys = {str(r.values["program_key"]) for r in wanted}
        self._learn_program_ids(pkeys)
        # Programs this import creates have only the tasks the file gives them.
        pids = {
            pid
            for k in pkeys
            if (pid := self.program_ids.get(k)) is not None and pid not in self.writer.created_programs
        }
        titles = sorted({str(r.values["title"]).strip() for r in wanted})
        seen = self.seen["Tasks"]
        out: dict[tuple[int, str], list[dict[str, Any]]] = {}
        for part in chunks(sorted(pids), 500):
            for rec in self.s.execute(
                select(*compared(TASKS_T))
                .where(
                    TASKS_T.c.program_id.in_(part),
                    TASKS_T.c.title.in_(titles),
                    TASKS_T.c.deleted_at.is_(None),
                )
                .order_by(TASKS_T.c.id)
            ).mappings():
                if rec["key"] in seen or rec["key"] in named:
                    continue
                out.setdefault((int(rec["program_id"]), str(rec["title"])), []).append(dict(rec))
        return out

    def _task_by_title(
        self,
        state: SheetState,
        row: Row,
        titled: dict[tuple[int, str], list[dict[str, Any]]],
        parent_keys: dict[int, str],
    ) -> tuple[bool, str | None]:
        """(ok, key): the key of the one stored task a row without a Task key is, None for a new task;
        ok is False when several tasks fit (the error is listed)."""
        v = row.values
        pid = self.program_ids.get(str(v.get("program_key")))
        if pid is None or "title" not in v:
            return True, None
        same = titled.get((pid, str(v["title"]).strip()), [])
        if "parent_key" in state.match.columns:
            # The row says where the task sits: an empty Parent key is a top-level task.
            parent = v.get("parent_key")
            same = [
                t for t in same if (parent_keys.get(t["parent_id"]) if t["parent_id"] is not None else None) == parent
            ]
        if len(same) > 1:
            self._err_field(
                state,
                row,
                "title",
                message(
                    "import.tasks_share_title",
                    count=len(same),
                    program=v["program_key"],
                    title=v["title"],
                    keys=", ".join(str(t["key"]) for t in same[:5]),
                ),
            )
            return False, None
        return True, (str(same[0]["key"]) if same else None)

    def _load_positions(self, program_ids: set[int]) -> None:
        """The last task position under each parent of these programs, in one query per chunk."""
        created = self.writer.created_programs
        todo = sorted(p for p in program_ids - self._positions_loaded if p not in created)  # new: none stored
        for part in chunks(todo, 500):
            for pid, parent, last in self.s.execute(
                select(TASKS_T.c.program_id, TASKS_T.c.parent_id, func.max(TASKS_T.c.position))
                .where(TASKS_T.c.program_id.in_(part))
                .group_by(TASKS_T.c.program_id, TASKS_T.c.parent_id)
            ).all():
                self._positions[(int(pid), parent)] = int(last)
        self._positions_loaded.update(todo)

    def _position(self, program_id: int, parent_id: int | None) -> int:
        created = program_id in self.writer.created_programs
        if created and parent_id is None:
            return self.writer.created_programs.next_top(program_id)
        slot = (program_id, parent_id)
        if slot not in self._positions and (created or program_id in self._positions_loaded):
            self._positions[slot] = -1
        if slot not in self._positions:
            cond = TASKS_T.c.parent_id.is_(None) if parent_id is None else TASKS_T.c.parent_id == parent_id
            current = self.s.execute(
                select(func.coalesce(func.max(TASKS_T.c.position), -1)).where(TASKS_T.c.program_id == program_id, cond)
            ).scalar_one()
            self._positions[slot] = int(current)
        self._positions[slot] += 1
        return self._positions[slot]
