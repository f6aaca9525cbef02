"""The one place message boxes and file dialogs live, so tests can answer them."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget


class Prompts:
    """Asks the user things. Tests give the context (or the window) an object that answers by itself."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent

    def info(self, title: str, text: str) -> None:
        QMessageBox.information(self.parent, title, text)

    def error(self, title: str, text: str) -> None:
        QMessageBox.critical(self.parent, title, text)

    def confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(
            self.parent,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def ask_text(self, title: str, label: str, default: str = "") -> str | None:
        text, ok = QInputDialog.getText(self.parent, title, label, QLineEdit.EchoMode.Normal, default)
        return text if ok else None

    def open_file(self, caption: str, name_filter: str) -> str | None:
        path, _ = QFileDialog.getOpenFileName(self.parent, caption, "", name_filter)
        return path or None

    def save_file(self, caption: str, default_path: str, name_filter: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(self.parent, caption, default_path, name_filter)
        return path or None

    def choose_folder(self, caption: str, start: str) -> str | None:
        return QFileDialog.getExistingDirectory(self.parent, caption, start) or None
