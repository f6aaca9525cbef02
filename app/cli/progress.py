"""`civic-tracker progress ...`: log what happened on a program or one of its tasks."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.cli.common import UsageError, date_text, open_database, print_json, say
from app.cli.messages_help import help_text
from app.domain.enums import status_message
from app.domain.messages import message
from app.domain.sizes import human_size


def cmd_progress_add(args: argparse.Namespace) -> int:
    from app.domain.dates import parse_optional
    from app.services import jsonview
    from app.services.attachments import read_file
    from app.services.programs import ProgramService

    percent = _percent(args.percent)
    # Every file read (and a too-large one refused) before anything is logged.
    files = [read_file(path) for path in args.attach or ()]
    service = ProgramService(open_database(args))
    task = service.find_task(args.key, args.task) if args.task else None
    entry = service.log_progress(
        args.key,
        args.title,
        entry_date=parse_optional(args.date),
        note=args.note,
        task_id=task.id if task else None,
        percent_complete=percent,
        author=args.author,
        attachments=files,
    )
    moved = service.find_task(args.key, task.key) if task else None
    if args.json:
        print_json(
            {
                "program": entry.program_key,
                "task": moved.key if moved else None,
                "date": entry.entry_date.iso(),
                "title": entry.title,
                "note": entry.note,
                "percent_complete": entry.percent_complete,
                "author": entry.author,
                "task_status": moved.status.value if moved and moved.status else None,
                "task_percent_complete": moved.percent_complete if moved else None,
                "attachments": [jsonview.attachment(a) for a in entry.attachments],
            }
        )
        return 0
    say(message("cli.progress.logged", program=entry.program_key, date=date_text(entry.entry_date), title=entry.title))
    if moved is not None:
        percent_text = f"{moved.percent_complete:g}%" if moved.percent_complete is not None else "-"
        status = status_message(moved.status) if moved.status else "-"
        say(message("cli.progress.task_now", key=moved.key, percent=percent_text, status=status))
    for a in entry.attachments:
        say(message("cli.progress.attached", name=a.name, size=human_size(a.size)))
    return 0


def cmd_progress_attachment(args: argparse.Namespace) -> int:
    """Write an attached file back to disk, byte for byte."""
    from app.services import jsonview
    from app.services.attachments import AttachmentService

    service = AttachmentService(open_database(args))
    found = service.named(args.program, args.name, args.entry)
    content = service.content(found.id)
    output = Path(args.output)
    try:
        output.write_bytes(content)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise UsageError(message("cli.progress.cannot_write", path=str(output), reason=reason)) from exc
    if args.json:
        print_json({"entry": found.progress_entry_id, **jsonview.attachment(found), "output": str(output)})
        return 0
    say(message("cli.progress.attachment_written", name=found.name, size=human_size(found.size), path=str(output)))
    return 0


def _percent(text: str | None) -> float | None:
    if text is None:
        return None
    try:
        return float(text.strip().rstrip("%"))
    except ValueError:
        raise UsageError(message("cli.progress.bad_percent", text=text)) from None


def register(subparsers: Any) -> None:
    progress = subparsers.add_parser("progress", help=help_text("progress"))
    psub = progress.add_subparsers(dest="progress_command", metavar="ACTION", required=True)
    add = psub.add_parser("add", help=help_text("progress.add"))
    add.add_argument("key", metavar="KEY", help=help_text("progress.add.key"))
    add.add_argument("--title", required=True, metavar="TEXT", help=help_text("progress.add.title"))
    add.add_argument("--task", metavar="TASKKEY", help=help_text("progress.add.task"))
    add.add_argument("--percent", metavar="P", help=help_text("progress.add.percent"))
    add.add_argument("--date", metavar="DATE", help=help_text("progress.add.date"))
    add.add_argument("--note", metavar="TEXT", help=help_text("progress.add.note"))
    add.add_argument("--author", metavar="NAME", help=help_text("progress.add.author"))
    add.add_argument("--attach", metavar="FILE", nargs="+", action="extend", help=help_text("progress.add.attach"))
    add.add_argument("--json", action="store_true", help=help_text("progress.add.json"))
    add.set_defaults(func=cmd_progress_add)
    attachment = psub.add_parser("attachment", help=help_text("progress.attachment"))
    attachment.add_argument("--program", required=True, metavar="KEY", help=help_text("progress.attachment.program"))
    attachment.add_argument("--name", required=True, metavar="NAME", help=help_text("progress.attachment.name"))
    attachment.add_argument("--entry", type=int, metavar="ID", help=help_text("progress.attachment.entry"))
    attachment.add_argument("--output", required=True, metavar="FILE", help=help_text("progress.attachment.output"))
    attachment.add_argument("--json", action="store_true", help=help_text("progress.attachment.json"))
    attachment.set_defaults(func=cmd_progress_attachment)
