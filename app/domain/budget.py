"""Budgets as offices write them: the currency and scale a header names (예산(백만원), 预算(万元)), the currency a
place or the sheet's language implies, and the execution rate checked against spent and budget."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from app.domain.messages import LANGUAGES, Message, message, render
from app.domain.rules import clean_text

KRW = "KRW"
CNY = "CNY"
USD = "USD"

# Unit words inside a header's brackets, longest first so that 백만원 is not read as 원.
_UNIT_WORDS: tuple[tuple[str, str | None, int], ...] = (
    ("천만원", KRW, 10_000_000),
    ("백만원", KRW, 1_000_000),
    ("억원", KRW, 100_000_000),
    ("만원", KRW, 10_000),
    ("천원", KRW, 1_000),
    ("원", KRW, 1),
    ("百万元", CNY, 1_000_000),
    ("亿元", CNY, 100_000_000),
    ("万元", CNY, 10_000),
    ("千元", CNY, 1_000),
    ("元", CNY, 1),
    ("krwmillion", KRW, 1_000_000),
    ("krwthousand", KRW, 1_000),
    ("krw", KRW, 1),
    ("cny10k", CNY, 10_000),
    ("cnythousand", CNY, 1_000),
    ("cny", CNY, 1),
    ("rmb", CNY, 1),
    ("usdthousand", USD, 1_000),
    ("usdmillion", USD, 1_000_000),
    ("usd", USD, 1),
    ("$", USD, 1),
    ("₩", KRW, 1),
    ("백만", None, 1_000_000),
    ("천", None, 1_000),
    ("万", None, 10_000),
    ("千", None, 1_000),
    ("million", None, 1_000_000),
    ("thousand", None, 1_000),
)

_SCALE_NAMES = {
    1: "",
    1_000: "thousand",
    10_000: "10 thousand",
    1_000_000: "million",
    10_000_000: "10 million",
    100_000_000: "100 million",
}

# The countries whose currency a place implies, by any name the place tree gives them.
_COUNTRY_CURRENCY = {"south korea": KRW, "korea": KRW, "대한민국": KRW, "china": CNY, "中国": CNY}

_BRACKETED = re.compile(r"^(.*?)\s*[(（\[【]\s*(.*?)\s*[)）\]】]\s*$")
_SQUEEZE = re.compile(r"[\s,._:：·/-]+")


@dataclass(frozen=True)
class Money:
    """The currency (None when nothing says it) and the scale a budget column's numbers are written in."""

    currency: str | None
    scale: int = 1

    def unit(self) -> str | None:
        """The indicator's unit: 'KRW million', 'CNY 10 thousand', 'KRW'; None when no currency is known."""
        if self.currency is None:
            return None
        return f"{self.currency} {_SCALE_NAMES.get(self.scale, f'x{self.scale}')}".strip()

    def with_currency(self, currency: str | None) -> Money:
        return self if self.currency is not None else Money(currency, self.scale)

    @staticmethod
    def of_unit(unit: str | None) -> Money | None:
        """The currency and scale of a unit as ``unit()`` writes it ('KRW million'), or None for another unit."""
        if not unit:
            return None
        currency, _space, scale = unit.strip().partition(" ")
        if currency not in (KRW, CNY, USD):
            return None
        factor = next((n for n, name in _SCALE_NAMES.items() if name == scale.strip()), None)
        return None if factor is None else Money(currency, factor)

    def convert(self, amount: float, to: Money) -> float:
        """An amount in this unit written in ``to``'s (same currency): 1,200 KRW million is 1,200,000 KRW thousand."""
        return round(amount * self.scale / to.scale, 6) + 0.0


def unit_said(unit: str) -> Message | str:
    """An indicator's unit in the reader's words: an amount's currency and scale however it was written ('KRW
    million', 백만원) as each language says it (백만원, 百万韩元); a unit of no currency the app knows, as written."""
    money = _money_of(unit)
    if money is None or money.currency is None:
        return unit
    return _money_said(money)


def unit_text(unit: str | None, language: str) -> str:
    """An indicator's unit as ``language`` says it (``unit_said``); "" for none."""
    return render(unit_said(unit), language) if unit else ""


def units_said(units: Iterable[str]) -> Message | str:
    """Several units in the reader's words, as a list (KRW thousand, CNY: 천원, 위안)."""
    said: Message | str = ""
    for unit in reversed(list(units)):
        said = unit_said(unit) if said == "" else message("list.more", first=unit_said(unit), rest=said)
    return said


def _money_of(unit: str) -> Money | None:
    """The currency and scale a unit names, written in any of the app's words for it or in brackets
    ('(백만원)'), or None."""
    money = money_in(unit)
    if money is None:
        inner = _BRACKETED.match(unicodedata.normalize("NFKC", unit).strip())
        money = money_in(inner.group(2)) if inner is not None and not inner.group(1) else None
    return money


