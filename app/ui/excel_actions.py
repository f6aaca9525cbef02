"""Plug-in for the main window: File > Export meeting workbook, Import workbook, Undo last import."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from app.domain.errors import CivicError
from app.services.workbook import WorkbookService
from app.ui.widgets import open_dialog


class ExcelActions(QObject):
    """The menu actions and what they do; dialogs live in their own modules."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        file_menu = window.menu("file")
        self.export_action = QAction(self.tr("Export meeting workbook..."), window)
        self.export_action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.export_action.triggered.connect(self.export_workbook)
        self.import_action = QAction(self.tr("Import workbook..."), window)
        self.import_action.setShortcut(QKeySequence("Ctrl+Shift+I"))
        self.import_action.triggered.connect(self.import_workbook)
        self.undo_action = QAction(self.tr("Undo last import"), window)
        self.undo_action.triggered.connect(self.undo_last_import)
        file_menu.addSeparator()
        file_menu.addAction(self.export_action)
        file_menu.addAction(self.import_action)
        window.menu("edit").addAction(self.undo_action)
        self.dialog: Any = None

    def _service(self) -> WorkbookService:
        return WorkbookService(self.window.db)

    def _writable(self, title: str) -> bool:
        if getattr(self.window.db, "read_only", False):
            self.window.prompts.error(title, self.tr("This database is open read-only; nothing can be imported."))
            return False
        return True

    def export_workbook(self) -> None:
        from app.ui.export_dialog import ExportDialog

        current = self.window.current_program_key() if hasattr(self.window, "current_program_key") else None
        self.dialog = ExportDialog(self.window.db, self.window.prompts, self.window.thread_pool, current, self.window)
        self.dialog.exported.connect(
            lambda report: self.window.show_status(self.tr("Wrote %1").replace("%1", str(report.path)))
        )
        self.dialog.finished.connect(self._forget_dialog)
        open_dialog(self.dialog)

    def import_workbook(self, path: str | None = None) -> None:
        from app.ui.import_dialog import ImportPreviewDialog

        title = self.tr("Import workbook")
        if not self._writable(title):
            return
        chosen = path or self.window.prompts.open_file(
            title, self.tr("Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv);;All files (*)")
        )
        if not chosen:
            return
        self.dialog = ImportPreviewDialog(
            self.window.db, self.window.prompts, Path(chosen), self.window.thread_pool, self.window
        )
        self.dialog.imported.connect(self._imported)
        self.dialog.finished.connect(self._forget_dialog)  # and its preview of thousands of rows goes
        open_dialog(self.dialog)
        self.dialog.start_preview()

    def _forget_dialog(self, _result: int) -> None:
        self.dialog = None

    def _imported(self, result: Any) -> None:
        self.window.notify_data_changed()
        self.window.show_status(
            self.tr("Imported: %1 created, %2 updated")
            .replace("%1", f"{result.created:,}")
            .replace("%2", f"{result.updated:,}")
        )

    def undo_last_import(self) -> None:
        title = self.tr("Undo last import")
        if not self._writable(title):
            return
        service = self._service()
        last = service.last_import()
        if last is None:
            self.window.prompts.info(title, self.tr("There is no import to undo."))
            return
        when = last.started_at.astimezone().strftime("%Y-%m-%d %H:%M")
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
        if not self.window.prompts.confirm(title, question):
            return
        try:
            report = service.undo_last_import()
        except CivicError as exc:
            self.window.prompts.error(title, str(exc))
            return
        self.window.notify_data_changed()
        text = (
            self.tr("Undone: %1 values put back, %2 rows moved to the trash.")
            .replace("%1", str(report.restored))
            .replace("%2", str(report.trashed))
        )
        if report.removed:
            text += " " + self.tr("%1 indicator values the import had added were removed.").replace(
                "%1", str(report.removed)
            )
        self.window.prompts.info(title, text)


def install(window: Any) -> ExcelActions:
    actions = ExcelActions(window)
    window.excel_actions = actions
    return actions
