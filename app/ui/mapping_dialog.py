"""Column-mapping dialog: which column of a staff member's own sheet holds which field; saved for reuse."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.services.importing import READ_FIELDS
from app.services.workbook import ColumnMapping, UnmatchedSheet, WorkbookService, layout

NOT_IN_SHEET = -1


class ColumnMappingDialog(QDialog):
    """Built from what the importer found in a sheet; ``mapping()`` is the result once accepted."""

    def __init__(
        self, service: WorkbookService, prompts: Any, sheet: UnmatchedSheet, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.prompts = prompts
        self.sheet = sheet
        self.headers = [h for h in sheet.headers if h and h.strip()]
        self.setWindowTitle(self.tr("Match the columns of '%1'").replace("%1", sheet.sheet))
        self.setMinimumWidth(480)

        outer = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Civic Tracker could not tell which column is which. Choose, for each field, the column "
                "of your "
                "sheet that holds it (header row %1). Fields marked * are needed for new rows."
            ).replace("%1", str(sheet.header_row))
        )
        intro.setWordWrap(True)
        outer.addWidget(intro)

        top = QFormLayout()
        self.saved = QComboBox()
        self.saved.addItem(self.tr("(none)"), None)
        for info in self.service.saved_mappings():
            self.saved.addItem(info.name, info.mapping)
        self.saved.currentIndexChanged.connect(self._load_saved)
        top.addRow(self.tr("Saved mapping:"), self.saved)
        self.reads_as = QComboBox()
        for spec in layout.IMPORTABLE:
            self.reads_as.addItem(self.tr(spec.name), spec.name)
        if sheet.reads_as:
            self.reads_as.setCurrentIndex(max(self.reads_as.findData(sheet.reads_as), 0))
        self.reads_as.currentIndexChanged.connect(self._rebuild)
        top.addRow(self.tr("Rows are:"), self.reads_as)
        outer.addLayout(top)

        self.form_host = QWidget()
        self.form = QFormLayout(self.form_host)
        outer.addWidget(self.form_host)
        self.combos: dict[str, QComboBox] = {}

        save_row = QFormLayout()
        self.save_box = QCheckBox(self.tr("Save this mapping as"))
        self.save_name = QLineEdit()
        self.save_name.setPlaceholderText(self.tr("for example: Transport team list"))
        save_row.addRow(self.save_box, self.save_name)
        outer.addLayout(save_row)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        self._rebuild()

    # -------------------------------------------------------------------------------- building
    def spec(self) -> layout.SheetSpec:
        return layout.SPECS_BY_NAME[str(self.reads_as.currentData())]

    def _rebuild(self) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.combos.clear()
        spec = self.spec()
        auto = layout.match_headers(spec, list(self.headers))
        for fld in READ_FIELDS[spec.name]:
            col = spec.column(fld)
            combo = QComboBox()
            combo.addItem(self.tr("(not in this sheet)"), NOT_IN_SHEET)
            for i, h in enumerate(self.headers):
                combo.addItem(h, i)
            if fld in auto.columns:
                combo.setCurrentIndex(auto.columns[fld] + 1)
            combo.currentIndexChanged.connect(self._update_ok)
            self.combos[fld] = combo
            self.form.addRow(self.tr(col.header) + (" *" if col.required else ""), combo)
        self._update_ok()

    def _load_saved(self) -> None:
        mp = self.saved.currentData()
        if not isinstance(mp, ColumnMapping):
            return
        self.reads_as.setCurrentIndex(max(self.reads_as.findData(mp.reads_as), 0))
        self._rebuild()
        for fld, header in mp.columns.items():
            combo = self.combos.get(fld)
            if combo is not None and header in self.headers:
                combo.setCurrentIndex(self.headers.index(header) + 1)

    def _update_ok(self) -> None:
        ok = all(
            self.combos[c.field].currentData() != NOT_IN_SHEET
            for c in self.spec().columns
            if c.required and c.field in self.combos and c.field in ("title", "name")
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    # -------------------------------------------------------------------------------- result
    def mapping(self) -> ColumnMapping:
        columns = {
            f: self.headers[int(c.currentData())] for f, c in self.combos.items() if c.currentData() != NOT_IN_SHEET
        }
        return ColumnMapping(self.spec().name, columns)

    def _accept(self) -> None:
        if self.save_box.isChecked():
            name = self.save_name.text().strip()
            if not name:
                self.prompts.error(self.tr("Save mapping"), self.tr("Give the mapping a name to save it."))
                return
            self.service.save_mapping(name, self.mapping())
        self.accept()
