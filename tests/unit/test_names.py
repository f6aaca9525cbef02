"""Which name a reader sees first: the local one when it is written in the reader's language."""

from __future__ import annotations

import pytest

from app.domain.names import display_title, first_name, place_path, written_in

DOBONG = ("Dobong-gu sustainable development governance", "도봉구 지속가능발전")
YANTIAN = ("Yantian ecological civilisation", "盐田区生态文明建设")


def test_a_korean_reader_sees_the_korean_title_first_and_an_english_reader_the_english() -> None:
    assert display_title(*DOBONG, "ko") == "도봉구 지속가능발전 (Dobong-gu sustainable development governance)"
    assert display_title(*DOBONG, "en") == "Dobong-gu sustainable development governance (도봉구 지속가능발전)"


def test_a_chinese_title_comes_first_for_a_chinese_reader_only() -> None:
    assert display_title(*YANTIAN, "zh_CN") == "盐田区生态文明建设 (Yantian ecological civilisation)"
    # A Korean reader of a Chinese program, and a Chinese reader of a Korean one, see the English first.
    assert display_title(*YANTIAN, "ko") == "Yantian ecological civilisation (盐田区生态文明建设)"
    assert display_title(*DOBONG, "zh_CN") == "Dobong-gu sustainable development governance (도봉구 지속가능발전)"


@pytest.mark.parametrize("language", ["en", "ko", "zh_CN"])
def test_one_name_alone_is_shown_as_it_is(language: str) -> None:
    assert display_title("Night buses", None, language) == "Night buses"
    assert display_title("Night buses", "", language) == "Night buses"
    assert display_title("", "심야버스", language) == "심야버스"
    assert display_title("Same", "Same", language) == "Same"


def test_the_one_name_where_there_is_room_for_one() -> None:
    assert first_name("Dobong-gu", "도봉구", "ko") == "도봉구"
    assert first_name("Dobong-gu", "도봉구", "en") == "Dobong-gu"
    assert first_name("Dobong-gu", "도봉구", "zh_CN") == "Dobong-gu"
    assert first_name("Yantian", "盐田区", "zh_CN") == "盐田区"
    assert first_name("Yantian", None, "zh_CN") == "Yantian"
    assert first_name("", "盐田区", "en") == "盐田区"


def test_the_language_of_a_name_is_read_off_its_letters() -> None:
    assert written_in("도봉구 지속가능발전") == "ko"
    assert written_in("서울 2030 (SDGs)") == "ko"
    assert written_in("盐田区") == "zh_CN"
    assert written_in("東京都") == "zh_CN"  # Chinese characters alone cannot be told from Japanese kanji
    assert written_in("とうきょう") is None
    assert written_in("Dobong-gu") is None
    assert written_in(None) is None


def test_a_place_path_in_the_readers_language() -> None:
    seoul = [("South Korea", "대한민국"), ("Seoul", "서울특별시"), ("Dobong-gu", "도봉구")]
    assert place_path(seoul, "ko") == "대한민국 > 서울특별시 > 도봉구"
    assert place_path(seoul, "en") == "South Korea > Seoul > Dobong-gu"
    assert place_path(seoul, "zh_CN") == "South Korea > Seoul > Dobong-gu"
    shenzhen = [("China", "中国"), ("Shenzhen", "深圳市"), ("Yantian", "盐田区"), ("New street", None)]
    assert place_path(shenzhen, "zh_CN") == "中国 > 深圳市 > 盐田区 > New street"
    assert place_path(shenzhen, "ko") == "China > Shenzhen > Yantian > New street"
