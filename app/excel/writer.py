"""Writes the meeting workbook with openpyxl's streaming (write-only) writer, following layout.py."""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import textwrap
import zipfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.chart import LineChart, Reference
from openpyxl.styles import Alignment, Font, PatternFill, Protection
from openpyxl.utils.exceptions import IllegalCharacterError
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.protection import SheetProtection
from openpyxl.writer.excel import ExcelWriter

from app.domain.dates import PartialDate
from app.domain.enums import (
    STATUS_COLOURS,
    Direction,
    Sector,
    Status,
    ValueKind,
    sector_message,
    status_message,
    value_kind_message,
)
from app.domain.errors import CivicError
from app.domain.messages import DEFAULT_LANGUAGE, Message, message, render
from app.excel import layout, printing
from app.excel.cells import _ILLEGAL_XML as _ILLEGAL
from app.excel.cells import FORMULA_STARTS, clean_text, is_formula_like
from app.excel.content import Cancelled as Cancelled
from app.excel.content import ChartData as ChartData
from app.excel.content import ExportCancelledError as ExportCancelledError
from app.excel.content import Progress as Progress
from app.excel.content import WorkbookContent as WorkbookContent

log = logging.getLogger(__name__)


MAX_EXCEL_ROWS = 1_048_576
MAX_CHARTS = 60
# How many rows below the data stay open for new entries when a sheet is protected.
_HEADER_FILL = PatternFill("solid", fgColor="DDE6F0")
_LOCKED_HEADER_FILL = PatternFill("solid", fgColor="BFBFBF")
_LOCKED_FILL = PatternFill("solid", fgColor="F2F2F2")


def _unlocked_by_default(wb: Workbook) -> None:
    """Make the default cell format (xf 0) unlocked, so plain editable values need no style of their own.

    openpyxl writes a protection element only for a non-zero protection id, and cells without a style
    use xf 0. Seeding xf 0 with an unlocked protection saves styling every editable cell (about a fifth
    of the export time at 100,000 rows); locked cells always carry a style (a fill) of their own.
    """
    from openpyxl.styles.cell_style import StyleArray
    from openpyxl.utils.indexed_list import IndexedList

    wb._protections = IndexedList([Protection(), Protection(locked=False)])
    base = StyleArray()
    base.protectionId = 1
    wb._cell_styles = IndexedList([base])


class _StyledCell(Cell):  # type: ignore[misc]
    """A data cell whose style was registered once per template: openpyxl would otherwise hash the style
    of every cell again to find its id."""

    __slots__ = ()
    has_style = True


class _Template:
    __slots__ = ("cls", "style")

    def __init__(self, cls: Any, style: Any) -> None:
        self.cls = cls
        self.style = style


class _Styles:
    """Cell style templates. A data cell shares its template's style instead of being styled one by one."""

    def __init__(self, ws: Any) -> None:
        self.ws = ws
        self._cache: dict[tuple[Any, ...], _Template] = {}

    def template(
        self,
        number_format: str | None = None,
        locked: bool = False,
        indent: int = 0,
        text: bool = False,
        bold: bool = False,
        fill: PatternFill | None = None,
        wrap: bool = False,
        font_color: str | None = None,
    ) -> _Template:
        if locked and fill is None:
            # Locked cells are shaded: staff see what they cannot edit, and the cell gets a style of its own
            # (an unstyled cell takes the workbook's unlocked default, see _unlocked_by_default).
            fill = _LOCKED_FILL
        key = (
            number_format,
            locked,
            indent,
            text,
            bold,
            fill.fgColor.rgb if fill else None,
            wrap,
            font_color,
        )
        tpl = self._cache.get(key)
        if tpl is None:
            proto = WriteOnlyCell(self.ws)
            if number_format:
                proto.number_format = number_format
            proto.protection = Protection(locked=locked)
            if indent or wrap:
                proto.alignment = Alignment(indent=indent, wrap_text=wrap, vertical="top")
            if text:
                proto.quotePrefix = True
            if bold or font_color:
                proto.font = Font(bold=bold, color=font_color)
            if fill is not None:
                proto.fill = fill
            style_id = self.ws.parent._cell_styles.add(proto._style)
            cls = type("StyledCell", (_StyledCell,), {"__slots__": (), "style_id": style_id})
            tpl = _Template(cls, proto._style)
            self._cache[key] = tpl
        return tpl

    def cell(self, value: Any, tpl: _Template) -> Any:
        return _new_cell(self.ws, tpl, value)


