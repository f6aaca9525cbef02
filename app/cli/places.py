"""`civic-tracker places ...`: list the places the app knows; add, rename, name locally, move and merge the office's
own districts and neighbourhoods."""

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


def cmd_places_rename(args: argparse.Namespace) -> int:
    from app.services.places import PlaceService

    place = PlaceService(open_database(args)).rename(args.place, args.new_name)
    say(message("cli.places.renamed", key=place.key, path=place.path))
    return 0


def cmd_places_local(args: argparse.Namespace) -> int:
    from app.services.places import PlaceService

    place = PlaceService(open_database(args)).set_local_name(args.place, args.local_name)
    if place.name_local:
        say(message("cli.places.local_set", key=place.key, path=place.path, name=place.name_local))
    else:
        say(message("cli.places.local_cleared", key=place.key, path=place.path))
    return 0


def cmd_places_move(args: argparse.Namespace) -> int:
    from app.services.places import PlaceService

    place = PlaceService(open_database(args)).move(args.place, args.parent)
    say(message("cli.places.moved", key=place.key, path=place.path))
    return 0


def cmd_places_merge(args: argparse.Namespace) -> int:
    from app.services.places import PlaceService

    result = PlaceService(open_database(args)).merge(args.place, args.into)
    say(
        message(
            "cli.places.merged",
            name=args.place.strip(),
            key=result.into.key,
            path=result.into.path,
            programs=result.programs,
            organizations=result.organizations,
            places=result.places,
        )
    )
    return 0


def register(subparsers: Any) -> None:
    places = subparsers.add_parser(
        "places", help="list the places the app knows; add, rename, move or merge the office's own"
    )
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
    office = " (a place of the office: the case library's places are kept as its sources name them)"
    pren = psub.add_parser("rename", help="give a place another English name" + office)
    pren.add_argument("place", metavar="PLACE", help="the place: a key or a name")
    pren.add_argument("new_name", metavar="NEW", help="its new English name")
    pren.set_defaults(func=cmd_places_rename)
    ploc = psub.add_parser("local", help='set a place\'s name in the local language ("" clears it)' + office)
    ploc.add_argument("place", metavar="PLACE", help="the place: a key or a name")
    ploc.add_argument("local_name", metavar="NAME", help="its local name (마포구); empty to clear it")
    ploc.set_defaults(func=cmd_places_local)
    pmove = psub.add_parser("move", help="put a place inside another one" + office)
    pmove.add_argument("place", metavar="PLACE", help="the place: a key or a name")
    pmove.add_argument("--parent", metavar="PARENT", required=True, help="the place to put it in: a key or a name")
    pmove.set_defaults(func=cmd_places_move)
    pmerge = psub.add_parser(
        "merge", help="merge a place into another: its programs, organizations and places move, then it goes" + office
    )
    pmerge.add_argument("place", metavar="PLACE", help="the place to merge away: a key or a name")
    pmerge.add_argument("--into", metavar="OTHER", required=True, help="the place that remains: a key or a name")
    pmerge.set_defaults(func=cmd_places_merge)
