"""Budgets as offices write them: the unit a header's brackets name, the currency a place or the sheet's
words imply, and the execution rate against spent / budget."""

from __future__ import annotations

import pytest

from app.domain.budget import (
    CNY,
    KRW,
    USD,
    Money,
    budget_from_rate,
    currency_of_place,
    currency_of_words,
    money_in,
    rate_agrees,
    spent_from_rate,
    split_header,
    unit_said,
    unit_stored,
)
from app.domain.messages import LANGUAGES, render


@pytest.mark.parametrize(
    ("header", "word", "unit"),
    [
        ("예산(백만원)", "예산", "KRW million"),
        ("예산 (천원)", "예산", "KRW thousand"),
        ("사업비(단위: 억원)", "사업비", "KRW 100 million"),
        ("집행액(원)", "집행액", "KRW"),
        ("预算(万元)", "预算", "CNY 10 thousand"),
        ("预算（万元）", "预算", "CNY 10 thousand"),
        ("执行金额(元)", "执行金额", "CNY"),
        ("预算（单位：千元）", "预算", "CNY thousand"),
        ("Budget (USD)", "Budget", "USD"),
        ("Budget (KRW million)", "Budget", "KRW million"),
    ],
)
def test_a_headers_brackets_name_currency_and_scale(header: str, word: str, unit: str) -> None:
    said, bracket = split_header(header)
    assert said == word
    money = money_in(bracket)
    assert money is not None and money.unit() == unit


def test_a_scale_without_a_currency_takes_the_one_implied() -> None:
    money = money_in("백만")
    assert money == Money(None, 1_000_000) and money.unit() is None
    assert money.with_currency("KRW").unit() == "KRW million"
    assert money_in("%") is None and money_in(None) is None
    assert split_header("집행률") == ("집행률", None)


def test_the_country_of_a_place_and_the_language_of_the_words_say_the_currency() -> None:
    assert (
        currency_of_place(["창동", "", "Dobong-gu", "도봉구", "Seoul", "서울특별시", "South Korea", "대한민국"])
        == "KRW"
    )
    assert currency_of_place(["Yantian", "盐田区", "Shenzhen", "深圳市", "China", "中国"]) == "CNY"
    assert currency_of_place(["Somewhere"]) is None
    assert (currency_of_words("예산"), currency_of_words("预算"), currency_of_words("Budget")) == ("KRW", "CNY", None)


def test_an_execution_rate_agrees_within_half_a_point() -> None:
    assert rate_agrees(1200, 600, 50)
    assert rate_agrees(300, 100, 33)  # 33.3% written as 33
    assert not rate_agrees(1000, 600, 40)
    assert rate_agrees(0, 0, 0)  # no budget: nothing to check
    assert spent_from_rate(450, 20) == 90
    assert budget_from_rate(90, 20) == 450
    assert budget_from_rate(90, 0) is None


@pytest.mark.parametrize(
    ("texts", "unit"),
    [
        (["마포구 주요사업 추진현황", "(단위: 백만원, %)"], "KRW million"),
        (["※ 단위 : 천원"], "KRW thousand"),
        (["福田区重点项目", "单位：万元"], "CNY 10 thousand"),
        (["Community gardens (unit: KRW million)"], "KRW million"),
        (["Community gardens", "단위: %"], None),
        ([None, 2024, "추진현황"], None),
    ],
)
def test_the_unit_a_title_or_note_row_states(texts: list[object], unit: str | None) -> None:
    from app.domain.budget import money_stated

    found = money_stated(texts)
    assert (found.unit() if found is not None else None) == unit


# Every currency and scale the app writes a unit for, as it keeps them ('KRW million').
_EVERY_AMOUNTS_UNIT = [
    str(Money(currency, scale).unit())
    for currency in (KRW, CNY, USD)
    for scale in (1, 1_000, 10_000, 1_000_000, 10_000_000, 100_000_000)
]


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_every_amounts_unit_as_a_language_says_it_reads_back_as_that_unit(language: str) -> None:
    """What a workbook, a report or the window shows (백만원, 百万韩元, KRW million) is what an import or the
    indicator dialog reads back: no unit changes by a round trip through any language, and no two share words."""
    seen: dict[str, str] = {}
    for unit in _EVERY_AMOUNTS_UNIT:
        said = render(unit_said(unit), language)
        assert unit_stored(said) == unit == unit_stored(f" {said} "), (unit, said)
        assert seen.setdefault(said, unit) == unit, f"{said!r} says both {seen[said]} and {unit}"
    if language == "ko":
        assert (
            seen["백만원"] == "KRW million"
            and seen["억원"] == "KRW 100 million"
            and seen["만 위안"] == "CNY 10 thousand"
        )
    if language == "zh_CN":
        assert (
            seen["百万韩元"] == "KRW million" and seen["万元"] == "CNY 10 thousand" and seen["千美元"] == "USD thousand"
        )


def test_an_amounts_unit_is_kept_in_one_form_and_any_other_unit_as_written() -> None:
    assert [unit_stored(u) for u in ("천원", "万元", "krw million", "＄", "KRW 100 million")] == [
        "KRW thousand",
        "CNY 10 thousand",
        "KRW million",
        "USD",
        "KRW 100 million",
    ]
    # Not an amount (천 alone names no currency): as written, trimmed; blank is no unit.
    assert [unit_stored(u) for u in ("households", " % ", "천", "t", " ", None)] == [
        "households",
        "%",
        "천",
        "t",
        None,
        None,
    ]


def test_a_unit_kept_in_words_before_is_said_in_each_language() -> None:
    """An indicator saved with 백만원 before units were kept in one form reads as the same unit everywhere."""
    assert [render(unit_said("백만원"), lang) for lang in ("en", "ko", "zh_CN")] == [
        "KRW million",
        "백만원",
        "百万韩元",
    ]
    assert render(unit_said("households"), "ko") == "households"


def test_no_two_units_share_words_in_any_language() -> None:
    said: dict[str, str] = {}
    for language in LANGUAGES:
        for unit in _EVERY_AMOUNTS_UNIT:
            words = render(unit_said(unit), language).replace(" ", "").lower()
            assert said.setdefault(words, unit) == unit, f"{words!r}: {said[words]} and {unit}"


def test_units_in_brackets_or_as_a_sign_are_amounts() -> None:
    assert [unit_stored(u) for u in ("(백만원)", "（万元）", "₩", "￦", "$")] == [
        "KRW million",
        "CNY 10 thousand",
        "KRW",
        "KRW",
        "USD",
    ]
    assert unit_stored("(households)") == "(households)"


def test_history_and_the_budget_reading_say_units_in_the_readers_words() -> None:
    from app.services.history import change_text
    from app.services.importing.results import BudgetRead

    assert render(change_text("unit", "KRW million", "KRW thousand"), "ko") == "단위: '백만원' → '천원'"
    reading = BudgetRead(("예산", "집행액"), "예산", "KRW thousand, CNY", "2024-06-30").reading()
    assert "천원, 위안" in render(reading, "ko") and "千韩元、元" in render(reading, "zh_CN")
