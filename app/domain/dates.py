"""Partial dates: a date that keeps the precision it was given ("2015" stays a year)."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum
from functools import cached_property

from app.domain.errors import ValidationError
from app.domain.messages import Message, message


class Precision(StrEnum):
    DECADE = "decade"
    YEAR = "year"
    MONTH = "month"
    DAY = "day"


_QUALIFIERS = ("early", "mid", "late")
# The years a decade may mean, counted from its first year: (first, last) for each qualifier.
DECADE_YEARS: dict[str | None, tuple[int, int]] = {None: (0, 9), "early": (0, 3), "mid": (3, 6), "late": (7, 9)}

_ISO = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")
_DECADE = re.compile(r"^(?:(early|mid|late)[- ])?(\d{3}0)s$", re.IGNORECASE)
# 2015.03.01, 2015/3/1, 2015. 3. 1. (Korean style), all year first: unambiguous.
_YEAR_FIRST = re.compile(r"^(\d{4})\s*[./-]\s*(\d{1,2})(?:\s*[./-]\s*(\d{1,2}))?\s*\.?$")
_CJK = re.compile(r"^(\d{4})\s*[년年]\s*(?:(\d{1,2})\s*[월月]\s*(?:(\d{1,2})\s*[일日])?)?$")
# A two-digit year first, as Korean offices type it: '24.3. (the apostrophe stands for "20"), 24.03.05, 24. 3. 5.
# Only with dots, and only when an apostrophe, a day or a closing dot says it is no decimal number (24.3).
_SHORT_YEAR = re.compile(r"^(['‘’]?)(\d{2})\s*\.\s*(\d{1,2})(?:\s*\.\s*(\d{1,2}))?\s*(\.?)$")
_SHORT_CJK = re.compile(r"^['‘’]?(\d{2})\s*[년年]\s*(?:(\d{1,2})\s*[월月]\s*(?:(\d{1,2})\s*[일日])?)?$")
# A part of a month after it: 10월 말, 10月底, 3月上旬 (the month is what the date says: its precision).
_MONTH_PART = re.compile(r"([월月])\s*(?:말|초|중순|하순|상순|底|末|初|上旬|中旬|下旬)$")
# 2024. 12월: a dot after the year, the month in words.
_YEAR_DOT_MONTH = re.compile(r"^(\d{4})\s*\.\s*(\d{1,2})\s*[월月]$")
# 01/03/2015 or 1.3.2015: day and month order cannot be told apart in general.
_YEAR_LAST = re.compile(r"^(\d{1,2})\s*[./-]\s*(\d{1,2})\s*[./-]\s*(\d{4})$")


@dataclass(frozen=True, order=False)
class PartialDate:
    """A calendar date known to a year, a month, a day, or only to a decade.

    ``qualifier`` (early, mid, late) only applies to decades: "mid-2000s".
    """

    year: int
    month: int | None = None
    day: int | None = None
    decade: bool = False
    qualifier: str | None = None

    def __post_init__(self) -> None:
        if not 1 <= self.year <= 9999:
            raise ValidationError(message("date.year_out_of_range", year=self.year))
        if self.decade:
            if self.year % 10 or self.month is not None or self.day is not None:
                raise ValidationError(message("date.decade_form"))
            if self.qualifier is not None and self.qualifier not in _QUALIFIERS:
                raise ValidationError(message("date.decade_qualifier", allowed=", ".join(_QUALIFIERS)))
        elif self.qualifier is not None:
            raise ValidationError(message("date.qualifier_without_decade"))
        if self.month is not None and not 1 <= self.month <= 12:
            raise ValidationError(message("date.month_out_of_range", month=self.month))
        if self.day is not None:
            if self.month is None:
                raise ValidationError(message("date.day_without_month"))
            last = calendar.monthrange(self.year, self.month)[1]
            if not 1 <= self.day <= last:
                raise ValidationError(message("date.no_such_day", day=self.day, year=self.year, month=self.month))

    # -- construction -------------------------------------------------------------------------
    @classmethod
    def of_date(cls, value: dt.date) -> PartialDate:
        return cls(value.year, value.month, value.day)

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Read a partial date as people write it; refuse anything ambiguous.

        Accepts 2015, 2015-03, 2015-03-01, 2015.03.01, 2015/3/1, 2015년 3월 1일, 2015年3月1日,
        '15.3., 15.03.01, 15년 3월, 2000s, mid-2000s. Refuses 01/03/2015 (day and month order unknown).
        """
        raw = text.strip()
        if not raw:
            raise ValidationError(message("date.empty"))
        try:
            return cls._parse(raw)
        except ValidationError as exc:
            raise _quoting(exc, raw) from None

    @classmethod
    def _parse(cls, raw: str) -> PartialDate:
        raw = _MONTH_PART.sub(r"\1", raw)
        m = _YEAR_DOT_MONTH.match(raw)
        if m:
            return cls(int(m.group(1)), int(m.group(2)))
        m = _DECADE.match(raw)
        if m:
            qualifier = m.group(1).lower() if m.group(1) else None
            return cls(int(m.group(2)), decade=True, qualifier=qualifier)
        for pattern in (_ISO, _YEAR_FIRST, _CJK):
            m = pattern.match(raw)
            if m:
                year, month, day = (int(g) if g else None for g in m.groups())
                assert year is not None
                return cls(year, month, day)
        m = _SHORT_YEAR.match(raw)
        if m and (m.group(1) or m.group(4) or m.group(5)):
            return cls(_full_year(m.group(2)), int(m.group(3)), int(m.group(4)) if m.group(4) else None)
        m = _SHORT_CJK.match(raw)
        if m:
            month, day = (int(g) if g else None for g in m.groups()[1:])
            return cls(_full_year(m.group(1)), month, day)
        m = _YEAR_LAST.match(raw)
        if m:
            a, b, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
            if a == b:
                return cls(year, a, a)
            if a > 12 >= b:
                return cls(year, b, a)
            if b > 12 >= a:
                return cls(year, a, b)
            raise ValidationError(message("date.ambiguous", text=raw, year=year))
        raise ValidationError(message("date.unreadable", text=raw))

    # -- reading ------------------------------------------------------------------------------
    @property
    def precision(self) -> Precision:
        if self.decade:
            return Precision.DECADE
        if self.day is not None:
            return Precision.DAY
        if self.month is not None:
            return Precision.MONTH
        return Precision.YEAR

    def first_day(self) -> dt.date:
        """The earliest calendar day this partial date may mean."""
        return self._first_day

    def last_day(self) -> dt.date:
        """The latest calendar day this partial date may mean."""
        return self._last_day

    # Worked out once per object, like the text: an import checks every row's dates against each other, and
    # the rows share their dates (see cells._day).
    @cached_property
    def _first_day(self) -> dt.date:
        if self.decade:
            return dt.date(self.year + DECADE_YEARS[self.qualifier][0], 1, 1)
        return dt.date(self.year, self.month or 1, self.day or 1)

    @cached_property
    def _last_day(self) -> dt.date:
        if self.decade:
            return dt.date(self.year + DECADE_YEARS[self.qualifier][1], 12, 31)
        if self.month is None:
            return dt.date(self.year, 12, 31)
        if self.day is None:
            return dt.date(self.year, self.month, calendar.monthrange(self.year, self.month)[1])
        return dt.date(self.year, self.month, self.day)

    def chart_key(self) -> tuple[dt.date, int]:
        """Where a value of this period stands on a chart's time axis: at the period's end, so a year's
        target comes after the months of that year, not before them."""
        order = {Precision.DAY: 0, Precision.MONTH: 1, Precision.YEAR: 2, Precision.DECADE: 3}
        return (self.last_day(), order[self.precision])

    def sort_key(self) -> tuple[dt.date, int, dt.date]:
        """The order of dates (``<``, ``max``): by the first day each may mean, the coarser first (2024 before
        2024-01 before 2024-01-01), then by the last day (2020s after early 2020s). The latest of a program's
        progress dates is its last progress, the entry its log shows first: 2024-05-01 after 2024 and after
        early 2020s. (Not the last day it may mean: a vague 2020s would stay the last progress until 2030.)
        ``store/derived.date_order`` is this order in SQL."""
        return (self.first_day(), PRECISION_ORDER[self.precision], self.last_day())

    def __lt__(self, other: PartialDate) -> bool:
        return self.sort_key() < other.sort_key()

    def __le__(self, other: PartialDate) -> bool:
        return self.sort_key() <= other.sort_key()

    def __gt__(self, other: PartialDate) -> bool:
        return self.sort_key() > other.sort_key()

    def __ge__(self, other: PartialDate) -> bool:
        return self.sort_key() >= other.sort_key()

    def is_past(self, today: dt.date) -> bool:
        """True once every day this date may mean has gone by."""
        return self.last_day() < today

    def __str__(self) -> str:
        return self._text

    @cached_property
    def _text(self) -> str:
        # Worked out once per object: an import writes the same shared dates (see cells._day) many times.
        if self.decade:
            text = f"{self.year}s"
            return f"{self.qualifier}-{text}" if self.qualifier else text
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def iso(self) -> str:
        """The stored, canonical text form (same as ``str``)."""
        return str(self)


