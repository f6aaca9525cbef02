"""An unknown status lists the words an import accepts in the reader's language, and every word it lists is one
the import reads."""

from __future__ import annotations

import re

import pytest

from app.domain.enums import Status
from app.domain.errors import ValidationError
from app.domain.messages import LANGUAGES, message, render


def _words(listing: str) -> list[str]:
    return [w.strip() for w in re.split(r"[,、，/()（）]", listing) if w.strip()]


@pytest.mark.parametrize("language", list(LANGUAGES))
@pytest.mark.parametrize("code", ["status.accepted", "status.accepted_korean", "status.accepted_chinese"])
def test_every_status_word_an_error_offers_is_read_back(language: str, code: str) -> None:
    words = _words(render(message(code), language))
    assert len(words) >= 5
    read = {w: Status.parse(w) for w in words}  # raises for a word the import would refuse
    assert set(read.values()) == set(Status), f"{language} {code} leaves a status out"


def _unknown(text: str, language: str) -> str:
    with pytest.raises(ValidationError) as caught:
        Status.parse(text)
    assert caught.value.message is not None
    return render(caught.value.message, language)


def test_an_unknown_status_lists_the_accepted_words_in_the_readers_language() -> None:
    assert _unknown("done?", "en") == "Status 'done?' is not one of: planned, active, on hold, completed, cancelled"
    korean = _unknown("끝남", "ko")
    assert "계획(예정, 미착수)" in korean and "완료(준공)" in korean
    assert "planned" not in korean and "计划" not in korean
    chinese = _unknown("done?", "zh_CN")
    assert "进行中（正常推进" in chinese and "已完成" in chinese and "planned" not in chinese
    # An English reader of an office's Korean sheet is shown the office words beside the app's.
    english = _unknown("끝남", "en")
    assert "completed (완료, 준공)" in english and "已完成" not in english
    assert "completed (已完成, 完成)" in _unknown("很好", "en")