_FORMULA_FIRST = frozenset(FORMULA_STARTS)


def _new_cell(ws: Any, tpl: _Template, value: Any, data_type: str | None = None) -> Any:
    """A styled cell for the streaming writer, built directly (openpyxl's constructor and type sniffing
    cost more than writing the cell). The style array is shared: openpyxl only reads it."""
    c: Any = tpl.cls.__new__(tpl.cls)
    c.parent = ws
    c._style = tpl.style
    c.row = 1
    c.column = 1
    c._hyperlink = None
    c._comment = None
    if data_type is None:
        if value is None:
            data_type = "n"
        elif isinstance(value, str):
            data_type = "s"
        elif isinstance(value, dt.date):
            data_type = "d"
        elif isinstance(value, bool):
            data_type = "b"
        else:
            data_type = "n"
    c.data_type = data_type
    c._value = value
    return c


def _safe_text(styles: _Styles, text: str, locked: bool, indent: int = 0) -> Any:
    """Text that must never become a formula: a string cell with Excel's quote prefix."""
    text = clean_text(text)[:32767]
    formula = is_formula_like(text)
    if formula or indent or locked:
        return _new_cell(styles.ws, styles.template(locked=locked, indent=indent, text=formula), text, "s")
    return text


def date_cell(styles: _Styles, value: PartialDate | dt.date | None, locked: bool) -> Any:
    """A date at its precision: a year is the number 2015, a month a date shown yyyy-mm, a day yyyy-mm-dd."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return _new_cell(styles.ws, styles.template("yyyy-mm-dd", locked), value, "d")
    if value.decade:
        return _safe_text(styles, str(value), locked)
    if value.day is not None:
        return _new_cell(
            styles.ws,
            styles.template("yyyy-mm-dd", locked),
            dt.date(value.year, value.month or 1, value.day),
            "d",
        )
    if value.month is not None:
        return _new_cell(styles.ws, styles.template("yyyy-mm", locked), dt.date(value.year, value.month, 1), "d")
    return _new_cell(styles.ws, styles.template("0", locked), value.year, "n")


Converter = Callable[[Any], Any]


def _converter(styles: _Styles, col: layout.Column, locked: bool, language: str) -> Converter:
    """One function per column, chosen once per sheet, so the per-cell work is the least it can be."""
    kind = col.kind
    ws = styles.ws
    if kind is layout.Kind.DATE:
        return lambda v: None if v is None else date_cell(styles, v, locked)
    if kind is layout.Kind.PERCENT:
        pct = styles.template("0%", locked)
        return lambda v: None if v is None else _new_cell(ws, pct, float(v) / 100.0, "n")
    if kind in (
        layout.Kind.STATUS,
        layout.Kind.SECTOR,
        layout.Kind.VALUE_KIND,
        layout.Kind.DIRECTION,
        layout.Kind.BOOL,
    ):
        # Statuses, sectors and kinds by their names in the workbook's language, which the import reads back.
        names: dict[Any, str] = {s: render(status_message(s), language) for s in Status}
        names.update({s: render(sector_message(s), language) for s in Sector})
        names.update({k: render(value_kind_message(k), language) for k in ValueKind})
        names.update({d: d.value for d in Direction})
        yes, no = render(message("workbook.yes"), language), render(message("workbook.no"), language)

        def label(v: Any) -> Any:
            if v is None or v == "":
                return None
            text = (yes if v else no) if isinstance(v, bool) else (names.get(v) or str(v))
            return _safe_text(styles, text, locked)

        return label
    if kind is layout.Kind.THEMES:
        return lambda v: _safe_text(styles, ", ".join(v), locked) if v else None
    if kind is layout.Kind.DATETIME:
        stamp = styles.template("yyyy-mm-dd hh:mm", locked)

        def when(v: Any) -> Any:
            if v is None:
                return None
            if isinstance(v, dt.datetime):
                # Excel cannot hold a time zone: UTC wall time, as the header says.
                return _new_cell(ws, stamp, v.astimezone(dt.UTC).replace(tzinfo=None, microsecond=0), "d")
            return _safe_text(styles, str(v), locked)

        return when
    if kind in (layout.Kind.NUMBER, layout.Kind.ID):
        num = styles.template("0" if kind is layout.Kind.ID else None, True)

        def number(v: Any) -> Any:
            if v is None or v == "":
                return None
            if isinstance(v, int | float) and not isinstance(v, bool):
                return _new_cell(ws, num, v, "n") if locked else v
            return _safe_text(styles, str(v), locked)

        return number

    locked_text = styles.template(locked=True)

    def text(v: Any) -> Any:
        # The commonest cells of all: a plain value goes as is (openpyxl checks it for characters XML cannot
        # hold, and values_to_row cleans those); a locked one gets its shared style without more checks.
        if v is None:
            return None
        if v.__class__ is not str:
            v = str(v)
        if not v:
            return None
        if v[0] in _FORMULA_FIRST or len(v) > 32767:
            return _safe_text(styles, v, locked)
        if locked:
            if _ILLEGAL.search(v):  # a styled cell skips openpyxl's own check
                return _safe_text(styles, v, locked)
            return _new_cell(ws, locked_text, v, "s")
        return v

    return text


def _values_to_row(ws: Any) -> Callable[[Any, int], Any]:
    """openpyxl's own version reaches a styled cell through a failed conversion and an exception;
    this one takes it directly. Plain values share one reusable cell, as in openpyxl."""

    def values_to_row(values: Any, row_idx: int) -> Any:
        cell = WriteOnlyCell(ws)
        for col_idx, value in enumerate(values, 1):
            if value is None:
                continue
            if isinstance(value, Cell):
                value.column = col_idx
                value.row = row_idx
                yield value
                continue
            try:
                cell.value = value
            except IllegalCharacterError:  # control characters XML cannot hold: dropped, as _safe_text does
                cell.value = clean_text(value)
            cell.column = col_idx
            cell.row = row_idx
            yield cell

    return values_to_row


class _Ticker:
    def __init__(self, total: int, progress: Progress | None, cancelled: Cancelled | None) -> None:
        self.done = 0
        self.total = max(total, 1)
        self.progress = progress
        self.cancelled = cancelled

    def tick(self, what: str, n: int = 1) -> None:
        self.done += n
        if self.done % 2000 < n:
            if self.cancelled is not None and self.cancelled():
                raise ExportCancelledError("Export cancelled; no file was written")
            if self.progress is not None:
                self.progress(self.done, self.total, what)


def _key_width(spec: layout.SheetSpec, col: layout.Column, key_lengths: dict[str, int]) -> int:
    """A key column's width for the longest key it holds (a character and a bit of room each), else 0."""
    if col.kind is not layout.Kind.KEY:
        return 0
    if col.field in ("program_key",) or (spec.name == "Programs" and col.field == "key"):
        kind = "program"
    elif col.field in ("task_key", "parent_key") or (spec.name == "Tasks" and col.field == "key"):
        kind = "task"
    elif col.field == "indicator_key":
        kind = "indicator"
    else:
        return 0
    longest = key_lengths.get(kind, 0)
    return min(longest + 3, 70) if longest else 0


