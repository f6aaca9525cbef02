"""`civic-tracker gui`: the main window, or one view rendered offscreen to a PNG."""

from __future__ import annotations

import argparse
from typing import Any

from app.cli.messages_help import help_text


def cmd_gui(args: argparse.Namespace) -> int:
    from app.ui import display

    # Before Qt is loaded: a screenshot renders offscreen; a window without a display is said so in one line.
    display.prepare(screenshot=bool(args.screenshot))
    # The database stack before Qt: once PySide6 is loaded it reads the source of every module imported after
    # it (its __feature__ check), about 0.1 s for SQLAlchemy, which opening the database needs. So are the
    # SQLite dialect (loaded when the engine is made) and the services the window reads from before it paints;
    # one missing here costs only that check.
    import sqlalchemy.dialects.sqlite  # noqa: F401

    import app.services.database  # noqa: F401
    from app.services import backups, dashboard, history, people, places, programs, tasks, trash, watch  # noqa: F401

    # Qt is loaded only here, so the other commands start without it.
    from app.ui.main import run_gui

    return run_gui(args)


def register(subparsers: Any) -> None:
    gui = subparsers.add_parser("gui", help=help_text("gui"))
    gui.add_argument("--screenshot", metavar="FILE", help=help_text("gui.screenshot"))
    gui.add_argument("--view", default="programs", help=help_text("gui.view"))
    gui.set_defaults(func=cmd_gui)
