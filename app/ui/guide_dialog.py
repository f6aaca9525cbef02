"""The user guide (resources/guide/), in the interface's language, read in a window of the app: it needs no
browser and no network."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from app import config


def guide_path(language: str) -> Path:
    """The guide in ``language`` (guide.ko.md, guide.zh_CN.md), else the English one (guide.md)."""
    folder = config.resources_dir() / "guide"
    own = folder / f"guide.{language}.md"
    return own if own.is_file() else folder / "guide.md"


class GuideDialog(QDialog):
    """The guide as formatted text; links to web pages open in the browser."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Civic Tracker user guide"))
        self.setObjectName("guideDialog")
        self.path = guide_path(language)
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)
        self.browser.setSearchPaths([str(self.path.parent)])
        self.browser.setMarkdown(self.path.read_text(encoding="utf-8"))
        self.browser.document().setBaseUrl(QUrl.fromLocalFile(str(self.path)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(760, 720)

    def text(self) -> str:
        """What the guide says, as shown."""
        return self.browser.toPlainText()