def _data_sheet(
    wb: Workbook,
    spec: layout.SheetSpec,
    rows: Iterable[Any],
    ticker: _Ticker,
    *,
    with_depth: bool = False,
    editable_rows: bool = True,
    key_lengths: dict[str, int] | None = None,
    rows_expected: int | None = None,
    stamp: str | None = None,
    language: str = DEFAULT_LANGUAGE,
) -> int:
    """Write one data sheet; ``stamp`` (the export moment as text) goes in the last column of every row of a
    sheet the import reads back, so each row says what it was exported from wherever it is pasted."""
    ws = wb.create_sheet(spec.title_in(language))
    if rows_expected is not None:
        # The sheet's size up front, as Excel writes it (openpyxl's streaming writer asks the sheet for it
        # before the first row): a reader then knows the sheet's extent without counting its rows first.
        extent = f"A1:{layout.column_letter(len(spec.columns) - 1)}{max(rows_expected + 1, 1)}"
        ws.calculate_dimension = lambda: extent
    styles = _Styles(ws)
    header_tpl = styles.template(locked=True, bold=True, fill=_HEADER_FILL)
    locked_header_tpl = styles.template(locked=True, bold=True, fill=_LOCKED_HEADER_FILL)
    for i, col in enumerate(spec.columns):
        letter = layout.column_letter(i)
        dim = ws.column_dimensions[letter]
        dim.width = max(col.width, _key_width(spec, col, key_lengths or {}))
        # New rows go below the data: leave every column open there, lock only existing keys.
        if spec.importable:
            dim.protection = Protection(locked=False)
    ws.freeze_panes = "B2" if spec.name in ("Programs", "Tasks") else "A2"
    _print_setup(ws, language, repeat_header=True, spec=spec)
    ws.append(
        [
            styles.cell(c.header_in(language), header_tpl if c.editable or not spec.importable else locked_header_tpl)
            for c in spec.columns
        ]
    )
    # Which columns are locked on existing rows: keys and derived values (never read back).
    locked = [(not c.editable) for c in spec.columns] if spec.importable else [True] * len(spec.columns)
    convs = [_converter(styles, c, locked[i], language) for i, c in enumerate(spec.printed_columns)]
    # One cell for every row's stamp: the streaming writer writes each row out as it is appended.
    stamp_cell = styles.cell(stamp, styles.template(locked=True)) if spec.stamped else None
    if stamp_cell is not None and not stamp:
        raise ValueError(f"{spec.name}: each row needs its export stamp")
    title_index = spec.index("title") if with_depth else -1
    title_locked = locked[title_index] if with_depth else False
    ws._values_to_row = _values_to_row(ws)
    append = ws.append
    tick = ticker.tick
    n = 0
    for item in rows:
        if n >= MAX_EXCEL_ROWS - 1:
            raise CivicError(message("export.too_many_rows", sheet=ws.title, limit=MAX_EXCEL_ROWS - 1))
        if with_depth:
            depth, values = item
            out = [conv(v) for conv, v in zip(convs, values, strict=True)]
            if depth and values[title_index]:
                # A unit task is indented under its action plan; the title stays clean for the round trip.
                out[title_index] = _safe_text(styles, str(values[title_index]), title_locked, depth)
        else:
            out = [conv(v) for conv, v in zip(convs, item, strict=True)]
        if stamp_cell is not None:
            out.append(stamp_cell)
        append(out)
        n += 1
        tick(spec.name)
    last = max(n + 1, 2)
    ws.auto_filter.ref = f"A1:{layout.column_letter(len(spec.columns) - 1)}{last}"
    # Only the columns that print (see printing.PRINTED_THROUGH): long text running on past the last one
    # would otherwise widen the print.
    ws.print_area = f"A1:{layout.column_letter(printing.printed_columns(spec) - 1)}{last}"
    if spec.importable:
        for i, col in enumerate(spec.columns):
            letter = layout.column_letter(i)
            if col.kind is layout.Kind.STATUS:
                # A warning, not a stop: the import understands status names in every language (보류, 进行中...)
                # the list cannot offer, and Excel and LibreOffice must let the user keep them.
                statuses = [render(status_message(s), language) for s in Status]
                dv = DataValidation(
                    type="list",
                    formula1='"' + ",".join(statuses) + '"',
                    allow_blank=True,
                    showErrorMessage=True,
                    errorStyle="warning",
                    errorTitle=col.header_in(language),
                    error=render(message("workbook.status_list.error", statuses=", ".join(statuses)), language),
                )
                dv.add(f"{letter}2:{letter}{MAX_EXCEL_ROWS}")
                ws.data_validations.append(dv)
            elif col.kind is layout.Kind.VALUE_KIND:
                kinds = ",".join(render(value_kind_message(k), language) for k in ValueKind)
                dv = DataValidation(type="list", formula1=f'"{kinds}"', allow_blank=True)
                dv.add(f"{letter}2:{letter}{MAX_EXCEL_ROWS}")
                ws.data_validations.append(dv)
        _protect(ws)
    elif spec.name != "History":
        _protect(ws)
    return n


