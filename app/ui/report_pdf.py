"""The printed report: a report's facts (services/report.py) laid out on A4 pages, as a PDF or on a printer.

One HTML QTextDocument per paint device, laid out in that device's pixels so that point sizes are true on
paper; pages are painted one by one with a footer (what the report is, the page and the page count). Every
word of the report comes from the message tables (``report.*``) in the language asked for, so the command
line prints the same report as the window. Qt embeds the fonts it uses, so Korean and Chinese print on any
machine and the text stays selectable.
"""

from __future__ import annotations

import functools
import html
import os
import re
import unicodedata
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QRawFont,
    QTextBlock,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from app.domain import model as d
from app.domain.budget import unit_text
from app.domain.dates import PartialDate, display, display_day
from app.domain.enums import Direction, Status, ValueKind, status_message
from app.domain.errors import CivicError
from app.domain.messages import Message, message, render
from app.domain.names import first_name, place_path
from app.domain.timeline import Tick, Zoom
from app.services.report import Report, ReportProgram, ReportTask
from app.ui import style
from app.ui.report_chart import chart_image
from app.ui.report_timeline import timeline_image, timeline_rows

# Latin letters and digits from a Latin font, Korean and Chinese from the CJK font of the report's language (Qt
# falls back per character along the list; the first installed of each kind wins). Noto Sans CJK's own digits
# are substituted glyphs the PDF cannot map back to text: "(2017)" would read "()" to pdftotext or a search.
LATIN_FONTS = ["Noto Sans", "DejaVu Sans", "Segoe UI", "Helvetica Neue", "Arial"]
CJK_FONTS = {
    "ko": ["Noto Sans CJK KR", "Noto Sans KR", "Malgun Gothic", "Apple SD Gothic Neo", "NanumGothic"],
    "zh_CN": ["Noto Sans CJK SC", "Noto Sans SC", "Microsoft YaHei", "PingFang SC", "WenQuanYi Micro Hei"],
}
BODY_PT = 9.0
PDF_DPI = 300
CHART_DPI = 200  # the charts' pictures: sharp on paper, small in the file
MARGINS_MM = QMarginsF(15, 14, 15, 12)
FOOTER_MM = 7.0
CHART_MM = (100, 50)  # width and height of an indicator's chart on paper
TIMELINE_MM = (180, 4.2)  # the timeline's width on paper (the text's width) and the height of one of its rows


def report_font(language: str) -> QFont:
    """The report's font: its language's CJK shapes first among the CJK fonts, no ligatures (an "ffi" drawn
    as one glyph is read back as the character U+FB03, and a search for "office" misses it)."""
    own = CJK_FONTS.get(language, CJK_FONTS["ko"])
    others = [f for lang, fonts in CJK_FONTS.items() if fonts is not own for f in fonts]
    font = QFont()
    font.setFamilies([*LATIN_FONTS, *own, *others])
    font.setPointSizeF(BODY_PT)
    for tag in ("liga", "clig", "dlig"):
        font.setFeature(QFont.Tag(tag), 0)
    return font


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


