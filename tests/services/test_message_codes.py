"""What ProgramService refuses reaches the interface as a code with parameters, not only as English."""

from __future__ import annotations

import pytest

from app.domain.errors import ConflictError, NotFoundError, ValidationError
from app.domain.messages import ENGLISH, Message
from app.services.programs import ProgramDraft, ProgramService

# Each sentence as another language would render it: here its code, then whatever its parameters say.
MARKED = {code: f"<{code}> " + ("{last}" if "{last}" in t else "") for code, t in ENGLISH.items()}


@pytest.fixture
def svc(seeded_db) -> ProgramService:
    return ProgramService(seeded_db)


def test_a_refused_edit_says_why_as_a_code_with_its_parameters(svc: ProgramService) -> None:
    svc.create_program(ProgramDraft(title="Bike lanes", key="BIKE"))
    with pytest.raises(ValidationError) as unknown:
        svc.update_program("BIKE", {"colour": "green"})
    assert unknown.value.message == Message("program.unknown_fields", {"fields": "colour"})
    assert str(unknown.value) == "Unknown program field(s): colour"

    with pytest.raises(ValidationError) as taken:
        svc.create_program(ProgramDraft(title="More bike lanes", key="BIKE"))
    assert taken.value.message == Message("program.key_taken", {"key": "BIKE"})
    assert taken.value.field == "key"
    assert str(taken.value) == "Program key 'BIKE' is already used"


def test_a_missing_record_is_named_by_a_code(svc: ProgramService) -> None:
    with pytest.raises(NotFoundError) as missing:
        svc.get_program("NO-SUCH-PROGRAM")
    assert missing.value.message == Message("program.not_found", {"key": "NO-SUCH-PROGRAM"})
    with pytest.raises(NotFoundError) as no_task:
        svc.update_task(987654, {"owner": "Kim"})
    assert no_task.value.message is not None and no_task.value.message.code == "task.not_found"


def test_a_stale_edit_names_the_last_save_in_the_same_language(svc: ProgramService) -> None:
    opened = svc.create_program(ProgramDraft(title="Bike lanes", key="BIKE"))
    svc.update_program("BIKE", {"title": "Protected bike lanes"}, opened.version)
    with pytest.raises(ConflictError) as stale:
        svc.update_program("BIKE", {"title": "Bike lanes 2027"}, opened.version)
    said = stale.value.message
    assert said is not None and said.code == "program.changed_by_other_since"
    last = said.params["last"]
    assert isinstance(last, Message) and last.code.startswith("change.last_by")
    assert said.render() == str(stale.value)
    assert said.render(MARKED) == f"<program.changed_by_other_since> <{last.code}> "