# How sort_key orders dates that begin on the same day: the coarser first.
PRECISION_ORDER = {Precision.DECADE: 0, Precision.YEAR: 1, Precision.MONTH: 2, Precision.DAY: 3}


def _full_year(two_digits: str) -> int:
    """'24 is 2024, '98 is 1998: programs an office tracks started after 1970 and end before 2070."""
    yy = int(two_digits)
    return 2000 + yy if yy < 70 else 1900 + yy


def as_stored(cell: PartialDate, stored: PartialDate) -> PartialDate:
    """What a date cell means beside the date stored before: a month is written back as a date on its 1st (Excel
    shows it as yyyy-mm) and a year as its January 1st (excel/writer.date_cell), so such a day is that month
    or year again; any other day is itself."""
    if stored.precision is Precision.MONTH and cell.day == 1:
        return PartialDate(cell.year, cell.month)
    if stored.precision is Precision.YEAR and cell.month == 1 and cell.day == 1 and cell.year == stored.year:
        return stored
    return cell


def parse_optional(text: str | None) -> PartialDate | None:
    if text is None or not str(text).strip():
        return None
    return PartialDate.parse(str(text))


_DAYS_BACK = re.compile(r"(\d{1,5})\s*d", re.IGNORECASE)


def parse_since(text: str, today: dt.date) -> PartialDate | dt.datetime:
    """A --since as people type it, for every command that takes one (history, report, export): a date as
    PartialDate.parse reads it (2024-03-01, 2024.3.1, 2024년 3월), a moment (2026-11-01T09:30) or a number
    of days back from ``today`` (7d)."""
    clean = text.strip()
    back = _DAYS_BACK.fullmatch(clean)
    if back is not None:
        return PartialDate.of_date(today - dt.timedelta(days=int(back.group(1))))
    if ":" in clean:
        try:
            return dt.datetime.fromisoformat(clean)
        except ValueError:
            pass
    return PartialDate.parse(clean)


