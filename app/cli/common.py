"""What every command of the command line shares: opening the database, usage errors, the language of its
human-readable lines, JSON, dates and times."""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable, Collection, Iterable, Sequence
from typing import TYPE_CHECKING, Any

from app import config
from app.domain.dates import PartialDate, display, display_time
from app.domain.errors import CivicError
from app.domain.messages import DEFAULT_LANGUAGE, Message, render

if TYPE_CHECKING:
    from app.store.database import Database


# The databases this command opened, closed cleanly when it ends (core.main).
_opened: list[Database] = []
# The language of every human-readable line (--lang, else Preferences, else the system); set by core.main.
_language = DEFAULT_LANGUAGE


class UsageError(Exception):
    """Wrong usage that argparse cannot see (a missing FILE, a missing --yes): exit 2."""

    def __init__(self, text: str | Message) -> None:
        super().__init__(str(text))
        self.message = text


def set_language(language: str) -> None:
    global _language
    _language = language


def language() -> str:
    return _language


def text(value: str | Message) -> str:
    """A message in the command's language; text that is not a message as it is."""
    return render(value, _language)


def say(value: str | Message) -> None:
    """One human-readable line on stdout, in the command's language."""
    sys.stdout.write(text(value) + "\n")


def columns(value: str) -> int:
    """How many terminal columns ``value`` takes: Korean and Chinese letters take two; what a terminal draws
    over the letter before it (a combining accent; the vowel and final consonant of a Hangul syllable kept in
    parts, as text copied from macOS may be) and invisible characters (a zero-width space) take none."""
    import unicodedata

    width = 0
    for c in value:
        if unicodedata.category(c) in ("Mn", "Me", "Cf") or "\u1160" <= c <= "\u11ff" or "\ud7b0" <= c <= "\ud7ff":
            continue
        width += 2 if unicodedata.east_asian_width(c) in "WF" else 1
    return width


def pad(value: str, width: int) -> str:
    """``value`` followed by spaces to ``width`` terminal columns."""
    return value + " " * max(0, width - columns(value))


def aligned(rows: Iterable[Sequence[str]], *, right: Collection[int] = ()) -> list[str]:
    """Rows of cells as lines, each column but the last as wide as its widest cell in terminal columns, two spaces
    after it: a long key or a Korean or Chinese word wider than usual moves the whole column, not one line. The
    columns numbered in ``right`` (numbers, sizes) end in the same place instead of starting there."""
    cells = [list(row) for row in rows]
    widths = [max(columns(row[i]) for row in cells) for i in range(len(cells[0]) - 1)] if cells else []

    def fit(i: int, cell: str, width: int) -> str:
        return " " * (width - columns(cell)) + cell if i in right else pad(cell, width)

    return [
        "  ".join([*(fit(i, c, w) for i, (c, w) in enumerate(zip(row[:-1], widths, strict=True))), row[-1]])
        for row in cells
    ]


# A piece of text a line may break after: a word with the spaces after it, or one Chinese character (Chinese
# is written without spaces and may break between any two characters; Korean breaks at spaces, like English).
_PIECE = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]\s*|[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]+\s*")


def wrap(value: str, width: int) -> list[str]:
    """``value`` in lines of at most ``width`` terminal columns (a single longer word keeps its own line)."""
    lines: list[str] = []
    line = ""
    for piece in _PIECE.findall(" ".join(value.split())):
        if line and columns(line + piece.rstrip()) > width:
            lines.append(line.rstrip())
            line = ""
        line += piece
    if line.strip():
        lines.append(line.rstrip())
    return lines


class HelpFormatter(argparse.HelpFormatter):
    """argparse's help layout, measured in terminal columns, so Korean and Chinese help wraps at the
    terminal's edge and the usage lines stay aligned under a Korean or Chinese "usage:"."""

    def _split_lines(self, text: str, width: int) -> list[str]:
        return wrap(text, width)

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        return "\n".join(indent + line for line in wrap(text, width - len(indent)))

    def _format_usage(self, usage: Any, actions: Any, groups: Any, prefix: str | None) -> str:
        text = super()._format_usage(usage, actions, groups, prefix)
        # argparse indents the usage's further lines by the prefix's length in characters.
        shown = argparse._("usage: ") if prefix is None else prefix  # type: ignore[attr-defined]
        extra = columns(shown) - len(shown)
        if not extra:
            return text
        first, *rest = text.split("\n")
        return "\n".join([first, *(" " * extra + line if line.strip() else line for line in rest)])


class ArgumentParser(argparse.ArgumentParser):
    """The command line's parsers (its subcommands' too): help laid out by HelpFormatter."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", HelpFormatter)
        super().__init__(*args, **kwargs)


def error_text(error: BaseException) -> str:
    """What an error says, in the command's language when it carries a message code."""
    if isinstance(error, CivicError) and error.message is not None:
        return text(error.message)
    if isinstance(error, UsageError):
        return text(error.message)
    return str(error)


def _terminal_password(where: str) -> str | None:
    import getpass

    try:
        return getpass.getpass(f"Password for {where}: ") or None
    except (EOFError, KeyboardInterrupt):
        return None


def password_prompt() -> Callable[[str], str | None] | None:
    """Ask on the terminal when there is one; otherwise the open fails with a message about ~/.pgpass."""
    return _terminal_password if sys.stdin.isatty() else None


def open_database(args: argparse.Namespace, *, seed: bool = True, upgrade: bool = True) -> Database:
    """The database chosen by --db (or the environment, or the default file), migrated and seeded as asked."""
    # Imported on use, like every service here: `--help` and `--version` should not wait for SQLAlchemy.
    from app.services.database import open_database as open_db

    db, _report = open_db(
        config.database_url(args.db),
        actor=config.current_user(),
        seed=seed,
        upgrade=upgrade,
        ask_password=password_prompt(),
        on_wait=error_line,
    )
    return opened(db)


def opened(db: Database) -> Database:
    """Have ``db`` closed cleanly when the command ends."""
    _opened.append(db)
    return db


def close_opened() -> None:
    """Close what the command opened, recording each SQLite file as closed cleanly (so the next opening
    checks the whole file only if something else changed it)."""
    if not _opened:
        return
    from app.services.database import close_database

    while _opened:
        close_database(_opened.pop())


def error_line(line: str | Message) -> None:
    """The one line on stderr that scripts and people read when a command fails."""
    sys.stderr.write(f"civic-tracker: {text(line)}\n")


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def local_time(value: Any) -> str:
    """A stored UTC time as the user's local wall-clock time, to the second, in the date style of Preferences."""
    return display_time(value.astimezone(), _language, config.load_preferences().date_style, seconds=True)


def date_text(value: PartialDate | None) -> str:
    """A partial date in the date style of Preferences (ISO unless the user chose the language's own)."""
    return display(value, _language, config.load_preferences().date_style)
