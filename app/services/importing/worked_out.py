"""Cells of the app's own workbook in columns the app works out (or keeps) itself, which an import does not read
(``layout.Column.instead``: a program's percent complete and last progress, the case-library mark, a value's
sources). A cell typed over is not imported, and the import says so in a notice naming the cell, what was typed and
how to change that value instead. A cell still as the app would export it is no edit: nothing to say."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from app.domain.dates import PartialDate, as_stored
from app.domain.errors import ValidationError
from app.domain.messages import message
from app.excel import cells, layout

_UNREAD = object()  # a cell that reads as no value of its column ("about 80" in Percent complete)

# How the export writes yes and no (the case-library mark) in each language, and how spreadsheets write a boolean.
_YES = {layout.normalise_header(w) for w in (*layout.in_every_language(message("workbook.yes")), "true")}
_NO = {layout.normalise_header(w) for w in (*layout.in_every_language(message("workbook.no")), "false")}


def typed_over(column: layout.Column, cell: Any, exported: Any) -> str | None:
    """The cell as the notice quotes it, when it is not what the export writes for ``exported`` (the stored value,
    as it stands now or stood when the row was exported); None when it is. A blank cell is no edit: an empty cell
    keeps the stored value, in this column as in any other."""
    if cells.blank(cell):
        return None
    # Every row of an export has these cells (a re-import compares them all): a cell and value met before are not
    # read again. The cell's type is part of the key: True and 1 are equal, and read differently.
    return _typed_over(column.kind, cell.__class__, cell, exported)


@lru_cache(maxsize=4096)
def _typed_over(kind: layout.Kind, _type: type, cell: Any, exported: Any) -> str | None:
    value = _read(kind, cell)
    if value is not _UNREAD and _same(kind, value, exported):
        return None
    if value is _UNREAD or kind is layout.Kind.BOOL or kind is layout.Kind.TEXT:
        return cells.as_text(cell)  # as typed
    if kind is layout.Kind.PERCENT:
        return f"{float(value):g}%"  # 0.8 in a percent cell is what Excel shows as 80%
    return str(value)  # a date as the app writes it


def recorded(column: layout.Column, text: str | None) -> Any:
    """A value of the column as a change record holds it (store/history.render), as ``typed_over`` compares it."""
    if text is None:
        return None
    if column.kind is layout.Kind.PERCENT:
        return float(text)
    if column.kind is layout.Kind.BOOL:
        return text == "yes"
    if column.kind is layout.Kind.DATE:
        return PartialDate.parse(text)
    return text


def _read(kind: layout.Kind, cell: Any) -> Any:
    try:
        if kind is layout.Kind.PERCENT:
            return cells.percent_from_cell(cell)
        if kind is layout.Kind.DATE:
            return cells.date_from_cell(cell)
    except ValidationError:
        return _UNREAD
    if kind is layout.Kind.BOOL:
        if isinstance(cell, bool):
            return cell
        said = layout.normalise_header(cell)
        return True if said in _YES else False if said in _NO else _UNREAD
    return _keys(cells.as_text(cell))


def _same(kind: layout.Kind, value: Any, exported: Any) -> bool:
    if exported is None:
        return False
    if kind is layout.Kind.PERCENT:
        return abs(float(value) - float(exported)) < 1e-6  # written as a fraction, read back rounded
    if kind is layout.Kind.DATE:
        return _same_date(value, exported)
    if kind is layout.Kind.BOOL:
        return bool(value) is bool(exported)
    return bool(value == _keys(str(exported)))


def _same_date(read: PartialDate, stored: PartialDate) -> bool:
    """Whether a date read back is the stored one as the export writes it (dates.as_stored)."""
    return as_stored(read, stored) == stored


def _keys(text: str) -> frozenset[str]:
    """Source keys as a cell lists them (A, B), in any order and case."""
    return frozenset(k.strip().casefold() for k in text.replace(";", ",").split(",") if k.strip())
