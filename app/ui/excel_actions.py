"""Workbook actions in the main window: File > Export meeting workbook, Import workbook, Undo last import."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from app.domain.errors import CivicError
from app.ui import texts
from app.ui.actions import ActionHost, add_before_quit
from app.ui.widgets import open_dialog

if TYPE_CHECKING:
    # The dialogs and the workbook service bring the excel stack (openpyxl, the reader, the importer): they
    # load at the first export or import, not before the window paints.
    from app.services.workbook import ImportResult
    from app.ui.export_dialog import ExportDialog
    from app.ui.import_dialog import ImportPreviewDialog


class ExcelActions(QObject):
    """The menu actions and what they do; dialogs live in their own modules."""

    def __init__(self, host: ActionHost) -> None:
        window = host.window_widget
        super().__init__(window)
        self.window = window
        self.ctx = host.context
        file_menu = host.menu("file")
        self.export_action = QAction(self.tr("Export meeting workbook..."), window)
        self.export_action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.export_action.triggered.connect(self.export_workbook)
        self.import_action = QAction(self.tr("Import workbook..."), window)
        self.import_action.setShortcut(QKeySequence("Ctrl+Shift+I"))
        self.import_action.triggered.connect(self.import_workbook)
        self.undo_action = QAction(self.tr("Undo last import"), window)
        self.undo_action.triggered.connect(self.undo_last_import)
        separator = QAction(window)
        separator.setSeparator(True)
        for action in (separator, self.export_action, self.import_action):
            add_before_quit(file_menu, action)
        host.menu("edit").addAction(self.undo_action)
        self.dialog: ExportDialog | ImportPreviewDialog | None = None

    def _writable(self, title: str) -> bool:
        if self.ctx.db.read_only:
            self.ctx.prompts.error(title, self.tr("This database is open read-only; nothing can be imported."))
            return False
        return True

    def export_workbook(self) -> None:
        from app.ui.export_dialog import ExportDialog

        ctx = self.ctx
        current = ctx.shell.current_program_key()
        dialog = ExportDialog(ctx.workbook, ctx.programs, ctx.prompts, ctx.runner, current, self.window)
        dialog.exported.connect(
            lambda report: ctx.shell.show_status(self.tr("Wrote %1").replace("%1", str(report.path)))
        )
        self.dialog = dialog
        dialog.finished.connect(self._forget_dialog)
        open_dialog(dialog)

    def import_workbook(self, path: str | None = None) -> None:
        title = self.tr("Import workbook")
        if not self._writable(title):
            return
        chosen = path or self.ctx.prompts.open_file(
            title, self.tr("Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv);;All files (*)")
        )
        if not chosen:
            return
        from app.ui.import_dialog import ImportPreviewDialog

        dialog = ImportPreviewDialog(
            self.ctx.workbook,
            self.ctx.prompts,
            Path(chosen),
            self.ctx.runner,
            self.window,
            edit_places=self._edit_places,
        )
        dialog.imported.connect(self._imported)
        dialog.finished.connect(self._forget_dialog)  # and its preview of thousands of rows goes
        self.dialog = dialog
        open_dialog(dialog)
        dialog.start_preview()

    def _edit_places(self, parent: QWidget) -> None:
        """The Places editor over the import preview (its Places… button): modal, then the preview reads again."""
        from app.ui.places_dialog import PlacesDialog

        PlacesDialog(self.ctx, parent).exec()

    def _forget_dialog(self, _result: int) -> None:
        self.dialog = None

    def _imported(self, result: ImportResult) -> None:
        self.ctx.notify_data_changed()
        self.ctx.shell.show_status(
            self.tr("Imported: %1 created, %2 updated")
            .replace("%1", f"{result.created:,}")
            .replace("%2", f"{result.updated:,}")
        )

    def undo_last_import(self) -> None:
        title = self.tr("Undo last import")
        if not self._writable(title):
            return
        service = self.ctx.workbook
        last = service.last_import()
        if last is None:
            self.ctx.prompts.info(title, self.tr("There is no import to undo."))
            return
        when = texts.time_text(last.started_at)
        question = (
            self.tr(
                "Undo the import of %1 (%2)? Its %3 new rows go to the trash and its %4 changed rows "
                "get their "
                "old values back."
            )
            .replace("%1", last.file_name)
            .replace("%2", when)
            .replace("%3", f"{last.created:,}")
            .replace("%4", f"{last.updated:,}")
        )
        if not self.ctx.prompts.confirm(title, question):
            return
        try:
            report = service.undo_last_import()
        except CivicError as exc:
            self.ctx.prompts.error(title, texts.message_text(exc))
            return
        self.ctx.notify_data_changed()
        text = (
            self.tr("Undone: %1 values put back, %2 rows moved to the trash.")
            .replace("%1", str(report.restored))
            .replace("%2", str(report.trashed))
        )
        if report.removed:
            text += " " + self.tr("%1 indicator values the import had added were removed.").replace(
                "%1", str(report.removed)
            )
        self.ctx.prompts.info(title, text)


def install(host: ActionHost) -> ExcelActions:
    return ExcelActions(host)
