"""Messages below the UI: a code and its parameters. The English sentence is one rendering of it.

Services, the importer and the rules raise or report a ``Message``; the English text comes from
``ENGLISH`` here, and a translated interface renders the same code and parameters in its own language.
Parameters stay raw values (numbers, keys, dates) so that each language formats them its own way; a
parameter may be another ``Message`` (a cell's problem inside an import error), rendered in the same language.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

ENGLISH: dict[str, str] = {
    # rules.py: values a user types
    "key.invalid": (
        "{what} '{key}' must be 1 to 64 letters A–Z, digits, '-', '_' or '.', starting with a letter or digit"
    ),
    "key.taken": "{what} '{key}' is already used",
    "title.empty": "Title cannot be empty",
    "title.too_long": "Title is longer than {limit:,} characters",
    "percent.out_of_range": "Percent complete {value:g} is outside 0 to 100",
    "weight.negative": "Weight {value:g} cannot be negative",
    "weight.too_large": "Weight {value:g} is larger than the largest weight the app takes, {limit:,g}",
    "range.end_before_start": "The end ({end}) is before the start ({start})",
    "task.too_deep": (
        "This task would be {depth} levels deep; tasks go at most {limit} levels deep "
        "(action plan, unit task and {below} levels below), so that every level can be shown and printed"
    ),
    "task.under_itself": "A task cannot be moved under itself",
    # dates.py: a partial date as people write it
    "date.year_out_of_range": "Year {year} is out of range",
    "date.decade_form": "A decade is written like 2000s",
    "date.decade_qualifier": "Decade qualifier must be one of {allowed}",
    "date.qualifier_without_decade": "Only a decade can be early, mid or late",
    "date.month_out_of_range": "Month {month} is not between 1 and 12",
    "date.day_without_month": "A day needs a month",
    "date.no_such_day": "Day {day} does not exist in {year}-{month:02d}",
    "date.empty": "Empty date",
    "date.ambiguous": "'{text}' is ambiguous: day and month could be either way round; write it as {year}-MM-DD",
    "date.unreadable": "'{text}' is not a date; use a year (2015), year and month (2015-03) or a day (2015-03-01)",
    # enums.py: fixed vocabularies
    "status.unknown": "Status '{text}' is not one of: {allowed}",
    # excel/cells.py: what a cell holds
    "cell.not_a_date": "'{text}' is not a date",
    "cell.not_a_date_serial": "{serial:g} is not an Excel date serial number",
    "cell.number_not_a_date": (
        "'{text}' is not a date (a number is read as a year such as 2015, or as an Excel date number)"
    ),
    "cell.not_a_number": "{what} '{text}' is not a number",
    "cell.percent_out_of_range": "Percent '{text}' is outside 0% to 100%",
    "cell.unknown_sector": "Sector '{text}' is not one of: {allowed}",
    "cell.unknown_kind": "Kind '{text}' is not one of: {allowed}",
    "cell.unknown_direction": "Direction '{text}' is not one of: {allowed}",
    "cell.not_an_id": "Entry ID '{text}' is not a whole number",
    "cell.text_too_long": "Text of {length:,} characters is longer than {limit:,}",
    # importing/reading.py: a bad cell, and what its column accepts
    "cell.invalid": "{problem} (accepted: {accepts})",
    "accepts.date": (
        "a year (2015), a year and month (2015-03) or a day (2015-03-01, 2015.3.1, 2015년 3월 1일, 2015年3月1日)"
    ),
    "accepts.percent": "0% to 100%, as 45% or 0.45",
    "accepts.number": "a number such as 1234.5 or 1,234.5",
    # the case library
    "case.read_only": (
        "Program '{key}' is a case of the library, kept as its sources state it; "
        "it cannot be changed here (start a program of your own from the case instead)"
    ),
    # the import
    "import.conflict": (
        "{column} was changed to '{current}' by {actor} on {at} after this workbook was exported "
        "(it was '{exported}'), and this row changes it too; export a fresh workbook, or make the change in the app"
    ),
    "import.title_listed_twice": (
        "'{title}' appears twice (also on row {row}, where the program is renamed); each row must be a different one"
    ),
}


@dataclass(frozen=True)
class Message:
    """What to tell the user, independent of language: ``code`` picks the sentence, ``params`` fill it in."""

    code: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def render(self, templates: Mapping[str, str] = ENGLISH) -> str:
        """The sentence in the language of ``templates``; a parameter that is itself a Message (a cell's
        problem inside an import error) is rendered in the same language."""
        template = templates.get(self.code) or ENGLISH[self.code]
        params = {k: v.render(templates) if isinstance(v, Message) else v for k, v in self.params.items()}
        return template.format(**params)

    def __str__(self) -> str:
        return self.render()


def message(code: str, **params: Any) -> Message:
    if code not in ENGLISH:
        raise KeyError(f"unknown message code {code!r}")
    return Message(code, params)
