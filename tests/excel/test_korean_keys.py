"""A staff member's Korean or Chinese list imports with readable, unique program keys."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl

from app.services.programs import ProgramDraft, ProgramService


def _list(path: Path, titles: list[str]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["사업명", "지역", "상태", "시작일"])
    for title in titles:
        ws.append([title, "강동구", "진행중", "2026"])
    wb.save(path)
    return path


def _keys(preview: Any) -> dict[str, str]:
    return {c.label: c.key for c in preview.changes if c.entity == "program"}


def test_a_korean_list_creates_romanized_keys(service: Any, tmp_path: Path) -> None:
    path = _list(tmp_path / "사업목록.xlsx", ["나눔카", "마을공동체 지원센터", "2026 주민참여예산"])
    preview = service.preview_import(path)
    expected = {
        "나눔카": "NANUMKA",
        "마을공동체 지원센터": "MAEULGONGDONGCHE-JIWONSENTEO",
        "2026 주민참여예산": "2026-JUMINCHAMYEOYESAN",
    }
    assert _keys(preview) == expected  # the preview shows the keys the import then writes
    result = service.apply_import(path)
    assert (result.created, result.preview.error_count) == (3, 0)
    ps = ProgramService(service.db)
    assert {ps.get_program(key).title: key for key in expected.values()} == expected


def test_a_chinese_list_gets_unique_keys(service: Any, tmp_path: Path) -> None:
    titles = ["社区养老服务", "社区营造", "城市书房"]
    path = _list(tmp_path / "项目.xlsx", titles)
    result = service.apply_import(path)
    assert (result.created, result.preview.error_count) == (3, 0)
    keys = _keys(result.preview)
    assert sorted(keys.values()) == ["CHENGSHISHUFANG", "SHEQUYANGLAOFUWU", "SHEQUYINGZAO"]
    ps = ProgramService(service.db)
    assert {ps.get_program(key).title: key for key in keys.values()} == keys


def test_a_program_made_in_the_app_from_a_korean_title_and_its_indicator(service: Any) -> None:
    ps = ProgramService(service.db)
    first = ps.create_program(ProgramDraft(title="나눔카"))
    second = ps.create_program(ProgramDraft(title="나눔카"))
    assert (first.key, second.key) == ("NANUMKA", "NANUMKA-2")
    assert ps.add_indicator(first.key, "월간 이용자 수").key == "NANUMKA-WOLGAN-IYONGJA-SU"
    assert ps.add_indicator(first.key, "参与人数").key == "NANUMKA-CANYURENSHU"
