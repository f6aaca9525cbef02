"""Resolving the programs and tasks a row refers to: by key, or by title."""

from __future__ import annotations

from operator import attrgetter, methodcaller

from sqlalchemy import select

from app.domain import rules
from app.domain.messages import message
from app.excel import cells
from app.services.importing.context import ImportContext
from app.services.importing.reading import NotAKey, Row, SheetState, no_program_message
from app.store import derived
from app.store.derived import (
    PROGRAMS_T,
    TASKS_T,
    chunks,
)


class References(ImportContext):
    """How a row of any sheet names a program or a task: by key, or by a title when the cell holds one."""

    def _program_id(self, state: SheetState, row: Row, fld: str = "program_key") -> tuple[bool, int | None]:
        """(found, id): id is None for a program this import creates but has not written (a preview)."""
        key = row.values.get(fld)
        if key is None:
            self._err_field(state, row, fld, message("import.needs_program_key"))
            return False, None
        if key in self.program_ids:
            return True, self.program_ids[key]
        found = self.s.execute(
            select(PROGRAMS_T.c.id).where(PROGRAMS_T.c.key == key, PROGRAMS_T.c.deleted_at.is_(None))
        ).scalar()
        if found is None:
            self._err_field(state, row, fld, message("import.no_program", key=key))
            return False, None
        self.program_ids[key] = int(found)
        return True, int(found)

    def _learn_program_ids(self, keys: set[str]) -> set[str]:
        """Look up the live programs among ``keys`` this import does not know yet and remember their ids.

        Returns the keys found in the database (a key not found stays unknown)."""
        found: set[str] = set()
        for part in chunks(sorted(k for k in keys if k not in self.program_ids), 500):
            for pid, pkey in self.s.execute(
                select(PROGRAMS_T.c.id, PROGRAMS_T.c.key).where(
                    PROGRAMS_T.c.key.in_(part), PROGRAMS_T.c.deleted_at.is_(None)
                )
            ).all():
                self.program_ids[str(pkey)] = int(pid)
                found.add(str(pkey))
        return found

    def _program_titles(self, state: SheetState, rows: list[Row]) -> list[Row]:
        """A Program key cell may hold the program's title instead (of a program this import creates, or an
        office program): such rows get the key. A title no program or several programs have is an error."""
        refs: list[tuple[Row, str]] = []
        given = set(map(methodcaller("get", "program_key"), map(attrgetter("values"), rows)))
        given.discard(None)
        # A NotAKey is never a key, so it is always fresh. (set.difference with the dict looks up this chunk's
        # keys; `given - program_ids.keys()` would walk all 100,000 known keys for every chunk.)
        fresh = given.difference(self.program_ids)
        if not fresh:
            return rows  # every row names a program this import knows by key (the usual case)
        unknown = {str(k) for k in fresh if not isinstance(k, NotAKey)}
        stored = self._learn_program_ids(unknown)
        column = state.match.columns["program_key"]
        for r in rows:
            k = r.values.get("program_key")
            if isinstance(k, NotAKey):
                refs.append((r, str(k)))
            elif k is not None and k in unknown and k not in stored:  # a one-word title reads as a key
                refs.append((r, cells.as_text(r.cells[column]).strip()))
        if not refs:
            return rows
        titles = {text for _r, text in refs}
        found = {t: self._keys_titled(t) for t in titles}
        for t in titles:
            if t in self._renamed and self._renamed[t] not in found[t]:
                found[t].append(self._renamed[t])
        for part in chunks(sorted(titles), 500):
            for pid, pkey, title in self.s.execute(
                select(PROGRAMS_T.c.id, PROGRAMS_T.c.key, PROGRAMS_T.c.title).where(
                    PROGRAMS_T.c.title.in_(part),
                    PROGRAMS_T.c.deleted_at.is_(None),
                    PROGRAMS_T.c.is_case.is_(False),
                )
            ).all():
                if str(pkey) not in found[str(title)]:
                    found[str(title)].append(str(pkey))
                self.program_ids.setdefault(str(pkey), int(pid))
        refused: set[int] = set()
        for r, text in refs:
            keys = found[text]
            if len(keys) == 1:
                r.values["program_key"] = keys[0]
            elif keys:
                self._err_field(
                    state,
                    r,
                    "program_key",
                    message("import.programs_titled", count=len(keys), title=text, keys=", ".join(sorted(keys)[:5])),
                )
                refused.add(r.number)
            elif isinstance(r.values["program_key"], NotAKey):
                self._err_field(state, r, "program_key", no_program_message(text))
                refused.add(r.number)
        return [r for r in rows if r.number not in refused] if refused else rows

    def _planned_title(self, title: str, key: str) -> None:
        """This import gives the program of ``key`` this title (creating or renaming it): a Program key cell
        of a later row may name it by the title, in the dry run (which stores nothing) as in the import."""
        title = title.strip()
        had = self._planned_titles.setdefault(title, key)
        if isinstance(had, list):
            if key not in had:
                had.append(key)
        elif had != key:
            self._planned_titles[title] = [had, key]

    def _keys_titled(self, title: str) -> list[str]:
        """The keys of the programs this import creates or renames with this title."""
        keys = self._planned_titles.get(title, [])
        return [keys] if isinstance(keys, str) else list(keys)

    def _task_ref(self, state: SheetState, row: Row, fld: str, program_key: str) -> int | bool | None:
        """A task key on a row: its id, None if created by this import and not written yet, False if bad."""
        key = row.values[fld]
        if key in self.task_ids:
            tid, pkey = self.task_ids[key]
            if pkey != program_key:
                self._err_field(
                    state, row, fld, message("import.task_of_other_program", key=key, owner=pkey, given=program_key)
                )
                return False
            return tid
        found = self.s.execute(
            select(TASKS_T.c.id, PROGRAMS_T.c.key)
            .join(PROGRAMS_T, TASKS_T.c.program_id == PROGRAMS_T.c.id)
            .where(TASKS_T.c.key == key, TASKS_T.c.deleted_at.is_(None))
        ).first()
        if found is None:
            self._err_field(state, row, fld, message("import.no_task", key=key))
            return False
        if str(found[1]) != program_key:
            self._err_field(
                state, row, fld, message("import.task_of_other_program", key=key, owner=found[1], given=program_key)
            )
            return False
        self.task_ids[key] = (int(found[0]), str(found[1]))
        return int(found[0])

    def _depth(self, key: str) -> int:
        """How deep the task with this key is (1 for an action plan): planned by this import, or stored."""
        depth = self._task_depths.get(key)
        if depth is None:
            found = self.s.execute(select(TASKS_T.c.id).where(TASKS_T.c.key == key)).scalar()
            depth = self._task_depths[key] = derived.task_depth(self.s, found)
        return depth

    def _new_task_key(self, program_key: str) -> str:
        key, self._next_task_n[program_key] = rules.next_task_key(
            program_key, self.catalog.task_keys(), self._next_task_n.get(program_key, 0)
        )
        return key
