"""The search text of many programs at once is each program's own search text."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from app.domain.search import search_text, search_texts

# Words with the characters whose lower case depends on their neighbours (final sigma) or grows (İ).
_TEXT = st.one_of(st.none(), st.text(alphabet=st.sampled_from("aZ Σσİ강동구東 -1\n"), max_size=12))
_NAMES = st.lists(st.text(alphabet=st.sampled_from("Σa강 "), max_size=6), max_size=4)


@given(st.lists(st.tuples(_TEXT, _TEXT, _TEXT, _TEXT, _NAMES, _NAMES, _NAMES), max_size=8))
def test_texts_given_column_by_column_are_each_programs_search_text(
    programs: list[tuple[str | None, str | None, str | None, str | None, list[str], list[str], list[str]]],
) -> None:
    keys, titles, locals_, summaries, places, orgs, themes = (
        (list(c) for c in zip(*programs, strict=True)) if programs else ([],) * 7
    )
    names = [[*p, *o, *t] for p, o, t in zip(places, orgs, themes, strict=True)]
    assert search_texts(keys, titles, locals_, summaries, names) == [
        search_text(k, t, lt, s, p, o, th)
        for k, t, lt, s, p, o, th in zip(keys, titles, locals_, summaries, places, orgs, themes, strict=True)
    ]
