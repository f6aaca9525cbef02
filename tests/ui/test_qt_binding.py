"""The installed Qt binding keeps Python's books straight: a broken release crashes the app in minutes."""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtWidgets import QLabel


def test_calls_that_return_nothing_do_not_eat_references_to_none(qtbot: Any) -> None:
    # PySide6 6.12.0 on Python 3.11 took one reference from None per such call: after some thousands of
    # calls (a few minutes of scrolling a table) Python aborted with "deallocating None".
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for i in range(2000):
        label.setText(str(i % 7))
    assert sys.getrefcount(None) - before > -100
