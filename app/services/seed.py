"""Loads the case library from the data files in seed/, idempotently, each fact with its citation."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.config import seed_dir
from app.domain import rules
from app.domain.budget import unit_stored
from app.domain.dates import PartialDate, parse_optional
from app.domain.enums import Direction, OrganizationKind, PlaceLevel, Sector, Status, ValueKind
from app.domain.errors import ValidationError
from app.domain.messages import message
from app.store import derived
from app.store import models as m
from app.store.database import Database


@dataclass(frozen=True)
class SeedReport:
    cases: int
    created: int
    updated: int
    unchanged: int


def _load(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except ValueError as exc:
        raise ValidationError(message("seed.bad_json", file=path.name, problem=str(exc))) from exc


class SeedService:
    """Seeds places, organizations, sources and the case-library programs."""

    def __init__(self, db: Database, folder: Path | None = None) -> None:
        self.db = db
        self.folder = folder or seed_dir()

    def seed(self) -> SeedReport:
        folder = self.folder
        sources = _load(folder / "sources.json")
        places = _load(folder / "places.json")
        orgs = _load(folder / "organizations.json")
        cases = [_load(p) for p in sorted((folder / "cases").glob("*.json"))]
        counts = {"created": 0, "updated": 0, "unchanged": 0}
        with self.db.write() as s:
            s.info["actor"] = "seed"
            src_ids = {row["key"]: self._source(s, row) for row in sources}
            place_ids: dict[str, int] = {}
            pending = list(places)
            while pending:
                progressed = False
                for row in list(pending):
                    parent = row.get("parent")
                    if parent and parent not in place_ids:
                        continue
                    place_ids[row["key"]] = self._place(s, row, place_ids.get(parent) if parent else None)
                    pending.remove(row)
                    progressed = True
                if not progressed:
                    raise ValidationError(message("seed.unknown_parents", keys=", ".join(r["key"] for r in pending)))
            org_ids = {}
            for row in orgs:
                org_ids[row["key"]] = self._organization(s, row, place_ids)
                self._replace_citations(s, src_ids, row.get("cite", []), organization_id=org_ids[row["key"]])
            for case in cases:
                outcome = self._case(s, case, src_ids, place_ids, org_ids)
                counts[outcome] += 1
        return SeedReport(cases=len(cases), **counts)

    # -- reference data ---------------------------------------------------------------------
    def _source(self, s: Session, row: dict[str, Any]) -> int:
        values = {
            "author": row.get("author"),
            "year": row.get("year"),
            "title": row["title"],
            "publication": row.get("publication"),
            "url": row.get("url"),
            "accessed_on": dt.date.fromisoformat(row["accessed_on"]) if row.get("accessed_on") else None,
            "excerpt": row.get("excerpt"),
        }
        return _upsert(s, m.Source, row["key"], values)[0]

    def _place(self, s: Session, row: dict[str, Any], parent_id: int | None) -> int:
        values = {
            "name": row["name_en"],
            "name_local": row.get("name_local"),
            "level": PlaceLevel(row["level"]).value,
            "parent_id": parent_id,
        }
        return _upsert(s, m.Place, row["key"], values)[0]

    def _organization(self, s: Session, row: dict[str, Any], place_ids: dict[str, int]) -> int:
        values = {
            "name": row["name"],
            "name_local": row.get("name_local"),
            "kind": OrganizationKind(row["kind"]).value if row.get("kind") else None,
            "place_id": place_ids[row["place"]] if row.get("place") else None,
        }
        return _upsert(s, m.Organization, row["key"], values)[0]

    # -- cases ------------------------------------------------------------------------------
    def _case(
        self, s: Session, case: dict[str, Any], src: dict[str, int], places: dict[str, int], orgs: dict[str, int]
    ) -> str:
        key = case["key"]
        existing = s.execute(select(m.Program).where(m.Program.key == key)).scalar_one_or_none()
        if existing is not None and not existing.is_case:
            raise ValidationError(message("seed.case_clashes", key=key))
        values = {
            "title": case["title"],
            "local_title": case.get("local_title"),
            "summary": case.get("summary"),
            "description": case.get("description"),
            "place_id": places[case["place"]] if case.get("place") else None,
            "lead_organization_id": orgs[case["lead_organization"]] if case.get("lead_organization") else None,
            "sector": Sector(case["sector"]).value if case.get("sector") else None,
            "status": Status(case["status"]).value if case.get("status") else None,
            "start_date": parse_optional(case.get("start_date")),
            "end_date": parse_optional(case.get("end_date")),
            "is_case": True,
        }
        program_id, changed = _upsert(s, m.Program, key, values, versioned=True)
        program = s.get(m.Program, program_id)
        assert program is not None
        themes = rules.clean_themes(case.get("themes", []))
        if [t.theme for t in program.themes] != themes:
            program.themes = [m.ProgramTheme(theme=t) for t in themes]
            changed = True
        partners = [(orgs[p["organization"]], p.get("role")) for p in case.get("partners", [])]
        if sorted((p.organization_id, p.role) for p in program.partners) != sorted(partners):
            program.partners = []
            s.flush()
            program.partners = [m.ProgramPartner(organization_id=o, role=r) for o, r in partners]
            changed = True
        self._replace_citations(s, src, case.get("cite", []), program_id=program_id)

        changed |= self._tasks(s, program_id, case.get("tasks", []), None, src)
        changed |= self._progress(s, program_id, case.get("progress", []), src)
        changed |= self._indicators(s, program_id, case.get("indicators", []), src)
        s.flush()
        # Case programs get no rolled-up percent: the document states none.
        derived.refresh_last_progress(s, [program_id])
        derived.refresh_search(s, [program_id])
        s.expire(program, ["last_progress_on", "search_text"])
        if existing is None:
            return "created"
        return "updated" if changed else "unchanged"

    def _tasks(
        self, s: Session, program_id: int, tasks: list[dict[str, Any]], parent_id: int | None, src: dict[str, int]
    ) -> bool:
        changed = False
        for position, row in enumerate(tasks):
            values = {
                "program_id": program_id,
                "parent_id": parent_id,
                "title": row["title"],
                "description": row.get("description"),
                "owner": row.get("owner"),
                "start_date": parse_optional(row.get("start_date")),
                "due_date": parse_optional(row.get("due_date")),
                "status": Status(row["status"]).value if row.get("status") else None,
                "percent_complete": row.get("percent_complete"),
                "weight": float(row.get("weight", 1) or 1),
                "position": position,
            }
            task_id, did = _upsert(s, m.Task, row["key"], values, versioned=True)
            changed |= did
            self._replace_citations(s, src, row.get("cite", []), task_id=task_id)
            changed |= self._tasks(s, program_id, row.get("children", []), task_id, src)
        return changed

    def _progress(self, s: Session, program_id: int, entries: list[dict[str, Any]], src: dict[str, int]) -> bool:
        changed = False
        for row in entries:
            when = PartialDate.parse(row["date"])
            existing = s.execute(
                select(m.ProgressEntry).where(
                    m.ProgressEntry.program_id == program_id,
                    m.ProgressEntry.entry_date == when,
                    m.ProgressEntry.title == row["title"],
                )
            ).scalar_one_or_none()
            if existing is None:
                existing = m.ProgressEntry(
                    program_id=program_id,
                    entry_date=when,
                    title=row["title"],
                    note=row.get("note"),
                    author="Case library",
                    version=1,
                )
                s.add(existing)
                s.flush()
                changed = True
            elif existing.note != row.get("note"):
                existing.note = row.get("note")
                changed = True
            self._replace_citations(s, src, row.get("cite", []), progress_entry_id=existing.id)
        return changed

    def _indicators(self, s: Session, program_id: int, indicators: list[dict[str, Any]], src: dict[str, int]) -> bool:
        changed = False
        for position, row in enumerate(indicators):
            values = {
                "program_id": program_id,
                "name": row["name"],
                "unit": unit_stored(row.get("unit")),
                "direction": Direction(row.get("direction") or "higher").value,
                "description": row.get("description"),
                "baseline_value": row.get("baseline_value"),
                "baseline_period": parse_optional(row.get("baseline_period")),
                "target_value": row.get("target_value"),
                "target_date": parse_optional(row.get("target_date")),
                "position": position,
            }
            ind_id, did = _upsert(s, m.Indicator, row["key"], values, versioned=True)
            changed |= did
            self._replace_citations(s, src, row.get("cite", []) + row.get("target_cite", []), indicator_id=ind_id)
            for value_row in row.get("values", []):
                period = PartialDate.parse(str(value_row["period"]))
                kind = ValueKind(value_row.get("kind") or "actual").value
                existing = s.execute(
                    select(m.IndicatorValue).where(
                        m.IndicatorValue.indicator_id == ind_id,
                        m.IndicatorValue.period == period,
                        m.IndicatorValue.kind == kind,
                    )
                ).scalar_one_or_none()
                number = float(value_row["value"])
                if existing is None:
                    existing = m.IndicatorValue(
                        indicator_id=ind_id,
                        period=period,
                        kind=kind,
                        value=number,
                        note=value_row.get("note"),
                        version=1,
                    )
                    s.add(existing)
                    s.flush()
                    changed = True
                elif existing.value != number or existing.note != value_row.get("note"):
                    existing.value = number
                    existing.note = value_row.get("note")
                    existing.version += 1
                    changed = True
                self._replace_citations(s, src, value_row.get("cite", []), indicator_value_id=existing.id)
        return changed

    def _replace_citations(self, s: Session, src: dict[str, int], cites: list[dict[str, Any]], **owner: int) -> None:
        ((column, ref),) = owner.items()
        wanted = [(src[c["source"]], c.get("excerpt"), c.get("field")) for c in cites]
        col = getattr(m.Citation, column)
        current = [
            (c.source_id, c.excerpt, c.field)
            for c in s.execute(select(m.Citation).where(col == ref).order_by(m.Citation.id)).scalars()
        ]
        if current == wanted:
            return
        s.execute(delete(m.Citation).where(col == ref))
        for source_id, excerpt, field in wanted:
            s.add(m.Citation(source_id=source_id, excerpt=excerpt, field=field, **{column: ref}))


def _upsert(s: Session, model: Any, key: str, values: dict[str, Any], versioned: bool = False) -> tuple[int, bool]:
    """Insert or update a row by its key; returns (id, whether anything changed)."""
    row = s.execute(select(model).where(model.key == key)).scalar_one_or_none()
    if row is None:
        row = model(key=key, **values)
        if versioned:
            row.version = 1
        s.add(row)
        s.flush()
        return int(row.id), True
    changed = False
    for name, value in values.items():
        if getattr(row, name) != value:
            setattr(row, name, value)
            changed = True
    if changed and versioned:
        row.version += 1
    s.flush()
    return int(row.id), changed


__all__ = ["SeedReport", "SeedService"]
