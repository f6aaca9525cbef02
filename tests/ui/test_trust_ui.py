"""History panel, Trash view, Backups dialog and the read-only banner, as a user meets them."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction

from app.domain.dates import PartialDate
from app.services.backups import list_backups, take_backup
from app.services.database import NotADatabaseError, open_database
from app.services.history import HistoryService
from app.services.programs import ProgramDraft, ProgramService, TaskDraft
from app.store.database import Database
from app.ui import trust_actions
from app.ui.backups_dialog import BackupsDialog, BackupsModel
from app.ui.history_panel import HistoryPanel, HistoryTableModel, ProgramHistoryPanel
from app.ui.trash_panel import TrashModel
from tests.ui.fake_window import FakeWindow, ScriptedPrompts


@pytest.fixture
def db(empty_db: Database) -> Database:
    programs = ProgramService(empty_db)
    empty_db.actor = "Lee"
    p = programs.create_program(ProgramDraft(title="Youth council", key="YOUTH"))
    programs.add_task("YOUTH", TaskDraft(title="Recruit members"))
    empty_db.actor = "Park"
    programs.update_program("YOUTH", {"title": "Youth council of Dobong"}, p.version)
    programs.create_program(ProgramDraft(title="Seniors lunch", key="LUNCH"))
    programs.log_progress("LUNCH", "First lunch served", entry_date=PartialDate.parse("2026-11-02"))
    return empty_db


@pytest.fixture
def window(qtbot, db: Database) -> Iterator[FakeWindow]:  # type: ignore[no-untyped-def]
    w = FakeWindow(db)
    qtbot.addWidget(w)
    w.trust_actions = trust_actions.install(w)  # type: ignore[attr-defined]
    w.show()
    yield w
    w.context.runner.wait(10_000)


def test_backups_entry_is_in_the_tools_menu_and_file_keeps_quit_last(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    w = FakeWindow(db)
    qtbot.addWidget(w)
    w.menu("file").addAction("&New program…")
    w.menu("file").addSeparator()
    w.menu("file").addAction("&Quit")
    trust_actions.install(w)
    assert [a.text() for a in w.menu("file").actions()] == ["&New program…", "", "&Quit"]
    assert "&Backups…" in [a.text() for a in w.menu("tools").actions()]
    w.context.runner.wait(10_000)


def test_models_pass_the_qt_model_tester(qtmodeltester, db: Database) -> None:  # type: ignore[no-untyped-def]
    from app.services.trash import TrashService

    history = HistoryTableModel(HistoryService(db))
    history.reload()
    qtmodeltester.check(history)
    ProgramService(db).delete_program("LUNCH")
    trash = TrashModel(TrashService(db))
    trash.reload()
    qtmodeltester.check(trash)
    backups = BackupsModel()
    backups.set_backups(list_backups(take_backup(db, "manual").path.parent.parent / "test.sqlite3"))
    qtmodeltester.check(backups)


def test_history_model_fetches_more_rows_as_the_view_scrolls(db: Database) -> None:

    model = HistoryTableModel(HistoryService(db))
    model.PAGE = 5
    model.reload()
    assert model.rowCount() == 5 and model.total() > 5
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == model.total()


def test_history_shows_statuses_and_its_tooltips_in_the_interface_s_language(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.domain.enums import Status
    from app.services.history import HistoryFilter
    from app.ui import language

    programs = ProgramService(db)
    programs.update_program("LUNCH", {"status": Status.ON_HOLD}, programs.get_program("LUNCH").version)
    monkeypatch.setattr(language, "_language", "ko")
    model = HistoryTableModel(HistoryService(db))
    model.set_filter(HistoryFilter(program_key="LUNCH", field="status", actions=("update",)))
    at = model.index(0, HistoryTableModel.NEW)
    assert (model.data(model.index(0, HistoryTableModel.OLD)), model.data(at)) == ("계획", "보류")
    assert model.data(at, Qt.ItemDataRole.ToolTipRole) == "사업 LUNCH: 상태: '계획' → '보류'"


def test_history_names_an_indicator_value_as_the_reader_reads_it(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    """The Record column and the tooltip showed "LUNCH-YESAN@2026/target", the key as stored."""
    from app.domain.enums import ValueKind
    from app.services.history import HistoryFilter
    from app.ui import language

    programs = ProgramService(db)
    indicator = programs.add_indicator("LUNCH", "예산")
    programs.set_indicator_value(indicator.id, PartialDate(2026), 500, ValueKind.TARGET)
    programs.set_indicator_value(indicator.id, PartialDate(2026), 600, ValueKind.TARGET)
    monkeypatch.setattr(language, "_language", "ko")
    model = HistoryTableModel(HistoryService(db))
    model.set_filter(HistoryFilter(program_key="LUNCH", actions=("update",), entity_types=("indicator_value",)))
    record = model.index(0, HistoryTableModel.RECORD)
    assert model.rowCount() == 1 and model.data(record).endswith(f" {indicator.key} 2026 목표")
    assert model.data(record, Qt.ItemDataRole.ToolTipRole) == f"지표 값 {indicator.key} 2026 목표: 값: '500' → '600'"


def test_history_shows_a_value_s_kind_and_an_indicator_s_direction_in_the_interface_s_language(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The Old and New columns showed "higher", "lower" and "target", the values as stored, to a Chinese reader."""
    from app.domain.enums import Direction, ValueKind
    from app.services.history import HistoryFilter
    from app.ui import language

    programs = ProgramService(db)
    indicator = programs.add_indicator("LUNCH", "预算")
    programs.set_indicator_value(indicator.id, PartialDate(2026), 500, ValueKind.TARGET)
    programs.update_indicator(indicator.id, {"direction": Direction.LOWER})
    monkeypatch.setattr(language, "_language", "zh_CN")
    model = HistoryTableModel(HistoryService(db))
    model.set_filter(HistoryFilter(program_key="LUNCH", field="direction", actions=("update",)))
    new = model.index(0, HistoryTableModel.NEW)
    assert (model.data(model.index(0, HistoryTableModel.OLD)), model.data(new)) == ("越高越好", "越低越好")
    assert model.data(new, Qt.ItemDataRole.ToolTipRole) == f"指标 {indicator.key}：方向：“越高越好” → “越低越好”"
    model.set_filter(HistoryFilter(program_key="LUNCH", field="kind", actions=("create",)))
    assert model.data(model.index(0, HistoryTableModel.NEW)) == "目标"


