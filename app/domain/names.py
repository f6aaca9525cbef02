"""Which of a thing's two names a reader sees first: the local one when it is written in the reader's language.

A program has a title (English) and a local title (도봉구 지속가능발전, 盐田区生态文明); a place and an
organization have a name and a local name. A Korean reader sees the Korean name first, a Chinese reader the
Chinese one; everybody else (and a Korean reader looking at a Chinese place) sees the English name first.
The language a local name is written in is read off its letters: Hangul is Korean, Chinese characters with no
Hangul (and no Japanese kana) are Chinese. One home for the rule: the window's lists, the program page, the
command line's human output and the meeting workbook all call it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Any

# Chinese characters (CJK Unified Ideographs and Extension A), a run of them at a time.
HAN_RUNS = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]+")


def is_han(ch: str) -> bool:
    return HAN_RUNS.match(ch) is not None


def written_in(text: str | None) -> str | None:
    """ko or zh_CN when ``text`` is written in Korean or Chinese letters, else None."""
    if not text:
        return None
    han = False
    for ch in text:
        if "\uac00" <= ch <= "\ud7a3" or "\u1100" <= ch <= "\u11ff" or "\u3130" <= ch <= "\u318f":
            return "ko"
        if "\u3040" <= ch <= "\u30ff":  # kana: Japanese, which the app does not speak
            return None
        if is_han(ch):
            han = True
    return "zh_CN" if han else None


def local_first(local: str | None, language: str) -> bool:
    """Whether the local name comes first for a reader of ``language`` (en, ko, zh_CN)."""
    return bool(local) and written_in(local) == language


def first_name(name: str, local: str | None, language: str) -> str:
    """The one name to show where there is room for one: the local name in the reader's language, else the
    English name (or the local one when there is no other)."""
    if local and (local_first(local, language) or not name):
        return local
    return name


def display_title(title: str, local: str | None, language: str) -> str:
    """Both names, the reader's first: "도봉구 지속가능발전 (Dobong-gu sustainable development governance)" for a
    Korean reader, "Dobong-gu sustainable development governance (도봉구 지속가능발전)" for an English one."""
    if not local or local == title:
        return title or (local or "")
    if not title:
        return local
    if local_first(local, language):
        return f"{local} ({title})"
    return f"{title} ({local})"


def place_path(chain: Sequence[tuple[str, str | None]], language: str) -> str:
    """A place's path from its country down, each place by its name in the reader's language:
    "대한민국 > 서울특별시 > 도봉구" for a Korean reader, "South Korea > Seoul > Dobong-gu" for others."""
    return " > ".join(first_name(name, local, language) for name, local in chain)


# -- names as compared ------------------------------------------------------------------------------------------
_PUNCT = re.compile(r"[\s_\-./:()\[\]*#%]+")


class _Marks(dict[int, int | None]):
    """A str.translate table that drops symbols and control characters (Unicode categories S and C), learnt
    character by character: the text is walked in C, and a character's category is looked up once."""

    def __missing__(self, code: int) -> int | None:
        keep = None if unicodedata.category(chr(code)).startswith(("S", "C")) else code
        self[code] = keep
        return keep


_MARKS = _Marks()


@lru_cache(maxsize=4096)
def compared(text: str) -> str:
    """A name or a header as compared with another: full-width forms, case, spaces, punctuation and marks
    people add left out. 'Gangdong-gu', 'gangdong gu' and 'ＧＡＮＧＤＯＮＧ－ＧＵ' compare equal, as do 'Start date*'
    and 'START_DATE'. One home for the rule: the import's headers and look-ups, and every look-up of a place or
    an organization by what a person types (store/lookup.py)."""
    raw = unicodedata.normalize("NFKC", text).strip().lower()
    if raw == "%":
        return "%"
    # Drop marks people add to headers: "Title *", "Status ▼", "Key 🔒".
    return _PUNCT.sub("", raw.translate(_MARKS))


def name_index(rows: Iterable[Any]) -> dict[str, list[int]]:
    """Which rows a typed name means: each row's key, English and local name as compared (``compared``), to the
    ids of the rows that have it, in the rows' order. ``rows``: with id, key, name and name_local. The places'
    index (places.place_index) adds their short forms; organizations are found by this alone."""
    index: dict[str, list[int]] = {}
    for r in rows:
        for n in {compared(str(n)) for n in (r.key, r.name, r.name_local) if n}:
            index.setdefault(n, []).append(int(r.id))
    return index
