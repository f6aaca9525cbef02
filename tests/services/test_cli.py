"""The command line as scripts use it: exit codes, one-line errors, and the documented JSON."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from app import __version__
from app.cli import main
from app.domain.model import ProgramFilter
from app.services.programs import ProgramDraft, ProgramService


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_seed_then_list_and_show_every_case_as_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{tmp_path / 'cases.db'}"
    code, out, _ = run(capsys, "--db", url, "seed")
    assert code == 0 and "cases" in out
    code, out, _ = run(capsys, "--db", url, "programs", "list", "--json")
    listing = json.loads(out)
    assert code == 0 and len(listing) >= 19
    assert set(listing[0]) >= {"key", "title", "status", "start_date", "is_case", "percent_complete"}
    for row in listing:
        code, out, _ = run(capsys, "--db", url, "programs", "show", row["key"], "--json")
        program = json.loads(out)
        assert code == 0 and program["key"] == row["key"]
        assert program["sources"], f"{row['key']} lists no sources"
        for ind in program["indicators"]:
            for value in ind["values"]:
                assert value["citations"], f"{ind['key']} {value['period']} has no citation"
    code, out, _ = run(capsys, "--db", url, "programs", "show", "SEOUL-TTAREUNGI", "--json")
    bike = json.loads(out)
    bicycles = next(i for i in bike["indicators"] if "BICYCLES" in i["key"])
    assert [(v["period"], v["value"]) for v in bicycles["values"]] == [("2015", 2000.0), ("2017", 5600.0)]
    assert bike["place"]["path"] == "South Korea > Seoul"


def test_human_readable_show_lists_tasks_and_sources(db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--db", db_url, "programs", "show", "DOBONG-SD-GOVERNANCE")
    assert code == 0
    assert "Tasks:" in out and "Sources:" in out and "SEOUL-REF-5" in out


def test_unknown_program_exits_1_with_one_line(db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--db", db_url, "programs", "show", "NO-SUCH-KEY")
    assert code == 1 and out == ""
    assert err.strip() == "civic-tracker: No program with key 'NO-SUCH-KEY'"


def test_wrong_usage_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["programs", "frobnicate"])
    assert exc.value.code == 2


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_db_upgrade_current_and_backup(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{tmp_path / 'ops.db'}"
    code, out, _ = run(capsys, "--db", url, "db", "upgrade")
    assert code == 0 and "upgraded" in out
    code, out, _ = run(capsys, "--db", url, "db", "current")
    assert code == 0 and "at head" in out
    target = tmp_path / "copy.sqlite3"
    code, out, _ = run(capsys, "--db", url, "db", "backup", str(target))
    assert code == 0 and out.strip() == str(target)
    with sqlite3.connect(target) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_environment_variable_selects_the_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "env.db"
    monkeypatch.setenv("CIVIC_TRACKER_DB", f"sqlite:///{path}")
    code, _, _ = run(capsys, "programs", "list")
    assert code == 0 and path.exists()


def test_default_database_lives_in_the_user_data_folder(
    _private_data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "programs", "list", "--cases")
    assert code == 0 and "SEOUL-TTAREUNGI" in out
    assert (_private_data_dir / "civic-tracker.sqlite3").exists()


def _listed(capsys: pytest.CaptureFixture[str], url: str, *options: str) -> list[str]:
    code, out, err = run(capsys, "--db", url, "programs", "list", "--json", *options)
    assert (code, err) == (0, "")
    return [row["key"] for row in json.loads(out)]


def test_programs_list_search_finds_words_local_names_and_places(
    seeded_db: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    url = seeded_db.url
    assert _listed(capsys, url, "--search", "BICYCLE") == ["SEOUL-TTAREUNGI"]  # a title word, any case
    assert _listed(capsys, url, "--search", "따릉이") == ["SEOUL-TTAREUNGI"]  # a Korean local title
    assert _listed(capsys, url, "--search", "南京模式") == ["CN-NANJING-MODEL"]  # a Chinese local title
    # Gangdong's own texts never say Seoul: only its place path, South Korea > Seoul > Gangdong-gu, does.
    in_seoul = _listed(capsys, url, "--search", "seoul")
    assert {"GANGDONG-SE-CENTER", "DOBONG-SD-GOVERNANCE", "SEOUL-TTAREUNGI"} <= set(in_seoul)
    assert not [key for key in in_seoul if key.startswith("CN-")]
    assert _listed(capsys, url, "--search", "seoul bicycle") == ["SEOUL-TTAREUNGI"]  # every word must match
    assert _listed(capsys, url, "--search", "zzqxv") == []
    code, out, _ = run(capsys, "--db", url, "programs", "list", "--search", "zzqxv")
    assert (code, out) == (0, "")


def test_programs_list_search_combines_with_cases_and_own(seeded_db: Any, capsys: pytest.CaptureFixture[str]) -> None:
    ProgramService(seeded_db).create_program(ProgramDraft(title="Seoul night buses", key="NIGHT-BUSES"))
    url = seeded_db.url
    assert _listed(capsys, url, "--search", "seoul", "--own") == ["NIGHT-BUSES"]
    cases = _listed(capsys, url, "--search", "seoul", "--cases")
    assert "NIGHT-BUSES" not in cases and "SEOUL-TTAREUNGI" in cases
    code, out, _ = run(capsys, "--db", url, "programs", "list", "--search", "night", "--own")
    assert code == 0 and [line.split()[0] for line in out.splitlines()] == ["NIGHT-BUSES"]


@pytest.mark.parametrize("text", ["seoul", "SOCIAL economy", "강동구", "中国", "car", "zzqxv"])
def test_programs_list_search_is_the_search_box_filter(
    seeded_db: Any, capsys: pytest.CaptureFixture[str], text: str
) -> None:
    # One rule: the command line lists exactly what the service lists for the search box's filter text.
    page = ProgramService(seeded_db).list_programs(ProgramFilter(text=text), limit=10_000)
    assert sorted(_listed(capsys, seeded_db.url, "--search", text)) == sorted(p.key for p in page.rows)


def test_tasks_list_as_json_by_owner_and_overdue(seeded_db: Any, capsys: pytest.CaptureFixture[str]) -> None:
    import datetime as dt

    from app.domain.dates import PartialDate
    from app.services.programs import TaskDraft

    db_url = seeded_db.url
    ps = ProgramService(seeded_db)
    p = ps.create_program(ProgramDraft(title="Bike stations"))
    yesterday = PartialDate.of_date(dt.date.today() - dt.timedelta(days=1))
    soon = PartialDate.of_date(dt.date.today() + dt.timedelta(days=3))
    ps.add_task(p.key, TaskDraft(title="Survey", owner="김민지", due_date=yesterday, start_date=yesterday))
    ps.add_task(p.key, TaskDraft(title="Order racks", owner="Park", due_date=soon))
    code, out, _ = run(capsys, "--db", db_url, "tasks", "list", "--owner", "김민지", "--json")
    rows = json.loads(out)
    assert code == 0 and [r["title"] for r in rows] == ["Survey"]
    assert rows[0] == {
        "program": p.key,
        "key": rows[0]["key"],
        "title": "Survey",
        "owner": "김민지",
        "status": "planned",
        "start_date": str(yesterday),
        "due_date": str(yesterday),
        "percent_complete": None,
    }
    code, out, _ = run(capsys, "--db", db_url, "tasks", "list", "--overdue", "--json")
    assert [r["title"] for r in json.loads(out)] == ["Survey"]
    code, out, _ = run(capsys, "--db", db_url, "tasks", "list", "--due-within", "7", "--program", p.key, "--json")
    assert [r["title"] for r in json.loads(out)] == ["Survey", "Order racks"]
    code, out, _ = run(capsys, "--db", db_url, "tasks", "list")
    assert code == 0 and "Survey" in out and "OVERDUE" in out


def test_people_list_as_json_keeps_names_as_written_and_anonymise(
    seeded_db: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    from app.services.programs import TaskDraft

    ps = ProgramService(seeded_db)
    p = ps.create_program(ProgramDraft(title="Bike stations"))
    ps.add_task(p.key, TaskDraft(title="Survey", owner="김민지"))
    ps.add_task(p.key, TaskDraft(title="Racks", owner="Park"))
    code, out, _ = run(capsys, "--db", seeded_db.url, "people", "list", "--json")
    assert code == 0
    assert json.loads(out) == [
        {"name": "Park", "name_local": None, "department": None},
        {"name": "김민지", "name_local": None, "department": None},
    ]
    assert "김민지" in out  # not \uae40...: as the person writes it
    org = ps.list_organizations()[0]
    code, _out, _ = run(
        capsys, "--db", seeded_db.url, "people", "add", "Park", "--local", "박지수", "--department", org.key
    )
    assert code == 0
    code, out, _ = run(capsys, "--db", seeded_db.url, "people", "list", "--json")
    assert json.loads(out)[0] == {"name": "Park", "name_local": "박지수", "department": org.name}
    code, out, _ = run(capsys, "--db", seeded_db.url, "people", "anonymise", "Park")
    assert code == 0 and "Person" in out
    code, out, _ = run(capsys, "--db", seeded_db.url, "tasks", "list", "--json")
    owners = {r["owner"] for r in json.loads(out)}
    assert "Park" not in owners and "김민지" in owners and any(o.startswith("Person ") for o in owners)
    code, _out, err = run(capsys, "--db", seeded_db.url, "people", "anonymise", "Nobody")
    assert code == 1 and "Nobody" in err
