"""The meeting workbook in the user's language: Korean and Chinese sheet names, headers, lists and help, local
names of statuses, places and organizations; and it comes back with no change into any interface language."""

from __future__ import annotations

import csv
import os
import shutil
import subprocess
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from app.cli import main
from app.domain.dates import PartialDate
from app.domain.enums import Direction, Sector, Status
from app.domain.messages import render
from app.services.programs import ProgramDraft, ProgramService, TaskDraft
from app.services.workbook import ExportOptions

SHEETS = {
    "en": ["Summary", "Programs", "Tasks", "Progress", "Indicators", "Sources", "Charts", "How to edit"],
    "ko": ["요약", "사업", "과제", "추진현황", "지표", "출처", "차트", "편집 방법"],
    "zh_CN": ["摘要", "项目", "任务", "进展", "指标", "来源", "图表", "编辑说明"],
}


@pytest.fixture
def dobong(seeded_db: Any, office: str) -> str:
    """An office program of Dobong-gu with a Korean title, a lead organization with a Korean name, a sector,
    a task, progress and an indicator (lower is better) with actual and target values."""
    ps = ProgramService(seeded_db)
    place = next(p for p in ps.list_places() if p.name == "Dobong-gu")
    org = next(o for o in ps.list_organizations() if o.key == "DOBONG-GU-OFFICE")
    p = ps.create_program(
        ProgramDraft(
            title="Dobong eco buses",
            key="DOBONG-ECO-BUS",
            local_title="도봉 친환경 버스",
            place_id=place.id,
            lead_organization_id=org.id,
            sector=Sector.PUBLIC,
            status=Status.ON_HOLD,
            start_date=PartialDate(2026, 1),
        )
    )
    ps.add_task(p.key, TaskDraft(title="노선 조사", owner="김민지", status=Status.COMPLETED, percent_complete=100.0))
    ps.log_progress(p.key, "주민설명회", entry_date=PartialDate(2026, 2, 3))
    ind = ps.add_indicator(p.key, "배출량", unit="t", key="DOBONG-ECO-BUS-CO2", direction=Direction.LOWER)
    from app.domain.enums import ValueKind

    ps.set_indicator_value(ind.id, PartialDate(2025), 50.0)
    ps.set_indicator_value(ind.id, PartialDate(2026), 42.0)
    ps.set_indicator_value(ind.id, PartialDate(2027), 30.0, ValueKind.TARGET)
    return p.key


def _export(service: Any, tmp_path: Path, language: str) -> Path:
    path = tmp_path / f"meeting-{language}.xlsx"
    service.export_workbook(path, ExportOptions(language=language))
    return path


def _row(ws: Any, first: str) -> list[Any]:
    return next(list(r) for r in ws.iter_rows(values_only=True) if r[0] == first)


