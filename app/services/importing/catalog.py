"""Look-ups an import makes: names and keys, read once per import and kept."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from sqlalchemy import Column, ColumnElement, Table, select
from sqlalchemy.orm import Session

from app.domain.names import compared as compared_name
from app.domain.names import name_index
from app.domain.places import place_index, short_place_names
from app.store import derived
from app.store import models as m
from app.store.derived import (
    PROGRAMS_T,
    TASKS_T,
)

INDICATORS_T: Table = m.Indicator.__table__  # type: ignore[assignment]
VALUES_T: Table = m.IndicatorValue.__table__  # type: ignore[assignment]
ORGANIZATIONS_T: Table = m.Organization.__table__  # type: ignore[assignment]
PLACES_T: Table = m.Place.__table__  # type: ignore[assignment]


# Columns of a stored row that an import neither compares nor shows: leaving them out of the look-ups
# spares converting a timestamp or two per row (a re-import of an unchanged export looks up every row).
_UNCOMPARED = frozenset(
    {"created_at", "updated_at", "recorded_at", "version", "search_text", "title_sort", "deleted_batch"}
)


@lru_cache(maxsize=8)
def compared(table: Table) -> tuple[Column[Any], ...]:
    return tuple(c for c in table.c if c.name not in _UNCOMPARED)


class Catalog:
    """What an import looks up in the database, each read once and kept: names and keys of places,
    organizations, programs, tasks and indicators, and the stored rows it compares with."""

    def __init__(self, s: Session) -> None:
        self.s = s
        self._places: dict[str, int] | None = None
        self.short_districts: set[str] = set()  # 강동 of 강동구: a cell may say it, a title's 도봉산 does not
        self._orgs: dict[str, int] | None = None
        self._place_tree: dict[int, tuple[str, int | None, str | None]] | None = None
        self._names: derived.Names | None = None
        self._program_keys: set[str] | None = None
        self._task_keys: set[str] | None = None
        self._indicator_keys: set[str] | None = None
        self._case_ids: set[int] | None = None
        self._title_hashes: set[int] | None = None

    def names(self) -> derived.Names:
        """Names of places (with the places above them) and organizations, as search and the preview show them."""
        if self._names is None:
            self._names = derived.Names(self.s)
        return self._names

    def places(self) -> dict[str, int]:
        """A place's id by any name a sheet may give it: key, English or local name, or a short local form."""
        if self._places is None:
            rows = self.s.execute(
                select(m.Place.id, m.Place.key, m.Place.name, m.Place.name_local).order_by(m.Place.id)
            ).all()
            # A name two places share means the first of them here (store/lookup.places_named asks which).
            self._places = {n: ids[0] for n, ids in place_index(rows).items()}
            self.short_districts = {
                n
                for r in rows
                if str(r.name_local or "").endswith(("구", "군"))
                for n in map(compared_name, short_place_names(str(r.name_local)))
            }
        return self._places

    def place_tree(self) -> dict[int, tuple[str, int | None, str | None]]:
        """Each place's level, parent and key (None for a place the dry run only plans), to find where a new
        place of the office belongs."""
        if self._place_tree is None:
            self._place_tree = {
                int(r.id): (str(r.level), r.parent_id, str(r.key))
                for r in self.s.execute(select(PLACES_T.c.id, PLACES_T.c.level, PLACES_T.c.parent_id, PLACES_T.c.key))
            }
        return self._place_tree

    def orgs(self) -> dict[str, int]:
        if self._orgs is None:
            rows = self.s.execute(
                select(m.Organization.id, m.Organization.key, m.Organization.name, m.Organization.name_local).order_by(
                    m.Organization.id
                )
            ).all()
            # As store/lookup.organization_named finds them; a name two share means the first here.
            self._orgs = {n: ids[0] for n, ids in name_index(rows).items()}
        return self._orgs

    def program_keys(self) -> set[str]:
        if self._program_keys is None:
            self._program_keys = set(self.s.execute(select(PROGRAMS_T.c.key)).scalars())
        return self._program_keys

    def may_have_title(self, titles: set[str]) -> set[str]:
        """Those of ``titles`` that a live program of the office had when the import began, or a few more.

        Read once, as hashes (a few bytes a program), so a list of new programs needs no query per piece
        of the sheet: each query waits for the rows still being written (see bulk.pipelined)."""
        if self._title_hashes is None:
            self._title_hashes = set(
                map(
                    hash,
                    self.s.execute(
                        select(PROGRAMS_T.c.title).where(
                            PROGRAMS_T.c.deleted_at.is_(None), PROGRAMS_T.c.is_case.is_(False)
                        )
                    ).scalars(),
                )
            )
        known = self._title_hashes
        return {t for t in titles if hash(t) in known}

    def task_keys(self) -> set[str]:
        if self._task_keys is None:
            self._task_keys = set(self.s.execute(select(TASKS_T.c.key)).scalars())
        return self._task_keys

    def indicator_keys(self) -> set[str]:
        if self._indicator_keys is None:
            self._indicator_keys = set(self.s.execute(select(INDICATORS_T.c.key)).scalars())
        return self._indicator_keys

    def stored_rows(self, table: Table, *where: ColumnElement[bool]) -> list[dict[str, Any]]:
        """The rows ``where`` picks, as dicts of the columns an import compares."""
        columns = compared(table)
        names = [c.name for c in columns]
        return [dict(zip(names, row, strict=True)) for row in self.s.execute(select(*columns).where(*where))]

    def case_ids(self) -> set[int]:
        """The ids of the case-library programs: nothing an import does may change them."""
        if self._case_ids is None:
            self._case_ids = set(self.s.execute(select(PROGRAMS_T.c.id).where(PROGRAMS_T.c.is_case)).scalars())
        return self._case_ids
