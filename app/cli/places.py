"""`civic-tracker places ...`: list the places the app knows; add, rename, name locally, move and merge the office's
own districts and neighbourhoods."""

from __future__ import annotations

import argparse
from typing import Any

from app.cli.common import aligned, language, open_database, print_json, say, text
from app.cli.messages_help import help_text
from app.domain.enums import PlaceLevel
from app.domain.messages import message
from app.domain.names import first_name, place_path
from app.domain.places import level_message, path_order


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
    lang = language()
    rows = []
    # JSON keeps the service's order (by English path), the same in every language; lines follow the reader's.
    for p in sorted(places, key=lambda p: path_order(p.chain, lang)):
        # The path in the reader's language (대한민국 > 서울특별시 > 도봉구), then the place's other name, by
        # which commands such as `places rename` know it too.
        shown = first_name(p.name, p.name_local, lang)
        other = p.name_local if shown == p.name else p.name
        also = f" ({other})" if other and other != shown else ""
        rows.append((p.key, text(level_message(p.level)), place_path(p.chain, lang) + also))
    for line in aligned(rows):
        print(line)
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
    places = subparsers.add_parser("places", help=help_text("places"))
    psub = places.add_subparsers(dest="places_command", metavar="ACTION", required=True)
    plist = psub.add_parser("list", help=help_text("places.list"))
    plist.add_argument("--json", action="store_true", help=help_text("places.list.json"))
    plist.set_defaults(func=cmd_places_list)
    padd = psub.add_parser("add", help=help_text("places.add"))
    padd.add_argument("name", metavar="NAME", help=help_text("places.add.name"))
    padd.add_argument("--local", metavar="NAME", help=help_text("places.add.local"))
    padd.add_argument("--parent", metavar="PLACE", help=help_text("places.add.parent"))
    padd.add_argument("--level", choices=[lv.value for lv in PlaceLevel], help=help_text("places.add.level"))
    padd.set_defaults(func=cmd_places_add)
    place = help_text("places.place")
    pren = psub.add_parser("rename", help=help_text("places.office_only", what=help_text("places.rename")))
    pren.add_argument("place", metavar="PLACE", help=place)
    pren.add_argument("new_name", metavar="NEW", help=help_text("places.rename.new_name"))
    pren.set_defaults(func=cmd_places_rename)
    ploc = psub.add_parser("local", help=help_text("places.office_only", what=help_text("places.local")))
    ploc.add_argument("place", metavar="PLACE", help=place)
    ploc.add_argument("local_name", metavar="NAME", help=help_text("places.local.name"))
    ploc.set_defaults(func=cmd_places_local)
    pmove = psub.add_parser("move", help=help_text("places.office_only", what=help_text("places.move")))
    pmove.add_argument("place", metavar="PLACE", help=place)
    pmove.add_argument("--parent", metavar="PARENT", required=True, help=help_text("places.move.parent"))
    pmove.set_defaults(func=cmd_places_move)
    pmerge = psub.add_parser("merge", help=help_text("places.office_only", what=help_text("places.merge")))
    pmerge.add_argument("place", metavar="PLACE", help=help_text("places.merge.place"))
    pmerge.add_argument("--into", metavar="OTHER", required=True, help=help_text("places.merge.into"))
    pmerge.set_defaults(func=cmd_places_merge)
