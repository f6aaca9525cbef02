"""`programs new` and `progress add`: a program started from a case is the office's own, and a percent logged on a
task moves the task as in the app."""

from __future__ import annotations

import json
from typing import Any

import pytest

from app.cli import main
from app.domain.dates import PartialDate
from app.domain.enums import Status
from app.services.programs import ProgramService


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_programs_new_from_a_case_takes_our_title_place_lead_and_start(
    seeded_db: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(
        capsys,
        "--db",
        seeded_db.url,
        "programs",
        "new",
        "--title",
        "Dobong bike sharing",
        "--from-case",
        "SEOUL-TTAREUNGI",
        "--place",
        "도봉구",
        "--start",
        "2027-03",
        "--lead",
        "Dobong Transport Division",
    )
    assert code == 0, err
    assert out.splitlines() == [
        "Created DOBONG-BIKE-SHARING: Dobong bike sharing",
        "Started from the case SEOUL-TTAREUNGI: 2 tasks to do, 2 indicators",
    ]
    program = ProgramService(seeded_db).get_program("DOBONG-BIKE-SHARING")
    assert program.based_on_key == "SEOUL-TTAREUNGI" and not program.is_case
    assert program.place is not None and program.place.name == "Dobong-gu"
    assert program.start_date == PartialDate(2027, 3)
    assert program.lead_organization is not None and program.lead_organization.name == "Dobong Transport Division"
    assert {t.status for t in program.tasks} == {Status.PLANNED} and program.percent_complete == 0
    code, out, _ = run(capsys, "--db", seeded_db.url, "programs", "show", "DOBONG-BIKE-SHARING", "--json")
    shown = json.loads(out)
    assert (
        shown["based_on"] == "SEOUL-TTAREUNGI"
        and shown["percent_complete"] == 0
        and all(not i["values"] for i in shown["indicators"])
    )


def test_programs_new_blank_and_refusals(seeded_db: Any, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--db", seeded_db.url, "programs", "new", "--title", "Rain gardens", "--json")
    assert code == 0
    blank = json.loads(out)
    assert (blank["key"], blank["tasks"], blank["based_on"]) == ("RAIN-GARDENS", [], None)
    code, out, err = run(capsys, "--db", seeded_db.url, "programs", "new", "--title", "X", "--place", "Atlantis")
    assert (code, out) == (1, "") and "Atlantis" in err
    code, out, err = run(
        capsys, "--db", seeded_db.url, "programs", "new", "--title", "X", "--from-case", "RAIN-GARDENS"
    )
    assert code == 1 and "not a case-library program" in err
    code, out, err = run(capsys, "--db", seeded_db.url, "programs", "new", "--title", "X", "--start", "01/03/2027")
    assert code == 1 and "01/03/2027" in err
    assert ProgramService(seeded_db).program_keys().count("X") == 0


def test_progress_add_moves_the_task_and_100_completes_it(seeded_db: Any, capsys: pytest.CaptureFixture[str]) -> None:
    service = ProgramService(seeded_db)
    own = service.start_from_case("SEOUL-TTAREUNGI")
    task = own.tasks[0]
    base = ("--db", seeded_db.url, "progress", "add", own.key)
    code, out, err = run(capsys, *base, "--title", "Stations surveyed", "--task", task.key.lower(), "--percent", "40")
    assert code == 0, err
    assert f"Task {task.key}: 40%, Active" in out
    assert service.find_task(own.key, task.key).status is Status.ACTIVE
    code, out, _ = run(
        capsys, *base, "--title", "All racks in", "--task", task.key, "--percent", "100%", "--date", "2026-11-30",
        "--note", "minutes in the folder", "--json",
    )  # fmt: skip
    logged = json.loads(out)
    assert code == 0
    assert logged["task_status"] == "completed" and logged["task_percent_complete"] == 100
    assert (logged["date"], logged["note"]) == ("2026-11-30", "minutes in the folder")
    progress = service.get_program(own.key).progress
    assert [(e.title, e.task_id) for e in progress][:2] == [("Stations surveyed", task.id), ("All racks in", task.id)]
    code, _out, err = run(capsys, *base, "--title", "x", "--task", "NOPE")
    assert code == 1 and "no task NOPE" in err
    code, _out, err = run(capsys, *base, "--title", "x", "--percent", "lots")
    assert code == 2 and "lots" in err
    code, _out, err = run(capsys, *base, "--title", "x", "--percent", "140")
    assert code == 1 and "140" in err
    code, _out, err = run(capsys, "--db", seeded_db.url, "progress", "add", "SEOUL-TTAREUNGI", "--title", "x")
    assert code == 1  # the case library stays as its sources state it


def test_progress_add_speaks_korean(seeded_db: Any, capsys: pytest.CaptureFixture[str]) -> None:
    own = ProgramService(seeded_db).start_from_case("SEOUL-TTAREUNGI")
    task = own.tasks[1]
    code, out, _ = run(
        capsys, "--db", seeded_db.url, "--lang", "ko", "progress", "add", own.key, "--title", "앱 출시",
        "--task", task.key, "--percent", "100",
    )  # fmt: skip
    assert code == 0 and f"과제 {task.key}: 100%, 완료" in out
