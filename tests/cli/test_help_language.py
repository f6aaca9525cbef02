"""`--help` and argparse's usage errors in the user's language: a Korean or Chinese user meets no English
sentence on the command line unless they chose English."""

from __future__ import annotations

import argparse
import ast
import re
import string
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.cli import main
from app.cli.common import set_language
from app.cli.core import build_parser
from app.cli.messages_help import ENGLISH, tables

CLI = Path(__file__).resolve().parents[2] / "app" / "cli"

# Words that stay as they are in every language: names of formats, programs and files, the values a user types
# (--view's views, place names given as examples, JSON keys, 'newest') and date patterns.
KEPT = {
    "JSON", "README", "SQLite", "URL", "PDF", "PNG", "MB", "Excel", "LibreOffice", "xlsx", "xlsm", "xls", "ods",
    "csv", "YYYY-MM-DD", "Mapo-gu", "Seoul", "newest", "backups",
    "programs", "cases", "tasks", "progress", "dashboard", "my-tasks", "program", "timeline", "person", "TAB",
    "key", "name", "name_local", "level", "parent", "path",
}  # fmt: skip


@pytest.fixture(autouse=True)
def _wide_terminal(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("COLUMNS", "100")  # the same wrapping whatever terminal runs the tests
    yield
    set_language("en")  # main() leaves the language it chose for the rest of the process


def _parsers(parser: argparse.ArgumentParser) -> Iterator[argparse.ArgumentParser]:
    """The parser and every subcommand's parser under it, each once (an alias names the same parser)."""
    yield parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            seen: set[int] = set()
            for sub in action.choices.values():
                if id(sub) not in seen:
                    seen.add(id(sub))
                    yield from _parsers(sub)


def _names(parser: argparse.ArgumentParser) -> set[str]:
    """What the parser itself names: commands, options, metavars and choices (typed as they are)."""
    names = set(parser.prog.split())
    for action in parser._actions:
        names.update(action.option_strings)
        metavar = action.metavar if isinstance(action.metavar, str) else action.dest
        names.update(re.findall(r"[A-Za-z][\w-]*", metavar or ""))
        names.update({action.dest, action.dest.upper()})  # argparse's metavar when none is given
        names.update(str(choice) for choice in action.choices or ())
    return names


COMMANDS = [parser.prog.split()[1:] for parser in _parsers(build_parser())]
# Help may name any command, option or metavar of the command line ("see: programs list --cases").
NAMES = set().union(*(_names(parser) for parser in _parsers(build_parser())))


def _english_words(text: str, allowed: set[str]) -> list[str]:
    """The English words left in ``text`` once the names of options and commands, metavars, choices, example
    values and environment variables are taken out."""
    text = re.sub(r"\$\w+|(?<![\w-])--?[\w-]+", " ", text)  # $CIVIC_TRACKER_DB, --since, -h
    words = re.findall(r"[A-Za-z][A-Za-z_-]*[A-Za-z]", text)
    return [w for w in words if w not in allowed and w not in KEPT]


def _help(capsys: pytest.CaptureFixture[str], lang: str, command: list[str]) -> str:
    with pytest.raises(SystemExit) as done:
        main(["--lang", lang, *command, "--help"])
    assert done.value.code == 0
    out, err = capsys.readouterr()
    assert err == ""
    return out


def test_the_check_finds_english_in_english_help(capsys: pytest.CaptureFixture[str]) -> None:
    out = _help(capsys, "en", ["tasks", "list"])
    assert {"usage", "options", "only", "due", "overdue"} <= set(_english_words(out, set()))
    assert "only" in _english_words(out, NAMES)


@pytest.mark.parametrize("lang", ["ko", "zh_CN"])
@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c) or "civic-tracker")
def test_every_help_is_in_the_language_asked_for(
    capsys: pytest.CaptureFixture[str], lang: str, command: list[str]
) -> None:
    out = _help(capsys, lang, command)
    assert _english_words(out, NAMES) == [], out
    assert ("사용법: " if lang == "ko" else "用法: ") in out


def test_help_is_korean_and_chinese_throughout(capsys: pytest.CaptureFixture[str]) -> None:
    out = _help(capsys, "ko", [])
    assert out.startswith("사용법: civic-tracker [-h]")
    assert "위치 인수:" in out and "옵션:" in out and "이 도움말을 보여 주고 끝냅니다" in out
    assert "programs            사업 목록을 보거나 사업 하나를 봅니다" in out
    out = _help(capsys, "ko", ["programs"])
    assert "list      사업 목록을 보여 줍니다" in out
    out = _help(capsys, "zh_CN", ["tasks", "list"])
    assert out.startswith("用法: civic-tracker tasks list [-h]")
    assert "选项:" in out and "显示此帮助信息后退出" in out and "仅逾期任务：完成时限早于今天且未完成、未取消" in out
    out = _help(capsys, "zh_CN", ["export"])
    assert "计划中、进行中、暂停、已完成、已取消" in out  # the statuses by their Chinese names, which --status reads


def test_korean_and_chinese_help_wraps_at_the_terminal_edge(capsys: pytest.CaptureFixture[str]) -> None:
    from app.cli.common import columns

    for lang, usage in (("ko", "사용법: "), ("zh_CN", "用法: ")):
        out = _help(capsys, lang, ["progress", "add"])
        lines = out.splitlines()
        assert lines[0].startswith(usage + "civic-tracker progress add")
        assert max(columns(line) for line in lines) <= 100
        # The usage's further lines start under the first option, after the translated "usage:".
        first = lines[0].index("[-h]")
        assert lines[1].index("[") == columns(lines[0][:first]), out


