"""link_people looks in an import's programs as ranges of consecutive ids (the new ones) and short lists of
the others: every program once, none that was not asked for."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from app.store.people import _scopes


@given(st.sets(st.integers(min_value=1, max_value=3000), max_size=600))
def test_the_scopes_cover_exactly_the_programs_given(ids: set[int]) -> None:
    scopes = _scopes(sorted(ids))
    covered: list[int] = []
    for scope in scopes:
        if isinstance(scope, tuple):
            low, high = scope
            assert high - low + 1 >= 50  # only a long run is a range
            covered += range(low, high + 1)
        else:
            assert 0 < len(scope) <= 500
            covered += scope
    assert sorted(covered) == sorted(ids)


def test_a_hundred_thousand_new_programs_are_one_range() -> None:
    assert _scopes([7, *range(100, 100_100), 200_000]) == [(100, 100_099), [7, 200_000]]