class ReportLayout:
    """A report as pages of one paint device (a QPdfWriter, or the QPrinter of a print preview)."""

    def __init__(self, report: Report, language: str, date_style: str = "iso") -> None:
        self.report = report
        self.language = language
        self.date_style = date_style
        self._charts = 0
        self.written = ""  # the text painted, once painted

    # ------------------------------------------------------------------ words and values
    def _(self, value: Message) -> str:
        return render(value, self.language)

    def date(self, value: PartialDate | None) -> str:
        return display(value, self.language, self.date_style)

    def status(self, status: Status | None) -> str:
        if status is None:
            return "–"
        dot = f'<span style="color:{style.status_colour(status).name()}">●</span>'
        return f"{dot}&nbsp;{_e(self._(status_message(status)))}"

    @staticmethod
    def nowrap(text: str) -> str:
        """A date or a number kept on one line ("2026-12-20", not "2026-12-2" over "0")."""
        return f'<span style="white-space: nowrap">{_e(text)}</span>'

    @staticmethod
    def percent(value: float | None) -> str:
        return f"{value:g}%" if value is not None else "–"

    def percent_of(self, entry: d.ProgressEntry) -> str:
        return self.percent(entry.percent_complete)

    @staticmethod
    def number(value: float) -> str:
        return f"{value:,.10g}"

    def title(self) -> str:
        """What the footer of every page says the report is."""
        if self.report.is_brief:
            return self._(message("report.brief_title"))
        p = self.report.programs[0].program
        return f"{p.key} · {p.local_title or p.title}"

    # ------------------------------------------------------------------ the document
    def document(self, device: QPagedPaintDevice) -> QTextDocument:
        """The report laid out on ``device``'s pages (less the footer's room)."""
        dpi = device.logicalDpiY()
        self.device_mm = dpi / 25.4
        # Lengths in the HTML (paddings, margins, image sizes) are CSS pixels, 96 to the inch: Qt scales them
        # to the device itself, so the same report lays out alike at 300 dpi (PDF) and 1200 dpi (a printer).
        self.mm = 96 / 25.4
        page = device.pageLayout().paintRectPixels(dpi)
        self.width = float(page.width())
        doc = QTextDocument()
        doc.documentLayout().setPaintDevice(device)
        doc.setDefaultFont(report_font(self.language))
        doc.setDocumentMargin(0)
        doc.setDefaultStyleSheet(self._css())
        self.doc = doc
        self._charts = 0
        body = self._brief() if self.report.is_brief else ""
        for i, rp in enumerate(self.report.programs):
            body += self._program(rp, new_page=self.report.is_brief or i > 0)
        doc.setHtml(f"<html><body>{body}</body></html>")
        doc.setPageSize(QSizeF(page.width(), page.height() - FOOTER_MM * self.device_mm))
        keep_headings_with_next(doc)
        return doc

    def _css(self) -> str:
        pad = round(0.8 * self.mm)
        return (
            f"h1 {{ font-size: 15pt; font-weight: 600; margin-top: 0; margin-bottom: {pad}px; }}"
            f"h2 {{ font-size: 11pt; font-weight: 600; margin-top: {4 * pad}px; margin-bottom: {pad}px; }}"
            f"h3 {{ font-size: 9.5pt; font-weight: 600; margin-top: {2 * pad}px; margin-bottom: {pad}px; }}"
            f"p {{ margin-top: 0; margin-bottom: {pad}px; }}"
            f"th {{ background-color: {style.PERCENT_TRACK}; font-weight: 600; text-align: left; }}"
            f".hint {{ color: {style.HINT_TEXT}; }}"
            f".small {{ font-size: 7.5pt; }}"
            f".overdue {{ color: {style.OVERDUE_TEXT}; font-weight: 600; }}"
            f".label {{ color: {style.HINT_TEXT}; }}"
        )

    def _table(self, head: list[tuple[str, int]], rows: list[list[str]]) -> str:
        """A ruled table: ``head`` gives each column's heading and width in percent; cells are HTML."""
        pad = round(1.3 * self.mm)
        out = [
            f'<table width="100%" cellspacing="0" cellpadding="{pad}" border="1" '
            f'style="border-color:{style.TIMELINE_LINE}; border-style: solid; border-collapse: collapse;">',
            "<thead><tr>",
        ]
        out += [f'<th width="{w}%">{_e(h)}</th>' for h, w in head]
        out.append("</tr></thead>")
        for row in rows:
            out.append("<tr>" + "".join(f'<td valign="top">{cell}</td>' for cell in row) + "</tr>")
        out.append("</table>")
        return "".join(out)

    # ------------------------------------------------------------------ the meeting brief
    def _brief(self) -> str:
        r = self.report
        out = [f"<h1>{_e(self._(message('report.brief_title')))}</h1>"]
        made = self._(message("report.made_on", date=display_day(r.made_on, self.language, self.date_style)))
        out.append(f'<p class="hint">{_e(made)}</p>')
        out.append(f"<h2>{_e(self._(message('report.programs')))}</h2>")
        rows = []
        for rp in r.programs:
            p = rp.program
            rows.append(
                [
                    self._program_name(p),
                    _e(self._place(p.place)),
                    self.status(p.status),
                    self.percent(p.percent_complete),
                ]
            )
        out.append(
            self._table(
                [
                    (self._(message("report.program")), 52),
                    (self._(message("report.place")), 24),
                    (self._(message("report.status")), 14),
                    (self._(message("report.percent")), 10),
                ],
                rows,
            )
        )
        out.append(f"<h2>{_e(self._(message('report.overdue')))}</h2>")
        overdue = r.overdue()
        if overdue:
            rows = [
                [
                    _e(rp.program.key),
                    self._task_title(t, rp.program.key, indent=False),
                    _e(t.task.owner or ""),
                    f'<span class="overdue">{self.nowrap(self.date(t.task.due_date))}</span>',
                    self.status(t.task.status),
                ]
                for rp, t in overdue
            ]
            out.append(
                self._table(
                    [
                        (self._(message("report.program")), 18),
                        (self._(message("report.task")), 40),
                        (self._(message("report.owner")), 13),
                        (self._(message("report.due")), 15),
                        (self._(message("report.status")), 14),
                    ],
                    rows,
                )
            )
        else:
            out.append(f'<p class="hint">{_e(self._(message("report.no_overdue")))}</p>')
        since = self.date(r.since)
        out.append(f"<h2>{_e(self._(message('report.progress_since', date=since)))}</h2>")
        progress = r.progress()
        if progress:
            rows = [
                [self.nowrap(self.date(e.entry_date)), _e(rp.program.key), self._entry(e), self.percent_of(e)]
                for rp, e in progress
            ]
            out.append(
                self._table(
                    [
                        (self._(message("report.date")), 14),
                        (self._(message("report.program")), 18),
                        (self._(message("report.entry")), 58),
                        ("%", 10),
                    ],
                    rows,
                )
            )
        else:
            out.append(f'<p class="hint">{_e(self._(message("report.no_progress", date=since)))}</p>')
        return "".join(out)

    # ------------------------------------------------------------------ one program
    def _names(self, name: str, local: str | None) -> tuple[str, str | None]:
        """A program's, place's or organization's two names, the one in the report's language first
        (app/domain/names.py, as everywhere in the app); the second is None when there is no other."""
        first = first_name(name, local, self.language)
        other = local if first == name else name
        return first, (other if other and other != first else None)

    def _place(self, place: d.Place | None) -> str:
        """A place's path, each place by its name in the report's language: 대한민국 > 서울특별시 > 도봉구."""
        if place is None:
            return ""
        return place_path(place.chain, self.language) if place.chain else place.path

    def _program_name(self, p: d.Program) -> str:
        first, other = self._names(p.title, p.local_title)
        name = f"<b>{_e(first)}</b>"
        if other:
            name += f' <span class="hint">{_e(other)}</span>'
        return f'<span class="hint small">{_e(p.key)}</span><br/>{name}'

    def _task_title(self, t: ReportTask, program_key: str, indent: bool = True) -> str:
        margin = round(t.depth * 4 * self.mm) if indent else 0
        # A task's key is its program's and a number (DOBONG-SD-T01): under its program, the number says enough.
        short = t.task.key.removeprefix(program_key + "-")
        key = f'<span class="hint small">{_e(short)}</span> '
        return f'<p style="margin-left:{margin}px; margin-bottom:0">{key}{_e(t.task.title)}</p>'

    def _entry(self, e: d.ProgressEntry) -> str:
        text = _e(e.title)
        if e.author:
            text += f' <span class="hint">— {_e(e.author)}</span>'
        return text

    def _program(self, rp: ReportProgram, new_page: bool) -> str:
        p = rp.program
        brk = ' style="page-break-before: always;"' if new_page else ""
        kind = self._(message("report.case")) if p.is_case else self._(message("report.program_report"))
        out = [f'<p class="hint small"{brk}>{_e(kind)} · {_e(p.key)}</p>']
        first, other = self._names(p.title, p.local_title)
        out.append(f"<h1>{_e(first)}</h1>")
        if other:
            out.append(f'<p class="hint" style="font-size: 11pt">{_e(other)}</p>')
        out.append(self._facts(rp))
        out.append(self._tasks(rp))
        out.append(self._timeline(rp))
        out.append(self._progress(rp))
        if p.indicators:
            out.append(f"<h2>{_e(self._(message('report.indicators')))}</h2>")
            out += [self._indicator(i) for i in p.indicators]
        if p.sources:
            out.append(self._sources(p))
        return "".join(out)

    def _facts(self, rp: ReportProgram) -> str:
        p = rp.program
        lead = ""
        if p.lead_organization is not None:
            first, other = self._names(p.lead_organization.name, p.lead_organization.name_local)
            lead = _e(first) + (f' <span class="hint">({_e(other)})</span>' if other else "")
        dates = " – ".join(x for x in (self.date(p.start_date), self.date(p.end_date)) if x) or "–"
        if p.tasks:
            rollup = self._(message("report.rollup", counted=rp.counted, total=rp.top_level))
        else:
            rollup = self._(message("report.rollup_none"))
        percent = f'<b>{self.percent(p.percent_complete)}</b> <span class="hint">({_e(rollup)})</span>'
        pad = round(0.6 * self.mm)

        def label(code: Message) -> str:
            return f'<td width="17%" class="label">{_e(self._(code))}</td>'

        return (
            f'<table width="100%" cellspacing="0" cellpadding="{pad}">'
            f"<tr>{label(message('report.place'))}<td width='33%'>{_e(self._place(p.place) or '–')}</td>"
            f"{label(message('report.lead'))}<td width='33%'>{lead or '–'}</td></tr>"
            f"<tr>{label(message('report.status'))}<td>{self.status(p.status)}</td>"
            f"{label(message('report.dates'))}<td>{_e(dates)}</td></tr>"
            f"<tr>{label(message('report.percent'))}<td colspan='3'>{percent}</td></tr>"
            "</table>"
        )

    def _tasks(self, rp: ReportProgram) -> str:
        out = [f"<h2>{_e(self._(message('report.tasks')))}</h2>"]
        if not rp.tasks:
            out.append(f'<p class="hint">{_e(self._(message("report.no_tasks")))}</p>')
            return "".join(out)
        rows = []
        for t in rp.tasks:
            due = self.nowrap(self.date(t.task.due_date))
            rows.append(
                [
                    self._task_title(t, rp.program.key),
                    _e(t.task.owner or ""),
                    f'<span class="overdue">{due}</span>' if t.overdue else due,
                    self.status(t.task.status),
                    self.percent(t.percent),
                ]
            )
        out.append(
            self._table(
                [
                    (self._(message("report.task")), 47),
                    (self._(message("report.owner")), 15),
                    (self._(message("report.due")), 15),
                    (self._(message("report.status")), 14),
                    ("%", 9),
                ],
                rows,
            )
        )
        return "".join(out)

    def _timeline(self, rp: ReportProgram) -> str:
        """The Timeline tab's picture of the program's tasks (none when no task has a date)."""
        p = rp.program
        rows = timeline_rows(p.tasks, self.report.made_on, roll_up=not p.is_case)
        if not rows:
            return ""
        scale = CHART_DPI / 25.4
        font = report_font(self.language)
        font.setPixelSize(round(7 / 72 * CHART_DPI))
        image = timeline_image(
            rows,
            self.report.made_on,
            round(TIMELINE_MM[0] * scale),
            round(TIMELINE_MM[1] * scale),
            font,
            self._tick_label,
            self._(message("report.today")),
        )
        self._charts += 1
        url = f"chart{self._charts}"
        self.doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(url), image)
        width = TIMELINE_MM[0] * self.mm
        height = width * image.height() / image.width()
        return (
            f"<h2>{_e(self._(message('report.timeline')))}</h2>"
            f'<p><img src="{url}" width="{round(width)}" height="{round(height)}"/></p>'
        )

    def _tick_label(self, tick: Tick, zoom: Zoom) -> str:
        if zoom is Zoom.MONTH:
            return self.date(PartialDate(tick.day.year, tick.day.month))
        if zoom is Zoom.QUARTER:
            return self._(message("report.quarter", quarter=tick.quarter, year=tick.day.year))
        return self.date(PartialDate(tick.day.year))

    def _progress(self, rp: ReportProgram) -> str:
        since = self.date(self.report.since)
        out = [f"<h2>{_e(self._(message('report.progress_since', date=since)))}</h2>"]
        if not rp.progress:
            out.append(f'<p class="hint">{_e(self._(message("report.no_progress", date=since)))}</p>')
            return "".join(out)
        rows = [[self.nowrap(self.date(e.entry_date)), self._entry(e), self.percent_of(e)] for e in rp.progress]
        out.append(
            self._table(
                [(self._(message("report.date")), 16), (self._(message("report.entry")), 74), ("%", 10)],
                rows,
            )
        )
        if rp.more_progress:
            out.append(f'<p class="hint">{_e(self._(message("report.more_progress", count=rp.more_progress)))}</p>')
        return "".join(out)

    def _indicator(self, ind: d.Indicator) -> str:
        name = _e(ind.name) + (f" ({_e(unit_text(ind.unit, self.language))})" if ind.unit else "")
        if ind.direction is Direction.LOWER:
            name += f' <span class="hint">— {_e(self._(message("report.lower_is_better")))}</span>'
        out = [f"<h3>{name}</h3>"]
        # The values beside the chart: the baseline, each value, the target.
        rows: list[list[str]] = []
        if ind.baseline_value is not None:
            rows.append(
                [
                    _e(self.date(ind.baseline_period)),
                    f"{self.number(ind.baseline_value)} "
                    f'<span class="hint">{_e(self._(message("report.baseline")))}</span>',
                ]
            )
        planned = self._(message("report.planned"))
        for v in sorted(ind.values, key=lambda v: v.period.chart_key()):
            kind = "" if v.kind is ValueKind.ACTUAL else f' <span class="hint">{_e(planned)}</span>'
            rows.append([_e(self.date(v.period)), self.number(v.value) + kind])
        if ind.target_value is not None:
            target = self._(message("report.target"))
            rows.append(
                [
                    _e(self.date(ind.target_date)),
                    f'<b>{self.number(ind.target_value)}</b> <span class="hint">{_e(target)}</span>',
                ]
            )
        chart_w, chart_h = CHART_MM[0] * self.mm, CHART_MM[1] * self.mm
        if not ind.values and ind.target_value is None:
            out.append(f'<p class="hint">{_e(self._(message("report.no_values")))}</p>')
            return "".join(out)
        values = self._table(
            [(self._(message("report.period")), 45), (self._(message("report.value")), 55)],
            rows,
        )
        url = self._chart(ind)
        return "".join(out) + (
            '<table width="100%" cellspacing="0" cellpadding="0"><tr>'
            f'<td width="62%" valign="top"><img src="{url}" width="{round(chart_w)}" height="{round(chart_h)}"/></td>'
            f'<td width="38%" valign="top">{values}</td></tr></table>'
        )

    def _chart(self, ind: d.Indicator) -> str:
        """The indicator's chart as an image resource of the document; its name for <img src>."""
        scale = CHART_DPI / 25.4
        font = report_font(self.language)
        font.setPixelSize(round(7.5 / 72 * CHART_DPI))
        labels = {
            "actual": self._(message("report.actual")),
            "planned": self._(message("report.planned")),
            "target": self._(message("report.target")),
        }
        image = chart_image(ind, round(CHART_MM[0] * scale), round(CHART_MM[1] * scale), font, labels, self.date)
        self._charts += 1
        url = f"chart{self._charts}"
        self.doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(url), image)
        return url

    def _sources(self, p: d.Program) -> str:
        out = [f"<h2>{_e(self._(message('report.sources')))}</h2>", "<ol>"]
        for s in p.sources:
            text = _e(s.reference())
            if s.publication:
                text += f", <i>{_e(s.publication)}</i>"
            if s.url:
                text += f' <a href="{_e(s.url)}">{_e(s.url)}</a>'
            out.append(f"<li>{text}</li>")
        out.append("</ol>")
        return "".join(out)

    # ------------------------------------------------------------------ painting
    def paint(self, device: QPagedPaintDevice) -> int:
        """Paint every page on ``device`` (a QPdfWriter or a QPrinter); returns the number of pages."""
        doc = self.document(device)
        page_w, page_h = doc.pageSize().width(), doc.pageSize().height()
        pages = doc.pageCount()
        made = self._(message("report.made_on", date=display_day(self.report.made_on, self.language, self.date_style)))
        self.written = doc.toPlainText() + self.title() + made  # what the pages say (fix_text_map)
        painter = QPainter()
        if not painter.begin(device):
            raise CivicError(message("report.write_failed", path=getattr(device, "outputFileName", lambda: "")()))
        footer_font = report_font(self.language)
        footer_font.setPointSizeF(7.0)
        title = self.title()
        try:
            for index in range(pages):
                if index:
                    device.newPage()
                painter.save()
                clip = QRectF(0, index * page_h, page_w, page_h)
                painter.translate(0, -index * page_h)
                painter.setClipRect(clip)
                context = QAbstractTextDocumentLayout.PaintContext()
                # A block that only touches the page's edge is left out: drawn clipped, its text would still be
                # in the page's content, and read back (twice) by pdftotext or a search.
                context.clip = clip.adjusted(0, 1, 0, -1)
                doc.documentLayout().draw(painter, context)
                painter.restore()
                painter.setFont(footer_font)
                painter.setPen(QColor(style.HINT_TEXT))
                footer = QRectF(0, page_h + FOOTER_MM * self.device_mm * 0.3, page_w, FOOTER_MM * self.device_mm * 0.7)
                page_text = self._(message("report.page", page=index + 1, pages=pages))
                # The title, cut short with "…" where it would run into the date in the middle.
                metrics = painter.fontMetrics()
                room = (page_w - metrics.horizontalAdvance(made)) / 2 - 3 * self.device_mm
                shown = metrics.elidedText(title, Qt.TextElideMode.ElideRight, max(0, int(room)))
                painter.drawText(footer, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), shown)
                painter.drawText(footer, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), page_text)
                painter.drawText(footer, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter), made)
                painter.setPen(QColor(style.TIMELINE_LINE))
                painter.drawLine(QPointF(0, footer.top()), QPointF(page_w, footer.top()))
        finally:
            painter.end()
        return pages


