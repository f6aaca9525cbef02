"""The corpus of office sheets (tests/excel/data, written by make_corpus.py): each imports in one pass as a
colleague would type it by hand, field by field, and importing it again changes nothing."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from app.domain.messages import render
from app.services.programs import ProgramService

DATA = Path(__file__).parent / "data"

# file -> title -> (status, start, end, lead organization, place, percent, description)
Expected = dict[str, tuple[str, str | None, str | None, str | None, str | None, float | None, str | None]]

CORPUS: dict[str, tuple[Expected, int]] = {
    "kr_dobong_monthly_status.xlsx": (
        {
            "도봉 나눔카 확대": ("active", "2024-03", "2024-12-31", "교통행정과", "Dobong-gu", 60, None),
            "창동 마을정원 조성": ("active", "2024-02", "2024-10-31", "공원녹지과", "Dobong-gu", 45, "부지 협의 완료"),
            "어르신 일자리 박람회": (
                "completed",
                "2024-03-05",
                "2024-03-05",
                "일자리정책과",
                "Dobong-gu",
                100,
                None,
            ),
            "청소년 참여예산 학교": ("active", "2024-01", "2024-11", "기획예산과", "Dobong-gu", 20, "추진상황: 지연"),
            "탄소중립 실천 캠페인": ("planned", "2024-06", "2024-12", "환경정책과", "Dobong-gu", 0, None),
        },
        5,  # 소계, 합계, a blank row, two footnotes
    ),
    "cn_yantian_status.xlsx": (
        {
            "社区长者食堂": ("active", "2024-01", "2024-12", "区民政局", "Yantian", 60, None),
            "海滨栈道提升": ("completed", "2023-09-01", "2024-03-15", "区城管局", "Yantian", 100, None),
            "垃圾分类示范小区": ("active", "2024-02", "2024-10", "区城管局", "Yantian", 30, "进展情况: 滞后"),
            "青年人才驿站": ("planned", "2024-06", "2024-12", "区人力资源局", "Yantian", 0, None),
        },
        2,  # 合计, 注：
    ),
    "kr_committee_two_row_header.xlsx": (
        {
            "주민총회 개최": ("planned", "2024-04", "2024-04", "자치행정과", None, None, None),
            "마을의제 발굴": ("active", "2024-03-05", "2024-11-30", "자치행정과", None, None, None),
            "이웃돌봄 네트워크": ("on_hold", "2024-03", "2024-12", "복지정책과", None, None, None),
        },
        3,  # two section rows, 계
    ),
    "kr_unknown_places.xlsx": (
        {
            "창동 골목 정원": ("active", None, None, None, "창동", 30, None),
            "쌍문동 공유 부엌": ("planned", None, None, None, "쌍문동", None, None),
            "도봉 둘레길 정비": ("completed", None, None, None, "Dobong-gu", 100, None),
            "마포 연계 청년 축제": ("planned", None, None, None, "마포구", None, None),
        },
        1,
    ),
    "kr_status_cp949.csv": (
        {
            "공공자전거 대여소 확충": ("active", "2024-03-05", "2024-12", "교통행정과", None, None, None),
            "경로당 냉난방 개선": ("completed", "2023-09-01", "2024-02-29", "어르신복지과", None, None, None),
        },
        2,
    ),
    "cn_status_gb18030.csv": (
        {
            "口袋公园建设": ("active", "2024-03", "2024-09", "区城管局", None, None, None),
            "智慧停车改造": ("on_hold", "2024-01-10", "2024-12-31", "区交通局", None, None, None),
        },
        2,
    ),
    "cn_committee_two_row_header.xlsx": (
        {
            # No place column: the district the title names (盐田区2024年社区治理委员会重点工作任务分解表).
            "社区议事厅建设": ("active", "2024-03", "2024-09", "区民政局", "Yantian", None, "责任人: 王芳"),
            "楼栋长队伍培训": ("completed", "2024-04-01", "2024-06-30", "区民政局", "Yantian", None, "责任人: 李强"),
            "社区图书角": ("planned", "2024-07", "2024-12", "区文体局", "Yantian", None, "责任人: 陈静"),
            "夜间便民服务点": ("on_hold", "2024-01", "2024-12", "区城管局", "Yantian", None, None),
        },
        3,  # two section rows, 注：
    ),
    "kr_budget_status.xlsx": (
        {
            # No place column: the district the title names (2024년 강동구 주민참여예산 사업 집행현황).
            "천호동 골목 쉼터": ("active", None, None, "공원녹지과", "Gangdong-gu", None, None),
            "성내천 산책로 조명": ("completed", None, None, "치수과", "Gangdong-gu", None, None),
            "어린이 안전 통학로": ("active", None, None, "교통행정과", "Gangdong-gu", None, "집행액 미제출"),
            "경로당 건강 교실": ("planned", None, None, "어르신복지과", "Gangdong-gu", None, None),
        },
        2,  # 합계, ※
    ),
    "cn_totals_and_notes.xlsx": (
        {
            "老旧小区加装电梯": ("active", None, None, "市住建局", "玄武区", None, None),
            "社区嵌入式托育": ("completed", None, None, "市卫健委", "秦淮区", None, "已验收"),
            "口袋公园提升": ("active", None, None, "市绿化园林局", "玄武区", None, "进展情况: 滞后"),
        },
        7,  # two section rows, two 小计, 合计, 注：, 备注：
    ),
    "kr_neighbourhoods.xlsx": (
        {
            "천호동 나눔 냉장고": ("active", None, None, "천호동 주민센터", "천호동", 50, None),
            "암사동 선사 축제": ("planned", None, None, "암사동 주민센터", "암사동", 0, None),
            "길동 생태공원 가꾸기": ("active", None, None, "공원녹지과", "길동", 80, None),
            "강동 주민자치 박람회": ("completed", None, None, "자치행정과", "Gangdong-gu", 100, None),
        },
        2,  # 계, ※
    ),
    "kr_libreoffice.xlsx": (
        {
            # No place column: the district the title names (도봉구 생활SOC 사업 월간 추진현황).
            "도봉 국민체육센터": ("active", "2023-05-02", "2025-06-30", "체육진흥과", "Dobong-gu", 45, None),
            "방학 공영주차장": ("active", "2023-11-01", "2024-12", "주차관리과", "Dobong-gu", 70, None),
            "창동 작은도서관": ("completed", "2023-03-02", "2024-03-29", "문화체육과", "Dobong-gu", 100, "개관"),
        },
        1,  # 합계
    ),
    "kr_status_utf16.csv": (
        {
            "따릉이 대여소 확충": ("active", "2024-03-05", "2024-12", "교통행정과", None, None, None),
            "경로당 냉난방 개선": ("completed", "2023-09-01", "2024-02-29", "어르신복지과", None, None, None),
        },
        2,
    ),
}


# file -> title -> the budget indicator a colleague would enter: (name, unit, [(kind, period, value)])
BUDGETS: dict[str, dict[str, tuple[str, str, list[tuple[str, str, float]]]]] = {
    "kr_budget_status.xlsx": {
        "천호동 골목 쉼터": ("예산", "KRW million", [("actual", "2024-06-30", 60), ("plan", "2024-06-30", 120)]),
        "성내천 산책로 조명": ("예산", "KRW million", [("actual", "2024-06-30", 300), ("plan", "2024-06-30", 300)]),
        # no 집행액: 20% of 450
        "어린이 안전 통학로": ("예산", "KRW million", [("actual", "2024-06-30", 90), ("plan", "2024-06-30", 450)]),
        "경로당 건강 교실": ("예산", "KRW million", [("actual", "2024-06-30", 0), ("plan", "2024-06-30", 80)]),
    },
    "cn_totals_and_notes.xlsx": {
        "老旧小区加装电梯": ("预算", "CNY 10 thousand", [("actual", "2024-09-30", 1500), ("plan", "2024-09-30", 2000)]),
        "社区嵌入式托育": ("预算", "CNY 10 thousand", [("actual", "2024-09-30", 500), ("plan", "2024-09-30", 500)]),
        "口袋公园提升": ("预算", "CNY 10 thousand", [("actual", "2024-09-30", 200), ("plan", "2024-09-30", 800)]),
    },
}


@pytest.mark.parametrize("name", sorted(CORPUS))
def test_an_office_sheet_imports_as_a_colleague_would_type_it(service: Any, tmp_path: Path, name: str) -> None:
    expected, skipped = CORPUS[name]
    path = tmp_path / name
    shutil.copy(DATA / name, path)
    preview = service.preview_import(path)
    assert preview.error_count == 0, [str(e) for e in preview.errors]
    assert preview.sheets[0].skipped_count == skipped, preview.sheets[0].skipped
    assert {c.label for c in preview.changes if c.entity == "program"} == set(expected)
    service.apply_import(path)
    ps = ProgramService(service.db)
    by_title = {p.title: p for p in ps.list_programs(limit=10_000).rows if not p.is_case}
    for title, (status, start, end, lead, place, percent, description) in expected.items():
        p = ps.get_program(by_title[title].key)
        got = (
            p.status.value,
            None if p.start_date is None else str(p.start_date),
            None if p.end_date is None else str(p.end_date),
            None if p.lead_organization is None else p.lead_organization.name,
            None if p.place is None else p.place.name,
            p.percent_complete,
            p.description,
        )
        assert got == (status, start, end, lead, place, percent, description), title
        indicators = [
            (i.name, i.unit, sorted((v.kind.value, str(v.period), v.value) for v in i.values)) for i in p.indicators
        ]
        assert indicators == ([BUDGETS[name][title]] if name in BUDGETS else []), title
    again = service.preview_import(path)
    assert (again.created, again.updated, again.error_count) == (0, 0, 0)
    assert again.sheets[0].new_places == again.sheets[0].new_organizations == ()


def test_places_the_app_does_not_know_are_added_where_the_sheet_says(service: Any, tmp_path: Path) -> None:
    path = tmp_path / "places.xlsx"
    shutil.copy(DATA / "kr_unknown_places.xlsx", path)
    preview = service.preview_import(path)
    assert [render(place.said("en"), "en") for place in preview.sheets[0].new_places] == [
        "창동 (neighbourhood in Dobong-gu)",
        "쌍문동 (neighbourhood in Dobong-gu)",
        "마포구 (district in Seoul)",
    ]
    # A Korean or Chinese reader is told the level and the place it goes in in their language, not in English.
    assert [render(place.said("ko"), "ko") for place in preview.sheets[0].new_places] == [
        "창동 (도봉구의 동)",
        "쌍문동 (도봉구의 동)",
        "마포구 (서울특별시의 구)",
    ]
    # A Korean name is not a Chinese reader's: the place it goes in is named in English (app/domain/names.py).
    assert render(preview.sheets[0].new_places[0].said("zh_CN"), "zh_CN") == "창동（Dobong-gu下的街道）"
    service.apply_import(path)
    from app.services.places import PlaceService

    paths = {p.name: p.path for p in PlaceService(service.db).list_places()}
    assert paths["창동"] == "South Korea > Seoul > Dobong-gu > 창동"
    assert paths["마포구"] == "South Korea > Seoul > 마포구"


def test_neighbourhoods_go_under_the_district_the_sheet_is_about(service: Any, tmp_path: Path) -> None:
    path = tmp_path / "dong.xlsx"
    shutil.copy(DATA / "kr_neighbourhoods.xlsx", path)
    service.apply_import(path)
    from app.services.places import PlaceService

    paths = {p.name: p.path for p in PlaceService(service.db).list_places()}
    assert paths["천호동"] == "South Korea > Seoul > Gangdong-gu > 천호동"
    assert paths["길동"] == "South Korea > Seoul > Gangdong-gu > 길동"


def test_the_budget_sheet_says_how_its_budget_columns_were_read(service: Any, tmp_path: Path) -> None:
    path = tmp_path / "budget.xlsx"
    shutil.copy(DATA / "kr_budget_status.xlsx", path)
    sheet = service.preview_import(path).sheets[0]
    assert sheet.budget is not None
    assert (sheet.budget.indicator, sheet.budget.unit, sheet.budget.as_of) == ("예산", "KRW million", "2024-06-30")
    assert render(sheet.budget.reading(), "ko").startswith(
        "예산 열 예산(백만원), 집행액, 집행률(%)을(를) 각 사업의 지표 '예산'"
    )


def test_the_libreoffice_file_is_one_libreoffice_wrote() -> None:
    import zipfile

    with zipfile.ZipFile(DATA / "kr_libreoffice.xlsx") as zf:
        assert b"LibreOffice" in zf.read("docProps/app.xml")


def test_the_corpus_files_are_what_the_generator_writes(tmp_path: Path) -> None:
    """make_corpus.py writes the committed files (their cells: a workbook's zip stamps its own time)."""
    import importlib.util

    import openpyxl

    spec = importlib.util.spec_from_file_location("make_corpus", DATA / "make_corpus.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.HERE = tmp_path
    libreoffice = shutil.which("soffice") is not None or shutil.which("libreoffice") is not None
    module.main(libreoffice=libreoffice)
    for name in CORPUS:
        if name == "kr_libreoffice.xlsx" and not libreoffice:
            continue  # written by LibreOffice, which is not installed here
        if name.endswith(".csv"):
            assert (tmp_path / name).read_bytes() == (DATA / name).read_bytes(), name
        else:
            made = [list(r) for r in openpyxl.load_workbook(tmp_path / name).active.iter_rows(values_only=True)]
            kept = [list(r) for r in openpyxl.load_workbook(DATA / name).active.iter_rows(values_only=True)]
            assert made == kept, name
