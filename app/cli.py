"""Command line: argument parsing only; every subcommand calls a service."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from app import __version__, config
from app.domain.errors import CivicError

log = logging.getLogger(__name__)

Handler = Callable[[argparse.Namespace], int]


class UsageError(Exception):
    """Wrong usage: exit 2."""


def _terminal_password(where: str) -> str | None:
    import getpass

    try:
        return getpass.getpass(f"Password for {where}: ") or None
    except (EOFError, KeyboardInterrupt):
        return None


def _password_prompt() -> Callable[[str], str | None] | None:
    """Ask on the terminal when there is one; otherwise the open fails with a message about ~/.pgpass."""
    return _terminal_password if sys.stdin.isatty() else None


def _open(args: argparse.Namespace, *, seed: bool = True, upgrade: bool = True) -> Any:
    from app.services.database import open_database

    db, _report = open_database(
        config.database_url(args.db),
        actor=config.current_user(),
        seed=seed,
        upgrade=upgrade,
        ask_password=_password_prompt(),
    )
    return db


def _print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


# -- handlers ------------------------------------------------------------------------------------
def cmd_gui(args: argparse.Namespace) -> int:
    from app.ui.main import run_gui

    return run_gui(args)


def cmd_db_upgrade(args: argparse.Namespace) -> int:
    from app.services.database import open_database

    db, report = open_database(
        config.database_url(args.db), actor=config.current_user(), seed=False, ask_password=_password_prompt()
    )
    if report.upgraded_from is None and not report.created:
        print(f"{db.describe()} is already at the newest schema")
    else:
        print(f"{db.describe()} upgraded from {report.upgraded_from or 'empty'} to the newest schema")
        if report.backup:
            print(f"Backup written first: {report.backup}")
    return 0


def cmd_db_current(args: argparse.Namespace) -> int:
    from app.services import connection
    from app.services.database import connect_server, current_revision
    from app.store.database import Database

    url = config.database_url(args.db)
    if connection.is_server_url(url):
        # Only look: connect (asking for a password if need be) without migrating anything.
        db = connect_server(url, config.current_user(), None, _password_prompt())
    else:
        db = Database(url)
    state = current_revision(db)
    status = "at head" if state.at_head else ("newer than this app" if state.newer_than_app else "needs upgrade")
    print(f"{state.current or 'empty'} (head {state.head}; {status})")
    return 0


def cmd_db_backup(args: argparse.Namespace) -> int:
    from app.services.database import backup_now

    db = _open(args, seed=False)
    path = backup_now(db, "manual", Path(args.path) if args.path else None)
    print(path)
    return 0


def cmd_seed(args: argparse.Namespace) -> int:
    from app.services.seed import SeedService

    db = _open(args, seed=False)
    report = SeedService(db).seed()
    print(f"{report.cases} cases: {report.created} created, {report.updated} updated, {report.unchanged} unchanged")
    return 0


def cmd_programs_list(args: argparse.Namespace) -> int:
    from app.domain.model import ProgramFilter
    from app.services import jsonview
    from app.services.programs import ProgramService

    service = ProgramService(_open(args))
    flt = ProgramFilter(is_case=True if args.cases else (False if args.own else None))
    rows = []
    offset = 0
    while True:
        page = service.list_programs(flt, sort="key", offset=offset, limit=1000, with_total=False)
        rows.extend(page.rows)
        if len(page.rows) < 1000:
            break
        offset += 1000
    if args.json:
        _print_json([jsonview.summary(p) for p in rows])
    else:
        for p in rows:
            status = p.status.value if p.status else "-"
            print(f"{p.key:28} {status:10} {'case' if p.is_case else 'own ':5} {p.title}")
    return 0


def cmd_programs_show(args: argparse.Namespace) -> int:
    from app.services import jsonview
    from app.services.programs import ProgramService

    program = ProgramService(_open(args)).get_program(args.key)
    data = jsonview.program(program)
    if args.json:
        _print_json(data)
        return 0
    print(f"{program.key}: {program.title}" + (f" ({program.local_title})" if program.local_title else ""))
    for label, value in (
        ("Place", program.place.path if program.place else None),
        ("Lead", program.lead_organization.name if program.lead_organization else None),
        ("Status", program.status.label if program.status else None),
        ("Start", program.start_date),
        ("End", program.end_date),
        ("Themes", ", ".join(program.themes) or None),
        ("Percent", f"{program.percent_complete:g}%" if program.percent_complete is not None else None),
    ):
        if value is not None:
            print(f"  {label:8} {value}")
    if program.summary:
        print(f"\n  {program.summary}")
    if program.tasks:
        print("\nTasks:")
        depth = {t.id: 0 for t in program.tasks}
        for t in program.tasks:
            if t.parent_id is not None:
                depth[t.id] = depth.get(t.parent_id, 0) + 1
            status = t.status.label if t.status else "-"
            print(f"  {'  ' * depth[t.id]}{t.key}  [{status}] {t.title}")
    if program.indicators:
        print("\nIndicators:")
        for i in program.indicators:
            values = ", ".join(f"{v.period}: {v.value:,.10g}" for v in i.values)
            print(f"  {i.name} ({i.unit or ''}): {values}")
    if program.progress:
        print("\nProgress:")
        for e in program.progress:
            print(f"  {e.entry_date}  {e.title}")
    if program.sources:
        print("\nSources:")
        for s in program.sources:
            print(f"  [{s.key}] {s.reference()}" + (f" <{s.url}>" if s.url else ""))
    return 0


# -- parser --------------------------------------------------------------------------------------
def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="civic-tracker",
        description="Track civic programs, their tasks, progress and indicators; browse the case library.",
    )
    parser.add_argument("--version", action="version", version=f"civic-tracker {__version__}")
    parser.add_argument(
        "--db",
        metavar="URL",
        help=f"database URL (default: ${config.ENV_DB}, else a SQLite file in the user data folder)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    gui = sub.add_parser("gui", help="open the main window (the default)")
    gui.add_argument("--screenshot", metavar="FILE", help="render a view offscreen to a PNG and exit")
    gui.add_argument("--view", default="programs", help="programs, cases, tasks, progress, dashboard or program:KEY")
    gui.set_defaults(func=cmd_gui)

    db = sub.add_parser("db", help="database maintenance")
    dbsub = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    dbsub.add_parser("upgrade", help="migrate the database to the newest schema").set_defaults(func=cmd_db_upgrade)
    dbsub.add_parser("current", help="show the schema revision").set_defaults(func=cmd_db_current)
    backup = dbsub.add_parser("backup", help="write a consistent copy of the SQLite file")
    backup.add_argument("path", nargs="?", help="where to write it (default: the backups folder beside the file)")
    backup.set_defaults(func=cmd_db_backup)

    sub.add_parser("seed", help="load or update the case library").set_defaults(func=cmd_seed)

    programs = sub.add_parser("programs", help="list or show programs")
    psub = programs.add_subparsers(dest="programs_command", metavar="ACTION", required=True)
    plist = psub.add_parser("list", help="list programs")
    plist.add_argument("--json", action="store_true", help="print JSON (see README)")
    which = plist.add_mutually_exclusive_group()
    which.add_argument("--cases", action="store_true", help="only the case library")
    which.add_argument("--own", action="store_true", help="only the office's own programs")
    plist.set_defaults(func=cmd_programs_list)
    pshow = psub.add_parser("show", help="show one program with everything that belongs to it")
    pshow.add_argument("key")
    pshow.add_argument("--json", action="store_true", help="print JSON (see README)")
    pshow.set_defaults(func=cmd_programs_show)

    for extend in _EXTENSIONS:
        extend(sub)
    return parser


# Other modules (export, import, history...) register their subcommands here.
_EXTENSIONS: list[Callable[[Any], None]] = []


def _load_extensions() -> None:
    import importlib

    for name in ("app.cli_excel", "app.cli_trust"):
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
            continue
        if module.register not in _EXTENSIONS:  # main() may run more than once in one process (tests)
            _EXTENSIONS.append(module.register)


def main(argv: Sequence[str] | None = None) -> int:
    config.setup_logging()
    _load_extensions()
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        args = parser.parse_args([*(["--db", args.db] if args.db else []), "gui"])
    try:
        result: int = args.func(args)
        return result
    except CivicError as exc:
        sys.stderr.write(f"civic-tracker: {exc}\n")
        return 1
    except BrokenPipeError:
        return 0
    finally:
        sys.stdout.flush()
