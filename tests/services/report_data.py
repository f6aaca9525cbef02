"""A program as a team lead reports on it: ten tasks (long titles among them), progress and two indicators."""

from __future__ import annotations

import datetime as dt

from app.domain.dates import PartialDate
from app.domain.enums import Direction, Status, ValueKind
from app.services.programs import ProgramDraft, ProgramService, TaskDraft

TODAY = dt.date(2026, 12, 2)
LONG_TITLE = (
    "Survey every household of the neighbourhood about the new bicycle stations, their places and their opening "
    "hours, and write the findings up for the district council's December session"
)
KOREAN_TITLE = (
    "주민자치회와 함께 자전거 보관소 위치를 정하고 동별 설명회를 열어 의견을 모은 뒤 최종안을 구청에 보고하기"
)


def ten_task_program(ps: ProgramService, title: str = "Green wheels", key: str | None = None) -> str:
    """A program of ten tasks (three action plans with unit tasks), four progress entries, two indicators;
    returns its key."""
    place = next(p for p in ps.list_places() if p.name == "Dobong-gu")
    program = ps.create_program(
        ProgramDraft(
            title=title,
            key=key,
            local_title="초록 바퀴",
            place_id=place.id,
            status=Status.ACTIVE,
            start_date=PartialDate(2026, 3),
            end_date=PartialDate(2027, 12),
        )
    )
    k = program.key
    plans = [
        ps.add_task(k, TaskDraft(title=LONG_TITLE, owner="김민지", due_date=PartialDate(2026, 11, 20), weight=2)),
        ps.add_task(k, TaskDraft(title=KOREAN_TITLE, owner="Park Jiho", due_date=PartialDate(2027, 2))),
        ps.add_task(k, TaskDraft(title="Open the stations", owner="Lee", due_date=PartialDate(2027, 6))),
    ]
    units = [
        (0, "Draft the questionnaire", Status.COMPLETED, 100.0),
        (0, "Visit the households", Status.ACTIVE, 40.0),
        (1, "Meet the residents' council", Status.ACTIVE, 50.0),
        (1, "Hold the neighbourhood briefings", Status.PLANNED, None),
        (2, "Order the racks", Status.PLANNED, None),
        (2, "Install the racks", Status.PLANNED, None),
        (2, "Opening day", Status.CANCELLED, None),
    ]
    for parent, unit_title, status, percent in units:
        ps.add_task(
            k,
            TaskDraft(
                title=unit_title,
                parent_id=plans[parent].id,
                owner="김민지",
                status=status,
                percent_complete=percent,
                due_date=PartialDate(2026, 12, 20),
            ),
        )
    ps.log_progress(k, "Questionnaire approved by the council", entry_date=PartialDate(2026, 10, 2))
    ps.log_progress(k, "Half of the households visited", entry_date=PartialDate(2026, 11, 25), author="김민지")
    ps.log_progress(k, "주민자치회 첫 회의", entry_date=PartialDate(2026, 11, 28))
    ps.log_progress(k, "Rack supplier chosen", entry_date=PartialDate(2026, 12, 1))
    riders = ps.add_indicator(
        k,
        "Riders a day",
        unit="riders",
        target_value=1200,
        target_date=PartialDate(2027),
        baseline_value=300,
        baseline_period=PartialDate(2025),
    )
    for period, value in ((PartialDate(2026, 6), 420.0), (PartialDate(2026, 9), 610.0), (PartialDate(2026, 11), 700.0)):
        ps.set_indicator_value(riders.id, period, value)
    ps.set_indicator_value(riders.id, PartialDate(2027, 6), 1000.0, kind=ValueKind.PLAN)
    cars = ps.add_indicator(k, "Car trips to the station", unit="%", direction=Direction.LOWER, target_value=20)
    ps.set_indicator_value(cars.id, PartialDate(2026), 35.0)
    return k