@pytest.mark.parametrize("language", ["ko", "zh_CN"])
def test_sheet_names_headers_and_lists_are_in_the_export_language(
    service: Any, dobong: str, tmp_path: Path, language: str
) -> None:
    path = _export(service, tmp_path, language)
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == SHEETS[language]
    programs, tasks, progress, indicators = (wb[n] for n in SHEETS[language][1:5])
    header = [c.value for c in programs[1]]
    row = _row(programs, dobong)
    if language == "ko":
        assert header[:7] == ["코드", "사업명", "원어명", "지역", "담당부서", "상태", "시작일"]
        assert header[-1] == "내보낸 시각 (UTC)"
        # Statuses, places and organizations by their Korean names; the sector too.
        assert row[1:6] == ["Dobong eco buses", "도봉 친환경 버스", "도봉구", "도봉구청", "보류"]
        assert row[9] == "공공"
        assert [c.value for c in tasks[1]][:4] == ["사업 코드", "과제 코드", "과제명", "담당자"]
        assert [c.value for c in progress[1]][:5] == ["기록 번호", "사업 코드", "과제 코드", "날짜", "내용"]
        assert _row(indicators, dobong)[6] in ("실적", "목표")
        words = ["계획", "진행 중", "보류", "완료", "취소"]
    else:
        assert header[:7] == ["编号", "项目名称", "本地名称", "地区", "责任单位", "状态", "开始日期"]
        assert header[-1] == "导出时间 (UTC)"
        # A Korean place and organization keep their English names for a Chinese reader.
        assert row[3:6] == ["Dobong-gu", "Dobong-gu (district government)", "暂停"]
        assert row[9] == "公共"
        assert [c.value for c in tasks[1]][:4] == ["项目编号", "任务编号", "任务名称", "负责人"]
        words = ["计划中", "进行中", "暂停", "已完成", "已取消"]
    status_lists = [dv.formula1 for dv in programs.data_validations.dataValidation if dv.type == "list"]
    assert status_lists == ['"' + ",".join(words) + '"']
    # The Summary and the help speak the language too; the export stamp is labelled in it.
    summary = wb[SHEETS[language][0]]
    labels = [r[0] for r in summary.iter_rows(values_only=True)]
    stamp_label = "내보낸 시각 (UTC)" if language == "ko" else "导出时间 (UTC)"
    assert stamp_label in labels
    assert ("상태별 사업" if language == "ko" else "按状态统计项目") in labels
    help_sheet = wb[SHEETS[language][-1]]
    title = help_sheet["A1"].value
    assert title == ("이 통합문서를 고치고 다시 가져오는 방법" if language == "ko" else "如何编辑本工作簿并导入回应用")
    assert help_sheet.oddFooter.center.text == ("&A, &P/&N쪽" if language == "ko" else "&A，第 &P 页，共 &N 页")
    # The chart's axis is named in the language, and a lower-is-better indicator says so.
    with zipfile.ZipFile(path) as z:
        charts = "".join(z.read(n).decode("utf-8") for n in z.namelist() if n.startswith("xl/charts/chart"))
    assert ("기간" if language == "ko" else "期间") in charts
    assert ("배출량 (낮을수록 좋음)" if language == "ko" else "배출량（越低越好）") in charts


def test_english_stays_the_default(service: Any, dobong: str, tmp_path: Path) -> None:
    path = tmp_path / "meeting.xlsx"
    service.export_workbook(path)
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == SHEETS["en"]
    row = _row(wb["Programs"], dobong)
    assert row[3:6] == ["Dobong-gu", "Dobong-gu (district government)", "On hold"]


@pytest.mark.parametrize(("exported_in", "imported_in"), [("ko", "zh_CN"), ("zh_CN", "en"), ("ko", "en")])
def test_a_korean_or_chinese_workbook_comes_back_with_no_change_in_any_language(
    seeded_db: Any, dobong: str, tmp_path: Path, capsys: Any, exported_in: str, imported_in: str
) -> None:
    url = str(seeded_db.url)
    path = tmp_path / "meeting.xlsx"
    assert main(["--db", url, "--lang", exported_in, "export", str(path)]) == 0
    assert openpyxl.load_workbook(path, read_only=True).sheetnames == SHEETS[exported_in]
    capsys.readouterr()
    assert main(["--db", url, "--lang", imported_in, "import", str(path), "--dry-run"]) == 0
    out = capsys.readouterr().out
    nothing = {
        "en": "0 to create, 0 to update,",
        "ko": "새로 만들 것 0건, 바꿀 것 0건,",
        "zh_CN": "新建 0 条，更新 0 条，",
    }[imported_in]
    assert nothing in out, out
    # Every data sheet was read as what it is; none was skipped for want of a column.
    from app.services.workbook import WorkbookService

    preview = WorkbookService(seeded_db).preview_import(path)
    assert preview.unmatched == ()
    assert preview.errors == () and preview.changes == ()
    assert {s.sheet: s.reads_as for s in preview.sheets} == dict(
        zip(SHEETS[exported_in][1:5], ["Programs", "Tasks", "Progress", "Indicators"], strict=True)
    )
    assert preview.unchanged > 20


