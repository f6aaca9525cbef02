"""Partial dates keep the precision people gave them and refuse ambiguous input."""

from __future__ import annotations

import datetime as dt

import pytest

from app.domain.dates import PartialDate, Precision
from app.domain.errors import ValidationError


@pytest.mark.parametrize(
    ("text", "expected", "precision"),
    [
        ("2015", "2015", Precision.YEAR),
        ("2015-3", "2015-03", Precision.MONTH),
        ("2015-03-01", "2015-03-01", Precision.DAY),
        ("2015.03.01", "2015-03-01", Precision.DAY),
        ("2015/3/1", "2015-03-01", Precision.DAY),
        ("2015. 3. 1.", "2015-03-01", Precision.DAY),
        ("2015년 3월 1일", "2015-03-01", Precision.DAY),
        ("2015년 3월", "2015-03", Precision.MONTH),
        ("2015年3月1日", "2015-03-01", Precision.DAY),
        ("2000s", "2000s", Precision.DECADE),
        ("mid-2000s", "mid-2000s", Precision.DECADE),
        ("2015.3.", "2015-03", Precision.MONTH),
        ("2015年3月", "2015-03", Precision.MONTH),
        # two-digit years as Korean offices type them
        ("'24.3.", "2024-03", Precision.MONTH),
        ("24.3.", "2024-03", Precision.MONTH),
        ("24.03.05", "2024-03-05", Precision.DAY),
        ("'24. 3. 5.", "2024-03-05", Precision.DAY),
        ("24년 3월", "2024-03", Precision.MONTH),
        ("'98.12.", "1998-12", Precision.MONTH),
        ("24年3月5日", "2024-03-05", Precision.DAY),
        ("25/12/2015", "2015-12-25", Precision.DAY),
        ("12/25/2015", "2015-12-25", Precision.DAY),
    ],
)
def test_parse_keeps_precision(text: str, expected: str, precision: Precision) -> None:
    value = PartialDate.parse(text)
    assert str(value) == expected
    assert value.precision is precision
    assert PartialDate.parse(str(value)) == value


@pytest.mark.parametrize("text", ["03/01/2015", "1.2.2015"])
def test_ambiguous_day_month_is_refused(text: str) -> None:
    with pytest.raises(ValidationError, match="ambiguous"):
        PartialDate.parse(text)


@pytest.mark.parametrize("text", ["", "soon", "2015-13", "2015-02-30", "2005s", "20155", "24.3", "24/3/5", "24.13."])
def test_nonsense_is_refused(text: str) -> None:
    with pytest.raises(ValidationError):
        PartialDate.parse(text)


def test_year_only_spans_the_whole_year() -> None:
    year = PartialDate.parse("2015")
    assert year.first_day() == dt.date(2015, 1, 1)
    assert year.last_day() == dt.date(2015, 12, 31)
    assert not year.is_past(dt.date(2015, 12, 31))
    assert year.is_past(dt.date(2016, 1, 1))


def test_month_end_and_leap_years() -> None:
    assert PartialDate.parse("2016-02").last_day() == dt.date(2016, 2, 29)
    assert PartialDate.parse("2015-02").last_day() == dt.date(2015, 2, 28)


def test_ordering_across_precisions() -> None:
    dates = [PartialDate.parse(t) for t in ("2017", "2015-06-01", "mid-2000s", "2015", "2015-06")]
    assert [str(d) for d in sorted(dates)] == ["mid-2000s", "2015", "2015-06", "2015-06-01", "2017"]


