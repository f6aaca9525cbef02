"""`civic-tracker people ...`: who there is, and anonymising a person on request."""

from __future__ import annotations

import argparse
from typing import Any

from app.cli.common import aligned, open_database, print_json, say, text
from app.cli.messages_help import help_text
from app.domain.messages import counted, message


def cmd_people_list(args: argparse.Namespace) -> int:
    from app.services.people import PeopleService

    rows = PeopleService(open_database(args)).list_people()
    if args.json:
        print_json([{"name": p.name, "name_local": p.name_local, "department": p.department} for p in rows])
        return 0
    lines = aligned(
        (
            p.name + (f" ({p.name_local})" if p.name_local else ""),
            p.department or "-",
            text(
                counted(
                    p.open_tasks,
                    message("cli.people.open_task_one", count=p.open_tasks),
                    message("cli.people.open_tasks", count=p.open_tasks),
                )
            ),
        )
        for p in rows
    )
    for line in lines:
        print(line)
    return 0


def cmd_people_add(args: argparse.Namespace) -> int:
    from app.services.people import PeopleService

    p = PeopleService(open_database(args)).save_person(
        args.name, name_local=args.local, department=args.department, contact=args.contact
    )
    print(f"{p.name}" + (f" ({p.name_local})" if p.name_local else "") + (f", {p.department}" if p.department else ""))
    return 0


def cmd_people_anonymise(args: argparse.Namespace) -> int:
    from app.services.people import PeopleService

    person = PeopleService(open_database(args)).anonymise(args.name)
    say(message("cli.people.anonymised", name=person.name))
    return 0


def register(subparsers: Any) -> None:
    people = subparsers.add_parser("people", help=help_text("people"))
    psub = people.add_subparsers(dest="people_command", metavar="ACTION", required=True)
    plist = psub.add_parser("list", help=help_text("people.list"))
    plist.add_argument("--json", action="store_true", help=help_text("option.json_readme"))
    plist.set_defaults(func=cmd_people_list)
    add = psub.add_parser("add", help=help_text("people.add"))
    add.add_argument("name", metavar="NAME", help=help_text("people.add.name"))
    add.add_argument("--local", metavar="NAME", help=help_text("people.add.local"))
    add.add_argument("--department", metavar="ORG", help=help_text("people.add.department"))
    add.add_argument("--contact", metavar="TEXT", help=help_text("people.add.contact"))
    add.set_defaults(func=cmd_people_add)
    anon = psub.add_parser("anonymise", aliases=["anonymize"], help=help_text("people.anonymise"))
    anon.add_argument("name", metavar="NAME", help=help_text("people.anonymise.name"))
    anon.set_defaults(func=cmd_people_anonymise)
