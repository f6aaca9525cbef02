"""What the sources say about a case's fields: stated (cited), editorial (the library's own), or not stated.

A case keeps only what its sources state, each fact with a citation naming the field it supports. A field of a
case that has a value but no citation is the library's addition (a local title, themes to file it under: the
seed lists these as ``editorial``); a field with no value is one the sources do not state. The year a status
holds for is the year of the source a ``status_as_of`` citation names.
"""

from __future__ import annotations

from enum import StrEnum

from app.domain import model as d

# The fields of a case page that carry facts; the key is the library's name for the case, not a fact.
CASE_FIELDS = (
    "title",
    "local_title",
    "status",
    "start_date",
    "end_date",
    "place",
    "lead_organization",
    "sector",
    "themes",
    "partners",
    "summary",
    "description",
)

# The citation that dates a stated status: its source's year is the year the status holds for.
STATUS_AS_OF = "status_as_of"


class Standing(StrEnum):
    STATED = "stated"
    EDITORIAL = "editorial"
    NOT_STATED = "not_stated"


def cited_fields(citations: tuple[d.Citation, ...]) -> set[str]:
    return {c.field for c in citations if c.field}


def standing(program: d.Program, field: str) -> Standing | None:
    """How a case states one of its fields (``place_id`` and ``place`` alike); None for an own program's field."""
    name = field.removesuffix("_id")
    if not program.is_case or name not in CASE_FIELDS:
        return None
    if not getattr(program, name):
        return Standing.NOT_STATED
    return Standing.STATED if name in cited_fields(program.citations) else Standing.EDITORIAL


def status_as_of(program: d.Program) -> int | None:
    """The year a case's stated status holds for (the year of the source dating it), if the sources give one."""
    if program.status is None:
        return None
    years = {s.key: s.year for s in program.sources}
    dated = [years.get(c.source_key) for c in program.citations if c.field == STATUS_AS_OF]
    return max((y for y in dated if y), default=None)
