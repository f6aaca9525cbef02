"""`gui --screenshot --view my-tasks` and `--view person:NAME` render those panes to PNG files."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QImage

from app.domain.dates import PartialDate
from app.services.programs import ProgramDraft, ProgramService, TaskDraft


def _image(path: Path) -> QImage:
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    image = QImage(str(path))
    assert (image.width(), image.height()) == (1440, 900)
    return image


def test_my_tasks_and_a_person_s_tasks_are_rendered_to_png(
    tmp_path: Path, seeded_db: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    from app.cli import main

    service = ProgramService(seeded_db)
    key = service.create_program(ProgramDraft(title="Green wheels for Dobong")).key
    tasks = (("Survey the stations", "김민지"), ("Order the racks", "Park"), ("Tell the residents", "Park"))
    for title, owner in tasks:
        service.add_task(key, TaskDraft(title=title, owner=owner, due_date=PartialDate(2030, 5)))
    shots = {}
    for view in ("my-tasks", "person:김민지", "person:Park"):
        out = tmp_path / f"{view.replace(':', '-')}.png"
        assert main(["--db", seeded_db.url, "gui", "--screenshot", str(out), "--view", view]) == 0
        shots[view] = _image(out)
    # Each person's own tasks are drawn: the two pictures differ.
    assert shots["person:김민지"] != shots["person:Park"]
    capsys.readouterr()
    assert main(["--db", seeded_db.url, "gui", "--screenshot", str(tmp_path / "x.png"), "--view", "person:Nobody"]) == 1
    assert "Nobody" in capsys.readouterr().err
    assert not (tmp_path / "x.png").exists()
