"""An import's problems reach the interface as codes with parameters: a translator can replace every sentence."""

from __future__ import annotations

import gzip
import io
import string
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.domain import rules
from app.domain.messages import ENGLISH, Message, render
from app.excel.reader import WorkbookError, open_spreadsheet
from app.services.importing import ImportIssue, ImportRefusedError
from tests.excel.conftest import workbook_file


def _fields(template: str) -> list[str]:
    return sorted({name for _t, name, _s, _c in string.Formatter().parse(template) if name})


# Every sentence replaced by its code and its parameters, as another language would replace it.
MARKED = {code: f"<{code}>" + "".join(" {" + f + "}" for f in _fields(t)) for code, t in ENGLISH.items()}

# The English words of every template (the parts between parameters long enough to be a phrase).
ENGLISH_PHRASES = sorted(
    {
        text.strip()
        for template in ENGLISH.values()
        for text, _name, _spec, _conv in string.Formatter().parse(template)
        if len(text.strip()) >= 12
    }
)


def _codes(m: Message) -> Iterator[str]:
    yield m.code
    for value in m.params.values():
        if isinstance(value, Message):
            yield from _codes(value)


def _places(m: Message) -> Iterator[str]:
    """Where a problem is, as the workbook names it: file, sheet and column header ("Percent complete (F)")."""
    for name, value in m.params.items():
        if isinstance(value, Message):
            yield from _places(value)
        elif name in ("file", "sheet", "column"):
            yield str(value)


def _untranslated(m: Message) -> list[str]:
    """English phrases of the app's templates left when ``m`` is rendered in another language (the workbook's
    own names set aside). A sentence passed on as text instead of a Message would be left in English."""
    text = m.render(MARKED)
    for value in sorted(_places(m), key=len, reverse=True):
        text = text.replace(value, "")
    return [phrase for phrase in ENGLISH_PHRASES if phrase in text]


@pytest.fixture
def bad_workbook(office: str, tmp_path: Path) -> Path:
    deep: list[list[Any]] = [
        [office, f"DEEP-{i}", f"DEEP-{i - 1}" if i else None, f"Level {i + 1}", None, None]
        for i in range(rules.MAX_TASK_DEPTH + 1)
    ]
    return workbook_file(
        tmp_path / "bad.xlsx",
        {
            "Programs": [
                ["Key", "Title", "Status", "Start", "Place"],
                ["BAD-DATE", "Bad date", "Active", "2015-13-01", None],
                ["AMBIGUOUS", "Ambiguous date", "Active", "03/04/2015", None],
                ["BAD-STATUS", "Bad status", "Sleeping", None, None],
                ["NO-TITLE", None, "Active", None, None],
                ["NOWHERE", "Nowhere", "Active", None, "Atlantis"],
            ],
            "Tasks": [
                ["Program key", "Task key", "Parent key", "Title", "Weight", "Percent complete"],
                ["NO-SUCH-PROGRAM", "ORPHAN-1", None, "Task of nobody", None, None],
                [office, "HEAVY-1", None, "Heavy", "heavy", None],
                [office, "OVER-1", None, "Over", None, "150%"],
                *deep,
            ],
            "Progress": [
                ["Program key", "Date", "Title"],
                [office, "someday", "Met the council"],
            ],
        },
    )


def test_every_problem_of_a_bad_workbook_can_be_said_in_another_language(service: Any, bad_workbook: Path) -> None:
    preview = service.preview_import(bad_workbook)
    issues: tuple[ImportIssue, ...] = preview.errors
    assert len(issues) == preview.error_count >= 9
    found: set[str] = set()
    for issue in issues:
        assert issue.detail is not None, f"{issue}: reported as English text only"
        assert issue.detail.render() == issue.message  # the English sentence is one rendering of the code
        translated = issue.placed().render(MARKED)
        assert translated != str(issue)
        assert _untranslated(issue.placed()) == [], f"{issue}: English left in {translated!r}"
        found.update(_codes(issue.detail))
    assert {
        "cell.invalid",  # a bad cell, with what its column accepts
        "date.month_out_of_range",
        "date.ambiguous",
        "status.unknown",
        "import.program_needs_title",
        "import.unknown_place",
        "import.no_program",
        "cell.not_a_number",
        "cell.percent_out_of_range",
        "task.too_deep",
        "date.unreadable",
    } <= found
    assert _untranslated(preview.summary_message()) == []


def test_the_refusal_of_a_bad_workbook_can_be_said_in_another_language(service: Any, bad_workbook: Path) -> None:
    with pytest.raises(ImportRefusedError) as caught:
        service.apply_import(bad_workbook)
    refusal = caught.value.message
    assert refusal is not None and refusal.code == "import.refused_more"
    assert refusal.render() == str(caught.value)
    assert _untranslated(refusal) == []


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buffer.getvalue()


