"""Renders a program's Indicators tab with the indicator dialog open (English and Korean) for docs/gui.md.

Run:  python scripts/indicator_screenshots.py [OUT_DIR]     (default docs/screenshots)

The --screenshot CLI renders one view; a dialog is a window of its own, so it is drawn over the
window's picture here, centred, with its title on a bar as a window manager would show it.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "scripts"))
WORK = Path(tempfile.mkdtemp(prefix="civic-indicator-shots-"))
os.environ.update(
    {
        "QT_QPA_PLATFORM": "offscreen",
        "CIVIC_TRACKER_DATA_DIR": str(WORK / "data"),
        "XDG_CONFIG_HOME": str(WORK / "config"),
    }
)

from make_screenshots import build_demo  # noqa: E402
from PySide6.QtCore import QLocale, QPoint, QRect, Qt  # noqa: E402
from PySide6.QtGui import QColor, QPainter, QPixmap  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.domain.dates import PartialDate  # noqa: E402
from app.services.database import open_database  # noqa: E402
from app.services.programs import ProgramService  # noqa: E402
from app.ui.main import install_translations, make_application  # noqa: E402

PROGRAM = "DOBONG-BIKES"


def settle(app: QApplication) -> None:
    for _ in range(10):
        app.processEvents()


def render(url: str, out: Path) -> None:
    from app.ui.main_window import MainWindow

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    db, _ = open_database(url)
    window = MainWindow(db, remember=False)
    window.resize(1440, 900)
    window.open_program(PROGRAM)
    window.detail_view.show_tab("indicators")
    window.show()
    settle(app)
    window.detail_view.edit_indicator()
    dialog = window.last_dialog
    dialog.adjustSize()
    settle(app)
    picture = window.grab()
    inside = dialog.grab()
    bar = 30
    x = (picture.width() - inside.width()) // 2
    y = (picture.height() - inside.height() - bar) // 2
    painter = QPainter(picture)
    painter.fillRect(QRect(x - 1, y - 1, inside.width() + 2, inside.height() + bar + 2), QColor("#6b6b6b"))
    painter.fillRect(QRect(x, y, inside.width(), bar), QColor("#dcdcdc"))
    painter.drawText(QRect(x, y, inside.width(), bar), Qt.AlignmentFlag.AlignCenter, dialog.windowTitle())
    painter.drawPixmap(QPoint(x, y + bar), inside)
    painter.end()
    if not QPixmap(picture).save(str(out), "PNG"):
        raise SystemExit(f"could not write {out}")
    dialog.reject()
    window.close()
    db.dispose()


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else REPO / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    url = f"sqlite:///{WORK / 'demo.sqlite3'}"
    build_demo(url)
    db, _ = open_database(url)
    program = ProgramService(db).get_program(PROGRAM)
    ProgramService(db).update_indicator(
        program.indicators[0].id,
        {
            "baseline_value": 0.0,
            "baseline_period": PartialDate(2026, 2),
            "description": "Bicycles in the Dobong stations, counted on the last day of the month",
        },
    )
    db.dispose()
    app = make_application()
    render(url, out / "program-indicator-dialog.png")
    installed = install_translations(app, QLocale("ko_KR"))
    try:
        render(url, out / "program-indicator-dialog-ko.png")
    finally:
        for translator in installed:
            app.removeTranslator(translator)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
