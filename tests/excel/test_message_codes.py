"""An import's problems reach the interface as codes with parameters: a translator can replace every sentence."""

from __future__ import annotations

import string
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.domain import rules
from app.domain.messages import ENGLISH, Message
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
