"""--lang: every human-readable line and error in English, Korean or Chinese; --json the same in all three."""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from app import config
from app.cli import main
from app.domain.enums import Status

pytestmark = pytest.mark.sqlite_only  # about the command line's words, not the database
LANGS = ("en", "ko", "zh_CN")


@pytest.fixture
def url(seeded_db: Any) -> str:
    return str(seeded_db.url)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "civic-tracker: No program with key 'NOPE'\n"),
        ("ko", "civic-tracker: 코드가 'NOPE'인 사업이 없습니다\n"),
        ("zh_CN", "civic-tracker: 没有编号为“NOPE”的项目\n"),
    ],
)
def test_a_program_not_found_is_said_in_the_language_asked_for(
    url: str, capsys: pytest.CaptureFixture[str], lang: str, expected: str
) -> None:
    code, out, err = run(capsys, "--db", url, "--lang", lang, "programs", "show", "NOPE")
    assert (code, out, err) == (1, "", expected)


def test_a_bad_import_names_the_cell_and_the_problem_in_korean_and_chinese(
    url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "list.csv"
    path.write_text("Title,Status,Place,Start\nRain gardens,done?,Atlantis,2015-13\n", encoding="utf-8")
    code, out, err = run(capsys, "--db", url, "--lang", "ko", "import", str(path))
    assert code == 1
    assert "list.csv, 'list' 시트, 2행, Status (B) 열: 상태 'done?'은(는) 다음 중 하나가 아닙니다" in err
    assert err.rstrip().endswith("아무것도 가져오지 않았습니다")
    assert "13월은 1~12 사이가 아닙니다" in out  # the bad date, listed in the preview
    assert "오류 2건" in out  # the summary: the bad status and the bad date (a row drops out at its first)

    code, out, err = run(capsys, "--db", url, "--lang", "zh_CN", "import", str(path), "--dry-run")
    assert code == 1
    assert "list.csv，工作表“list”，第 2 行，Status (B) 列：状态“done?”不是以下之一" in err
    assert "月份 13 不在 1 到 12 之间" in out

    path.write_text("Title,Place\nRain gardens,Atlantis\n", encoding="utf-8")
    code, _out, err = run(capsys, "--db", url, "--lang", "ko", "import", str(path), "--dry-run")
    assert code == 1 and "지역 'Atlantis'은(는) 앱에 없는 지역입니다" in err


def test_a_korean_office_sheet_with_a_bad_status_is_told_by_its_own_header_and_korean_words(
    url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "추진현황.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "추진현황"
    ws.append(["연번", "사업명", "담당부서", "진행상태", "추진실적"])
    ws.append([1, "빗물정원 조성", "환경과", "정상추진", "60%"])
    ws.append([2, "마을버스 노선 개편", "교통과", "거의끝남", "90%"])
    wb.save(path)
    code, out, err = run(capsys, "--db", url, "--lang", "ko", "import", str(path), "--dry-run")
    assert code == 1
    assert "'추진현황' 시트, 3행, 진행상태 (D) 열: 상태 '거의끝남'은(는) 앱이 아는 상태 표현이 아닙니다" in err
    said = out + err
    assert "계획(예정, 미착수), 진행 중(정상추진, 추진중, 진행중, 지연), 보류(중단), 완료(준공), 취소" in said
    assert "Status (D)" not in said and "planned" not in said

    code, out, err = run(capsys, "--db", url, "--lang", "zh_CN", "import", str(path), "--dry-run")
    assert code == 1
    assert "第 3 行，进展状态 (D) 列" not in err  # the header is the sheet's own, not a translation of ours
    assert "第 3 行，진행상태 (D) 列" in err and "进行中（正常推进、推进中、滞后）" in err


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "binary.csv: this is not a CSV text file (it is a gzip-compressed file (decompress it first))"),
        ("ko", "binary.csv: CSV 텍스트 파일이 아니라 gzip으로 압축된 파일(먼저 압축을 풀어야 함)입니다"),
        ("zh_CN", "binary.csv：这不是 CSV 文本文件，而是一个 gzip 压缩文件（请先解压）"),
    ],
)
def test_a_file_that_cannot_be_read_is_refused_in_the_language_asked_for(
    url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str, expected: str
) -> None:
    """A gzip-compressed file named .csv: the refusal, its kind of file and the advice all in the language
    (a trial found `--lang ko import binary.csv` entirely in English)."""
    path = tmp_path / "binary.csv"
    path.write_bytes(gzip.compress(b"Title,Status\nRain gardens,active\n"))
    code, out, err = run(capsys, "--db", url, "--lang", lang, "import", str(path))
    assert (code, out, err) == (1, "", f"civic-tracker: {expected}\n")


