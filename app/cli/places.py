"""`civic-tracker places ...`: list the places the app knows, and add the office's own districts and neighbourhoods."""

from __future__ import annotations

import argparse
from typing import Any

from app.cli.common import open_database, print_json, say
from app.domain.enums import PlaceLevel
from app.domain.messages import message


def cmd_places_list(args: argparse.Namespace) -> int:
    from app.services.places import PlaceService

    places = PlaceService(open_database(args)).list_places()
    names = {p.id: p.name for p in places}
    if args.json:
        print_json(
            [
                {
                    "key": p.key,
                    "name": p.name,
                    "name_local": p.name_local,
                    "level": p.level.value,
                    "parent": names.get(p.parent_id) if p.parent_id is not None else None,
                    "path": p.path,
                }
                for p in places
            ]
        )
        return 0
    if not places:
        say(message("cli.places.none"))
    for p in places:
        local = f" ({p.name_local})" if p.name_local else ""
        print(f"{p.key:24} {p.level.value:13} {p.path}{local}")
    return 0


def cmd_places_add(args: argparse.Namespace) -> int:
    from app.services.places import PlaceService

    level = PlaceLevel(args.level) if args.level else None
    place = PlaceService(open_database(args)).add_place(args.name, args.local, args.parent, level)
    say(message("cli.places.added", level=place.level.value, key=place.key, path=place.path))
    return 0


def register(subparsers: Any) -> None:
    places = subparsers.add_parser("places", help="list the places the app knows, or add one of the office's")
    psub = places.add_subparsers(dest="places_command", metavar="ACTION", required=True)
    plist = psub.add_parser("list", help="every place, with the places above it")
    plist.add_argument("--json", action="store_true", help="print JSON: key, name, name_local, level, parent, path")
    plist.set_defaults(func=cmd_places_list)
    padd = psub.add_parser("add", help="add a place (a district or neighbourhood the office works in)")
    padd.add_argument("name", metavar="NAME", help="the place's name in English (Mapo-gu)")
    padd.add_argument("--local", metavar="NAME", help="its name in the local language (마포구)")
    padd.add_argument("--parent", metavar="PLACE", help="the place it is in: a key or a name (Seoul)")
    padd.add_argument(
        "--level",
        choices=[lv.value for lv in PlaceLevel],
        help="what kind of place (default: what its name says, or the level below its parent)",
    )
    padd.set_defaults(func=cmd_places_add)
