"""`civic-tracker trash ...`: list what is in the trash, restore an item whole, or empty it for good."""

from __future__ import annotations

import argparse
from typing import Any

from app.cli.common import UsageError, aligned, local_time, open_database, print_json, say, text
from app.cli.messages_help import help_text
from app.domain.enums import record_message
from app.domain.messages import message


def cmd_trash_list(args: argparse.Namespace) -> int:
    from app.services.trash import TrashService

    items = TrashService(open_database(args, seed=False)).list_items()
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
        print_json(rows)
        return 0
    if not items:
        say(message("cli.trash.empty"))
    rows = []
    for i in items:
        contents = i.contents()
        extra = " " + text(message("cli.trash.with", contents=contents)) if contents else ""
        rows.append((text(i.kind_label), str(i.id), local_time(i.deleted_at), f"{i.key}: {i.title}{extra}"))
    for line in aligned(rows, right={1}):  # the ids end in one column, as numbers do
        print(line)
    return 0


def cmd_trash_restore(args: argparse.Namespace) -> int:
    from app.services.trash import TrashService

    item = TrashService(open_database(args, seed=False)).restore(args.kind, args.id)
    say(message("cli.trash.restored", kind=record_message(item.kind), key=item.key))
    return 0


def cmd_trash_empty(args: argparse.Namespace) -> int:
    from app.services.trash import TrashService

    service = TrashService(open_database(args, seed=False))
    count = service.count()
    if count == 0:
        say(message("cli.trash.empty"))
        return 0
    if not args.yes:
        raise UsageError(message("cli.trash.confirm", count=count))
    report = service.empty()
    say(
        message(
            "cli.trash.emptied",
            programs=report.programs,
            tasks=report.tasks,
            progress=report.progress,
            indicators=report.indicators,
        )
    )
    return 0


def register(subparsers: Any) -> None:
    trash = subparsers.add_parser("trash", help=help_text("trash"))
    tsub = trash.add_subparsers(dest="trash_command", metavar="ACTION", required=True)
    tlist = tsub.add_parser("list", help=help_text("trash.list"))
    tlist.add_argument("--json", action="store_true", help=help_text("option.json"))
    tlist.set_defaults(func=cmd_trash_list)
    trestore = tsub.add_parser("restore", help=help_text("trash.restore"))
    trestore.add_argument(
        "kind", choices=("program", "task", "progress", "indicator"), help=help_text("trash.restore.kind")
    )
    trestore.add_argument("id", type=int, help=help_text("trash.restore.id"))
    trestore.set_defaults(func=cmd_trash_restore)
    tempty = tsub.add_parser("empty", help=help_text("trash.empty"))
    tempty.add_argument("--yes", action="store_true", help=help_text("trash.empty.yes"))
    tempty.set_defaults(func=cmd_trash_empty)
