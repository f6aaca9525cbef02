"""Import preview dialog: what an import would create and change (old and new values), every error."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import record_message
from app.services.workbook import (
    ColumnMapping,
    ImportPreview,
    ImportRefusedError,
    ImportResult,
    SkippedRow,
    UnmatchedColumnsError,
    UnmatchedSheet,
    WorkbookService,
    save_errors_copy,
)
from app.ui import language, texts
from app.ui.workers import BackgroundRunner, BackgroundTask, Job


class ImportPreviewDialog(QDialog):
    """Shows the preview of importing ``path``; Apply imports it in one transaction on a worker."""

    imported = Signal(object)  # ImportResult

    def __init__(
        self,
        service: WorkbookService,
        prompts: Any,
        path: Path,
        runner: BackgroundRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.prompts = prompts
        self.path = Path(path)
        self.runner = runner
        self.preview: ImportPreview | None = None
        self.mappings: list[ColumnMapping] = []
        self.unmatched: tuple[UnmatchedSheet, ...] = ()
        self.worker: BackgroundTask | None = None
        self.result: ImportResult | None = None
        self.setWindowTitle(self.tr("Import %1").replace("%1", self.path.name))
        self.resize(900, 560)

        outer = QVBoxLayout(self)
        self.summary = QLabel(self.tr("Reading %1...").replace("%1", self.path.name))
        self.summary.setWordWrap(True)
        outer.addWidget(self.summary)
        row = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        row.addWidget(self.progress)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel_work)
        row.addWidget(self.cancel_button)
        outer.addLayout(row)

        self.tabs = QTabWidget()
        self.changes = QTreeWidget()
        self.changes.setHeaderLabels(
            [
                self.tr("Sheet, row"),
                self.tr("What"),
                self.tr("Key"),
                self.tr("Column"),
                self.tr("Old value"),
                self.tr("New value"),
            ]
        )
        self.changes.setUniformRowHeights(True)
        self.tabs.addTab(self.changes, self.tr("Changes"))
        self.errors = QTableWidget(0, 5)
        self.errors.setHorizontalHeaderLabels(
            [self.tr("Sheet"), self.tr("Row"), self.tr("Column"), self.tr("Value"), self.tr("What is wrong")]
        )
        self.errors.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.errors.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.tabs.addTab(self.errors, self.tr("Errors"))
        self.sheets = QTreeWidget()
        self.sheets.setHeaderLabels([self.tr("Sheet"), self.tr("Read as"), self.tr("Notes")])
        self.tabs.addTab(self.sheets, self.tr("Sheets"))
        outer.addWidget(self.tabs)

        buttons = QHBoxLayout()
        self.map_button = QPushButton(self.tr("Match columns..."))
        self.map_button.clicked.connect(self.map_columns)
        self.map_button.setVisible(False)
        buttons.addWidget(self.map_button)
        self.errors_button = QPushButton(self.tr("Save a copy with an Errors sheet..."))
        self.errors_button.clicked.connect(self.save_errors_copy)
        self.errors_button.setEnabled(False)
        buttons.addWidget(self.errors_button)
        buttons.addStretch(1)
        self.apply_button = QPushButton(self.tr("Apply"))
        self.apply_button.setEnabled(False)
        self.apply_button.setDefault(True)
        self.apply_button.clicked.connect(self.apply)
        buttons.addWidget(self.apply_button)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        buttons.addWidget(self.close_button)
        outer.addLayout(buttons)

    # ------------------------------------------------------------------------------ work
    def _run(self, job: Job, done: Any) -> None:
        self.progress.setVisible(True)
        self.cancel_button.setVisible(True)
        self.cancel_button.setEnabled(True)
        self.progress.setRange(0, 0)
        self.apply_button.setEnabled(False)
        self.worker = self.runner.start(
            job, done, self._on_failed, on_progress=self._on_progress, owner=self, pause_collector=True
        )

    def _idle(self) -> None:
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)
        self.worker = None

    def cancel_work(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
            self.cancel_button.setEnabled(False)
            self.summary.setText(self.tr("Cancelling; nothing will be written..."))

    def _on_progress(self, done: int, total: int, what: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, total))
        self.progress.setFormat(f"{what}: %v / %m")

    def _on_failed(self, exc: object) -> None:
        self._idle()
        if isinstance(exc, ImportRefusedError):
            self._show(exc.preview)
            self.summary.setText(self.tr("Nothing was imported: %1").replace("%1", texts.message_text(exc)))
            return
        if isinstance(exc, UnmatchedColumnsError):
            self.unmatched = exc.unmatched
            self.map_button.setVisible(True)
        self.summary.setText(texts.message_text(exc))

    def start_preview(self) -> None:
        path, mappings = self.path, list(self.mappings)
        self._run(
            lambda progress, cancelled: self.service.preview_import(
                path, mappings, progress=progress, cancelled=cancelled
            ),
            self._on_preview,
        )

    def _on_preview(self, preview: ImportPreview) -> None:
        self._idle()
        self._show(preview)

    def apply(self) -> None:
        path, mappings = self.path, list(self.mappings)
        self.summary.setText(self.tr("Importing %1...").replace("%1", self.path.name))
        self._run(
            lambda progress, cancelled: self.service.apply_import(
                path, mappings, progress=progress, cancelled=cancelled
            ),
            self._on_applied,
        )

    def _on_applied(self, result: ImportResult) -> None:
        self._idle()
        self.result = result
        self.imported.emit(result)
        self.prompts.info(
            self.tr("Import finished"),
            self.tr("%1 created, %2 updated, %3 unchanged. Edit > Undo last import takes it back.")
            .replace("%1", f"{result.created:,}")
            .replace("%2", f"{result.updated:,}")
            .replace("%3", f"{result.unchanged:,}"),
        )
        self.accept()

    # ------------------------------------------------------------------------------ showing
    def _show(self, preview: ImportPreview) -> None:
        self.preview = preview
        text = texts.message_text(preview.summary_message())
        if preview.changes_truncated:
            text += self.tr(" (the first %1 changes are listed)").replace("%1", f"{len(preview.changes):,}")
        self.summary.setText(text)
        self.changes.clear()
        for rc in preview.changes:
            where = f"{rc.sheet} {rc.row}"
            record = texts.message_text(record_message(rc.entity))
            if rc.action == "create":
                parent = QTreeWidgetItem(
                    self.changes,
                    [where, self.tr("new %1").replace("%1", record), rc.key, "", "", rc.label],
                )
            else:
                parent = QTreeWidgetItem(self.changes, [where, record, rc.key, "", "", rc.label])
            for ch in rc.changes:
                old, new = (texts.message_text(v) if v is not None else "" for v in ch.said())
                QTreeWidgetItem(parent, ["", "", "", texts.message_text(ch.named()), old, new])
            # A new row's values are shown open when there are few to read; many stay one line each.
            parent.setExpanded(rc.action != "create" or len(preview.changes) <= 200)
        for i in range(4):
            self.changes.resizeColumnToContents(i)
            self.changes.setColumnWidth(i, min(self.changes.columnWidth(i), 260))
        self.errors.setRowCount(len(preview.errors))
        for i, e in enumerate(preview.errors):
            for j, value in enumerate(
                (
                    e.sheet,
                    "" if e.row is None else str(e.row),
                    e.column or "",
                    e.value or "",
                    texts.message_text(e.detail) if e.detail is not None else e.message,
                )
            ):
                self.errors.setItem(i, j, QTableWidgetItem(value))
        self.sheets.clear()
        for sh in preview.sheets:
            notes = []
            if sh.ignored:
                notes.append(self.tr("ignored columns: %1").replace("%1", ", ".join(sh.ignored)))
            if sh.missing:
                notes.append(self.tr("%1 stored rows not in this sheet (left alone)").replace("%1", str(sh.missing)))
            if sh.percent_fractions is not None:
                rule = self.tr("0.6 is 60%") if sh.percent_fractions else self.tr("60 is 60%, 1 is 1%")
                notes.append(self.tr("percents: %1").replace("%1", rule))
            if sh.budget is not None:
                notes.append(texts.message_text(sh.budget.reading()))
            if sh.new_places:
                places = ", ".join(texts.message_text(place.said(language.language())) for place in sh.new_places)
                notes.append(self.tr("new places: %1").replace("%1", places))
            if sh.new_organizations:
                notes.append(self.tr("new organizations: %1").replace("%1", ", ".join(sh.new_organizations)))
            if sh.row_numbers:
                notes.append(self.tr("'%1' read as row numbers").replace("%1", sh.row_numbers))
            if sh.skipped_count:
                notes.append(self.tr("%1 rows skipped (not records)").replace("%1", str(sh.skipped_count)))
            stamp_note = sh.stamp_note()
            if stamp_note is not None:
                notes.append(texts.message_text(stamp_note))
            item = QTreeWidgetItem(self.sheets, [sh.sheet, texts.message_text(sh.reads_as_name()), "; ".join(notes)])
            for sk in sh.skipped:
                QTreeWidgetItem(
                    item,
                    [self.tr("row %1").replace("%1", str(sk.row)), self.tr("skipped"), _skip_line(sk)],
                )
        for u in preview.unmatched:
            QTreeWidgetItem(
                self.sheets,
                [u.sheet, self.tr("(not read)"), self.tr("missing %1").replace("%1", ", ".join(u.missing))],
            )
        self.sheets.resizeColumnToContents(0)
        self.errors.resizeColumnsToContents()
        self.errors.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.unmatched = preview.unmatched
        self.map_button.setVisible(bool(preview.unmatched))
        self.errors_button.setEnabled(preview.error_count > 0)
        self.apply_button.setEnabled(preview.ok and (preview.created + preview.updated) > 0)
        self.tabs.setCurrentIndex(1 if preview.error_count else 0)

    # ------------------------------------------------------------------------------ actions
    def map_columns(self) -> None:
        from app.ui.mapping_dialog import ColumnMappingDialog

        if not self.unmatched:
            return
        dialog = ColumnMappingDialog(self.service, self.prompts, self.unmatched[0], self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.mappings = [dialog.mapping()]
            self.start_preview()

    def save_errors_copy(self) -> None:
        if self.preview is None:
            return
        default = str(self.path.with_name(f"{self.path.stem} errors.xlsx"))
        target = self.prompts.save_file(
            self.tr("Save a copy with an Errors sheet"), default, self.tr("Excel workbook (*.xlsx)")
        )
        if not target:
            return
        try:
            written = save_errors_copy(self.path, self.preview, Path(target), language.language())
        except Exception as exc:
            self.prompts.error(self.tr("Save a copy with an Errors sheet"), texts.message_text(exc))
            return
        self.prompts.info(
            self.tr("Saved"),
            self.tr("Fix the red cells in %1 and import it again.").replace("%1", written.name),
        )

    def reject(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
        super().reject()


def _skip_line(skipped: SkippedRow) -> str:
    """Why a row was skipped, and what it says."""
    reason = texts.message_text(skipped.reason_message())
    return f"{reason}: {skipped.text}" if skipped.text else reason
