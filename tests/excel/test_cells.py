"""Cell values as staff type them: dates in every office style, numbers, percents, statuses."""

from __future__ import annotations

import datetime as dt

import pytest

from app.domain.dates import PartialDate
from app.domain.enums import Status
from app.domain.errors import ValidationError
from app.excel import cells


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (dt.datetime(2015, 3, 1), PartialDate(2015, 3, 1)),
        (dt.date(2015, 3, 1), PartialDate(2015, 3, 1)),
        (42064, PartialDate(2015, 3, 1)),  # an Excel serial number
        (42064.0, PartialDate(2015, 3, 1)),
        ("42064", PartialDate(2015, 3, 1)),
        ("2015-03-01", PartialDate(2015, 3, 1)),
        ("2015-03-01 00:00:00", PartialDate(2015, 3, 1)),
        ("2015.03.01", PartialDate(2015, 3, 1)),
        ("2015/3/1", PartialDate(2015, 3, 1)),
        ("2015. 3. 1.", PartialDate(2015, 3, 1)),
        ("2015년 3월 1일", PartialDate(2015, 3, 1)),
        ("2015年3月1日", PartialDate(2015, 3, 1)),
        (2015, PartialDate(2015)),
        (2015.0, PartialDate(2015)),
        ("2015", PartialDate(2015)),
        ("2015-03", PartialDate(2015, 3)),
        ("2015년 3월", PartialDate(2015, 3)),
        ("25/03/2015", PartialDate(2015, 3, 25)),
    ],
)
def test_dates_in_every_office_style(value: object, expected: PartialDate) -> None:
    assert cells.date_from_cell(value) == expected


@pytest.mark.parametrize("value", ["01/03/2015", "3/4/2015", "next spring", "2015-13-01", 12.5, True])
def test_ambiguous_or_wrong_dates_are_errors_never_guesses(value: object) -> None:
    with pytest.raises(ValidationError):
        cells.date_from_cell(value)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1,234", 1234.0),
        ("1,234,567.5", 1234567.5),
        ("1 234", 1234.0),
        (" 12.5 ", 12.5),
        (7, 7.0),
        ("-3", -3.0),
    ],
)
def test_numbers_with_thousands_separators(value: object, expected: float) -> None:
    assert cells.number_from_cell(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("45%", 45.0),
        ("45 %", 45.0),
        (0.45, 45.0),
        (45, 45.0),
        ("0.5", 50.0),
        (1, 100.0),
        ("100%", 100.0),
        ("12.5％", 12.5),
    ],
)
def test_percents_as_text_fraction_or_number(value: object, expected: float) -> None:
    assert cells.percent_from_cell(value) == pytest.approx(expected)


@pytest.mark.parametrize("value", [-0.0, "-0", "-0%", "-0.0"])
def test_a_negative_zero_is_zero_and_shows_without_a_sign(value: object) -> None:
    pct = cells.percent_from_cell(value)
    assert pct == 0 and f"{pct:g}%" == "0%"
    assert f"{cells.number_from_cell(value if value != '-0%' else '-0', 'Weight'):g}" == "0"


@pytest.mark.parametrize("value", ["150%", -0.2, "lots"])
def test_percent_out_of_range_is_an_error(value: object) -> None:
    with pytest.raises(ValidationError):
        cells.percent_from_cell(value)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("On hold", Status.ON_HOLD),
        ("진행중", Status.ACTIVE),
        ("已完成", Status.COMPLETED),
        ("cancelled", Status.CANCELLED),
    ],
)
def test_statuses_in_three_languages(value: str, expected: Status) -> None:
    assert cells.status_from_cell(value) is expected


@pytest.mark.parametrize("text", ["=1+2", "+SUM(A1)", "-2+3", "@cmd", "\tx", "\rx"])
def test_formula_starts_are_recognised(text: str) -> None:
    assert cells.is_formula_like(text)
