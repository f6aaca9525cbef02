"""The names of stored fields in the reader's words, for History, errors and anything else that names a field."""

from __future__ import annotations

from app.domain.messages import Message, message

# The fields change records name, in the reader's words.
FIELDS: dict[str, Message] = {
    "key": message("field.key"),
    "title": message("field.title"),
    "local_title": message("field.local_title"),
    "summary": message("field.summary"),
    "description": message("field.description"),
    "place_id": message("field.place"),
    "lead_organization_id": message("field.lead_organization"),
    "sector": message("field.sector"),
    "status": message("field.status"),
    "start_date": message("field.start_date"),
    "end_date": message("field.end_date"),
    "is_case": message("field.is_case"),
    "based_on_id": message("field.based_on"),
    "percent_complete": message("field.percent_complete"),
    "themes": message("field.themes"),
    "partners": message("field.partners"),
    "parent_id": message("field.parent"),
    "owner": message("field.owner"),
    "due_date": message("field.due_date"),
    "weight": message("field.weight"),
    "position": message("field.position"),
    "task_id": message("field.task"),
    "entry_date": message("field.entry_date"),
    "note": message("field.note"),
    "author": message("field.author"),
    "name": message("field.name"),
    "unit": message("field.unit"),
    "direction": message("field.direction"),
    "baseline_value": message("field.baseline_value"),
    "baseline_period": message("field.baseline_period"),
    "target_value": message("field.target_value"),
    "target_date": message("field.target_date"),
    "period": message("field.period"),
    "value": message("field.value"),
    "kind": message("field.kind"),
    "attachment": message("field.attachment"),
}


def field_name(field: str) -> Message | str:
    """A stored field name in the reader's words: 'percent_complete' -> Percent complete (진척률, 完成率); a
    field the app does not name, in plain English words ('place_id' -> 'Place')."""
    return FIELDS.get(field) or field.removesuffix("_id").replace("_", " ").capitalize()
