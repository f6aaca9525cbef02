"""What the programs search box matches: one text per program, built here for the app, importer and seeder."""

from __future__ import annotations

from collections.abc import Iterable, Sequence


def search_text(
    key: str | None,
    title: str | None,
    local_title: str | None,
    summary: str | None,
    place_names: Iterable[str] = (),
    organization_names: Iterable[str] = (),
    themes: Iterable[str] = (),
) -> str:
    """The words a program is found by, lower-cased: its key, titles and summary, the names (English and local)
    of its place and every place above it, of its lead organization and partners, and its themes.

    ``place_names``: the place's names then its parents' (Gangdong-gu, 강동구, Seoul, 서울특별시, ...).
    """
    names = (*place_names, *organization_names, *themes)
    return search_texts([key], [title], [local_title], [summary], [names])[0]


def search_texts(
    keys: Iterable[str | None],
    titles: Iterable[str | None],
    local_titles: Iterable[str | None],
    summaries: Iterable[str | None],
    names: Iterable[Sequence[str]],
) -> list[str]:
    """``search_text`` of many programs given column by column (an import's new programs): ``names`` holds each
    program's place, organization and theme names, in the order ``search_text`` takes them."""
    return [
        " ".join(filter(None, (key, title, local, summary, *more))).lower()
        for key, title, local, summary, more in zip(keys, titles, local_titles, summaries, names, strict=True)
    ]


def search_words(text: str) -> list[str]:
    """The words of what a user typed in the search box; a program matches when its text holds every one."""
    return text.strip().lower().split()
