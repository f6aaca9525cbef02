"""How a data sheet prints: on how many pages across, and which columns repeat, so the text stays legible.

Fitting a wide sheet to one page wide shrinks it until it cannot be read (the Programs sheet's 15 columns
came out at about 40%, 4-point text). Instead a sheet is fitted to as few pages across as keep the print
at MIN_SCALE or larger, with its identifying columns repeated on every page, left to right then down, so
the pages of the same rows lie side by side.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.excel import layout

# A4 landscape, 297 mm = 841.9 pt wide, less the margins below.
PAGE_WIDTH_PT = 841.9
MARGIN_SIDE_IN = 0.4
MARGIN_TOP_IN = 0.5
MARGIN_BOTTOM_IN = 0.6
USABLE_WIDTH_PT = PAGE_WIDTH_PT - 2 * 72 * MARGIN_SIDE_IN
# 11-point text printed at 70% is about 7.7 points: small but readable, as in a printed timetable.
MIN_SCALE = 0.70
MAX_PAGES_WIDE = 4

# A sheet prints its columns up to this one: what a meeting reads. The rest (long text, bookkeeping) stays
# on screen; without it the Programs and Tasks sheets print one page across, legibly.
PRINTED_THROUGH: dict[str, str] = {"Programs": "percent_complete", "Tasks": "percent_complete"}

# The columns that say which row a printed line is, repeated at the left of every page across.
REPEATED: dict[str, tuple[str, ...]] = {
    "Programs": ("key", "title"),
    "Tasks": ("key",),
    "Progress": ("id",),
    "Indicators": ("indicator_key",),
    "Sources": ("key",),
}


def column_points(width: float) -> float:
    """A column's printed width: a width unit is one digit of the default font (7 px) plus 5 px padding."""
    return (width * 7 + 5) * 0.75


@dataclass(frozen=True)
class PrintPlan:
    pages_wide: int
    scale: float  # what the print comes out at, 1.0 at most
    repeat_columns: str | None  # "A:B", or None when the sheet fits one page across
    columns: int = 0  # how many of the sheet's columns print, from the first (0: all)


def printed_columns(spec: layout.SheetSpec) -> int:
    through = PRINTED_THROUGH.get(spec.name)
    # Without a PRINTED_THROUGH, every column but the export stamp, which means nothing on paper.
    return spec.index(through) + 1 if through in spec.fields else len(spec.printed_columns)


def plan(spec: layout.SheetSpec) -> PrintPlan:
    """The fewest pages across that keep the print at MIN_SCALE or larger (MAX_PAGES_WIDE at most)."""
    columns = printed_columns(spec)
    total = sum(column_points(c.width) for c in spec.columns[:columns])
    if USABLE_WIDTH_PT / total >= MIN_SCALE:
        return PrintPlan(1, min(1.0, USABLE_WIDTH_PT / total), None, columns)
    fields = REPEATED.get(spec.name, ())
    indexes = sorted(spec.index(f) for f in fields if f in spec.fields)
    repeat = None
    repeated = 0.0
    if indexes and indexes == list(range(indexes[0], indexes[-1] + 1)):
        repeat = f"{layout.column_letter(indexes[0])}:{layout.column_letter(indexes[-1])}"
        repeated = sum(column_points(spec.columns[i].width) for i in indexes)
    pages = 2
    while True:
        scale = pages * USABLE_WIDTH_PT / (total + (pages - 1) * repeated)
        if scale >= MIN_SCALE or pages == MAX_PAGES_WIDE:
            return PrintPlan(pages, min(1.0, scale), repeat, columns)
        pages += 1
