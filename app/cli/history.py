"""`civic-tracker history`: who changed what and when."""

from __future__ import annotations

import argparse
from typing import Any

from app.cli.common import aligned, local_time, open_database, print_json, say, text
from app.cli.messages_help import help_text
from app.domain.messages import message


def cmd_history(args: argparse.Namespace) -> int:
    from app.services.history import HistoryFilter, HistoryService, parse_since

    flt = HistoryFilter(
        program_key=args.program,
        actor=args.person,
        since=parse_since(args.since) if args.since else None,
        actions=tuple(args.kind or ()),
        entity_types=tuple(args.record or ()),
    )
    page = HistoryService(open_database(args, seed=False)).list_changes(flt, limit=args.limit)
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
        print_json(rows)
        return 0
    for line in aligned((local_time(e.at), e.actor or "?", text(e.description())) for e in page.rows):
        print(line)
    if page.total > len(page.rows):
        say(message("cli.history.older", count=page.total - len(page.rows)))
    return 0


def register(subparsers: Any) -> None:
    hist = subparsers.add_parser("history", help=help_text("history"))
    hist.add_argument("--program", metavar="KEY", help=help_text("history.program"))
    hist.add_argument("--since", metavar="DATE", help=help_text("history.since"))
    hist.add_argument("--person", metavar="NAME", help=help_text("history.person"))
    hist.add_argument(
        "--kind",
        action="append",
        choices=("create", "update", "delete", "restore", "purge"),
        help=help_text("history.kind"),
    )
    hist.add_argument(
        "--record",
        action="append",
        choices=("program", "task", "progress", "indicator", "indicator_value"),
        help=help_text("history.record"),
    )
    hist.add_argument("--limit", type=int, default=1000, help=help_text("history.limit"))
    hist.add_argument("--json", action="store_true", help=help_text("option.json"))
    hist.set_defaults(func=cmd_history)