# Problems whose message quotes the text already.
_SAYS_ITS_TEXT = frozenset({"date.ambiguous", "date.unreadable", "date.wrong_in"})


def _quoting(exc: ValidationError, text: str) -> ValidationError:
    """A date's problem with the text as written first: 'Month 13 is not between 1 and 12' says what is wrong,
    not where ('2024.13.1': ...); a problem that quotes its text already, as it is."""
    if exc.message is None or (isinstance(exc.message, Message) and exc.message.code in _SAYS_ITS_TEXT):
        return exc
    return ValidationError(message("date.wrong_in", text=text, problem=exc.message), exc.field)


# A period written in one cell (사업기간, 实施期限): its two ends around ~ (or 至, 到, an en dash), or around a
# single hyphen when the text is no date by itself (2024.1-2024.12; 2024-01 is a month).
_PERIOD_SEPARATOR = re.compile(r"\s*(?:~|∼|～|〜|–|—|至|到)\s*")
_TRAILING_NOTE = re.compile(r"\s*[(（][^)）]*[)）]$")  # a note after a period: 2024.1.~2024.12.(계속)
# An end that names no year (2024. 3. ~ 12., 2024年1月至12月): a month, or a month and a day, of the start's year.
_SAME_YEAR_END = re.compile(r"(\d{1,2})\s*[.월月]?\s*(?:(\d{1,2})\s*[.일日]?\s*)?")


def looks_like_period(text: str) -> bool:
    """Whether a text is written as a period (a ~ or 至 in it, or a hyphen after 2024.3 or 2024年3月, not in
    2024-03): its problem, if any, is the period's rather than a date's."""
    return _PERIOD_SEPARATOR.search(text) is not None or _HYPHEN_AFTER_DATE.search(text) is not None


_HYPHEN_AFTER_DATE = re.compile(r"[.年月日][^-]*-")