def _print_setup(ws: Any, language: str, repeat_header: bool = False, spec: layout.SheetSpec | None = None) -> None:
    """Landscape A4, header row on every page, and a data sheet as few pages across as keep it legible.

    (see app/excel/printing.py); gridlines, because the cells have no borders, and the sheet's name and
    page number in the footer, so a loose page of a meeting printout says where it belongs.
    """
    fit = printing.plan(spec) if spec is not None else printing.PrintPlan(1, 1.0, None)
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = 9  # A4
    ws.page_setup.fitToWidth = fit.pages_wide
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins = PageMargins(
        left=printing.MARGIN_SIDE_IN,
        right=printing.MARGIN_SIDE_IN,
        top=printing.MARGIN_TOP_IN,
        bottom=printing.MARGIN_BOTTOM_IN,
        header=0.3,
        footer=0.3,
    )
    ws.oddFooter.center.text = render(message("workbook.footer"), language)
    if repeat_header:
        ws.print_title_rows = "1:1"
    if spec is not None:
        ws.print_options.gridLines = True
        if fit.pages_wide > 1:
            ws.page_setup.pageOrder = "overThenDown"  # the pages of the same rows come one after the other
            if fit.repeat_columns:
                ws.print_title_cols = fit.repeat_columns


def _protect(ws: Any) -> None:
    # No password: protection guards against slips, not against people. Sorting, filtering, resizing,
    # inserting and deleting rows stay allowed.
    ws.protection = SheetProtection(
        sheet=True,
        objects=False,
        scenarios=False,
        formatCells=False,
        formatColumns=False,
        formatRows=False,
        insertColumns=True,
        insertRows=False,
        insertHyperlinks=False,
        deleteColumns=True,
        deleteRows=False,
        selectLockedCells=False,
        selectUnlockedCells=False,
        sort=False,
        autoFilter=False,
        pivotTables=True,
    )


