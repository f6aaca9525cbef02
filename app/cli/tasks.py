"""`civic-tracker tasks list`: the office's tasks across programs, by owner, program, overdue or due soon."""

from __future__ import annotations

import argparse
from typing import Any

from app.cli.common import UsageError, open_database, pad, print_json, text
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
    for r in rows:
        t = r.task
        status = text(status_message(t.status)) if t.status else "-"
        due = str(t.due_date) if t.due_date else "-"
        late = " " + text(message("cli.tasks.overdue")) if r.overdue else ""
        print(f"{t.key:28} {due:10} {pad(status, 10)} {pad(t.owner or '-', 16)} {t.title}{late}")
    return 0


def register(subparsers: Any) -> None:
    tasks = subparsers.add_parser("tasks", help="list tasks across programs")
    tsub = tasks.add_subparsers(dest="tasks_command", metavar="ACTION", required=True)
    tlist = tsub.add_parser("list", help="list the tasks of the office's own programs, soonest due first")
    tlist.add_argument("--owner", metavar="NAME", help="only tasks of this owner (name or local name, any case)")
    tlist.add_argument("--program", metavar="KEY", help="only tasks of this program")
    tlist.add_argument(
        "--overdue", action="store_true", help="only overdue tasks: due before today, not completed or cancelled"
    )
    tlist.add_argument(
        "--due-within", metavar="DAYS", type=int, help="only open tasks due within DAYS days (overdue ones included)"
    )
    tlist.add_argument("--json", action="store_true", help="print JSON (see README)")
    tlist.set_defaults(func=cmd_tasks_list)
