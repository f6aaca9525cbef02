"""Files kept with progress entries: the bytes come back as they went in, the limit names the file, they follow
their entry through the trash, and History says who added or removed which file."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.domain import rules
from app.domain.dates import PartialDate
from app.domain.errors import CaseReadOnlyError, NotFoundError, ValidationError
from app.services.attachments import AttachmentService, NewAttachment
from app.services.history import HistoryFilter, HistoryService
from app.services.programs import ProgramDraft, ProgramService
from app.services.trash import TrashService
from app.store import models as m
from app.store.database import Database

# Every byte value, a NUL and what would be a broken UTF-8 sequence: nothing may be decoded or trimmed.
AWKWARD = bytes(range(256)) * 3 + b"\x00\xff\xfe\r\n  "


@pytest.fixture
def entry_id(empty_db: Database) -> int:
    programs = ProgramService(empty_db)
    programs.create_program(ProgramDraft(title="Community kitchen", key="KITCHEN"))
    return programs.log_progress("KITCHEN", "Venue visited", entry_date=PartialDate.parse("2026-10-01")).id


def test_bytes_come_back_exactly_with_their_checksum_size_and_type(empty_db: Database, entry_id: int) -> None:
    service = AttachmentService(empty_db)
    added = service.add(entry_id, NewAttachment("site photo.JPG", AWKWARD))
    assert (added.name, added.size, added.media_type) == ("site photo.JPG", len(AWKWARD), "image/jpeg")
    assert added.sha256 == hashlib.sha256(AWKWARD).hexdigest()
    assert service.content(added.id) == AWKWARD
    [listed] = service.list_attachments(entry_id)
    assert listed == added
    [entry] = ProgramService(empty_db).get_program("KITCHEN").progress
    assert entry.attachments == (added,)
    assert ProgramService(empty_db).list_progress("KITCHEN")[0].attachments == (added,)


def test_a_second_file_of_the_same_name_on_an_entry_gets_a_name_of_its_own(empty_db: Database, entry_id: int) -> None:
    service = AttachmentService(empty_db)
    service.add(entry_id, NewAttachment("minutes.pdf", b"first"))
    second = service.add(entry_id, NewAttachment("minutes.pdf", b"second"))
    assert second.name == "minutes (2).pdf"
    assert second.media_type == "application/pdf"
    assert service.content(service.named("KITCHEN", "minutes (2).pdf").id) == b"second"


def test_a_file_over_the_limit_is_refused_naming_it_and_its_size(
    empty_db: Database, entry_id: int, tmp_path: Path
) -> None:
    big = tmp_path / "drone video.mp4"
    with big.open("wb") as f:  # sparse: 50 MB and one byte, without writing them
        f.truncate(rules.MAX_ATTACHMENT_BYTES + 1)
    service = AttachmentService(empty_db)
    with pytest.raises(ValidationError) as refused:
        service.add_file(entry_id, big)
    assert "drone video.mp4" in str(refused.value)
    assert "50.0 MB" in str(refused.value)
    # Exactly at the limit is fine (checked on the size alone: no 50 MB test file).
    assert rules.check_attachment("ok.bin", rules.MAX_ATTACHMENT_BYTES) == "ok.bin"
    assert service.list_attachments(entry_id) == []


def test_a_refused_file_logs_no_entry_at_all(empty_db: Database, entry_id: int) -> None:
    programs = ProgramService(empty_db)
    with pytest.raises(ValidationError):
        programs.log_progress(
            "KITCHEN",
            "Two files",
            attachments=[NewAttachment("a.txt", b"ok"), NewAttachment("", b"no name")],
        )
    assert [e.title for e in programs.list_progress("KITCHEN")] == ["Venue visited"]


def test_an_attachment_follows_its_entry_into_the_trash_and_back(empty_db: Database, entry_id: int) -> None:
    service = AttachmentService(empty_db)
    added = service.add(entry_id, NewAttachment("minutes.pdf", b"%PDF-1.7 minutes"))
    programs = ProgramService(empty_db)
    programs.delete_progress(entry_id)
    with pytest.raises(NotFoundError):
        service.content(added.id)
    with pytest.raises(NotFoundError):
        service.named("KITCHEN", "minutes.pdf")
    TrashService(empty_db).restore("progress", entry_id)
    assert service.content(added.id) == b"%PDF-1.7 minutes"

    programs.delete_program("KITCHEN")  # with the whole program, too
    TrashService(empty_db).restore("program", _program_id(empty_db))
    assert service.content(added.id) == b"%PDF-1.7 minutes"


def _program_id(db: Database) -> int:
    with db.read() as s:
        return int(s.execute(select(m.Program.id).where(m.Program.key == "KITCHEN")).scalar_one())


def test_emptying_the_trash_deletes_the_files_for_good(empty_db: Database, entry_id: int) -> None:
    service = AttachmentService(empty_db)
    service.add(entry_id, NewAttachment("minutes.pdf", b"minutes"))
    keep = ProgramService(empty_db).log_progress("KITCHEN", "Cook hired", attachments=[NewAttachment("c.txt", b"c")])
    ProgramService(empty_db).delete_progress(entry_id)
    TrashService(empty_db).empty()
    with empty_db.read() as s:
        names = list(s.execute(select(m.Attachment.name)).scalars())
        assert names == ["c.txt"]
        assert s.execute(select(func.count()).select_from(m.ProgressEntry)).scalar_one() == 1
    assert service.list_attachments(keep.id)[0].name == "c.txt"


def test_history_names_the_file_added_and_removed_and_who_did_it(empty_db: Database, entry_id: int) -> None:
    service = AttachmentService(empty_db)
    added = service.add(entry_id, NewAttachment("signed agreement.pdf", b"signed"))
    service.remove(added.id)
    assert service.list_attachments(entry_id) == []
    rows = HistoryService(empty_db).list_changes(HistoryFilter(program_key="KITCHEN")).rows
    files = [r for r in rows if r.field == "attachment"]
    assert [(r.entity_key, r.old_value, r.new_value) for r in files] == [
        (f"P{entry_id}", "signed agreement.pdf", None),
        (f"P{entry_id}", None, "signed agreement.pdf"),
    ]
    # On a server the login is stamped beside the name ("tester (db: postgres)").
    assert all((r.actor or "").startswith(str(empty_db.actor)) for r in files)
    with pytest.raises(NotFoundError):
        service.content(added.id)


def test_a_name_on_several_entries_is_refused_naming_them(empty_db: Database, entry_id: int) -> None:
    other = ProgramService(empty_db).log_progress("KITCHEN", "Second visit").id
    service = AttachmentService(empty_db)
    service.add(entry_id, NewAttachment("photo.png", b"one"))
    service.add(other, NewAttachment("photo.png", b"two"))
    with pytest.raises(ValidationError) as refused:
        service.named("KITCHEN", "photo.png")
    assert f"{entry_id}, {other}" in str(refused.value)
    assert service.content(service.named("KITCHEN", "photo.png", other).id) == b"two"


def test_cases_of_the_library_take_no_attachments(seeded_db: Database) -> None:
    case = ProgramService(seeded_db).get_program("SEOUL-TTAREUNGI")
    with seeded_db.read() as s:
        entry = s.execute(select(m.ProgressEntry.id).where(m.ProgressEntry.program_id == case.id).limit(1)).scalar()
    assert entry is not None, "the case library's bike sharing case has progress entries"
    with pytest.raises(CaseReadOnlyError):
        AttachmentService(seeded_db).add(entry, NewAttachment("x.txt", b"x"))


def test_read_file_refuses_a_missing_file_naming_it(tmp_path: Path) -> None:
    from app.services.attachments import read_file

    with pytest.raises(ValidationError) as refused:
        read_file(tmp_path / "nowhere.pdf")
    assert "nowhere.pdf" in str(refused.value)
    assert os.fspath(tmp_path) in str(refused.value)
