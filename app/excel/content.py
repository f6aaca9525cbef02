"""What an export hands the workbook writer (writer.py): the content, its progress and cancel callbacks, and
the error a cancelled export ends with. Kept apart from the writer, so the importer and the services that
only name these load no openpyxl (it is loaded at the first export)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from app.domain.dates import PartialDate
from app.domain.enums import Status
from app.domain.messages import DEFAULT_LANGUAGE

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]


class ExportCancelledError(Exception):
    """The user cancelled; the partial file was removed."""


@dataclass(frozen=True)
class ChartData:
    """One indicator's values for the Charts sheet."""

    title: str
    unit: str | None
    points: tuple[tuple[str, float | None, float | None], ...]  # period text, actual, target


@dataclass
class WorkbookContent:
    """Everything the workbook shows. Row iterables are consumed once, in sheet order."""

    title: str
    made_at: dt.datetime
    filter_text: str
    by_status: Sequence[tuple[Status | None, int]]  # None: programs with no status
    overdue: Sequence[tuple[str, str, str, PartialDate | None]]  # program title, task key, title, due
    recent_progress: Sequence[tuple[str, PartialDate, str]]  # program title, date, title
    since: PartialDate | None
    counts: dict[str, int]  # what the Summary sheet lists (label -> number); their sum sizes the progress bar
    programs: Iterable[Sequence[Any]]
    tasks: Iterable[tuple[int, Sequence[Any]]]  # (depth, row)
    progress: Iterable[Sequence[Any]]
    indicators: Iterable[Sequence[Any]]
    sources: Iterable[Sequence[Any]]
    charts: Iterable[ChartData]
    history: Iterable[Sequence[Any]] | None = None
    extra_notes: list[str] = field(default_factory=list)
    # The longest key of each kind in this workbook ("program", "task", "indicator"): key columns are made
    # wide enough to show it whole, on screen and on paper.
    key_lengths: dict[str, int] = field(default_factory=dict)
    # The language of the sheet names, headers, lists and help (en, ko, zh_CN); the data are as stored.
    language: str = DEFAULT_LANGUAGE
