"""Import preview dialog: what an import would create and change (old and new values), every error."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
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

from app.domain import model as d
from app.domain.enums import record_message
from app.domain.names import place_path, written_in
from app.domain.places import offered_in
from app.services.workbook import (
    ColumnMapping,
    ImportPreview,
    ImportRefusedError,
    ImportResult,
    SheetReport,
    SkippedRow,
    UnmatchedColumnsError,
    UnmatchedSheet,
    WorkbookService,
    column_choices,
    layout,
    reading_name,
    save_errors_copy,
)
from app.ui import language, texts
from app.ui.workers import BackgroundRunner, BackgroundTask, Job

# The notices the Import finished message repeats (the preview's Notices tab lists them all).
_NOTICES_SAID = 5

# What a checkable row of the preview stands for (Qt.UserRole): (sheet, row number, how it is read now).
_RECORD, _SKIPPED, _CHOSEN, _INCLUDED = "record", "skipped", "chosen", "included"


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
        edit_places: Callable[[QWidget], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.edit_places = edit_places  # opens the Places editor (Tools > Places…), to add a place a sheet needs
        self.prompts = prompts
        self.path = Path(path)
        self.runner = runner
        self.preview: ImportPreview | None = None
        self.mappings: list[ColumnMapping] = []  # from the mapping dialog or a saved mapping
        # The user's corrections, sheet by sheet: each the whole reading of its sheet (ColumnMapping.of_sheet).
        self.overrides: dict[str, ColumnMapping] = {}
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
        self.errors.itemChanged.connect(self._error_row_ticked)
        # Cells not imported while the rest of the file is (typed over in a column the app works out): not errors.
        self.notices = QTableWidget(0, 5)
        self.notices.setHorizontalHeaderLabels(
            [self.tr("Sheet"), self.tr("Row"), self.tr("Column"), self.tr("Value"), self.tr("Not imported, and why")]
        )
        self.notices.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.notices.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.notices.setWordWrap(True)
        self.tabs.addTab(self.notices, self.tr("Notices"))
        self.sheets = QTreeWidget()
        self.sheets.setHeaderLabels([self.tr("Sheet"), self.tr("Read as"), self.tr("Notes")])
        self.sheets.itemChanged.connect(self._row_ticked)
        self.tabs.addTab(self.sheets, self.tr("Sheets"))
        self.columns = QTableWidget(0, 4)
        self.columns.setHorizontalHeaderLabels(
            [self.tr("Sheet"), self.tr("Column"), self.tr("Header in the file"), self.tr("Read as")]
        )
        self.columns.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.columns.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.columns.verticalHeader().setVisible(False)
        self.tabs.addTab(self.columns, self.tr("Columns"))
        self.places = QTableWidget(0, 3)
        self.places.setHorizontalHeaderLabels([self.tr("Sheet"), self.tr("Place in the file"), self.tr("Goes to")])
        self.places.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.places.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.places.verticalHeader().setVisible(False)
        self.places.setToolTip(
            self.tr("Places the app does not know yet: choose the place each goes in, or the place it already is")
        )
        self.tabs.addTab(self.places, self.tr("Places"))
        self._known_places: list[d.Place] | None = None  # read when a sheet first names a place to choose for
        self._place_rows: dict[tuple[str, str], int] = {}  # (sheet, name) -> its row: a choice moves no row
        self.changes.itemChanged.connect(self._row_ticked)
        outer.addWidget(self.tabs)

        reading = QHBoxLayout()
        reading.addWidget(QLabel(self.tr("Saved mapping:")))
        self.saved = QComboBox()
        self.saved.addItem(self.tr("(as found)"), None)
        for info in self.service.saved_mappings():
            self.saved.addItem(info.name, info.mapping)
        self.saved.activated.connect(self._use_saved)
        reading.addWidget(self.saved, 1)
        self.save_name = QLineEdit()
        self.save_name.setPlaceholderText(self.tr("name, for next month's sheet"))
        reading.addWidget(self.save_name, 1)
        self.save_button = QPushButton(self.tr("Save this reading"))
        self.save_button.setToolTip(
            self.tr("Keep how each column is read under this name, to read next month's sheet the same way")
        )
        self.save_button.clicked.connect(self.save_reading)
        self.save_button.setEnabled(False)
        reading.addWidget(self.save_button)
        outer.addLayout(reading)

        buttons = QHBoxLayout()
        self.places_button = QPushButton(self.tr("Places..."))
        self.places_button.setToolTip(
            self.tr("Add the place a sheet's places go in (a district the app does not know yet), then read again")
        )
        self.places_button.clicked.connect(self.open_places)
        self.places_button.setVisible(False)
        buttons.addWidget(self.places_button)
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
        self.tabs.setEnabled(False)  # a correction waits for the reading it corrects
        self.save_button.setEnabled(False)
        self.worker = self.runner.start(
            job, done, self._on_failed, on_progress=self._on_progress, owner=self, pause_collector=True
        )

    def _idle(self) -> None:
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)
        self.tabs.setEnabled(True)
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

    def _all_mappings(self) -> list[ColumnMapping]:
        """The corrections first: a sheet's own overrides before a mapping for any sheet with its headers."""
        return [*self.overrides.values(), *self.mappings]

    def start_preview(self) -> None:
        path, mappings = self.path, self._all_mappings()
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
        path, mappings = self.path, self._all_mappings()  # what the preview showed, exactly
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
        done = (
            self.tr("%1 created, %2 updated, %3 unchanged. Edit > Undo last import takes it back.")
            .replace("%1", f"{result.created:,}")
            .replace("%2", f"{result.updated:,}")
            .replace("%3", f"{result.unchanged:,}")
        )
        notices = result.preview.notice_note()
        if notices is not None:  # said again: a notice is no reason to stop, so the user may have read past it
            lines = [texts.message_text(n.placed()) for n in result.preview.notices[:_NOTICES_SAID]]
            done = "\n\n".join([done, texts.message_text(notices), *lines])
        self.prompts.info(self.tr("Import finished"), done)
        self.accept()

    # ------------------------------------------------------------------------------ showing
    def _show(self, preview: ImportPreview) -> None:
        self.preview = preview
        text = texts.message_text(preview.summary_message())
        nuls = preview.nul_note()
        if nuls is not None:
            text += " " + texts.message_text(nuls)
        if preview.changes_truncated:
            text += self.tr(" (the first %1 changes are listed)").replace("%1", f"{len(preview.changes):,}")
        notices = preview.notice_note()
        if notices is not None:
            text += "\n" + texts.message_text(notices)
        self.summary.setText(text)
        office = {sh.sheet for sh in preview.sheets if sh.office}
        self.changes.blockSignals(True)
        self.changes.clear()
        ticked: set[tuple[str, int]] = set()
        for rc in preview.changes:
            where = f"{rc.sheet} {rc.row}"
            record = texts.message_text(record_message(rc.entity))
            if rc.action == "create":
                parent = QTreeWidgetItem(
                    self.changes,
                    [
                        where,
                        self.tr("new %1").replace("%1", record),
                        texts.message_text(rc.named_key()),
                        "",
                        "",
                        rc.label,
                    ],
                )
            else:
                parent = QTreeWidgetItem(
                    self.changes, [where, record, texts.message_text(rc.named_key()), "", "", rc.label]
                )
            for ch in rc.changes:
                old, new = (texts.message_text(v) if v is not None else "" for v in ch.said())
                QTreeWidgetItem(parent, ["", "", "", texts.message_text(ch.named()), old, new])
            if rc.sheet in office and (rc.sheet, rc.row) not in ticked:
                # An office's row may be left out: unticked, it is skipped and the preview planned again.
                ticked.add((rc.sheet, rc.row))
                _tick(parent, (rc.sheet, rc.row, _RECORD), True, self.tr("Untick to skip this row"))
            # A new row's values are shown open when there are few to read; many stay one line each.
            parent.setExpanded(rc.action != "create" or len(preview.changes) <= 200)
        self.changes.blockSignals(False)
        for i in range(4):
            self.changes.resizeColumnToContents(i)
            self.changes.setColumnWidth(i, min(self.changes.columnWidth(i), 260))
        self.errors.blockSignals(True)
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
            if e.sheet in office and e.row is not None:
                _tick(self.errors.item(i, 1), (e.sheet, e.row, _RECORD), True, self.tr("Untick to skip this row"))
        self.errors.blockSignals(False)
        self._show_notices(preview)
        self.sheets.blockSignals(True)
        self.sheets.clear()
        for sh in preview.sheets:
            notes = []
            if sh.ignored:
                notes.append(self.tr("ignored columns: %1").replace("%1", ", ".join(sh.ignored)))
            if sh.missing:
                notes.append(self.tr("%1 stored rows not in this sheet (left alone)").replace("%1", str(sh.missing)))
            as_of = sh.as_of_note()
            if as_of is not None:
                notes.append(texts.message_text(as_of))
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
            for said in (sh.stamp_note(), sh.sentence_note()):
                if said is not None:
                    notes.append(texts.message_text(said))
            item = QTreeWidgetItem(self.sheets, [sh.sheet, texts.message_text(sh.reads_as_name()), "; ".join(notes)])
            item.setToolTip(2, "\n".join(notes))  # the line is cut at the column's edge; the tip says each note
            self._row_items(item, sh)
            item.setExpanded(sh.office and bool(sh.skipped or sh.included))
        for u in preview.unmatched:
            QTreeWidgetItem(
                self.sheets,
                [u.sheet, self.tr("(not read)"), self.tr("missing %1").replace("%1", ", ".join(u.missing))],
            )
        self.sheets.blockSignals(False)
        self.sheets.resizeColumnToContents(0)
        self._show_columns(preview)
        self._show_places(preview)
        self.errors.resizeColumnsToContents()
        self.errors.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.unmatched = preview.unmatched
        self.map_button.setVisible(bool(preview.unmatched))
        self.errors_button.setEnabled(preview.error_count > 0)
        self.apply_button.setEnabled(preview.ok and (preview.created + preview.updated) > 0)
        self.save_button.setEnabled(bool(office))
        if self.tabs.currentIndex() in (0, 1):  # after a correction, the tab the user corrected in stays
            self.tabs.setCurrentIndex(1 if preview.error_count else 0)

    def _show_notices(self, preview: ImportPreview) -> None:
        """Each cell the import leaves out although it imports the rest: where it is, what it holds, and why."""
        self.notices.setRowCount(len(preview.notices))
        for i, n in enumerate(preview.notices):
            why = texts.message_text(n.detail) if n.detail is not None else n.message
            row = "" if n.row is None else str(n.row)
            for j, value in enumerate((n.sheet, row, n.column or "", n.value or "", why)):
                self.notices.setItem(i, j, QTableWidgetItem(value))
        self.notices.resizeColumnsToContents()
        self.notices.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.notices.resizeRowsToContents()
        self.tabs.setTabText(
            self.tabs.indexOf(self.notices),
            self.tr("Notices (%1)").replace("%1", f"{preview.notice_count:,}")
            if preview.notice_count
            else self.tr("Notices"),
        )

    def _row_items(self, item: QTreeWidgetItem, sh: SheetReport) -> None:
        """Under a sheet, in the sheet's order: the rows skipped (ticked, one is read after all) and the rows
        read by choice (unticked, one is skipped again)."""
        rows: list[tuple[int, list[str], tuple[str, int, str] | None, bool, str]] = []
        for sk in sh.skipped:
            kind = _CHOSEN if sk.reason == "chosen" else _SKIPPED
            what = (sh.sheet, sk.row, kind) if sh.office and sk.reason != "blank" else None
            line = [self.tr("row %1").replace("%1", str(sk.row)), self.tr("skipped"), _skip_line(sk)]
            rows.append((sk.row, line, what, False, self.tr("Tick to read this row after all")))
        for number in sh.included:
            line = [
                self.tr("row %1").replace("%1", str(number)),
                self.tr("read"),
                self.tr("read as you chose, though it looks like no record"),
            ]
            rows.append((number, line, (sh.sheet, number, _INCLUDED), True, self.tr("Untick to skip it again")))
        for _number, line, what, read, tip in sorted(rows, key=lambda r: r[0]):
            child = QTreeWidgetItem(item, line)
            if what is not None:
                _tick(child, what, read, tip)

    def _show_columns(self, preview: ImportPreview) -> None:
        """Each column of an office's sheet and what it is read as, with a choice of any other reading."""
        rows = [(sh, c) for sh in preview.sheets if sh.office for c in sh.readings]
        self.columns.clearContents()
        self.columns.setRowCount(len(rows))
        for i, (sh, c) in enumerate(rows):
            letter = layout.column_letter(c.index)
            for j, value in enumerate((sh.sheet, letter, c.header)):
                self.columns.setItem(i, j, QTableWidgetItem(value))
            combo = QComboBox()
            combo.addItem(self.tr("Ignore"), None)
            for reading in column_choices(sh.reads_as, True):
                combo.addItem(texts.message_text(reading_name(sh.reads_as, reading)), reading)
            combo.setCurrentIndex(max(combo.findData(c.reading), 0))
            combo.currentIndexChanged.connect(
                lambda _i, sh=sh, header=c.header, combo=combo: self._read_column_as(sh, header, combo.currentData())
            )
            self.columns.setCellWidget(i, 3, combo)
        self.columns.resizeColumnsToContents()
        self.columns.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)

    def _show_places(self, preview: ImportPreview) -> None:
        """Each place a sheet names that the app did not know, as the import reads it now (a new place and where
        it goes, an existing place the user chose, or unknown), with a choice of where else it goes."""
        rows: list[tuple[SheetReport, str, str, tuple[str, str] | None]] = []
        lang = language.language()
        for sh in preview.sheets:
            for new in sh.new_places:
                found = self.tr("new: %1").replace("%1", texts.message_text(new.said(lang)))
                rows.append((sh, new.name, found, ("in", new.parent_key) if new.chosen and new.parent_key else None))
            for name, key in sh.places_as:
                rows.append((sh, name, self.tr("as the import finds it"), ("is", key)))
            for name in sh.unknown_places:
                rows.append((sh, name, self.tr("not known: choose where it goes"), None))
        for sh, name, _found, _chosen in rows:
            self._place_rows.setdefault((sh.sheet, name), len(self._place_rows))
        rows.sort(key=lambda r: self._place_rows[(r[0].sheet, r[1])])
        self.places.clearContents()
        self.places.setRowCount(len(rows))
        self.tabs.setTabText(
            self.tabs.indexOf(self.places),
            self.tr("Places (%1)").replace("%1", str(len(rows))) if rows else self.tr("Places"),
        )
        self.places_button.setVisible(bool(rows) and self.edit_places is not None)
        if not rows:
            return
        if self._known_places is None:
            self._known_places = self.service.places()
        paths = {p.key: place_path(p.chain, lang) or p.path for p in self._known_places}
        for i, (sh, name, found, chosen) in enumerate(rows):
            # The places of the country the name is written for first (a Korean name: Korea's; Chinese: China's).
            written = written_in(name)
            known = sorted(self._known_places, key=lambda p, w=written: w is not None and _country_language(p) != w)
            self.places.setItem(i, 0, QTableWidgetItem(sh.sheet))
            self.places.setItem(i, 1, QTableWidgetItem(name))
            combo = QComboBox()
            combo.addItem(found, None)
            for p in known:
                if offered_in(name, p.level):
                    combo.addItem(self.tr("new place in %1").replace("%1", paths[p.key]), ("in", p.key))
            for p in known:  # any place: 'Gangdong' may be written for Gangdong-gu
                combo.addItem(self.tr("the same as %1").replace("%1", paths[p.key]), ("is", p.key))
            # (findData does not compare tuples)
            combo.setCurrentIndex(next((j for j in range(combo.count()) if combo.itemData(j) == chosen), 0))
            combo.currentIndexChanged.connect(
                lambda _i, sh=sh, name=name, combo=combo: self._place_as(sh, name, combo.currentData())
            )
            self.places.setCellWidget(i, 2, combo)
        self.places.resizeColumnsToContents()
        self.places.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

    def open_places(self) -> None:
        """The Places editor, to add the place a sheet's places go in; then the sheet is read again."""
        if self.edit_places is None:
            return
        self.edit_places(self)
        self._known_places = None  # places added or renamed there
        self.start_preview()

    # ------------------------------------------------------------------------------ corrections
    def _place_as(self, sheet: SheetReport, name: str, choice: tuple[str, str] | None) -> None:
        """A place of the sheet put in another place, or read as an existing one (None: as the import finds
        it): the preview is planned again with the choice."""
        mp = self._override(sheet)
        if choice is None:
            mp = mp.place(name)
        elif choice[0] == "in":
            mp = mp.place(name, parent=choice[1])
        else:
            mp = mp.place(name, same_as=choice[1])
        self.overrides[sheet.sheet] = mp
        self.start_preview()

    def _override(self, sheet: SheetReport) -> ColumnMapping:
        return self.overrides.get(sheet.sheet) or ColumnMapping.of_sheet(sheet)

    def _report(self, name: str) -> SheetReport | None:
        sheets = self.preview.sheets if self.preview is not None else ()
        return next((sh for sh in sheets if sh.sheet == name), None)

    def _read_column_as(self, sheet: SheetReport, header: str, reading: str | None) -> None:
        """A column read as another field, or ignored: the preview is planned again with the new reading."""
        self.overrides[sheet.sheet] = self._override(sheet).reading(header, reading)
        self.start_preview()

    def _row_ticked(self, item: QTreeWidgetItem, column: int) -> None:
        self._row_choice(item.data(0, Qt.ItemDataRole.UserRole), item.checkState(0) == Qt.CheckState.Checked)

    def _error_row_ticked(self, item: QTableWidgetItem) -> None:
        self._row_choice(item.data(Qt.ItemDataRole.UserRole), item.checkState() == Qt.CheckState.Checked)

    def _row_choice(self, what: object, read: bool) -> None:
        """A row ticked (read) or unticked (skipped): the preview is planned again."""
        if not isinstance(what, tuple):
            return
        name, number, kind = what
        sheet = self._report(name)
        if sheet is None:
            return
        mp = self._override(sheet)
        # A row the user chose before goes back to how the import finds it.
        self.overrides[name] = mp.row_back(number) if kind in (_CHOSEN, _INCLUDED) else mp.row(number, skipped=not read)
        self.start_preview()

    def _use_saved(self, _index: int) -> None:
        """Read the sheet as a saved mapping says (or as found): the corrections made here give way to it."""
        mp = self.saved.currentData()
        self.overrides = {}
        self.mappings = [mp] if isinstance(mp, ColumnMapping) else []
        self.start_preview()

    def save_reading(self) -> None:
        """Keep how each column of the office's sheet is read, under a name, for next month's sheet."""
        name = self.save_name.text().strip()
        title = self.tr("Save this reading")
        if not name:
            self.prompts.error(title, self.tr("Give the reading a name to save it."))
            return
        office = [sh for sh in (self.preview.sheets if self.preview is not None else ()) if sh.office]
        if not office:
            return
        current = self.columns.item(self.columns.currentRow(), 0)  # the sheet of the column chosen last
        sheet = next((sh for sh in office if current is not None and sh.sheet == current.text()), office[0])
        mapping = self._override(sheet).for_next_sheet()
        try:
            self.service.save_mapping(name, mapping)
        except Exception as exc:
            self.prompts.error(title, texts.message_text(exc))
            return
        found = self.saved.findText(name)
        if found < 0:
            self.saved.addItem(name, mapping)
        else:
            self.saved.setItemData(found, mapping)
        self.prompts.info(
            title,
            self.tr(
                "Saved as '%1'. Choose it under Saved mapping for next month's sheet, or import with --mapping."
            ).replace("%1", name),
        )

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


def _country_language(place: d.Place) -> str | None:
    """The language the place's country writes its name in (대한민국: ko, 中国: zh_CN), by names.written_in."""
    country = place.chain[0] if place.chain else (place.name, place.name_local)
    return written_in(country[1])


def _skip_line(skipped: SkippedRow) -> str:
    """Why a row was skipped, and what it says."""
    reason = texts.message_text(skipped.reason_message())
    return f"{reason}: {skipped.text}" if skipped.text else reason


def _tick(item: QTreeWidgetItem | QTableWidgetItem | None, what: tuple[str, int, str], read: bool, tip: str) -> None:
    """A row of the preview the user may tick (read it) or untick (skip it)."""
    if item is None:
        return
    state = Qt.CheckState.Checked if read else Qt.CheckState.Unchecked
    if isinstance(item, QTreeWidgetItem):
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(0, state)
        item.setData(0, Qt.ItemDataRole.UserRole, what)
        item.setToolTip(0, tip)
    else:
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(state)
        item.setData(Qt.ItemDataRole.UserRole, what)
        item.setToolTip(tip)
