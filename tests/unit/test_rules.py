"""Validation rules and the percent roll-up that every screen and the importer rely on."""

from __future__ import annotations

import pytest

from app.domain import rules
from app.domain.dates import PartialDate
from app.domain.enums import Status
from app.domain.errors import ValidationError
from app.domain.rollup import TaskNode, explain, program_percent


def test_empty_title_refused() -> None:
    with pytest.raises(ValidationError) as err:
        rules.check_title("   ")
    assert err.value.field == "title"


@pytest.mark.parametrize("value", [-1, 100.5, 1000])
def test_percent_outside_range_refused(value: float) -> None:
    with pytest.raises(ValidationError, match="outside 0 to 100"):
        rules.check_percent(value)


def test_end_before_start_refused_but_overlapping_partial_dates_allowed() -> None:
    with pytest.raises(ValidationError, match="before the start"):
        rules.check_range(PartialDate.parse("2016-03-01"), PartialDate.parse("2016-02"))
    # "2016" as an end may still be after 2016-06-01: the spans overlap.
    rules.check_range(PartialDate.parse("2016-06-01"), PartialDate.parse("2016"))


def test_make_key_is_readable_and_unique() -> None:
    assert rules.make_key("Green wheels 2026") == "GREEN-WHEELS-2026"
    assert rules.make_key("Green wheels 2026", {"GREEN-WHEELS-2026"}) == "GREEN-WHEELS-2026-2"
    assert rules.make_key("따릉이") == "TTAREUNGI"


@pytest.mark.parametrize("text", ["done", "완료", "已完成", "Completed"])
def test_status_parse_in_three_languages(text: str) -> None:
    assert Status.parse(text) is Status.COMPLETED


def test_status_parse_error_lists_choices() -> None:
    with pytest.raises(ValidationError) as err:
        Status.parse("done?")
    assert str(err.value) == "Status 'done?' is not one of: planned, active, on hold, completed, cancelled"


def test_rollup_weights_unit_tasks_into_action_plans() -> None:
    tasks = [
        TaskNode(1, None, Status.ACTIVE, None, 3.0),  # action plan with two unit tasks
        TaskNode(2, 1, Status.COMPLETED, None, 1.0),  # 100
        TaskNode(3, 1, Status.ACTIVE, 50.0, 1.0),  # 50 -> plan = 75
        TaskNode(4, None, Status.PLANNED, None, 1.0),  # 0
        TaskNode(5, None, Status.CANCELLED, 90.0, 5.0),  # not counted
    ]
    assert program_percent(tasks) == pytest.approx((75 * 3 + 0 * 1) / 4, abs=0.05)
    text = explain(tasks, {1: "Plan", 4: "Survey", 5: "Dropped"})
    assert "Dropped: cancelled, not counted" in text
    assert "= 56.2%" in text or "= 56.3%" in text


def test_rollup_without_any_percent_is_unknown() -> None:
    assert program_percent([TaskNode(1, None, None, None, 1.0)]) is None
    assert program_percent([]) is None


def test_a_broken_character_is_found_and_quoted_as_the_user_saw_it() -> None:
    assert rules.broken_character("따릉이 2026 ✓") is None
    assert rules.broken_character("caf\udce9") == 3  # b"caf\xe9" (Latin-1) read as UTF-8 with surrogateescape
    assert rules.readable("caf\udce9") == "caf\ufffd"
    assert rules.readable("x" * 100, limit=10) == "x" * 9 + "…"
    assert rules.check_storable("café", "summary") == "café"
    with pytest.raises(ValidationError, match=r"^Local title has a character that is not valid text") as err:
        rules.check_storable("\ud800 ok", "local_title")
    assert err.value.field == "local_title"
    with pytest.raises(ValidationError) as key:
        rules.check_key("K\udcff")
    str(key.value).encode("utf-8")  # a key quoted in a message prints anywhere


def test_themes_are_split_at_every_separator_a_workbook_cell_uses() -> None:
    themes = rules.split_themes("Mobility, climate; 주거、养老，社区；care\nfood")
    assert themes == sorted(["care", "climate", "food", "mobility", "주거", "养老", "社区"])
    # A theme given on its own never keeps a separator: it would come back from a workbook as two.
    assert rules.clean_themes(["Food; Housing", "  care  for   all "]) == ["care for all", "food", "housing"]


def test_text_as_stored_is_what_a_workbook_gives_back() -> None:
    assert rules.plain_text(" one\r\ntwo\rthree\x0bfour\x00 ") == "one\ntwo\nthreefour"
    assert rules.clean_text(" \r\n ") is None
    assert rules.check_title(" Rain gardens\r\n") == "Rain gardens"
    assert rules.same_text("  Kim", "Kim") and rules.same_text("a\r\nb", "a\nb")
    assert not rules.same_text("Kim", "Lee")
