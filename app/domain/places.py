"""What a place's name says about it: the level a -gu, -dong, 구, 동, 区, 县 or 市 is."""

from __future__ import annotations

from app.domain.enums import PlaceLevel

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