def _summary_sheet(wb: Workbook, content: WorkbookContent) -> None:
    lang = content.language
    ws = wb.create_sheet(render(layout.SUMMARY, lang))
    _print_setup(ws, lang)
    styles = _Styles(ws)
    ws.column_dimensions["A"].width = 40  # program titles, whole on paper too
    ws.column_dimensions["B"].width = 26
    ws.column_dimensions["C"].width = 50
    ws.column_dimensions["D"].width = 12
    bold = styles.template(bold=True)
    big = WriteOnlyCell(ws, clean_text(content.title))
    big.font = Font(bold=True, size=16)
    ws.append([big])
    made = content.made_at.astimezone().replace(tzinfo=None, microsecond=0)
    ws.append(
        [
            styles.cell(render(message("workbook.summary.made"), lang), bold),
            styles.cell(made, styles.template("yyyy-mm-dd hh:mm")),
        ]
    )
    ws.append(
        [
            styles.cell(render(layout.EXPORTED_AT, lang), bold),
            _safe_text(styles, layout.exported_at_text(content.made_at), True),
            styles.cell(render(message("workbook.summary.stamp_note"), lang), styles.template(font_color="666666")),
        ]
    )
    ws.append(
        [
            styles.cell(render(message("workbook.summary.filter"), lang), bold),
            _safe_text(styles, content.filter_text or render(message("workbook.filter.all"), lang), False),
        ]
    )
    labels: dict[str, Message] = {
        layout.PROGRAMS.name: layout.PROGRAMS.label,
        layout.TASKS.name: layout.TASKS.label,
        layout.PROGRESS.name: message("workbook.summary.progress_entries"),
        layout.INDICATORS.name: layout.INDICATORS.label,
        "Indicator values": message("workbook.summary.indicator_values"),
    }
    for sheet, count in content.counts.items():
        ws.append([styles.cell(render(labels[sheet], lang) if sheet in labels else sheet, bold), count])
    ws.append([])
    hdr = styles.template(bold=True, fill=_HEADER_FILL)
    ws.append(
        [
            styles.cell(render(message("workbook.summary.by_status"), lang), hdr),
            styles.cell(layout.PROGRAMS.title_in(lang), hdr),
        ]
    )
    for status, count in content.by_status:
        if status is not None:
            colour = PatternFill("solid", fgColor=STATUS_COLOURS[status].lstrip("#"))
            name = render(status_message(status), lang)
            cell = styles.cell(name, styles.template(bold=True, fill=colour, font_color="FFFFFF"))
        else:
            cell = styles.cell(render(message("workbook.summary.no_status"), lang), styles.template())
        ws.append([cell, count])
    ws.append([])
    none = render(message("workbook.summary.none"), lang)
    ws.append(
        [
            styles.cell(render(message("workbook.summary.overdue", count=len(content.overdue)), lang), hdr),
            styles.cell(layout.TASKS.column("key").header_in(lang), hdr),
            styles.cell(render(message("workbook.summary.task"), lang), hdr),
            styles.cell(layout.TASKS.column("due_date").header_in(lang), hdr),
        ]
    )
    for program, tkey, title, due in content.overdue[:500]:
        ws.append(
            [
                _safe_text(styles, program, False),
                _safe_text(styles, tkey, False),
                _safe_text(styles, title, False),
                date_cell(styles, due, False),
            ]
        )
    if not content.overdue:
        ws.append([none])
    ws.append([])
    if content.since:
        label = render(message("workbook.summary.since", date=str(content.since)), lang)
    else:
        label = render(message("workbook.summary.latest"), lang)
    ws.append(
        [
            styles.cell(label, hdr),
            styles.cell(layout.PROGRESS.column("entry_date").header_in(lang), hdr),
            styles.cell(render(message("workbook.summary.what_happened"), lang), hdr),
        ]
    )
    for program, when, title in content.recent_progress[:500]:
        ws.append(
            [
                _safe_text(styles, program, False),
                date_cell(styles, when, False),
                _safe_text(styles, title, False),
            ]
        )
    if not content.recent_progress:
        ws.append([none])


