"""The composition root: the services, undo stack and background runner, built once and handed to the UI.

Views, dialogs and action modules receive an ``AppContext``, never the main window. What they may ask
of the window around them (open a program, go back, show a message) is the small ``Shell`` protocol.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog

from app.domain.errors import CivicError
from app.ui.commands import CommandContext, ServiceCommand, VersionBook
from app.ui.settings import app_settings
from app.ui.workers import BackgroundRunner

if TYPE_CHECKING:
    # Imported by build_context: the window paints before the data stack is loaded (issue 18).
    from app.services.attachments import AttachmentService
    from app.services.dashboard import DashboardService
    from app.services.database import Database
    from app.services.history import HistoryService
    from app.services.people import PeopleService
    from app.services.places import PlaceService
    from app.services.programs import ProgramService
    from app.services.report import ReportService
    from app.services.tasks import TaskService
    from app.services.trash import TrashService
    from app.services.watch import ChangeWatcher
    from app.services.workbook import WorkbookService

log = logging.getLogger(__name__)


class Prompts(Protocol):
    """Message boxes and file choosers (app/ui/prompts.py; tests answer them with a script)."""

    def info(self, title: str, text: str) -> None: ...
    def error(self, title: str, text: str) -> None: ...
    def confirm(self, title: str, text: str) -> bool: ...
    def ask_text(self, title: str, label: str, default: str = "") -> str | None: ...
    def open_file(self, caption: str, name_filter: str) -> str | None: ...
    def save_file(self, caption: str, default_path: str, name_filter: str) -> str | None: ...
    def choose_folder(self, caption: str, start: str) -> str | None: ...


class Shell(Protocol):
    """What a view, a dialog or an action may ask of the window it lives in."""

    def open_program(self, key: str, tab: str | None = None) -> None: ...
    def show_view(self, name: str) -> None: ...
    def go_back(self) -> None: ...
    def current_view(self) -> str: ...
    def current_program_key(self) -> str | None: ...
    def show_status(self, text: str) -> None: ...
    def show_banner(
        self, text: str, kind: str = "info", action: tuple[str, Callable[[], None]] | None = None
    ) -> None: ...
    def open_dialog(self, dialog: QDialog) -> None: ...
    def new_program(self) -> None: ...
    def start_from_case(self, key: str | None = None) -> None: ...
    def log_progress(self, key: str | None = None) -> None: ...


class AppEvents(QObject):
    """Announcements every pane may listen to."""

    data_changed = Signal()  # something was saved: panes that show data reload (when visible)
    program_renamed = Signal(str, str)  # old key, new key (an undo or redo changed a program's key)


@dataclass(frozen=True)
class AppContext:
    """What views, dialogs and actions get instead of the window."""

    db: Database
    programs: ProgramService
    dashboard: DashboardService
    trash: TrashService
    history: HistoryService
    people: PeopleService
    places: PlaceService
    tasks: TaskService
    watch_changes: Callable[[], ChangeWatcher]  # a watcher starts from the newest change at the time it is made
    undo_stack: QUndoStack
    versions: VersionBook
    runner: BackgroundRunner
    settings: Callable[[], QSettings]
    prompts: Prompts
    events: AppEvents
    shell: Shell

    @cached_property
    def workbook(self) -> WorkbookService:
        """Made at the first export or import: the excel stack is not loaded before the window paints."""
        from app.services.workbook import WorkbookService

        return WorkbookService(self.db)

    @cached_property
    def attachments(self) -> AttachmentService:
        """Files kept with progress entries (the Log progress / Edit entry dialog)."""
        from app.services.attachments import AttachmentService

        return AttachmentService(self.db)

    @cached_property
    def report(self) -> ReportService:
        """Made at the first report: it chooses programs as the export does, with the excel stack."""
        from app.services.report import ReportService

        return ReportService(self.db)

    def notify_data_changed(self) -> None:
        self.events.data_changed.emit()

    def command_context(self) -> CommandContext:
        return CommandContext(
            service=self.programs,
            versions=self.versions,
            changed=self.notify_data_changed,
            failed=self._command_failed,
            renamed=self.events.program_renamed.emit,
        )

    def execute(self, command: ServiceCommand) -> CivicError | None:
        """Run a command's change now; only if it succeeds does it go on the undo stack."""
        try:
            command.first_apply()
        except CivicError as exc:
            log.info("Refused: %s: %s", command.text(), exc)
            return exc
        self.undo_stack.push(command)
        self.notify_data_changed()
        return None

    def _command_failed(self, message: str) -> None:
        # The window's translation context: the string was the window's before the context existed.
        text = QCoreApplication.translate("MainWindow", "Could not undo or redo: %1")
        self.shell.show_banner(text.replace("%1", message), "error")


def build_context(
    db: Database,
    prompts: Prompts,
    shell: Shell,
    parent: QObject | None = None,
    settings: Callable[[], QSettings] = app_settings,
    undo_stack: QUndoStack | None = None,
) -> AppContext:
    """Every service the UI uses, made once. ``parent`` owns the undo stack (unless one is given: the main
    window's Undo and Redo exist before the services), the runner and the events."""
    from app.services.dashboard import DashboardService
    from app.services.history import HistoryService
    from app.services.people import PeopleService
    from app.services.places import PlaceService
    from app.services.programs import ProgramService
    from app.services.tasks import TaskService
    from app.services.trash import TrashService
    from app.services.watch import ChangeWatcher

    return AppContext(
        db=db,
        programs=ProgramService(db),
        dashboard=DashboardService(db),
        trash=TrashService(db),
        history=HistoryService(db),
        people=PeopleService(db),
        places=PlaceService(db),
        tasks=TaskService(db),
        watch_changes=lambda: ChangeWatcher(db),
        undo_stack=undo_stack if undo_stack is not None else QUndoStack(parent),
        versions=VersionBook(),
        runner=BackgroundRunner(parent),
        settings=settings,
        prompts=prompts,
        events=AppEvents(parent),
        shell=shell,
    )