def _money_said(money: Money) -> Message | str:
    """A currency and scale as words (the templates money.*)."""
    scale = {
        1_000: message("money.scale_thousand"),
        10_000: message("money.scale_10_thousand"),
        1_000_000: message("money.scale_million"),
        10_000_000: message("money.scale_10_million"),
        100_000_000: message("money.scale_100_million"),
    }.get(money.scale)
    unit = money.unit() or ""
    if scale is None:
        return {KRW: message("money.krw"), CNY: message("money.cny"), USD: message("money.usd")}.get(
            money.currency or "", unit
        )
    return {
        KRW: message("money.krw_scaled", scale=scale),
        CNY: message("money.cny_scaled", scale=scale),
        USD: message("money.usd_scaled", scale=scale),
    }.get(money.currency or "", unit)


def same_unit(one: str | None, other: str | None) -> bool:
    """Whether two units are the same as the app keeps them (백만원 and KRW million are)."""
    return unit_stored(one) == unit_stored(other)


def unit_stored(unit: str | None) -> str | None:
    """An indicator's unit as the app keeps it, whoever enters it (the indicator dialog, an Indicators sheet, a
    budget column): an amount's currency and scale in one form ('KRW million') whichever words wrote it
    (백만원, 百万韩元, KRW million), so it is said in each reader's words (``unit_said``) and a workbook written
    in any language reads back unchanged; any other unit (households, %, 천) as written (``rules.clean_text``);
    None for none."""
    text = clean_text(unit)
    if text is None:
        return None
    money = _money_of(text)
    kept = money.unit() if money is not None else None
    return kept if kept is not None else text


def split_header(header: str) -> tuple[str, str | None]:
    """'예산(백만원)' -> ('예산', '백만원'); '집행률' -> ('집행률', None)."""
    text = unicodedata.normalize("NFKC", header).strip()
    m = _BRACKETED.match(text)
    if m is None:
        return text, None
    return m.group(1), m.group(2)


def money_in(unit_text: str | None) -> Money | None:
    """The currency and scale a header's bracketed unit or a unit cell names ('백만원', '万元', 'KRW million',
    and every unit as ``unit_said`` says it in a language the app speaks), or None."""
    if not unit_text:
        return None
    text = _squeezed(unit_text).removeprefix("단위").removeprefix("单位")
    said = _said_units().get(text)
    if said is not None:
        return said
    for word, currency, scale in _UNIT_WORDS:
        if text == word:
            return Money(currency, scale)
    return None


def _squeezed(text: str) -> str:
    """A unit's words as compared: width and case folded, spaces and punctuation dropped."""
    return _SQUEEZE.sub("", unicodedata.normalize("NFKC", text).lower())


@functools.cache
def _said_units() -> dict[str, Money]:
    """Every currency and scale as ``unit_said`` says it in each language the app speaks, as compared: what
    the app writes in a workbook or a report reads back as the unit it was."""
    said: dict[str, Money] = {}
    for currency in (KRW, CNY, USD):
        for scale in _SCALE_NAMES:
            money = Money(currency, scale)
            for language in LANGUAGES:
                said.setdefault(_squeezed(render(_money_said(money), language)), money)
    return said


_UNIT_NOTE = re.compile(r"(?:단위|单位|\bunits?\b)\s*[:：]?\s*([^)）\]】>›]+)", re.I)
# Where a stated unit ends: a comma (or the enumeration comma), a bracket, or a wide gap before the next label.
_UNIT_END = re.compile(r"[,，\u3001;/]|\s{2,}|\u3000")


def money_stated(texts: Iterable[object]) -> Money | None:
    """The currency and scale a sheet states for its amounts in a title or note row: '(단위: 백만원, %)',
    '※ 단위 : 천원', '单位：万元', 'Unit: KRW million'. None when no row says one."""
    for text in texts:
        if not isinstance(text, str):
            continue
        for m in _UNIT_NOTE.finditer(text):
            for piece in _UNIT_END.split(m.group(1)):
                found = money_in(piece)
                if found is not None:
                    return found
    return None


def currency_of_place(names: Iterable[str]) -> str | None:
    """The currency of the country a place lies in, from the names of the place and those above it."""
    for name in names:
        currency = _COUNTRY_CURRENCY.get(name.strip().lower())
        if currency is not None:
            return currency
    return None


def currency_of_words(text: str) -> str | None:
    """The currency the language of a sheet's words implies: Korean -> KRW, Chinese -> CNY."""
    if any("\uac00" <= ch <= "\ud7a3" for ch in text):
        return KRW
    if any("\u4e00" <= ch <= "\u9fff" for ch in text):
        return CNY
    return None


# An execution rate is usually rounded to a whole percent: within half a point it agrees.
RATE_TOLERANCE = 0.5


def rate_of(budget: float, spent: float) -> float | None:
    """Spent as a percent of budget, or None for a zero budget."""
    return None if budget == 0 else spent / budget * 100


def rate_agrees(budget: float, spent: float, rate: float) -> bool:
    worked_out = rate_of(budget, spent)
    return worked_out is None or abs(worked_out - rate) <= RATE_TOLERANCE


def spent_from_rate(budget: float, rate: float) -> float:
    return round(budget * rate / 100, 6) + 0.0


def budget_from_rate(spent: float, rate: float) -> float | None:
    return None if rate == 0 else round(spent * 100 / rate, 6) + 0.0
