"""Command line for history, the trash, and backups: `history`, `trash ...`, `db backups`, `db restore`."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from app import config


def _out(text: str) -> None:
    sys.stdout.write(text + "\n")


def _open(args: argparse.Namespace) -> Any:
    from app.services.database import open_database

    db, _report = open_database(config.database_url(args.db), actor=config.current_user(), seed=False)
    return db


def _local(value: Any) -> str:
    return str(value.astimezone().strftime("%Y-%m-%d %H:%M:%S"))


def _size(n: int) -> str:
    size = float(n)
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{n} B"


def _sqlite_file(args: argparse.Namespace) -> Path:
    from app.domain.errors import CivicError
    from app.store.database import Database

    url = config.database_url(args.db)
    path = Database(url).sqlite_path if url.startswith("sqlite") else None
    if path is None:
        raise CivicError("Backups are kept for SQLite files only; back up a server database with pg_dump")
    return path


# -- history ---------------------------------------------------------------------------------------
def cmd_history(args: argparse.Namespace) -> int:
    from app.services.history import HistoryFilter, HistoryService, parse_since

    flt = HistoryFilter(
        program_key=args.program,
        actor=args.person,
        since=parse_since(args.since) if args.since else None,
        actions=tuple(args.kind or ()),
        entity_types=tuple(args.record or ()),
    )
    page = HistoryService(_open(args)).list_changes(flt, limit=args.limit)
    if args.json:
        rows = [
            {
                "at": e.at.isoformat(timespec="seconds"),
                "actor": e.actor,
                "action": e.action,
                "record": e.entity_type,
                "record_id": e.entity_id,
                "record_key": e.entity_key,
                "program": e.program_key,
                "field": e.field,
                "old": e.old_value,
                "new": e.new_value,
                "import_batch": e.import_batch_id,
            }
            for e in page.rows
        ]
        _out(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    for e in page.rows:
        _out(f"{_local(e.at)}  {(e.actor or '?'):16} {e.describe()}")
    if page.total > len(page.rows):
        _out(f"... {page.total - len(page.rows)} older changes not shown (use --limit)")
    return 0


# -- trash -----------------------------------------------------------------------------------------
def cmd_trash_list(args: argparse.Namespace) -> int:
    from app.services.trash import TrashService

    items = TrashService(_open(args)).list_items()
    if args.json:
        rows = [
            {
                "kind": i.kind,
                "id": i.id,
                "key": i.key,
                "title": i.title,
                "program": i.program_key,
                "deleted_at": i.deleted_at.isoformat(timespec="seconds"),
                "tasks": i.tasks,
                "progress": i.progress,
                "indicators": i.indicators,
            }
            for i in items
        ]
        _out(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    if not items:
        _out("The trash is empty")
    for i in items:
        extra = f" (with {i.contents()})" if i.contents() else ""
        _out(f"{i.kind:9} {i.id:>6}  {_local(i.deleted_at)}  {i.key}: {i.title}{extra}")
    return 0


def cmd_trash_restore(args: argparse.Namespace) -> int:
    from app.services.trash import TrashService

    item = TrashService(_open(args)).restore(args.kind, args.id)
    _out(f"Restored {item.kind_label.lower()} {item.key}")
    return 0


def cmd_trash_empty(args: argparse.Namespace) -> int:
    from app.services.trash import TrashService

    service = TrashService(_open(args))
    count = service.count()
    if count == 0:
        _out("The trash is empty")
        return 0
    if not args.yes:
        sys.stderr.write(f"civic-tracker: this deletes {count} item(s) for good; run again with --yes\n")
        return 2
    report = service.empty()
    _out(
        f"Deleted for good: {report.programs} programs, {report.tasks} tasks, "
        f"{report.progress} progress entries, {report.indicators} indicators"
    )
    return 0


# -- backups ---------------------------------------------------------------------------------------
def cmd_db_backups(args: argparse.Namespace) -> int:
    from app.services.backups import list_backups

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
            }
            for b in backups
        ]
        _out(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    if not backups:
        _out(f"No backups of {path} yet")
        return 0
    for b in backups:
        _out(f"{b.taken_at:%Y-%m-%d %H:%M:%S}  {_size(b.size):>9}  {b.reason:22} {b.name}")
    return 0


def cmd_db_restore(args: argparse.Namespace) -> int:
    from app.services.backups import find_backup, restore_file

    path = _sqlite_file(args)
    backup = find_backup(path, args.backup)
    report = restore_file(path, backup)
    _out(f"Restored {path} from {report.restored_from}")
    if report.safety_backup:
        _out(f"The state before the restore was saved as {report.safety_backup}")
    if report.damaged_copy:
        _out(f"The damaged file was kept, unchanged, as {report.damaged_copy}")
    if report.upgraded_from:
        _out(f"The backup was upgraded from schema {report.upgraded_from} to the newest")
    return 0


def _subparsers_of(parser: argparse.ArgumentParser) -> Any:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return action
    raise LookupError("the 'db' command has no actions")


def register(subparsers: Any) -> None:
    """Add `history`, `trash` and the `db backups` / `db restore` actions to the command line."""
    hist = subparsers.add_parser("history", help="who changed what and when")
    hist.add_argument("--program", metavar="KEY", help="only this program (with its tasks, progress, indicators)")
    hist.add_argument("--since", metavar="DATE", help="from this day on (YYYY-MM-DD, or 7d for the last 7 days)")
    hist.add_argument("--person", metavar="NAME", help="only changes made by this person")
    hist.add_argument(
        "--kind",
        action="append",
        choices=("create", "update", "delete", "restore", "purge"),
        help="only this kind of change (repeatable)",
    )
    hist.add_argument(
        "--record",
        action="append",
        choices=("program", "task", "progress", "indicator", "indicator_value"),
        help="only changes of this kind of record (repeatable)",
    )
    hist.add_argument("--limit", type=int, default=1000, help="at most this many changes, newest first")
    hist.add_argument("--json", action="store_true", help="print JSON")
    hist.set_defaults(func=cmd_history)

    trash = subparsers.add_parser("trash", help="list, restore or empty the trash")
    tsub = trash.add_subparsers(dest="trash_command", metavar="ACTION", required=True)
    tlist = tsub.add_parser("list", help="what is in the trash")
    tlist.add_argument("--json", action="store_true", help="print JSON")
    tlist.set_defaults(func=cmd_trash_list)
    trestore = tsub.add_parser("restore", help="bring an item back whole")
    trestore.add_argument("kind", choices=("program", "task", "progress", "indicator"))
    trestore.add_argument("id", type=int, help="the number shown by 'trash list'")
    trestore.set_defaults(func=cmd_trash_restore)
    tempty = tsub.add_parser("empty", help="delete everything in the trash for good")
    tempty.add_argument("--yes", action="store_true", help="really do it (otherwise only says what it would do)")
    tempty.set_defaults(func=cmd_trash_empty)

    db = subparsers.choices["db"]
    dbsub = _subparsers_of(db)
    backups = dbsub.add_parser("backups", help="list the backups of the SQLite file with date and size")
    backups.add_argument("--json", action="store_true", help="print JSON")
    backups.set_defaults(func=cmd_db_backups)
    restore = dbsub.add_parser(
        "restore",
        help="restore a backup (the current state is backed up first; a damaged file is kept aside)",
    )
    restore.add_argument("backup", metavar="BACKUP", help="a name from 'db backups', a path, or 'newest'")
    restore.set_defaults(func=cmd_db_restore)
