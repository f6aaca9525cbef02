"""Builds a small demo database with services and renders the README screenshots with the gui --screenshot CLI.

Run:  python scripts/make_screenshots.py [OUT_DIR]     (default docs/screenshots)
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from app.domain.dates import PartialDate  # noqa: E402
from app.domain.enums import Status  # noqa: E402
from app.services.database import open_database  # noqa: E402
from app.services.programs import ProgramDraft, ProgramService, TaskDraft  # noqa: E402

VIEWS = (
    "programs",
    "cases",
    "dashboard",
    "tasks",
    "progress",
    "person:Park Seoyeon",
    "program:SEOUL-TTAREUNGI",
    "program:DOBONG-SD-GOVERNANCE",
    "program:DOBONG-SD-2026",
    "program:DOBONG-BIKES#indicators",
    "program:SEOUL-TTAREUNGI#sources",
    "program:DOBONG-SD-2026#progress",
    "timeline:DOBONG-SD-2026",
)
# The same views in Korean (the interface follows the user's locale).
KOREAN_VIEWS = ("programs", "program:DOBONG-SD-2026")
CHINESE_VIEWS = ("programs", "program:DOBONG-SD-2026")


def start_from_case(s: ProgramService, case_key: str, title: str, key: str) -> Any:
    """A program of the office from a case, as the Start from this case dialog makes it, titled and keyed."""
    suggested = s.suggest_from_case(case_key)
    return s.start_from_case(case_key, dataclasses.replace(suggested, title=title, key=key))


def build_demo(url: str) -> None:
    db, _ = open_database(url, actor="Kim Minji")
    s = ProgramService(db)
    today = dt.date.today()

    def day(offset: int) -> PartialDate:
        return PartialDate.of_date(today + dt.timedelta(days=offset))

    places = {p.key: p.id for p in s.list_places()}
    orgs = {o.key: o.id for o in s.list_organizations()}

    dobong = start_from_case(s, "DOBONG-SD-GOVERNANCE", "Dobong sustainable development 2026", "DOBONG-SD-2026")
    s.update_program(
        dobong.key,
        {
            "status": Status.ACTIVE,
            "start_date": PartialDate(2026, 1),
            "end_date": PartialDate(2027),
            "lead_organization_id": orgs["DOBONG-SD-DEPARTMENT"],
            "local_title": "도봉구 지속가능발전 2026",
        },
    )
    tasks = s.get_program(dobong.key).tasks
    for t, pct, status in zip(
        tasks[:4], (100, 100, 80, 40), (Status.COMPLETED, Status.COMPLETED, Status.ACTIVE, Status.ACTIVE), strict=True
    ):
        s.update_task(t.id, {"percent_complete": float(pct), "status": status})
    s.update_task(tasks[3].id, {"due_date": day(-9), "owner": "Lee Jiwoo"})
    # Spans for the timeline: days, a month, and a year-only date (drawn as a faint band).
    s.update_task(tasks[0].id, {"start_date": PartialDate(2026, 1), "due_date": day(-150)})
    s.update_task(tasks[1].id, {"start_date": day(-140), "due_date": day(-95)})
    s.update_task(tasks[2].id, {"start_date": day(-90), "due_date": day(25)})
    s.update_task(tasks[3].id, {"start_date": day(-60)})
    s.update_task(tasks[4].id, {"due_date": PartialDate(2027)})
    plan = tasks[-1]
    s.add_task(
        dobong.key,
        TaskDraft(
            "Draft 17 unit tasks with residents",
            parent_id=plan.id,
            percent_complete=60,
            owner="Park Seoyeon",
            start_date=day(-20),
            due_date=day(5),
        ),
    )
    for title, due in (("Book the hall for the residents' forum", -2), ("Send the forum invitations", 2)):
        s.add_task(dobong.key, TaskDraft(title, parent_id=plan.id, owner="Park Seoyeon", due_date=day(due)))
    s.add_task(dobong.key, TaskDraft("Report to the district council", owner="Park Seoyeon", due_date=day(40)))
    s.add_task(dobong.key, TaskDraft("Publish the action plan", parent_id=plan.id, due_date=day(30)))
    s.log_progress(
        dobong.key,
        "Committee agreed the vision statement",
        entry_date=day(-40),
        note="32 members, 3 resident delegates",
        task_id=tasks[3].id,
        percent_complete=40,
    )
    s.log_progress(
        dobong.key,
        "Residents' workshop on unit tasks",
        entry_date=day(-3),
        note="45 residents in Chang-dong; ideas for 17 unit tasks",
    )

    bikes = start_from_case(s, "SEOUL-TTAREUNGI", "Dobong bike sharing pilot", "DOBONG-BIKES")
    s.update_program(
        bikes.key,
        {
            "status": Status.ACTIVE,
            "start_date": PartialDate(2026, 3),
            "place_id": places["KR-SEOUL-DOBONG"],
            "local_title": "도봉 따릉이 시범사업",
        },
    )
    program = s.get_program(bikes.key)
    bicycles = program.indicators[0]
    s.update_indicator(bicycles.id, {"target_value": 800.0, "target_date": PartialDate(2027, 6), "unit": "bicycles"})
    for period, value in ((PartialDate(2026, 3), 120), (PartialDate(2026, 6), 260), (PartialDate(2026, 9), 410)):
        s.set_indicator_value(bicycles.id, period, value)
    s.log_progress(bikes.key, "First 120 bicycles at 12 stations", entry_date=PartialDate(2026, 3, 18))
    s.log_progress(
        bikes.key,
        "410 bicycles; app sign-ups doubled",
        entry_date=day(-1),
        task_id=program.tasks[0].id,
        percent_complete=20,
        status=Status.ACTIVE,
    )

    repair = s.create_program(
        ProgramDraft(
            "Repair café network",
            summary="Monthly repair cafés in every dong",
            place_id=places["KR-SEOUL-DOBONG"],
            status=Status.PLANNED,
            start_date=PartialDate(2027),
            themes=("environment", "sharing city"),
        )
    )
    s.add_task(repair.key, TaskDraft("Find volunteer fixers", due_date=day(-2), owner="Choi Yuna"))
    youth = s.create_program(
        ProgramDraft(
            "Youth council",
            local_title="청년의회",
            place_id=places["KR-SEOUL-DOBONG"],
            status=Status.ON_HOLD,
            start_date=PartialDate(2025, 9),
            lead_organization_id=orgs["YOUTH-HUB"],
        )
    )
    s.log_progress(youth.key, "Paused until the new budget", entry_date=PartialDate(2026, 7, 2))
    s.create_program(
        ProgramDraft(
            "Elderly care village network",
            local_title="社区养老互助",
            status=Status.COMPLETED,
            start_date=PartialDate(2024),
            end_date=PartialDate(2025, 12),
            place_id=places["KR-SEOUL-DOBONG"],
        )
    )
    db.dispose()


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else REPO / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="civic-shots-"))
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "CIVIC_TRACKER_DATA_DIR": str(work / "data"),
        "XDG_CONFIG_HOME": str(work / "config"),
    }
    os.environ.update(env)
    url = f"sqlite:///{work / 'demo.sqlite3'}"
    build_demo(url)
    korean = {**env, "LANG": "ko_KR.UTF-8", "LANGUAGE": "ko"}
    chinese = {**env, "LANG": "zh_CN.UTF-8", "LANGUAGE": "zh_CN"}
    runs = [(view, "", env) for view in VIEWS] + [(view, "-ko", korean) for view in KOREAN_VIEWS]
    runs += [(view, "-zh_CN", chinese) for view in CHINESE_VIEWS]
    for view, suffix, run_env in runs:
        name = (
            view.replace("program:", "program-")
            .replace("timeline:", "timeline-")
            .replace("#", "-")
            .replace("person:", "my-tasks-")
            .lower()
        )
        name = name.replace(" ", "-") + suffix
        subprocess.run(
            [sys.executable, "-m", "app", "--db", url, "gui", "--screenshot", str(out / f"{name}.png"), "--view", view],
            check=True,
            cwd=REPO,
            env=run_env,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
