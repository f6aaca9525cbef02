"""The layers point one way: nothing below app/ui imports Qt; the command line loads a service only to run it."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

APP = Path(__file__).resolve().parents[2] / "app"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_nothing_outside_app_ui_imports_pyside6() -> None:
    offenders = []
    checked = 0
    for path in APP.rglob("*.py"):
        if (APP / "ui") in path.parents:
            continue
        checked += 1
        qt = sorted(n for n in _imports(path) if n.split(".")[0] in ("PySide6", "shiboken6", "PyQt5", "PyQt6"))
        if qt:
            offenders.append(f"{path.relative_to(APP.parent)}: {', '.join(qt)}")
    assert checked > 10
    assert offenders == []


def test_domain_imports_nothing_of_ours_but_domain() -> None:
    for path in (APP / "domain").rglob("*.py"):
        ours = {n for n in _imports(path) if n.split(".")[0] == "app"}
        assert all(n.startswith("app.domain") for n in ours), (path, ours)


def test_the_layering_check_sees_a_qt_import(tmp_path: Path) -> None:
    sample = tmp_path / "x.py"
    sample.write_text("from PySide6.QtCore import QObject\nimport os\n", encoding="utf-8")
    assert "PySide6.QtCore" in _imports(sample)


def test_the_ui_reaches_data_only_through_services() -> None:
    # ui -> services -> {store, excel, domain}: no SQL, ORM or openpyxl in a widget.
    below = ("app.store", "app.excel", "sqlalchemy", "openpyxl", "python_calamine")
    offenders = []
    for path in (APP / "ui").rglob("*.py"):
        bad = sorted(n for n in _imports(path) if n.startswith(below))
        if bad:
            offenders.append(f"{path.relative_to(APP.parent)}: {', '.join(bad)}")
    assert offenders == []


def test_the_command_line_parses_without_loading_qt_or_the_database_layers() -> None:
    # Each command imports its service when it runs, so `--help`, `--version` and a typo answer at once
    # and no command pays for Qt. A service imported at the top of an app/cli module would undo that.
    code = (
        "import sys\n"
        "from app.cli.core import build_parser\n"
        "build_parser().parse_args(['programs', 'list', '--search', 'seoul'])\n"
        "print(' '.join(sorted(sys.modules)))\n"
    )
    repo = APP.parent
    env = {**os.environ, "PYTHONPATH": str(repo)}
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=repo, env=env, capture_output=True, text=True, timeout=60, check=True
    )
    heavy = ("PySide6", "shiboken6", "sqlalchemy", "openpyxl", "app.ui", "app.services", "app.store", "app.excel")
    assert sorted(m for m in done.stdout.split() if m.startswith(heavy)) == []
    assert "app.cli.programs" in done.stdout.split()  # the check looked at the command line it meant to
