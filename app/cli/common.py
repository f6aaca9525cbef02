"""What every command of the command line shares: opening the database, usage errors, JSON and times."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from app import config

if TYPE_CHECKING:
    from app.store.database import Database


# The databases this command opened, closed cleanly when it ends (core.main).
_opened: list[Database] = []


class UsageError(Exception):
    """Wrong usage that argparse cannot see (a missing FILE, a missing --yes): exit 2."""


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
        on_wait=lambda notice: sys.stderr.write(f"civic-tracker: {notice}\n"),
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


def error_line(text: str) -> None:
    """The one line on stderr that scripts and people read when a command fails."""
    sys.stderr.write(f"civic-tracker: {text}\n")


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def local_time(value: Any) -> str:
    """A stored UTC time as the user's local wall-clock time, to the second."""
    return str(value.astimezone().strftime("%Y-%m-%d %H:%M:%S"))
