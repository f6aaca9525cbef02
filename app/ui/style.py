"""Colours and style sheet snippets of the whole UI, in one place (status colours come from app.domain.enums)."""

from __future__ import annotations

from PySide6.QtGui import QColor

from app.domain.enums import Status

# -- statuses: their colours are defined with the statuses themselves (the workbook uses them too) ----------
NO_STATUS = "#9AA0A6"


def status_colour(status: Status | None) -> QColor:
    return QColor(status.colour) if status is not None else QColor(NO_STATUS)


def status_tile(status: Status | None) -> str:
    """A dashboard tile: the count of programs in one status."""
    colour = status_colour(status).name()
    return f"background: {colour}; color: white; border-radius: 6px; padding: 6px; font-size: 11pt;"


def status_pill(status: Status | None) -> str:
    """The status beside a program's title."""
    colour = status_colour(status).name()
    return f"background: {colour}; color: white; padding: 3px 10px; border-radius: 9px; font-weight: 600;"


# -- text ---------------------------------------------------------------------------------------------------
ERROR_TEXT = "#A50E0E"
HINT_TEXT = "#5f6368"
OK_TEXT = "#1b5e20"
FAILED_TEXT = "#b71c1c"
OVERDUE_TEXT = "#B3261E"

HEADING = "font-size: 16pt; font-weight: 600;"
SUBHEADING = f"color: {HINT_TEXT};"
PERCENT_HEADING = "font-size: 13pt;"
ERROR = f"color: {ERROR_TEXT};"
HINT = f"color: {HINT_TEXT};"
EMPTY_HINT = f"color: {HINT_TEXT}; padding: 24px;"
EMPHASIS = "font-weight: 600;"
READ_ONLY_FIELD = "QLineEdit:read-only { background: palette(window); }"
EMPTY_HEADING = "font-size: 15pt; font-weight: 600; padding-top: 24px;"
# The first things to do on an empty list of programs: large choices, each with a line on what it does.
START_CHOICE = (
    "QCommandLinkButton { font-size: 12pt; padding: 12px 16px; border: 1px solid #dadce0; border-radius: 8px; }"
    "QCommandLinkButton:hover { background: #E8F0FE; border-color: #174EA6; }"
)
NAVIGATOR = "QTreeWidget { font-size: 11pt; } QTreeWidget::item { padding: 6px 4px; }"


def outcome(ok: bool) -> str:
    """The line under a form that says whether a test (a server connection) worked."""
    return f"color: {OK_TEXT if ok else FAILED_TEXT};"


# -- banners (the bar above the views) and the note on a case page -----------------------------------------
BANNER_COLOURS: dict[str, tuple[str, str]] = {  # kind: (background, text and border)
    "info": ("#E8F0FE", "#174EA6"),
    "warning": ("#FEF7E0", "#7A4F01"),
    "error": ("#FCE8E6", "#A50E0E"),
}


def banner(kind: str) -> str:
    bg, fg = BANNER_COLOURS[kind]
    return f"Banner {{ background: {bg}; border-bottom: 1px solid {fg}; }} QLabel {{ color: {fg}; }}"


CASE_NOTE = "background: {}; color: {}; padding: 6px; border-radius: 4px;".format(*BANNER_COLOURS["warning"])

# -- painted by hand: percent bars, the progress timeline, indicator charts --------------------------------
PERCENT_TRACK = "#E3E8EF"
PERCENT_FILLED = "#8FD1A8"
PERCENT_TEXT = "#1F2933"
TIMELINE_LINE = "#C0C4CC"
TIMELINE_DOT = "#2E6BD0"
CHART_ACTUAL = "#2E6BD0"
CHART_PLANNED = "#E0A100"
CHART_TARGET = "#C8453B"
# The timeline of a program's tasks: bars take their status colour; these are the rest of the picture.
TIMELINE_BAND = "#EEF3FB"  # behind an action plan and its unit tasks
TIMELINE_BAND_EDGE = "#C9D7EE"
TIMELINE_GRID = "#ECEEF1"  # a month (a quarter at the year zoom)
TIMELINE_GRID_STRONG = "#C0C4CC"  # a labelled period begins
TIMELINE_TODAY = "#1A73E8"
TIMELINE_SELECTED = "#FFF4C2"
TIMELINE_SUMMARY = "#3C4043"  # an action plan summed up from its unit tasks
TIMELINE_OVERDUE = OVERDUE_TEXT
