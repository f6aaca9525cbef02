"""`civic-tracker seed`: load or update the case library."""

from __future__ import annotations

import argparse
from typing import Any

from app.cli.common import open_database, say
from app.cli.messages_help import help_text
from app.domain.messages import message


def cmd_seed(args: argparse.Namespace) -> int:
    from app.services.seed import SeedService

    db = open_database(args, seed=False)
    report = SeedService(db).seed()
    say(
        message(
            "cli.seeded",
            cases=report.cases,
            created=report.created,
            updated=report.updated,
            unchanged=report.unchanged,
        )
    )
    return 0


def register(subparsers: Any) -> None:
    subparsers.add_parser("seed", help=help_text("seed")).set_defaults(func=cmd_seed)
