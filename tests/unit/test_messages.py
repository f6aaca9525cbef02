"""Messages below the UI are codes with parameters: every code the app uses has an English template that
its call sites can fill, and the modules that report to users build no sentence of their own."""

from __future__ import annotations

import ast
import string
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.domain import errors
from app.domain.messages import ENGLISH, LANGUAGES, Message, message, pick_language, render, templates, untranslated

APP = Path(__file__).resolve().parents[2] / "app"

# Modules whose user-facing messages are all codes (the issue "One engine"; the language issue follows).
CODED = (
    *sorted((APP / "services" / "importing").glob("*.py")),
    APP / "services" / "programs.py",
    APP / "services" / "backups.py",
    APP / "services" / "database.py",
    APP / "services" / "connection.py",
    APP / "services" / "history.py",
    APP / "services" / "seed.py",
    APP / "services" / "trash.py",
    APP / "services" / "workbook.py",
    APP / "store" / "database.py",
    APP / "store" / "lengths.py",
    *sorted((APP / "excel").glob("*.py")),  # reader.py: files that cannot be read; cells.py, writer.py ...
    APP / "domain" / "dates.py",
    APP / "domain" / "enums.py",
    APP / "domain" / "rules.py",
)


def _calls(path: Path) -> Iterator[ast.Call]:
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Call):
            yield node


def _name(call: ast.Call) -> str:
    f = call.func
    return f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else ""


def _fields(template: str) -> set[str]:
    """The parameter names a template refers to: "{value:g}" and "{row}" -> {"value", "row"}."""
    out = set()
    for _text, name, _spec, _conv in string.Formatter().parse(template):
        if name is not None:
            out.add(name.split(".")[0].split("[")[0])
    return out


def _message_calls() -> list[tuple[str, ast.Call]]:
    found = []
    for path in sorted(APP.rglob("*.py")):
        for call in _calls(path):
            if _name(call) == "message":
                found.append((f"{path.relative_to(APP.parent)}:{call.lineno}", call))
    return found


def test_every_code_the_app_uses_has_a_template_its_call_sites_fill() -> None:
    calls = _message_calls()
    assert len(calls) > 100  # the scan finds the app's messages
    used: set[str] = set()
    for where, call in calls:
        first = call.args[0] if call.args else None
        assert isinstance(first, ast.Constant) and isinstance(first.value, str), (
            f"{where}: a message code is written out, so it can be checked and found"
        )
        code = first.value
        assert code in ENGLISH, f"{where}: {code!r} has no English template"
        assert all(k.arg is not None for k in call.keywords), f"{where}: pass parameters by name, not **"
        passed = {k.arg for k in call.keywords}
        wanted = _fields(ENGLISH[code])
        assert passed == wanted, f"{where}: {code!r} is given {sorted(passed)}, its template uses {sorted(wanted)}"
        used.add(code)
    assert set(ENGLISH) - used == set(), "templates no code of the app uses"


def test_every_code_is_dotted_and_every_template_formats() -> None:
    for code, template in ENGLISH.items():
        assert code == code.lower() and "." in code and " " not in code, code
        # Any value fills a template: numbers where it formats numbers, text elsewhere.
        numeric = {"count", "more", "length", "limit", "value", "serial", "created", "updated", "unchanged"}
        numeric |= {"missing", "month", "day", "year", "row", "depth", "below", "id", "errors"}
        numeric |= {"ratio", "megabytes", "cells", "max_columns", "max_cells", "byte"}  # excel/reader.py
        params = {f: 1 if f in numeric else f"<{f}>" for f in _fields(template)}
        for language in LANGUAGES:
            assert render(message(code, **params), language)


