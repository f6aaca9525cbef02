"""`progress add --attach` and `progress attachment`: files go in with an entry and come back byte for byte."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pytest

from app.cli import main
from app.domain import rules
from app.services.programs import ProgramDraft, ProgramService


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    minutes = tmp_path / "minutes.pdf"
    minutes.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 10)
    photo = tmp_path / "site photo.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 500 + b"\xff\xd9")
    return {"minutes": minutes, "photo": photo}


def test_attached_files_are_listed_by_show_and_written_back_byte_for_byte(
    empty_db: Any, capsys: pytest.CaptureFixture[str], files: dict[str, Path], tmp_path: Path
) -> None:
    ProgramService(empty_db).create_program(ProgramDraft(title="Community kitchen", key="KITCHEN"))
    db = ("--db", empty_db.url)
    code, out, err = run(
        capsys, *db, "progress", "add", "KITCHEN", "--title", "Committee met",
        "--attach", str(files["minutes"]), str(files["photo"]),
    )  # fmt: skip
    assert code == 0, err
    assert "Attached minutes.pdf (2.5 KB)" in out and "Attached site photo.jpg" in out

    code, out, _ = run(capsys, *db, "programs", "show", "KITCHEN", "--json")
    [entry] = json.loads(out)["progress"]
    assert entry["attachments"] == [
        {
            "name": "minutes.pdf",
            "size": files["minutes"].stat().st_size,
            "sha256": hashlib.sha256(files["minutes"].read_bytes()).hexdigest(),
            "type": "application/pdf",
        },
        {
            "name": "site photo.jpg",
            "size": files["photo"].stat().st_size,
            "sha256": hashlib.sha256(files["photo"].read_bytes()).hexdigest(),
            "type": "image/jpeg",
        },
    ]
    code, out, _ = run(capsys, *db, "programs", "show", "KITCHEN")
    assert "site photo.jpg" in out

    back = tmp_path / "back" / "copy.jpg"
    back.parent.mkdir()
    code, out, err = run(
        capsys, *db, "progress", "attachment", "--program", "KITCHEN", "--name", "site photo.jpg", "--output", str(back)
    )
    assert code == 0, err
    assert back.read_bytes() == files["photo"].read_bytes()
    assert str(back) in out


def test_a_name_on_several_entries_needs_entry(
    empty_db: Any, capsys: pytest.CaptureFixture[str], files: dict[str, Path], tmp_path: Path
) -> None:
    ProgramService(empty_db).create_program(ProgramDraft(title="Community kitchen", key="KITCHEN"))
    db = ("--db", empty_db.url)
    for title in ("First meeting", "Second meeting"):
        code, out, err = run(
            capsys, *db, "progress", "add", "KITCHEN", "--title", title, "--attach", str(files["minutes"]), "--json"
        )
        assert code == 0, err
        assert json.loads(out)["attachments"][0]["name"] == "minutes.pdf"
    entries = [e.id for e in ProgramService(empty_db).list_progress("KITCHEN")]
    out_file = tmp_path / "out.pdf"
    base = (*db, "progress", "attachment", "--program", "KITCHEN", "--name", "minutes.pdf", "--output", str(out_file))
    code, out, err = run(capsys, *base)
    assert code == 1 and not out_file.exists()
    assert "2 progress entries" in err and all(str(i) in err for i in entries) and "--entry" in err
    code, out, err = run(capsys, *base, "--entry", str(entries[0]))
    assert code == 0, err
    assert out_file.read_bytes() == files["minutes"].read_bytes()
    code, out, err = run(capsys, *db, "progress", "attachment", "--program", "KITCHEN", "--name", "nope.pdf",
                         "--output", str(out_file))  # fmt: skip
    assert code == 1 and "nope.pdf" in err


def test_a_file_over_the_limit_logs_nothing_and_says_which(
    empty_db: Any, capsys: pytest.CaptureFixture[str], files: dict[str, Path], tmp_path: Path
) -> None:
    ProgramService(empty_db).create_program(ProgramDraft(title="Community kitchen", key="KITCHEN"))
    video = tmp_path / "walkthrough.mp4"
    with video.open("wb") as f:
        f.truncate(rules.MAX_ATTACHMENT_BYTES + 1024 * 1024)
    code, _out, err = run(
        capsys, "--db", empty_db.url, "progress", "add", "KITCHEN", "--title", "Walkthrough",
        "--attach", str(files["minutes"]), str(video),
    )  # fmt: skip
    assert code == 1
    assert "walkthrough.mp4 is 51.0 MB" in err and "50.0 MB" in err
    assert ProgramService(empty_db).list_progress("KITCHEN") == []
