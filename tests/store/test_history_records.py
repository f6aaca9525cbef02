"""The store writes a change record for every field of every tracked record, in the same transaction."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy import inspect, select

from app.domain.dates import PartialDate
from app.store import models as m
from app.store.base import PartialDateType, UTCDateTime
from app.store.database import Database
from app.store.history import CREATE_IGNORED, IGNORED, TRACKED


def _build(s: Any) -> dict[type[Any], Any]:
    place = m.Place(key="PL", name="Dobong-gu", level="district")
    org = m.Organization(key="ORG", name="Youth Center")
    s.add_all([place, org])
    s.flush()
    program = m.Program(key="P1", title="Program", version=1, search_text="")
    s.add(program)
    s.flush()
    task = m.Task(key="P1-T01", program_id=program.id, title="Task", version=1)
    entry = m.ProgressEntry(program_id=program.id, entry_date=PartialDate.parse("2026-01"), title="Entry", version=1)
    indicator = m.Indicator(key="P1-IND", program_id=program.id, name="Indicator", version=1)
    s.add_all([task, entry, indicator])
    s.flush()
    value = m.IndicatorValue(indicator_id=indicator.id, period=PartialDate.parse("2026"), value=1.0, version=1)
    s.add(value)
    s.flush()
    return {
        m.Program: program,
        m.Task: task,
        m.ProgressEntry: entry,
        m.Indicator: indicator,
        m.IndicatorValue: value,
        m.Place: place,
        m.Organization: org,
    }


def _new_value(column: sa.Column[Any], current: Any, objects: dict[type[Any], Any]) -> Any:
    for fk in column.foreign_keys:
        table = fk.column.table.name
        if table == "places":
            return objects[m.Place].id
        if table == "organizations":
            return objects[m.Organization].id
        return None  # other references are covered by their own services
    kind = column.type
    if isinstance(kind, PartialDateType):
        return PartialDate.parse("2027-05")
    if isinstance(kind, UTCDateTime):
        return dt.datetime(2027, 1, 2, 3, 4, 5, tzinfo=dt.UTC)
    if isinstance(kind, sa.Boolean):
        return not current
    if isinstance(kind, sa.Float):
        return 42.0
    if isinstance(kind, sa.Integer):
        return (current or 0) + 7
    if isinstance(kind, sa.String | sa.Text):
        if column.name == "status":
            return "active"
        return f"changed {column.name}"[: getattr(kind, "length", None) or 100]
    raise AssertionError(f"no test value for {column}")


@pytest.mark.parametrize("model", list(TRACKED), ids=lambda t: t.__name__)
def test_every_field_change_is_recorded_with_old_and_new_value(empty_db: Database, model: type[Any]) -> None:
    with empty_db.write() as s:
        objects = _build(s)
    obj_id = objects[model].id
    checked = []
    for attr in inspect(model).column_attrs:
        name = attr.key
        if name in IGNORED or name == "deleted_at":
            continue
        column = attr.columns[0]
        with empty_db.write() as s:
            obj = s.get(model, obj_id)
            value = _new_value(column, getattr(obj, name), objects)
            if value is None:
                continue
            setattr(obj, name, value)
        with empty_db.read() as s:
            record = s.execute(
                select(m.ChangeRecord).where(
                    m.ChangeRecord.entity_type == TRACKED[model],
                    m.ChangeRecord.entity_id == obj_id,
                    m.ChangeRecord.field == name,
                    m.ChangeRecord.action == "update",
                )
            ).scalar_one()
            assert record.actor == empty_db.history_actor() and record.new_value is not None, name
        checked.append(name)
    assert len(checked) >= 3


def test_creation_records_each_set_field_and_skips_implied_ones(empty_db: Database) -> None:
    with empty_db.write() as s:
        _build(s)
    with empty_db.read() as s:
        fields = set(
            s.execute(
                select(m.ChangeRecord.field).where(
                    m.ChangeRecord.entity_type == "task", m.ChangeRecord.action == "create"
                )
            ).scalars()
        )
    assert {"key", "title"} <= fields
    assert not fields & CREATE_IGNORED


def test_a_rolled_back_change_leaves_no_record(empty_db: Database) -> None:
    with empty_db.write() as s:
        _build(s)
    with pytest.raises(RuntimeError), empty_db.write() as s:
        program = s.execute(select(m.Program)).scalar_one()
        program.title = "Never saved"
        s.flush()
        raise RuntimeError("the user's save failed half-way")
    with empty_db.read() as s:
        assert s.execute(select(m.Program.title)).scalar_one() == "Program"
        assert not s.execute(select(m.ChangeRecord).where(m.ChangeRecord.new_value == "Never saved")).first()
