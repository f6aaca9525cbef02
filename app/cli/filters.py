"""The program filters that `report` and `export` share: one declaration of --program, --own/--cases, --place,
--status and --since, and one reading of them."""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.cli.common import text
from app.cli.messages_help import help_text
from app.domain.enums import Status, status_message
from app.domain.messages import message

if TYPE_CHECKING:
    from app.domain.dates import PartialDate


def add_program_filters(parser: argparse.ArgumentParser, *, since_help: str) -> None:
    """Add the filters to ``parser``; ``since_help`` says what --since does for this command."""
    parser.add_argument("--program", metavar="KEY", action="append", help=help_text("filter.program"))
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--own", action="store_true", help=help_text("option.own"))
    which.add_argument("--cases", action="store_true", help=help_text("option.cases"))
    parser.add_argument("--place", metavar="NAME", help=help_text("filter.place"))
    # The statuses by their names in the reader's language: Status.parse reads them in every language.
    statuses = help_text("list.separator").join(text(status_message(s)) for s in Status)
    parser.add_argument("--status", metavar="S", action="append", help=help_text("filter.status", statuses=statuses))
    parser.add_argument("--since", metavar="DATE", help=since_help)


@dataclass(frozen=True)
class ProgramFilters:
    program_keys: tuple[str, ...]
    place: str | None
    statuses: tuple[Status, ...]
    cases: bool | None  # True: only the case library; False: only the office's own; None: both
    since: PartialDate | None


def read_program_filters(args: argparse.Namespace) -> ProgramFilters:
    """The filters as typed, checked: a status or a --since date it cannot read is a ValidationError."""
    import datetime as dt

    from app.domain.dates import PartialDate, parse_since
    from app.domain.errors import ValidationError

    statuses = tuple(Status.parse(s) for s in (args.status or []))  # its message quotes the bad status
    since: PartialDate | None = None
    try:
        if args.since:  # as history --since reads it: 2024.3.1, 2024년 3월, 7d
            said = parse_since(args.since, dt.date.today())
            since = PartialDate.of_date(said.date()) if isinstance(said, dt.datetime) else said
    except ValidationError as exc:  # "Month 13 is not between 1 and 12" alone does not say where
        problem = exc.message if exc.message is not None else str(exc)
        raise ValidationError(message("cli.filter.bad_since", problem=problem)) from None  # it quotes the value
    return ProgramFilters(
        program_keys=tuple(k.upper() for k in (args.program or [])),
        place=args.place,
        statuses=statuses,
        cases=True if args.cases else (False if args.own else None),
        since=since,
    )