def _charts_sheet(wb: Workbook, charts: Iterable[ChartData], lang: str) -> Any:
    ws = wb.create_sheet(render(layout.CHARTS, lang))
    _print_setup(ws, lang)
    styles = _Styles(ws)
    for letter, width in (("A", 14), ("B", 12), ("C", 12)):
        ws.column_dimensions[letter].width = width
    hdr = styles.template(bold=True, fill=_HEADER_FILL)
    period_name = layout.INDICATORS.column("period").header_in(lang)
    value_name = layout.INDICATORS.column("value").header_in(lang)
    actual_name = render(message("workbook.chart.actual"), lang)
    target_name = render(message("workbook.chart.target"), lang)
    row = 1
    made = 0
    for chart in charts:
        if made >= MAX_CHARTS:
            ws.append([render(message("workbook.chart.only_first", count=MAX_CHARTS), lang)])
            break
        points = [p for p in chart.points if p[1] is not None or p[2] is not None]
        if len(points) < 2:
            continue
        title = clean_text(chart.title + (f" ({chart.unit})" if chart.unit else ""))
        ws.append([styles.cell(title, styles.template(bold=True))])
        ws.append([styles.cell(period_name, hdr), styles.cell(actual_name, hdr), styles.cell(target_name, hdr)])
        first = row + 2
        for period, actual, target in points:
            ws.append([_safe_text(styles, period, False), actual, target])
        last = first + len(points) - 1
        lc = LineChart()
        lc.title = clean_text(chart.title.split(": ", 1)[-1])[:120]
        lc.height = 7
        lc.width = 16
        lc.y_axis.title = chart.unit or value_name
        lc.x_axis.title = period_name
        # openpyxl hides axes unless told otherwise; LibreOffice and Excel both honour 'delete'.
        lc.x_axis.delete = False
        lc.y_axis.delete = False
        data = Reference(
            ws,
            min_col=2,
            max_col=3 if any(p[2] is not None for p in points) else 2,
            min_row=first - 1,
            max_row=last,
        )
        lc.add_data(data, titles_from_data=True)
        lc.set_categories(Reference(ws, min_col=1, min_row=first, max_row=last))
        for s in lc.series:
            s.smooth = False
            # Markers, so a lone point (a single target) shows too.
            s.marker.symbol = "circle"
            s.marker.size = 6
        ws.add_chart(lc, f"E{row}")
        # Leave room for the chart (about 15 rows) before the next table.
        used = 2 + len(points)
        pad = max(0, 16 - used)
        for _ in range(pad):
            ws.append([])
        row += used + pad
        made += 1
    if made == 0:
        ws.append([render(message("workbook.chart.none"), lang)])
    return ws, made


