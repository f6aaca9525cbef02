"""The command line for history, the trash and backups."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main
from app.services.database import open_database
from app.services.programs import ProgramDraft, ProgramService

pytestmark = pytest.mark.sqlite_only  # the services behind it are tested on both backends


@pytest.fixture
def url(db_url: str) -> str:
    db, _ = open_database(db_url, actor="Kim", seed=False)
    programs = ProgramService(db)
    p = programs.create_program(ProgramDraft(title="Bike lanes", key="BIKE"))
    programs.update_program("BIKE", {"title": "Protected bike lanes"}, p.version)
    programs.create_program(ProgramDraft(title="Other", key="OTHER"))
    programs.delete_program("OTHER")
    db.dispose()
    return db_url


def test_history_json_for_one_program(url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", url, "history", "--program", "BIKE", "--kind", "update", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["actor"], r["field"], r["old"], r["new"], r["program"]) for r in rows] == [
        ("Kim", "title", "Bike lanes", "Protected bike lanes", "BIKE")
    ]


def test_history_text_since_a_date(url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", url, "history", "--since", "2000-01-01", "--limit", "3"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert "Program OTHER: moved to trash" in out[0]
    assert out[-1].startswith("... ") and "older changes not shown" in out[-1]
    assert main(["--db", url, "history", "--since", "2999-01-01"]) == 0
    assert capsys.readouterr().out == ""


@pytest.mark.parametrize("since", ["2000.1.1", "2000년 1월", "2000-01-01T00:00", "36500d"])
def test_history_since_reads_a_date_as_report_and_export_do(
    url: str, capsys: pytest.CaptureFixture[str], since: str
) -> None:
    """history --since reads the dates report and export read (dates.parse_since): 2000.1.1 was refused."""
    assert main(["--db", url, "history", "--since", since, "--limit", "3"]) == 0
    assert "Program OTHER: moved to trash" in capsys.readouterr().out.splitlines()[0]


def test_trash_list_restore_and_empty(url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", url, "trash", "list", "--json"]) == 0
    [item] = json.loads(capsys.readouterr().out)
    assert (item["kind"], item["key"]) == ("program", "OTHER")
    assert main(["--db", url, "trash", "empty"]) == 2  # asks for --yes first
    assert "--yes" in capsys.readouterr().err
    assert main(["--db", url, "trash", "restore", "program", str(item["id"])]) == 0
    assert "Restored program OTHER" in capsys.readouterr().out
    assert main(["--db", url, "trash", "list"]) == 0
    assert capsys.readouterr().out.strip() == "The trash is empty"


def test_db_backups_and_restore(url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", url, "db", "backups"]) == 0
    assert "No backups" in capsys.readouterr().out
    assert main(["--db", url, "db", "backup"]) == 0
    made = capsys.readouterr().out.strip()
    assert main(["--db", url, "db", "backups", "--json"]) == 0
    [listed] = json.loads(capsys.readouterr().out)
    assert listed["path"] == made and listed["reason"] == "manual" and listed["size"] > 0
    assert main(["--db", url, "db", "restore", listed["name"]]) == 0
    out = capsys.readouterr().out
    assert "Restored" in out and "before the restore was saved" in out
    assert main(["--db", url, "db", "restore", "no-such-backup"]) == 1
    assert "No backup" in capsys.readouterr().err


def test_db_second_folder_gets_a_checked_copy_of_every_backup(
    url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    second = tmp_path / "share" / "civic"
    assert main(["db", "second-folder"]) == 0
    assert "No second backup folder" in capsys.readouterr().out
    assert main(["db", "second-folder", str(second)]) == 0
    assert capsys.readouterr().out.strip() == str(second)
    assert main(["--db", url, "db", "backup"]) == 0
    made, copied = capsys.readouterr().out.splitlines()
    assert copied == f"Copy in the second backup folder: {second / Path(made).name}"
    assert (second / Path(made).name).is_file()
    assert main(["--db", url, "db", "backups", "--json"]) == 0
    [listed] = json.loads(capsys.readouterr().out)
    assert listed["verified"] is True
    assert main(["db", "second-folder", "--off"]) == 0
    assert "No second backup folder" in capsys.readouterr().out


def test_db_backup_warns_when_the_second_folder_fails_and_keeps_the_backup(
    url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "a file"
    blocked.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("CIVIC_TRACKER_BACKUP_DIR", str(blocked / "backups"))
    assert main(["db", "second-folder"]) == 0
    assert "set by CIVIC_TRACKER_BACKUP_DIR" in capsys.readouterr().out
    assert main(["--db", url, "db", "backup"]) == 0
    out, err = capsys.readouterr()
    assert Path(out.strip()).is_file()
    assert err.startswith("civic-tracker: warning: The backup ") and str(blocked / "backups") in err


def test_a_command_closes_the_database_cleanly(url: str) -> None:
    assert main(["--db", url, "programs", "list"]) == 0
    db, report = open_database(url, actor="Kim", seed=False)
    db.dispose()
    assert report.full_check is False  # the file is as the command left it: the quick check suffices


@pytest.mark.parametrize(
    ("lang", "kind", "contents"),
    [
        ("en", "Program", "(with 2 tasks, 1 progress entry)"),
        ("ko", "사업", "(함께 삭제: 과제 2건, 추진현황 기록 1건)"),
        ("zh_CN", "项目", "（连同任务 2 项、进展记录 1 条）"),
    ],
)
def test_the_trash_list_names_kinds_and_contents_in_the_reader_s_language(
    db_url: str, lang: str, kind: str, contents: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from app.domain.dates import PartialDate
    from app.services.programs import TaskDraft

    db, _ = open_database(db_url, actor="Kim", seed=False)
    programs = ProgramService(db)
    programs.create_program(ProgramDraft(title="Bike lanes", key="BIKE"))
    programs.add_task("BIKE", TaskDraft(title="Stations"))
    programs.add_task("BIKE", TaskDraft(title="Bicycles"))
    programs.log_progress("BIKE", "Kick-off", entry_date=PartialDate.parse("2026-03-01"))
    programs.delete_program("BIKE")
    db.dispose()
    assert main(["--db", db_url, "--lang", lang, "trash", "list"]) == 0
    [line] = capsys.readouterr().out.splitlines()
    assert line.startswith(kind) and "BIKE: Bike lanes" in line and line.endswith(contents)


def test_backups_and_places_are_listed_in_the_reader_s_language(url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", url, "db", "backup"]) == 0
    capsys.readouterr()
    assert main(["--db", url, "--lang", "ko", "db", "backups"]) == 0
    [line] = capsys.readouterr().out.splitlines()
    assert " 직접 " in line
    assert main(["--db", url, "--lang", "zh_CN", "db", "backups"]) == 0
    assert " 手动 " in capsys.readouterr().out
    assert main(["--db", url, "places", "add", "Chang-dong", "--local", "창동", "--level", "neighbourhood"]) == 0
    capsys.readouterr()
    assert main(["--db", url, "--lang", "ko", "places", "list"]) == 0
    [line] = [x for x in capsys.readouterr().out.splitlines() if "Chang-dong" in x]
    assert line.split()[1] == "동" and "neighbourhood" not in line
