"""The printed report: PDFs read back with poppler (pdftotext -layout, pdfinfo), the `report` command, and
File > Print report… / Export report as PDF… in the window."""

from __future__ import annotations

import gc
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget

from app.cli import main
from app.domain.dates import PartialDate
from app.services.programs import ProgramDraft, ProgramService
from app.services.report import ReportOptions, ReportService
from app.ui import report_actions
from app.ui.report_pdf import fix_text_map, shared_glyphs, write_pdf
from tests.services.report_data import KOREAN_TITLE, LONG_TITLE, TODAY, ten_task_program
from tests.ui.fake_window import FakeWindow

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdfinfo") is None,
    reason="poppler-utils (pdftotext, pdfinfo) is not installed",
)


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def pdf_pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    found = re.search(r"^Pages:\s+(\d+)", info, re.MULTILINE)
    assert found is not None
    return int(found.group(1))


def whole(title: str, text: str, gap: int = 8) -> bool:
    """Every word of ``title`` is in ``text``, in order: a title wrapped over lines of a table cell (other
    columns' words beside its first line) reads back whole; a title cut short does not."""
    words = text.split()
    at = 0
    for word in title.split():
        window = words[at : at + gap + 1] if at else words
        if word not in window:
            return False
        at += window.index(word) + 1
    return True


@pytest.fixture
def office(seeded_db: Any) -> tuple[Any, str, str]:
    ps = ProgramService(seeded_db, today=lambda: TODAY)
    return seeded_db, ten_task_program(ps), ten_task_program(ps, title="Blue benches", key="BLUE-BENCHES")


def report_of(db: Any, *keys: str) -> Any:
    return ReportService(db, today=lambda: TODAY).gather(
        ReportOptions(program_keys=keys, since=PartialDate(2026, 11, 1))
    )


def test_the_whole_check_tells_a_cut_title_from_a_wrapped_one() -> None:
    wrapped = "T01 Survey every household   김민지   2026-11-20\n the new stations and their\n hours"
    assert whole("Survey every household the new stations and their hours", wrapped)
    assert not whole("Survey every household the new stations and their opening hours", wrapped)


def test_one_program_of_ten_tasks_fits_two_pages_with_every_title_whole(qapp: Any, office: Any, tmp_path: Path) -> None:
    db, key, _other = office
    path = tmp_path / "green.pdf"
    pages = write_pdf(report_of(db, key), path, "en")
    assert pages == pdf_pages(path) <= 2
    text = pdf_text(path)
    for title in (LONG_TITLE, KOREAN_TITLE, "Hold the neighbourhood briefings", "초록 바퀴", "Green wheels"):
        assert whole(title, text), title
    assert "41.2% (weighted average of 3 of 3 top-level tasks)" in text
    assert "Progress since 2026-11-01" in text and "Rack supplier chosen" in text
    assert "Questionnaire approved" not in text  # logged before the date asked for
    assert "Riders a day (riders)" in text and "1,200 Target" in text and "300 Baseline" in text
    assert "Car trips to the station (%) — lower is better" in text
    assert "Page 2 of 2" in text


@pytest.mark.parametrize(
    ("lang", "headings"),
    [
        (
            "ko",
            [
                "사업 보고서",
                "과제",
                "담당자",
                "마감",
                "진척률",
                "2026-11-01 이후 추진현황",
                "지표",
                "기준값",
                "목표",
                "1 / 2쪽",
            ],
        ),
        (
            "zh_CN",
            [
                "项目报告",
                "任务",
                "负责人",
                "完成时限",
                "完成率",
                "2026-11-01 以来的进展",
                "指标",
                "目标值",
                "第 1 页，共 2 页",
            ],
        ),
    ],
)
def test_headings_print_in_korean_and_chinese(
    qapp: Any, office: Any, tmp_path: Path, lang: str, headings: list[str]
) -> None:
    db, key, _other = office
    path = tmp_path / f"{lang}.pdf"
    assert write_pdf(report_of(db, key), path, lang) <= 2
    text = pdf_text(path)
    for heading in headings:  # 目 and 页 read back as themselves, not as the radicals that share their glyphs
        assert heading in text, heading
    assert whole(KOREAN_TITLE, text)


