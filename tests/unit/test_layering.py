"""The layers point one way: nothing below app/ui imports Qt."""

from __future__ import annotations

import ast
import re
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