def _usage_error(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    with pytest.raises(SystemExit) as done:
        main(list(argv))
    assert done.value.code == 2
    out, err = capsys.readouterr()
    assert out == ""
    return err


def test_a_korean_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    err = _usage_error(capsys, "--lang", "ko", "programs", "frobnicate")
    assert err.startswith("사용법: civic-tracker programs [-h] ACTION ...\n")
    assert err.endswith(
        "civic-tracker programs: 오류: 인수 ACTION: 잘못된 선택: 'frobnicate' ('list', 'show', 'new' 중에서 고르세요)\n"
    ) or err.endswith(  # Python before 3.12.8 quotes the choices with repr, after it with str
        "civic-tracker programs: 오류: 인수 ACTION: 잘못된 선택: 'frobnicate' (list, show, new 중에서 고르세요)\n"
    )
    err = _usage_error(capsys, "--lang", "ko", "tasks", "list", "--sideways")
    assert err.endswith(": 오류: 알 수 없는 인수: --sideways\n")  # said by the main parser or the subcommand's
    err = _usage_error(capsys, "--lang", "ko", "export", "out.xlsx", "--own", "--cases")
    assert err.endswith("civic-tracker export: 오류: 인수 --cases: 인수 --own와(과) 함께 쓸 수 없습니다\n")


def test_a_chinese_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    err = _usage_error(capsys, "--lang", "zh_CN", "progress", "add")
    assert err.startswith("用法: civic-tracker progress add [-h] --title TEXT")
    assert err.endswith("civic-tracker progress add: 错误: 缺少以下必需参数: KEY, --title\n")
    err = _usage_error(capsys, "--lang=zh_CN", "tasks", "list", "--due-within", "soon")
    assert err.endswith("civic-tracker tasks list: 错误: 参数 --due-within: 无效的 int 值: 'soon'\n")
    err = _usage_error(capsys, "--lang", "zh_CN", "history", "--since")
    assert err.endswith("civic-tracker history: 错误: 参数 --since: 需要一个值\n")


def test_without_lang_help_follows_the_preference_then_the_system(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from app import config

    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "ko_KR.UTF-8")
    with pytest.raises(SystemExit):
        main(["--help"])
    assert "휴지통 목록을 보거나 복원하거나 비웁니다" in capsys.readouterr().out
    config.save_preferences(config.Preferences(language="zh_CN"))
    assert "错误: 参数 ACTION: 无效的选择" in _usage_error(capsys, "trash", "burn")
    assert "error: argument ACTION: invalid choice" in _usage_error(capsys, "--lang", "en", "trash", "burn")
    # A language the app does not speak is refused in the language the user would otherwise get.
    assert "错误: 参数 --lang: 无效的选择: 'fr'" in _usage_error(capsys, "--lang", "fr", "trash", "list")


def test_english_stays_english_and_argparse_is_left_as_it_was(capsys: pytest.CaptureFixture[str]) -> None:
    _usage_error(capsys, "--lang", "ko", "programs", "frobnicate")
    err = _usage_error(capsys, "--lang", "en", "programs", "frobnicate")
    assert err.startswith("usage: civic-tracker programs") and "error: argument ACTION: invalid choice" in err
    # Any other parser in the process speaks argparse's own English again.
    other = argparse.ArgumentParser(prog="other")
    assert other.format_help().startswith("usage: other [-h]") and "show this help message and exit" in (
        other.format_help()
    )


def test_report_and_export_share_their_program_filters() -> None:
    parsers = {p.prog: p for p in _parsers(build_parser())}

    def filters(prog: str) -> list[tuple[object, ...]]:
        parser = parsers[prog]
        shared = {"--program", "--own", "--cases", "--place", "--status", "--since"}
        found = [
            (tuple(a.option_strings), a.metavar, type(a).__name__, a.help if a.dest != "since" else None)
            for a in parser._actions
            if shared & set(a.option_strings)
        ]
        exclusive = [{a.dest for a in g._group_actions} for g in parser._mutually_exclusive_groups]
        return [*found, ("exclusive", exclusive)]

    assert filters("civic-tracker report") == filters("civic-tracker export")
    assert len(filters("civic-tracker report")) == 7
    assert ("exclusive", [{"own", "cases"}]) in filters("civic-tracker export")


# -- the tables


def _fields(template: str) -> set[str]:
    return {name for _t, name, _s, _c in string.Formatter().parse(template) if name is not None}


def _percent(template: str) -> list[str]:
    return sorted(re.findall(r"%(?:\(\w+\))?[sdr%]", template))


@pytest.mark.parametrize("lang", ["ko", "zh_CN"])
def test_every_help_code_has_its_translation_with_the_same_placeholders(lang: str) -> None:
    words, argparse_words = tables(lang)
    assert set(words) == set(ENGLISH)
    for code, template in words.items():
        assert _fields(template) == _fields(ENGLISH[code]), code
        assert _percent(template) == _percent(ENGLISH[code]), code  # argparse %-formats help: 100%% stays 100%%
    assert set(argparse_words) == set(tables("ko")[1])
    for msgid, template in argparse_words.items():
        assert _percent(template) == _percent(msgid), msgid


def test_every_help_code_is_used_and_written_out() -> None:
    used: set[str] = set()
    for path in CLI.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "help_text":
                first = node.args[0]
                assert isinstance(first, ast.Constant), f"{path.name}:{node.lineno}: write the code out"
                assert first.value in ENGLISH, f"{path.name}:{node.lineno}: {first.value!r} has no text"
                assert {k.arg for k in node.keywords} == _fields(ENGLISH[first.value]), first.value
                used.add(first.value)
    assert set(ENGLISH) - used == set()
