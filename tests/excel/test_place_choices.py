"""Places an office's sheet names that the app does not know: the user says where each goes (a new place inside
a place they choose, or an existing place the name means), in the preview or on the command line, and the
import applies exactly what the corrected preview showed; the choices travel with a saved mapping."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from app.domain.messages import render
from app.services.places import PlaceService
from app.services.programs import ProgramService
from app.services.workbook import ColumnMapping, ImportRefusedError

DATA = Path(__file__).parent / "data"


def _sheet(path: Path, rows: list[list[Any]]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "사업현황"
    ws.append(["2024년 주민자치 사업 추진현황"])  # the title names no district
    ws.append(["연번", "사업명", "자치구", "추진상황"])
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def _plain(tmp_path: Path, name: str = "status.xlsx") -> Path:
    return _sheet(
        tmp_path / name,
        [
            [1, "골목 정원", "Gangdong", "추진중"],  # a short form no place has
            [2, "나눔 냉장고", "창동", "계획"],  # a 동 of a district the sheet does not name
            [3, "마을 축제", "창동", "계획"],
        ],
    )


def _programs(db: Any) -> dict[str, Any]:
    ps = ProgramService(db)
    return {p.title: ps.get_program(p.key) for p in ps.list_programs(limit=10_000).rows if not p.is_case}


def _paths(db: Any) -> dict[str, str]:
    return {p.name: p.path for p in PlaceService(db).list_places()}


def _errors(preview: Any) -> list[tuple[int | None, str | None, str]]:
    return [(e.row, e.value, render(e.detail, "en") if e.detail is not None else e.message) for e in preview.errors]


def test_places_the_sheet_cannot_place_are_listed_for_the_user(service: Any, tmp_path: Path) -> None:
    preview = service.preview_import(_plain(tmp_path))
    assert preview.sheets[0].unknown_places == ("Gangdong", "창동")
    assert [(row, value) for row, value, _ in _errors(preview)] == [(3, "Gangdong"), (4, "창동"), (5, "창동")]
    assert "choose where it goes under Places in the import preview" in _errors(preview)[0][2]


def test_a_place_read_as_an_existing_one_and_a_new_one_put_where_the_user_chose(service: Any, tmp_path: Path) -> None:
    path = _plain(tmp_path)
    before = set(_paths(service.db))
    choice = (
        ColumnMapping("", {}, "사업현황")
        .place("Gangdong", same_as="KR-SEOUL-GANGDONG")
        .place("창동", parent="KR-SEOUL-DOBONG")
    )
    preview = service.preview_import(path, choice)
    assert preview.error_count == 0, _errors(preview)
    sheet = preview.sheets[0]
    assert sheet.unknown_places == ()
    assert sheet.places_as == (("Gangdong", "KR-SEOUL-GANGDONG"),)
    assert [render(p.said("en"), "en") for p in sheet.new_places] == ["창동 (neighbourhood in Dobong-gu)"]
    assert sheet.new_places[0].chosen and sheet.new_places[0].parent_key == "KR-SEOUL-DOBONG"
    # The preview's own reading, taken as an override, is the same choice: planned again, it reads the same.
    again = service.preview_import(path, ColumnMapping.of_sheet(sheet))
    assert again.sheets[0].places_as == sheet.places_as and again.sheets[0].new_places == sheet.new_places

    service.apply_import(path, choice)
    programs = _programs(service.db)
    assert programs["골목 정원"].place.name == "Gangdong-gu"
    assert programs["나눔 냉장고"].place.id == programs["마을 축제"].place.id  # one new place, not two
    paths = _paths(service.db)
    assert paths["창동"] == "South Korea > Seoul > Dobong-gu > 창동"
    assert set(paths) - before == {"창동"}  # Gangdong is Gangdong-gu, not a new place


def test_the_user_may_put_a_new_place_elsewhere_than_the_sheet_implies(service: Any, tmp_path: Path) -> None:
    path = tmp_path / "places.xlsx"
    shutil.copy(DATA / "kr_unknown_places.xlsx", path)
    found = service.preview_import(path).sheets[0]
    assert render(found.new_places[0].said("en"), "en") == "창동 (neighbourhood in Dobong-gu)"
    assert not found.new_places[0].chosen
    moved = ColumnMapping.of_sheet(found).place("창동", parent="KR-SEOUL-GANGDONG")
    preview = service.preview_import(path, moved)
    assert render(preview.sheets[0].new_places[0].said("en"), "en") == "창동 (neighbourhood in Gangdong-gu)"
    service.apply_import(path, moved)
    paths = _paths(service.db)
    assert paths["창동"] == "South Korea > Seoul > Gangdong-gu > 창동"
    assert paths["쌍문동"] == "South Korea > Seoul > Dobong-gu > 쌍문동"  # the others as the sheet says


@pytest.mark.parametrize(
    ("choice", "problem"),
    [
        (
            {"parent": "KR-SEOUL-DOBONG"},
            "A district cannot be inside a district ('Dobong-gu'); a place goes inside a larger one",
        ),
        (
            {"parent": "Nowhere-gu"},
            "There is no place 'Nowhere-gu' to read '마포구' as or put it in; add it first in Tools > Places "
            "(or: civic-tracker places add)",
        ),
        (
            {"same_as": "KR-NOWHERE"},
            "There is no place 'KR-NOWHERE' to read '마포구' as or put it in; add it first in Tools > Places "
            "(or: civic-tracker places add)",
        ),
    ],
)
def test_a_choice_that_cannot_be_is_refused_alike_by_the_preview_and_the_import(
    service: Any, tmp_path: Path, choice: dict[str, str], problem: str
) -> None:
    path = _sheet(tmp_path / "mapo.xlsx", [[1, "마포 책방", "마포구", "추진중"]])
    mapping = ColumnMapping("", {}, None).place("마포구", **choice)
    preview = service.preview_import(path, mapping)
    assert _errors(preview) == [(3, "마포구", problem)]
    with pytest.raises(ImportRefusedError) as refused:
        service.apply_import(path, mapping)
    assert _errors(refused.value.preview) == _errors(preview)
    assert "마포구" not in _paths(service.db)


def test_choices_travel_with_a_saved_mapping_to_next_months_sheet(service: Any, tmp_path: Path) -> None:
    march = _plain(tmp_path, "march.xlsx")
    choice = (
        ColumnMapping("", {}, "사업현황")
        .place("Gangdong", same_as="KR-SEOUL-GANGDONG")
        .place("창동", parent="KR-SEOUL-DOBONG")
    )
    reading = ColumnMapping.of_sheet(service.preview_import(march, choice).sheets[0])
    service.save_mapping("주민자치 월간", reading.for_next_sheet())
    saved = service.mapping("주민자치 월간")
    assert {(c.name, c.parent, c.same_as) for c in saved.places} == {
        ("Gangdong", None, "KR-SEOUL-GANGDONG"),
        ("창동", "KR-SEOUL-DOBONG", None),
    }
    april = _sheet(tmp_path / "april.xlsx", [[1, "강동 텃밭", "Gangdong", "계획"], [2, "창동 공방", "창동", "계획"]])
    preview = service.preview_import(april, saved)
    assert preview.error_count == 0, _errors(preview)
    service.apply_import(april, saved)
    programs = _programs(service.db)
    assert programs["강동 텃밭"].place.name == "Gangdong-gu"
    assert _paths(service.db)[programs["창동 공방"].place.name] == "South Korea > Seoul > Dobong-gu > 창동"


def test_a_choice_made_again_for_a_name_replaces_the_first() -> None:
    mapping = ColumnMapping("", {}).place("창동", parent="A").place(" 창동 ", same_as="B")
    assert [(c.name, c.parent, c.same_as) for c in mapping.places] == [("창동", None, "B")]
    assert mapping.place("창동").places == ()  # neither: back to as the import finds it


def test_the_command_line_says_and_takes_the_same_choices(
    service: Any, seeded_db: Any, tmp_path: Path, capsys: Any
) -> None:
    from app.cli import main

    path = _plain(tmp_path)
    db = ["--db", str(seeded_db.url)]
    assert main([*db, "import", str(path), "--dry-run"]) == 1
    out = capsys.readouterr().out
    assert "places the app does not know (say where each goes with --place-in or --place-is): Gangdong, 창동" in out
    chosen = ["--place-is", "Gangdong=KR-SEOUL-GANGDONG", "--place-in", "창동=Dobong-gu"]
    assert main([*db, "import", str(path), "--dry-run", *chosen]) == 0
    out = capsys.readouterr().out
    assert "places read as places the app knows: Gangdong = KR-SEOUL-GANGDONG" in out
    assert "new places of the office: 창동 (neighbourhood in Dobong-gu)" in out
    assert main([*db, "import", str(path), *chosen]) == 0
    capsys.readouterr()
    assert _paths(service.db)["창동"] == "South Korea > Seoul > Dobong-gu > 창동"
    assert _programs(service.db)["골목 정원"].place.name == "Gangdong-gu"


def test_a_place_choice_without_a_place_is_a_usage_error(seeded_db: Any, tmp_path: Path, capsys: Any) -> None:
    from app.cli import main

    path = _plain(tmp_path)
    assert main(["--db", str(seeded_db.url), "--lang", "ko", "import", str(path), "--place-in", "창동"]) == 2
    assert "--place-in에는 NAME=PLACE(예: 창동=도봉구)를 씁니다. '창동'는 쓸 수 없습니다" in capsys.readouterr().err


def test_a_district_written_without_its_suffix_is_the_district(service: Any, tmp_path: Path) -> None:
    path = _sheet(tmp_path / "short.xlsx", [[1, "청년 창업 지원", "강동", "추진중"], [2, "도서관", "도봉", "계획"]])
    preview = service.preview_import(path)
    assert preview.error_count == 0 and preview.sheets[0].new_places == ()
    service.apply_import(path)
    programs = _programs(service.db)
    assert (programs["청년 창업 지원"].place.name, programs["도서관"].place.name) == ("Gangdong-gu", "Dobong-gu")


def test_the_command_line_saves_the_places_chosen_for_next_month(
    service: Any, seeded_db: Any, tmp_path: Path, capsys: Any
) -> None:
    from app.cli import main

    db = ["--db", str(seeded_db.url)]
    chosen = ["--place-is", "Gangdong=KR-SEOUL-GANGDONG", "--place-in", "창동=Dobong-gu"]
    assert main([*db, "import", str(_plain(tmp_path)), *chosen, "--save-mapping", "주민자치"]) == 0
    assert "How sheet '사업현황' was read is saved as '주민자치'" in capsys.readouterr().out
    april = _sheet(tmp_path / "april.xlsx", [[1, "강동 텃밭", "Gangdong", "계획"], [2, "창동 공방", "창동", "계획"]])
    assert main([*db, "import", str(april), "--mapping", "주민자치"]) == 0
    capsys.readouterr()
    programs = _programs(service.db)
    assert programs["강동 텃밭"].place.name == "Gangdong-gu" and programs["창동 공방"].place.name == "창동"


def test_the_district_a_title_names_is_placed_and_its_dong_follow(
    service: Any, seeded_db: Any, tmp_path: Path, capsys: Any
) -> None:
    from app.cli import main

    path = tmp_path / "mapo.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["마포구 주요사업 추진현황"])  # a district the app does not know yet
    ws.append(["사업명", "행정동", "추진상황"])
    ws.append(["경로당 리모델링", "망원동", "추진중"])
    ws.append(["공공도서관", "합정동", "계획"])
    wb.save(path)
    found = service.preview_import(path).sheets[0]
    assert found.unknown_places == ("마포구", "망원동", "합정동")
    mapo = ColumnMapping.of_sheet(found).place("마포구", parent="KR-SEOUL")
    preview = service.preview_import(path, mapo)
    assert preview.error_count == 0, _errors(preview)
    assert [render(p.said("en"), "en") for p in preview.sheets[0].new_places] == [
        "마포구 (district in Seoul)",
        "망원동 (neighbourhood in 마포구)",
        "합정동 (neighbourhood in 마포구)",
    ]
    # the same in one run of the command line
    assert main(["--db", str(seeded_db.url), "import", str(path), "--place-in", "마포구=Seoul"]) == 0
    capsys.readouterr()
    paths = _paths(service.db)
    assert paths["망원동"] == "South Korea > Seoul > 마포구 > 망원동"
    assert paths["합정동"] == "South Korea > Seoul > 마포구 > 합정동"


def _titled(path: Path, title: str, rows: list[list[Any]]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "추진현황"
    ws.append([title])
    ws.append(["사업명", "담당부서", "추진상황"])
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def test_a_sheet_with_no_place_column_is_about_the_district_its_title_names(service: Any, tmp_path: Path) -> None:
    """2024년 도봉구 주요사업 추진현황, no place column: its programs are Dobong-gu's, shown so in the preview;
    a program already placed elsewhere (moved by hand to a 동) stays where it is."""
    rows = [["청년 창업 공간", "일자리경제과", "정상 추진"], ["마을 정원", "공원녹지과", "미착수"]]
    path = _titled(tmp_path / "dobong.xlsx", "2024년 도봉구 주요사업 추진현황", rows)
    preview = service.preview_import(path)
    assert preview.errors == ()
    assert {c.label: [f.new for f in c.changes if f.column == "Place"] for c in preview.changes} == {
        "청년 창업 공간": ["도봉구"],
        "마을 정원": ["도봉구"],
    }
    service.apply_import(path)
    programs = _programs(service.db)
    assert {t: programs[t].place.name for t in ("청년 창업 공간", "마을 정원")} == {
        "청년 창업 공간": "Dobong-gu",
        "마을 정원": "Dobong-gu",
    }
    ps = ProgramService(service.db)
    gangdong = next(p.id for p in ps.list_places() if p.name == "Gangdong-gu")
    ps.update_program(programs["마을 정원"].key, {"place_id": gangdong})
    again = service.preview_import(path)
    assert (again.updated, again.error_count) == (0, 0)


def test_a_district_the_title_names_and_the_app_does_not_know_is_placed_by_the_user(
    service: Any, tmp_path: Path
) -> None:
    path = _titled(
        tmp_path / "mapo.xlsx", "2024년 마포구 주요사업 추진현황", [["마포 책방", "문화체육과", "정상 추진"]]
    )
    preview = service.preview_import(path)
    assert preview.sheets[0].unknown_places == ("마포구",) and preview.errors == ()
    # Put in a place there is not, it is refused by the preview and the import alike (it was left unplaced
    # without a word, the user believing it placed).
    nowhere = ColumnMapping("", {}, None).place("마포구", parent="Busan")
    refused = service.preview_import(path, nowhere)
    assert [e.message for e in refused.errors] == [
        "There is no place 'Busan' to read '마포구' as or put it in; add it first in Tools > Places "
        "(or: civic-tracker places add)"
    ]
    with pytest.raises(ImportRefusedError) as caught:
        service.apply_import(path, nowhere)
    assert [e.message for e in caught.value.preview.errors] == [e.message for e in refused.errors]
    chosen = ColumnMapping("", {}, None).place("마포구", parent="KR-SEOUL")
    service.apply_import(path, chosen)
    assert _programs(service.db)["마포 책방"].place.name == "마포구"
    assert _paths(service.db)["마포구"].endswith("Seoul > 마포구")


@pytest.mark.parametrize("title", ["2024년 서울특별시 도봉구 주요사업 추진현황", "서울특별시 도봉구 사업현황"])
def test_a_title_naming_a_city_and_its_district_is_about_the_district(service: Any, tmp_path: Path, title: str) -> None:
    path = _titled(tmp_path / "full.xlsx", title, [["청년 창업 공간", "일자리경제과", "정상 추진"]])
    service.apply_import(path)
    assert _programs(service.db)["청년 창업 공간"].place.name == "Dobong-gu"