@pytest.mark.parametrize(
    ("lang", "said"), [("ko", "예산 (백만원)"), ("zh_CN", "预算 (百万韩元)"), ("en", "Budget (KRW million)")]
)
def test_an_indicators_amount_unit_prints_in_the_reports_language(
    qapp: Any, office: Any, tmp_path: Path, lang: str, said: str
) -> None:
    db, key, _other = office
    ps = ProgramService(db, today=lambda: TODAY)
    name = said.split(" (")[0]
    ind = ps.add_indicator(key, name, unit="KRW million")
    ps.set_indicator_value(ind.id, PartialDate(2026), 1200.0)
    path = tmp_path / f"{lang}.pdf"
    write_pdf(report_of(db, key), path, lang)
    assert said in pdf_text(path)


def test_a_meeting_brief_lists_programs_overdue_tasks_and_progress_then_a_page_each(
    qapp: Any, office: Any, tmp_path: Path
) -> None:
    db, first, second = office
    path = tmp_path / "brief.pdf"
    pages = write_pdf(report_of(db, first, second), path, "en")
    text = pdf_text(path)
    brief = text.split("\f")[0]
    assert "Meeting brief" in brief and "Overdue tasks" in brief
    assert brief.count("Survey every household") == 2  # each program's overdue action plan
    assert brief.count("Rack supplier chosen") == 2
    # Each program starts a page of its own, laid out as a one-program report, every heading printed.
    assert pages == pdf_pages(path) >= 3
    assert text.count("Program report · ") == 2
    assert text.count("Progress since 2026-11-01") == 3
    assert text.count("Car trips to the station") == 2


def test_a_case_report_lists_its_sources_with_their_urls(qapp: Any, seeded_db: Any, tmp_path: Path) -> None:
    path = tmp_path / "case.pdf"
    write_pdf(ReportService(seeded_db).gather(ReportOptions(program_keys=("DOBONG-SD-GOVERNANCE",))), path, "en")
    text = pdf_text(path)
    assert "Case of the library · DOBONG-SD-GOVERNANCE" in text
    assert "Sources" in text and "http://sd.dobong.go.kr/" in text
    assert "(2017): Official homepage" in text  # digits and the "ffi" read back as letters


def test_a_korean_report_names_the_case_its_place_and_lead_in_korean_first(
    qapp: Any, seeded_db: Any, tmp_path: Path
) -> None:
    report = ReportService(seeded_db).gather(ReportOptions(program_keys=("DOBONG-SD-GOVERNANCE",)))
    path = tmp_path / "case-ko.pdf"
    write_pdf(report, path, "ko")
    text = pdf_text(path)
    assert "대한민국 > 서울특별시 > 도봉구" in text and "South Korea > Seoul" not in text
    title = text.index("도봉구 지속가능발전")
    assert title < text.index("Dobong-gu sustainable development governance")  # the local title first
    english = tmp_path / "case-en.pdf"
    write_pdf(report, english, "en")
    text = pdf_text(english)
    assert "South Korea > Seoul > Dobong-gu" in text
    assert text.index("Dobong-gu sustainable development governance") < text.index("도봉구 지속가능발전")


def test_radicals_in_the_text_map_are_read_as_the_characters_they_stand_for() -> None:
    cmap = b"begincmap\n2 beginbfchar\n<2F6C> <2F6C>\n<0003> <2EDA>\nendbfchar\n<0004> <0005> [<2F6C> <0041>]\nendcmap"
    assert fix_text_map(cmap) == (
        b"begincmap\n2 beginbfchar\n<2F6C> <76EE>\n<0003> <9875>\nendbfchar\n<0004> <0005> [<76EE> <0041>]\nendcmap"
    )
    assert fix_text_map(b"stream <2F6C> endstream") == b"stream <2F6C> endstream"  # outside a text map


COMMON_HANZI = "区民政局 全民健身 青年食堂 长门马见言金龙鱼鸟齿麦黄风飞 住户"


@pytest.mark.parametrize("lang", ["zh_CN", "ko", "en"])
def test_chinese_characters_that_share_a_radicals_glyph_read_back_as_themselves(
    qapp: Any, seeded_db: Any, tmp_path: Path, lang: str
) -> None:
    """民, 青, 食, 户 and the others are drawn with the glyph of a radical (⺠, ⻘, ⻝, ⼾): a search of the PDF
    for 民政局 finds it, and copying the title copies these characters, not the radicals."""
    ps = ProgramService(seeded_db, today=lambda: TODAY)
    program = ps.create_program(ProgramDraft(title=COMMON_HANZI))
    path = tmp_path / f"{lang}.pdf"
    write_pdf(report_of(seeded_db, program.key), path, lang)
    text = pdf_text(path)
    assert whole(COMMON_HANZI, text), text
    assert not any(0x2E80 <= ord(ch) <= 0x2FDF for ch in text), sorted(
        {ch for ch in text if 0x2E80 <= ord(ch) <= 0x2FDF}
    )


