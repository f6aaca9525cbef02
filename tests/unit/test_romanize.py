"""Keys from Korean and Chinese titles: Hangul romanized by the Revised Romanization, Chinese still unique."""

from __future__ import annotations

import pytest

from app.domain import rules
from app.domain.romanize import romanize_hangul, syllable


@pytest.mark.parametrize(
    ("text", "latin"),
    [
        ("가", "ga"),  # the first syllable: initial g
        ("힣", "hit"),  # the last: ㅎ ㅣ ㅎ, a final ㅎ sounds as t
        ("닭", "dak"),  # a cluster by the consonant pronounced
        ("밖", "bak"),
        ("곧", "got"),
        ("밥", "bap"),
        ("달", "dal"),
        ("라", "ra"),
        ("쌍", "ssang"),
        ("의", "ui"),
        ("뭐", "mwo"),
        ("왜", "wae"),
    ],
)
def test_each_syllable_is_written_with_its_standard_letters(text: str, latin: str) -> None:
    assert syllable(text) == latin


def test_words_and_other_text_keep_their_places() -> None:
    assert romanize_hangul("마을공동체 지원센터") == "maeulgongdongche jiwonsenteo"
    assert romanize_hangul("Seoul 따릉이 2.0") == "Seoul ttareungi 2.0"
    assert romanize_hangul("社区 ㄱ") == "社区 ㄱ"  # Han and lone jamo are not syllables
    with pytest.raises(ValueError, match="not a Hangul syllable"):
        syllable("A")


@pytest.mark.parametrize(
    ("title", "key"),
    [
        ("나눔카", "NANUMKA"),
        ("마을공동체 지원센터", "MAEULGONGDONGCHE-JIWONSENTEO"),
        ("서울시 공유도시", "SEOULSI-GONGYUDOSI"),
        ("2026 주민참여예산", "2026-JUMINCHAMYEOYESAN"),
        ("Seoul 따릉이", "SEOUL-TTAREUNGI"),  # a mixed title keeps its ASCII words
        ("Nanumka (나눔카)", "NANUMKA"),  # a name given in both scripts appears once
        ("Café Seoul", "CAFE-SEOUL"),
        ("Ｓｅｏｕｌ ２０２６", "SEOUL-2026"),  # full-width letters as Korean and Chinese keyboards type them
        # 44 letters: cut at the last word boundary before 40.
        ("서울특별시 강동구 마을공동체 종합지원센터", "SEOULTEUKBYEOLSI-GANGDONGGU"),
    ],
)
def test_keys_from_korean_titles_are_readable(title: str, key: str) -> None:
    assert rules.make_key(title) == key
    assert rules.check_key(key) == key
    assert len(key) <= 40


def test_one_long_word_is_cut_at_forty_letters() -> None:
    assert rules.make_key("가" * 50) == "GA" * 20


def test_chinese_titles_get_keys_in_pinyin() -> None:
    taken: set[str] = set()
    for title in ("社区养老服务", "社区营造", "城市书房", "社区营造"):
        taken.add(rules.make_key(title, taken))
    assert taken == {"SHEQUYANGLAOFUWU", "SHEQUYINGZAO", "CHENGSHISHUFANG", "SHEQUYINGZAO-2"}
    # A character read by its word (重庆: chong, not zhong), and ü as u.
    assert [rules.make_key(t) for t in ("重庆市", "绿色出行", "2026年社区养老")] == [
        "CHONGQINGSHI",
        "LUSECHUXING",
        "2026-NIANSHEQUYANGLAO",
    ]
    # Digits alone would read as a year; the key still says it is a program.
    assert rules.make_key("2026") == "PROGRAM-2026"


def test_prefixed_keys_of_indicators_and_organizations() -> None:
    assert rules.make_key("월간 이용자 수", prefix="NANUMKA") == "NANUMKA-WOLGAN-IYONGJA-SU"
    assert rules.make_key("Rides per month", prefix="GREEN-WHEELS") == "GREEN-WHEELS-RIDES-PER-MONTH"
    # A Chinese name under a prefix, in pinyin; a name with no letters at all: the prefix and a number.
    first = rules.make_key("参与人数", prefix="GREEN-WHEELS")
    second = rules.make_key("志愿者人数", {first}, prefix="GREEN-WHEELS")
    assert (first, second) == ("GREEN-WHEELS-CANYURENSHU", "GREEN-WHEELS-ZHIYUANZHERENSHU")
    assert rules.make_key("上海市民政局", prefix="ORG") == "ORG-SHANGHAISHIMINZHENGJU"
    assert rules.make_key("★", prefix="ORG") == "ORG-1"


def test_the_names_one_cell_lists() -> None:
    assert rules.split_names("교통행정과, 도시계획과") == ["교통행정과", "도시계획과"]
    assert rules.split_names("区城管委、各街道") == ["区城管委", "各街道"]
    assert rules.split_names("도시계획과(도시재생팀, 경관팀)") == ["도시계획과(도시재생팀, 경관팀)"]
    assert rules.split_names("교통행정과\n(☎ 2091-1234)") == ["교통행정과"]
    assert rules.split_names("Ministry of Land, Infrastructure and Transport") == [
        "Ministry of Land, Infrastructure and Transport"
    ]
