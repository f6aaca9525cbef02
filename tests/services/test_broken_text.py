"""Text with a broken character (a lone surrogate: what Python makes of bytes that are not UTF-8, say from
a command line or a file in another encoding) is refused with a message naming the field, on every
backend, and nothing is saved (issue #14, case 10)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from app.cli import main
from app.domain.errors import ValidationError
from app.domain.model import ProgramFilter
from app.services.programs import ProgramDraft, ProgramService, TaskDraft
from tests.excel.conftest import snapshot

BROKEN = "rain\udc80gardens"  # b"rain\x80gardens" read as UTF-8 with surrogateescape


@pytest.fixture
def svc(empty_db: Any) -> ProgramService:
    service = ProgramService(empty_db)
    program = service.create_program(ProgramDraft(title="Night buses", key="BUS"))
    service.add_task(program.key, TaskDraft(title="Survey riders"))
    service.add_indicator(program.key, "Riders", unit="people")
    return service


def _task(svc: ProgramService) -> int:
    return svc.list_tasks("BUS")[0].id


def _indicator(svc: ProgramService) -> int:
    return svc.get_program("BUS").indicators[0].id


WRITES: list[tuple[str, str, Callable[[ProgramService], object]]] = [
    ("title", "Title", lambda s: s.create_program(ProgramDraft(title=BROKEN))),
    ("summary", "Summary", lambda s: s.create_program(ProgramDraft(title="Parks", summary=BROKEN))),
    ("theme", "Theme", lambda s: s.create_program(ProgramDraft(title="Parks", themes=("green", BROKEN)))),
    ("local_title", "Local title", lambda s: s.update_program("BUS", {"local_title": BROKEN})),
    ("description", "Description", lambda s: s.update_program("BUS", {"description": BROKEN})),
    ("owner", "Owner", lambda s: s.update_task(_task(s), {"owner": BROKEN})),
    ("title", "Title", lambda s: s.add_task("BUS", TaskDraft(title=BROKEN))),
    ("note", "Note", lambda s: s.log_progress("BUS", "Met riders", note=BROKEN)),
    ("author", "Author", lambda s: s.log_progress("BUS", "Met riders", author=BROKEN)),
    ("unit", "Unit", lambda s: s.update_indicator(_indicator(s), {"unit": BROKEN})),
    ("name", "Name", lambda s: s.add_indicator("BUS", BROKEN)),
]


@pytest.mark.parametrize(("field", "label", "write"), WRITES, ids=[f"{w[0]}-{i}" for i, w in enumerate(WRITES)])
def test_a_broken_character_is_refused_naming_the_field_and_nothing_is_saved(
    svc: ProgramService, field: str, label: str, write: Callable[[ProgramService], object]
) -> None:
    before = snapshot(svc.db)
    with pytest.raises(ValidationError) as refused:
        write(svc)
    assert refused.value.field == field
    assert str(refused.value) == (
        f"{label} has a character that is not valid text, at character 5 ('rain\ufffdgardens'); "
        "retype it (text copied from a file in another encoding can bring one)"
    )
    assert refused.value.message is not None and refused.value.message.code == "text.broken_character"
    str(refused.value).encode("utf-8")  # the message itself prints anywhere
    assert snapshot(svc.db) == before


def test_a_search_or_a_key_with_a_broken_character_is_refused_plainly(svc: ProgramService) -> None:
    with pytest.raises(ValidationError, match=r"^Search has a character that is not valid text, at character 5"):
        svc.list_programs(ProgramFilter(text=BROKEN))
    with pytest.raises(ValidationError, match=r"^The text 'BUS\ufffd' has a character that is not valid text"):
        svc.get_program("BUS\udc80")


def test_the_command_line_says_so_in_one_line(svc: ProgramService, capsys: pytest.CaptureFixture[str]) -> None:
    url = svc.db.url
    for argv in (["programs", "list", "--search", BROKEN], ["programs", "show", "BUS\udcff"]):
        assert main(["--db", url, *argv]) == 1
        out, err = capsys.readouterr()
        assert out == "" and err.count("\n") == 1 and "not valid text" in err
