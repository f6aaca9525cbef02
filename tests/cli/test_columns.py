"""The command line's lists stay in line in a terminal, whatever letters their cells are written in."""

from __future__ import annotations

import unicodedata

from app.cli.common import aligned


def test_a_column_starts_in_the_same_place_after_wide_letters_and_letters_in_parts() -> None:
    """Korean and Chinese letters take two columns; a Hangul syllable kept in parts (text copied from macOS), an
    accent typed after its letter and a zero-width space take only what the terminal shows."""
    in_parts = unicodedata.normalize("NFD", "도봉구")
    assert len(in_parts) == 7
    assert aligned(
        [
            ("Dobong-gu", "district"),
            ("도봉구", "구"),
            (in_parts, "구"),
            ("盐田区", "区"),
            ("Cafe\u0301", "café"),
            ("zero\u200bwidth", "-"),
        ]
    ) == [
        "Dobong-gu  district",
        "도봉구     구",
        in_parts + "     구",
        "盐田区     区",
        "Cafe\u0301       café",
        "zero\u200bwidth  -",
    ]


def test_a_cell_longer_than_usual_moves_its_whole_column() -> None:
    key = "NIGHT-BUSES-FOR-THE-WHOLE-DISTRICT-PILOT-2027"
    assert aligned([("PARK", "进行中", "本单位", "口袋公园"), (key, "-", "案例", "Night buses")]) == [
        "PARK" + " " * (len(key) - 4) + "  进行中  本单位  口袋公园",
        key + "  -       案例    Night buses",
    ]
    assert aligned([]) == []
