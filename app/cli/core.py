"""Command line core: the parser with its shared options, the command groups it registers, and exit status.

Exit status: 0 on success, 1 on bad input or a failed check (a CivicError, one line on stderr), 2 on wrong
usage (argparse, or a UsageError from a command).

``--lang`` (en, ko, zh_CN) picks the language of every human-readable line and error, defaulting to the
language in Preferences, else the system's; ``--json`` output is the same in every language. argparse's own
``--help`` and usage errors stay English.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from app import config
from app.cli import db, gui, history, people, places, programs, progress, report, seed, tasks, trash, workbook
from app.cli.common import UsageError, close_opened, error_line, error_text, set_language
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
    parser = argparse.ArgumentParser(
        prog="civic-tracker",
        description="Track civic programs, their tasks, progress and indicators; browse the case library.",
    )
    parser.add_argument("--version", action=_Version, nargs=0, help="show the version and build date and exit")
    parser.add_argument(
        "--db",
        metavar="URL",
        help=f"database URL (default: ${config.ENV_DB}, else a SQLite file in the user data folder)",
    )
    parser.add_argument(
        "--lang",
        choices=tuple(LANGUAGES),
        help="language of messages and human-readable output (default: the language in Preferences, else the "
        "system's); --json output is the same in every language",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for group in GROUPS:
        group.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    config.make_private()  # before the log file, the settings or the database are touched
    config.setup_logging()
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        shared = [*(["--db", args.db] if args.db else []), *(["--lang", args.lang] if args.lang else [])]
        args = parser.parse_args([*shared, "gui"])
    set_language(config.interface_language(args.lang))
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
