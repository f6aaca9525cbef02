"""The main window: navigator, views, menus, toolbar and status bar; the shell views and actions ask things of."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app import config
from app.domain.errors import CivicError, NotFoundError, ValidationError
from app.domain.messages import message
from app.ui import texts
from app.ui.commands import CreateProgramCommand, DeleteProgramCommand
from app.ui.context import Prompts as PromptsLike
from app.ui.context import build_context
from app.ui.navigator import Navigator, Page, PageHistory
from app.ui.prompts import Prompts
from app.ui.settings import app_settings
from app.ui.views.base import View
from app.ui.widgets import Banner, open_dialog
from app.ui.workers import BackgroundTask

if TYPE_CHECKING:
    # The views, their models and the services come in with attach(): the window paints before the data
    # stack (SQLAlchemy) is loaded (issue 18).
    from app.services.dashboard import Counts
    from app.services.database import Database
    from app.ui.views.programs_view import ProgramsView

log = logging.getLogger(__name__)

NAV_VIEWS = ("programs", "cases", "tasks", "progress", "dashboard")
FIRST_COUNT_DELAY_MS = 300


def app_icon() -> QIcon:
    icon = QIcon()
    for name in ("civic-tracker.svg", "civic-tracker.png"):
        path = config.resources_dir() / name
        if path.exists():
            icon.addFile(str(path))
    return icon


class MainWindow(QMainWindow):
    """Builds the application context (app/ui/context.py) with itself as the shell, then the views,
    menus and toolbar, then installs the action modules (workbook, trust, server) explicitly.

    Made without a database, it is the frame alone (title, menus, toolbar, navigator, a page saying
    Loading…), which paints before the data stack is imported; ``attach(db)`` fills it."""

    def __init__(
        self, db: Database | None, prompts: PromptsLike | None = None, *, remember: bool = True, plugins: bool = True
    ) -> None:
        """``remember=False`` neither reads nor writes QSettings (screenshots, benchmarks);
        ``plugins=False`` skips the action modules (to measure the core window alone)."""
        super().__init__()
        self.remember = remember
        self._plugins = plugins
        self.prompts = prompts or Prompts(self)
        self._calls: list[BackgroundTask] = []
        self._read_only = False
        self._editing_actions: list[QAction] = []
        self._menus: dict[str, QMenu] = {}
        self._views: dict[str, QWidget] = {}
        self.pages = PageHistory()  # Back and Forward: every page visited, a program's page with its program
        self._current = ""
        self._attached = False
        self._own_programs: int | None = None  # from the status bar's count; None until it is known
        self.setWindowTitle(self.tr("Civic Tracker"))
        self.setWindowIcon(app_icon())
        self.resize(1360, 840)

        self.stack = QStackedWidget(self)
        self.navigator = Navigator(self)
        self.navigator.setMaximumWidth(240)
        self.navigator.setMinimumWidth(150)
        self.banner = Banner(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.navigator)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([180, 1180])
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self.location_label = QLabel(self)
        self.counts_label = QLabel(self)
        self.statusBar().addWidget(self.location_label, 1)
        self.statusBar().addPermanentWidget(self.counts_label)
        # The menus and the toolbar as they will be, their actions off until attach() but Quit and About
        # (Undo and Redo follow the undo stack, which is empty).
        self.undo_stack = QUndoStack(self)
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._waiting_actions = [
            action
            for action in self.findChildren(QAction, options=Qt.FindChildOption.FindDirectChildrenOnly)
            if action.isEnabled()
            and action not in (self.undo_action, self.redo_action, self.quit_action, self.about_action)
        ]
        for action in self._waiting_actions:
            action.setEnabled(False)
        last = "programs"
        if remember:  # where the window was, and which view it showed, before it is first shown
            settings = app_settings()
            last = settings.value("window/last_view", "programs")
            geometry = settings.value("window/geometry")
            if geometry is not None:
                self.restoreGeometry(geometry)
            state = settings.value("window/splitter")
            if state is not None:
                self.splitter.restoreState(state)
        # Until attach(): the navigator's entries and a page saying the data is being read.
        for name, title in self._nav_titles().items():
            self.navigator.add_page(name, title)
        self.navigator.select_page(last if last in NAV_VIEWS else "programs")
        self._loading_page = QLabel(self.tr("Loading…"), self.stack)
        self._loading_page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self._loading_page)
        if db is not None:
            self.attach(db)

    def _nav_titles(self) -> dict[str, str]:
        return {
            "programs": self.tr("Programs"),
            "cases": self.tr("Case library"),
            "tasks": self.tr("Tasks due"),
            "progress": self.tr("Progress log"),
            "dashboard": self.tr("Dashboard"),
        }

    @property
    def attached(self) -> bool:
        """Whether attach() has made the views: until then the window is its frame."""
        return self._attached

    def attach(self, db: Database) -> None:
        """The data side: the context, the views, actions, menus and toolbar entries, the action modules,
        then the programs list (the views import the services, and with them SQLAlchemy)."""
        from app.ui.views.overview_views import DashboardView, ProgressLogView, TasksView
        from app.ui.views.program_detail import ProgramDetailView
        from app.ui.views.programs_view import ProgramsView

        self.context = build_context(db, self.prompts, shell=self, parent=self, undo_stack=self.undo_stack)
        ctx = self.context
        self.db = db
        self.data_changed = ctx.events.data_changed

        # -- views ---------------------------------------------------------------------------
        self.navigator.clear_pages()
        self.stack.removeWidget(self._loading_page)
        self._loading_page.deleteLater()
        self.navigator.page_chosen.connect(self.show_view)
        self.programs_view = ProgramsView(ctx, cases=False)
        self.cases_view = ProgramsView(ctx, cases=True)
        self.tasks_view = TasksView(ctx)
        self.progress_view = ProgressLogView(ctx)
        self.dashboard_view = DashboardView(ctx)
        self.detail_view = ProgramDetailView(ctx)
        titles = self._nav_titles()
        for name, widget in (
            ("programs", self.programs_view),
            ("cases", self.cases_view),
            ("tasks", self.tasks_view),
            ("progress", self.progress_view),
            ("dashboard", self.dashboard_view),
        ):
            self.add_view(name, titles[name], widget)
        self._views["program"] = self.detail_view
        self.stack.addWidget(self.detail_view)

        # -- status bar ----------------------------------------------------------------------
        self.location_label.setText(self.tr("Database: %1").replace("%1", db.describe()))
        self.location_label.setToolTip(db.describe())
        self.data_changed.connect(self.update_counts)

        self._program_tasks_menu.addActions(self.detail_view.task_actions)
        self._program_indicators_menu.addActions(self.detail_view.indicator_actions)
        for action in self._waiting_actions:
            action.setEnabled(True)
        # "Start from this case" only where a case is at hand (not on one of the office's own programs).
        self.stack.currentChanged.connect(self._update_case_actions)
        self.data_changed.connect(self._update_case_actions)
        for view in (self.programs_view, self.cases_view):
            view.table.selectionModel().selectionChanged.connect(self._update_case_actions)
            view.model.modelReset.connect(self._update_case_actions)
            view.model.rowsInserted.connect(self._update_case_actions)
            view.model.rowsRemoved.connect(self._update_case_actions)
        if self._plugins:
            self._install_actions()
        # The first count waits until the window has painted: on a big database the first screen comes first.
        self._first_count = QTimer(self)
        self._first_count.setSingleShot(True)
        self._first_count.timeout.connect(self.update_counts)
        self._first_count.start(FIRST_COUNT_DELAY_MS)
        self._attached = True
        if self.remember:
            self.restore_settings()
        else:
            self.show_view("programs")
        self._update_case_actions()  # the window may be showing already: its lists were read as they were made

    # ================================================================== for action modules (app/ui/actions.py)
    @property
    def window_widget(self) -> QWidget:
        return self

    def menu(self, name: str) -> QMenu:
        return self._menus[name]

    def notify_data_changed(self) -> None:
        self.context.notify_data_changed()

    # ================================================================== the shell (app/ui/context.py)

    def _program_list(self, widget: QWidget | None) -> ProgramsView | None:
        """``widget`` when it is the Programs or the Case library list (the views module is imported by attach)."""
        lists = (getattr(self, "programs_view", None), getattr(self, "cases_view", None))
        return next((view for view in lists if view is not None and view is widget), None)

    def current_program_key(self) -> str | None:
        view = self.stack.currentWidget()
        if self.attached and view is self.detail_view:
            return self.detail_view.key
        if (listed := self._program_list(view)) is not None:
            return listed.selected_key()
        return None

    def show_status(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def show_banner(self, text: str, kind: str = "info", action: tuple[str, Callable[[], None]] | None = None) -> None:
        self.banner.show_message(text, kind, action)

    def hide_banner(self) -> None:
        self.banner.hide()

    def set_read_only(self, flag: bool) -> None:
        self._read_only = flag
        for action in self._editing_actions:
            action.setEnabled(not flag)
        for view in self._views.values():
            if isinstance(view, View):
                view.set_read_only(flag)
        self._update_case_actions()

    def _current_is_case(self) -> bool | None:
        """Whether the program at hand is a case; None when there is none (or it is not known yet)."""
        view = self.stack.currentWidget()
        if view is self.detail_view:
            program = self.detail_view.program
            return None if program is None else program.is_case
        if (listed := self._program_list(view)) is not None:
            rows = listed.table.selectionModel().selectedRows()
            index = rows[0] if rows else listed.table.currentIndex()
            summary = index.data(listed.model.SummaryRole) if index.isValid() else None
            return None if summary is None else bool(summary.is_case)
        return None

    def _update_case_actions(self, *_: object) -> None:
        """Actions are enabled only where they can act: Start from this case on a case, Delete program on
        one of the office's programs, Log progress anywhere but on a case, an empty list of programs or while
        the office has no program of its own (progress is logged on own programs only)."""
        if not self.attached:
            return  # still building the window
        is_case = self._current_is_case()
        writable = not self._read_only
        self.start_case_action.setEnabled(writable and is_case is True)
        # A case is kept as its sources state it, like every other field of a case page.
        self.delete_action.setEnabled(writable and is_case is False)
        view = self._program_list(self.stack.currentWidget())
        loggable = (not view.cases and view.model.rowCount() > 0) if view is not None else is_case is not True
        # Progress is logged on own programs: none yet (the status bar's count) is nothing to log on.
        has_own = is_case is False or self._own_programs != 0
        self.log_action.setEnabled(writable and loggable and has_own)

    @property
    def read_only(self) -> bool:
        return self._read_only

    def open_program(self, key: str, tab: str | None = None) -> None:
        """The program's page; on ``tab`` ("tasks", ...) when given, else on the tab last shown."""
        self._visit(("program", key))
        if tab is not None:
            self.detail_view.show_tab(tab)
        self._update_case_actions()

    def show_view(self, name: str) -> None:
        self._visit((name, None))

    def _here(self) -> Page | None:
        if not self._current:
            return None
        return (self._current, self.detail_view.key if self._current == "program" else None)

    def _visit(self, page: Page) -> None:
        name, key = page
        if name == "program" and key is None:
            key = self.detail_view.key  # the program already on the page
        self.pages.visited(self._here(), (name, key))
        self._show_page(page)

    def _show_page(self, page: Page) -> None:
        name, key = page
        if name == "program" and key is not None:
            self.detail_view.show_program(key)
        self._current = name
        self.stack.setCurrentWidget(self._views[name])
        # A program's page belongs to its list (Programs or Case library); keep that entry current in
        # the navigator (an item view with no current item would jump to its first one on focus).
        nav_names = self.navigator.page_names()
        if name in nav_names:
            owner: str | None = name
        elif name == "program" and self.detail_view.program is not None:
            owner = "cases" if self.detail_view.program.is_case else "programs"
        else:
            owner = self.pages.last_pane(nav_names)
        self.navigator.select_page(owner)
        self._update_history_actions()

    def current_view(self) -> str:
        return self._current

    def add_view(self, name: str, title: str, widget: QWidget) -> None:
        self._views[name] = widget
        self.stack.addWidget(widget)
        self.navigator.add_page(name, title)

    def go_back(self) -> None:
        """The page before this one (Alt+Left); the Programs list when there is none."""
        page = self.pages.go_back(self._here(), self._still_there)
        if page is None and self._current == "programs":
            self._update_history_actions()
            return
        self._show_page(page or ("programs", None))

    def go_forward(self) -> None:
        """The page Back left (Alt+Right)."""
        page = self.pages.go_forward(self._here(), self._still_there)
        if page is not None:
            self._show_page(page)
        self._update_history_actions()

    def _still_there(self, page: Page) -> bool:
        name, key = page
        if name != "program" or key is None:
            return name in self._views
        try:
            self.context.programs.get_program(key)
        except NotFoundError:
            return False
        return True

    def _update_history_actions(self) -> None:
        if hasattr(self, "forward_action"):
            self.back_action.setEnabled(bool(self.pages.back) or self._current != "programs")
            self.forward_action.setEnabled(bool(self.pages.forward))

    # ================================================================== actions
    def _action(
        self, text: str, slot: Callable[..., Any], shortcut: Any = None, tip: str = "", editing: bool = False
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(
                f"{tip} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})"
                if shortcut is not None
                else tip
            )
        action.triggered.connect(slot)
        if editing:
            self._editing_actions.append(action)
        return action

    def _build_actions(self) -> None:
        a = self._action
        self.new_action = a(
            self.tr("&New program…"),
            self.new_program,
            QKeySequence.StandardKey.New,
            self.tr("Create a blank program"),
            editing=True,
        )
        self.start_case_action = a(
            self.tr("&Start from this case"),
            lambda: self.start_from_case(),
            "Ctrl+Shift+N",
            self.tr("A new program with the selected case's structure"),
            editing=True,
        )
        self.log_action = a(
            self.tr("&Log progress…"),
            lambda: self.log_progress(),
            "Ctrl+L",
            self.tr("Record what happened on a program"),
            editing=True,
        )
        self.open_action = a(
            self.tr("&Open program"), self.open_selected, "Ctrl+O", self.tr("Open the selected program")
        )
        self.delete_action = a(
            self.tr("&Delete program…"),
            self.delete_program,
            "Ctrl+Del",
            self.tr("Move the program to the trash"),
            editing=True,
        )
        self.quit_action = a(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        # Known as Quit in every language: entries added to the File menu later go above it.
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        # The toolbar shows a short word; what would be undone is in the menu entry and the button's tooltip.
        self.undo_action.setIconText(self.tr("Undo"))
        self.redo_action.setIconText(self.tr("Redo"))
        self.undo_stack.undoTextChanged.connect(self._undo_tip)
        self.undo_stack.redoTextChanged.connect(self._redo_tip)
        self._editing_actions += [self.undo_action, self.redo_action]
        # The status bar follows Undo and Redo: "value 19 saved" would be wrong once the save is undone.
        self.undo_action.triggered.connect(lambda: self._say_undone(self.tr("Undone: %1"), 0))
        self.redo_action.triggered.connect(lambda: self._say_undone(self.tr("Redone: %1"), -1))
        self.find_action = a(
            self.tr("&Find programs"),
            self.focus_search,
            QKeySequence.StandardKey.Find,
            self.tr("Search programs as you type"),
        )
        self.refresh_action = a(
            self.tr("&Reload"),
            self.notify_data_changed,
            QKeySequence.StandardKey.Refresh,
            self.tr("Read everything again from the database"),
        )
        self.back_action = a(self.tr("&Back"), self.go_back, QKeySequence.StandardKey.Back)
        self.forward_action = a(self.tr("&Forward"), self.go_forward, QKeySequence.StandardKey.Forward)
        self.view_actions: dict[str, QAction] = {}
        titles = {
            "programs": self.tr("&Programs"),
            "cases": self.tr("&Case library"),
            "tasks": self.tr("&Tasks due"),
            "progress": self.tr("Progress lo&g"),
            "dashboard": self.tr("&Dashboard"),
        }
        for i, name in enumerate(NAV_VIEWS, start=1):
            self.view_actions[name] = a(titles[name], lambda _c=False, n=name: self.show_view(n), f"Ctrl+{i}")
        self.about_action = a(self.tr("&About Civic Tracker"), self.about)

    def _undo_tip(self, text: str) -> None:
        self._tip(self.undo_action, text)

    def _redo_tip(self, text: str) -> None:
        self._tip(self.redo_action, text)

    @staticmethod
    def _tip(action: QAction, text: str) -> None:
        """The toolbar's Undo/Redo button says what it would undo in its tooltip ("Undo: Edit status of BIKES")."""
        if not shiboken6.isValid(action):  # the window is being taken down
            return
        word = action.iconText()
        action.setToolTip(
            QCoreApplication.translate("MainWindow", "%1: %2").replace("%1", word).replace("%2", text) if text else word
        )

    def _say_undone(self, template: str, offset: int) -> None:
        """After an undo (``offset`` 0) or a redo (-1): name the command that was taken back or done again."""
        command = self.undo_stack.command(self.undo_stack.index() + offset)
        if command is not None:
            self.show_status(template.replace("%1", command.text()))
        else:
            self.statusBar().clearMessage()

    def _build_menus(self) -> None:
        bar = self.menuBar()
        for name, title in (
            ("file", self.tr("&File")),
            ("edit", self.tr("&Edit")),
            ("view", self.tr("&View")),
            ("program", self.tr("&Program")),
            ("tools", self.tr("&Tools")),
            ("help", self.tr("&Help")),
        ):
            self._menus[name] = bar.addMenu(title)
        m = self._menus
        m["file"].addActions([self.new_action, self.start_case_action])
        m["file"].addSeparator()
        m["file"].addAction(self.quit_action)
        m["edit"].addActions([self.undo_action, self.redo_action])
        m["edit"].addSeparator()
        m["edit"].addAction(self.find_action)
        m["view"].addActions(list(self.view_actions.values()))
        m["view"].addSeparator()
        m["view"].addActions([self.back_action, self.forward_action, self.refresh_action])
        m["program"].addActions([self.open_action, self.log_action, self.start_case_action])
        # Their actions are the program page's, added by attach().
        self._program_tasks_menu = m["program"].addMenu(self.tr("&Tasks"))
        self._program_indicators_menu = m["program"].addMenu(self.tr("&Indicators"))
        m["program"].addSeparator()
        m["program"].addAction(self.delete_action)
        m["help"].addAction(self.about_action)

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Main toolbar"), self)
        bar.setObjectName("main_toolbar")
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        bar.setMovable(False)
        bar.addActions([self.new_action, self.log_action, self.start_case_action])
        bar.addSeparator()
        bar.addActions([self.undo_action, self.redo_action])
        bar.addSeparator()
        bar.addActions([self.find_action, self.refresh_action, self.delete_action])
        self.addToolBar(bar)
        self.toolbar = bar

    def _install_actions(self) -> None:
        """The menus of the workbook, report, trust, server and preferences modules, in this order (File menu
        entries follow it)."""
        from app.ui import (
            excel_actions,
            guide_actions,
            people_actions,
            places_actions,
            preferences_actions,
            reminder_actions,
            report_actions,
            saved_filter_actions,
            server_actions,
            trust_actions,
        )

        self.excel_actions = excel_actions.install(self)
        self.programs_view.start_choices.offer_import(self.excel_actions.import_action)
        self.report_actions = report_actions.install(self)
        self.trust_actions = trust_actions.install(self)
        self.live_refresh = server_actions.install(self)
        self.people_actions = people_actions.install(self)
        self.places_actions = places_actions.install(self)
        self.preferences_actions = preferences_actions.install(self)
        self.guide_actions = guide_actions.install(self)
        people = self.people_actions
        self.saved_filters = saved_filter_actions.install(
            self,
            [
                (self.programs_view, self.tr("Programs")),
                (self.cases_view, self.tr("Case library")),
                (self.tasks_view, self.tr("Tasks due")),
                (people.view, self.tr("My tasks")),
            ],
        )
        # Tools: the office's own lists, then its backups, then Preferences (also in File, where #15 put it).
        tools = self.menu("tools")
        tools.clear()
        tools.addActions([self.places_actions.action, self.people_actions.people_action])
        tools.addSeparator()
        tools.addAction(self.trust_actions.backups_action)
        tools.addSeparator()
        tools.addAction(self.preferences_actions.action)
        # The saved filters are listed in the navigator too; choosing one opens its view with it applied.
        filters = self.saved_filters
        filters.changed.connect(lambda: self.navigator.set_saved_filters(filters.in_order(), filters.titles))
        self.navigator.set_saved_filters(filters.in_order(), filters.titles)
        self.navigator.filter_chosen.connect(filters.apply)
        # A window that remembers nothing (screenshots, benchmarks) reminds of nothing either.
        self.reminders = (
            reminder_actions.install(self, lambda: people.show_person(config.current_user())) if self.remember else None
        )

    # ================================================================== user actions
    def focus_search(self) -> None:
        view = self._program_list(self.stack.currentWidget())
        if view is None:
            self.show_view("programs")
            view = self.programs_view
        view.focus_search()

    def open_selected(self) -> None:
        key = self.current_program_key()
        if key:
            self.open_program(key)

    def new_program(self) -> None:
        if self._read_only:
            return
        title = self.prompts.ask_text(self.tr("New program"), self.tr("Title of the new program:"))
        if title is None:
            return
        from app.services.programs import ProgramDraft

        cmd = CreateProgramCommand(self.context.command_context(), draft=ProgramDraft(title=title))
        error = self.context.execute(cmd)
        if error is not None:
            self.prompts.error(self.tr("New program"), texts.message_text(error))
            return
        assert cmd.key is not None
        self.open_program(cmd.key)
        self.show_status(self.tr("Created %1").replace("%1", cmd.key))

    def start_from_case(self, key: str | None = None) -> None:
        if self._read_only:
            return
        key = key or self.current_program_key()
        if not key:
            self.prompts.info(self.tr("Start from this case"), self.tr("Select a case in the Case library first."))
            return
        from app.ui.start_case_dialog import StartFromCaseDialog

        try:
            case = self.context.programs.get_program(key)
            if not case.is_case:
                raise ValidationError(message("case.not_a_case", key=key))
        except CivicError as error:
            self.prompts.error(self.tr("Start from this case"), texts.message_text(error))
            return
        self.open_dialog(StartFromCaseDialog(self.context, case, parent=self))

    def log_progress(self, key: str | None = None) -> None:
        if self._read_only:
            return
        from app.ui.dialogs import LogProgressDialog

        dialog = LogProgressDialog(self.context, key or self.current_program_key(), parent=self)
        self.open_dialog(dialog)

    def open_dialog(self, dialog: QDialog) -> None:
        # Kept as an attribute so tests can reach the open dialog.
        self.last_dialog = dialog
        open_dialog(dialog)

    def delete_program(self) -> None:
        key = self.current_program_key()
        if not key or self._read_only or self._current_is_case():
            return
        if not self.prompts.confirm(
            self.tr("Delete program"),
            self.tr("Move the program %1 with its tasks, progress and indicators to the trash?").replace("%1", key),
        ):
            return
        error = self.context.execute(DeleteProgramCommand(self.context.command_context(), key))
        if error is not None:
            self.prompts.error(self.tr("Delete program"), texts.message_text(error))
            return
        if self._current == "program":
            self.go_back()
        self.show_status(self.tr("%1 moved to the trash (Ctrl+Z brings it back)").replace("%1", key))

    def about(self) -> None:
        from app import __version__
        from app.version import build_date

        self.prompts.info(
            self.tr("About Civic Tracker"),
            self.tr("Civic Tracker %1\nTrack civic programs, their tasks, progress and indicators.").replace(
                "%1", f"{__version__} ({build_date()})"
            ),
        )

    def update_counts(self) -> None:
        """Counts for the status bar, counted on a worker so a big database does not delay the window."""
        self._calls = [c for c in self._calls if not c.finished]
        call = self.context.runner.run(
            self.context.dashboard.counts, self._show_counts, self._background_failed, owner=self
        )
        self._calls.append(call)

    def _show_counts(self, counts: Counts) -> None:
        self._own_programs = counts.own_programs
        self._update_case_actions()
        self.counts_label.setText(
            self.tr("%1 own programs · %2 cases")
            .replace("%1", f"{counts.own_programs:,}")
            .replace("%2", f"{counts.cases:,}")
        )

    def _background_failed(self, message: str) -> None:
        self.show_status(self.tr("Could not read from the database: %1").replace("%1", message))

    # ================================================================== settings
    def restore_settings(self) -> None:
        settings = self.context.settings()  # the geometry and the splitter were restored with the frame
        for view in self._views.values():
            if isinstance(view, View):
                view.restore_state(settings)
        last = settings.value("window/last_view", "programs")
        # Any pane of the navigator (My tasks, History and Trash come with the action modules).
        self.show_view(last if last in self.navigator.page_names() else "programs")

    def save_settings(self) -> None:
        settings = self.context.settings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/splitter", self.splitter.saveState())
        # The pane the navigator shows as current: on a program's page, its list (Programs for one of the
        # office's programs even when it was started from the Case library).
        last = self.navigator.current_page() or "programs"
        settings.setValue("window/last_view", last if last in self.navigator.page_names() else "programs")
        for view in self._views.values():
            if isinstance(view, View):
                view.save_state(settings)
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.attached:  # closed while the data stack was loading
            super().closeEvent(event)
            return
        if self.remember:
            self.save_settings()
        self._first_count.stop()
        reminders = getattr(self, "reminders", None)
        if reminders is not None:
            reminders.stop()
        for view in self._views.values():
            if isinstance(view, View):
                view.stop()
        self.context.runner.wait(5000)
        super().closeEvent(event)