def test_human_output_follows_the_language_and_json_does_not(url: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--db", url, "--lang", "ko", "programs", "show", "DOBONG-SD-GOVERNANCE")
    assert code == 0 and "과제:" in out and "출처:" in out and "진행 중" in out and "Tasks:" not in out
    code, out, _ = run(capsys, "--db", url, "--lang", "zh_CN", "programs", "show", "DOBONG-SD-GOVERNANCE")
    assert code == 0 and "任务：" in out and "进行中" in out
    as_json = {}
    for lang in ("en", "ko", "zh_CN"):
        code, out, _ = run(capsys, "--db", url, "--lang", lang, "programs", "show", "DOBONG-SD-GOVERNANCE", "--json")
        assert code == 0
        as_json[lang] = json.loads(out)
    assert as_json["en"] == as_json["ko"] == as_json["zh_CN"]
    assert as_json["ko"]["status"] == "active"


def test_without_lang_the_preference_then_the_system_decides(
    url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    assert run(capsys, "--db", url, "programs", "show", "NOPE")[2] == "civic-tracker: 没有编号为“NOPE”的项目\n"
    config.save_preferences(config.Preferences(language="ko"))
    assert run(capsys, "--db", url, "programs", "show", "NOPE")[2] == "civic-tracker: 코드가 'NOPE'인 사업이 없습니다\n"
    assert run(capsys, "--db", url, "--lang", "en", "programs", "show", "NOPE")[2].endswith("key 'NOPE'\n")


def test_dates_in_human_output_follow_the_date_preference(
    seeded_db: Any, url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from app.domain.dates import PartialDate
    from app.services.programs import ProgramDraft, ProgramService

    draft = ProgramDraft(title="Pi day", key="PI-DAY", start_date=PartialDate.parse("2027-03-14"))
    ProgramService(seeded_db).create_program(draft)
    config.save_preferences(config.Preferences(date_style="locale"))
    assert "2027. 3. 14." in run(capsys, "--db", url, "--lang", "ko", "programs", "show", "PI-DAY")[1]
    assert "2027年3月14日" in run(capsys, "--db", url, "--lang", "zh_CN", "programs", "show", "PI-DAY")[1]
    as_json = json.loads(run(capsys, "--db", url, "--lang", "ko", "programs", "show", "PI-DAY", "--json")[1])
    assert as_json["start_date"] == "2027-03-14"  # JSON keeps ISO dates
    config.save_preferences(config.Preferences(date_style="iso"))
    assert "2027-03-14" in run(capsys, "--db", url, "--lang", "ko", "programs", "show", "PI-DAY")[1]


@pytest.mark.parametrize(("lang", "due"), [("ko", "2027. 3. 14."), ("zh_CN", "2027年3月14日"), ("en", "14 Mar 2027")])
def test_tasks_list_shows_due_dates_in_the_date_preference(
    seeded_db: Any, url: str, capsys: pytest.CaptureFixture[str], lang: str, due: str
) -> None:
    """`tasks list` printed 2027-03-14 whatever the date style, where `programs show` and the rest follow it."""
    from app.domain.dates import PartialDate
    from app.services.programs import ProgramDraft, ProgramService, TaskDraft

    programs = ProgramService(seeded_db)
    programs.create_program(ProgramDraft(title="Pi day", key="PI-DAY"))
    programs.add_task("PI-DAY", TaskDraft(title="Bake the pie", due_date=PartialDate.parse("2027-03-14")))
    argv = ("--db", url, "--lang", lang, "tasks", "list", "--program", "PI-DAY")
    config.save_preferences(config.Preferences(date_style="locale"))
    [line] = run(capsys, *argv)[1].splitlines()
    assert f"  {due}  " in line and "2027-03-14" not in line
    [row] = json.loads(run(capsys, *argv, "--json")[1])
    assert row["due_date"] == "2027-03-14"  # JSON keeps ISO dates
    config.save_preferences(config.Preferences(date_style="iso"))
    [line] = run(capsys, *argv)[1].splitlines()
    assert "  2027-03-14  " in line


@pytest.mark.parametrize(
    ("lang", "one", "two"),
    [
        ("en", "1 open task", "2 open tasks"),
        ("ko", "진행 중인 과제 1개", "진행 중인 과제 2개"),
        ("zh_CN", "未完成任务 1 项", "未完成任务 2 项"),
    ],
)
def test_people_list_counts_open_tasks_in_words_that_agree_with_the_number(
    empty_db: Any, capsys: pytest.CaptureFixture[str], lang: str, one: str, two: str
) -> None:
    """English said "1 open tasks"."""
    from app.services.people import PeopleService
    from app.services.programs import ProgramDraft, ProgramService, TaskDraft

    programs = ProgramService(empty_db)
    programs.create_program(ProgramDraft(title="Pocket parks", key="PARK"))
    PeopleService(empty_db).save_person("Kim")
    PeopleService(empty_db).save_person("Park")
    programs.add_task("PARK", TaskDraft(title="Site survey", owner="Kim"))
    programs.add_task("PARK", TaskDraft(title="Residents' meeting", owner="Park"))
    programs.add_task("PARK", TaskDraft(title="Benches", owner="Park"))
    code, out, _ = run(capsys, "--db", str(empty_db.url), "--lang", lang, "people", "list")
    lines = {line.split()[0]: line for line in out.splitlines()}
    assert code == 0 and lines["Kim"].endswith("  " + one) and lines["Park"].endswith("  " + two)


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "en",
            "civic-tracker: 'notadate' is not a date; use a date like 2024-03-01 or 2024.3.1, "
            "or a number of days like 7d\n",
        ),
        (
            "ko",
            "civic-tracker: 'notadate'은(는) 날짜가 아닙니다. 2024-03-01이나 2024.3.1 같은 날짜, "
            "또는 7d처럼 일수로 쓰세요\n",
        ),
        ("zh_CN", "civic-tracker: “notadate”不是日期；请使用 2024-03-01 或 2024.3.1 这样的日期，或天数（如 7d）\n"),
    ],
)
def test_a_history_date_it_cannot_read_is_said_in_the_language_asked_for(
    url: str, capsys: pytest.CaptureFixture[str], lang: str, expected: str
) -> None:
    code, out, err = run(capsys, "--db", url, "--lang", lang, "history", "--since", "notadate")
    assert (code, out, err) == (1, "", expected)


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "civic-tracker: No backup 'nosuchbackup' (see 'civic-tracker db backups')\n"),
        ("ko", "civic-tracker: 백업 'nosuchbackup'이(가) 없습니다('civic-tracker db backups'로 목록을 보세요)\n"),
        ("zh_CN", "civic-tracker: 没有备份“nosuchbackup”（见 'civic-tracker db backups'）\n"),
    ],
)
def test_a_backup_that_is_not_there_is_said_in_the_language_asked_for(
    url: str, capsys: pytest.CaptureFixture[str], lang: str, expected: str
) -> None:
    code, out, err = run(capsys, "--db", url, "--lang", lang, "db", "restore", "nosuchbackup")
    assert (code, out, err) == (1, "", expected)


