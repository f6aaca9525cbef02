"""File > Preferences: each setting is saved in settings.json and the app uses it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence

from app import config
from app.domain.dates import PartialDate
from app.services.backups import list_backups, rotate, second_folder, set_second_folder
from app.services.history import HistoryFilter, HistoryService
from app.services.programs import ProgramDraft, ProgramService
from app.ui import language
from app.ui.preferences_dialog import PreferencesDialog


def _open(window: Any) -> PreferencesDialog:
    dialog = window.preferences_actions.show_preferences()
    assert isinstance(dialog, PreferencesDialog) and dialog.isVisible()
    return dialog


def test_preferences_sit_in_the_file_menu_above_quit_with_ctrl_comma(window: Any) -> None:
    action = window.preferences_actions.action
    entries = [a for a in window.menu("file").actions() if not a.isSeparator()]
    assert action in entries and entries[-1] is window.quit_action
    assert QKeySequence("Ctrl+,") in action.shortcuts()
    action.trigger()
    assert isinstance(window.preferences_actions.dialog, PreferencesDialog)


def test_the_name_in_preferences_signs_the_next_change_in_history(
    window: Any, seeded_db: Any, prompts: Any, qtbot: Any
) -> None:
    seeded_db.actor = None  # as the app opens it: history reads the Preferences name at every save
    dialog = _open(window)
    assert dialog.name.text() == "" and dialog.name.placeholderText() == config.system_user()
    dialog.name.setText("  Kim Jiwoo ")
    dialog.accept()
    assert config.load_preferences().user_name == "Kim Jiwoo"
    prompts.texts.append("Pocket parks")
    window.new_program()
    key = window.detail_view.key
    rows = HistoryService(seeded_db).list_changes(HistoryFilter(program_key=key)).rows
    assert rows and {r.actor for r in rows} == {"Kim Jiwoo"}
    window.show_view("history")
    panel = window.trust_actions.history
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0)
    who = panel.model.index(0, panel.model.WHO).data()
    assert who == "Kim Jiwoo"


def test_a_new_language_is_saved_said_to_apply_at_the_next_start_and_does(
    window: Any, seeded_db: Any, prompts: Any, qtbot: Any
) -> None:
    from app.ui.main_window import MainWindow

    dialog = _open(window)
    assert not dialog.language_note.isVisibleTo(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("ko"))
    assert dialog.language_note.isVisibleTo(dialog)
    assert dialog.language_note.text() == "Civic Tracker speaks 한국어 from its next start."
    assert dialog.dates.itemText(1).endswith("2027. 3. 14.")  # the example in the language chosen
    dialog.accept()
    assert config.load_preferences().language == "ko"
    assert window.statusBar().currentMessage() == "Civic Tracker speaks 한국어 from its next start."
    assert window.menu("file").title() == "&File"  # this session stays as it started

    language.start(QCoreApplication.instance())  # the next start: as make_application does
    restarted = MainWindow(seeded_db, prompts=prompts, remember=False)
    qtbot.addWidget(restarted)
    assert restarted.menu("file").title() == "파일(&F)"
    assert language.language() == "ko"


@pytest.mark.parametrize(("lang", "shown"), [("en", "14 Mar 2027"), ("ko", "2027. 3. 14.")])
def test_the_date_display_changes_the_dates_a_view_shows_at_once(
    window: Any, seeded_db: Any, qtbot: Any, lang: str, shown: str
) -> None:
    from app.ui.models.programs import ProgramTableModel

    config.save_preferences(config.Preferences(language=lang))
    language.start(QCoreApplication.instance())
    ProgramService(seeded_db).create_program(
        ProgramDraft(title="Pi day", key="PI-DAY", start_date=PartialDate(2027, 3, 14))
    )
    window.notify_data_changed()
    window.show_view("programs")
    model = window.programs_view.model

    def start_of_pi_day() -> str | None:
        for row in range(model.rowCount()):
            if model.index(row, ProgramTableModel.KEY).data() == "PI-DAY":
                return str(model.index(row, ProgramTableModel.START).data())
        return None

    qtbot.waitUntil(lambda: start_of_pi_day() == "2027-03-14")
    dialog = _open(window)
    dialog.dates.setCurrentIndex(dialog.dates.findData("locale"))
    dialog.accept()
    assert config.load_preferences().date_style == "locale"
    qtbot.waitUntil(lambda: start_of_pi_day() == shown)


def test_export_starts_in_the_folder_of_preferences(window: Any, prompts: Any, tmp_path: Path) -> None:
    exports = tmp_path / "meeting exports"
    exports.mkdir()
    prompts.folders.append(str(exports))
    dialog = _open(window)
    dialog.choose_export_folder()
    assert dialog.export_folder.text() == str(exports)
    dialog.accept()
    window.excel_actions.export_workbook()
    window.excel_actions.dialog.export()
    assert Path(prompts.saves[-1][1]).parent == exports
    exports.rmdir()  # a folder that went away: back to the home folder
    window.excel_actions.export_workbook()
    window.excel_actions.dialog.export()
    assert Path(prompts.saves[-1][1]).parent == Path.home()


def test_backups_to_keep_limit_rotation(window: Any, tmp_path: Path) -> None:
    dialog = _open(window)
    assert (dialog.keep_daily.value(), dialog.keep_weekly.value()) == (7, 4)
    dialog.keep_daily.setValue(2)
    dialog.keep_weekly.setValue(1)
    dialog.accept()
    assert (config.load_preferences().keep_daily, config.load_preferences().keep_weekly) == (2, 1)
    folder = tmp_path / "rotated"
    folder.mkdir()
    first = dt.datetime(2026, 11, 2, 9, 0)
    for day in range(10):
        (folder / f"office.{first + dt.timedelta(days=day):%Y%m%d-%H%M%S}.daily.sqlite3").write_bytes(b"x")
    rotate(tmp_path / "office.sqlite3", now=first + dt.timedelta(days=9, hours=1), folder=folder)
    kept = [b.taken_at.day for b in list_backups(tmp_path / "office.sqlite3", folder=folder)]
    assert kept == [11, 10]  # the two newest days; this ISO week's newest is one of them


def test_the_second_backup_folder_is_the_backups_dialogs(window: Any, prompts: Any, tmp_path: Path) -> None:
    set_second_folder(tmp_path / "usb")  # as Backups… > Second Backup Folder… saves it
    dialog = _open(window)
    assert str(tmp_path / "usb") in dialog.second_label.text()
    prompts.folders.append(str(tmp_path / "share"))
    dialog.choose_second_folder()
    assert str(tmp_path / "share") in dialog.second_label.text()
    assert second_folder() is not None and second_folder().path == tmp_path / "usb"  # not before OK
    dialog.accept()
    folder = second_folder()
    assert folder is not None and folder.path == tmp_path / "share"
    dialog = _open(window)
    dialog.clear_second_folder()
    dialog.reject()  # Cancel changes nothing
    assert second_folder() is not None
    dialog = _open(window)
    dialog.clear_second_folder()
    dialog.accept()
    assert second_folder() is None


def test_reminders_look_as_many_days_ahead_as_chosen(window: Any) -> None:
    dialog = _open(window)
    assert dialog.remind_days.value() == 7
    dialog.remind_days.setValue(3)
    dialog.accept()
    assert config.load_preferences().remind_days == 3
    assert _open(window).remind_days.value() == 3