@pytest.mark.parametrize(("language", "said"), [("en", "KRW million"), ("ko", "백만원"), ("zh_CN", "百万韩元")])
def test_an_amounts_unit_is_in_the_workbooks_language_and_comes_back_as_it_was(
    seeded_db: Any, service: Any, dobong: str, tmp_path: Path, language: str, said: str
) -> None:
    ps = ProgramService(seeded_db)
    ind = ps.add_indicator(dobong, "예산", unit="백만원", key="DOBONG-ECO-BUS-BUDGET")
    ps.set_indicator_value(ind.id, PartialDate(2025), 900.0)
    ps.set_indicator_value(ind.id, PartialDate(2026), 1200.0)
    path = _export(service, tmp_path, language)
    wb = openpyxl.load_workbook(path)
    indicators = wb[SHEETS[language][4]]
    units = {r[1]: r[3] for r in indicators.iter_rows(min_row=2, values_only=True)}
    assert units["DOBONG-ECO-BUS-BUDGET"] == said and units["DOBONG-ECO-BUS-CO2"] == "t"
    # The chart of the values names the unit the same way: above its table and on its axis.
    titles = [r[0] for r in wb[SHEETS[language][6]].iter_rows(values_only=True) if r[0] and "예산" in str(r[0])]
    assert titles == [f"DOBONG-ECO-BUS: 예산 ({said})"]
    with zipfile.ZipFile(path) as zf:
        charts = "".join(zf.read(n).decode() for n in zf.namelist() if n.startswith("xl/charts/chart"))
    assert f"<a:t>{said}</a:t>" in charts
    preview = service.preview_import(path)
    assert preview.errors == () and preview.changes == ()
    # A colleague writes the amounts in thousands instead: the preview says the change in the reader's words.
    for i, r in enumerate(indicators.iter_rows(values_only=True), 1):
        if r[1] == "DOBONG-ECO-BUS-BUDGET":
            indicators.cell(i, 4).value = {"en": "KRW thousand", "ko": "천원", "zh_CN": "千韩元"}[language]
    wb.save(path)
    (change,) = service.preview_import(path).changes
    (unit,) = change.changes
    assert (unit.old, unit.new) == ("KRW million", "KRW thousand")
    assert [render(m, "ko") for m in (unit.old_said, unit.new_said)] == ["백만원", "천원"]


def test_a_unit_kept_in_words_before_and_left_as_exported_lets_a_colleagues_later_unit_stand(
    seeded_db: Any, service: Any, dobong: str, tmp_path: Path
) -> None:
    """An indicator saved with 백만원 (before units were kept in one form) is exported in Korean; a colleague
    then writes the amounts in 천원; the old workbook, its unit cell untouched, is no conflict: theirs stands."""
    from sqlalchemy import update

    from app.store import models as m

    ps = ProgramService(seeded_db)
    ind = ps.add_indicator(dobong, "예산", key="DOBONG-ECO-BUS-BUDGET")
    ps.set_indicator_value(ind.id, PartialDate(2026), 1200.0)
    with seeded_db.write() as s:
        s.execute(update(m.Indicator).where(m.Indicator.id == ind.id).values(unit="백만원"))
    path = _export(service, tmp_path, "ko")
    ps.update_indicator(ind.id, {"unit": "천원"})
    preview = service.preview_import(path)
    assert preview.errors == () and preview.changes == ()
    assert next(i for i in ps.get_program(dobong).indicators if i.id == ind.id).unit == "KRW thousand"


def test_rows_of_one_indicator_in_two_units_are_refused_in_the_readers_words(
    seeded_db: Any, service: Any, dobong: str, tmp_path: Path
) -> None:
    ps = ProgramService(seeded_db)
    ind = ps.add_indicator(dobong, "예산", unit="백만원", key="DOBONG-ECO-BUS-BUDGET")
    ps.set_indicator_value(ind.id, PartialDate(2025), 900.0)
    ps.set_indicator_value(ind.id, PartialDate(2026), 1200.0)
    path = _export(service, tmp_path, "ko")
    wb = openpyxl.load_workbook(path)
    ws = wb[SHEETS["ko"][4]]
    rows = [i for i, r in enumerate(ws.iter_rows(values_only=True), 1) if r[1] == "DOBONG-ECO-BUS-BUDGET"]
    ws.cell(rows[-1], 4).value = "천원"
    wb.save(path)
    (error,) = service.preview_import(path).errors
    said = render(error.placed(), "ko")
    assert "'백만원'" in said and "'천원'" in said and "KRW" not in said, said


def test_the_rows_stamp_is_read_in_korean_when_the_summary_is_gone(
    seeded_db: Any, service: Any, dobong: str, tmp_path: Path
) -> None:
    path = _export(service, tmp_path, "ko")
    # A colleague puts the program back to work after the export.
    ProgramService(seeded_db).update_program(dobong, {"status": Status.ACTIVE})
    wb = openpyxl.load_workbook(path)
    del wb["요약"]
    wb.save(path)
    preview = service.preview_import(path)
    # The row's own 내보낸 시각 stamp tells the file's 보류 (as exported) from an edit: the colleague's change stays.
    assert preview.errors == () and preview.changes == ()
    assert all(s.stamp_note() is None for s in preview.sheets)