def keep_headings_with_next(doc: QTextDocument, limit: int = 50) -> None:
    """A heading left alone at the foot of a page (its chart or table on the next) starts the next page.

    QTextDocument breaks pages before a block, a table row or an image that does not fit, but knows no
    "keep with next": the first of a run of headings whose content begins on a later page is given a page
    break before it, one at a time from the top, each followed by a layout of the whole document (Qt's own
    partial relayout after a format change left later headings with no lines, unprinted)."""
    for _ in range(limit):
        heading = _orphaned_heading(doc)
        if heading is None:
            return
        fmt = QTextBlockFormat()
        fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        QTextCursor(heading).mergeBlockFormat(fmt)
        doc.markContentsDirty(0, doc.characterCount())


def _orphaned_heading(doc: QTextDocument) -> QTextBlock | None:
    layout = doc.documentLayout()
    page_h = doc.pageSize().height()
    block = doc.begin()
    while block.isValid():
        if not block.blockFormat().headingLevel():
            block = block.next()
            continue
        first = block
        while block.isValid() and block.blockFormat().headingLevel():
            block = block.next()
        if not block.isValid():
            return None
        top = layout.blockBoundingRect(first).top()
        content = layout.blockBoundingRect(block)
        if int(content.bottom() // page_h) > int(top // page_h) and not first.blockFormat().pageBreakPolicy():
            return first
    return None


def ensure_application() -> None:
    """Fonts need a Qt application; the command line has none, and may run with no display at all."""
    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        QGuiApplication(["civic-tracker"])


def set_a4(device: QPagedPaintDevice) -> None:
    """A4 portrait with the report's margins."""
    a4 = QPageSize(QPageSize.PageSizeId.A4)
    device.setPageLayout(QPageLayout(a4, QPageLayout.Orientation.Portrait, MARGINS_MM, QPageLayout.Unit.Millimeter))


def write_pdf(report: Report, path: Path, language: str, date_style: str = "iso") -> int:
    """Write ``report`` to ``path`` as a PDF in ``language``; returns the number of pages.

    Written to a temporary file beside ``path`` and renamed into place when complete."""
    if path.suffix.lower() != ".pdf":
        raise CivicError(message("report.not_pdf", name=path.name))
    if not path.parent.is_dir():
        raise CivicError(message("report.no_folder", name=path.name, folder=str(path.parent)))
    part = path.with_name(f".{path.name}.part")
    writer = QPdfWriter(str(part))
    writer.setResolution(PDF_DPI)
    writer.setCreator("Civic Tracker")
    layout = ReportLayout(report, language, date_style)
    writer.setTitle(layout.title())
    set_a4(writer)
    try:
        pages = layout.paint(writer)
        del writer  # the file is complete once the writer is gone
        _fix_text_map(part, language, layout.written)
        os.replace(part, path)
    except OSError as exc:
        part.unlink(missing_ok=True)
        raise CivicError(message("report.write_failed", path=str(path))) from exc
    except CivicError:
        part.unlink(missing_ok=True)
        raise
    return pages


# A glyph that two characters share (目 and the Kangxi radical ⽬, 民 and the radical ⺠, both in Noto CJK) is
# mapped back to text by Qt as the first of them, the radical: the PDF would read "项⽬" and a search for 项目 would
# not find it. In each ToUnicode map, a radical is put back as the character it stands for: one four-digit hex
# code for another, so the file keeps its length and every offset in it. Only the text side of each line
# changes: "<glyph> <text>" (bfchar), "<first> <last> <text>" or "<first> <last> [<text> ...]" (bfrange).
_CMAP = re.compile(rb"begincmap.*?endcmap", re.DOTALL)
_CODE = re.compile(rb"<([0-9A-Fa-f]{4})>")
_RADICALS = range(0x2E80, 0x2FE0)  # CJK Radicals Supplement and Kangxi Radicals
_IDEOGRAPHS = "".join(map(chr, range(0x4E00, 0xA000)))  # CJK Unified Ideographs

# Where no font of the report says it: the simplified radicals (页 drawn for ⻚), which have no NFKC form, from
# Unihan's EquivalentUnifiedIdeograph; a Kangxi radical as NFKC gives it.
_SIMPLIFIED = dict(
    zip(
        "⺦⺰⻅⻆⻈⻉⻋⻌⻐⻓⻔⻙⻚⻛⻜⻠⻢⻥⻦⻧⻨⻩⻪⻬⻮⻰",
        "丬纟见角讠贝车辶钅长门韦页风飞饣马鱼鸟卤麦黄黾齐齿龙",
        strict=True,
    )
)


@functools.cache
def shared_glyphs(language: str) -> dict[int, tuple[int, ...]]:
    """The ideographs whose glyph a radical shares in the CJK fonts installed (⺠ 民, ⻘ 青, ⻝ 食; ⼾ is 户 in
    the Chinese fonts, 戶 in the Korean ones), the report language's fonts first."""
    found: dict[int, tuple[int, ...]] = {}
    families = CJK_FONTS.get(language, []) + [f for lang, fs in CJK_FONTS.items() if lang != language for f in fs]
    for family in families:
        if not QFontDatabase.hasFamily(family):
            continue
        raw = QRawFont.fromFont(QFont(family))
        ideograph_of: dict[int, int] = {}
        for ch, glyph in zip(_IDEOGRAPHS, raw.glyphIndexesForString(_IDEOGRAPHS), strict=True):
            if glyph:
                ideograph_of.setdefault(glyph, ord(ch))
        radicals = "".join(map(chr, _RADICALS))
        for ch, glyph in zip(radicals, raw.glyphIndexesForString(radicals), strict=True):
            if glyph in ideograph_of and ideograph_of[glyph] not in found.get(ord(ch), ()):
                found[ord(ch)] = (*found.get(ord(ch), ()), ideograph_of[glyph])
    return found


def _unradical(match: re.Match[bytes], shared: Mapping[int, tuple[int, ...]], written: str) -> bytes:
    code = int(match.group(1), 16)
    if code not in _RADICALS:
        return match.group(0)
    # Of the characters a font draws with this radical's glyph, the one the report has (which font Qt took
    # for a character is not known here), else the language's font's.
    candidates = shared.get(code, ())
    given = next((c for c in candidates if chr(c) in written), candidates[0] if candidates else None)
    plain = chr(given) if given is not None else _SIMPLIFIED.get(chr(code)) or unicodedata.normalize("NFKC", chr(code))
    if len(plain) != 1 or ord(plain) > 0xFFFF or ord(plain) == code:
        return match.group(0)
    return f"<{ord(plain):04X}>".encode("ascii")


def _text_side(line: bytes, shared: Mapping[int, tuple[int, ...]], written: str) -> bytes:
    unradical = functools.partial(_unradical, shared=shared, written=written)
    if b"[" in line:
        head, _, tail = line.partition(b"[")
        return head + b"[" + _CODE.sub(unradical, tail)
    codes = list(_CODE.finditer(line))
    if len(codes) not in (2, 3):
        return line
    last = codes[-1]
    return line[: last.start()] + _CODE.sub(unradical, last.group(0)) + line[last.end() :]


def fix_text_map(data: bytes, shared: Mapping[int, tuple[int, ...]] | None = None, written: str = "") -> bytes:
    """``data`` (a PDF Qt wrote) with radicals in its ToUnicode maps read as the characters they stand for: of
    those ``shared`` gives (``shared_glyphs``), the one ``written`` (the report's text) holds, else the first,
    else Unihan's or NFKC's."""
    table = shared or {}
    return _CMAP.sub(lambda m: b"\n".join(_text_side(line, table, written) for line in m.group(0).split(b"\n")), data)


def _fix_text_map(path: Path, language: str, written: str) -> None:
    data = path.read_bytes()
    fixed = fix_text_map(data, shared_glyphs(language), written)
    if fixed != data:
        path.write_bytes(fixed)
