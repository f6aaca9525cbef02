"""The layers point one way: nothing below app/ui imports Qt; the command line loads a service only to run it."""

from __future__ import annotations

import ast
import os
import re
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


# -- views get a context, not the window (app/ui/context.py is the composition root) ----------------------
COMPOSITION_ROOT = APP / "ui" / "context.py"
MAY_IMPORT_THE_WINDOW = ("main_window.py", "main.py", "context.py")  # in app/ui itself


def _imported_names(path: Path) -> set[str]:
    """Every module a file imports, with ``from app.ui import main_window`` read as app.ui.main_window.

    Imports under ``if TYPE_CHECKING:`` count too: a cycle hidden from the interpreter is still a cycle."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    parts = path.with_suffix("").parts
    top = len(parts) - 1 - parts[::-1].index("app")
    package = ".".join(parts[top:-1])
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
            module = node.module or ""
            if node.level:
                module = f"{base}.{module}" if module else base
            names.add(module)
            names.update(f"{module}.{alias.name}" for alias in node.names)
    return names


def _window_importers(ui: Path) -> list[str]:
    return sorted(
        path.relative_to(ui.parent.parent).as_posix()
        for path in ui.rglob("*.py")
        if not (path.parent == ui and path.name in MAY_IMPORT_THE_WINDOW)
        and "app.ui.main_window" in _imported_names(path)
    )


def _service_constructions(path: Path) -> list[str]:
    """Calls such as ``ProgramService(db)`` or ``services.TrashService(db)``: a service made on the spot."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
            if name.endswith("Service"):
                found.append(f"{path.name}:{node.lineno} {name}(")
    return found


def _services_built_outside_the_root(ui: Path) -> list[str]:
    return sorted(
        call
        for path in ui.rglob("*.py")
        if not (path.name == COMPOSITION_ROOT.name and path.parent == ui)
        for call in _service_constructions(path)
    )


def test_only_the_window_and_the_startup_code_import_the_main_window() -> None:
    # Views, dialogs and action modules get an AppContext (and a Shell to ask the window for things).
    assert len(list((APP / "ui").rglob("*.py"))) > 20
    assert _window_importers(APP / "ui") == []


def test_services_are_built_only_in_the_composition_root() -> None:
    assert _service_constructions(COMPOSITION_ROOT)  # the root itself is seen to build them
    assert _services_built_outside_the_root(APP / "ui") == []


def test_the_checks_see_a_window_import_and_a_service_built_in_a_view(tmp_path: Path) -> None:
    views = tmp_path / "app" / "ui" / "views"
    views.mkdir(parents=True)
    (views / "pane.py").write_text(
        "from typing import TYPE_CHECKING\n"
        "from app.services.programs import ProgramService\n"
        "if TYPE_CHECKING:\n"
        "    from ..main_window import MainWindow\n"
        "def make(db):\n"
        "    return ProgramService(db)\n",
        encoding="utf-8",
    )
    (views / "other.py").write_text("from app.ui import main_window\n", encoding="utf-8")
    assert _window_importers(tmp_path / "app" / "ui") == ["app/ui/views/other.py", "app/ui/views/pane.py"]
    assert _services_built_outside_the_root(tmp_path / "app" / "ui") == ["pane.py:6 ProgramService("]


# -- colours are defined once: status colours in app/domain/enums.py, everything else in app/ui/style.py --
_HEX_COLOUR = re.compile(r"#(?:[0-9a-fA-F]{6}|[0-9a-fA-F]{3})\b")


def _colour_literals(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    return [
        f"{path.name}:{node.lineno} {node.value!r}"
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and _HEX_COLOUR.search(node.value)
    ]


def test_ui_colours_live_in_the_style_module() -> None:
    style = APP / "ui" / "style.py"
    assert _colour_literals(style)  # the check sees colours where they are meant to be
    offenders = [hit for path in (APP / "ui").rglob("*.py") if path != style for hit in _colour_literals(path)]
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
