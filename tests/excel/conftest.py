"""Fixtures for workbook tests: a service on the seeded case library, and a database snapshot to compare."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

TABLES = (
    "programs",
    "program_themes",
    "tasks",
    "progress_entries",
    "indicators",
    "indicator_values",
    "change_records",
    "import_batches",
    "saved_mappings",
)


def workbook_file(path: Path, sheets: dict[str, list[list[Any]]]) -> Path:
    """An .xlsx at ``path`` with these sheets and rows, as a staff member's own workbook."""
    import openpyxl

    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for r in rows:
            ws.append(r)
    wb.save(path)
    return path


def snapshot(db: Any) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of the tables an import may touch, to assert that nothing changed."""
    with db.engine.connect() as conn:
        return {t: sorted(map(tuple, conn.execute(text(f"SELECT * FROM {t}")).all()), key=repr) for t in TABLES}


@pytest.fixture
def service(seeded_db: Any) -> Any:
    from app.services.workbook import WorkbookService

    return WorkbookService(seeded_db)


@pytest.fixture
def exported(service: Any, tmp_path: Path) -> Path:
    path = tmp_path / "meeting.xlsx"
    service.export_workbook(path)
    return path


@pytest.fixture
def office(seeded_db: Any) -> str:
    """An office program with an action plan and a unit task, progress, and an indicator with values."""
    from app.domain.dates import PartialDate
    from app.domain.enums import Status, ValueKind
    from app.services.programs import ProgramDraft, ProgramService, TaskDraft

    ps = ProgramService(seeded_db)
    place = next(p for p in ps.list_places() if p.name == "Gangdong-gu")
    p = ps.create_program(
        ProgramDraft(
            title="Green wheels",
            key="GREEN-WHEELS",
            place_id=place.id,
            status=Status.ACTIVE,
            start_date=PartialDate(2025, 3),
            end_date=PartialDate(2027),
            summary="Bicycles for the district",
            themes=("mobility", "environment"),
        )
    )
    plan = ps.add_task(
        p.key, TaskDraft(title="Plan the stations", status=Status.ACTIVE, due_date=PartialDate(2026, 6, 30))
    )
    ps.add_task(p.key, TaskDraft(title="Survey residents", parent_id=plan.id, percent_complete=40.0, owner="Kim"))
    ps.add_task(p.key, TaskDraft(title="Buy bicycles", status=Status.PLANNED, weight=2.0))
    ps.log_progress(p.key, "Kick-off meeting", entry_date=PartialDate(2025, 3, 4), note="Twelve residents came")
    ind = ps.add_indicator(p.key, "Rides per month", unit="rides", key="GREEN-WHEELS-RIDES")
    ps.set_indicator_value(ind.id, PartialDate(2025), 1200.0)
    ps.set_indicator_value(ind.id, PartialDate(2026), 2500.0)
    ps.set_indicator_value(ind.id, PartialDate(2027), 4000.0, ValueKind.TARGET)
    return p.key