def _plain_text(node: ast.expr) -> bool:
    """A sentence written out in place: "text", f"text {x}", "a" + b, or "text".format(...)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value:
        return True
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp):
        return _plain_text(node.left) or _plain_text(node.right)
    if isinstance(node, ast.IfExp):
        return _plain_text(node.body) or _plain_text(node.orelse)
    return isinstance(node, ast.Call) and _name(node) == "format"


def _user_errors() -> set[str]:
    """Names of the errors a user sees: CivicError and every subclass the app defines."""
    names = {c.__name__ for c in vars(errors).values() if isinstance(c, type) and issubclass(c, errors.CivicError)}
    raised_below = {"WorkbookError", "ImportCancelledError", "ImportRefusedError", "UnmatchedColumnsError"}
    return names | raised_below | {"NotADatabaseError", "PasswordNeededError"}


@pytest.mark.parametrize("path", CODED, ids=lambda p: str(p.relative_to(APP)))
def test_no_user_facing_message_is_written_as_plain_text(path: Path) -> None:
    raised = _user_errors()
    for call in _calls(path):
        name = _name(call)
        if name in raised:
            given = call.args[:1]
        elif name == "_err_field":
            given = call.args[3:4]
        elif name == "_damaged":  # excel/reader.py: _damaged(file name, what is wrong)
            given = call.args[1:2]
        elif name == "error" and len(call.args) == 6:  # ImportContext.error(sheet, row, col, index, value, message)
            given = call.args[5:6]
        else:
            continue
        for arg in given:
            assert not _plain_text(arg), (
                f"{path.name}:{call.lineno}: {name}() is given text; give it message(code, ...)"
            )


def test_a_nested_message_renders_in_the_language_of_the_outer_one() -> None:
    inner = message("cell.not_a_number", what="Weight", text="heavy")
    outer = message("cell.invalid", problem=inner, accepts=message("accepts.number"))
    assert outer.render() == "Weight 'heavy' is not a number (accepted: a number such as 1234.5 or 1,234.5)"
    marked = {code: f"<{code}>" + " ".join("{" + f + "}" for f in sorted(_fields(t))) for code, t in ENGLISH.items()}
    assert outer.render(marked) == "<cell.invalid>{accepts} {problem}".format(
        accepts="<accepts.number>", problem="<cell.not_a_number>heavy Weight"
    )
    assert isinstance(outer.params["problem"], Message)


def test_an_unknown_code_is_refused() -> None:
    with pytest.raises(KeyError):
        message("no.such.code")


@pytest.mark.parametrize("language", ["ko", "zh_CN"])
def test_every_code_has_a_template_in_each_language_with_the_same_parameters(language: str) -> None:
    table = templates(language)
    assert untranslated(language) == [], f"{language} falls back to English for these codes"
    assert set(table) == set(ENGLISH), "templates for codes that do not exist"
    for code, template in table.items():
        assert _fields(template) == _fields(ENGLISH[code]), f"{language} {code!r} takes other parameters than English"


def test_a_message_renders_in_the_language_asked_for_with_its_nested_messages() -> None:
    missing = message("program.not_found", key="NOPE")
    assert render(missing, "en") == "No program with key 'NOPE'"
    assert render(missing, "ko") == "코드가 'NOPE'인 사업이 없습니다"
    assert render(missing, "zh_CN") == "没有编号为“NOPE”的项目"
    bad = message("cell.invalid", problem=message("status.unknown", text="soon", allowed="planned"), accepts="x")
    assert "상태 'soon'" in render(bad, "ko") and "가능한 값" in render(bad, "ko")
    assert "状态“soon”" in render(bad, "zh_CN")
    assert render("plain text", "ko") == "plain text"


@pytest.mark.parametrize(
    ("preference", "system", "expected"),
    [
        ("ko", ["en_US"], "ko"),
        ("zh_CN", [], "zh_CN"),
        ("system", ["ko_KR.UTF-8"], "ko"),
        (None, ["ko-KR", "en-US"], "ko"),
        (None, ["zh-Hans-CN"], "zh_CN"),
        (None, ["zh_CN.GB18030"], "zh_CN"),
        (None, ["de_DE", "en_GB"], "en"),
        (None, ["C"], "en"),
        ("klingon", [], "en"),
    ],
)
def test_the_language_is_the_chosen_one_else_the_systems_else_english(
    preference: str | None, system: list[str], expected: str
) -> None:
    assert pick_language(preference, system) == expected
