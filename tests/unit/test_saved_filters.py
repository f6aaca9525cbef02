"""Saved filters are plain data: written to settings.json and read back, named once per view, renamed, deleted."""

from __future__ import annotations

import json

from app import config
from app.domain.saved_filters import SavedFilter, find, for_view, read_all, renamed, with_saved, without

MOBILITY = SavedFilter(
    "Dobong mobility",
    "programs",
    {"text": "bike", "status": "active", "place_id": 12, "theme": "mobility", "country_id": None, "scope": False},
)


def test_a_filter_round_trips_through_the_settings_file() -> None:
    config.save_settings({"language": "ko"})
    due = SavedFilter("Two weeks", "tasks", {"due_within": 14})
    config.save_saved_filters([MOBILITY, due])
    assert config.load_saved_filters() == [MOBILITY, due]
    saved = json.loads(config.settings_path().read_text(encoding="utf-8"))
    assert saved["language"] == "ko"  # other settings stay
    assert saved["saved_filters"][0] == {"name": "Dobong mobility", "view": "programs", "values": MOBILITY.values}
    config.save_saved_filters([])
    assert "saved_filters" not in json.loads(config.settings_path().read_text(encoding="utf-8"))


def test_what_cannot_be_read_back_is_dropped() -> None:
    data = [
        MOBILITY.to_dict(),
        {"name": "  ", "view": "programs"},
        {"name": "No view"},
        "text",
        {"name": "Odd values", "view": "tasks", "values": {"due_within": 3, "weight": 1.5, "list": [1]}},
    ]
    assert read_all(data) == [MOBILITY, SavedFilter("Odd values", "tasks", {"due_within": 3})]
    assert read_all({"not": "a list"}) == []


def test_one_name_per_view_whatever_its_case() -> None:
    again = SavedFilter("dobong  MOBILITY", "programs", {"text": "bus"})
    cases = SavedFilter("Dobong mobility", "cases", {})
    filters = with_saved(with_saved([MOBILITY], cases), again)
    assert filters == [again, cases]  # replaced in place; the case library's filter of that name is another
    assert find(filters, "cases", "DOBONG MOBILITY") is cases


def test_rename_and_delete() -> None:
    other = SavedFilter("Parks", "programs", {"theme": "parks"})
    filters = renamed([MOBILITY, other], "programs", "dobong mobility", "My district")
    assert [f.name for f in for_view(filters, "programs")] == ["My district", "Parks"]
    assert find(filters, "programs", "My district").values == MOBILITY.values  # type: ignore[union-attr]
    # Renamed onto another filter's name: that one gives way.
    assert renamed(filters, "programs", "Parks", "my district") == [
        SavedFilter("my district", "programs", other.values)
    ]
    assert renamed(filters, "programs", "Nobody", "X") == filters
    assert without(filters, "programs", "PARKS") == [filters[0]]
