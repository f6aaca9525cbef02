"""Property: whatever staff type into a cell, the importer imports it or reports it; it never crashes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import openpyxl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain.errors import CivicError
from app.excel.cells import clean_text
from app.services.workbook import ImportRefusedError

cell = st.one_of(
    st.none(),
    st.text(max_size=30).map(clean_text),  # XML cannot hold other control characters at all
    st.integers(min_value=-(10**12), max_value=10**12),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.dates(min_value=dt.date(1900, 3, 1), max_value=dt.date(9999, 12, 31)),
    st.sampled_from(
        [
            "2015",
            "2015-03",
            "2015.3.1",
            "2015년 3월",
            "01/03/2015",
            "45%",
            "1,234",
            "진행중",
            "=1+1",
            "done?",
            "",
            " ",
            "GREEN-WHEELS",
            "P1",
        ]
    ),
)
HEADERS = ["Key", "Title", "Place", "Status", "Start", "End", "Themes", "Summary"]
TASK_HEADERS = [
    "Program key",
    "Task key",
    "Parent key",
    "Title",
    "Status",
    "Due",
    "Percent complete",
    "Weight",
]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    programs=st.lists(st.lists(cell, min_size=8, max_size=8), max_size=4),
    tasks=st.lists(st.lists(cell, min_size=8, max_size=8), max_size=4),
)
def test_importer_imports_or_reports_never_crashes(
    service: Any, office: str, tmp_path_factory: Any, programs: list[list[Any]], tasks: list[list[Any]]
) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Programs"
    ws.append(HEADERS)
    for row in programs:
        ws.append(row)
    ws2 = wb.create_sheet("Tasks")
    ws2.append(TASK_HEADERS)
    for row in tasks:
        ws2.append(row)
    for sheet in (ws, ws2):
        for r in sheet.iter_rows(min_row=2):
            for c in r:
                if isinstance(c.value, str):
                    c.data_type = "s"
    path = Path(tmp_path_factory.mktemp("fuzz")) / "fuzz.xlsx"
    try:
        wb.save(path)
    except (ValueError, TypeError):
        return  # openpyxl itself cannot write such a value; not our importer's concern
    try:
        preview = service.preview_import(path)
    except CivicError as exc:
        assert str(exc) and "\n" not in str(exc)
        return
    for issue in preview.errors:
        assert issue.sheet in ("Programs", "Tasks") and issue.row is not None and issue.message
    try:
        service.apply_import(path, backup=False)
    except ImportRefusedError as exc:
        assert exc.preview.error_count > 0
    except CivicError as exc:
        assert str(exc)
