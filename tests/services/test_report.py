"""The PDF report's facts (services/report.py): which programs, the task tree with rolled-up percents, what is
overdue, the progress since a date, and the brief's lists; all read in one transaction."""

from __future__ import annotations

from typing import Any

import pytest

from app.domain.dates import PartialDate
from app.domain.enums import Status
from app.domain.errors import NotFoundError, ValidationError
from app.services.programs import ProgramService
from app.services.report import ReportOptions, ReportService
from tests.services.report_data import KOREAN_TITLE, LONG_TITLE, TODAY, ten_task_program


@pytest.fixture
def office(seeded_db: Any) -> tuple[ReportService, str, str]:
    ps = ProgramService(seeded_db, today=lambda: TODAY)
    first = ten_task_program(ps)
    second = ten_task_program(ps, title="Blue benches", key="BLUE-BENCHES")
    return ReportService(seeded_db, today=lambda: TODAY), first, second


def test_one_program_comes_with_its_tree_rollup_progress_and_indicators(office: Any) -> None:
    service, key, _other = office
    report = service.gather(ReportOptions(program_keys=(key.lower(),), since=PartialDate(2026, 11, 1)))
    assert not report.is_brief
    (rp,) = report.programs
    assert rp.program.key == key and rp.program.local_title == "초록 바퀴"
    assert [(t.depth, t.task.title) for t in rp.tasks][:4] == [
        (0, LONG_TITLE),
        (1, "Draft the questionnaire"),
        (1, "Visit the households"),
        (0, KOREAN_TITLE),
    ]
    assert len(rp.tasks) == 10
    by_title = {t.task.title: t for t in rp.tasks}
    # An action plan shows its unit tasks' weighted average, as the roll-up counts it.
    assert by_title[LONG_TITLE].percent == 70.0
    assert by_title["Open the stations"].percent == 0.0  # the cancelled unit task is not counted
    # The three action plans are all counted in the program's percent.
    assert (rp.counted, rp.top_level) == (3, 3)
    assert rp.program.percent_complete is not None
    # Overdue: due before today and still open; the completed unit task due the same day is not.
    assert [t.task.title for t in rp.overdue] == [LONG_TITLE]
    # Progress since 1 November, newest first; October's entry is left out.
    assert [e.title for e in rp.progress] == [
        "Rack supplier chosen",
        "주민자치회 첫 회의",
        "Half of the households visited",
    ]
    assert [i.name for i in rp.program.indicators] == ["Riders a day", "Car trips to the station"]
    assert len(rp.program.indicators[0].values) == 4


def test_several_programs_make_a_brief_with_every_overdue_task_and_progress(office: Any) -> None:
    service, first, second = office
    report = service.gather(ReportOptions(program_keys=(first, second), since=PartialDate(2026, 11, 26)))
    assert report.is_brief
    assert [p.program.key for p in report.programs] == sorted([first, second])
    assert [(p.program.key, t.task.title) for p, t in report.overdue()] == [
        (report.programs[0].program.key, LONG_TITLE),
        (report.programs[1].program.key, LONG_TITLE),
    ]
    dates = [str(e.entry_date) for _p, e in report.progress()]
    assert dates == ["2026-12-01", "2026-12-01", "2026-11-28", "2026-11-28"]


def test_without_a_date_progress_of_the_last_30_days_is_listed(office: Any) -> None:
    service, key, _other = office
    report = service.gather(ReportOptions(program_keys=(key,)))
    assert report.since == PartialDate(2026, 11, 2)
    assert len(report.programs[0].progress) == 3


def test_the_workbook_filters_choose_the_programs(office: Any) -> None:
    service, first, second = office
    own = service.gather(ReportOptions(cases=False, statuses=(Status.ACTIVE,), place="Dobong-gu"))
    assert sorted(p.program.key for p in own.programs) == sorted([first, second])
    cases = service.gather(ReportOptions(cases=True, place="Seoul"))
    assert cases.programs and all(p.program.is_case for p in cases.programs)


def test_an_unknown_program_or_an_empty_choice_is_refused(office: Any) -> None:
    service, _first, _second = office
    with pytest.raises(NotFoundError, match="NOPE"):
        service.gather(ReportOptions(program_keys=("NOPE",)))
    with pytest.raises(NotFoundError) as empty:
        service.gather(ReportOptions(cases=False, statuses=(Status.CANCELLED,)))
    assert empty.value.message is not None and empty.value.message.code == "report.nothing_chosen"


def test_too_many_programs_are_refused(office: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    service, _first, _second = office
    monkeypatch.setattr("app.services.report.MAX_PROGRAMS", 1)
    with pytest.raises(ValidationError) as refused:
        service.gather(ReportOptions(cases=False))
    assert refused.value.message is not None and refused.value.message.params == {"count": 2, "limit": 1}
