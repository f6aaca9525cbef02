"""Saved filters in the main window: View > Saved filters (save, apply, rename, delete) and a picker on each
view that has filters (programs, case library, tasks due, My tasks). The filters are plain data
(app/domain/saved_filters.py) kept in settings.json (app/config.py), so a new window finds them again."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QMenu, QToolButton, QWidget

from app import config
from app.domain import saved_filters as sf
from app.domain.saved_filters import SavedFilter, Value
from app.ui import texts
from app.ui.actions import ActionHost


class FilteredView(Protocol):
    """A view whose filter can be saved: its widgets' values out and back in, and a row for the picker."""

    name: str
    filter_bar: QHBoxLayout

    def filter_values(self) -> dict[str, Value]: ...
    def apply_filter_values(self, values: Mapping[str, Value]) -> None: ...


class SavedFilterActions(QObject):
    changed = Signal()  # the list of saved filters changed (the pickers and the menu show it again)

    def __init__(self, host: ActionHost, views: Sequence[tuple[FilteredView, str]]) -> None:
        """``views``: each view with its title as the navigator shows it."""
        window = host.window_widget
        super().__init__(window)
        self.ctx = host.context
        self.views: dict[str, FilteredView] = {v.name: v for v, _ in views}
        self.titles: dict[str, str] = {v.name: title for v, title in views}
        self.filters: list[SavedFilter] = config.load_saved_filters()
        self.menu = QMenu(self.tr("Saved &filters"), window)
        self.menu.aboutToShow.connect(self._fill_menu)
        host.menu("view").addSeparator()
        host.menu("view").addMenu(self.menu)
        self.save_action = QAction(self.tr("&Save current filter…"), window)
        self.save_action.setStatusTip(self.tr("Keep the search and filters of this view under a name"))
        self.save_action.triggered.connect(lambda: self.save_current())
        self.pickers: dict[str, QComboBox] = {}
        for view, _title in views:
            self._add_picker(view)
        self.changed.connect(self._fill_pickers)
        self._fill_pickers()

    # -- the list ------------------------------------------------------------------------------
    def _store(self, filters: list[SavedFilter]) -> None:
        self.filters = filters
        config.save_saved_filters(filters)
        self.changed.emit()

    def save_current(self, view_name: str | None = None) -> SavedFilter | None:
        """Ask a name and keep the current view's filter under it (the same name again replaces it)."""
        name = view_name or self.ctx.shell.current_view()
        view = self.views.get(name)
        if view is None:
            return None
        title = self.tr("Save current filter")
        answer = self.ctx.prompts.ask_text(title, self.tr("Name of this filter:"))
        chosen = sf.clean_name(answer or "")
        if not chosen:
            return None
        if sf.find(self.filters, name, chosen) is not None and not self.ctx.prompts.confirm(
            title, self.tr("Replace the saved filter “%1”?").replace("%1", chosen)
        ):
            return None
        saved = SavedFilter(chosen, name, view.filter_values())
        self._store(sf.with_saved(self.filters, saved))
        self.ctx.shell.show_status(self.tr("Filter “%1” saved").replace("%1", chosen))
        return saved

    def apply(self, saved: SavedFilter) -> None:
        view = self.views.get(saved.view)
        if view is None:
            return
        self.ctx.shell.show_view(saved.view)
        view.apply_filter_values(saved.values)
        picker = self.pickers.get(saved.view)
        if picker is not None:
            picker.blockSignals(True)
            picker.setCurrentIndex(max(0, picker.findText(saved.name)))
            picker.blockSignals(False)
        self.ctx.shell.show_status(self.tr("Filter “%1” applied").replace("%1", saved.name))

    def rename(self, saved: SavedFilter) -> None:
        title = self.tr("Rename saved filter")
        answer = self.ctx.prompts.ask_text(title, self.tr("New name:"), saved.name)
        new = sf.clean_name(answer or "")
        if not new or new == saved.name:
            return
        other = sf.find(self.filters, saved.view, new)
        if (
            other is not None
            and not other.same_name(saved.view, saved.name)
            and not self.ctx.prompts.confirm(title, self.tr("Replace the saved filter “%1”?").replace("%1", new))
        ):
            return
        self._store(sf.renamed(self.filters, saved.view, saved.name, new))

    def delete(self, saved: SavedFilter) -> None:
        if self.ctx.prompts.confirm(
            self.tr("Delete saved filter"), self.tr("Delete the saved filter “%1”?").replace("%1", saved.name)
        ):
            self._store(sf.without(self.filters, saved.view, saved.name))

    def in_order(self) -> list[SavedFilter]:
        """The saved filters view by view, as the menu and the navigator list them."""
        return [saved for name in self.titles for saved in sf.for_view(self.filters, name)]

    # -- the menu: Save current filter…, then each view's filters with Apply, Rename…, Delete… ------------
    def _fill_menu(self) -> None:
        self.menu.clear()
        self.save_action.setEnabled(self.ctx.shell.current_view() in self.views)
        self.menu.addAction(self.save_action)
        for name, title in self.titles.items():
            mine = sf.for_view(self.filters, name)
            if not mine:
                continue
            self.menu.addSection(texts.plain_label(title))
            for saved in mine:
                entry = self.menu.addMenu(saved.name)
                entry.addAction(self.tr("&Apply"), lambda s=saved: self.apply(s))
                entry.addAction(self.tr("&Rename…"), lambda s=saved: self.rename(s))
                entry.addAction(self.tr("&Delete…"), lambda s=saved: self.delete(s))

    # -- a picker on each view -----------------------------------------------------------------
    def _add_picker(self, view: FilteredView) -> None:
        parent = view if isinstance(view, QWidget) else None
        picker = QComboBox(parent)
        picker.setAccessibleName(self.tr("Saved filters"))
        picker.setToolTip(self.tr("Apply a saved filter (View > Saved filters to rename or delete one)"))
        picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        picker.activated.connect(lambda index, n=view.name: self._picked(n, index))
        save = QToolButton(parent)
        save.setText(self.tr("Save filter…"))
        save.setToolTip(self.tr("Keep the search and filters of this view under a name"))
        save.clicked.connect(lambda _checked=False, n=view.name: self.save_current(n))
        view.filter_bar.addWidget(picker)
        view.filter_bar.addWidget(save)
        self.pickers[view.name] = picker

    def _fill_pickers(self) -> None:
        for name, picker in self.pickers.items():
            picker.blockSignals(True)
            picker.clear()
            picker.addItem(self.tr("Saved filters"), None)
            for saved in sf.for_view(self.filters, name):
                picker.addItem(saved.name, saved.name)
            picker.setEnabled(picker.count() > 1)
            picker.blockSignals(False)

    def _picked(self, view_name: str, index: int) -> None:
        name = self.pickers[view_name].itemData(index)
        saved = sf.find(self.filters, view_name, str(name)) if name else None
        if saved is not None:
            self.apply(saved)


def install(host: ActionHost, views: Sequence[tuple[FilteredView, str]]) -> SavedFilterActions:
    return SavedFilterActions(host, views)