@pytest.mark.parametrize(
    ("text", "language", "iso", "local"),
    [
        ("2027-03-14", "ko", "2027-03-14", "2027. 3. 14."),
        ("2027-03-14", "zh_CN", "2027-03-14", "2027年3月14日"),
        ("2027-03-14", "en", "2027-03-14", "14 Mar 2027"),
        ("2027-03", "ko", "2027-03", "2027. 3."),
        ("2027-03", "zh_CN", "2027-03", "2027年3月"),
        ("2027-03", "en", "2027-03", "Mar 2027"),
        ("2027", "ko", "2027", "2027년"),
        ("2027", "zh_CN", "2027", "2027年"),
        ("2027", "en", "2027", "2027"),
        ("mid-2000s", "ko", "2000년대 중반", "2000년대 중반"),  # ISO has no decades: the reader's words
        ("2000s", "zh_CN", "2000年代", "2000年代"),
        ("late-2000s", "en", "late-2000s", "late-2000s"),
    ],
)
def test_a_date_is_shown_in_iso_or_as_the_language_writes_it(text: str, language: str, iso: str, local: str) -> None:
    from app.domain.dates import DateStyle, display

    value = PartialDate.parse(text)
    assert display(value, language, DateStyle.ISO) == iso
    assert display(value, language, DateStyle.LOCALE) == local
    if value.precision != Precision.DECADE and language != "en":
        assert PartialDate.parse(local) == value  # what is shown can be typed back in


def test_a_moment_is_shown_with_its_day_in_the_chosen_style() -> None:
    from app.domain.dates import DateStyle, display, display_time

    moment = dt.datetime(2027, 3, 14, 9, 5, 7)
    assert display_time(moment, "ko", DateStyle.ISO) == "2027-03-14 09:05"
    assert display_time(moment, "ko", DateStyle.LOCALE) == "2027. 3. 14. 09:05"
    assert display_time(moment, "zh_CN", DateStyle.LOCALE, seconds=True) == "2027年3月14日 09:05:07"
    assert display(None, "ko", DateStyle.LOCALE) == ""


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("2024.13.1", "'2024.13.1': 13월은 1~12 사이가 아닙니다"),
        ("2024-02-30", "'2024-02-30': 2024-02에는 30일이 없습니다"),
    ],
)
def test_a_date_out_of_range_is_refused_with_its_text(text: str, said: str) -> None:
    """'Month 13 is not between 1 and 12' alone does not say which cell of a sheet: the text comes first."""
    from app.domain.messages import render

    with pytest.raises(ValidationError) as caught:
        PartialDate.parse(text)
    assert render(caught.value.message, "ko") == said  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("2024.1.~2024.12.", "2024-01", "2024-12"),
        ("2024. 3. ~ 10.", "2024-03", "2024-10"),
        ("2024.11.~3.", "2024-11", "2025-03"),  # a winter's: the end in the next year
        ("2024.5.3~5", "2024-05-03", "2024-05-05"),  # a bare number after a day: a day of that month
        ("'24.1~'24.12", "2024-01", "2024-12"),
        ("2024年1月至12月", "2024-01", "2024-12"),
        ("2024.1-2024.12", "2024-01", "2024-12"),
        ("2024.1.~2024.12.(계속)", "2024-01", "2024-12"),
        ("2024.4.~", "2024-04", None),
    ],
)
def test_a_period_in_one_cell(text: str, start: str, end: str | None) -> None:
    from app.domain.dates import parse_period

    got = parse_period(text)
    assert (str(got[0]), str(got[1]) if got[1] else None) == (start, end)


def test_a_period_that_cannot_be_is_refused_with_its_whole_text() -> None:
    from app.domain.dates import parse_period

    with pytest.raises(ValidationError) as caught:
        parse_period("2024.3-2024.13")
    assert str(caught.value) == "'2024.3-2024.13': Month 13 is not between 1 and 12"


def test_since_reads_dates_moments_and_days_back() -> None:
    """One reading of --since for history, report and export."""
    import datetime as dt

    from app.domain.dates import parse_since

    today = dt.date(2026, 12, 7)
    assert parse_since("7d", today) == PartialDate(2026, 11, 30)
    assert parse_since(" 30 D ", today) == PartialDate(2026, 11, 7)
    assert parse_since("2024.3.1", today) == PartialDate(2024, 3, 1)
    assert parse_since("2024년 3월", today) == PartialDate(2024, 3)
    assert parse_since("2026-11-01T09:30", today) == dt.datetime(2026, 11, 1, 9, 30)
    with pytest.raises(ValidationError):
        parse_since("soon", today)
