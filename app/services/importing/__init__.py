"""Import use case: reads a workbook sheet by sheet, compares it with the database, previews or applies.

A pipeline of small parts, each in its own module:

- ``matching``: which of our sheets a sheet reads as, and which of its columns is which;
- ``reading``: one reader per matched column turns a block of rows' cells into values (bad cells listed);
- ``programs``, ``tasks``, ``progress``, ``indicators``: one planner per sheet kind turns those rows into
  creates and changes, by the same rules as the app (``app/domain/rules.py``), looking stored rows up
  through the ``catalog`` and program and task references through ``references``;
- ``budget``: an office sheet's budget columns, as rows of each program's budget indicator for the
  Indicators planner;
- ``conflicts``: a cell that a colleague changed after the workbook was exported;
- ``writer``: the one writer, which applies what the planners planned in the import's one transaction and
  then the derived values (``app/store/derived.py``) of every program it touched;
- ``run``: the orchestrator.

The dry run is the same pass with no writer calls: whatever it accepts the import applies, whatever the
import would refuse it refuses with the same message. Rows are written with SQLAlchemy Core (an import may
create 100,000s of rows), so the change records the ORM history hook writes are written by the writer's
``ChangeLog`` (``app/store/history.py``), in the same form.
"""

from __future__ import annotations

from app.services.importing.matching import column_choices, column_said, reading_name
from app.services.importing.reading import READ_FIELDS
from app.services.importing.results import (
    CONTACT,
    ROW_NUMBER,
    Cancelled,
    ColumnMapping,
    ColumnRead,
    FieldChange,
    ImportCancelledError,
    ImportIssue,
    ImportPreview,
    ImportRefusedError,
    PlaceChoice,
    Progress,
    RowChange,
    SheetReport,
    SkippedRow,
    UnmatchedColumnsError,
    UnmatchedSheet,
)
from app.services.importing.run import CHUNK, ImportRun

__all__ = [
    "CHUNK",
    "CONTACT",
    "READ_FIELDS",
    "ROW_NUMBER",
    "Cancelled",
    "ColumnMapping",
    "ColumnRead",
    "FieldChange",
    "ImportCancelledError",
    "ImportIssue",
    "ImportPreview",
    "ImportRefusedError",
    "ImportRun",
    "PlaceChoice",
    "Progress",
    "RowChange",
    "SheetReport",
    "SkippedRow",
    "UnmatchedColumnsError",
    "UnmatchedSheet",
    "column_choices",
    "column_said",
    "reading_name",
]
