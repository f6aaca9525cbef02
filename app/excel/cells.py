"""Cell values both ways: safe text for the writer, and typed values from whatever a reader hands us."""

from __future__ import annotations

import datetime as dt
import math
import re
from functools import lru_cache
from typing import Any

from app.domain import rules
from app.domain.budget import money_in
from app.domain.dates import PartialDate, looks_like_period, parse_period
from app.domain.enums import Direction, Sector, Status, ValueKind
from app.domain.errors import ValidationError
from app.domain.messages import Message, message

# Text starting with one of these is a formula (or DDE payload) to Excel and LibreOffice.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

# Excel's 1900 date system: serial 1 is 1900-01-01, with the phantom 1900-02-29; 60 and below are rare.
_EXCEL_EPOCH = dt.date(1899, 12, 30)
_MAX_SERIAL = 2958465  # 9999-12-31
# Numbers read as Excel date serials: 1927-05-18 (10000) to 2199-12-31; 1000 to 9999 are years.
_SERIAL_RANGE = (10000, 109574)

_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def is_formula_like(text: str) -> bool:
    return text.startswith(FORMULA_STARTS)


def clean_text(text: str) -> str:
    """Remove control characters XML cannot hold (openpyxl would refuse the whole workbook)."""
    return _ILLEGAL_XML.sub("", text)


# ---------------------------------------------------------------------------------------- reading
def blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


_DASHES = frozenset({"-", "--", "–", "—", "－", "―", "ー"})


def is_dash(text: str) -> bool:
    """A cell holding a dash alone ("-", "–", "－"): how office sheets write "nothing" in a number or date."""
    return text.strip() in _DASHES


def as_text(value: Any) -> str:
    """The text a person sees in the cell: 12.0 -> '12', dates in ISO form."""
    if value.__class__ is str:
        return value.strip()
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        if math.isfinite(value) and value.is_integer():
            return str(int(value))
        return repr(value)
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0):
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).strip()


def serial_to_date(serial: float) -> dt.date:
    if not 1 <= serial <= _MAX_SERIAL:
        raise ValidationError(message("cell.not_a_date_serial", serial=serial))
    return _EXCEL_EPOCH + dt.timedelta(days=int(serial))


@lru_cache(maxsize=4096)
def _day(value: dt.date) -> PartialDate:
    """A PartialDate for a real calendar date, which needs none of the checks typed text does.

    Dates repeat down a sheet; PartialDate is immutable, so the rows that share a day share one object."""
    pd = object.__new__(PartialDate)
    pd.__dict__.update(year=value.year, month=value.month, day=value.day, decade=False, qualifier=None)
    return pd


@lru_cache(maxsize=1024)
def _year(year: int) -> PartialDate:
    """A year written as a number (as the export writes a year-only date); rows that share it share one."""
    return PartialDate(year)


def date_from_cell(value: Any) -> PartialDate:
    """A partial date from a cell: a real date, a year number, an Excel serial or text.

    A date cell is read as a day; text keeps the precision it was written with ("2015", "2015-03").
    """
    if isinstance(value, dt.date):
        return _day(value)
    if isinstance(value, bool):
        raise ValidationError(message("cell.not_a_date", text=str(value)))
    if isinstance(value, int | float):
        if not math.isfinite(value):
            raise ValidationError(message("cell.not_a_date", text=str(value)))
        if float(value).is_integer() and 1000 <= value <= 9999:
            return _year(int(value))
        if not _SERIAL_RANGE[0] <= value <= _SERIAL_RANGE[1]:
            raise ValidationError(message("cell.number_not_a_date", text=as_text(value)))
        return PartialDate.of_date(serial_to_date(float(value)))
    text = str(value).strip()
    if re.fullmatch(r"\d{4}\.0", text):
        text = text[:4]
    if re.fullmatch(r"\d{5}(?:\.\d+)?", text):
        return PartialDate.of_date(serial_to_date(float(text)))
    # "2015-03-01 00:00:00" as CSV writers put datetimes.
    m = re.fullmatch(r"(\d{4}-\d{1,2}-\d{1,2})[ T]00:00(?::00(?:\.0+)?)?", text)
    if m:
        text = m.group(1)
    return PartialDate.parse(text)


def period_start_from_cell(value: Any) -> PartialDate | None:
    """A start date cell, which may hold the whole period (2024.1.~2024.12.): its start; None when open."""
    return _period_end(value, 0)


def period_end_from_cell(value: Any) -> PartialDate | None:
    """An end date cell, which may hold the whole period (2024.1.~2024.12.): its end; None when open."""
    return _period_end(value, 1)


def _period_end(value: Any, which: int) -> PartialDate | None:
    try:
        return date_from_cell(value)
    except ValidationError as not_a_date:
        if not isinstance(value, str):
            raise
        try:
            return parse_period(value)[which]
        except ValidationError as not_a_period:
            # What is wrong with it as the user meant it: a period (a ~ in it), else a date.
            raise (not_a_period if looks_like_period(value) else not_a_date) from None


_NUMBER_TEXT = re.compile(r"^[+-]?(\d{1,3}([,\s\u00a0\u202f']\d{3})+|\d+)(\.\d+)?$")


