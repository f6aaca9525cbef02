"""Starting the desktop app: `civic-tracker gui [--screenshot FILE --view NAME]`."""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import signal
import socket
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSocketNotifier, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app import config
from app.domain.errors import CivicError
from app.ui import collector, language
from app.ui.language import install_translations as install_translations  # for scripts and tests
from app.ui.settings import APPLICATION, ORGANIZATION
from app.ui.texts import message_text

if TYPE_CHECKING:
    from app.services.database import Database, OpenReport
    from app.ui.main_window import MainWindow

log = logging.getLogger(__name__)

VIEWS = ("programs", "cases", "tasks", "progress", "dashboard", "my-tasks")


def make_application(argv: list[str] | None = None, lang: str | None = None) -> QApplication:
    """The QApplication with our names (QSettings use them), in the language of ``lang`` (--lang), else of
    Preferences, else of the system, with the date display of Preferences."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv or [sys.argv[0]])
    assert isinstance(app, QApplication)
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QApplication.setApplicationDisplayName("Civic Tracker")
    QApplication.setDesktopFileName("civic-tracker")
    language.start(app, lang)
    collector.install(app)  # Qt objects must never be destroyed by a collection on a worker thread
    return app


def show_named_view(window: object, view: str) -> None:
    """Show 'programs', 'cases', 'tasks', 'progress', 'dashboard', 'my-tasks', 'program:KEY[#tab]', 'timeline:KEY'
    or 'person:NAME'.

    The tab is one of tasks, timeline, progress, indicators, sources; 'timeline:KEY' is 'program:KEY#timeline'.
    """
    from app.ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    if view.startswith("timeline:"):
        view = f"program:{view.split(':', 1)[1]}#timeline"
    if view.startswith("program:"):
        key, _, tab = view.split(":", 1)[1].partition("#")
        window.context.programs.get_program(key)  # a clear NotFoundError for a wrong key
        window.open_program(key)
        if tab:
            window.detail_view.show_tab(tab)
    elif view.startswith("person:"):
        name = view.split(":", 1)[1]
        window.context.people.find(name)  # a clear NotFoundError for a wrong name
        window.people_actions.show_person(name)
    elif view in VIEWS:
        window.show_view(view)
    else:
        raise CivicError(
            f"Unknown view '{view}'; use one of {', '.join(VIEWS)}, program:KEY, timeline:KEY or person:NAME"
        )


def screenshot(window: object, path: Path) -> None:
    """Render the window to a PNG (works with QT_QPA_PLATFORM=offscreen)."""
    from app.ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    app = QApplication.instance()
    assert app is not None
    window.update_counts()
    window.context.runner.wait(10_000)
    for _ in range(5):
        app.processEvents()
    image = window.grab()
    path.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(path), "PNG"):
        raise CivicError(f"Could not write the screenshot {path}")


def _password_prompt(screenshot: str | None) -> Any:
    """A server password asked in a dialog (app/ui/server_actions.py); never while rendering offscreen."""
    if screenshot:
        return None
    from app.ui.server_actions import ask_password_dialog

    return ask_password_dialog()


def _unexpected_error_hook(window: Any) -> Any:
    """A bug in a slot is logged with its traceback and shown, instead of only going to stderr."""

    def hook(kind: type[BaseException], error: BaseException, trace: Any) -> None:
        log.error("Unexpected error", exc_info=(kind, error, trace))
        if isinstance(error, CivicError):
            window.prompts.error(QCoreApplication.translate("Startup", "Civic Tracker"), message_text(error))
        else:
            window.prompts.error(
                QCoreApplication.translate("Startup", "Civic Tracker"),
                QCoreApplication.translate("Startup", "Something went wrong: %1\nThe details are in the log file %2.")
                .replace("%1", str(error) or kind.__name__)
                .replace("%2", str(config.data_dir() / "civic-tracker.log")),
            )

    return hook


# bench/startup_bench.py: the wall-clock times (time.time()) of the window's first paint and of the first paint
# with the programs in it are written to this file, and the app quits; how the start-up of the installed package
# is measured against a bare Qt window.
STARTUP_PROBE = "CIVIC_TRACKER_STARTUP_PROBE"


def _after_next_paint(window: QWidget, then: Callable[[], None]) -> None:
    """Call ``then`` once, as soon as the window's next paint has finished."""

    class Painted(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                window.removeEventFilter(self)
                self.deleteLater()
                QTimer.singleShot(0, then)  # after this paint has finished
            return False

    window.installEventFilter(Painted(window))


class _Probe:
    """The start-up probe: when the window first painted, and when it painted with the programs in it (one
    time when that was the first paint)."""

    def __init__(self, app: QApplication, path: Path) -> None:
        self.app, self.path, self.times = app, path, list[float]()

    def painted(self) -> None:
        self.times.append(time.time())

    def finish(self) -> None:
        self.path.write_text(" ".join(repr(t) for t in self.times), encoding="utf-8")
        self.app.exit(0)

    def filled(self, window: QWidget) -> None:
        """The window was filled after its first paint: its next paint is the one with the programs in it."""
        window.update()
        _after_next_paint(window, lambda: (self.painted(), self.finish()))


def _open(url: str, shot: str | None) -> tuple[Database, OpenReport] | int:
    """open_database as a start does it: for a damaged file the newest backup is offered (the damaged file is
    moved aside, never overwritten), any other refusal is said in a message box (on stderr for a screenshot).
    An exit code when the database cannot be opened."""
    from app.services.database import NotADatabaseError, open_database

    for _attempt in range(2):
        try:
            # actor=None: history reads the Preferences name at every save, so a rename applies at once.
            return open_database(url, actor=None, ask_password=_password_prompt(shot))
        except NotADatabaseError as exc:
            log.error("Could not open the database: %s", exc)
            if shot:
                sys.stderr.write(f"civic-tracker: {message_text(exc)}\n")
                return 1
            from app.ui.prompts import Prompts
            from app.ui.trust_actions import offer_restore

            if not offer_restore(exc, Prompts(None)):
                return 1
        except CivicError as exc:
            log.error("Could not open the database: %s", exc)
            if shot:
                sys.stderr.write(f"civic-tracker: {message_text(exc)}\n")
            else:
                QMessageBox.critical(None, QCoreApplication.translate("Startup", "Civic Tracker"), message_text(exc))
            return 1
    return 1


def _say_how_it_opened(window: MainWindow, report: OpenReport) -> None:
    if report.read_only:
        # The trust and server actions show the banner that says why (file permissions, or the server role).
        window.set_read_only(True)
    if report.backup is not None:
        window.show_status(
            QCoreApplication.translate("Startup", "Upgraded the database; a backup was written first: %1").replace(
                "%1", str(report.backup)
            )
        )


def quit_on_terminate(app: QApplication) -> Callable[[], None]:
    """Close the windows and leave the event loop when the system asks the app to stop (SIGTERM, as a desktop
    does at logout or a service manager at shutdown; SIGHUP when the terminal goes): the database is then closed
    as on Quit and recorded as closed cleanly, so the next start is the quick one. Python runs a signal handler
    only between bytecodes, so the signal also wakes Qt's loop through a socket. Returns how to undo it."""
    if sys.platform == "win32":  # no such signals reach a Windows program
        return lambda: None
    receive, send = socket.socketpair()
    receive.setblocking(False)
    send.setblocking(False)
    previous_fd = signal.set_wakeup_fd(send.fileno())
    notifier = QSocketNotifier(receive.fileno(), QSocketNotifier.Type.Read, app)

    def drain() -> None:
        with contextlib.suppress(OSError):
            receive.recv(64)

    notifier.activated.connect(drain)

    def stop(signum: int, _frame: object) -> None:
        log.info("Asked to stop (signal %s): closing as on Quit", signum)
        app.closeAllWindows()
        app.quit()

    stops = (signal.SIGTERM, signal.SIGHUP)
    previous = {sig: signal.signal(sig, stop) for sig in stops}

    def undo() -> None:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        signal.set_wakeup_fd(previous_fd)
        notifier.setEnabled(False)
        notifier.deleteLater()
        receive.close()
        send.close()

    return undo


def run_gui(args: argparse.Namespace, *, paint_first: bool = False) -> int:
    """``paint_first`` (app/cli/gui.py: a SQLite file at head, closed cleanly, the programs view, no screenshot):
    the window paints before the data stack is imported (SQLAlchemy and the services take longer than Qt takes
    to paint); the database is opened, checked as always, and the views filled right after the first paint."""
    shot = getattr(args, "screenshot", None)
    view = getattr(args, "view", None) or "programs"
    app = make_application(lang=getattr(args, "lang", None))
    from app.ui.main_window import MainWindow

    url = config.database_url(args.db)
    probe_path = os.environ.get(STARTUP_PROBE)
    probe = _Probe(app, Path(probe_path)) if probe_path else None
    if paint_first:
        return _paint_then_open(app, MainWindow(None), url, probe)
    opened = _open(url, shot)
    if isinstance(opened, int):
        return opened
    db, report = opened
    # What opening, migrating and seeding left, before any worker starts; the timer's steps do the rest.
    collector.install(app).collect_young()
    window = MainWindow(db, remember=not shot)
    _say_how_it_opened(window, report)
    try:
        if shot:
            window.resize(1440, 900)
            show_named_view(window, view)
            window.show()
            show_named_view(window, view)
            screenshot(window, Path(shot))
            window.close()
            from app.services.database import close_database

            close_database(db)
            return 0
        if view != "programs":
            show_named_view(window, view)
    except CivicError as exc:
        sys.stderr.write(f"civic-tracker: {message_text(exc)}\n")
        return 1
    sys.excepthook = _unexpected_error_hook(window)
    quit_on_terminate(app)
    window.show()
    if probe is not None:
        _after_next_paint(window, lambda: (probe.painted(), probe.finish()))
    code = app.exec()
    from app.services.database import close_database

    close_database(db)  # recorded as closed cleanly: the next start checks in full only if the file changed
    return int(code)


def _paint_then_open(app: QApplication, window: MainWindow, url: str, probe: _Probe | None) -> int:
    """Show the window's frame, then open the database and fill the window once it has painted."""
    opened: list[Database] = []

    def fill() -> None:
        if probe is not None:
            probe.painted()
        result = _open(url, None)
        if isinstance(result, int):  # said as before the window: a message box, or the restore offered
            window.close()
            app.exit(result)
            return
        db, report = result
        opened.append(db)
        collector.install(app).collect_young()
        window.attach(db)
        _say_how_it_opened(window, report)
        if probe is not None:
            probe.filled(window)

    sys.excepthook = _unexpected_error_hook(window)
    quit_on_terminate(app)
    window.show()
    _after_next_paint(window, fill)
    code = app.exec()
    if opened:
        from app.services.database import close_database

        close_database(opened[0])  # recorded as closed cleanly: the next start checks in full only if it changed
    return int(code)
