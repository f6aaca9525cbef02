"""Reports in the main window: File > Print report… (with a print preview) and Export report as PDF….

The report is the program at hand (open, or selected in a list); with none, a meeting brief of the office's
open programs. Its facts come from the report service (services/report.py), its pages from
app/ui/report_pdf.py, the same as `civic-tracker report` prints.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence

from app import config
from app.domain import rules
from app.domain.enums import Status
from app.domain.errors import CivicError
from app.ui import language, texts
from app.ui.actions import ActionHost, add_before_quit
from app.ui.widgets import open_dialog

if TYPE_CHECKING:  # the report stack (Qt's printing module, and the export's program choice) loads at the first report
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    from app.services.report import Report, ReportOptions
    from app.ui.report_pdf import ReportLayout


class ReportActions(QObject):
    def __init__(self, host: ActionHost) -> None:
        window = host.window_widget
        super().__init__(window)
        self.window = window
        self.ctx = host.context
        self.print_action = QAction(self.tr("P&rint report…"), window)
        self.print_action.setObjectName("actionPrintReport")
        self.print_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self.print_action.setStatusTip(
            self.tr("Print the open program's report, or a meeting brief of the office's open programs")
        )
        self.print_action.triggered.connect(self.print_report)
        self.pdf_action = QAction(self.tr("Export report as P&DF…"), window)
        self.pdf_action.setObjectName("actionExportReportPdf")
        self.pdf_action.setStatusTip(self.tr("Save the report the Print report command prints as a PDF file"))
        self.pdf_action.triggered.connect(lambda: self.export_pdf())
        separator = QAction(window)
        separator.setSeparator(True)
        for action in (separator, self.print_action, self.pdf_action):
            add_before_quit(host.menu("file"), action)
        self.preview: QPrintPreviewDialog | None = None
        self.preview_printer: QPrinter | None = None

    # ------------------------------------------------------------------ what is reported
    def options(self) -> ReportOptions:
        from app.services.report import ReportOptions

        """The program at hand; with none, the office's own programs that are still open."""
        key = self.ctx.shell.current_program_key()
        if key:
            return ReportOptions(program_keys=(key,))
        return ReportOptions(cases=False, statuses=tuple(s for s in Status if rules.is_open(s)))

    def _gather(self, title: str) -> Report | None:
        try:
            return self.ctx.report.gather(self.options())
        except CivicError as exc:
            self.ctx.prompts.error(title, texts.message_text(exc))
            return None

    def _layout(self, report: Report) -> ReportLayout:
        from app.ui.report_pdf import ReportLayout

        return ReportLayout(report, language.language(), language.date_style())

    # ------------------------------------------------------------------ PDF
    def default_path(self, report: Report) -> Path:
        what = report.programs[0].program.key if not report.is_brief else "meeting-brief"
        return config.export_folder() / f"{what} {report.made_on.isoformat()}.pdf"

    def export_pdf(self, path: str | Path | None = None) -> Path | None:
        """Write the report to ``path``, or where the user chooses; returns where it went (None if not)."""
        title = self.tr("Export report as PDF")
        report = self._gather(title)
        if report is None:
            return None
        if path is None:
            chosen = self.ctx.prompts.save_file(title, str(self.default_path(report)), self.tr("PDF files (*.pdf)"))
            if not chosen:
                return None
            path = chosen
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        from app.ui.report_pdf import write_pdf

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            pages = write_pdf(report, target, language.language(), language.date_style())
        except CivicError as exc:
            self.ctx.prompts.error(title, texts.message_text(exc))
            return None
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.ctx.shell.show_status(self.tr("Wrote %1 (%n page(s))", "", pages).replace("%1", str(target)))
        return target

    # ------------------------------------------------------------------ printing
    def printer(self) -> QPrinter:
        from PySide6.QtPrintSupport import QPrinter

        from app.ui.report_pdf import set_a4

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        set_a4(printer)
        return printer

    def paint(self, printer: QPrinter, report: Report) -> int:
        """The report's pages on ``printer`` (what the preview shows and Print sends); returns the page count."""
        return self._layout(report).paint(printer)

    def preview_dialog(self) -> QPrintPreviewDialog | None:
        """The print preview of the report, not yet shown (None when there is nothing to report)."""
        report = self._gather(self.tr("Print report"))
        if report is None:
            return None
        # The dialog does not own its printer: it is kept here for as long as the dialog may use it.
        from PySide6.QtPrintSupport import QPrintPreviewDialog

        self.preview_printer = self.printer()
        dialog = QPrintPreviewDialog(self.preview_printer, self.window)
        dialog.setWindowTitle(self.tr("Print report"))
        dialog.paintRequested.connect(lambda printer: self.paint(printer, report))
        return dialog

    def print_report(self) -> None:
        dialog = self.preview_dialog()
        if dialog is None:
            return
        self.preview = dialog
        dialog.finished.connect(self._forget_preview)
        open_dialog(dialog)

    def _forget_preview(self, _result: int) -> None:
        self.preview = None


def install(host: ActionHost) -> ReportActions:
    return ReportActions(host)