_CFB = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(4088)

# Files the reader cannot read: the name, the bytes (None: no such file), and the code (and the code of the
# message nested in it) it is refused with.
UNREADABLE: list[tuple[str, bytes | None, str, str | None]] = [
    ("binary.csv", gzip.compress(b"Title,Status\nRain gardens,active\n"), "read.not_csv", "read.kind.gzip"),
    ("photo.csv", b"\x89PNG\r\n\x1a\n" + bytes(64), "read.not_csv", "read.kind.image"),
    ("book.csv", _zip({"xl/workbook.xml": b"<workbook/>"}), "read.not_csv", "read.kind.zip"),
    ("old.csv", _CFB, "read.not_csv", "read.kind.old_office"),
    ("packed.csv", b"7z\xbc\xaf\x27\x1c" + bytes(64), "read.not_csv", "read.kind.archive"),
    ("page.csv", b"<!DOCTYPE html><html></html>", "read.not_csv", "read.kind.html"),
    ("minutes.xlsx", b"%PDF-1.7\n" + bytes(64), "read.not_a_spreadsheet", "read.kind.pdf"),
    ("letter.ods", b"{\\rtf1\\ansi hello}", "read.not_a_spreadsheet", "read.kind.rtf"),
    ("notes", b"Title\n", "read.no_extension", None),
    ("notes.docx", b"PK\x03\x04", "read.unsupported", None),
    ("missing.csv", None, "read.no_such_file", None),
    ("zero.csv", b"", "read.empty", None),
    ("nul.csv", b"Title\x00\x00,Status\x00\x00\n" * 5, "read.binary_lines", None),
    ("nul-one.csv", b"Title,Status\n" + b"\x00" * 40, "read.binary_line", None),
    ("unicode.csv", b"\xff\xfe" + "Title,Status\n".encode("utf-16-le") + b"\x00\xd8", "read.utf16_damaged", None),
    ("latin.csv", b"Title,Status\n\x80\x80,active\n", "read.unknown_encoding", None),
    ("status.csv", "사업명,상태\n".encode() + "빗물정원,완료\n".encode() * 20 + b"\xff\n", "read.damaged_utf8", None),
    ("old.xlsx", _CFB, "read.xls_named_otherwise", None),
    ("noise.xlsx", b"not a workbook at all", "read.not_inside", None),
    ("new.xls", _zip({"xl/workbook.xml": b"<workbook/>"}), "read.xlsx_named_xls", None),
    ("noise.xls", b"not a workbook at all", "read.not_xls", None),
    ("sheet.xlsx", _zip({"content.xml": b"<office:document-content/>"}), "read.ods_named_excel", None),
    ("other.xlsx", _zip({"word/document.xml": b"<document/>"}), "read.zip_not_excel", None),
    ("other.ods", _zip({"word/document.xml": b"<document/>"}), "read.zip_not_ods", None),
    ("cut.xlsx", b"PK\x03\x04" + bytes(64), "read.damaged", "read.incomplete_archive"),
    (
        "laughs.xlsx",
        _zip({"xl/workbook.xml": b'<?xml version="1.0"?><!DOCTYPE lol [<!ENTITY lol "lol">]><workbook/>'}),
        "read.entity_bomb",
        None,
    ),
]


@pytest.mark.parametrize(("name", "data", "code", "nested"), UNREADABLE, ids=[u[0] for u in UNREADABLE])
def test_a_file_that_cannot_be_read_is_refused_with_a_code_another_language_can_say(
    tmp_path: Path, name: str, data: bytes | None, code: str, nested: str | None
) -> None:
    path = tmp_path / name
    if data is not None:
        path.write_bytes(data)
    with pytest.raises(WorkbookError) as refused:
        open_spreadsheet(path)
    said = refused.value.message
    assert said is not None, f"{refused.value}: refused in English only"
    assert said.code == code
    assert said.render() == str(refused.value)  # the English sentence is one rendering of the code
    assert [c for c in _codes(said) if c != code] == ([nested] if nested else [])
    assert _untranslated(said) == [], f"English left in {said.render(MARKED)!r}"
    for language in ("ko", "zh_CN"):
        assert render(said, language) != str(refused.value)


def test_a_csv_row_that_cannot_be_read_is_told_with_a_code(tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_text('Title,Status\nLibrary,active\n"Repair cafe,active\nKitchen,planned\n', encoding="utf-8")
    book = open_spreadsheet(path)
    with pytest.raises(WorkbookError) as refused:
        list(book.rows("list"))
    assert refused.value.message == Message("read.quote_not_closed", {"file": "list.csv", "row": 3})
    korean = render(refused.value.message, "ko")
    assert korean == 'list.csv: 3행: 따옴표로 시작한 셀이 닫히지 않았습니다(" 하나가 빠졌습니다)'
