"""An office sheet's budget columns (예산, 집행액, 집행률): each program's budget indicator, planned and spent,
in the currency the header or the place implies, dated as of the sheet; the rate checked or giving spent."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.services.programs import ProgramService
from tests.excel.conftest import workbook_file


def _budget(service: Any, title: str) -> tuple[str, str | None, list[tuple[str, str, float]]]:
    ps = ProgramService(service.db)
    row = next(p for p in ps.list_programs(limit=10_000).rows if p.title == title)
    (ind,) = ps.get_program(row.key).indicators
    return ind.name, ind.unit, sorted((v.kind.value, str(v.period), v.value) for v in ind.values)


def test_budget_spent_and_rate_become_the_programs_budget_indicator(service: Any, tmp_path: Path) -> None:
    path = workbook_file(
        tmp_path / "budget.xlsx",
        {
            "3월 현황": [
                ["2024년 주요사업 예산 집행현황"],
                ["(2024. 3. 31. 기준)"],
                ["연번", "사업명", "자치구", "예산(백만원)", "집행액", "집행률(%)"],
                [1, "나눔카 확대", "도봉구", 1200, 600, 50],
                [2, "마을정원 조성", "도봉구", "800", None, "25%"],
                ["합계", None, None, 2000, 600, None],
            ]
        },
    )
    preview = service.preview_import(path)
    assert preview.error_count == 0, [str(e) for e in preview.errors]
    sheet = preview.sheets[0]
    assert ("예산(백만원)", "Budget") in sheet.columns and ("집행률(%)", "Execution rate") in sheet.columns
    assert sheet.ignored == ()
    assert sheet.budget is not None
    said = sheet.budget.reading().render()
    assert "'예산'" in said and "KRW million" in said and "2024-03-31" in said and "checked" in said, said
    service.apply_import(path)
    assert _budget(service, "나눔카 확대") == (
        "예산",
        "KRW million",
        [("actual", "2024-03-31", 600.0), ("plan", "2024-03-31", 1200.0)],
    )
    # Rate and budget only: the rate gives what was spent.
    assert _budget(service, "마을정원 조성")[2] == [("actual", "2024-03-31", 200.0), ("plan", "2024-03-31", 800.0)]
    again = service.preview_import(path)
    assert (again.created, again.updated, again.error_count) == (0, 0, 0)


def test_a_rate_that_does_not_match_spent_over_budget_is_refused(service: Any, tmp_path: Path) -> None:
    path = workbook_file(
        tmp_path / "rate.xlsx",
        {
            "현황": [
                ["사업명", "담당부서", "예산(천원)", "집행액", "집행률"],
                ["나눔카 확대", "교통행정과", 1000, 600, "40%"],
            ]
        },
    )
    preview = service.preview_import(path)
    assert preview.error_count == 1
    (e,) = preview.errors
    assert e.column == "집행률 (E)" and e.value == "40%"  # the column as the sheet heads it
    assert "40% does not match spent 600 of budget 1,000 (60.0%)" in e.message


def test_the_place_says_the_currency_when_the_header_does_not(service: Any, tmp_path: Path) -> None:
    path = workbook_file(
        tmp_path / "cn.xlsx",
        {
            "项目": [
                ["统计截至：2024年3月31日"],
                ["项目名称", "所在区", "Budget", "执行率"],
                ["长者食堂", "盐田区", 500, 0.4],
            ]
        },
    )
    preview = service.preview_import(path)
    assert preview.error_count == 0, [str(e) for e in preview.errors]
    service.apply_import(path)
    assert _budget(service, "长者食堂") == (
        "Budget",
        "CNY",
        [("actual", "2024-03-31", 200.0), ("plan", "2024-03-31", 500.0)],
    )


def test_a_header_in_ten_thousand_yuan_gives_cny_in_ten_thousands(service: Any, tmp_path: Path) -> None:
    path = workbook_file(
        tmp_path / "wan.xlsx",
        {"项目": [["项目名称", "责任单位", "预算(万元)", "执行金额"], ["口袋公园", "区城管局", 300, 120]]},
    )
    service.apply_import(path)
    name, unit, values = _budget(service, "口袋公园")
    assert (name, unit) == ("预算", "CNY 10 thousand")
    assert [(k, v) for k, _p, v in values] == [("actual", 120.0), ("plan", 300.0)]


def test_budget_columns_under_a_group_header_take_its_unit(service: Any, tmp_path: Path) -> None:
    import openpyxl

    path = tmp_path / "group.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["2024. 6. 30. 기준"])
    ws.append(["연번", "사업명", "담당부서", "사업비(단위: 천원)", None, None])
    ws.append([None, None, None, "예산", "집행액", "집행률"])
    for rng in ("A2:A3", "B2:B3", "C2:C3", "D2:F2"):
        ws.merge_cells(rng)
    ws.append([1, "공유 부엌", "복지정책과", 50_000, 10_000, "20%"])
    wb.save(path)
    preview = service.preview_import(path)
    assert preview.error_count == 0, [str(e) for e in preview.errors]
    assert preview.sheets[0].columns[-3:] == (
        ("사업비(단위: 천원) / 예산", "Budget"),
        ("사업비(단위: 천원) / 집행액", "Spent"),
        ("사업비(단위: 천원) / 집행률", "Execution rate"),
    )
    service.apply_import(path)
    assert _budget(service, "공유 부엌") == (
        "예산",
        "KRW thousand",
        [("actual", "2024-06-30", 10_000.0), ("plan", "2024-06-30", 50_000.0)],
    )


def test_next_months_sheet_updates_spent_and_keeps_the_scale(service: Any, tmp_path: Path) -> None:
    def sheet(month: int, header: str, budget: float, spent: float) -> Path:
        return workbook_file(
            tmp_path / f"m{month}.xlsx",
            {
                "현황": [
                    [f"2024. {month}. 30. 기준"],
                    ["사업명", "담당부서", header, "집행액"],
                    ["공유 부엌", "복지정책과", budget, spent],
                ]
            },
        )

    service.apply_import(sheet(4, "예산(백만원)", 50, 10))
    # The same month again, spent corrected: the actual value changes, and the preview says so.
    fixed = service.preview_import(sheet(4, "예산(백만원)", 50, 12))
    assert (fixed.created, fixed.updated) == (0, 1)
    (change,) = [c for c in fixed.changes if c.action == "update"]
    assert change.entity == "indicator value" and [(f.old, f.new) for f in change.changes] == [("10", "12")]
    # Next month's sheet in 천원: written in the indicator's million won.
    service.apply_import(sheet(5, "예산(천원)", 50_000, 20_000))
    assert _budget(service, "공유 부엌") == (
        "예산",
        "KRW million",
        [
            ("actual", "2024-04-30", 10.0),
            ("actual", "2024-05-30", 20.0),
            ("plan", "2024-04-30", 50.0),
            ("plan", "2024-05-30", 50.0),
        ],
    )
    # In yuan it cannot be converted.
    refused = service.preview_import(sheet(6, "예산(万元)", 5, 1))
    assert [e.message for e in refused.errors] == [
        "The indicator '예산' of this program is in KRW million; this sheet gives CNY 10 thousand, which cannot be "
        "converted: write the amounts in KRW million"
    ]


def test_a_budget_indicator_whose_unit_was_kept_in_words_takes_the_sheet_in_the_same_unit(
    service: Any, tmp_path: Path
) -> None:
    """An indicator saved with its unit as written (백만원, before units were kept in one form) is the same unit
    as a sheet's 예산(백만원), not a currency that cannot be converted."""
    from sqlalchemy import update

    from app.store import models as m

    def sheet(month: int, budget: float, spent: float) -> Path:
        return workbook_file(
            tmp_path / f"m{month}.xlsx",
            {
                "현황": [
                    [f"2024. {month}. 30. 기준"],
                    ["사업명", "예산(백만원)", "집행액"],
                    ["공유 부엌", budget, spent],
                ]
            },
        )

    service.apply_import(sheet(4, 50, 10))
    with service.db.write() as s:
        s.execute(update(m.Indicator).values(unit="백만원"))
    preview = service.preview_import(sheet(5, 50, 20))
    assert preview.errors == ()
    assert [(c.entity, c.action) for c in preview.changes] == [("indicator value", "create")] * 2
    service.apply_import(sheet(5, 50, 20))
    _name, unit, values = _budget(service, "공유 부엌")
    assert unit == "백만원" and ("actual", "2024-05-30", 20.0) in values


