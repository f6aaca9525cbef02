"""Header matching: which of our sheets a sheet reads as, and which of its columns is which."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from app.domain.messages import Message, message
from app.excel import layout
from app.excel.reader import find_header
from app.services.importing.results import ColumnMapping, UnmatchedSheet
from app.services.importing.rows import budget_field


def match_sheet(
    name: str, head: list[list[Any]], mappings: Sequence[ColumnMapping]
) -> layout.HeaderMatch | UnmatchedSheet:
    """Which of our sheets a sheet reads as, and which of its columns is which: by a saved mapping, by the
    sheet's name, or by its headers. An UnmatchedSheet says what it has and which required columns it lacks."""
    for mp in mappings:
        if mp.sheet is not None and mp.sheet != name:
            continue
        spec = layout.SPECS_BY_NAME.get(mp.reads_as)
        if spec is None or not spec.importable:
            continue
        wanted = {layout.normalise_header(h) for h in mp.columns.values()}
        for i, row in enumerate(head):
            normed = [layout.normalise_header(v) for v in row]
            if wanted and wanted <= set(normed):
                cols = {f: normed.index(layout.normalise_header(h)) for f, h in mp.columns.items()}
                headers = tuple("" if v is None else str(v) for v in row)
                used = set(cols.values())
                rest = tuple((j, h) for j, h in enumerate(headers) if h and j not in used)
                return layout.HeaderMatch(spec, cols, rest, i, headers)
    spec = layout.spec_for_sheet_name(name)
    match = find_header(head, spec)
    if match is None and spec is not None:
        match = find_header(head, None)
    if match is not None:
        match = with_sub_headers(match, head)
    if match is not None and match.missing_required() and spec is None and not _has_key_column(match):
        # Neither the sheet's name nor a key column says what the rows are (담당자 or 내용 are task
        # columns too): a list of one's own is most likely programs, so ask for what programs need.
        as_programs = layout.match_headers(layout.PROGRAMS, list(match.headers), match.header_row)
        if not as_programs.missing_required():
            return as_programs
        missing = tuple(f"{c.header} ({' / '.join(_alias_examples(c))})" for c in as_programs.missing_required())
        return UnmatchedSheet(name, match.header_row + 1, match.headers, missing, None)
    if match is None or match.missing_required():
        target = match.spec if match is not None else (spec or layout.PROGRAMS)
        missing = tuple(
            f"{c.header} ({' / '.join(_alias_examples(c))})"
            for c in (match.missing_required() if match is not None else [c for c in target.columns if c.required])
        )
        if match is not None:
            return UnmatchedSheet(name, match.header_row + 1, match.headers, missing, target.name)
        first = next(((i, r) for i, r in enumerate(head) if sum(1 for v in r if v is not None) >= 2), None)
        return UnmatchedSheet(
            name,
            (first[0] + 1) if first else 0,
            tuple("" if v is None else str(v) for v in first[1]) if first else (),
            missing,
            None,
        )
    return match


def with_sub_headers(match: layout.HeaderMatch, head: list[list[Any]]) -> layout.HeaderMatch:
    """A two-row header read as one: a group header merged over its sub-headers (사업기간 over 시작일 and 종료일)
    gives each column its sub-header, shown as "사업기간 / 시작일"; the data starts below the second row."""
    below_at = match.header_row + 1
    if below_at >= len(head):
        return match
    top, below = head[match.header_row], head[below_at]
    width = max(len(top), len(below))
    top = [*top, *[None] * (width - len(top))]
    below = [*below, *[None] * (width - len(below))]
    subs = [(i, str(v).strip()) for i, v in enumerate(below) if v is not None and str(v).strip()]
    known = layout.alias_names(match.spec)
    if not subs or not all(layout.normalise_header(t) in known or budget_field(t) is not None for _i, t in subs):
        return match
    names: list[object] = []
    shown: list[object] = []
    group = None
    for i in range(width):
        cell = top[i] if top[i] is not None and str(top[i]).strip() else None
        if cell is not None:
            group = str(cell).strip()
        sub = below[i] if below[i] is not None and str(below[i]).strip() else None
        if sub is None:
            names.append(cell)
            shown.append(cell)
            continue
        names.append(sub)
        # Under a merged group header the sub-header's cell in the top row is empty: the group carries on.
        shown.append(f"{cell or group} / {str(sub).strip()}" if (cell or group) else sub)
    combined = layout.match_headers(match.spec, names, below_at)
    # Budget columns are no field of the sheet's (services/importing/budget.py): sub-headers naming them count.
    if combined.score <= match.score and not any(budget_field(t) for _i, t in subs):
        return match
    headers = tuple("" if h is None else str(h) for h in shown)
    unmatched = tuple((i, headers[i]) for i, _h in combined.unmatched)
    return replace(combined, headers=headers, unmatched=unmatched)


def _has_key_column(match: layout.HeaderMatch) -> bool:
    return any(match.spec.column(f).kind is layout.Kind.KEY for f in match.columns)


def unmatched_message(file: str, u: UnmatchedSheet) -> Message:
    """Why a sheet could not be read, and what it needs; when nothing says what its rows are, what else it could be."""
    columns = ", ".join(u.missing)
    found = ", ".join(repr(h) for h in u.headers if h)
    if u.header_row == 0:
        problem = message("import.no_header_row", file=file, sheet=u.sheet, columns=columns)
    elif found:
        problem = message(
            "import.columns_unmatched", file=file, sheet=u.sheet, row=u.header_row, columns=columns, found=found
        )
    else:
        problem = message(
            "import.columns_unmatched_none_found", file=file, sheet=u.sheet, row=u.header_row, columns=columns
        )
    if u.reads_as is None and layout.spec_for_sheet_name(u.sheet) is None:
        key = layout.TASKS.column("program_key")
        return message(
            "import.unmatched_as_programs",
            problem=problem,
            column=key.header,
            aliases=" / ".join(_alias_examples(key)),
        )
    return problem


def _alias_examples(col: layout.Column) -> list[str]:
    korean = next((a for a in col.aliases if any("\uac00" <= ch <= "\ud7a3" for ch in a)), None)
    chinese = next((a for a in col.aliases if any("\u4e00" <= ch <= "\u9fff" for ch in a)), None)
    return [x for x in (col.header, korean, chinese) if x]
