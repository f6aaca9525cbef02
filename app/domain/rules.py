"""Validation rules shared by the GUI, the command line and the importer."""

from __future__ import annotations

import re

from app.domain.dates import PartialDate
from app.domain.errors import ValidationError

KEY_PATTERN = re.compile(r"^[A-Z0-9][A-Z0-9_.-]{0,63}$")


def check_key(key: str, what: str = "Key") -> str:
    clean = key.strip().upper()
    if not KEY_PATTERN.match(clean):
        raise ValidationError(
            f"{what} '{key}' must be 1 to 64 letters, digits, '-', '_' or '.', starting with a letter or digit",
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


def make_key(title: str, taken: set[str] | frozenset[str] = frozenset(), prefix: str = "") -> str:
    """A readable key from a title: 'Green wheels 2026' -> 'GREEN-WHEELS-2026', unique among ``taken``."""
    ascii_words = re.findall(r"[A-Za-z0-9]+", title.upper())
    base = "-".join(ascii_words)[:40].strip("-") or "PROGRAM"
    if prefix:
        base = f"{prefix}-{base}"[:48]
    key = base
    n = 2
    while key in taken:
        key = f"{base}-{n}"
        n += 1
    return key
