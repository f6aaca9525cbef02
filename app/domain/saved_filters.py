"""Saved filters: a view's filter kept under a name the user chose ("my district, active, mobility"), as plain data.

A filter is the view it belongs to ("programs", "cases", "tasks", "my-tasks") and the values of that view's
filter widgets, each a string, a whole number, a yes/no or nothing; the view alone knows what its values mean.
Names are compared as people's names are (`rules.name_key`): one "Mobility" per view, whatever its case.
settings.json keeps the list (app/config.py); what cannot be read back is dropped, never guessed at.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from app.domain.rules import name_key

Value = str | int | bool | None
MAX_NAME = 80  # a name shows in a menu and a combo


@dataclass(frozen=True)
class SavedFilter:
    name: str
    view: str
    values: Mapping[str, Value] = field(default_factory=dict)

    def to_dict(self) -> dict[str, object]:
        return {"name": self.name, "view": self.view, "values": dict(self.values)}

    @classmethod
    def from_dict(cls, data: object) -> SavedFilter | None:
        """The filter ``to_dict`` wrote, or None for anything else (a hand-edited or older settings file)."""
        if not isinstance(data, Mapping):
            return None
        name, view, values = data.get("name"), data.get("view"), data.get("values", {})
        if not isinstance(name, str) or not clean_name(name) or not isinstance(view, str) or not view:
            return None
        if not isinstance(values, Mapping):
            return None
        kept = {
            str(k): v
            for k, v in values.items()
            if isinstance(k, str) and (v is None or isinstance(v, str | int | bool))
        }
        return cls(clean_name(name), view, kept)

    def same_name(self, view: str, name: str) -> bool:
        return self.view == view and name_key(self.name) == name_key(name)


def clean_name(name: str) -> str:
    """A name as it is kept: single spaces, at most MAX_NAME characters; empty when there is nothing."""
    return " ".join(name.split())[:MAX_NAME]


def read_all(data: object) -> list[SavedFilter]:
    """The filters of a settings value (a list of dicts); unreadable entries are left out."""
    if not isinstance(data, list):
        return []
    found = (SavedFilter.from_dict(item) for item in data)
    return [f for f in found if f is not None]


def with_saved(filters: Iterable[SavedFilter], new: SavedFilter) -> list[SavedFilter]:
    """``filters`` with ``new`` added, or in place of the view's filter of the same name."""
    out = list(filters)
    for i, f in enumerate(out):
        if f.same_name(new.view, new.name):
            out[i] = new
            return out
    return [*out, new]


def find(filters: Iterable[SavedFilter], view: str, name: str) -> SavedFilter | None:
    return next((f for f in filters if f.same_name(view, name)), None)


def renamed(filters: Iterable[SavedFilter], view: str, old: str, new: str) -> list[SavedFilter]:
    """The view's filter ``old`` called ``new``; another filter already called ``new`` gives way to it."""
    out = list(filters)
    if find(out, view, old) is None or not clean_name(new):
        return out
    kept = [f for f in out if f.same_name(view, old) or not f.same_name(view, new)]
    return [SavedFilter(clean_name(new), view, f.values) if f.same_name(view, old) else f for f in kept]


def without(filters: Iterable[SavedFilter], view: str, name: str) -> list[SavedFilter]:
    return [f for f in filters if not f.same_name(view, name)]


def for_view(filters: Iterable[SavedFilter], view: str) -> list[SavedFilter]:
    """The view's filters by name."""
    return sorted((f for f in filters if f.view == view), key=lambda f: name_key(f.name))


__all__ = [
    "MAX_NAME",
    "SavedFilter",
    "Value",
    "clean_name",
    "find",
    "for_view",
    "read_all",
    "renamed",
    "with_saved",
    "without",
]
