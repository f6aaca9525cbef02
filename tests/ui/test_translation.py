"""Every string goes through tr(): with the Korean translation loaded, the window speaks Korean."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ["ko", "zh_CN"]
# %1..%99, %n, and {name} fields: what the code fills in must survive translation.
PLACEHOLDER = re.compile(r"%(?:\d+|n)|\{\w+\}")


def _ts(language: str) -> Path:
    return TRANSLATIONS / f"civic-tracker_{language}.ts"


def _messages(ts: Path) -> list[tuple[str, ET.Element]]:
    root = ET.parse(ts).getroot()
    return [
        (context.findtext("name") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def _translations(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


def _tool(name: str) -> str:
    """pyside6-lrelease / pyside6-lupdate beside this Python, else on PATH."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        pytest.skip(f"{name} is not installed")
    return found


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_is_translated(language: str) -> None:
    """No unfinished, empty, obsolete or vanished entry: the .ts holds exactly the window's strings, all done."""
    problems = []
    for context, message in _messages(_ts(language)):
        source = message.findtext("source") or ""
        kind = message.find("translation").get("type")  # type: ignore[union-attr]
        if kind is not None:
            problems.append(f"{context}: {source!r} is {kind}")
        elif not all(text.strip() for text in _translations(message)):
            problems.append(f"{context}: {source!r} has an empty translation")
    assert not problems, "\n".join(problems[:20]) + f"\n({len(problems)} in all)"


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_the_placeholders(language: str) -> None:
    """%1, %n and {name} appear in the translation as in the source, and an &-accelerator stays one."""
    problems = []
    for context, message in _messages(_ts(language)):
        source = message.findtext("source") or ""
        wanted = sorted(PLACEHOLDER.findall(source))
        accelerators = source.replace("&&", "").count("&")
        for text in _translations(message):
            if sorted(PLACEHOLDER.findall(text)) != wanted:
                problems.append(f"{context}: {source!r} -> {text!r}: placeholders differ")
            if text.replace("&&", "").count("&") != accelerators:
                problems.append(f"{context}: {source!r} -> {text!r}: accelerator differs")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_ts_holds_every_string_of_the_window(language: str, tmp_path: Path) -> None:
    """lupdate over app/ui finds no string the .ts lacks and none it should drop (run lupdate, then translate)."""
    copy = tmp_path / _ts(language).name
    shutil.copy(_ts(language), copy)
    sources = sorted(str(path) for path in (ROOT / "app" / "ui").rglob("*.py"))
    subprocess.run([_tool("pyside6-lupdate"), *sources, "-no-obsolete", "-silent", "-ts", str(copy)], check=True)

    def keys(ts: Path) -> set[tuple[str, str]]:
        return {(context, message.findtext("source") or "") for context, message in _messages(ts)}

    before, after = keys(_ts(language)), keys(copy)
    assert not after - before, f"strings in app/ui missing from the .ts: {sorted(after - before)[:20]}"
    assert not before - after, f"strings in the .ts no longer in app/ui: {sorted(before - after)[:20]}"


