"""How History says a recorded value: in the reader's words where the app has them."""

from __future__ import annotations

from app.domain.messages import render
from app.services.history import change_text


def test_a_flag_is_said_in_the_readers_words() -> None:
    assert render(change_text("is_case", "no", "yes"), "zh_CN") == "案例库：“否” → “是”"
    assert render(change_text("is_case", "no", "yes"), "ko") == "사례 라이브러리: '아니요' → '예'"
    assert render(change_text("is_case", "no", "yes"), "en") == "Case library: 'no' -> 'yes'"