def test_history_view_filters_by_person_kind_and_record(window: FakeWindow) -> None:
    window.show_view("history")
    title, panel = window.views["history"]
    assert title == "History" and isinstance(panel, HistoryPanel)
    people = [panel.person.itemText(i) for i in range(panel.person.count())]
    assert people == ["Everyone", "Lee", "Park"]

    panel.person.setCurrentIndex(panel.person.findData("Park"))
    panel.kind.setCurrentIndex(panel.kind.findData("update"))
    shown = [
        [
            panel.model.data(panel.model.index(r, c))
            for c in (
                HistoryTableModel.WHO,
                HistoryTableModel.FIELD,
                HistoryTableModel.OLD,
                HistoryTableModel.NEW,
            )
        ]
        for r in range(panel.model.rowCount())
    ]
    assert ["Park", "Title", "Youth council", "Youth council of Dobong"] in shown
    assert all(row[0] == "Park" for row in shown)

    panel.kind.setCurrentIndex(0)
    panel.person.setCurrentIndex(0)
    panel.record.setCurrentIndex(panel.record.findData("progress"))
    records = {panel.model.data(panel.model.index(r, HistoryTableModel.RECORD)) for r in range(panel.model.rowCount())}
    assert records and all(r.startswith("Progress entry") for r in records)