def parse_period(text: str) -> tuple[PartialDate | None, PartialDate | None]:
    """The start and end of a period written in one cell, as offices write them: 2024.1.~2024.12.,
    2024. 3. ~ 12. (the end in the start's year), '24.1~'24.12, 2024~2026, 2024年1月至12月, 2024.1-2024.12.
    An end may be left open (2024.3.~). Refused, as a date is, when the text is no period."""
    raw = _TRAILING_NOTE.sub("", text.strip())
    parts = _PERIOD_SEPARATOR.split(raw)
    if len(parts) != 2 and raw.count("-") == 1:
        parts = raw.split("-")
    if len(parts) != 2 or not any(p.strip() for p in parts):
        raise ValidationError(message("date.unreadable", text=raw))
    left, right = (p.strip() for p in parts)
    try:
        start = PartialDate._parse(left) if left else None
        end = _period_end(start, right) if right else None
    except ValidationError as exc:
        raise _quoting(exc, text.strip()) from None
    return start, end


def _period_end(start: PartialDate | None, right: str) -> PartialDate:
    """A period's end as written after its start: with no year, in the start's (2024. 3. ~ 10.), or the next
    when it would come before the start (2024.11.~3.: a winter's); a bare number after a day, a day of the
    start's month (2024.5.3~5)."""
    same_year = _SAME_YEAR_END.fullmatch(right)
    if same_year is None or start is None or int(same_year.group(1)) > 12:
        return PartialDate._parse(right)
    first, second = int(same_year.group(1)), same_year.group(2)
    if start.day is not None and start.month is not None and second is None and right.isdigit():
        return PartialDate(start.year, start.month, first)
    end = PartialDate(start.year, first, int(second) if second else None)
    if end.first_day() < start.first_day():
        end = PartialDate(start.year + 1, end.month, end.day)
    return end


# -- showing dates ------------------------------------------------------------------------------------
class DateStyle(StrEnum):
    """How dates are shown (Preferences): ISO whatever the language, or as the language writes them."""

    ISO = "iso"  # 2027-03-14
    LOCALE = "locale"  # 2027. 3. 14. (Korean), 2027年3月14日 (Chinese), 14 Mar 2027 (English)


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_DECADE_WORDS = {
    "ko": {None: "{year}년대", "early": "{year}년대 초반", "mid": "{year}년대 중반", "late": "{year}년대 후반"},
    "zh_CN": {None: "{year}年代", "early": "{year}年代初期", "mid": "{year}年代中期", "late": "{year}年代后期"},
}


def display(value: PartialDate | None, language: str, style: DateStyle | str = DateStyle.ISO) -> str:
    """A partial date as the user reads it, at the precision it has: the one place dates are formatted for
    display (the app's views, the command line's human output). Stored and exported dates stay ISO."""
    if value is None:
        return ""
    if value.decade:  # ISO has no way to write a decade: it is said in the reader's words whatever the style
        words = _DECADE_WORDS.get(language)
        return words[value.qualifier].format(year=value.year) if words else str(value)
    if style != DateStyle.LOCALE:
        return str(value)
    if value.month is None:
        return {"ko": f"{value.year}년", "zh_CN": f"{value.year}年"}.get(language, str(value.year))
    if value.day is None:
        return {
            "ko": f"{value.year}. {value.month}.",
            "zh_CN": f"{value.year}年{value.month}月",
        }.get(language, f"{_MONTHS[value.month - 1]} {value.year}")
    return display_day(dt.date(value.year, value.month, value.day), language, style)


def display_day(day: dt.date, language: str, style: DateStyle | str = DateStyle.ISO) -> str:
    """A calendar day as the user reads it (see ``display``)."""
    if style != DateStyle.LOCALE:
        return day.isoformat()
    if language == "ko":
        return f"{day.year}. {day.month}. {day.day}."
    if language == "zh_CN":
        return f"{day.year}年{day.month}月{day.day}日"
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def display_time(
    moment: dt.datetime, language: str, style: DateStyle | str = DateStyle.ISO, *, seconds: bool = False
) -> str:
    """A moment (a change, a backup) as the user reads it: its day as ``display_day`` shows it, and the time."""
    clock = moment.strftime("%H:%M:%S" if seconds else "%H:%M")
    return f"{display_day(moment.date(), language, style)} {clock}"