def test_the_history_names_records_fields_and_statuses_in_the_reader_s_language(
    seeded_db: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    from app.domain.enums import Status
    from app.services.programs import ProgramDraft, ProgramService

    programs = ProgramService(seeded_db)
    p = programs.create_program(ProgramDraft("Rain gardens", key="RAIN"))
    programs.update_program("RAIN", {"status": Status.ACTIVE}, p.version)
    argv = ("--db", str(seeded_db.url), "history", "--program", "RAIN", "--kind", "update")
    _code, out, _err = run(capsys, *argv)
    assert "Program RAIN: Status: 'Planned' -> 'Active'" in out
    _code, out, _err = run(capsys, argv[0], argv[1], "--lang", "ko", *argv[2:])
    assert "사업 RAIN: 상태: '계획' → '진행 중'" in out and "Status" not in out
    _code, out, _err = run(capsys, argv[0], argv[1], "--lang", "zh_CN", *argv[2:])
    assert "项目 RAIN：状态：“计划中” → “进行中”" in out and "Status" not in out
    _code, out, _err = run(capsys, *argv, "--json")
    assert json.loads(out)[0]["new"] == "active"  # --json: the stored value, in no language


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("en", "Indicator value RAIN-YESAN 2024-06-30 plan: Value: '1100' -> '1200'"),
        ("ko", "지표 값 RAIN-YESAN 2024-06-30 계획: 값: '1100' → '1200'"),
        ("zh_CN", "指标值 RAIN-YESAN 2024-06-30 计划：数值：“1100” → “1200”"),
    ],
)
def test_the_history_names_an_indicator_value_as_the_reader_reads_it(
    seeded_db: Any, url: str, capsys: pytest.CaptureFixture[str], lang: str, said: str
) -> None:
    """History said "RAIN-YESAN@2024-06-30/plan", the key as stored; the import preview's change list says
    the indicator, the period and the kind in the reader's words, and so does History now. JSON keeps the key."""
    from app.domain.dates import PartialDate
    from app.domain.enums import ValueKind
    from app.services.programs import ProgramDraft, ProgramService

    programs = ProgramService(seeded_db)
    programs.create_program(ProgramDraft(title="Rain gardens", key="RAIN"))
    indicator = programs.add_indicator("RAIN", "예산", unit="백만원")
    programs.set_indicator_value(indicator.id, PartialDate.parse("2024-06-30"), 1100, ValueKind.PLAN)
    programs.set_indicator_value(indicator.id, PartialDate.parse("2024-06-30"), 1200, ValueKind.PLAN)
    argv = ("--db", url, "--lang", lang, "history", "--program", "RAIN", "--kind", "update")
    code, out, _ = run(capsys, *argv)
    assert code == 0 and out.rstrip().endswith("  " + said) and "@" not in out
    [change] = json.loads(run(capsys, *argv, "--json")[1])
    assert (change["record"], change["record_key"]) == ("indicator_value", "RAIN-YESAN@2024-06-30/plan")


