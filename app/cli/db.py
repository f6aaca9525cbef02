"""`civic-tracker db ...`: schema upgrade and revision, backups of the SQLite file, the second backup folder,
and restoring a backup."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app import config
from app.cli.common import (
    UsageError,
    aligned,
    error_line,
    local_time,
    open_database,
    opened,
    password_prompt,
    print_json,
    say,
    text,
)
from app.cli.messages_help import help_text
from app.domain.messages import message
from app.domain.sizes import human_size


def cmd_db_upgrade(args: argparse.Namespace) -> int:
    from app.services.database import open_database as open_db

    db, report = open_db(
        config.database_url(args.db), actor=config.current_user(), seed=False, ask_password=password_prompt()
    )
    opened(db)
    if report.upgraded_from is None and not report.created:
        say(message("cli.db.at_head", database=db.describe()))
    else:
        if report.upgraded_from:
            say(message("cli.db.upgraded", database=db.describe(), revision=report.upgraded_from))
        else:
            say(message("cli.db.created", database=db.describe()))
        if report.backup:
            say(message("cli.db.backup_first", path=str(report.backup)))
    return 0


def cmd_db_current(args: argparse.Namespace) -> int:
    from app.services import connection
    from app.services.database import connect_server, current_revision
    from app.store.database import Database

    url = config.database_url(args.db)
    if connection.is_server_url(url):
        # Only look: connect (asking for a password if need be) without migrating anything.
        db = connect_server(url, config.current_user(), None, password_prompt())
    else:
        db = Database(url)
    state = current_revision(db)
    if state.at_head:
        status = message("cli.db.at_head_state")
    elif state.newer_than_app:
        status = message("cli.db.newer_state")
    else:
        status = message("cli.db.behind_state")
    current = state.current or message("cli.db.empty")
    say(message("cli.db.revision", current=current, head=state.head, state=status))
    return 0


def cmd_db_backup(args: argparse.Namespace) -> int:
    from app.services.backups import backup_to, take_backup

    db = open_database(args, seed=False)
    if args.path:
        print(backup_to(db, Path(args.path)))
        return 0
    made = take_backup(db, "manual")
    print(made.path)  # first line: the backup, for scripts
    if made.second_copy is not None:
        say(message("cli.db.second_copy", path=str(made.second_copy)))
    for warning in made.warnings:
        error_line(message("cli.warning", text=warning))
    return 0


def cmd_db_second_folder(args: argparse.Namespace) -> int:
    from app.services.backups import second_folder, set_second_folder

    if args.off and args.folder:
        raise UsageError(message("cli.db.folder_or_off"))
    if args.off:
        folder = set_second_folder(None)
    elif args.folder:
        folder = set_second_folder(Path(args.folder))
    else:
        folder = second_folder()
    if folder is None:
        say(message("cli.db.no_second_folder"))
    elif folder.from_environment:
        say(message("cli.db.second_folder_env", path=str(folder.path), variable=config.ENV_BACKUP_DIR))
    else:
        print(folder.path)
    return 0


def _sqlite_file(args: argparse.Namespace) -> Path:
    from app.domain.errors import CivicError
    from app.store.database import Database

    url = config.database_url(args.db)
    path = Database(url).sqlite_path if url.startswith("sqlite") else None
    if path is None:
        raise CivicError(message("cli.db.sqlite_only"))
    return path


def cmd_db_backups(args: argparse.Namespace) -> int:
    from app.services.backups import list_backups, reason_label

    path = _sqlite_file(args)
    backups = list_backups(path)
    if args.json:
        rows = [
            {
                "name": b.name,
                "path": str(b.path),
                "taken_at": b.taken_at.isoformat(timespec="seconds"),
                "reason": b.reason,
                "size": b.size,
                "automatic": b.automatic,
                "verified": b.verified,
            }
            for b in backups
        ]
        print_json(rows)
        return 0
    if not backups:
        say(message("cli.db.no_backups", path=str(path)))
        return 0
    checked, not_checked = text(message("cli.db.checked")), text(message("cli.db.not_checked"))
    rows = [
        (
            local_time(b.taken_at),  # a naive local time: astimezone() keeps its wall-clock time
            human_size(b.size),
            checked if b.verified else not_checked,
            text(reason_label(b.reason)),
            b.name,
        )
        for b in backups
    ]
    for line in aligned(rows, right={1}):  # the sizes end in one column, as numbers do
        print(line)
    return 0


def cmd_db_restore(args: argparse.Namespace) -> int:
    from app.services.backups import find_backup, restore_file

    path = _sqlite_file(args)
    backup = find_backup(path, args.backup)
    report = restore_file(path, backup)
    say(message("cli.db.restored", path=str(path), backup=str(report.restored_from)))
    if report.safety_backup:
        say(message("cli.db.restore_safety", path=str(report.safety_backup)))
    if report.damaged_copy:
        say(message("cli.db.restore_damaged", path=str(report.damaged_copy)))
    if report.upgraded_from:
        say(message("cli.db.restore_upgraded", revision=report.upgraded_from))
    return 0


def register(subparsers: Any) -> None:
    db = subparsers.add_parser("db", help=help_text("db"))
    dbsub = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    dbsub.add_parser("upgrade", help=help_text("db.upgrade")).set_defaults(func=cmd_db_upgrade)
    dbsub.add_parser("current", help=help_text("db.current")).set_defaults(func=cmd_db_current)
    backup = dbsub.add_parser("backup", help=help_text("db.backup"))
    backup.add_argument("path", nargs="?", help=help_text("db.backup.path"))
    backup.set_defaults(func=cmd_db_backup)
    second = dbsub.add_parser("second-folder", help=help_text("db.second_folder", variable=config.ENV_BACKUP_DIR))
    second.add_argument("folder", nargs="?", metavar="FOLDER", help=help_text("db.second_folder.folder"))
    second.add_argument("--off", action="store_true", help=help_text("db.second_folder.off"))
    second.set_defaults(func=cmd_db_second_folder)
    backups = dbsub.add_parser("backups", help=help_text("db.backups"))
    backups.add_argument("--json", action="store_true", help=help_text("option.json"))
    backups.set_defaults(func=cmd_db_backups)
    restore = dbsub.add_parser("restore", help=help_text("db.restore"))
    restore.add_argument("backup", metavar="BACKUP", help=help_text("db.restore.backup"))
    restore.set_defaults(func=cmd_db_restore)
