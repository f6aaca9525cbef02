"""Frozen value objects that services hand to the command line, the GUI and the workbook code."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from app.domain.dates import PartialDate
from app.domain.enums import Direction, OrganizationKind, PlaceLevel, Sector, Status, ValueKind


@dataclass(frozen=True)
class Place:
    id: int
    key: str
    name: str
    name_local: str | None
    level: PlaceLevel
    parent_id: int | None
    path: str  # "South Korea > Seoul > Gangdong-gu"
    # (name, local name) of the country down to this place: its path in a reader's language (names.place_path)
    chain: tuple[tuple[str, str | None], ...] = ()


@dataclass(frozen=True)
class Organization:
    id: int
    key: str
    name: str
    name_local: str | None
    kind: OrganizationKind | None
    place_id: int | None


@dataclass(frozen=True)
class Person:
    """Someone of the office: owns tasks and writes progress. ``name`` as the person writes it."""

    id: int
    name: str
    name_local: str | None
    department: str | None  # the organization's name
    contact: str | None
    anonymised: bool
    open_tasks: int = 0


@dataclass(frozen=True)
class Partner:
    organization: Organization
    role: str | None


@dataclass(frozen=True)
class Source:
    id: int
    key: str
    author: str | None
    year: int | None
    title: str
    publication: str | None
    url: str | None
    accessed_on: dt.date | None
    excerpt: str | None

    def reference(self) -> str:
        """A one-line reference in author (year): title form."""
        who = self.author or "Unknown"
        when = f" ({self.year})" if self.year else ""
        return f"{who}{when}: {self.title}"


@dataclass(frozen=True)
class Citation:
    """Where one fact comes from: a source and the passage that states it."""

    source_key: str
    excerpt: str | None
    field: str | None = None


@dataclass(frozen=True)
class Task:
    id: int
    key: str
    program_id: int
    parent_id: int | None
    title: str
    description: str | None
    owner: str | None
    start_date: PartialDate | None
    due_date: PartialDate | None
    status: Status | None
    percent_complete: float | None
    weight: float
    position: int
    version: int
    citations: tuple[Citation, ...] = ()


@dataclass(frozen=True)
class Attachment:
    """A file kept with a progress entry; its bytes are read on demand (AttachmentService.content)."""

    id: int
    progress_entry_id: int
    name: str
    size: int
    media_type: str
    sha256: str
    created_at: dt.datetime


@dataclass(frozen=True)
class ProgressEntry:
    id: int
    program_id: int
    program_key: str
    task_id: int | None
    entry_date: PartialDate
    title: str
    note: str | None
    percent_complete: float | None
    author: str | None
    recorded_at: dt.datetime
    citations: tuple[Citation, ...] = ()
    version: int = 1
    attachments: tuple[Attachment, ...] = ()


@dataclass(frozen=True)
class IndicatorValue:
    id: int
    indicator_id: int
    period: PartialDate
    value: float
    kind: ValueKind
    note: str | None
    citations: tuple[Citation, ...] = ()


@dataclass(frozen=True)
class Indicator:
    id: int
    key: str
    program_id: int
    name: str
    unit: str | None
    direction: Direction
    description: str | None
    baseline_value: float | None
    baseline_period: PartialDate | None
    target_value: float | None
    target_date: PartialDate | None
    version: int
    values: tuple[IndicatorValue, ...] = ()
    citations: tuple[Citation, ...] = ()


@dataclass(frozen=True)
class ProgramSummary:
    """One row of the programs table."""

    id: int
    key: str
    title: str
    local_title: str | None
    place: str | None
    lead_organization: str | None
    status: Status | None
    start_date: PartialDate | None
    end_date: PartialDate | None
    percent_complete: float | None
    last_progress: PartialDate | None
    is_case: bool
    version: int
    place_local: str | None = None
    lead_organization_local: str | None = None


@dataclass(frozen=True)
class Program:
    """A program with everything that belongs to it."""

    id: int
    key: str
    title: str
    local_title: str | None
    summary: str | None
    description: str | None
    place: Place | None
    lead_organization: Organization | None
    partners: tuple[Partner, ...]
    sector: Sector | None
    themes: tuple[str, ...]
    status: Status | None
    start_date: PartialDate | None
    end_date: PartialDate | None
    is_case: bool
    based_on_key: str | None
    version: int
    created_at: dt.datetime
    updated_at: dt.datetime
    percent_complete: float | None
    tasks: tuple[Task, ...] = ()
    progress: tuple[ProgressEntry, ...] = ()
    indicators: tuple[Indicator, ...] = ()
    sources: tuple[Source, ...] = ()
    citations: tuple[Citation, ...] = ()


@dataclass(frozen=True)
class Page:
    """A slice of a larger result, for lazily filled tables."""

    rows: tuple[ProgramSummary, ...]
    total: int
    offset: int


@dataclass(frozen=True)
class ProgramFilter:
    """What the programs table is narrowed to. Empty fields do not filter."""

    text: str = ""
    statuses: tuple[Status, ...] = ()
    place_id: int | None = None
    theme: str | None = None
    country_id: int | None = None
    is_case: bool | None = None
    program_keys: tuple[str, ...] = ()
    extra: dict[str, str] = field(default_factory=dict)