@pytest.mark.parametrize(
    ("lang", "kind", "direction"),
    [
        ("en", "Kind 'plan'", "Direction: 'Higher is better' -> 'Lower is better'"),
        ("ko", "구분 '계획'(으)로 만듦", "방향: '높을수록 좋음' → '낮을수록 좋음'"),
        ("zh_CN", "创建，类型为“计划”", "方向：“越高越好” → “越低越好”"),
    ],
)
def test_the_history_says_a_value_s_kind_and_an_indicator_s_direction_in_the_reader_s_words(
    seeded_db: Any, url: str, capsys: pytest.CaptureFixture[str], lang: str, kind: str, direction: str
) -> None:
    """History said "created with Kind 'plan'" and "Direction: 'higher' -> 'lower'", the values as stored, to a
    Korean or Chinese reader; the workbook's and the indicator dialog's words now. JSON keeps the stored values."""
    from app.domain.dates import PartialDate
    from app.domain.enums import Direction, ValueKind
    from app.services.programs import ProgramDraft, ProgramService

    programs = ProgramService(seeded_db)
    programs.create_program(ProgramDraft(title="Rain gardens", key="RAIN"))
    indicator = programs.add_indicator("RAIN", "예산")
    programs.set_indicator_value(indicator.id, PartialDate.parse("2024-06-30"), 1100, ValueKind.PLAN)
    programs.update_indicator(indicator.id, {"direction": Direction.LOWER})
    argv = ("--db", url, "--lang", lang, "history", "--program", "RAIN")
    code, out, _ = run(capsys, *argv)
    lines = out.splitlines()
    assert code == 0
    assert any(line.endswith(direction) for line in lines), out
    assert any(kind in line and "2024-06-30" in line for line in lines), out
    changes = json.loads(run(capsys, *argv, "--json")[1])
    stored = {(c["field"], c["old"], c["new"]) for c in changes}
    assert stored >= {("kind", None, "plan"), ("direction", "higher", "lower")}