def number_from_cell(value: Any, what: str | Message = "Value") -> float:
    if isinstance(value, bool):
        raise ValidationError(message("cell.not_a_number", what=what, text=str(value)))
    if isinstance(value, int | float):
        if not math.isfinite(value):
            raise ValidationError(message("cell.not_a_number", what=what, text=str(value)))
        return float(value) + 0.0  # -0.0 (a cell may hold it) is 0
    text = str(value).strip()
    if _NUMBER_TEXT.match(text):
        return float(re.sub(r"[,\s\u00a0\u202f']", "", text)) + 0.0
    try:
        result = float(text)
    except ValueError:
        raise ValidationError(message("cell.not_a_number", what=what, text=text)) from None
    if not math.isfinite(result):
        raise ValidationError(message("cell.not_a_number", what=what, text=text))
    return result + 0.0


# An amount with a word of estimate before it or a note in brackets after it, as offices write one: 약 400,
# 约300, 대략 1,200, 400(추정), 1,200（暂定）. Read as the number; what the words say is in the cell as written.
_WORDED_AMOUNT = re.compile(
    r"^(?:약|대략|约|大约|近|about|approx\.?|ca\.?)?\s*([+-]?[\d,.\s]*\d)\s*(?:[(（]([^)）]*)[)）])?$", re.I
)


def amount_from_cell(value: Any, what: str | Message) -> float:
    """A budget or spent amount: a number, or one with a word of estimate or a bracketed note (약 400)."""
    if isinstance(value, str) and not _NUMBER_TEXT.match(value.strip()):
        worded = _WORDED_AMOUNT.match(value.strip())
        # A note in brackets, not a unit of its own (400(천원) in a column of 백만원 is no 400 of them).
        if worded is not None and _NUMBER_TEXT.match(worded.group(1).strip()) and not money_in(worded.group(2)):
            return number_from_cell(worded.group(1).strip(), what)
    return number_from_cell(value, what)


# A percent with a word or two around it, as offices write one: 约50%, 完成60%, 55%(누적), 약 30%.
_WORDED_PERCENT = re.compile(r"^[^\d.%％]{0,4}?\s*(\d+(?:\.\d+)?)\s*[%％]\s*(?:[(（][^)）]*[)）])?$")


def percent_from_cell(value: Any) -> float:
    """0..100. A number from 0 to 1 is a fraction, as Excel stores percent cells; '45%' is text."""
    if value.__class__ is float and 0.0 <= value <= 1.0:  # a percent cell, as Excel stores it
        return round(value * 100, 6) + 0.0  # -0.0 is 0
    if isinstance(value, str) and not _NUMBER_TEXT.match(value.strip().rstrip("%％")):
        worded = _WORDED_PERCENT.match(value.strip())
        if worded is not None:
            value = worded.group(1) + "%"
    if isinstance(value, str) and value.strip().endswith(("%", "％")):
        try:
            pct = number_from_cell(value.strip()[:-1], message("cell.what_percent"))
        except ValidationError:  # said with its % sign, as the cell has it
            raise ValidationError(
                message("cell.not_a_number", what=message("cell.what_percent"), text=value.strip())
            ) from None
    else:
        pct = number_from_cell(value, message("cell.what_percent"))
        if 0 <= pct <= 1 and not (isinstance(value, str) and pct == 1):
            pct *= 100
    pct = round(pct, 6)
    if not 0 <= pct <= 100:
        raise ValidationError(message("cell.percent_out_of_range", text=as_text(value)))
    return pct


def status_from_cell(value: Any) -> Status:
    return Status.parse(as_text(value))


def sector_from_cell(value: Any) -> Sector:
    key = " ".join(as_text(value).lower().replace("_", " ").replace("/", " ").split())
    for s in Sector:
        names = {s.value.replace("_", " "), s.label.lower(), s.label.lower().replace("/", " ")}
        if key in names or key == " ".join(s.label.lower().replace("/", " ").split()):
            return s
    extra = {
        "공공": Sector.PUBLIC,
        "민간": Sector.PRIVATE,
        "시민사회": Sector.CIVIL_SOCIETY,
        "公共": Sector.PUBLIC,
        "私营": Sector.PRIVATE,
        "社会组织": Sector.CIVIL_SOCIETY,
        "service": Sector.CIVIL_SOCIETY,
    }
    if key in extra:
        return extra[key]
    raise ValidationError(
        message("cell.unknown_sector", text=as_text(value), allowed=", ".join(s.label for s in Sector))
    )


def value_kind_from_cell(value: Any) -> ValueKind:
    key = as_text(value).lower()
    extra = {
        "실적": "actual",
        "목표": "target",
        "계획": "plan",
        "实际": "actual",
        "目标": "target",
        "计划": "plan",
    }
    key = extra.get(key, key)
    try:
        return ValueKind(key)
    except ValueError:
        raise ValidationError(
            message("cell.unknown_kind", text=as_text(value), allowed=", ".join(k.value for k in ValueKind))
        ) from None


def direction_from_cell(value: Any) -> Direction:
    try:
        return Direction(as_text(value).lower())
    except ValueError:
        raise ValidationError(
            message("cell.unknown_direction", text=as_text(value), allowed=", ".join(d.value for d in Direction))
        ) from None


def themes_from_cell(value: Any) -> tuple[str, ...]:
    return tuple(rules.split_themes(as_text(value)))


def id_from_cell(value: Any) -> int:
    n = number_from_cell(value, message("workbook.header.entry_id"))
    if not n.is_integer() or n < 1:
        raise ValidationError(message("cell.not_an_id", text=as_text(value)))
    return int(n)