def test_an_offices_own_summary_sheet_is_still_read(service: Any, tmp_path: Path) -> None:
    """A sheet an office calls 요약 is no Summary of ours unless it states an export moment: it is read."""
    from tests.excel.conftest import workbook_file

    path = workbook_file(tmp_path / "office.xlsx", {"요약": [["사업명", "상태"], ["골목 정원", "진행중"]]})
    preview = service.preview_import(path)
    assert preview.created == 1


SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.skipif(SOFFICE is None and not os.environ.get("CI"), reason="LibreOffice (soffice) is not installed")
def test_libreoffice_reads_the_korean_programs_sheet(service: Any, dobong: str, tmp_path: Path) -> None:
    assert SOFFICE is not None, "CI must have LibreOffice: install libreoffice-calc-nogui"
    path = _export(service, tmp_path, "ko")
    out = tmp_path / "csv"
    # UTF-8 CSV of the second sheet (사업, the programs), as a spreadsheet program shows it.
    subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation=file://{tmp_path / 'profile'}",
            "--headless",
            "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,2",
            "--outdir",
            str(out),
            str(path),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    written = list(out.glob("*.csv"))
    assert len(written) == 1, written
    rows = list(csv.reader(written[0].open(encoding="utf-8")))
    assert rows[0][:6] == ["코드", "사업명", "원어명", "지역", "담당부서", "상태"]
    row = next(r for r in rows if r[0] == dobong)
    assert row[1:6] == ["Dobong eco buses", "도봉 친환경 버스", "도봉구", "도봉구청", "보류"]


def test_the_command_line_names_a_program_and_its_place_in_the_readers_language(seeded_db: Any, capsys: Any) -> None:
    url = str(seeded_db.url)
    assert main(["--db", url, "--lang", "ko", "programs", "show", "DOBONG-SD-GOVERNANCE"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("DOBONG-SD-GOVERNANCE: 도봉구 지속가능발전 (Dobong-gu sustainable development governance)\n")
    assert "대한민국 > 서울특별시 > 도봉구" in out and "도봉구청" in out
    assert main(["--db", url, "--lang", "en", "programs", "show", "DOBONG-SD-GOVERNANCE"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("DOBONG-SD-GOVERNANCE: Dobong-gu sustainable development governance (도봉구 지속가능발전)\n")
    assert "South Korea > Seoul > Dobong-gu" in out
    assert main(["--db", url, "--lang", "ko", "programs", "list", "--cases"]) == 0
    assert "도봉구 지속가능발전" in capsys.readouterr().out


@pytest.mark.parametrize("language", ["en", "ko", "zh_CN"])
def test_every_header_in_every_language_reads_back_as_its_own_column(language: str) -> None:
    from app.excel import layout

    for spec in layout.IMPORTABLE:
        headers: list[object] = [c.header_in(language) for c in spec.columns]
        match = layout.match_headers(spec, headers)
        assert match.columns == {c.field: i for i, c in enumerate(spec.columns)}, (spec.name, language)
        assert layout.spec_for_sheet_name(spec.title_in(language)) is spec


@pytest.mark.parametrize(
    ("language", "stem", "said"),
    [
        (
            "ko",
            "도봉구 사업",
            "에 썼습니다: 사업 1건, 과제 1건, 추진현황 기록 1건, 지표 1개의 값 3개, 출처 0건, 차트 1개",
        ),
        # The place has no Chinese name of its own: its English one is given.
        ("zh_CN", "Dobong-gu项目", "：项目 1 个、任务 1 项、进展记录 1 条、1 个指标的 3 个数值、来源 0 条、图表 1 个"),
    ],
)
def test_the_command_line_says_what_an_export_wrote_and_names_its_file_in_the_readers_language(
    seeded_db: Any, dobong: str, tmp_path: Path, capsys: Any, language: str, stem: str, said: str
) -> None:
    url = str(seeded_db.url)
    assert main(["--db", url, "--lang", language, "export", str(tmp_path), "--place", "Dobong-gu", "--own"]) == 0
    out = capsys.readouterr().out
    written = next(tmp_path.glob("*.xlsx"))
    assert written.name.startswith(f"{stem} ")
    assert out == f"{'' if language == 'ko' else '已写入 '}{written}{said}\n"
    assert "program" not in out and "Wrote" not in out
