"""How History says a recorded value: in the reader's words where the app has them."""

from __future__ import annotations

import datetime as dt

from app.domain.messages import render
from app.services.history import HistoryEntry, change_text


def test_a_flag_is_said_in_the_readers_words() -> None:
    assert render(change_text("is_case", "no", "yes"), "zh_CN") == "案例库：“否” → “是”"
    assert render(change_text("is_case", "no", "yes"), "ko") == "사례 라이브러리: '아니요' → '예'"
    assert render(change_text("is_case", "no", "yes"), "en") == "Case library: 'no' -> 'yes'"


def _value_change(key: str) -> HistoryEntry:
    at = dt.datetime(2026, 3, 1, tzinfo=dt.UTC)
    return HistoryEntry(1, at, "Kim", "delete", "indicator_value", 7, key, "RAIN", None, None, None, None)


def test_an_indicator_value_is_named_by_its_indicator_period_and_kind_in_the_readers_words() -> None:
    entry = _value_change("RAIN-YESAN@2024-06/target")
    assert render(entry.description(), "ko") == "지표 값 RAIN-YESAN 2024-06 목표: 휴지통으로 옮김"
    assert render(entry.key_said, "zh_CN") == "RAIN-YESAN 2024-06 目标"
    # a key cut at the column's length, or of a kind this version does not know, is shown as recorded
    for recorded in ("A-VERY-LONG-INDICATOR-KEY@2024-0", "RAIN-YESAN@2024/estimate"):
        assert render(_value_change(recorded).key_said, "ko") == recorded