@pytest.mark.parametrize(
    ("lang", "dobong", "yantian"),
    [
        ("ko", "대한민국 > 서울특별시 > 도봉구 (Dobong-gu)", "China > Shenzhen > Yantian (盐田区)"),
        ("zh_CN", "South Korea > Seoul > Dobong-gu (도봉구)", "中国 > 深圳市 > 盐田区 (Yantian)"),
        ("en", "South Korea > Seoul > Dobong-gu (도봉구)", "China > Shenzhen > Yantian (盐田区)"),
    ],
)
def test_places_are_listed_by_their_names_in_the_reader_s_language(
    url: str, capsys: pytest.CaptureFixture[str], lang: str, dobong: str, yantian: str
) -> None:
    """A walkthrough found `--lang ko places list` printing "South Korea > Seoul > Dobong-gu (도봉구)": the path
    is in the reader's language, as README and the program page say, with the place's other name after it."""
    code, out, _ = run(capsys, "--db", url, "--lang", lang, "places", "list")
    lines = {line.split()[0]: line for line in out.splitlines()}
    assert code == 0
    assert lines["KR-SEOUL-DOBONG"].endswith(" " + dobong)
    assert lines["CN-SHENZHEN-YANTIAN"].endswith(" " + yantian)


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("ko", ["KR", "KR-SEOUL", "KR-SEOUL-GANGDONG", "KR-SEOUL-DOBONG", "PLACE-MAPO-GU"]),  # 강, 도, 마
        ("en", ["KR", "KR-SEOUL", "KR-SEOUL-DOBONG", "KR-SEOUL-GANGDONG", "PLACE-MAPO-GU"]),
        # in pinyin order, as Chinese lists are: hang, nan, shang, shen(yang), shen(zhen) > nan, yan, si, wu
        (
            "zh_CN",
            [
                "CN",
                "CN-HANGZHOU",
                "CN-NANJING",
                "CN-SHANGHAI",
                "CN-SHENYANG",
                "CN-SHENZHEN",
                "NANSHAN",
                "CN-SHENZHEN-YANTIAN",
                "CN-SICHUAN",
                "CN-WUHAN",
            ],
        ),
    ],
)
def test_places_are_listed_in_the_order_of_their_paths_as_the_reader_reads_them(
    seeded_db: Any, url: str, capsys: pytest.CaptureFixture[str], lang: str, expected: list[str]
) -> None:
    """`places list` sorted by the English path: a Korean reader saw 도봉구, 강동구, 마포구 (Dobong, Gangdong,
    Mapo) and a Chinese one 盐田区 before 南山区 (Yantian before a name in Chinese characters)."""
    from app.services.places import PlaceService

    places = PlaceService(seeded_db)
    places.add_place("Mapo-gu", "마포구", "KR-SEOUL")
    nanshan = places.add_place("南山区", None, "CN-SHENZHEN").key  # an office writing only the Chinese name
    code, out, _ = run(capsys, "--db", url, "--lang", lang, "places", "list")
    keys = [line.split()[0].replace(nanshan, "NANSHAN") for line in out.splitlines()]
    assert code == 0 and [k for k in keys if k in expected] == expected


def test_places_list_json_is_the_same_in_every_language(url: str, capsys: pytest.CaptureFixture[str]) -> None:
    listed = [json.loads(run(capsys, "--db", url, "--lang", lang, "places", "list", "--json")[1]) for lang in LANGS]
    assert listed[0] == listed[1] == listed[2]
    dobong = next(p for p in listed[1] if p["key"] == "KR-SEOUL-DOBONG")
    assert (dobong["path"], dobong["name_local"]) == ("South Korea > Seoul > Dobong-gu", "도봉구")


