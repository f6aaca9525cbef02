"""File > Preferences…: your name in History, the language, how dates are shown, where exports go, the second
backup folder, how many backups rotation keeps and how far ahead reminders look. Everything is saved in
settings.json (app/config.py)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app import config
from app.domain.dates import DateStyle, PartialDate, display
from app.domain.messages import LANGUAGES
from app.services.backups import SecondFolder, second_folder, set_second_folder
from app.ui import language
from app.ui.backups_dialog import second_folder_text
from app.ui.context import AppContext

_EXAMPLE = PartialDate(2027, 3, 14)


class PreferencesDialog(QDialog):
    """Shows the saved preferences; OK saves them, Cancel leaves everything as it was.

    The name applies to the next change saved, the date display and the backups to keep at once, the export
    folder to the next export. The language is the one thing that waits for the next start: the window's
    menus and panes are built in their language once.
    """

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Preferences"))
        self.setObjectName("preferencesDialog")
        self.saved = config.load_preferences()
        self._second: SecondFolder | None = second_folder()
        # What OK saves as the second backup folder: None leaves it as it is; (None,) is none; (path,) a folder.
        self._second_chosen: tuple[Path | None] | None = None

        self.name = QLineEdit(self.saved.user_name, self)
        self.name.setObjectName("preferencesName")
        self.name.setPlaceholderText(config.system_user())
        self.name.setToolTip(self.tr("How your changes are signed in History. Empty: your login name."))

        self.language = QComboBox(self)
        self.language.setObjectName("preferencesLanguage")
        system = language.startup_language(config.SYSTEM_LANGUAGE)
        self.language.addItem(self.tr("As the system (%1)").replace("%1", LANGUAGES[system]), config.SYSTEM_LANGUAGE)
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)  # each language by its own name, untranslated
        self.language.setCurrentIndex(max(0, self.language.findData(self.saved.language)))
        self.language_note = QLabel(self)
        self.language_note.setObjectName("preferencesRestartNote")
        self.language_note.setWordWrap(True)
        self.language_note.setVisible(False)

        self.dates = QComboBox(self)
        self.dates.setObjectName("preferencesDates")
        self.dates.addItem("", DateStyle.ISO.value)
        self.dates.addItem("", DateStyle.LOCALE.value)
        self.dates.setCurrentIndex(max(0, self.dates.findData(self.saved.date_style)))

        self.export_folder = QLineEdit(self.saved.export_folder, self)
        self.export_folder.setObjectName("preferencesExportFolder")
        self.export_folder.setPlaceholderText(str(Path.home()))
        choose_export = QPushButton(self.tr("Choose…"), self)
        choose_export.clicked.connect(self.choose_export_folder)
        export_row = QHBoxLayout()
        export_row.addWidget(self.export_folder, 1)
        export_row.addWidget(choose_export)

        self.second_label = QLabel(self)
        self.second_label.setObjectName("preferencesSecondFolder")
        self.second_label.setWordWrap(True)
        self.second_button = QPushButton(self.tr("Choose…"), self)
        self.second_button.clicked.connect(self.choose_second_folder)
        self.second_off_button = QPushButton(self.tr("None"), self)
        self.second_off_button.clicked.connect(self.clear_second_folder)
        second_row = QHBoxLayout()
        second_row.addWidget(self.second_button)
        second_row.addWidget(self.second_off_button)
        second_row.addStretch(1)

        self.keep_daily = self._count(self.saved.keep_daily, "preferencesKeepDaily")
        self.keep_weekly = self._count(self.saved.keep_weekly, "preferencesKeepWeekly")
        keep_row = QHBoxLayout()
        keep_row.addWidget(self.keep_daily)
        keep_row.addWidget(QLabel(self.tr("daily"), self))
        keep_row.addWidget(self.keep_weekly)
        keep_row.addWidget(QLabel(self.tr("weekly"), self))
        keep_row.addStretch(1)
        keep_note = QLabel(
            self.tr(
                "Backups before an import or upgrade are kept for a week, and backups taken by hand until you "
                "delete them."
            ),
            self,
        )
        keep_note.setWordWrap(True)

        self.remind_days = QSpinBox(self)
        self.remind_days.setObjectName("preferencesRemindDays")
        self.remind_days.setRange(*config.REMIND_RANGE)
        self.remind_days.setValue(self.saved.remind_days)
        self.remind_days.setSuffix(self.tr(" days"))
        self.remind_days.setToolTip(
            self.tr("At start and once a day, a reminder names your tasks overdue and due within these days.")
        )

        form = QFormLayout()
        form.addRow(self.tr("Your &name in History:"), self.name)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow("", self.language_note)
        form.addRow(self.tr("&Dates:"), self.dates)
        form.addRow(self._label(self.tr("&Export to:"), self.export_folder), export_row)
        form.addRow(self.tr("Second backup folder:"), second_row)
        form.addRow("", self.second_label)
        form.addRow(self._label(self.tr("Backups to &keep:"), self.keep_daily), keep_row)
        form.addRow("", keep_note)
        form.addRow(self.tr("&Remind me of tasks due within:"), self.remind_days)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.language.currentIndexChanged.connect(self._language_changed)
        self._language_changed()
        self._show_second_folder()
        self.setMinimumWidth(640)
        self.adjustSize()

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        """A row's label whose mnemonic moves to ``buddy`` (a row holding a layout has none of its own)."""
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def _count(self, value: int, name: str) -> QSpinBox:
        box = QSpinBox(self)
        box.setObjectName(name)
        box.setRange(*config.KEEP_RANGE)
        box.setValue(value)
        return box

    # -- the language and the date examples in it
    def chosen_language(self) -> str:
        return language.startup_language(str(self.language.currentData()))

    def _language_changed(self, *_: object) -> None:
        chosen = self.chosen_language()
        example = display(_EXAMPLE, chosen, DateStyle.LOCALE)
        self.dates.setItemText(0, self.tr("ISO: %1").replace("%1", display(_EXAMPLE, chosen, DateStyle.ISO)))
        self.dates.setItemText(1, self.tr("As the language writes them: %1").replace("%1", example))
        self.language_note.setText(self.restart_note(chosen))
        self.language_note.setVisible(chosen != language.language())

    def restart_note(self, chosen: str) -> str:
        return self.tr("Civic Tracker speaks %1 from its next start.").replace("%1", LANGUAGES[chosen])

    # -- folders
    def choose_export_folder(self) -> None:
        start = self.export_folder.text().strip() or str(config.export_folder())
        chosen = self.ctx.prompts.choose_folder(self.tr("Folder for exported workbooks"), start)
        if chosen:
            self.export_folder.setText(chosen)

    def _show_second_folder(self) -> None:
        if self._second_chosen is None:
            shown = self._second
        else:
            path = self._second_chosen[0]
            shown = SecondFolder(path, False) if path is not None else None
        from_environment = self._second is not None and self._second.from_environment
        if from_environment:
            shown = self._second  # the environment wins over whatever is saved
        self.second_label.setText(second_folder_text(shown))
        self.second_button.setEnabled(not from_environment)
        self.second_off_button.setEnabled(not from_environment and shown is not None)

    def choose_second_folder(self) -> None:
        start = str(self._second.path) if self._second is not None else str(Path.home())
        chosen = self.ctx.prompts.choose_folder(
            self.tr("Second backup folder (another disk or a network share)"), start
        )
        if chosen:
            self._second_chosen = (Path(chosen),)
            self._show_second_folder()

    def clear_second_folder(self) -> None:
        self._second_chosen = (None,)
        self._show_second_folder()

    # -- saving
    def preferences(self) -> config.Preferences:
        return config.Preferences(
            user_name=self.name.text().strip(),
            language=str(self.language.currentData()),
            date_style=str(self.dates.currentData()),
            export_folder=self.export_folder.text().strip(),
            keep_daily=self.keep_daily.value(),
            keep_weekly=self.keep_weekly.value(),
            remind_days=self.remind_days.value(),
        )

    def accept(self) -> None:
        chosen = self.preferences()
        config.save_preferences(chosen)
        if self._second_chosen is not None:
            set_second_folder(self._second_chosen[0])  # the same setting as Backups… > Second Backup Folder…
        if chosen.date_style != language.date_style():
            language.set_date_style(chosen.date_style)
            self.ctx.notify_data_changed()  # the panes show their dates again, in the new style
        if self.chosen_language() != language.language():
            self.ctx.shell.show_status(self.restart_note(self.chosen_language()))
        super().accept()
