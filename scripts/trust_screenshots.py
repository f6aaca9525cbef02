"""Screenshots of History, Trash, File > Backups and the read-only banner in the real main window.

    QT_QPA_PLATFORM=offscreen python scripts/trust_screenshots.py [OUT_DIR]

Needs app.ui.main_window (the GUI branch). Works on a throw-away database in a temporary folder.
"""

from __future__ import annotations

import os
import stat
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
DATA = tempfile.mkdtemp(prefix="trust-shots-")
os.environ["CIVIC_TRACKER_DATA_DIR"] = DATA
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> None:
    from app.domain.enums import Status
    from app.services.backups import take_backup
    from app.services.database import open_database
    from app.services.programs import ProgramDraft, ProgramService
    from app.ui.main import make_application
    from app.ui.main_window import MainWindow

    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    app = make_application()

    def settle() -> None:
        for _ in range(5):
            app.processEvents()

    path = Path(DATA) / "civic.sqlite3"
    db, _ = open_database(f"sqlite:///{path}", actor="Kim Minji")
    programs = ProgramService(db)
    p = programs.start_from_case("SEOUL-TTAREUNGI", ProgramDraft(title="Dobong bike sharing", key="DOBONG-BIKE"))
    db.actor = "Park Jiwoo"
    changes = {"status": Status.ACTIVE, "summary": "Pilot with 40 stations near Chang-dong"}
    programs.update_program("DOBONG-BIKE", changes, p.version)
    tasks = programs.list_tasks("DOBONG-BIKE")
    if tasks:
        programs.update_task(tasks[0].id, {"percent_complete": 50})
    programs.log_progress("DOBONG-BIKE", "Stations surveyed with the district office")
    db.actor = "Lee Seoyeon"
    programs.create_program(ProgramDraft(title="Night bus survey", key="NIGHT-BUS"))
    programs.delete_program("NIGHT-BUS")  # cases stay as their sources state them: an own program goes to the trash
    programs.delete_progress(programs.list_progress("DOBONG-BIKE")[0].id)
    take_backup(db, "manual")

    window = MainWindow(db, remember=False)
    window.resize(1400, 800)
    window.show()
    window.context.runner.wait(5000)
    settle()
    window.show_view("history")
    settle()
    window.grab().save(str(out / "trust-history.png"))
    window.show_view("trash")
    settle()
    window.grab().save(str(out / "trust-trash.png"))
    dialog = window.trust_actions.show_backups()
    settle()
    dialog.grab().save(str(out / "trust-backups.png"))
    dialog.close()
    window.close()
    db.dispose()

    os.chmod(path, stat.S_IRUSR)
    db, _ = open_database(f"sqlite:///{path}")
    window = MainWindow(db, remember=False)
    window.resize(1400, 800)
    window.show()
    window.show_view("trash")
    settle()
    window.grab().save(str(out / "trust-read-only.png"))
    window.close()
    db.dispose()


if __name__ == "__main__":
    main()
