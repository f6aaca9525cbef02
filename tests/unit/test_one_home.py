"""One home per rule: the places the code may do a thing are the ones docs/architecture.md names.

Each test reads the source and fails when a second home for the rule appears (a copy that would drift).
"""

from __future__ import annotations

import ast
from pathlib import Path

APP = Path(__file__).resolve().parents[2] / "app"


def _calls(path: Path) -> set[str]:
    """Names of the functions and methods a module calls: 'gc.disable', 'program_percent', 'insert_rows'."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call):
            f = node.func
            if isinstance(f, ast.Name):
                names.add(f.id)
            elif isinstance(f, ast.Attribute):
                names.add(f.attr)
                if isinstance(f.value, ast.Name):
                    names.add(f"{f.value.id}.{f.attr}")
    return names


def _where(*names: str) -> set[str]:
    """The modules under app/ that call any of ``names``."""
    return {str(path.relative_to(APP.parent)) for path in APP.rglob("*.py") if _calls(path) & set(names)}


def test_the_search_text_is_built_in_one_place() -> None:
    assert _where("search_text") == {"app/store/derived.py"}


def test_roll_ups_are_worked_out_in_one_place() -> None:
    # domain/rollup.py defines it (and its tooltip explains it); store/derived.py applies it.
    assert _where("program_percent") <= {"app/store/derived.py", "app/domain/rollup.py"}


def test_process_wide_switches_live_in_bulk_and_the_gui_collector_only() -> None:
    assert _where("gc.disable", "gc.enable", "sys.setswitchinterval") <= {
        "app/store/bulk.py",
        "app/ui/collector.py",
    }


def _sql_writes(path: Path) -> set[str]:
    """SQL writes a module makes itself: insert(...), update(...), delete(...), bulk insert_rows/update_rows."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call):
            f = node.func
            name = f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else ""
            if (
                (isinstance(f, ast.Name) and name in {"insert", "update", "delete"})
                or name in {"insert_rows", "update_rows"}
                or (isinstance(f, ast.Attribute) and name == "delete")
            ):
                found.add(name)
    return found


def test_only_the_import_writer_writes() -> None:
    # The planners plan; the writer applies. A dry run runs the planners alone.
    package = APP / "services" / "importing"
    writing = {p.name for p in package.glob("*.py") if _sql_writes(p)}
    assert writing == {"writer.py"}


def test_ids_are_assigned_ahead_only_in_bulk() -> None:
    # Hand-assigned ids are a driver trick (SQLite): one home, store/bulk.py's Inserter.
    offenders = []
    for path in APP.rglob("*.py"):
        if path.name == "bulk.py":
            continue
        if '["id"] = ' in path.read_text(encoding="utf-8"):
            offenders.append(str(path.relative_to(APP.parent)))
    assert offenders == []


def test_only_the_seeder_writes_cases() -> None:
    offenders = []
    for path in APP.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        if ('"is_case": True' in text or "is_case=True" in text) and path.name != "seed.py":
            offenders.append(str(path.relative_to(APP.parent)))
    # A filter on cases only reads: "is_case=True if args.cases" is the command line's filter.
    assert all("is_case=True if" in (APP.parent / o).read_text(encoding="utf-8") for o in offenders), offenders


def test_themes_are_split_and_cleaned_in_one_place() -> None:
    # domain/rules.py: the theme field, a workbook cell and the seeder split and clean themes alike.
    assert _where("split_themes", "clean_themes") >= {"app/excel/cells.py", "app/services/seed.py"}
    # The message tables are prose: Chinese lists its words with 、 there, which is not a theme separator.
    code = [p for p in APP.rglob("*.py") if not p.name.startswith("messages_")]
    separators = [str(p.relative_to(APP.parent)) for p in code if "、" in p.read_text(encoding="utf-8")]
    assert separators == ["app/domain/rules.py"]


def _password_handling(path: Path) -> set[str]:
    """Where a module takes a password out of a URL or masks one itself: url._replace(password=...),
    url.set(password=...), render_as_string(hide_password=True)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            words = {k.arg: k.value for k in node.keywords}
            if node.func.attr in ("_replace", "set") and "password" in words:
                found.add(f"{node.func.attr}(password=...)")
            hide = words.get("hide_password")
            if node.func.attr == "render_as_string" and not (isinstance(hide, ast.Constant) and hide.value is False):
                found.add("render_as_string(hide_password=True)")
    return found


def test_passwords_are_taken_out_of_urls_and_masked_in_one_place() -> None:
    # store/urls.py: what is kept and saved has no password; what is shown or logged has it masked.
    assert {str(p.relative_to(APP.parent)) for p in APP.rglob("*.py") if _password_handling(p)} == {"app/store/urls.py"}


def test_the_checks_see_what_they_look_for(tmp_path: Path) -> None:
    sample = tmp_path / "x.py"
    sample.write_text("import gc\ngc.disable()\nderived.search_text(1)\ns.execute(update(t))\n", encoding="utf-8")
    assert {"gc.disable", "search_text"} <= _calls(sample)
    assert _sql_writes(sample) == {"update"}
    sample.write_text("u._replace(password=None)\nu.render_as_string()\nu.render_as_string(hide_password=False)\n")
    assert _password_handling(sample) == {"_replace(password=...)", "render_as_string(hide_password=True)"}


def test_the_trash_is_entered_and_left_in_one_place() -> None:
    # store/trash.py owns the trash marks and what a batch holds; the app's deletes and the undo of an
    # import both call it, so a row trashed either way is listed and restored the same way.
    offenders = set()
    for path in APP.rglob("*.py"):
        if path == APP / "store" / "trash.py":
            continue
        text = path.read_text(encoding="utf-8")
        if "uuid4" in text or ".deleted_batch = " in text or "deleted_batch=" in text:
            offenders.add(str(path.relative_to(APP.parent)))
    assert offenders == set()
    assert {"app/services/programs.py", "app/services/workbook.py"} <= _where(
        "trash.trash_program", "trash.put", "trash.batches_of_created"
    )
