"""`civic-tracker gui`: the main window, or one view rendered offscreen to a PNG."""

from __future__ import annotations

import argparse
from typing import Any

from app.cli.messages_help import help_text


def cmd_gui(args: argparse.Namespace) -> int:
    from app import config
    from app.services.startup import opens_as_it_is
    from app.ui import display

    # Before Qt is loaded: a screenshot renders offscreen; a window without a display is said so in one line.
    display.prepare(screenshot=bool(args.screenshot))
    # Nearly every start opens a SQLite file at head that the app closed cleanly: then the window paints first
    # and the database stack is imported after (app/ui/main.py). Otherwise opening comes before the window, and
    # the database stack is imported before Qt: once PySide6 is loaded it reads the source of every module
    # imported after it (its __feature__ check), about 0.1 s for SQLAlchemy. So are the SQLite dialect (loaded
    # when the engine is made) and the services the window reads from; one missing here costs only that check.
    paint_first = not args.screenshot and args.view == "programs" and opens_as_it_is(config.database_url(args.db))
    if not paint_first:
        import sqlalchemy.dialects.sqlite  # noqa: F401

        import app.services.database  # noqa: F401
        from app.services import backups, dashboard, history, people, places, programs, tasks, trash, watch  # noqa: F401

    # Qt is loaded only here, so the other commands start without it.
    from app.ui.main import run_gui

    return run_gui(args, paint_first=paint_first)


def register(subparsers: Any) -> None:
    gui = subparsers.add_parser("gui", help=help_text("gui"))
    gui.add_argument("--screenshot", metavar="FILE", help=help_text("gui.screenshot"))
    gui.add_argument("--view", default="programs", help=help_text("gui.view"))
    gui.set_defaults(func=cmd_gui)
