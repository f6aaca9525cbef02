"""`civic-tracker report FILE.pdf`: a program's report, or a meeting brief of several, printed to PDF."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app import config
from app.cli.common import language, open_database, say
from app.domain.messages import message


def cmd_report(args: argparse.Namespace) -> int:
    from app.domain.dates import PartialDate
    from app.domain.enums import Status
    from app.domain.errors import ValidationError
    from app.services.report import ReportOptions, ReportService

    statuses = tuple(Status.parse(s) for s in (args.status or []))  # its message quotes the bad status
    try:
        since = PartialDate.parse(args.since) if args.since else None
    except ValidationError as exc:  # "Month 13 is not between 1 and 12" alone does not say where
        problem = exc.message if exc.message is not None else str(exc)
        raise ValidationError(message("cli.report.bad_since", value=args.since, problem=problem)) from None
    options = ReportOptions(
        program_keys=tuple(args.program or ()),
        place=args.place,
        statuses=statuses,
        cases=True if args.cases else (False if args.own else None),
        since=since,
    )
    report = ReportService(open_database(args)).gather(options)
    # Qt is loaded only here (as for `gui --screenshot`): the report is laid out and painted by the UI layer.
    from app.ui.report_pdf import ensure_application, write_pdf

    ensure_application()
    path = Path(args.file)
    pages = write_pdf(report, path, language(), config.load_preferences().date_style)
    say(message("cli.report.written", path=str(path), programs=len(report.programs), pages=pages))
    return 0


def register(subparsers: Any) -> None:
    report = subparsers.add_parser(
        "report",
        help="print a program's report, or a meeting brief of several programs, to a PDF file",
        description="One program: its title block, task tree, progress since --since, indicator charts and "
        "sources. Several programs: a meeting brief (a line per program, overdue tasks, progress since --since), "
        "then a page per program. Headings are in the --lang language.",
    )
    report.add_argument("file", metavar="FILE.pdf", help="the PDF file to write")
    report.add_argument("--program", action="append", metavar="KEY", help="a program to report on (repeat for several)")
    which = report.add_mutually_exclusive_group()
    which.add_argument("--own", action="store_true", help="only the office's own programs")
    which.add_argument("--cases", action="store_true", help="only the case library")
    report.add_argument("--place", metavar="NAME", help="only programs in this place or the places under it")
    report.add_argument(
        "--status", action="append", metavar="S", help="only programs with this status (repeat for several)"
    )
    report.add_argument("--since", metavar="DATE", help="list progress since DATE (default: the last 30 days)")
    report.set_defaults(func=cmd_report)
