"""The navigator at the left of the main window (the panes, then a "Saved filters" node with each saved filter),
and the Back and Forward lists of the pages visited."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from app.domain.rules import name_key
from app.domain.saved_filters import SavedFilter
from app.ui import style, texts

PAGE_ROLE = Qt.ItemDataRole.UserRole  # a pane's name ("programs", "my-tasks", ...)
FILTER_ROLE = Qt.ItemDataRole.UserRole + 1  # a saved filter (app/domain/saved_filters.py)


class Navigator(QTreeWidget):
    """Choosing a pane emits ``page_chosen(name)``; choosing a saved filter ``filter_chosen(filter)``.
    ``select_page`` follows the window without emitting either."""

    page_chosen = Signal(str)
    filter_chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Navigator"))
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setIndentation(16)
        self.setIconSize(QSize(18, 18))
        self.setStyleSheet(style.NAVIGATOR)
        self.filters_node = QTreeWidgetItem([self.tr("Saved filters")])
        # A heading, never current: choosing it would show nothing.
        self.filters_node.setFlags(Qt.ItemFlag.ItemIsEnabled)
        font = self.filters_node.font(0)
        font.setBold(True)
        self.filters_node.setFont(0, font)
        self.addTopLevelItem(self.filters_node)
        self.filters_node.setHidden(True)
        self.currentItemChanged.connect(self._chosen)

    # -- panes ---------------------------------------------------------------------------------
    def add_page(self, name: str, title: str) -> None:
        """A pane's entry, above the saved filters."""
        item = QTreeWidgetItem([title])
        item.setData(0, PAGE_ROLE, name)
        self.insertTopLevelItem(self.indexOfTopLevelItem(self.filters_node), item)

    def clear_pages(self) -> None:
        """Take the panes' entries away (the frame's, before the views are made); the saved filters stay."""
        self.blockSignals(True)
        for item in self._pages():
            self.takeTopLevelItem(self.indexOfTopLevelItem(item))
        self.blockSignals(False)

    def page_names(self) -> list[str]:
        return [str(item.data(0, PAGE_ROLE)) for item in self._pages()]

    def pages(self) -> dict[str, str]:
        """Each pane's name with its title as shown."""
        return {str(item.data(0, PAGE_ROLE)): item.text(0) for item in self._pages()}

    def _pages(self) -> list[QTreeWidgetItem]:
        items = (self.topLevelItem(i) for i in range(self.topLevelItemCount()))
        return [item for item in items if item is not None and item is not self.filters_node]

    def current_page(self) -> str | None:
        item = self.currentItem()
        if item is None:
            return None
        saved = item.data(0, FILTER_ROLE)
        return saved.view if isinstance(saved, SavedFilter) else item.data(0, PAGE_ROLE)

    def select_page(self, name: str | None) -> None:
        """Make ``name``'s entry current (the first pane's when it has none). A saved filter of that pane
        stays current: arrowing through the saved filters must not jump back to their pane."""
        if name is not None and self.current_page() == name:
            return
        pages = self._pages()
        if not pages:
            return
        item = next((i for i in pages if i.data(0, PAGE_ROLE) == name), pages[0])
        self.blockSignals(True)
        self.setCurrentItem(item)
        self.blockSignals(False)

    # -- saved filters -------------------------------------------------------------------------
    def set_saved_filters(self, filters: Sequence[SavedFilter], titles: dict[str, str]) -> None:
        """List ``filters`` under the Saved filters node by name (a name two panes share followed by its pane's
        title: the navigator is narrow); the node is hidden while there are none."""
        current = self.currentItem()
        kept = current.data(0, FILTER_ROLE) if current is not None else None
        self.blockSignals(True)
        for child in self.filters_node.takeChildren():
            del child
        names = Counter(name_key(saved.name) for saved in filters)
        for saved in filters:
            title = texts.plain_label(titles.get(saved.view, saved.view))
            child = QTreeWidgetItem([f"{saved.name} · {title}" if names[name_key(saved.name)] > 1 else saved.name])
            child.setData(0, FILTER_ROLE, saved)
            child.setToolTip(0, self.tr("Open %1 with the filter “%2”").replace("%1", title).replace("%2", saved.name))
            self.filters_node.addChild(child)
            if isinstance(kept, SavedFilter) and kept.same_name(saved.view, saved.name):
                self.setCurrentItem(child)
        self.filters_node.setHidden(not filters)
        self.filters_node.setExpanded(True)
        self.blockSignals(False)

    def filter_items(self) -> list[QTreeWidgetItem]:
        return [c for c in (self.filters_node.child(i) for i in range(self.filters_node.childCount())) if c]

    def _chosen(self, item: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        if item is None or item is self.filters_node:
            return
        saved = item.data(0, FILTER_ROLE)
        if isinstance(saved, SavedFilter):
            self.filter_chosen.emit(saved)
        else:
            self.page_chosen.emit(str(item.data(0, PAGE_ROLE)))


Page = tuple[str, str | None]  # a pane's name, with the program's key on a program's page


class PageHistory:
    """Back and Forward through every page visited. Plain lists, no widgets: the window asks where to go and
    says which pages are still there (a program deleted since is passed over)."""

    def __init__(self) -> None:
        self.back: list[Page] = []
        self.forward: list[Page] = []

    def visited(self, left: Page | None, shown: Page) -> None:
        """``shown`` replaces ``left`` (None at start): ``left`` goes on Back, and Forward starts again."""
        if left is not None and left != shown:
            self.back.append(left)
            self.forward.clear()

    def go_back(self, here: Page | None, there: Callable[[Page], bool]) -> Page | None:
        return self._step(self.back, self.forward, here, there)

    def go_forward(self, here: Page | None, there: Callable[[Page], bool]) -> Page | None:
        return self._step(self.forward, self.back, here, there)

    @staticmethod
    def _step(source: list[Page], other: list[Page], here: Page | None, there: Callable[[Page], bool]) -> Page | None:
        """The newest page of ``source`` still there; the page left goes on ``other`` unless it is gone."""
        while source:
            page = source.pop()
            if page == here or not there(page):
                continue
            if here is not None and there(here):
                other.append(here)
            return page
        return None

    def last_pane(self, panes: Sequence[str]) -> str | None:
        """The newest pane of ``panes`` visited before this page (the list a program's page was opened from)."""
        return next((name for name, _key in reversed(self.back) if name in panes), None)
