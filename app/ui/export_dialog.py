"""Export dialog: choose the programs for the meeting workbook, then write it on a worker with Cancel."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import config
from app.domain.dates import PartialDate
from app.domain.enums import Status
from app.domain.errors import ValidationError
from app.services.programs import ProgramService
from app.services.workbook import ExportOptions, WorkbookService
from app.ui import language, texts
from app.ui.workers import BackgroundRunner, BackgroundTask


class ExportDialog(QDialog):
    """Filter choices, a default file name, and a progress bar with Cancel while the workbook is written."""

    exported = Signal(object)  # ExportReport

    def __init__(
        self,
        workbook: WorkbookService,
        programs: ProgramService,
        prompts: Any,
        runner: BackgroundRunner,
        current_program: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = workbook
        self.programs = programs
        self.prompts = prompts
        self.runner = runner
        self.current_program = current_program
        self.worker: BackgroundTask | None = None
        self.report: Any = None
        self.setWindowTitle(self.tr("Export meeting workbook"))

        outer = QVBoxLayout(self)
        form = QFormLayout()
        self.place = QComboBox()
        self.place.addItem(self.tr("All places"), None)
        for p in texts.in_reading_order(self.programs.list_places()):
            self.place.addItem(texts.place_text(p), p.name)  # 대한민국 > 서울특별시 > 도봉구 for a Korean reader
        form.addRow(self.tr("Place:"), self.place)
        self.which = QComboBox()
        self.which.addItem(self.tr("The office's own programs"), False)
        self.which.addItem(self.tr("Own programs and the case library"), None)
        self.which.addItem(self.tr("Only the case library"), True)
        form.addRow(self.tr("Programs:"), self.which)
        self.statuses = QListWidget()
        for st in Status:
            item = QListWidgetItem(texts.status_label(st))
            item.setData(Qt.ItemDataRole.UserRole, st.value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.statuses.addItem(item)
        self.statuses.setMaximumHeight(110)
        form.addRow(self.tr("Only with status\n(none ticked: all):"), self.statuses)
        self.only_current = QCheckBox(self.tr("Only the program shown (%1)").replace("%1", current_program or ""))
        self.only_current.setVisible(bool(current_program))
        form.addRow("", self.only_current)
        self.since = QLineEdit()
        self.since.setPlaceholderText(self.tr("for example 2026-10 (the Summary lists progress since then)"))
        form.addRow(self.tr("Progress since:"), self.since)
        self.history = QCheckBox(self.tr("Add a History sheet of every recorded change"))
        form.addRow("", self.history)
        outer.addLayout(form)

        self.status = QLabel("")
        self.status.setWordWrap(True)
        outer.addWidget(self.status)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        outer.addWidget(self.progress)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.export_button = QPushButton(self.tr("Export..."))
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.export)
        buttons.addWidget(self.export_button)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        buttons.addWidget(self.cancel_button)
        outer.addLayout(buttons)

    def options(self) -> ExportOptions:
        since_text = self.since.text().strip()
        since = PartialDate.parse(since_text) if since_text else None
        statuses = tuple(
            Status(self.statuses.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.statuses.count())
            if self.statuses.item(i).checkState() == Qt.CheckState.Checked
        )
        keys = (self.current_program,) if self.current_program and self.only_current.isChecked() else ()
        return ExportOptions(
            place=self.place.currentData(),
            program_keys=keys,
            statuses=statuses,
            since=since,
            cases=self.which.currentData(),
            history=self.history.isChecked(),
            language=language.language(),  # the workbook speaks the interface's language
        )

    def export(self) -> None:
        try:
            options = self.options()
        except ValidationError as exc:
            self.prompts.error(self.tr("Export meeting workbook"), texts.message_text(exc))
            return
        # The folder of Preferences (while it exists), else the home folder.
        default = str(config.export_folder() / self.service.default_file_name(options))
        target = self.prompts.save_file(self.tr("Export meeting workbook"), default, self.tr("Excel workbook (*.xlsx)"))
        if not target:
            return
        path = Path(target)
        if path.suffix.lower() != ".xlsx":
            path = path.with_suffix(".xlsx")
        self.start(path, options)

    def start(self, path: Path, options: ExportOptions) -> None:
        self.export_button.setEnabled(False)
        self.progress.setVisible(True)
        self.progress.setRange(0, 0)
        self.status.setText(self.tr("Writing %1...").replace("%1", path.name))
        self.worker = self.runner.start(
            lambda progress, cancelled: self.service.export_workbook(path, options, progress, cancelled),
            self._on_done,
            self._on_failed,
            on_progress=self._on_progress,
            owner=self,
            pause_collector=True,
        )

    def _on_progress(self, done: int, total: int, what: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, total))
        self.progress.setFormat(f"{what}: %v / %m")

    def _on_done(self, report: Any) -> None:
        self.worker = None
        self.report = report
        self.exported.emit(report)
        c = report.counts
        self.prompts.info(
            self.tr("Workbook written"),
            self.tr("%1: %2 programs, %3 tasks, %4 progress entries, %5 indicator values of %6 indicators.")
            .replace("%1", str(report.path))
            .replace("%2", f"{c.get('Programs', 0):,}")
            .replace("%3", f"{c.get('Tasks', 0):,}")
            .replace("%4", f"{c.get('Progress', 0):,}")
            .replace("%5", f"{report.indicator_values:,}")
            .replace("%6", f"{report.indicators:,}"),
        )
        self.accept()

    def _on_failed(self, exc: object) -> None:
        from app.services.workbook import ExportCancelledError

        self.worker = None
        self.progress.setVisible(False)
        self.export_button.setEnabled(True)
        if isinstance(exc, ExportCancelledError):
            self.status.setText(self.tr("Cancelled; no file was written."))
            return
        self.status.setText(texts.message_text(exc))
        self.prompts.error(self.tr("Export meeting workbook"), texts.message_text(exc))

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
            self.status.setText(self.tr("Cancelling..."))
            return
        self.reject()
