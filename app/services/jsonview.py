"""The JSON shapes the command line prints; documented in README because scripts depend on them."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app.domain import model as d

if TYPE_CHECKING:
    from app.services.tasks import TaskRow


def _date(value: Any) -> str | None:
    return None if value is None else str(value)


def citation(c: d.Citation) -> dict[str, Any]:
    return {"source": c.source_key, "field": c.field, "excerpt": c.excerpt}


def attachment(a: d.Attachment) -> dict[str, Any]:
    return {"name": a.name, "size": a.size, "sha256": a.sha256, "type": a.media_type}


def summary(p: d.ProgramSummary) -> dict[str, Any]:
    return {
        "key": p.key,
        "title": p.title,
        "local_title": p.local_title,
        "place": p.place,
        "lead_organization": p.lead_organization,
        "status": p.status.value if p.status else None,
        "start_date": _date(p.start_date),
        "end_date": _date(p.end_date),
        "percent_complete": p.percent_complete,
        "last_progress": _date(p.last_progress),
        "is_case": p.is_case,
        "version": p.version,
    }


def program(p: d.Program) -> dict[str, Any]:
    tasks_by_id = {t.id: t for t in p.tasks}
    return {
        "key": p.key,
        "title": p.title,
        "local_title": p.local_title,
        "summary": p.summary,
        "description": p.description,
        "place": None
        if p.place is None
        else {
            "key": p.place.key,
            "name": p.place.name,
            "name_local": p.place.name_local,
            "level": p.place.level.value,
            "path": p.place.path,
        },
        "lead_organization": None if p.lead_organization is None else organization(p.lead_organization),
        "partners": [{**organization(x.organization), "role": x.role} for x in p.partners],
        "sector": p.sector.value if p.sector else None,
        "themes": list(p.themes),
        "status": p.status.value if p.status else None,
        "start_date": _date(p.start_date),
        "end_date": _date(p.end_date),
        "is_case": p.is_case,
        "based_on": p.based_on_key,
        "percent_complete": p.percent_complete,
        "version": p.version,
        "created_at": p.created_at.isoformat(timespec="seconds"),
        "updated_at": p.updated_at.isoformat(timespec="seconds"),
        "citations": [citation(c) for c in p.citations],
        "tasks": [
            {
                "key": t.key,
                "parent": tasks_by_id[t.parent_id].key if t.parent_id in tasks_by_id else None,
                "title": t.title,
                "description": t.description,
                "owner": t.owner,
                "start_date": _date(t.start_date),
                "due_date": _date(t.due_date),
                "status": t.status.value if t.status else None,
                "percent_complete": t.percent_complete,
                "weight": t.weight,
                "position": t.position,
                "citations": [citation(c) for c in t.citations],
            }
            for t in p.tasks
        ],
        "progress": [
            {
                "id": e.id,
                "date": _date(e.entry_date),
                "task": tasks_by_id[e.task_id].key if e.task_id in tasks_by_id else None,
                "title": e.title,
                "note": e.note,
                "percent_complete": e.percent_complete,
                "author": e.author,
                "recorded_at": e.recorded_at.isoformat(timespec="seconds"),
                "citations": [citation(c) for c in e.citations],
                "attachments": [attachment(a) for a in e.attachments],
            }
            for e in p.progress
        ],
        "indicators": [
            {
                "key": i.key,
                "name": i.name,
                "unit": i.unit,
                "direction": i.direction.value,
                "description": i.description,
                "baseline": {"value": i.baseline_value, "period": _date(i.baseline_period)},
                "target": {"value": i.target_value, "date": _date(i.target_date)},
                "citations": [citation(c) for c in i.citations],
                "values": [
                    {
                        "period": _date(v.period),
                        "value": v.value,
                        "kind": v.kind.value,
                        "note": v.note,
                        "citations": [citation(c) for c in v.citations],
                    }
                    for v in i.values
                ],
            }
            for i in p.indicators
        ],
        "sources": [
            {
                "key": s.key,
                "author": s.author,
                "year": s.year,
                "title": s.title,
                "publication": s.publication,
                "url": s.url,
                "accessed_on": s.accessed_on.isoformat() if s.accessed_on else None,
            }
            for s in p.sources
        ],
    }


def organization(o: d.Organization) -> dict[str, Any]:
    return {"key": o.key, "name": o.name, "name_local": o.name_local, "kind": o.kind.value if o.kind else None}


def task_row(r: TaskRow) -> dict[str, Any]:
    """A task of `tasks list`."""
    t = r.task
    return {
        "program": r.program_key,
        "key": t.key,
        "title": t.title,
        "owner": t.owner,
        "status": t.status.value if t.status else None,
        "start_date": _date(t.start_date),
        "due_date": _date(t.due_date),
        "percent_complete": t.percent_complete,
    }
