"""Hangul in Latin letters by the Revised Romanization of Korean, for readable keys made from Korean titles.

Each precomposed syllable (U+AC00 to U+D7A3) is split arithmetically into its initial, medial and final
jamo and each is written with its standard letters, syllable by syllable: 마을공동체 -> maeulgongdongche.
The sound-change rules (assimilation across syllables, as in 신라 -> silla) are left out on purpose: a key
only has to be readable and stable, and letter-by-letter output is what people can predict from the title.
Chinese characters are written in pinyin (romanize_han), which needs a dictionary: pypinyin's.
"""

from __future__ import annotations

import functools

from app.domain.names import HAN_RUNS

FIRST_SYLLABLE = 0xAC00
LAST_SYLLABLE = 0xD7A3
_MEDIALS_TIMES_FINALS = 21 * 28

# In jamo order: ㄱ ㄲ ㄴ ㄷ ㄸ ㄹ ㅁ ㅂ ㅃ ㅅ ㅆ ㅇ ㅈ ㅉ ㅊ ㅋ ㅌ ㅍ ㅎ
INITIALS = ("g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h")
# ㅏ ㅐ ㅑ ㅒ ㅓ ㅔ ㅕ ㅖ ㅗ ㅘ ㅙ ㅚ ㅛ ㅜ ㅝ ㅞ ㅟ ㅠ ㅡ ㅢ ㅣ
MEDIALS = (
    "a",
    "ae",
    "ya",
    "yae",
    "eo",
    "e",
    "yeo",
    "ye",
    "o",
    "wa",
    "wae",
    "oe",
    "yo",
    "u",
    "wo",
    "we",
    "wi",
    "yu",
    "eu",
    "ui",
    "i",
)
# none ㄱ ㄲ ㄳ ㄴ ㄵ ㄶ ㄷ ㄹ ㄺ ㄻ ㄼ ㄽ ㄾ ㄿ ㅀ ㅁ ㅂ ㅄ ㅅ ㅆ ㅇ ㅈ ㅊ ㅋ ㅌ ㅍ ㅎ
# A final consonant is written as it sounds at the end of a syllable (ㄱ k, ㄷ t, ㅂ p, ㄹ l; a cluster
# by the consonant that is pronounced).
FINALS = (
    "",
    "k",
    "k",
    "k",
    "n",
    "n",
    "n",
    "t",
    "l",
    "k",
    "m",
    "l",
    "l",
    "l",
    "p",
    "l",
    "m",
    "p",
    "p",
    "t",
    "t",
    "ng",
    "t",
    "t",
    "k",
    "t",
    "p",
    "t",
)


def is_hangul_syllable(ch: str) -> bool:
    return FIRST_SYLLABLE <= ord(ch) <= LAST_SYLLABLE


def syllable(ch: str) -> str:
    """One precomposed Hangul syllable in Latin letters: '눔' -> 'num'."""
    index = ord(ch) - FIRST_SYLLABLE
    if not 0 <= index <= LAST_SYLLABLE - FIRST_SYLLABLE:
        raise ValueError(f"{ch!r} is not a Hangul syllable")
    initial, rest = divmod(index, _MEDIALS_TIMES_FINALS)
    medial, final = divmod(rest, 28)
    return INITIALS[initial] + MEDIALS[medial] + FINALS[final]


def romanize_hangul(text: str) -> str:
    """The text with every Hangul syllable written in Latin letters; everything else is left as it is.

    '마을공동체 지원센터' -> 'maeulgongdongche jiwonsenteo'; 'Seoul 따릉이 2.0' -> 'Seoul ttareungi 2.0'.
    """
    return text.translate(_syllables())


def romanize_han(text: str) -> str:
    """The text with each run of Chinese characters written in pinyin without tones, as one word (pypinyin,
    whose phrase dictionary picks a character's reading in its word); everything else as it is.

    '社区微更新' -> ' shequweigengxin '; '2026年社区养老' -> '2026 nianshequyanglao '.
    """
    if HAN_RUNS.search(text) is None:
        return text
    from pypinyin import Style, lazy_pinyin  # its dictionaries load only when a Chinese name needs a key

    return HAN_RUNS.sub(lambda m: " " + "".join(lazy_pinyin(m.group(0), style=Style.NORMAL, v_to_u=True)) + " ", text)


def reading_order(text: str) -> tuple[str, str]:
    """Where ``text`` comes in a list its reader reads, as a sort key: Chinese characters by their pinyin, as
    Chinese dictionaries and lists order them (their code points follow radicals and strokes, which a reader
    sees as no order at all); Hangul by its code points, which are in 가나다 order; Latin letters whatever
    their case. Texts that read the same keep the order of their characters."""
    return " ".join(romanize_han(text).split()).casefold(), text


@functools.cache
def _syllables() -> dict[int, str]:
    """Every syllable's Latin letters, worked out once: str.translate then runs in C (an import romanizes the
    title of every new program for its key). At first use, not at start: the 11,172 take a hundredth of a second."""
    return {code: syllable(chr(code)) for code in range(FIRST_SYLLABLE, LAST_SYLLABLE + 1)}
