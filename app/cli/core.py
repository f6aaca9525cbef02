"""Command line core: the parser with its shared options, the command groups it registers, and exit status.

Exit status: 0 on success, 1 on bad input or a failed check (a CivicError, one line on stderr), 2 on wrong
usage (argparse, or a UsageError from a command).

``--lang`` (en, ko, zh_CN) picks the language of every human-readable line and error, of ``--help`` and of
argparse's usage errors, defaulting to the language in Preferences, else the system's; ``--json`` output is the
same in every language. The language is settled before the parser is built (help texts are filled in as it is),
so --lang is looked for in the arguments first (``asked_language``).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from app import config
from app.cli import db, gui, history, people, places, programs, progress, report, seed, tasks, trash, workbook
from app.cli.common import ArgumentParser, UsageError, close_opened, error_line, error_text, language, set_language
from app.cli.messages_help import argparse_words, help_text
from app.domain.errors import CivicError
from app.domain.messages import LANGUAGES

# The command groups, in the order `--help` lists them. Each module adds its commands in register().
GROUPS = (gui, db, seed, programs, progress, tasks, people, places, workbook, report, history, trash)


class _Version(argparse.Action):
    """--version: the version and the build date (finding the date may ask git, so only when asked)."""

    def __call__(self, parser: argparse.ArgumentParser, *_args: object, **_kwargs: object) -> None:
        from app.version import version_line

        sys.stdout.write(version_line() + "\n")
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    """The whole command line, its help in the command's language (common.set_language)."""
    parser = ArgumentParser(prog="civic-tracker", description=help_text("main.description"))
    parser.add_argument("--version", action=_Version, nargs=0, help=help_text("main.version"))
    parser.add_argument("--db", metavar="URL", help=help_text("main.db", variable=config.ENV_DB))
    parser.add_argument("--lang", choices=tuple(LANGUAGES), help=help_text("main.lang"))
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for group in GROUPS:
        group.register(sub)
    return parser


def asked_language(argv: Sequence[str]) -> str | None:
    """The language --lang asks for (``--lang ko`` or ``--lang=ko``), read before the parser exists; None when
    it asks for none the app speaks (the parser then refuses it, in the language Preferences or the system
    give)."""
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        if arg == "--lang":
            value = argv[i + 1] if i + 1 < len(argv) else None
        elif arg.startswith("--lang="):
            value = arg.partition("=")[2]
        else:
            continue
        return value if value in LANGUAGES else None
    return None


def main(argv: Sequence[str] | None = None) -> int:
    config.make_private()  # before the log file, the settings or the database are touched
    config.setup_logging()
    argv = list(sys.argv[1:] if argv is None else argv)
    set_language(config.interface_language(asked_language(argv)))
    with argparse_words(language()):
        parser = build_parser()
        args = parser.parse_args(argv)
        if not getattr(args, "func", None):
            shared = [*(["--db", args.db] if args.db else []), *(["--lang", args.lang] if args.lang else [])]
            args = parser.parse_args([*shared, "gui"])
    set_language(config.interface_language(args.lang))  # the same, unless --lang was abbreviated (--lan ko)
    try:
        result: int = args.func(args)
        return result
    except UsageError as exc:
        error_line(error_text(exc))
        return 2
    except CivicError as exc:
        error_line(error_text(exc))
        return 1
    except BrokenPipeError:
        return 0
    finally:
        close_opened()
        sys.stdout.flush()
