"""What an import reports: its problems placed exactly, the changes it lists, and the outcome of each sheet."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from app.domain.errors import CivicError
from app.domain.messages import Message
from app.excel.reader import WorkbookError

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]

MAX_LISTED_CHANGES = 5000

MAX_LISTED_ERRORS = 1000

MAX_LISTED_MISSING = 200


class ImportCancelledError(CivicError):
    """The user cancelled the import; nothing was written."""


class UnmatchedColumnsError(WorkbookError):
    """No sheet's columns could be matched; ``unmatched`` says what each sheet has, for a mapping dialog."""

    def __init__(self, message: str, unmatched: tuple[UnmatchedSheet, ...]) -> None:
        super().__init__(message)
        self.unmatched = unmatched


# ------------------------------------------------------------------------------------------ results
@dataclass(frozen=True)
class ImportIssue:
    """One problem, placed exactly: file, sheet, row, column and value, and what would be accepted."""

    file: str
    sheet: str
    row: int | None  # 1-based, as the spreadsheet shows it
    column: str | None  # "Status (F)"
    value: str | None
    message: str  # in English
    column_index: int | None = None  # 0-based, for highlighting
    detail: Message | None = None  # the message as a code and parameters, for other languages

    def __str__(self) -> str:
        where = f"{self.file}, sheet '{self.sheet}'"
        if self.row is not None:
            where += f", row {self.row}"
        if self.column:
            where += f", column {self.column}"
        return f"{where}: {self.message}"


@dataclass(frozen=True)
class FieldChange:
    column: str
    old: str | None
    new: str | None


@dataclass(frozen=True)
class RowChange:
    sheet: str
    row: int
    entity: str  # program, task, progress, indicator, indicator value
    key: str
    action: str  # create or update
    label: str
    changes: tuple[FieldChange, ...] = ()


@dataclass(frozen=True)
class SheetReport:
    sheet: str
    reads_as: str  # the layout sheet it was read as: Programs, Tasks, Progress, Indicators
    header_row: int  # 1-based
    columns: tuple[tuple[str, str], ...]  # (header in the file, column it was matched to)
    ignored: tuple[str, ...]
    rows: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    errors: int = 0
    missing: int = 0
    missing_keys: tuple[str, ...] = ()


@dataclass(frozen=True)
class UnmatchedSheet:
    """A sheet whose columns could not be matched: what it has and which required columns are missing."""

    sheet: str
    header_row: int  # 1-based; 0 when no header row was found
    headers: tuple[str, ...]
    missing: tuple[str, ...]  # e.g. "Title (Title / 사업명 / 项目名称)"
    reads_as: str | None


@dataclass(frozen=True)
class ColumnMapping:
    """How a foreign sheet's headers map to our columns: field -> header text as written in the sheet."""

    reads_as: str  # layout sheet name: Programs, Tasks, Progress or Indicators
    columns: dict[str, str]
    sheet: str | None = None  # only this sheet; None: every sheet whose header row has these headers


@dataclass(frozen=True)
class ImportPreview:
    file: str
    format: str
    encoding: str | None
    sheets: tuple[SheetReport, ...]
    unmatched: tuple[UnmatchedSheet, ...]
    changes: tuple[RowChange, ...]
    errors: tuple[ImportIssue, ...]
    error_count: int
    created: int
    updated: int
    unchanged: int
    missing: int
    changes_truncated: bool = False

    @property
    def ok(self) -> bool:
        return self.error_count == 0 and bool(self.sheets)

    def summary(self) -> str:
        text = (
            f"{self.created:,} to create, {self.updated:,} to update, {self.unchanged:,} unchanged, "
            f"{self.error_count:,} error{'s' if self.error_count != 1 else ''}"
        )
        if self.missing:
            rows = "row" if self.missing == 1 else "rows"
            text += f"; {self.missing:,} stored {rows} not in the file (left alone)"
        return text


class ImportRefusedError(CivicError):
    """The file has errors; nothing was written. Carries the full preview."""

    def __init__(self, preview: ImportPreview) -> None:
        first = str(preview.errors[0]) if preview.errors else "no sheet could be read"
        more = preview.error_count - 1
        suffix = f" (and {more:,} more error{'s' if more != 1 else ''})" if more > 0 else ""
        super().__init__(f"{first}{suffix}; nothing was imported")
        self.preview = preview
