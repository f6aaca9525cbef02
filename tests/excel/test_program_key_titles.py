"""A Program key cell that holds a program's title finds that program, or says plainly what to write."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.services.programs import ProgramDraft, ProgramService
from tests.excel.conftest import workbook_file

NEW = "청소년 자원봉사 2027"


def _messages(preview: Any) -> list[str]:
    return [e.message for e in preview.errors]


def test_tasks_may_name_a_program_the_same_file_creates_by_its_title(service: Any, tmp_path: Path) -> None:
    path = workbook_file(
        tmp_path / "봉사.xlsx",
        {
            "Programs": [["Title", "Status"], [NEW, "Planned"]],
            "Tasks": [["Program key", "Title"], [NEW, "봉사자 모집"], [NEW, "기관 협약"]],
            "Progress": [["Program key", "Date", "Title"], [NEW, "2026-12-01", "설명회 개최"]],
        },
    )
    preview = service.preview_import(path)
    assert _messages(preview) == []
    assert preview.created == 4
    service.apply_import(path)
    ps = ProgramService(service.db)
    [program] = ps.find_programs(NEW)
    assert program.key == "CHEONGSONYEON-JAWONBONGSA-2027"
    detail = ps.get_program(program.key)
    assert [t.title for t in detail.tasks] == ["봉사자 모집", "기관 협약"]
    assert [e.title for e in detail.progress] == ["설명회 개최"]
    # The same file again finds everything in place: no second program, no duplicate tasks.
    again = service.preview_import(path)
    assert (again.created, again.error_count) == (0, 0)


def test_a_program_of_the_office_may_be_named_by_its_exact_title(service: Any, office: str, tmp_path: Path) -> None:
    path = workbook_file(
        tmp_path / "tasks.xlsx", {"Tasks": [["Program key", "Title"], ["Green wheels", "Paint the racks"]]}
    )
    preview = service.preview_import(path)
    assert _messages(preview) == []
    service.apply_import(path)
    assert "Paint the racks" in [t.title for t in ProgramService(service.db).get_program(office).tasks]


def test_an_unknown_title_says_to_write_the_key(service: Any, tmp_path: Path) -> None:
    path = workbook_file(tmp_path / "tasks.xlsx", {"Tasks": [["Program key", "Title"], [NEW, "봉사자 모집"]]})
    assert _messages(service.preview_import(path)) == [
        f"No program with key '{NEW}'; write the program's key "
        "(as on the Programs sheet, e.g. CHEONGSONYEON-JAWONBONGSA-2027)"
    ]


def test_a_title_two_programs_share_asks_for_the_key(service: Any, tmp_path: Path) -> None:
    ps = ProgramService(service.db)
    ps.create_program(ProgramDraft(title="Rain gardens", key="RAIN-A"))
    ps.create_program(ProgramDraft(title="Rain gardens", key="RAIN-B"))
    path = workbook_file(
        tmp_path / "tasks.xlsx", {"Tasks": [["Program key", "Title"], ["Rain gardens", "Dig the beds"]]}
    )
    [message] = _messages(service.preview_import(path))
    assert "2 programs are titled 'Rain gardens' (RAIN-A, RAIN-B)" in message
    assert "write the program's key" in message


def test_a_key_with_hangul_is_told_keys_use_letters_a_to_z(service: Any, tmp_path: Path) -> None:
    path = workbook_file(tmp_path / "programs.xlsx", {"Programs": [["Key", "Title"], ["봉사-2027", NEW]]})
    [message] = _messages(service.preview_import(path))
    assert message.startswith("Key '봉사-2027' must be 1 to 64 letters A–Z, digits, '-', '_' or '.'")
