"""Quotes from the sources as rich text: the source document marks words **bold** and *italic*, shown as such.

Everything else in a quote is escaped, so a quote can never inject markup of its own.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable

_BOLD = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")
_ITALIC = re.compile(r"(?<![\w*])([*_])(?=\S)(.+?)(?<=\S)\1(?![\w*])")


def quote_html(text: str) -> str:
    """A quote as HTML: **bold** and *italic* (or _italic_) rendered, the rest escaped."""
    escaped = html.escape(text, quote=False)
    escaped = _BOLD.sub(r"<b>\1</b>", escaped)
    return _ITALIC.sub(r"<i>\2</i>", escaped)


def tooltip(paragraphs: Iterable[str]) -> str:
    """Rich-text tooltip of several already-escaped paragraphs (Qt shows it as rich text, wrapped)."""
    return "<qt>" + "<br><br>".join(paragraphs) + "</qt>"
