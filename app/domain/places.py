"""Rules of places: the level a -gu, -dong, 구, 동, 区, 县 or 市 is, which place may hold which, and which places
are the office's own (the case library's are kept as its sources name them)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from app.domain.enums import PlaceLevel
from app.domain.messages import Message, message
from app.domain.names import compared, first_name, name_index
from app.domain.romanize import reading_order

# The prefix of the keys of places the office adds (PLACE-MAPO-GU); the seeded places never use it, so
# seeding, which upserts its places by their keys only, never touches a place of the office.
OFFICE_KEY_PREFIX = "PLACE"

# Larger places first: a place goes under one of a smaller rank number.
_RANK: dict[PlaceLevel, int] = {
    PlaceLevel.COUNTRY: 0,
    PlaceLevel.PROVINCE: 1,
    PlaceLevel.CITY: 2,
    PlaceLevel.DISTRICT: 3,
    PlaceLevel.NEIGHBOURHOOD: 4,
}

# Suffixes, longest first, and the level each names. Korean and Chinese districts and neighbourhoods, and the
# romanized forms offices write (Mapo-gu, Chang-dong).
_SUFFIXES: tuple[tuple[str, PlaceLevel], ...] = (
    ("특별시", PlaceLevel.CITY),
    ("광역시", PlaceLevel.CITY),
    ("街道", PlaceLevel.NEIGHBOURHOOD),
    ("-dong", PlaceLevel.NEIGHBOURHOOD),
    ("-gu", PlaceLevel.DISTRICT),
    ("-gun", PlaceLevel.DISTRICT),
    ("-si", PlaceLevel.CITY),
    (" district", PlaceLevel.DISTRICT),
    (" county", PlaceLevel.DISTRICT),
    (" city", PlaceLevel.CITY),
    (" province", PlaceLevel.PROVINCE),
    ("동", PlaceLevel.NEIGHBOURHOOD),
    ("구", PlaceLevel.DISTRICT),
    ("군", PlaceLevel.DISTRICT),
    ("시", PlaceLevel.CITY),
    ("도", PlaceLevel.PROVINCE),
    ("区", PlaceLevel.DISTRICT),
    ("县", PlaceLevel.DISTRICT),
    ("镇", PlaceLevel.NEIGHBOURHOOD),
    ("市", PlaceLevel.CITY),
    ("省", PlaceLevel.PROVINCE),
)

_BELOW: dict[PlaceLevel, PlaceLevel] = {
    PlaceLevel.COUNTRY: PlaceLevel.PROVINCE,
    PlaceLevel.PROVINCE: PlaceLevel.CITY,
    PlaceLevel.CITY: PlaceLevel.DISTRICT,
    PlaceLevel.DISTRICT: PlaceLevel.NEIGHBOURHOOD,
    PlaceLevel.NEIGHBOURHOOD: PlaceLevel.NEIGHBOURHOOD,
}


def level_from_name(name: str, parent: PlaceLevel | None = None) -> PlaceLevel | None:
    """The level a place's name says (Mapo-gu, 창동, 盐田区), else the level below its parent's, else None."""
    text = name.strip().lower()
    for suffix, level in _SUFFIXES:
        if text.endswith(suffix) and len(text) > len(suffix):
            return level
    return _BELOW[parent] if parent is not None else None


def level_inside(name: str, parent: PlaceLevel) -> PlaceLevel:
    """The level a place called ``name`` has inside a place of level ``parent``: what its name says, else the
    level below the parent's (a place with no suffix put in a district is a neighbourhood)."""
    return level_from_name(name, parent) or _BELOW[parent]


def may_go_in(name: str, parent: PlaceLevel) -> bool:
    """Whether a new place called ``name`` may be put inside a place of level ``parent``."""
    return fits_under(level_inside(name, parent), parent)


# Where a place of each level usually lies: a -동 in its -구, a -구 in its city. The import puts a new place
# there, and the preview offers those places first and only (any place it fits, when its name says no level).
_USUAL_PARENT: dict[PlaceLevel, PlaceLevel] = {
    PlaceLevel.NEIGHBOURHOOD: PlaceLevel.DISTRICT,
    PlaceLevel.DISTRICT: PlaceLevel.CITY,
}


def usual_parent(level: PlaceLevel) -> PlaceLevel | None:
    """The level of the place a new place of ``level`` goes in, when the import works it out itself."""
    return _USUAL_PARENT.get(level)


def offered_in(name: str, parent: PlaceLevel) -> bool:
    """Whether the preview offers a place of level ``parent`` to put a new place called ``name`` in: the level
    its kind usually lies in (a 동 in a district), or any it fits in when its name says no kind."""
    level = level_from_name(name)
    wanted = usual_parent(level) if level is not None else None
    return parent is wanted if wanted is not None else may_go_in(name, parent)


