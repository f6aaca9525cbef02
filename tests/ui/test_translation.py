"""Every string goes through tr(): with the Korean translation loaded, the window speaks Korean."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt


def test_the_korean_translation_is_used_for_the_window(qtbot: Any, seeded_db: Any, prompts: Any) -> None:
    from app.ui.main import install_translations
    from app.ui.main_window import MainWindow

    app = QCoreApplication.instance()
    installed = install_translations(app, QLocale("ko_KR"))
    try:
        assert installed, "civic-tracker_ko.qm should be found in resources/translations"
        window = MainWindow(seeded_db, prompts=prompts, remember=False)
        qtbot.addWidget(window)
        assert window.navigator.item(0).text() == "사업"
        assert window.menu("file").title() == "파일(&F)"
        # The entries the history-and-trash plug-in adds are translated too, not left in English.
        navigator = {
            window.navigator.item(i).data(Qt.ItemDataRole.UserRole): window.navigator.item(i).text()
            for i in range(window.navigator.count())
        }
        assert navigator["history"] == "변경 이력"
        assert navigator["trash"] == "휴지통"
        view_menu = [action.text() for action in window.menu("view").actions()]
        assert "휴지통(&T)" in view_menu
        assert "변경 이력(&I)" in view_menu
        window.show_view("cases")
        view = window.cases_view
        view.refresh_now()
        assert view.status_filter.itemText(2) == "진행 중"  # "Active", from the shared status labels
    finally:
        for translator in installed:
            app.removeTranslator(translator)