def _how_to_sheet(wb: Workbook, notes: list[str], lang: str) -> None:
    ws = wb.create_sheet(render(layout.HOW_TO, lang))
    _print_setup(ws, lang)
    # Printed, the help is one page: portrait, fitted (its table is narrow and long).
    ws.page_setup.orientation = "portrait"
    ws.page_setup.fitToHeight = 1
    styles = _Styles(ws)
    ws.column_dimensions["A"].width = 16
    ws.column_dimensions["B"].width = 22
    ws.column_dimensions["C"].width = 10
    ws.column_dimensions["D"].width = 80
    big = WriteOnlyCell(ws, render(message("workbook.how_to.title"), lang))
    big.font = Font(bold=True, size=14)
    ws.append([big])
    separator = render(message("workbook.list.separator"), lang)
    statuses = separator.join(render(status_message(s), lang) for s in Status)
    not_read = separator.join(
        render(label, lang) for label in (layout.SUMMARY, layout.SOURCES.label, layout.CHARTS, layout.HISTORY.label)
    )
    said: list[Message] = [
        message("workbook.how_to.columns"),
        message("workbook.how_to.new_rows", entry_id=layout.PROGRESS.column("id").header_in(lang)),
        message("workbook.how_to.deleting"),
        message("workbook.how_to.empty"),
        message("workbook.how_to.colleagues", stamp=render(layout.EXPORTED_AT, lang)),
        message("workbook.how_to.dates"),
        message("workbook.how_to.values", statuses=statuses),
        message("workbook.how_to.bring_back"),
        message("workbook.how_to.not_read", sheets=not_read),
        message("workbook.how_to.hidden"),
    ]
    lines = [*(render(m, lang) for m in said), *notes]
    # Korean and Chinese letters are twice as wide as Latin ones: half as many make a line as wide.
    width = 100 if lang == DEFAULT_LANGUAGE else 55
    rows = 1
    for line in lines:
        # Lines of about a hundred characters, each in its own row, so the text stays within columns B to D
        # on screen and on paper (one long cell ran far past the page, and printing shrank to 4-point text).
        for i, part in enumerate(textwrap.wrap(line, width) or [""]):
            ws.append([styles.cell("•" if i == 0 else "", styles.template()), styles.cell(part, styles.template())])
            rows += 1
    ws.append([])
    hdr = styles.template(bold=True, fill=_HEADER_FILL)
    ws.append(
        [
            styles.cell(render(message("workbook.how_to.sheet"), lang), hdr),
            styles.cell(render(message("workbook.how_to.column"), lang), hdr),
            styles.cell(render(message("workbook.how_to.editable"), lang), hdr),
            styles.cell(render(message("workbook.how_to.takes"), lang), hdr),
        ]
    )
    rows += 2
    yes, no = render(message("workbook.yes"), lang), render(message("workbook.no"), lang)
    for spec in layout.IMPORTABLE:
        for col in spec.columns:
            takes = render(col.note, lang) if col.note is not None else _accepts(col, lang, separator)
            ws.append([spec.title_in(lang), col.header_in(lang), yes if col.editable else no, takes])
            rows += 1
    ws.print_area = f"A1:D{rows}"


def _accepts(col: layout.Column, lang: str, separator: str) -> str:
    """What a column without a note of its own takes, as the How to edit sheet says it."""
    if col.kind is layout.Kind.DATE:
        return render(message("workbook.accepts.date"), lang)
    if col.kind is layout.Kind.PERCENT:
        return render(message("workbook.accepts.percent"), lang)
    if col.kind is layout.Kind.NUMBER:
        return render(message("workbook.accepts.number"), lang)
    names: list[Message] = []
    if col.kind is layout.Kind.STATUS:
        names = [status_message(s) for s in Status]
    elif col.kind is layout.Kind.SECTOR:
        names = [sector_message(s) for s in Sector]
    elif col.kind is layout.Kind.VALUE_KIND:
        names = [value_kind_message(k) for k in ValueKind]
    if names:
        listed = separator.join(render(n, lang) for n in names)
        return render(message("workbook.accepts.list", names=listed), lang)
    if col.required:
        return render(message("workbook.accepts.text_required"), lang)
    return render(message("workbook.accepts.text"), lang)


