"""Validation rules shared by the GUI, the command line and the importer."""

from __future__ import annotations

import re
import unicodedata

from app.domain.dates import PartialDate
from app.domain.errors import ValidationError
from app.domain.romanize import romanize_hangul

KEY_PATTERN = re.compile(r"^[A-Z0-9][A-Z0-9_.-]{0,63}$")


def check_key(key: str, what: str = "Key") -> str:
    clean = key.strip().upper()
    if not KEY_PATTERN.match(clean):
        raise ValidationError(
            f"{what} '{key}' must be 1 to 64 letters A–Z, digits, '-', '_' or '.', starting with a letter or digit",
            "key",
        )
    return clean


def check_title(title: str | None, field: str = "title") -> str:
    clean = (title or "").strip()
    if not clean:
        raise ValidationError("Title cannot be empty", field)
    if len(clean) > 500:
        raise ValidationError("Title is longer than 500 characters", field)
    return clean


def check_percent(value: float | None, field: str = "percent_complete") -> float | None:
    if value is None:
        return None
    if not 0 <= value <= 100:
        raise ValidationError(f"Percent complete {value:g} is outside 0 to 100", field)
    return float(value)


def check_weight(value: float | None) -> float:
    if value is None:
        return 1.0
    if value < 0:
        raise ValidationError(f"Weight {value:g} cannot be negative", "weight")
    return float(value)


def check_range(start: PartialDate | None, end: PartialDate | None, end_field: str = "end_date") -> None:
    """An end may not come before the start. Partial dates overlap when their spans overlap."""
    if start is None or end is None:
        return
    if end.last_day() < start.first_day():
        raise ValidationError(f"The end ({end}) is before the start ({start})", end_field)


KEY_BASE_LENGTH = 40


def key_words(title: str) -> list[str]:
    """The words of a title as key parts: Latin letters and digits, Hangul romanized, accents dropped.

    'Green wheels 2026' -> GREEN, WHEELS, 2026; '마을공동체 지원센터' -> MAEULGONGDONGCHE, JIWONSENTEO.
    Han characters have no romanization without a dictionary and are left out.
    """
    text = title
    if not text.isascii():
        # Hangul first: NFKD would split its syllables into jamo, which the key pattern then drops.
        text = unicodedata.normalize("NFKD", romanize_hangul(text))
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    words = re.findall(r"[A-Za-z0-9]+", text.upper())
    # "Nanumka (나눔카)": a title that gives its name twice gives it once in the key.
    return [w for i, w in enumerate(words) if i == 0 or w != words[i - 1]]


def make_key(title: str, taken: set[str] | frozenset[str] = frozenset(), prefix: str = "") -> str:
    """A readable key from a title: 'Green wheels 2026' -> 'GREEN-WHEELS-2026', unique among ``taken``.

    Korean titles are romanized ('나눔카' -> 'NANUMKA'). A title with no letters to use (Chinese, or digits
    only) gets 'PROGRAM' in front ('PROGRAM', 'PROGRAM-2026'); with a ``prefix`` and no words at all, the
    key is the prefix and a number ('GREEN-WHEELS-1'). A number after the base keeps every key unique.
    """
    words = key_words(title)
    base = "-".join(words)
    if len(base) > KEY_BASE_LENGTH:
        cut = base[: KEY_BASE_LENGTH + 1].rfind("-")
        # On a word boundary, unless that would drop most of the room (one very long romanized word).
        base = base[:cut] if cut >= KEY_BASE_LENGTH // 2 else base[:KEY_BASE_LENGTH]
    has_letters = any(ch.isalpha() for ch in base)
    if prefix:
        base = f"{prefix}-{base}"[:48].strip("-") if base else prefix
    elif not has_letters:
        base = f"PROGRAM-{base}" if base else "PROGRAM"
    n = 1
    key = f"{base}-{n}" if prefix and not words else base
    while key in taken:
        n += 1
        key = f"{base}-{n}"
    return key