def test_no_string_is_translated_inside_an_f_string() -> None:
    """lupdate does not look inside an f-string: a tr() there never reaches the .ts, and the window shows it in
    English whatever the language (the case page's "Where each fact comes from" did)."""

    def translates(func: ast.expr) -> bool:
        name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
        return name in ("tr", "translate")

    found = []
    for path in sorted((ROOT / "app" / "ui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.JoinedStr):
                calls = (n for n in ast.walk(node) if isinstance(n, ast.Call) and translates(n.func))
                found += [f"{path.relative_to(ROOT)}:{call.lineno}" for call in calls]
    assert not found, f"tr() inside an f-string (give it a variable of its own): {found}"


def test_a_case_page_in_korean_names_its_sources_and_fields_in_korean(qtbot: Any, seeded_db: Any, prompts: Any) -> None:
    from app.ui.main import install_translations
    from app.ui.main_window import MainWindow

    app = QCoreApplication.instance()
    installed = install_translations(app, QLocale("ko_KR"))
    try:
        window = MainWindow(seeded_db, prompts=prompts, remember=False)
        qtbot.addWidget(window)
        window.open_program("CN-CSIA")
        window.detail_view.show_tab("sources")
        page = window.detail_view.sources.toPlainText()
        assert "각 항목의 출처" in page and "Where each fact comes from" not in page
        # The field names beside each quote are the form's labels without their mnemonic: 제목, not 제목(T).
        assert "제목" in page and "(T)" not in page
        assert window.detail_view.fields["title"].editor.accessibleName() == "제목"
        # The caption beside the field keeps its mnemonic (Alt+T), with the mark of its sources.
        assert window.detail_view.fields["title"].caption.text() == "제목(&T) ⓘ"
    finally:
        for translator in installed:
            app.removeTranslator(translator)


def test_a_date_reads_month_and_day_after_the_number_in_korean(qtbot: Any) -> None:
    """Korean writes 3월 14일: the month and day boxes showed "월 3" and "일 14"."""
    from app.domain.dates import PartialDate
    from app.ui.main import install_translations
    from app.ui.widgets import PartialDateEdit

    app = QCoreApplication.instance()
    installed = install_translations(app, QLocale("ko_KR"))
    try:
        edit = PartialDateEdit()
        qtbot.addWidget(edit)
        edit.set_value(PartialDate(2027, 3, 14))
        assert (edit.month.text(), edit.day.text()) == ("3월", "14일")
        assert edit.value() == PartialDate(2027, 3, 14)
    finally:
        for translator in installed:
            app.removeTranslator(translator)
    english = PartialDateEdit()
    qtbot.addWidget(english)
    english.set_value(PartialDate(2027, 3, 14))
    assert (english.month.text(), english.day.text()) == ("M 3", "D 14")


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_qm_is_compiled_from_the_ts(language: str, tmp_path: Path) -> None:
    """The packaged .qm is exactly what lrelease makes of the .ts now (re-run lrelease after editing the .ts)."""
    fresh = tmp_path / f"civic-tracker_{language}.qm"
    subprocess.run([_tool("pyside6-lrelease"), "-silent", str(_ts(language)), "-qm", str(fresh)], check=True)
    shipped = TRANSLATIONS / fresh.name
    assert shipped.exists(), f"{shipped.name} is missing: compile it with pyside6-lrelease"
    assert shipped.read_bytes() == fresh.read_bytes(), f"{shipped.name} is out of date: re-run pyside6-lrelease"


def test_the_korean_translation_is_used_for_the_window(qtbot: Any, seeded_db: Any, prompts: Any) -> None:
    from app.ui.main import install_translations
    from app.ui.main_window import MainWindow

    app = QCoreApplication.instance()
    installed = install_translations(app, QLocale("ko_KR"))
    try:
        assert installed, "civic-tracker_ko.qm should be found in resources/translations"
        window = MainWindow(seeded_db, prompts=prompts, remember=False)
        qtbot.addWidget(window)
        assert next(iter(window.navigator.pages().values())) == "사업"
        assert window.menu("file").title() == "파일(&F)"
        # The entries the history-and-trash plug-in adds are translated too, not left in English.
        navigator = window.navigator.pages()
        assert navigator["history"] == "변경 이력"
        assert navigator["trash"] == "휴지통"
        view_menu = [action.text() for action in window.menu("view").actions()]
        assert "휴지통(&T)" in view_menu
        assert "변경 이력(&I)" in view_menu
        file_menu = [action for action in window.menu("file").actions() if not action.isSeparator()]
        assert file_menu[-1] is window.quit_action, [action.text() for action in file_menu]
        window.show_view("cases")
        view = window.cases_view
        view.refresh_now()
        assert view.status_filter.itemText(2) == "진행 중"  # "Active", from the shared status labels
    finally:
        for translator in installed:
            app.removeTranslator(translator)


def test_the_chinese_translation_is_used_for_the_window(qtbot: Any, seeded_db: Any, prompts: Any) -> None:
    from app.ui.main import install_translations
    from app.ui.main_window import MainWindow

    app = QCoreApplication.instance()
    installed = install_translations(app, QLocale("zh_CN"))
    try:
        assert installed, "civic-tracker_zh_CN.qm should be found in resources/translations"
        window = MainWindow(seeded_db, prompts=prompts, remember=False)
        qtbot.addWidget(window)
        assert window.menu("file").title() == "文件(&F)"
        assert window.menu("edit").title() == "编辑(&E)"
        assert next(iter(window.navigator.pages().values())) == "项目"
        navigator = window.navigator.pages()
        assert navigator["trash"] == "回收站"
        assert navigator["cases"] == "案例库"
        window.show_view("cases")
        view = window.cases_view
        view.refresh_now()
        assert view.status_filter.itemText(2) == "进行中"  # "Active", from messages_zh_cn like the table's terms
        # Quit (退出) stays the File menu's last entry: the entries action modules add go above it.
        file_menu = [action for action in window.menu("file").actions() if not action.isSeparator()]
        assert file_menu[-1] is window.quit_action, [action.text() for action in file_menu]
    finally:
        for translator in installed:
            app.removeTranslator(translator)