def test_a_long_title_in_the_footer_stops_short_of_the_printing_date(qapp: Any, seeded_db: Any, tmp_path: Path) -> None:
    ps = ProgramService(seeded_db, today=lambda: TODAY)
    program = ps.create_program(
        ProgramDraft(title="마포구 공공자전거 따릉이 대여소 확충 및 생활권 자전거 도로 연결 사업 " * 2)
    )
    path = tmp_path / "long.pdf"
    write_pdf(report_of(seeded_db, program.key), path, "ko")
    footer = next(line for line in pdf_text(path).splitlines() if "출력일" in line and "쪽" in line)
    left, _, rest = footer.partition("출력일")
    assert left.rstrip().endswith("…") and left.endswith("  "), footer  # cut short, a gap before the date
    assert program.key in left and re.search(r"출력일 \d{4}-\d{2}-\d{2}", "출력일" + rest), footer


def test_the_chinese_fonts_say_which_character_a_radicals_glyph_stands_for(qapp: Any) -> None:
    shared = shared_glyphs("zh_CN")
    if not shared:
        pytest.skip("no Noto Sans CJK SC (fonts-noto-cjk) installed")
    assert {chr(r): chr(shared[r][0]) for r in map(ord, "⺠⻘⻝⼾⽬")} == {
        "⺠": "民",
        "⻘": "青",
        "⻝": "食",
        "⼾": "户",
        "⽬": "目",
    }
    # The Korean fonts draw ⼾ as 戶: the report's own text says which of the two a page holds.
    assert [chr(c) for c in shared_glyphs("ko")[ord("⼾")][:2]] == ["戶", "户"]
    cmap = b"begincmap\n1 beginbfchar\n<0003> <2F3E>\nendbfchar\nendcmap"
    assert fix_text_map(cmap, shared_glyphs("ko"), "住户") == cmap.replace(b"<2F3E>", b"<6237>")
    assert fix_text_map(cmap, shared_glyphs("ko"), "門戶") == cmap.replace(b"<2F3E>", b"<6236>")