def write_workbook(
    content: WorkbookContent, path: Path, progress: Progress | None = None, cancelled: Cancelled | None = None
) -> dict[str, int]:
    """Write the workbook to ``path`` via a temporary file; nothing is left if it fails or is cancelled."""
    wb = Workbook(write_only=True)
    _unlocked_by_default(wb)
    try:
        written = _write_all(wb, content, path, progress, cancelled)
    except BaseException:
        _discard(wb)
        raise
    if progress is not None:
        progress(max(sum(content.counts.values()), 1), max(sum(content.counts.values()), 1), "done")
    return written


def _discard(wb: Workbook) -> None:
    """Close and delete the temporary files of a workbook that will not be saved."""
    for ws in wb.worksheets:
        try:
            if getattr(ws, "_writer", None) is not None and not ws.closed:
                ws.close()
            if getattr(ws, "_writer", None) is not None:
                ws._writer.cleanup()
        except Exception:
            log.debug("discarding sheet %s", ws.title, exc_info=True)


def _write_all(
    wb: Workbook, content: WorkbookContent, path: Path, progress: Progress | None, cancelled: Cancelled | None
) -> dict[str, int]:
    ticker = _Ticker(sum(content.counts.values()), progress, cancelled)
    written: dict[str, int] = {}
    stamp = layout.exported_at_text(content.made_at)
    lang = content.language
    _summary_sheet(wb, content)
    sheets: dict[str, Any] = {}
    # Each of these three sheets states its extent up front: its count is its rows, taken in the same read
    # transaction as the rows themselves.
    for spec, rows, with_depth in (
        (layout.PROGRAMS, content.programs, False),
        (layout.TASKS, content.tasks, True),
        (layout.PROGRESS, content.progress, False),
    ):
        written[spec.name] = _data_sheet(
            wb,
            spec,
            rows,
            ticker,
            with_depth=with_depth,
            key_lengths=content.key_lengths,
            rows_expected=content.counts.get(spec.name),
            stamp=stamp,
            language=lang,
        )
        sheets[spec.name] = wb.worksheets[-1]
    written["Indicators"] = _data_sheet(
        wb, layout.INDICATORS, content.indicators, ticker, key_lengths=content.key_lengths, stamp=stamp, language=lang
    )
    sheets["Indicators"] = wb.worksheets[-1]
    written["Sources"] = _data_sheet(wb, layout.SOURCES, content.sources, ticker, language=lang)
    sheets["Sources"] = wb.worksheets[-1]
    sheets["Charts"], written["Charts"] = _charts_sheet(wb, content.charts, lang)
    # A sheet with nothing in it is hidden: printed whole (Excel's "entire workbook", LibreOffice's PDF
    # export) the workbook leaves it out. Right-click a sheet tab > Unhide brings it back to add rows.
    for name in ("Progress", "Indicators", "Sources", "Charts"):
        if not written[name]:
            sheets[name].sheet_state = "hidden"
            sheets[name].print_area = None  # LibreOffice prints a hidden sheet's print range all the same
    _how_to_sheet(wb, content.extra_notes, lang)
    if content.history is not None:
        written["History"] = _data_sheet(wb, layout.HISTORY, content.history, ticker, language=lang)
    if cancelled is not None and cancelled():
        raise ExportCancelledError("Export cancelled; no file was written")
    save_whole(wb, path, cancelled)
    return written


def save_whole(wb: Workbook, path: Path, cancelled: Cancelled | None = None) -> None:
    """Save ``wb`` as ``path`` through a temporary file renamed into place when complete: a full disk, an
    error or a cancel leaves the file that was there (or none), never half a workbook."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.part")
    try:
        _save(wb, tmp)
        if cancelled is not None and cancelled():
            raise ExportCancelledError("Export cancelled; no file was written")
        tmp.replace(path)
    finally:
        if tmp.exists():
            tmp.unlink()


def _save(wb: Workbook, path: Path) -> None:
    """``wb.save(path)``, with the zip file closed however saving ends.

    openpyxl leaves its zip file open when writing fails (a full disk); the zip file's finalizer then
    fails once more at exit and prints a traceback after the one-line message. Here it is closed at once.
    """
    archive = zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, allowZip64=True)
    try:
        wb.properties.modified = dt.datetime.now(dt.UTC).replace(tzinfo=None)  # as openpyxl's save_workbook
        ExcelWriter(wb, archive).write_data()
    except BaseException:
        with contextlib.suppress(Exception):  # the disk is still full: the first error is the one to report
            archive.close()
        raise
    archive.close()