def test_a_budget_cell_that_is_no_number_is_placed_at_its_column(service: Any, tmp_path: Path) -> None:
    path = workbook_file(
        tmp_path / "bad.xlsx",
        {"현황": [["사업명", "담당부서", "예산(백만원)"], ["공유 부엌", "복지정책과", "미정"]]},
    )
    (e,) = service.preview_import(path).errors
    assert (e.row, e.column, e.value) == (2, "예산(백만원) (C)", "미정")


def test_the_cli_preview_says_how_the_budget_columns_were_read(seeded_db: Any, tmp_path: Path, capsys: Any) -> None:
    import shutil

    from app.cli import main

    path = tmp_path / "kr_budget_status.xlsx"
    shutil.copy(Path(__file__).parent / "data" / "kr_budget_status.xlsx", path)
    assert main(["--db", str(seeded_db.url), "import", str(path), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert (
        "    budget columns 예산(백만원), 집행액, 집행률(%) read as each program's indicator '예산' (budget as plan, "
        "spent as actual) in KRW million, dated 2024-06-30; the execution rate (60 is 60%) is checked against "
        "spent / budget, and gives spent where it is blank\n"
    ) in out


def test_the_korean_preview_names_the_columns_the_sheet_has_no_header_for_in_korean(
    seeded_db: Any, tmp_path: Path, capsys: Any
) -> None:
    """The budget's period comes from the sheet's "as of" line and its kind from the column: the sheet has no
    header for either, and the preview named them in English (Period: 2024-06-30, Kind: plan)."""
    import shutil

    from app.cli import main

    path = tmp_path / "kr_budget_status.xlsx"
    shutil.copy(Path(__file__).parent / "data" / "kr_budget_status.xlsx", path)
    assert main(["--db", str(seeded_db.url), "--lang", "ko", "import", str(path), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "      기간: 2024-06-30\n" in out
    assert "      구분: 계획\n" in out and "      구분: 실적\n" in out
    assert "Period:" not in out and "Kind:" not in out
    assert "      예산(백만원): 120\n" in out  # a column the sheet names keeps the sheet's header


def test_a_long_sheet_looks_at_each_place_once_not_once_per_row_above(
    service: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    """Each row's currency comes from the places the sheet is about: the few it names, not one entry per row
    read so far (3,000 rows walked 4.5 million entries, and 8,000 took seconds to preview)."""
    from app.store.derived import Names

    rows: list[list[Any]] = [["사업명", "자치구", "예산"]]
    rows += [[f"마을 사업 {i}", ("강동구", "도봉구", "종로구")[i % 3], 1000 + i] for i in range(3000)]
    path = workbook_file(tmp_path / "long.xlsx", {"현황": rows})
    calls = 0
    place = Names.place

    def counted(self: Names, place_id: int | None) -> list[str]:
        nonlocal calls
        calls += 1
        return place(self, place_id)

    monkeypatch.setattr(Names, "place", counted)
    preview = service.preview_import(path)
    assert preview.error_count == 0 and preview.sheets[0].budget is not None
    assert preview.sheets[0].budget.unit == "KRW"
    assert calls < 10 * 3000, calls


def test_budget_rows_are_planned_with_a_few_queries_a_chunk_not_several_a_row(
    service: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    """Importing a status sheet with a budget asks the database the same few questions for 300 rows as for 30
    (three questions a row, each waiting for the rows written before it: 5,000 rows took 9 s), and imports and
    re-reads it alike."""
    from sqlalchemy import event

    def imported(rows: int) -> int:
        sheet: list[list[Any]] = [["사업명", "자치구", "예산(백만원)", "집행액"]]
        sheet += [[f"사업 {rows}-{i}", ("강동구", "도봉구")[i % 2], 100 + i, i] for i in range(rows)]
        path = workbook_file(tmp_path / f"budget{rows}.xlsx", {"현황": sheet})
        statements = 0

        def count(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
            nonlocal statements
            statements += statement.lstrip().upper().startswith("SELECT")  # questions; writes may go row by row

        event.listen(service.db.engine, "before_cursor_execute", count)
        try:
            result = service.apply_import(path)
        finally:
            event.remove(service.db.engine, "before_cursor_execute", count)
        assert result.created == rows * 4  # a program, its budget indicator, a plan and a spent value
        again = service.preview_import(path)
        assert (again.created, again.updated, again.error_count) == (0, 0, 0)
        return statements

    few, many = imported(30), imported(300)
    assert many < few + 30, (few, many)
    assert _budget(service, "사업 300-7") == (
        "예산",
        "KRW million",
        [("actual", _today(), 7.0), ("plan", _today(), 107.0)],
    )


def _today() -> str:
    import datetime as dt

    return dt.date.today().isoformat()


def test_an_indicators_sheet_by_key_asks_a_few_questions_a_chunk(service: Any, tmp_path: Path) -> None:
    """Our own Indicators sheet names each indicator by its key on every value's row: the import looks the
    chunk's keys up at once, as it asks the same few questions for 200 values as for 20."""
    from sqlalchemy import event

    def imported(values: int) -> int:
        sheets: dict[str, list[list[Any]]] = {
            "Programs": [["Key", "Title"], [f"P{values}", f"Counted {values}"]],
            "Indicators": [
                ["Program key", "Indicator key", "Indicator", "Unit", "Period", "Value", "Kind"],
                *(
                    [
                        f"P{values}",
                        f"P{values}-RIDES",
                        "Rides",
                        "rides",
                        f"{2000 + i // 12}-{1 + i % 12:02d}",
                        i,
                        "actual",
                    ]
                    for i in range(values)
                ),
            ],
        }
        path = workbook_file(tmp_path / f"indicators{values}.xlsx", sheets)
        questions = 0

        def count(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
            nonlocal questions
            questions += statement.lstrip().upper().startswith("SELECT")

        event.listen(service.db.engine, "before_cursor_execute", count)
        try:
            result = service.apply_import(path)
        finally:
            event.remove(service.db.engine, "before_cursor_execute", count)
        assert result.created == 2 + values  # the program, its indicator and each value
        again = service.preview_import(path)
        assert (again.created, again.updated, again.error_count) == (0, 0, 0)
        return questions

    few, many = imported(20), imported(200)
    assert many < few + 20, (few, many)


def test_the_preview_names_a_budget_value_by_its_kind_in_the_readers_words(service: Any, tmp_path: Path) -> None:
    path = workbook_file(
        tmp_path / "budget.xlsx",
        {"현황": [["(2024. 6. 30. 기준)"], ["사업명", "예산(백만원)", "집행액"], ["공유 부엌", 1200, 540]]},
    )
    from app.domain.messages import render

    values = [c for c in service.preview_import(path).changes if c.entity == "indicator value"]
    assert [render(c.named_key(), "ko").split()[-2:] for c in values] == [
        ["2024-06-30", "계획"],
        ["2024-06-30", "실적"],
    ]
    assert [render(c.named_key(), "zh_CN").split()[-1] for c in values] == ["计划", "实际"]
    assert [c.key.split()[-1] for c in values] == ["plan", "actual"]  # --json keeps the key as it is


def test_an_amount_with_a_word_of_estimate_reads_as_its_number(service: Any, tmp_path: Path) -> None:
    """약 400 and 400(추정) are read as 400, as 约50% is read as 50%; 400원 (a unit of its own) is refused."""
    path = workbook_file(
        tmp_path / "estimate.xlsx",
        {
            "현황": [
                ["(2024. 6. 30. 기준)"],
                ["사업명", "예산(백만원)", "집행액"],
                ["공유 부엌", "약 400", "120(추정)"],
                ["마을 정원", "400원", None],
                ["골목 정원", "400(천원)", None],
            ]
        },
    )
    preview = service.preview_import(path)
    assert [(e.row, e.value) for e in preview.errors] == [(4, "400원"), (5, "400(천원)")]  # a unit of its own
    values = [c for c in preview.changes if c.entity == "indicator value"]
    assert [(c.key.split()[-1], c.label) for c in values] == [("plan", "400"), ("actual", "120")]