# -- the command line ---------------------------------------------------------------------------------------
def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_report_command_writes_the_pdf_in_the_language_asked_for(
    qapp: Any, office: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, key, _other = office
    path = tmp_path / "green.pdf"
    code, out, err = run(capsys, "--db", str(db.url), "--lang", "ko", "report", str(path), "--program", key)
    assert (code, err) == (0, "")
    assert out == f"{path}을(를) 저장했습니다: 사업 1개, {pdf_pages(path)}쪽\n"
    assert "사업 보고서" in pdf_text(path)
    code, out, err = run(
        capsys, "--db", str(db.url), "report", str(tmp_path / "brief.pdf"), "--own", "--since", "2026-11"
    )
    assert code == 0 and out.startswith(f"Wrote {tmp_path / 'brief.pdf'}: 2 program(s), ")
    assert "Meeting brief" in pdf_text(tmp_path / "brief.pdf")


def test_report_command_refuses_a_bad_date_an_unknown_key_and_a_file_that_is_not_pdf(
    qapp: Any, office: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, key, _other = office
    url = str(db.url)
    code, out, err = run(capsys, "--db", url, "report", str(tmp_path / "a.pdf"), "--since", "2026-13-01")
    assert (code, out) == (1, "")
    assert err == "civic-tracker: --since: '2026-13-01': Month 13 is not between 1 and 12\n"
    code, out, err = run(capsys, "--db", url, "--lang", "zh_CN", "report", str(tmp_path / "a.pdf"), "--since", "soon")
    assert code == 1 and err.count("\n") == 1 and "“soon”" in err
    code, out, err = run(capsys, "--db", url, "report", str(tmp_path / "a.pdf"), "--program", "NOPE")
    assert code == 1 and err.count("\n") == 1 and "NOPE" in err
    code, out, err = run(capsys, "--db", url, "report", str(tmp_path / "a.txt"), "--program", key)
    assert (code, err) == (1, "civic-tracker: a.txt: a report is written as PDF; choose a name ending in .pdf\n")
    code, out, err = run(capsys, "--db", url, "report", str(tmp_path / "no" / "a.pdf"), "--program", key)
    assert code == 1 and "does not exist" in err
    assert not list(tmp_path.glob("*.pdf")) and not list(tmp_path.glob(".*part"))


# -- the window ---------------------------------------------------------------------------------------------
@pytest.fixture
def host(qtbot: Any, office: Any) -> FakeWindow:
    db, _key, _other = office
    window = FakeWindow(db)
    qtbot.addWidget(window)
    return window


def test_file_menu_prints_and_exports_the_open_programs_report(host: FakeWindow, office: Any, tmp_path: Path) -> None:
    _db, key, _other = office
    actions = report_actions.install(host)
    names = [a.text() for a in host.menu("file").actions()]
    assert "P&rint report…" in names and "Export report as P&DF…" in names
    host.program_key = key
    written = actions.export_pdf(tmp_path / "green")  # the name the user typed, without .pdf
    assert written == tmp_path / "green.pdf"
    text = pdf_text(written)
    assert "Program report · " + key in text and whole(LONG_TITLE, text)
    assert host.status == [f"Wrote {written} ({pdf_pages(written)} page(s))"]


def test_with_no_program_at_hand_the_report_is_a_brief_of_the_open_programs(host: FakeWindow, tmp_path: Path) -> None:
    actions = report_actions.install(host)
    written = actions.export_pdf(tmp_path / "brief.pdf")
    assert written is not None
    text = pdf_text(written)
    assert "Meeting brief" in text and "Green wheels" in text and "Blue benches" in text
    assert "Case of the library" not in text  # the office's own programs only


def test_the_print_preview_paints_the_report_on_the_printer(host: FakeWindow, office: Any, tmp_path: Path) -> None:
    _db, key, _other = office
    actions = report_actions.install(host)
    host.program_key = key
    dialog = actions.preview_dialog()  # made, not opened: a test opens no modal dialog
    assert dialog is not None
    gc.collect()  # the dialog's printer outlives the call that made it (else the preview crashes)
    preview = dialog.findChild(QPrintPreviewWidget)
    preview.updatePreview()
    assert preview.pageCount() == 2
    printer = actions.printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    dialog.paintRequested.emit(printer)
    assert pdf_pages(tmp_path / "printed.pdf") <= 2
    assert whole(KOREAN_TITLE, pdf_text(tmp_path / "printed.pdf"))


def test_an_unknown_program_is_said_not_printed(host: FakeWindow, tmp_path: Path) -> None:
    actions = report_actions.install(host)
    host.program_key = "GONE"
    assert actions.export_pdf(tmp_path / "gone.pdf") is None
    assert host.prompts.shown == [("error", "Export report as PDF", "No program with key 'GONE'")]
    assert not (tmp_path / "gone.pdf").exists()


def test_the_report_shows_the_programs_timeline_across_the_page_and_still_fits_two_pages(
    qapp: Any, office: Any, tmp_path: Path
) -> None:
    db, key, _other = office
    path = tmp_path / "green.pdf"
    pages = write_pdf(report_of(db, key), path, "en")
    assert pages == pdf_pages(path) <= 2
    text = pdf_text(path)
    assert text.index("Tasks") < text.index("Timeline") < text.index("Progress since 2026-11-01")
    listing = subprocess.run(["pdfimages", "-list", str(path)], capture_output=True, text=True, check=True).stdout
    images = [line.split() for line in listing.splitlines()[2:]]
    first = images[0]
    assert first[0] == "1"  # on the first page, with the tasks
    width, height = int(first[3]), int(first[4])
    assert width > 3 * height  # a band across the page's width, a row for each of the ten tasks
    assert len(images) == 1 + len(ProgramService(db).get_program(key).indicators)  # beside the indicators' charts


def test_a_program_with_no_dated_task_prints_no_empty_timeline(qapp: Any, seeded_db: Any, tmp_path: Path) -> None:
    path = tmp_path / "nanjing.pdf"
    write_pdf(report_of(seeded_db, "CN-NANJING-MODEL"), path, "ko")
    assert "타임라인" not in pdf_text(path)
    path = tmp_path / "dobong.pdf"
    write_pdf(report_of(seeded_db, "DOBONG-SD-GOVERNANCE"), path, "ko")
    assert "타임라인" in pdf_text(path)
