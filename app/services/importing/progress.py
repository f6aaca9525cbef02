"""The Progress sheet: new entries (which move their task as Log progress does) and changed ones."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Table, select

from app.domain import rules
from app.domain.dates import PartialDate
from app.domain.messages import message
from app.excel.layout import TASKS
from app.services import convert
from app.services.importing.reading import PLANNED, PROGRESS_FIELDS, Row, SheetState
from app.services.importing.references import References
from app.services.importing.results import FieldChange, RowChange
from app.store.derived import (
    PROGRAMS_T,
    PROGRESS_T,
    TASKS_T,
    chunks,
    same_number,
)

# A task or program a percent moves: its id, or its key while this import has not written it (a dry run).
Target = tuple[str, int | str]


class ProgressPlanner(References):
    """Plans the rows of a sheet read as Progress, a chunk at a time."""

    def _progress_chunk(self, state: SheetState, rows: list[Row]) -> None:
        ids = [r.values["id"] for r in rows if "id" in r.values]
        existing: dict[int, dict[str, Any]] = {}
        if ids:
            for rec in self.catalog.stored_rows(PROGRESS_T, PROGRESS_T.c.id.in_(ids)):
                existing[int(rec["id"])] = rec
        pkeys: dict[int, str] = {}
        if existing:
            pkeys = {
                int(i): str(k)
                for i, k in self.s.execute(
                    select(PROGRAMS_T.c.id, PROGRAMS_T.c.key).where(
                        PROGRAMS_T.c.id.in_({e["program_id"] for e in existing.values()})
                    )
                ).all()
            }
        # An office sheet's percents are logged under the sheet's name; the same month's figures come back
        # from a CSV or a renamed sheet too, so there an entry of that day and percent is the same whatever
        # its title.
        any_title = state.parent is not None
        logged = self._logged_entries([r for r in rows if "id" not in r.values], any_title)
        creates: list[dict[str, Any]] = []
        # Percents the new entries log, on a task or on a program: they move it as Log progress does. A task or
        # program this file creates and the dry run has not written is named by its key (it has no id).
        moves: dict[Target, tuple[PartialDate, int, float, Row]] = {}
        fields = PROGRESS_FIELDS
        for row in rows:
            v = row.values
            eid = v.get("id")
            if eid is not None and self._duplicate(state, row, "id", eid):
                continue
            stored = existing.get(eid) if eid is not None else None
            if eid is not None and stored is None:
                self._err_field(state, row, "id", message("import.no_progress_entry", id=eid))
                continue
            if stored is not None and stored["deleted_at"] is not None:
                self._err_field(state, row, "id", message("import.progress_in_trash", id=eid))
                continue
            out, ok = self._clean(state, row, fields, stored, ("entry_date",))
            if not ok:
                continue
            if stored is not None:
                pid = int(stored["program_id"])
                if "program_key" in v and v["program_key"] != pkeys.get(pid):
                    self._err_field(
                        state,
                        row,
                        "program_key",
                        message("import.entry_cannot_change_program", id=eid, program=pkeys.get(pid)),
                    )
                    continue
                diffs = {f: n for f, n in out.items() if not same_number(stored.get(f), n)}
                if not diffs:
                    self.count(state, "unchanged")
                    continue
                kept: dict[str, Any] = {}
                written = self.update_row(
                    state,
                    row,
                    ("progress", f"P{eid}", str(out.get("title", stored["title"]))),
                    (PROGRESS_T, "progress", int(stored["id"]), f"P{eid}", pid),
                    stored,
                    diffs,
                    kept=kept,
                )
                if written and "entry_date" in diffs:
                    self.touched_progress.add(pid)
                if kept.get("percent_complete") is not None:
                    # A changed percent moves the entry's task (or program) as changing it in the app does.
                    tid = stored["task_id"]
                    target: Target = ("task", int(tid)) if tid is not None else ("program", pid)
                    when = kept.get("entry_date", stored["entry_date"])
                    _newest_moves(moves, target, when, row, float(kept["percent_complete"]))
                continue
            if "entry_date" not in out or out["entry_date"] is None:
                self._err_field(state, row, "entry_date", message("import.progress_needs_date"))
                continue
            if "title" not in out:
                self._err_field(state, row, "title", message("import.progress_needs_title"))
                continue
            found, pid_new = self._program_id(state, row)
            if not found:
                continue
            task_id: int | None = None
            unwritten_task = False
            if "task_key" in v:
                ref = self._task_ref(state, row, "task_key", str(v["program_key"]))
                if ref is False:
                    continue
                task_id = ref if isinstance(ref, int) else None
                # A task this file creates has no entry logged before it (the import's own are left out of
                # `logged`); unwritten (a dry run), it must not pass for the program itself (task id None).
                unwritten_task = task_id is None
            same = None
            if not unwritten_task:
                same = next(
                    (
                        eid
                        for eid, stored_note, stored_pct in logged.get(
                            (pid_new, task_id, out["entry_date"].iso(), None if any_title else out["title"]), ()
                        )
                        if same_number(stored_note, out.get("note"))
                        and same_number(stored_pct, out.get("percent_complete"))
                    ),
                    None,
                )
            if same is not None:
                # A row added in the file and imported before (it still has no Entry ID): already logged.
                self.seen["Progress"].setdefault(same, row.number)
                self.count(state, "unchanged")
                continue
            if self._case_refused(state, row, pid_new, "program_key"):
                continue
            self.count(state, "created")
            self.change_new(state, row, "progress", f"{v['program_key']} {out['entry_date']}", out["title"])
            pct = out.get("percent_complete")
            if pct is not None:
                if "task_key" in v:
                    target = ("task", task_id if task_id is not None else str(v["task_key"]))
                else:
                    target = ("program", pid_new if pid_new is not None else str(v["program_key"]))
                _newest_moves(moves, target, out["entry_date"], row, pct)
            if self._writing and pid_new is not None:
                creates.append(
                    {
                        "program_id": pid_new,
                        "task_id": task_id,
                        "entry_date": out["entry_date"],
                        "title": out["title"],
                        "note": out.get("note"),
                        "percent_complete": out.get("percent_complete"),
                        "author": out.get("author") or self.actor,
                        "recorded_at": self.now,
                        "version": 1,
                    }
                )
        if creates and self._writing:
            new_ids = self.writer.insert_entries(creates)
            self.log.created("progress", PROGRESS_T, new_ids)
            latest: set[int] = set()
            for made, eid in zip(creates, new_ids, strict=True):
                self.seen["Progress"].setdefault(int(eid), 0)  # in the file: not "missing" at the end
                pid = int(made["program_id"])
                if pid in self.writer.created_programs:
                    if self.writer.created_programs.progress_on(pid, made["entry_date"]):
                        latest.add(pid)
                else:
                    self.touched_progress.add(pid)
            # The roll-ups of new programs, as they stand: written now, beside the next chunk's reading,
            # rather than all at the end (finish writes only what changed since).
            self.writer.write_created_rollups(latest, self.touched_rollup)
        if moves:
            self._move_by_progress(state, moves)

    def _logged_entries(
        self, rows: list[Row], any_title: bool = False
    ) -> dict[tuple[Any, ...], list[tuple[int, Any, Any]]]:
        """Stored live entries with the titles of these new rows (``any_title``: of any title, keyed None).

        (program id, task id, date, title) -> [(id, note, percent), ...]
        """
        keys = {str(r.values["program_key"]) for r in rows if r.values.get("program_key") is not None}
        self._learn_program_ids(keys)
        # A program this import created has no entries but the ones it wrote, which the query leaves out.
        pids = {p for k in keys if (p := self.program_ids.get(k)) is not None and p not in self.writer.created_programs}
        out: dict[tuple[Any, ...], list[tuple[int, Any, Any]]] = {}
        if not pids:
            return out
        titles = sorted({str(r.values["title"]) for r in rows if r.values.get("title") is not None})
        if not titles:
            return out
        for part in chunks(sorted(pids), 500):
            for rec in self.s.execute(
                select(
                    PROGRESS_T.c.id,
                    PROGRESS_T.c.program_id,
                    PROGRESS_T.c.task_id,
                    PROGRESS_T.c.entry_date,
                    PROGRESS_T.c.title,
                    PROGRESS_T.c.note,
                    PROGRESS_T.c.percent_complete,
                ).where(
                    PROGRESS_T.c.program_id.in_(part),  # uses the (program, date) index
                    PROGRESS_T.c.title.in_(titles) if not any_title else PROGRESS_T.c.title.is_not(None),
                    PROGRESS_T.c.deleted_at.is_(None),
                    PROGRESS_T.c.recorded_at != self.now,  # not the rows this import just wrote
                )
            ).all():
                key = (int(rec.program_id), rec.task_id, rec.entry_date.iso(), None if any_title else rec.title)
                out.setdefault(key, []).append((int(rec.id), rec.note, rec.percent_complete))
        return out

    def _move_by_progress(self, state: SheetState, moves: dict[Target, tuple[PartialDate, int, float, Row]]) -> None:
        """A percent on a new progress row, or one corrected on an entry, moves its task, or its program when
        that has no tasks, exactly as logging (or correcting) the same progress in the app does
        (rules.percent_after_progress); the roll-up follows."""
        task_ids = [i for kind, i in moves if kind == "task" and isinstance(i, int)]
        # A program the import made with tasks is moved by its tasks, not by its progress: it needs no query
        # (each would wait for the writer to finish the rows before it: 0.5 s over 100,000 entries).
        created = self.writer.created_programs
        program_ids = [
            i
            for kind, i in moves
            if kind == "program"
            and isinstance(i, int)
            and i not in self.given_tasks
            and not (i in created and created.has_tasks(i))
        ]
        rows: list[tuple[Table, str, dict[str, Any], float, Row]] = []
        for part in chunks(task_ids, 500):
            for t in self.s.execute(
                select(
                    TASKS_T.c.id,
                    TASKS_T.c.key,
                    TASKS_T.c.title,
                    TASKS_T.c.program_id,
                    TASKS_T.c.percent_complete,
                    TASKS_T.c.status,
                ).where(TASKS_T.c.id.in_(part))
            ).mappings():
                if t["key"] in self.percent_stated:
                    continue  # the Tasks sheet of the same file states this task's percent: that stands
                _when, _n, pct, row = moves[("task", int(t["id"]))]
                rows.append((TASKS_T, "task", dict(t), pct, row))
        for part in chunks(program_ids, 500):
            with_tasks = set(
                self.s.execute(
                    select(TASKS_T.c.program_id).where(TASKS_T.c.program_id.in_(part), TASKS_T.c.deleted_at.is_(None))
                ).scalars()
            )
            for p in self.s.execute(
                select(PROGRAMS_T.c.id, PROGRAMS_T.c.key, PROGRAMS_T.c.title, PROGRAMS_T.c.percent_complete).where(
                    PROGRAMS_T.c.id.in_(part)
                )
            ).mappings():
                if int(p["id"]) not in with_tasks:
                    _when, _n, pct, row = moves[("program", int(p["id"]))]
                    rows.append((PROGRAMS_T, "program", {**p, "program_id": p["id"]}, pct, row))
        rows += self._unwritten_moves(moves)
        header = state.heading("percent_complete")
        for table, entity, stored, pct, row in rows:
            new = rules.percent_after_progress(stored["percent_complete"], pct)
            # A task's status follows its percent as in the app, unless the Tasks sheet of the file states it.
            status = None
            if entity == "task" and stored["key"] not in self.status_stated:
                status = rules.status_after_progress(convert.status(stored["status"]), pct)
            if new is None and status is None:
                continue
            shown: tuple[FieldChange, ...] = ()
            if new is not None:
                shown += (
                    FieldChange(
                        header,
                        self._display("percent_complete", stored["percent_complete"]),
                        self._display("percent_complete", new),
                        column_said=state.heading_said("percent_complete"),
                    ),
                )
            if status is not None:
                status_column = TASKS.column("status")
                shown += (
                    self.field_change(
                        status_column.header, "status", stored["status"], status.value, status_column.label
                    ),
                )
            self.change(
                RowChange(
                    state.report.sheet, row.number, entity, str(stored["key"]), "update", str(stored["title"]), shown
                )
            )
            owner = state.parent
            if owner is not None and row.number in owner.unchanged_rows:
                # The office sheet's row moves its program's percent: counted as the update the list shows.
                owner.unchanged_rows.discard(row.number)
                owner.counts["unchanged"] -= 1
                self.totals["unchanged"] -= 1
                self.count(owner, "updated")
            if not self._writing:
                continue
            if new is not None:
                self.writer.set_percent(table, entity, stored, new)
            if status is not None:
                self.writer.set_status(stored, status.value)
            if entity == "task":
                self.touched_rollup.add(int(stored["program_id"]))

    def _unwritten_moves(
        self, moves: dict[Target, tuple[PartialDate, int, float, Row]]
    ) -> list[tuple[Table, str, dict[str, Any], float, Row]]:
        """The moves of tasks and programs this file creates and the dry run has not written, from what the
        file planned for them: the import finds the same values in the rows it wrote. A new task starts
        Planned, with no percent unless the Tasks sheet gives one (which then stands); a new program with no
        percent, and keeps none while the file gives it a task."""
        rows: list[tuple[Table, str, dict[str, Any], float, Row]] = []
        for (kind, ref), (_when, _n, pct, row) in moves.items():
            if not isinstance(ref, str):
                continue
            if kind == "task" and ref not in self.percent_stated:
                stored = {"key": ref, "title": self.created_title("task", ref), "percent_complete": None}
                rows.append((TASKS_T, "task", {**stored, "status": PLANNED}, pct, row))
        for (kind, ref), (_when, _n, pct, row) in moves.items():
            if kind == "program" and isinstance(ref, str) and ref not in self.given_tasks:
                stored = {"key": ref, "title": self.created_title("program", ref), "percent_complete": None}
                rows.append((PROGRAMS_T, "program", stored, pct, row))
        return rows


def _newest_moves(
    moves: dict[Target, tuple[PartialDate, int, float, Row]],
    target: Target,
    when: PartialDate,
    row: Row,
    percent: float,
) -> None:
    """Plan ``percent`` (a new or changed entry's, dated ``when``) as the move of ``target`` (a task or a
    program): the newest entry of the file for it decides, the later row when two share a date."""
    before = moves.get(target)
    if before is None or (before[0].first_day(), before[1]) <= (when.first_day(), row.number):
        moves[target] = (when, row.number, percent, row)
