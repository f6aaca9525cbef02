"""Shared-database actions: File > Connect to server..., a read-only banner, and live refresh from others.

``install(host)`` is called by MainWindow. It:

* adds File > Connect to server... (host, port, database, user; test; save without password; restart);
* shows a banner and makes the window read-only when the database role may not write;
* polls the history every few seconds on a worker thread and announces ``data_changed``
  when another client saved something, but never while the user is in the middle of an edit.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from app import config
from app.domain.errors import CivicError
from app.services import connection
from app.services.watch import ExternalChange
from app.ui import style, texts
from app.ui.actions import ActionHost, add_before_quit
from app.ui.context import AppContext

log = logging.getLogger(__name__)

POLL_INTERVAL_MS = 3000


# Strings are written out as QCoreApplication.translate("ServerActions", "...") each time: pyside6-lupdate
# only finds literal calls, so a helper function would hide them from the translation files.


# -- asking for a password at start ---------------------------------------------------------------
def ask_password_dialog(parent: QWidget | None = None) -> connection.PasswordPrompt:
    """A prompt for ``open_database(..., ask_password=...)``: a password box, nothing is stored."""

    def ask(where: str) -> str | None:
        text, ok = QInputDialog.getText(
            parent,
            QCoreApplication.translate("ServerActions", "Server password"),
            QCoreApplication.translate("ServerActions", "Password for %1:").replace("%1", where),
            QLineEdit.EchoMode.Password,
        )
        return text if ok and text else None

    return ask


# -- is the user typing? -------------------------------------------------------------------------------
def user_is_editing(window: QWidget) -> bool:
    """True while an edit is in progress: an open cell editor, or a changed field that has focus.

    A window may say so itself by providing ``is_editing() -> bool`` (forms with unsaved changes).
    """
    own = getattr(window, "is_editing", None)
    if callable(own) and own():
        return True
    for view in window.findChildren(QAbstractItemView):
        if view.state() == QAbstractItemView.State.EditingState:
            return True
    focus = QApplication.focusWidget()
    if focus is None or not window.isAncestorOf(focus):
        return False
    if isinstance(focus, QLineEdit):
        return focus.isModified()
    if isinstance(focus, QTextEdit | QPlainTextEdit):
        return focus.document().isModified()
    # Spin boxes and combo lists in item views are covered by EditingState above; a spin box merely
    # holding the focus is not an edit in progress (holding every refresh back for it would be wrong).
    return False


# -- polling for other clients' changes ----------------------------------------------------------------
class LiveRefresh(QObject):
    """Every few seconds asks (on a worker) whether others changed something, and tells the views."""

    polled = Signal(object)  # what one poll found: an ExternalChange, or None
    refreshed = Signal(object)  # the ExternalChange the views were told about

    def __init__(self, ctx: AppContext, window: QWidget, interval_ms: int = POLL_INTERVAL_MS) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self.watcher = ctx.watch_changes()
        self._busy = False
        self._pending: ExternalChange | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    def tick(self) -> None:
        """One timer step: deliver a held-back change once editing ends, else look for new ones."""
        if self._pending is not None:
            self._deliver()
            return
        if self._busy:
            return
        self._busy = True
        self.ctx.runner.run(self._poll, self._on_polled, owner=self)

    def _poll(self) -> ExternalChange | None:
        try:
            return self.watcher.poll()
        except Exception:  # a failed poll is logged and tried again at the next tick
            log.exception("Polling for changes failed")
            return None

    def _on_polled(self, change: ExternalChange | None) -> None:
        self._busy = False
        self.polled.emit(change)
        if change is not None:
            self._pending = change
            self._deliver()

    def _deliver(self) -> None:
        if self._pending is None or user_is_editing(self.window):
            return  # keep it; the next tick tries again, so a half-typed edit is never wiped
        change, self._pending = self._pending, None
        self.ctx.notify_data_changed()
        who = ", ".join(change.actors) or QCoreApplication.translate("ServerActions", "another user")
        self.ctx.shell.show_status(
            QCoreApplication.translate("ServerActions", "Updated with changes saved by %1").replace("%1", who)
        )
        self.refreshed.emit(change)


# -- File > Connect to server... ---------------------------------------------------------------------
class ConnectDialog(QDialog):
    """Host, port, database and user of the office server; the password is only used to test."""

    def __init__(self, parent: QWidget | None = None, current_url: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Connect to server"))
        self.saved_url: str | None = None
        current = connection.settings_of(current_url or "") if current_url else None

        self.host = QLineEdit(current.host if current else "")
        self.host.setPlaceholderText(self.tr("e.g. db.district.local"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(current.port if current else connection.DEFAULT_PORT)
        self.database = QLineEdit(current.database if current else "civic")
        self.user = QLineEdit(current.user if current else "")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("from ~/.pgpass when empty"))
        self.remember = QCheckBox(self.tr("Remember the password in the system keyring"))
        self.remember.setChecked(True)
        self.remember.setVisible(connection.keyring_available())

        form = QFormLayout()
        form.addRow(self.tr("&Host:"), self.host)
        form.addRow(self.tr("&Port:"), self.port)
        form.addRow(self.tr("&Database:"), self.database)
        form.addRow(self.tr("&User:"), self.user)
        form.addRow(self.tr("Pass&word:"), self.password)
        form.addRow("", self.remember)

        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        note = QLabel(
            self.tr(
                "The password is never saved in the settings. Put it in ~/.pgpass "
                "(or %APPDATA%\\postgresql\\pgpass.conf on Windows), or you will be asked at start."
            )
            if not connection.keyring_available()
            else self.tr(
                "The password is never saved in the settings; it is kept in the system keyring if you tick the "
                "box, else you will be asked at start (unless ~/.pgpass has it)."
            )
        )
        note.setWordWrap(True)

        self.test_button = QPushButton(self.tr("&Test connection"))
        self.test_button.clicked.connect(self.test_connection)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.addButton(self.test_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.local_button = self.buttons.addButton(
            self.tr("Use the &local file"), QDialogButtonBox.ButtonRole.ResetRole
        )
        self.local_button.clicked.connect(self.use_local_file)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.result_label)
        layout.addWidget(self.buttons)

    def url(self) -> str:
        return connection.server_url(self.host.text(), self.port.value(), self.database.text(), self.user.text())

    def _show(self, text: str, ok: bool) -> None:
        self.result_label.setStyleSheet(style.outcome(ok))
        self.result_label.setText(text)

    def test_connection(self) -> bool:
        """Connect once with what is filled in; the answer shows under the fields."""
        try:
            url = self.url()
        except CivicError as exc:
            self._show(texts.message_text(exc), False)
            return False
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            message = texts.message_text(connection.check_connection(url, self.password.text() or None))
        except connection.PasswordNeededError:
            self._show(self.tr("The server wants a password: type it above, or put it in ~/.pgpass."), False)
            return False
        except CivicError as exc:
            self._show(texts.message_text(exc), False)
            return False
        finally:
            QApplication.restoreOverrideCursor()
        self._show(message, True)
        return True

    def save(self) -> None:
        try:
            url = self.url()
        except CivicError as exc:
            self._show(texts.message_text(exc), False)
            return
        self.saved_url = connection.save_server_connection(
            url, self.password.text() or None, remember=self.remember.isChecked()
        )
        self.accept()

    def use_local_file(self) -> None:
        connection.forget_server_connection()
        self.saved_url = ""
        self.accept()


def connect_to_server(ctx: AppContext, window: QWidget | None = None) -> str | None:
    """Run the dialog; returns the saved URL ("" for the local file) or None when cancelled."""
    dialog = ConnectDialog(window, config.load_settings().get("database_url") or ctx.db.url)  # type: ignore[arg-type]
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.saved_url is None:
        return None
    if dialog.saved_url:
        where = connection.describe(dialog.saved_url)
        text = QCoreApplication.translate(
            "ServerActions", "Civic Tracker will open %1 the next time it starts. Close and reopen it to switch now."
        )
        ctx.prompts.info(QCoreApplication.translate("ServerActions", "Connection saved"), text.replace("%1", where))
    else:
        ctx.prompts.info(
            QCoreApplication.translate("ServerActions", "Connection saved"),
            QCoreApplication.translate(
                "ServerActions",
                "Civic Tracker will open the local file the next time it starts. Close and reopen it to switch now.",
            ),
        )
    return dialog.saved_url


# -- installing the actions --------------------------------------------------------------------------
def install(host: ActionHost, interval_ms: int = POLL_INTERVAL_MS) -> LiveRefresh:
    window, ctx = host.window_widget, host.context
    action = QAction(QCoreApplication.translate("ServerActions", "Connect to &server..."), window)
    action.setObjectName("action_connect_server")
    action.setStatusTip(
        QCoreApplication.translate("ServerActions", "Use the office's shared database on a PostgreSQL server")
    )
    action.triggered.connect(lambda: connect_to_server(ctx, window))
    add_before_quit(host.menu("file"), action)

    db = ctx.db
    reason = getattr(db, "read_only_reason", None)
    if db.read_only and reason:
        # The database's own rules say this role only reads: show why, and disable editing (no error dialogs).
        host.set_read_only(True)
        ctx.shell.show_banner(
            QCoreApplication.translate("ServerActions", "Read-only: %1").replace("%1", texts.message_text(reason)),
            "warning",
        )

    return LiveRefresh(ctx, window, interval_ms)


__all__: list[str] = [
    "ConnectDialog",
    "LiveRefresh",
    "ask_password_dialog",
    "connect_to_server",
    "install",
    "user_is_editing",
]
