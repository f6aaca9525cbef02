"""ORM rows to frozen domain objects. ORM objects never leave the services layer."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from app.domain import model as d
from app.domain.enums import Direction, OrganizationKind, PlaceLevel, Sector, Status, ValueKind
from app.store import models as m


def status(value: str | None) -> Status | None:
    return Status(value) if value else None


def place(row: m.Place | None) -> d.Place | None:
    if row is None:
        return None
    names: list[tuple[str, str | None]] = []
    node: m.Place | None = row
    while node is not None:
        names.append((node.name, node.name_local))
        node = node.parent
    names.reverse()
    return d.Place(
        id=row.id,
        key=row.key,
        name=row.name,
        name_local=row.name_local,
        level=PlaceLevel(row.level),
        parent_id=row.parent_id,
        path=" > ".join(name for name, _local in names),
        chain=tuple(names),
    )


def organization(row: m.Organization | None) -> d.Organization | None:
    if row is None:
        return None
    return d.Organization(
        id=row.id,
        key=row.key,
        name=row.name,
        name_local=row.name_local,
        kind=OrganizationKind(row.kind) if row.kind else None,
        place_id=row.place_id,
    )


def source(row: m.Source) -> d.Source:
    return d.Source(
        id=row.id,
        key=row.key,
        author=row.author,
        year=row.year,
        title=row.title,
        publication=row.publication,
        url=row.url,
        accessed_on=row.accessed_on,
        excerpt=row.excerpt,
    )


def citations(rows: Iterable[m.Citation]) -> tuple[d.Citation, ...]:
    return tuple(d.Citation(source_key=c.source.key, excerpt=c.excerpt, field=c.field) for c in rows)


def task(row: m.Task, cites: Sequence[m.Citation] = ()) -> d.Task:
    return d.Task(
        id=row.id,
        key=row.key,
        program_id=row.program_id,
        parent_id=row.parent_id,
        title=row.title,
        description=row.description,
        owner=row.owner,
        start_date=row.start_date,
        due_date=row.due_date,
        status=status(row.status),
        percent_complete=row.percent_complete,
        weight=row.weight,
        position=row.position,
        version=row.version,
        citations=citations(cites),
    )


def attachment(row: m.Attachment) -> d.Attachment:
    return d.Attachment(
        id=row.id,
        progress_entry_id=row.progress_entry_id,
        name=row.name,
        size=row.size,
        media_type=row.media_type,
        sha256=row.sha256,
        created_at=row.created_at,
    )


def progress(
    row: m.ProgressEntry,
    program_key: str,
    cites: Sequence[m.Citation] = (),
    attachments: Sequence[d.Attachment] = (),
) -> d.ProgressEntry:
    return d.ProgressEntry(
        id=row.id,
        program_id=row.program_id,
        program_key=program_key,
        task_id=row.task_id,
        entry_date=row.entry_date,
        title=row.title,
        note=row.note,
        percent_complete=row.percent_complete,
        author=row.author,
        recorded_at=row.recorded_at,
        citations=citations(cites),
        version=row.version,
        attachments=tuple(attachments),
    )


def indicator_value(row: m.IndicatorValue, cites: Sequence[m.Citation] = ()) -> d.IndicatorValue:
    return d.IndicatorValue(
        id=row.id,
        indicator_id=row.indicator_id,
        period=row.period,
        value=row.value,
        kind=ValueKind(row.kind),
        note=row.note,
        citations=citations(cites),
    )


def indicator(
    row: m.Indicator,
    values: Sequence[d.IndicatorValue] = (),
    cites: Sequence[m.Citation] = (),
) -> d.Indicator:
    return d.Indicator(
        id=row.id,
        key=row.key,
        program_id=row.program_id,
        name=row.name,
        unit=row.unit,
        direction=Direction(row.direction),
        description=row.description,
        baseline_value=row.baseline_value,
        baseline_period=row.baseline_period,
        target_value=row.target_value,
        target_date=row.target_date,
        version=row.version,
        values=tuple(values),
        citations=citations(cites),
    )


def sector(value: str | None) -> Sector | None:
    return Sector(value) if value else None