# Words ending like a district that are none: 연구 (research), 社区 (community), 园区 (a park) ...
_NOT_DISTRICTS = (
    *("연구", "지구", "요구", "사구", "가구", "용구", "도구", "학군", "지원구", "안전구", "보장구"),
    *("社区", "园区", "小区", "景区", "城区", "片区", "辖区", "街区", "校区", "保税区", "开发区", "示范区"),
    *("自贸区", "中心区", "红线区", "商业区", "工业区", "风景区"),
)
# A title that is about a district names it first, after a year or its city at most: "2024년 마포구 주요사업",
# "서울특별시 마포구 …", "深圳市福田区2024年重点项目", "福田区…". A district-like word later in a title (1인가구,
# 综合保税区, 开发区) is part of what the title says, not where the sheet is.
_LEADING_DISTRICT = re.compile(
    r"^[\s\[(（【<]*(?:\d{4}\s*[년年.]?\s*)?(?:[가-힣]{1,8}(?:특별시|광역시|시|도)\s+)?([가-힣]{1,5}[구군])(?![가-힣])"
    r"|^[\s\[(（【<]*(?:\d{4}\s*年?\s*)?(?:[\u4e00-\u9fff]{1,8}?[市省])?([\u4e00-\u9fff]{1,4}?[区县])"
)


def district_words(text: str) -> list[str]:
    """The district a title names first (마포구, 福田区 of 深圳市福田区, 양평군), as written; [] when it starts
    with no district."""
    m = _LEADING_DISTRICT.match(text)
    word = (m.group(1) or m.group(2)) if m is not None else None
    return [word] if word and not word.endswith(_NOT_DISTRICTS) else []


def fits_under(level: PlaceLevel, parent: PlaceLevel) -> bool:
    """Whether a place of ``level`` may sit inside one of ``parent``: a larger place holds a smaller one (a city
    may sit right under its country), and a neighbourhood may hold a smaller neighbourhood (a 통 of a 동)."""
    if level is PlaceLevel.NEIGHBOURHOOD and parent is PlaceLevel.NEIGHBOURHOOD:
        return True
    return _RANK[parent] < _RANK[level]


def fit_problem(level: PlaceLevel, parent: PlaceLevel, parent_name: str) -> Message | None:
    """Why a place of ``level`` cannot go inside ``parent_name`` (a place of level ``parent``), if it cannot."""
    if fits_under(level, parent):
        return None
    return message(
        "place.level_mismatch", level=level_message(level), parent_level=level_message(parent), parent=parent_name
    )


def is_office_place(key: str) -> bool:
    """Whether a place is one the office added (the seeded places of the case library are not)."""
    return key.upper().startswith(OFFICE_KEY_PREFIX + "-")


def level_message(level: PlaceLevel) -> Message:
    """The level's name as a message, so that each language names it from its own table."""
    return {
        PlaceLevel.COUNTRY: message("place_level.country"),
        PlaceLevel.PROVINCE: message("place_level.province"),
        PlaceLevel.CITY: message("place_level.city"),
        PlaceLevel.DISTRICT: message("place_level.district"),
        PlaceLevel.NEIGHBOURHOOD: message("place_level.neighbourhood"),
    }[level]


# Offices write 上海 for 上海市 and 서울 or 서울시 for 서울특별시.
_PLACE_SUFFIXES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("특별시", ("", "시")),
    ("광역시", ("", "시")),
    ("特别市", ("", "市")),
    ("市", ("",)),
    ("省", ("",)),
    ("区", ("",)),
    ("县", ("",)),
    ("구", ("",)),  # 강동구 is 강동 in a status sheet's 자치구 column
    ("군", ("",)),
)


def short_place_names(local: str) -> list[str]:
    """The everyday short forms of a local place name: its administrative suffix left off."""
    for suffix, endings in _PLACE_SUFFIXES:
        if local.endswith(suffix) and len(local) - len(suffix) >= 2:
            stem = local[: -len(suffix)]
            return [stem + e for e in endings]
    return []


def place_index(places: Iterable[Any]) -> dict[str, list[int]]:
    """Which places a typed name means: each place's key, English and local name as compared (names.compared:
    Gangdong-gu, gangdong gu, ＧＡＮＧＤＯＮＧ－ＧＵ alike), and a short local form (강동, 서울, 上海) where only one
    place has it and no place has it as its name. ``places``: rows with id, key, name and name_local, in id
    order. One home for the rule: the import (its catalog), the app and the command line (store/lookup.py)."""
    rows = list(places)
    index = name_index(rows)
    short: dict[str, set[int]] = {}
    for r in rows:
        for n in short_place_names(str(r.name_local or "")):
            short.setdefault(compared(n), set()).add(int(r.id))
    for n, ids in short.items():
        if len(ids) == 1 and n not in index:  # an ambiguous short form is no match at all
            index[n] = [ids.pop()]
    return index


def path_order(chain: Sequence[tuple[str, str | None]], language: str) -> tuple[tuple[str, str], ...]:
    """Where a place comes in a list of places for a reader of ``language``: by its path as names.place_path
    shows it (대한민국 > 서울특별시 > 강동구 before 도봉구 for a Korean reader, not Gangdong-gu after Dobong-gu),
    place by place from the country down, so that each place comes right after the place it is in."""
    return tuple(reading_order(first_name(name, local, language)) for name, local in chain)