def test_history_since_filter(window: FakeWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.show_view("history")
    from PySide6.QtCore import QDate

    panel = window.views["history"][1]
    assert isinstance(panel, HistoryPanel)
    everything = panel.model.rowCount()
    panel.since.setDate(QDate.currentDate().addDays(1))
    panel.use_since.setChecked(True)
    assert panel.model.rowCount() == 0
    panel.use_since.setChecked(False)
    assert panel.model.rowCount() == everything


def test_program_history_panel_shows_only_that_program(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    panel = ProgramHistoryPanel(HistoryService(db), "YOUTH")
    qtbot.addWidget(panel)
    programs = {panel.model.entry(r).program_key for r in range(panel.model.rowCount())}
    assert programs == {"YOUTH"}
    panel.set_program("LUNCH")
    assert {panel.model.entry(r).program_key for r in range(panel.model.rowCount())} == {"LUNCH"}


def test_program_menu_opens_the_history_of_the_current_program(window: FakeWindow) -> None:
    window.program_key = "YOUTH"
    dialog = window.trust_actions.show_program_history()  # type: ignore[attr-defined]
    assert dialog is not None and dialog.panel.program_key() == "YOUTH"
    assert dialog.windowTitle() == "History of YOUTH"
    dialog.close()


def test_history_reloads_when_data_changes(window: FakeWindow, db: Database) -> None:
    window.show_view("history")
    panel = window.views["history"][1]
    assert isinstance(panel, HistoryPanel)
    before = panel.model.total()
    ProgramService(db).create_program(ProgramDraft(title="Another", key="ANOTHER"))
    window.notify_data_changed()
    assert panel.model.total() > before


def test_trash_view_restores_and_empties_after_asking(window: FakeWindow, db: Database, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.show_view("trash")
    programs = ProgramService(db)
    programs.delete_program("YOUTH")
    programs.delete_progress(programs.list_progress("LUNCH")[0].id)
    window.notify_data_changed()
    panel = window.views["trash"][1]
    assert panel.model.rowCount() == 2
    assert not panel.restore_button.isEnabled()

    row = next(r for r in range(panel.model.rowCount()) if panel.model.item(r).kind == "program")
    assert panel.model.data(panel.model.index(row, TrashModel.CONTENTS)) == "1 task"
    panel.view.selectRow(row)
    assert panel.restore_button.isEnabled()
    changes: list[int] = []
    window.data_changed.connect(lambda: changes.append(1))
    panel.restore_button.click()
    assert "YOUTH" in programs.program_keys()
    assert panel.model.rowCount() == 1 and changes

    window.prompts.answers = [False]
    panel.empty_button.click()
    assert panel.model.rowCount() == 1  # said no: nothing deleted
    assert window.prompts.shown[-1][0] == "confirm" and "cannot be undone here" in window.prompts.shown[-1][2]
    window.prompts.answers = [True]
    panel.empty_button.click()
    assert panel.model.rowCount() == 0
    assert panel.summary.text() == "The trash is empty"
    assert not panel.empty_button.isEnabled()


def test_backups_dialog_lists_backs_up_and_restores(window: FakeWindow, db: Database, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.context.runner.wait(10_000)  # the daily backup taken at start
    qtbot.wait(50)
    backups = window.findChild(QAction, "actionBackups")
    assert backups is not None and backups.text() == "&Backups…"
    backups.trigger()
    dialog = window.findChild(BackupsDialog)
    assert dialog is not None
    assert dialog.model.rowCount() >= 1
    assert dialog.model.data(dialog.model.index(0, BackupsModel.REASON)) == "Daily"
    assert dialog.model.data(dialog.model.index(0, BackupsModel.SIZE)).endswith("KB")

    dialog.backup_button.click()
    assert window.prompts.shown[-1][1] == "Backup written"
    ProgramService(db).create_program(ProgramDraft(title="After the backup", key="AFTER"))

    manual = next(r for r in range(dialog.model.rowCount()) if dialog.model.backup(r).reason == "manual")
    dialog.view.selectRow(manual)
    changed: list[int] = []
    window.data_changed.connect(lambda: changed.append(1))
    window.prompts.answers = [True]
    dialog.restore_button.click()
    assert "AFTER" not in ProgramService(db).program_keys()
    assert changed and window.prompts.shown[-1][1] == "Backup restored"
    assert any(dialog.model.backup(r).reason == "before-restore" for r in range(dialog.model.rowCount()))
    dialog.close()


def test_backups_dialog_sets_the_second_backup_folder(window: FakeWindow, db: Database, tmp_path: Path) -> None:
    window.context.runner.wait(10_000)  # the daily backup taken at start
    dialog = window.trust_actions.show_backups()  # type: ignore[attr-defined]
    assert "No second backup folder" in dialog.second_label.text()
    assert not dialog.second_off_button.isEnabled()
    assert dialog.model.data(dialog.model.index(0, BackupsModel.CHECKED)) == "Yes"
    second = tmp_path / "usb stick"
    window.prompts.folders = [str(second)]
    dialog.second_button.click()
    assert str(second) in dialog.second_label.text() and dialog.second_off_button.isEnabled()

    dialog.backup_button.click()

    kind, title, text = window.prompts.shown[-1]
    assert (kind, title) == ("info", "Backup written") and "A copy was written to" in text
    assert [p.name for p in second.iterdir() if p.name.endswith(".manual.sqlite3")]
    dialog.second_off_button.click()
    assert "No second backup folder" in dialog.second_label.text()
    dialog.close()


def test_a_daily_backup_whose_second_copy_fails_warns_and_is_kept(  # type: ignore[no-untyped-def]
    qtbot, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "share offline"
    blocked.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("CIVIC_TRACKER_BACKUP_DIR", str(blocked / "backups"))
    w = FakeWindow(db)
    qtbot.addWidget(w)
    trust_actions.install(w)
    assert db.sqlite_path is not None
    qtbot.waitUntil(lambda: w.banner is not None, timeout=10_000)
    w.context.runner.wait(10_000)
    assert w.banner is not None and w.banner[1] == "warning" and "second backup folder" in w.banner[0]
    assert [b.reason for b in list_backups(db.sqlite_path)] == ["daily"]


def test_daily_backup_is_taken_at_start(window: FakeWindow, db: Database, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert db.sqlite_path is not None
    qtbot.waitUntil(lambda: any(b.reason == "daily" for b in list_backups(db.sqlite_path)), timeout=10_000)
    window.context.runner.wait(10_000)
    qtbot.wait(50)  # the worker's result reaches the window
    # Taken quietly: a backup that worked needs nothing of the user (File > Backups lists it).
    assert window.status == [] and window.banner is None


def test_read_only_database_shows_a_banner_and_disables_editing(qtbot, db_url: str) -> None:  # type: ignore[no-untyped-def]
    db, _ = open_database(db_url, actor="tester", seed=False)
    ProgramService(db).create_program(ProgramDraft(title="Look only", key="LOOK"))
    ProgramService(db).delete_program("LOOK")
    path = db.sqlite_path
    db.dispose()
    assert path is not None
    os.chmod(path, stat.S_IRUSR)
    try:
        ro, report = open_database(db_url, actor="tester", seed=False)
        assert report.read_only
        w = FakeWindow(ro)
        qtbot.addWidget(w)
        trust_actions.install(w)
        assert w.read_only and w.banner is not None and w.banner[1] == "warning"
        assert "read-only" in w.banner[0]
        trash = w.views["trash"][1]
        trash.view.selectRow(0)
        assert not trash.restore_button.isEnabled() and not trash.empty_button.isEnabled()
        ro.dispose()
    finally:
        os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)


def test_offer_restore_for_a_damaged_file_restores_after_asking(db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from app.ui import language

    db, _ = open_database(db_url, actor="tester", seed=False)
    ProgramService(db).create_program(ProgramDraft(title="Saved", key="SAVED"))
    take_backup(db, "manual")
    path = db.sqlite_path
    db.dispose()
    assert path is not None
    path.write_bytes(b"garbage" * 1000)
    with pytest.raises(NotADatabaseError) as err:
        open_database(db_url)
    prompts = ScriptedPrompts()
    prompts.answers = [False]
    monkeypatch.setattr(language, "_language", "ko")
    assert trust_actions.offer_restore(err.value, prompts) is False
    assert path.read_bytes() == b"garbage" * 1000
    asked = prompts.shown[-1][2]  # what is wrong in the reader's language; the question, not the command line's
    assert "열 수 없습니다" in asked and "파일은 바뀌지 않았습니다" in asked and "db restore" not in asked
    monkeypatch.setattr(language, "_language", "en")
    prompts.answers = [True]
    assert trust_actions.offer_restore(err.value, prompts) is True
    assert "damaged file was kept" in prompts.shown[-1][2]
    again, _ = open_database(db_url)
    assert ProgramService(again).program_keys() == ["SAVED"]
    again.dispose()
    assert any(p.name.startswith(path.name + ".damaged-") for p in Path(path).parent.iterdir())


def test_hidden_panels_do_not_query_until_shown(window: FakeWindow, db: Database) -> None:
    # At a million rows a trash query costs seconds: edits elsewhere must not pay for it.
    window.show_view("history")
    panel = window.views["trash"][1]
    ProgramService(db).delete_program("YOUTH")
    window.notify_data_changed()
    assert panel.model.rowCount() == 0
    window.show_view("trash")
    assert panel.model.rowCount() == 1
