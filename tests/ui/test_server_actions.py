"""The shared-database actions in a window: menu entry, read-only banner, live refresh, Connect dialog."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QStringListModel
from PySide6.QtWidgets import QListView

from app import config
from app.services.programs import ProgramDraft, ProgramService
from app.store.database import Database
from app.ui import server_actions
from app.ui.server_actions import ConnectDialog
from tests.conftest import MemoryKeyring
from tests.ui import fake_window


class RecordingPrompts:
    def __init__(self) -> None:
        self.infos: list[tuple[str, str]] = []

    def info(self, title: str, text: str) -> None:
        self.infos.append((title, text))

    def error(self, title: str, text: str) -> None:
        raise AssertionError(f"no error dialog expected: {title}: {text}")


class FakeWindow(fake_window.FakeWindow):
    """The shared stand-in with an editable list on screen, recording every banner and status message."""

    def __init__(self, db: Database) -> None:
        super().__init__(db, RecordingPrompts())
        self.banners: list[tuple[str, str]] = []
        self.statuses: list[str] = []
        self.read_only_flag = False
        self.list = QListView(self)
        self.list.setModel(QStringListModel(["a", "b"], self))
        self.stack.addWidget(self.list)
        self.stack.setCurrentWidget(self.list)

    def show_banner(self, text: str, kind: str = "info") -> None:
        self.banners.append((text, kind))

    def show_status(self, text: str) -> None:
        self.statuses.append(text)

    def set_read_only(self, flag: bool) -> None:
        self.read_only_flag = flag


@pytest.fixture
def window(empty_db: Database, qtbot: Any) -> Iterator[FakeWindow]:
    w = FakeWindow(empty_db)
    qtbot.addWidget(w)
    yield w
    w.context.runner.wait(5000)


def test_the_file_menu_offers_connect_to_server(window: FakeWindow) -> None:
    server_actions.install(window, interval_ms=60_000)
    names = [a.objectName() for a in window.menu("file").actions()]
    assert "action_connect_server" in names
    assert window.banners == [] and not window.read_only_flag


def test_a_role_that_may_only_read_gets_a_banner_and_a_read_only_window(empty_db: Database, qtbot: Any) -> None:
    viewer = empty_db.reopened(read_only=True)
    viewer.read_only_reason = "Your database role 'lee' may only read this database"
    w = FakeWindow(viewer)
    qtbot.addWidget(w)
    server_actions.install(w, interval_ms=60_000)
    assert w.read_only_flag
    assert w.banners == [("Read-only: Your database role 'lee' may only read this database", "warning")]
    w.context.runner.wait(5000)
    viewer.dispose()


def test_a_change_saved_by_another_client_refreshes_the_views(window: FakeWindow, qtbot: Any) -> None:
    live = server_actions.install(window, interval_ms=60_000)
    colleague = Database(window.db.url, actor="colleague")
    try:
        ProgramService(colleague).create_program(ProgramDraft("Saved elsewhere", key="ELSEWHERE"))
        with qtbot.waitSignal(window.data_changed, timeout=5000):
            live.tick()
    finally:
        colleague.dispose()
    assert any("colleague" in s for s in window.statuses)


def test_own_changes_do_not_trigger_a_second_reload(window: FakeWindow, qtbot: Any) -> None:
    live = server_actions.install(window, interval_ms=60_000)
    ProgramService(window.db).create_program(ProgramDraft("Mine", key="MINE"))
    with qtbot.assertNotEmitted(window.data_changed, wait=300):
        live.tick()
        window.context.runner.wait(5000)


def test_a_refresh_waits_until_the_user_has_finished_typing(window: FakeWindow, qtbot: Any) -> None:
    live = server_actions.install(window, interval_ms=60_000)
    window.show()
    qtbot.waitExposed(window)
    window.list.edit(window.list.model().index(0, 0))  # the user is typing in a cell
    assert server_actions.user_is_editing(window)

    colleague = Database(window.db.url, actor="colleague")
    try:
        ProgramService(colleague).create_program(ProgramDraft("Saved elsewhere", key="ELSEWHERE"))
    finally:
        colleague.dispose()
    with qtbot.assertNotEmitted(window.data_changed, wait=300):
        with qtbot.waitSignal(live.polled, timeout=5000):
            live.tick()
        live.tick()  # still typing: held back, not lost
    assert window.list.state() == QListView.State.EditingState

    editor = window.list.indexWidget(window.list.model().index(0, 0))
    editor.setText("typed")
    delegate = window.list.itemDelegate()
    delegate.commitData.emit(editor)  # the user presses Enter: the edit is saved...
    delegate.closeEditor.emit(editor)
    assert window.list.model().index(0, 0).data() == "typed"  # ...not wiped by a reload
    assert window.list.state() != QListView.State.EditingState
    with qtbot.waitSignal(window.data_changed, timeout=5000):
        live.tick()


def test_the_connect_dialog_saves_the_server_without_its_password(window: FakeWindow, qtbot: Any) -> None:
    dialog = ConnectDialog(window)
    qtbot.addWidget(dialog)
    dialog.host.setText("db.district.local")
    dialog.port.setValue(5433)
    dialog.database.setText("civic")
    dialog.user.setText("kim")
    dialog.password.setText("s3cret")
    dialog.save()
    assert dialog.saved_url == "postgresql+psycopg://kim@db.district.local:5433/civic"
    assert config.load_settings()["database_url"] == dialog.saved_url
    assert "s3cret" not in config.settings_path().read_text(encoding="utf-8")


def test_the_connect_dialog_keeps_the_password_in_the_keyring_when_there_is_one(
    window: FakeWindow, qtbot: Any, memory_keyring: MemoryKeyring
) -> None:
    dialog = ConnectDialog(window)
    qtbot.addWidget(dialog)
    assert not dialog.remember.isHidden() and dialog.remember.isChecked()
    for field, text in ((dialog.host, "db.district.local"), (dialog.database, "civic"), (dialog.user, "kim")):
        field.setText(text)
    dialog.password.setText("s3cret")
    dialog.save()
    assert memory_keyring.passwords == {("civic-tracker", "kim@db.district.local:5432/civic"): "s3cret"}
    assert "s3cret" not in config.settings_path().read_text(encoding="utf-8")


def test_without_a_keyring_the_dialog_offers_none_and_keeps_no_password(window: FakeWindow, qtbot: Any) -> None:
    dialog = ConnectDialog(window)
    qtbot.addWidget(dialog)
    assert dialog.remember.isHidden()  # keyring.backends.fail, as on a PC without a keyring (see conftest)
    for field, text in ((dialog.host, "db.district.local"), (dialog.database, "civic"), (dialog.user, "kim")):
        field.setText(text)
    dialog.password.setText("s3cret")
    dialog.save()
    assert "s3cret" not in config.settings_path().read_text(encoding="utf-8")
    assert not server_actions.connection.keyring_password(dialog.saved_url or "")


def test_the_connect_dialog_says_what_is_missing(window: FakeWindow, qtbot: Any) -> None:
    dialog = ConnectDialog(window)
    qtbot.addWidget(dialog)
    dialog.user.setText("kim")
    assert not dialog.test_connection()
    assert "Host" in dialog.result_label.text()


def test_testing_a_connection_against_the_server(window: FakeWindow, qtbot: Any, pg_server: Any) -> None:
    dialog = ConnectDialog(window)
    qtbot.addWidget(dialog)
    admin = pg_server.admin_url
    dialog.host.setText(admin.host or "127.0.0.1")
    dialog.port.setValue(admin.port or 5432)
    dialog.database.setText(admin.database or "postgres")
    dialog.user.setText(admin.username or "postgres")
    assert dialog.test_connection()
    assert "Connected as" in dialog.result_label.text()
    dialog.database.setText("no_such_database_here")
    assert not dialog.test_connection()
    assert "no_such_database_here" in dialog.result_label.text()
    if os.environ.get("CIVIC_TRACKER_SCREENSHOTS"):
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.grab().save(os.path.join(os.environ["CIVIC_TRACKER_SCREENSHOTS"], "connect-dialog.png"))


def test_a_changed_field_with_the_focus_counts_as_typing(window: FakeWindow, qtbot: Any) -> None:
    from PySide6.QtWidgets import QLineEdit

    field = QLineEdit(window)
    window.show()
    qtbot.waitExposed(window)
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    assert not server_actions.user_is_editing(window)  # focus alone is not an edit
    qtbot.keyClicks(field, "half a title")
    assert server_actions.user_is_editing(window)
    field.setText("saved value")  # what a view does after saving or reloading the field
    assert not server_actions.user_is_editing(window)
