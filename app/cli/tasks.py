"""`civic-tracker tasks list`: the office's tasks across programs, by owner, program, overdue or due soon."""

from __future__ import annotations

import argparse
from typing import Any

from app.cli.common import UsageError, aligned, date_text, open_database, print_json, text
from app.cli.messages_help import help_text
from app.domain.enums import status_message
from app.domain.messages import message


def cmd_tasks_list(args: argparse.Namespace) -> int:
    from app.services import jsonview
    from app.services.tasks import TaskFilter, TaskService

    if args.due_within is not None and args.due_within < 0:
        raise UsageError(message("cli.tasks.due_within"))
    service = TaskService(open_database(args))
    rows = service.list_tasks(
        TaskFilter(owner=args.owner, program_key=args.program, overdue=args.overdue, due_within=args.due_within)
    )
    if args.json:
        print_json([jsonview.task_row(r) for r in rows])
        return 0
    late = " " + text(message("cli.tasks.overdue"))
    lines = aligned(
        (
            r.task.key,
            date_text(r.task.due_date) or "-",
            text(status_message(r.task.status)) if r.task.status else "-",
            r.task.owner or "-",
            r.task.title + (late if r.overdue else ""),
        )
        for r in rows
    )
    for line in lines:
        print(line)
    return 0


def register(subparsers: Any) -> None:
    tasks = subparsers.add_parser("tasks", help=help_text("tasks"))
    tsub = tasks.add_subparsers(dest="tasks_command", metavar="ACTION", required=True)
    tlist = tsub.add_parser("list", help=help_text("tasks.list"))
    tlist.add_argument("--owner", metavar="NAME", help=help_text("tasks.list.owner"))
    tlist.add_argument("--program", metavar="KEY", help=help_text("tasks.list.program"))
    tlist.add_argument("--overdue", action="store_true", help=help_text("tasks.list.overdue"))
    tlist.add_argument("--due-within", metavar="DAYS", type=int, help=help_text("tasks.list.due_within"))
    tlist.add_argument("--json", action="store_true", help=help_text("option.json_readme"))
    tlist.set_defaults(func=cmd_tasks_list)
