"""`civic-tracker programs ...`: list programs, show one with everything that belongs to it, or start a new one
(blank, or from a case of the library)."""

from __future__ import annotations

import argparse
from typing import Any

from app.cli.common import aligned, date_text, language, open_database, pad, print_json, say, text
from app.cli.messages_help import help_text
from app.domain.budget import unit_text
from app.domain.enums import ValueKind, status_message, value_kind_message
from app.domain.messages import message
from app.domain.names import display_title, first_name, place_path
from app.domain.sizes import human_size


def cmd_programs_list(args: argparse.Namespace) -> int:
    from app.domain.model import ProgramFilter, ProgramSummary
    from app.services import jsonview
    from app.services.programs import ProgramService

    service = ProgramService(open_database(args))
    # The search box's filter, read by the same service call: the CLI has no matching rule of its own.
    flt = ProgramFilter(text=args.search or "", is_case=True if args.cases else (False if args.own else None))
    rows: list[ProgramSummary] = []
    offset = 0
    while True:
        page = service.list_programs(flt, sort="key", offset=offset, limit=1000, with_total=False)
        rows.extend(page.rows)
        if len(page.rows) < 1000:
            break
        offset += 1000
    if args.json:
        print_json([jsonview.summary(p) for p in rows])
    else:
        case, own = text(message("cli.list.case")), text(message("cli.list.own"))
        lines = aligned(
            (
                p.key,
                text(status_message(p.status)) if p.status else "-",
                case if p.is_case else own,
                first_name(p.title, p.local_title, language()),  # the local title for a reader of its language
            )
            for p in rows
        )
        for line in lines:
            print(line)
    return 0


def cmd_programs_show(args: argparse.Namespace) -> int:
    from app.services import jsonview
    from app.services.programs import ProgramService

    program = ProgramService(open_database(args)).get_program(args.key)
    data = jsonview.program(program)
    if args.json:
        print_json(data)
        return 0
    lang = language()
    print(f"{program.key}: {display_title(program.title, program.local_title, lang)}")
    place, org = program.place, program.lead_organization
    for label, value in (
        (message("cli.show.place"), place_path(place.chain, lang) if place else None),
        (message("cli.show.lead"), first_name(org.name, org.name_local, lang) if org else None),
        (message("cli.show.status"), text(status_message(program.status)) if program.status else None),
        (message("cli.show.start"), date_text(program.start_date) or None),
        (message("cli.show.end"), date_text(program.end_date) or None),
        (message("cli.show.themes"), ", ".join(program.themes) or None),
        (
            message("cli.show.percent"),
            f"{program.percent_complete:g}%" if program.percent_complete is not None else None,
        ),
    ):
        if value is not None:
            print(f"  {pad(text(label), 8)} {value}")
    if program.summary:
        print(f"\n  {program.summary}")
    if program.tasks:
        say("\n" + text(message("cli.show.tasks")))
        depth = {t.id: 0 for t in program.tasks}
        for t in program.tasks:
            if t.parent_id is not None:
                depth[t.id] = depth.get(t.parent_id, 0) + 1
            status = text(status_message(t.status)) if t.status else "-"
            print(f"  {'  ' * depth[t.id]}{t.key}  [{status}] {t.title}")
    if program.indicators:
        say("\n" + text(message("cli.show.indicators")))
        for i in program.indicators:
            # A value says its kind unless it is an actual one: a plan and an actual of one date read alike.
            values = ", ".join(
                f"{date_text(v.period)}: {v.value:,.10g}"
                + ("" if v.kind is ValueKind.ACTUAL else f" ({text(value_kind_message(v.kind))})")
                for v in i.values
            )
            unit = f" ({unit_text(i.unit, language())})" if i.unit else ""
            print(f"  {i.name}{unit}: {values}")
    if program.progress:
        say("\n" + text(message("cli.show.progress")))
        for e in program.progress:
            print(f"  {date_text(e.entry_date)}  {e.title}")
            for a in e.attachments:
                print(f"      📎 {a.name} ({human_size(a.size)})")
    if program.sources:
        say("\n" + text(message("cli.show.sources")))
        for s in program.sources:
            print(f"  [{s.key}] {s.reference()}" + (f" <{s.url}>" if s.url else ""))
    return 0


def cmd_programs_new(args: argparse.Namespace) -> int:
    from app.domain.dates import parse_optional
    from app.services import jsonview
    from app.services.programs import ProgramDraft, ProgramService

    draft = ProgramDraft(
        title=args.title,
        key=args.key,
        place=args.place,
        lead_organization=args.lead,
        start_date=parse_optional(args.start),
    )
    program = ProgramService(open_database(args)).new_program(draft, from_case=args.from_case)
    if args.json:
        print_json(jsonview.program(program))
        return 0
    say(message("cli.programs.created", key=program.key, title=program.title))
    if program.based_on_key:
        say(
            message(
                "cli.programs.from_case",
                case=program.based_on_key,
                tasks=len(program.tasks),
                indicators=len(program.indicators),
            )
        )
    return 0


def register(subparsers: Any) -> None:
    programs = subparsers.add_parser("programs", help=help_text("programs"))
    psub = programs.add_subparsers(dest="programs_command", metavar="ACTION", required=True)
    plist = psub.add_parser("list", help=help_text("programs.list"))
    plist.add_argument("--json", action="store_true", help=help_text("option.json_readme"))
    plist.add_argument("--search", metavar="TEXT", help=help_text("programs.list.search"))
    which = plist.add_mutually_exclusive_group()
    which.add_argument("--cases", action="store_true", help=help_text("option.cases"))
    which.add_argument("--own", action="store_true", help=help_text("option.own"))
    plist.set_defaults(func=cmd_programs_list)
    pshow = psub.add_parser("show", help=help_text("programs.show"))
    pshow.add_argument("key", metavar="KEY", help=help_text("programs.show.key"))
    pshow.add_argument("--json", action="store_true", help=help_text("option.json_readme"))
    pshow.set_defaults(func=cmd_programs_show)
    pnew = psub.add_parser("new", help=help_text("programs.new"))
    pnew.add_argument("--title", required=True, metavar="TEXT", help=help_text("programs.new.title"))
    pnew.add_argument("--from-case", metavar="KEY", help=help_text("programs.new.from_case"))
    pnew.add_argument("--place", metavar="PLACE", help=help_text("programs.new.place"))
    pnew.add_argument("--start", metavar="DATE", help=help_text("programs.new.start"))
    pnew.add_argument("--lead", metavar="ORG", help=help_text("programs.new.lead"))
    pnew.add_argument("--key", metavar="KEY", help=help_text("programs.new.key"))
    pnew.add_argument("--json", action="store_true", help=help_text("programs.new.json"))
    pnew.set_defaults(func=cmd_programs_new)
