"""`civic-tracker report FILE.pdf`: a program's report, or a meeting brief of several, printed to PDF."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app import config
from app.cli.common import language, open_database, say
from app.cli.filters import add_program_filters, read_program_filters
from app.cli.messages_help import help_text
from app.domain.messages import message


def cmd_report(args: argparse.Namespace) -> int:
    from app.services.report import ReportOptions, ReportService

    filters = read_program_filters(args)
    options = ReportOptions(
        program_keys=filters.program_keys,
        place=filters.place,
        statuses=filters.statuses,
        cases=filters.cases,
        since=filters.since,
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
    report = subparsers.add_parser("report", help=help_text("report"), description=help_text("report.description"))
    report.add_argument("file", metavar="FILE.pdf", help=help_text("report.file"))
    add_program_filters(report, since_help=help_text("report.since"))
    report.set_defaults(func=cmd_report)