@pytest.mark.parametrize(
    ("lang", "name", "values"),
    [
        ("ko", "예산 (백만원)", {"2024-06-30: 1,100 (계획)", "2024-06-30: 3,200", "2024: 5,000 (목표)"}),
        ("zh_CN", "预算 (百万韩元)", {"2024-06-30: 1,100 (计划)", "2024-06-30: 3,200", "2024: 5,000 (目标)"}),
        ("en", "Budget (KRW million)", {"2024-06-30: 1,100 (plan)", "2024-06-30: 3,200", "2024: 5,000 (target)"}),
    ],
)
def test_an_indicator_s_planned_values_are_told_from_its_actual_ones(
    seeded_db: Any, url: str, capsys: pytest.CaptureFixture[str], lang: str, name: str, values: set[str]
) -> None:
    """A plan and an actual value of the same date read the same in `programs show` until each says its kind."""
    from app.domain.dates import PartialDate
    from app.domain.enums import ValueKind
    from app.services.programs import ProgramDraft, ProgramService

    service = ProgramService(seeded_db)
    service.create_program(ProgramDraft(title="Rain gardens", key="RAIN"))
    indicator = service.add_indicator("RAIN", name.split()[0], unit="백만원")
    day = PartialDate.parse("2024-06-30")
    service.set_indicator_value(indicator.id, day, 1100, ValueKind.PLAN)
    service.set_indicator_value(indicator.id, day, 3200, ValueKind.ACTUAL)
    service.set_indicator_value(indicator.id, PartialDate(2024), 5000, ValueKind.TARGET)
    code, out, _ = run(capsys, "--db", url, "--lang", lang, "programs", "show", "RAIN")
    [line] = [x for x in out.splitlines() if x.startswith(f"  {name}: ")]
    assert code == 0 and set(line.removeprefix(f"  {name}: ").split(", ")) == values
    as_json = json.loads(run(capsys, "--db", url, "--lang", lang, "programs", "show", "RAIN", "--json")[1])
    assert {v["kind"] for v in as_json["indicators"][0]["values"]} == {"plan", "actual", "target"}
    volunteers = service.add_indicator("RAIN", "Volunteers")  # no unit: no empty brackets either
    service.set_indicator_value(volunteers.id, PartialDate(2024), 12)
    assert "  Volunteers: 2024: 12" in run(capsys, "--db", url, "--lang", lang, "programs", "show", "RAIN")[1]


@pytest.mark.parametrize("lang", LANGS)
def test_programs_list_keeps_its_columns_in_line_with_long_keys_and_wide_letters(
    seeded_db: Any, url: str, capsys: pytest.CaptureFixture[str], lang: str
) -> None:
    """Every title starts in the same terminal column: a key longer than the key column, a Chinese "本单位" wider
    than the case/own column and Korean and Chinese statuses (two columns a letter) used to push it along."""
    from app.cli.common import columns
    from app.domain.names import first_name
    from app.services.programs import ProgramDraft, ProgramService

    service = ProgramService(seeded_db)
    service.create_program(ProgramDraft(title="Night buses", key="NIGHT-BUSES-FOR-THE-WHOLE-DISTRICT-PILOT-2027"))
    service.create_program(ProgramDraft(title="Pocket parks", key="PARK", local_title="口袋公园", status=Status.ACTIVE))
    listing = json.loads(run(capsys, "--db", url, "programs", "list", "--json")[1])
    code, out, _ = run(capsys, "--db", url, "--lang", lang, "programs", "list")
    lines = out.splitlines()
    assert code == 0 and len(lines) == len(listing)
    starts = set()
    for row, line in zip(listing, lines, strict=True):
        title = first_name(row["title"], row["local_title"], lang)
        assert line.startswith(row["key"] + " ") and line.endswith(title)
        starts.add(columns(line[: -len(title)]))
    assert len(starts) == 1
