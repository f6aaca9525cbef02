"""Tools > Places…: the places the app knows as a tree, and the office's own added, renamed (in place), given a
local name, moved and merged. Each change is saved at once, in its own transaction; all but a merge can be undone."""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.domain import model as d
from app.domain.enums import PlaceLevel
from app.domain.errors import CivicError
from app.domain.places import is_office_place, level_message
from app.ui import texts
from app.ui.context import AppContext
from app.ui.models.places import COL_LEVEL, COL_LOCAL, COL_NAME, COL_PROGRAMS, PlaceTreeModel
from app.ui.place_commands import (
    AddPlaceCommand,
    LocalNamePlaceCommand,
    MovePlaceCommand,
    PlaceCommand,
    RenamePlaceCommand,
)
from app.ui.widgets import PlacePicker


class AddPlaceForm(QDialog):
    """Name, local name, the place it is in and its level; OK adds it and closes, unless it is refused."""

    def __init__(
        self,
        places: list[d.Place],
        parent_id: int | None,
        submit: Callable[[str, str, int | None, PlaceLevel | None], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add place"))
        self.setObjectName("addPlaceForm")
        self.submit = submit
        self.name = QLineEdit(self)
        self.name.setObjectName("placeName")
        self.name.setPlaceholderText(self.tr("In English, e.g. Mapo-gu"))
        self.local = QLineEdit(self)
        self.local.setObjectName("placeLocalName")
        self.local.setPlaceholderText(self.tr("e.g. 마포구 or 盐田区"))
        self.parent_picker = PlacePicker(self)
        self.parent_picker.setObjectName("placeParent")
        self.parent_picker.set_places(places)
        self.parent_picker.select_id(parent_id)
        self.level = QComboBox(self)
        self.level.setObjectName("placeLevel")
        self.level.addItem(self.tr("As its name says"), None)
        for level in PlaceLevel:
            self.level.addItem(texts.message_text(level_message(level)), level.value)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Local name:"), self.local)
        form.addRow(self.tr("&Inside:"), self.parent_picker)
        form.addRow(self.tr("Le&vel:"), self.level)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(460, self.sizeHint().height())

    def accept(self) -> None:
        try:
            parent_id = self.parent_picker.chosen_id()
        except CivicError as exc:
            self.parent_picker.setFocus()
            self._show_error(texts.message_text(exc))
            return
        value = self.level.currentData()
        level = PlaceLevel(value) if value else None
        if self.submit(self.name.text(), self.local.text(), parent_id, level):
            super().accept()

    def _show_error(self, text: str) -> None:
        owner = self.parent()
        if isinstance(owner, PlacesDialog):
            owner.show_error(text)


class ChoosePlaceForm(QDialog):
    """One place out of a list (for Move and Merge into…); OK hands it to ``submit``, which says whether it worked."""

    def __init__(
        self,
        title: str,
        label: str,
        places: list[d.Place],
        submit: Callable[[int | None], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("choosePlaceForm")
        self.submit = submit
        self.picker = PlacePicker(self)
        self.picker.setObjectName("choosePlace")
        self.picker.set_places(places)
        self.picker.setMinimumContentsLength(40)
        text = QLabel(label, self)
        text.setWordWrap(True)
        text.setBuddy(self.picker)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.picker)
        layout.addWidget(buttons)
        self.resize(max(560, self.sizeHint().width()), self.sizeHint().height())

    def choose(self, place_id: int | None) -> None:
        self.picker.select_id(place_id)

    def accept(self) -> None:
        try:
            chosen = self.picker.chosen_id()
        except CivicError as exc:
            owner = self.parent()
            if isinstance(owner, PlacesDialog):
                owner.show_error(texts.message_text(exc))
            return
        if self.submit(chosen):
            super().accept()


class PlacesDialog(QDialog):
    """The Places editor. The case library's places are shown (grey) but not edited: seeding keeps them as the
    sources name them. The dialog reloads whenever data changes (an undo from the main window included)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Places"))
        self.setObjectName("placesDialog")
        self.form: QDialog | None = None  # the Add, Move or Merge form open now (tests fill it in)

        intro = QLabel(
            self.tr(
                "The places programs are in. Places of the office (in bold) can be renamed (double-click a "
                "name or local name), moved and merged; the case library's places (grey) stay as its sources "
                "name them. Every change is saved at once."
            ),
            self,
        )
        intro.setWordWrap(True)

        self.model = PlaceTreeModel(self)
        self.model.editor = self._edit
        self.tree = QTreeView(self)
        self.tree.setObjectName("placesTree")
        self.tree.setModel(self.model)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.tree.setAccessibleName(self.tr("Places"))
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        for col in (COL_LOCAL, COL_LEVEL, COL_PROGRAMS):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)

        self.add_button = QPushButton(self.tr("&Add…"), self)
        self.add_button.setObjectName("placesAdd")
        self.add_button.setToolTip(self.tr("Add a place of the office inside the selected place"))
        self.rename_button = QPushButton(self.tr("&Rename"), self)
        self.rename_button.setObjectName("placesRename")
        self.rename_button.setToolTip(self.tr("Edit the selected place's name in the list (F2)"))
        self.local_button = QPushButton(self.tr("&Local name"), self)
        self.local_button.setObjectName("placesLocalName")
        self.local_button.setToolTip(self.tr("Edit the selected place's local name in the list"))
        self.move_button = QPushButton(self.tr("&Move…"), self)
        self.move_button.setObjectName("placesMove")
        self.move_button.setToolTip(self.tr("Put the selected place inside another place"))
        self.merge_button = QPushButton(self.tr("Mer&ge into…"), self)
        self.merge_button.setObjectName("placesMerge")
        self.merge_button.setToolTip(
            self.tr("Move everything in the selected place to another place, then delete it (cannot be undone)")
        )
        self.undo_button = QPushButton(self.tr("&Undo"), self)
        self.undo_button.setObjectName("placesUndo")
        self.redo_button = QPushButton(self.tr("Re&do"), self)
        self.redo_button.setObjectName("placesRedo")
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.accept)

        self.add_button.clicked.connect(self.open_add_form)
        self.rename_button.clicked.connect(lambda: self.edit_selected(COL_NAME))
        self.local_button.clicked.connect(lambda: self.edit_selected(COL_LOCAL))
        self.move_button.clicked.connect(self.open_move_form)
        self.merge_button.clicked.connect(self.open_merge_form)
        self.undo_button.clicked.connect(self.undo)
        self.redo_button.clicked.connect(self.redo)
        for keys, slot in ((QKeySequence.StandardKey.Undo, self.undo), (QKeySequence.StandardKey.Redo, self.redo)):
            action = QAction(self)
            action.setShortcut(keys)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)

        buttons = QHBoxLayout()
        for b in (self.add_button, self.rename_button, self.local_button, self.move_button, self.merge_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        for b in (self.undo_button, self.redo_button, close):
            buttons.addWidget(b)
        self.status = QLabel(self)
        self.status.setObjectName("placesStatus")
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.resize(820, 560)

        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(0)
        self._reload_timer.timeout.connect(self.reload)
        ctx.events.data_changed.connect(self._reload_timer.start)
        ctx.undo_stack.indexChanged.connect(self._update_buttons)
        self.tree.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.reload()

    # -- what is shown --------------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the places again, keeping the selected one selected."""
        current = self.current_place()
        self.model.set_places(self.ctx.places.list_places(), self.ctx.places.program_counts())
        self.tree.expandAll()
        if current is not None:
            self.select(current.key)
        self._update_buttons()

    def current_place(self) -> d.Place | None:
        return self.model.place(self.tree.currentIndex())

    def select(self, key: str) -> None:
        index = self.model.index_of(key)
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)

    def _update_buttons(self, *_args: object) -> None:
        if not shiboken6.isValid(self.ctx.undo_stack):  # the window is closing, taking its undo stack first
            return
        place = self.current_place()
        office = place is not None and is_office_place(place.key)
        for b in (self.rename_button, self.local_button, self.move_button, self.merge_button):
            b.setEnabled(office)
        top = self._top_place_command(self.ctx.undo_stack.index() - 1)
        again = self._top_place_command(self.ctx.undo_stack.index())
        self.undo_button.setEnabled(top is not None)
        self.undo_button.setToolTip(top.text() if top is not None else "")
        self.redo_button.setEnabled(again is not None)
        self.redo_button.setToolTip(again.text() if again is not None else "")

    def _top_place_command(self, i: int) -> PlaceCommand | None:
        """The place command at position ``i`` of the undo stack, if it is one (the stack holds every edit)."""
        if not 0 <= i < self.ctx.undo_stack.count():
            return None
        command = self.ctx.undo_stack.command(i)
        return command if isinstance(command, PlaceCommand) else None

    def show_error(self, text: str) -> None:
        self.ctx.prompts.error(self.tr("Places"), text)

    def _run(self, command: PlaceCommand) -> bool:
        error = self.ctx.execute(command)
        if error is not None:
            self.show_error(texts.message_text(error))
            return False
        self.status.setText(self.tr("Saved: %1").replace("%1", command.text()))
        return True

    # -- the edits ------------------------------------------------------------------------------------
    def undo(self) -> None:
        if self._top_place_command(self.ctx.undo_stack.index() - 1) is not None:
            self.ctx.undo_stack.undo()

    def redo(self) -> None:
        if self._top_place_command(self.ctx.undo_stack.index()) is not None:
            self.ctx.undo_stack.redo()

    def edit_selected(self, column: int) -> None:
        index = self.tree.currentIndex()
        if index.isValid():
            self.tree.edit(index.siblingAtColumn(column))

    def _edit(self, key: str, column: int, text: str) -> bool:
        """An edit typed in the tree: the name or the local name of a place of the office."""
        place = next((p for p in self.model.places() if p.key == key), None)
        if place is None:
            return False
        cc = self.ctx.command_context()
        if column == COL_NAME:
            return self._run(RenamePlaceCommand(cc, self.ctx.places, key, place.name, text))
        if column == COL_LOCAL:
            local = LocalNamePlaceCommand(cc, self.ctx.places, key, place.name, place.name_local, text or None)
            return self._run(local)
        return False

    def add_place(self, name: str, local: str, parent_id: int | None, level: PlaceLevel | None) -> bool:
        parent = next((p for p in self.model.places() if p.id == parent_id), None)
        command = AddPlaceCommand(
            self.ctx.command_context(),
            self.ctx.places,
            name,
            local or None,
            parent.key if parent is not None else None,
            level,
        )
        if not self._run(command):
            return False
        if command.key is not None:
            self.reload()
            self.select(command.key)
        return True

    def open_add_form(self) -> AddPlaceForm:
        current = self.current_place()
        form = AddPlaceForm(self.model.places(), current.id if current is not None else None, self.add_place, self)
        self._open(form)
        form.name.setFocus()
        return form

    def open_move_form(self) -> ChoosePlaceForm | None:
        place = self.current_place()
        if place is None or not is_office_place(place.key):
            return None
        choices = [p for p in self.model.places() if not self._inside(p, place)]
        form = ChoosePlaceForm(
            self.tr("Move %1").replace("%1", texts.name_text(place.name, place.name_local)),
            self.tr("Put %1 inside (empty: at the top):").replace("%1", texts.place_text(place)),
            choices,
            lambda parent_id: self._move(place, parent_id),
            self,
        )
        form.choose(place.parent_id)
        self._open(form)
        return form

    def _move(self, place: d.Place, parent_id: int | None) -> bool:
        keys = {p.id: p.key for p in self.model.places()}
        before = keys.get(place.parent_id) if place.parent_id is not None else None
        after = keys.get(parent_id) if parent_id is not None else None
        if after == before:
            return True
        cc = self.ctx.command_context()
        return self._run(MovePlaceCommand(cc, self.ctx.places, place.key, place.name, before, after))

    def open_merge_form(self) -> ChoosePlaceForm | None:
        place = self.current_place()
        if place is None or not is_office_place(place.key):
            return None
        choices = [p for p in self.model.places() if not self._inside(p, place)]
        form = ChoosePlaceForm(
            self.tr("Merge %1").replace("%1", texts.name_text(place.name, place.name_local)),
            self.tr("Merge %1 into:\nits programs, organizations and places move there, then %1 is deleted.").replace(
                "%1", texts.place_text(place)
            ),
            choices,
            lambda into_id: self._merge(place, into_id),
            self,
        )
        self._open(form)
        return form

    def _merge(self, place: d.Place, into_id: int | None) -> bool:
        into = next((p for p in self.model.places() if p.id == into_id), None)
        if into is None:
            return False
        question = self.tr(
            "Merge %1 into %2?\n\nEvery program, organization and place in %1 moves to %2, and %1 is deleted. "
            "A merge cannot be undone."
        )
        if not self.ctx.prompts.confirm(
            self.tr("Merge places"), question.replace("%1", place.name).replace("%2", into.path)
        ):
            return False
        try:
            result = self.ctx.places.merge(place.key, into.key)
        except CivicError as exc:
            self.show_error(texts.message_text(exc))
            return False
        self.status.setText(
            self.tr("Merged %1 into %2: %3 programs, %4 organizations and %5 places moved.")
            .replace("%1", place.name)
            .replace("%2", result.into.path)
            .replace("%3", str(result.programs))
            .replace("%4", str(result.organizations))
            .replace("%5", str(result.places))
        )
        self.ctx.notify_data_changed()
        self.reload()
        self.select(result.into.key)
        return True

    # -- helpers --------------------------------------------------------------------------------------
    def _inside(self, candidate: d.Place, place: d.Place) -> bool:
        """Whether ``candidate`` is ``place`` or a place inside it (never a parent or a merge target of it)."""
        by_id = {p.id: p for p in self.model.places()}
        node: d.Place | None = candidate
        seen: set[int] = set()
        while node is not None and node.id not in seen:
            if node.id == place.id:
                return True
            seen.add(node.id)
            node = by_id.get(node.parent_id) if node.parent_id is not None else None
        return False

    def _open(self, form: QDialog) -> None:
        self.form = form
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form.finished.connect(lambda _r: setattr(self, "form", None))
        form.open()
