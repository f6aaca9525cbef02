"""Places of the office: added from the command line, listed with their paths, untouched by seeding, and
found by an import."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from app.cli import main
from app.domain.enums import PlaceLevel
from app.domain.errors import NotFoundError, ValidationError
from app.domain.places import level_from_name
from app.services.places import PlaceService


@pytest.mark.parametrize(
    ("name", "level"),
    [
        ("Mapo-gu", PlaceLevel.DISTRICT),
        ("마포구", PlaceLevel.DISTRICT),
        ("Chang-dong", PlaceLevel.NEIGHBOURHOOD),
        ("창동", PlaceLevel.NEIGHBOURHOOD),
        ("福田区", PlaceLevel.DISTRICT),
        ("宝安县", PlaceLevel.DISTRICT),
        ("深圳市", PlaceLevel.CITY),
    ],
)
def test_a_place_name_says_its_level(name: str, level: PlaceLevel) -> None:
    assert level_from_name(name) is level


def test_places_added_by_the_office_sit_under_their_parent_and_survive_seeding(seeded_db: Any) -> None:
    from app.services.seed import SeedService

    service = PlaceService(seeded_db)
    mapo = service.add_place("Mapo-gu", "마포구", "Seoul")
    assert (mapo.level, mapo.path) == (PlaceLevel.DISTRICT, "South Korea > Seoul > Mapo-gu")
    chang = service.add_place("Chang-dong", "창동", "도봉구")
    assert chang.path == "South Korea > Seoul > Dobong-gu > Chang-dong"
    with pytest.raises(ValidationError, match="already a place 'Mapo-gu'"):
        service.add_place("Mapo-gu", parent="Seoul")
    with pytest.raises(NotFoundError, match="no place 'Atlantis'"):
        service.add_place("Sunken-gu", parent="Atlantis")
    with pytest.raises(ValidationError, match="give --level"):
        service.add_place("Riverside")
    SeedService(seeded_db).seed()
    after = {p.key: p for p in service.list_places()}
    assert after[mapo.key] == mapo and after[chang.key] == chang


def test_places_list_json_and_add_on_the_command_line(seeded_db: Any, capsys: Any) -> None:
    url = str(seeded_db.url)
    assert main(["--db", url, "places", "add", "Mapo-gu", "--local", "마포구", "--parent", "Seoul"]) == 0
    capsys.readouterr()
    assert main(["--db", url, "places", "list", "--json"]) == 0
    places = json.loads(capsys.readouterr().out)
    mapo = next(p for p in places if p["name"] == "Mapo-gu")
    assert mapo == {
        "key": "PLACE-MAPO-GU",
        "name": "Mapo-gu",
        "name_local": "마포구",
        "level": "district",
        "parent": "Seoul",
        "path": "South Korea > Seoul > Mapo-gu",
    }


def test_an_import_finds_a_place_the_office_added(seeded_db: Any, tmp_path: Path) -> None:
    from app.services.workbook import WorkbookService

    PlaceService(seeded_db).add_place("Mapo-gu", "마포구", "Seoul")
    wb = openpyxl.Workbook()
    wb.active.append(["사업명", "자치구", "추진상황"])
    wb.active.append(["마포 나눔카", "마포구", "추진중"])
    path = tmp_path / "mapo.xlsx"
    wb.save(path)
    preview = WorkbookService(seeded_db).preview_import(path)
    assert preview.error_count == 0, [str(e) for e in preview.errors]
    assert ("자치구", None, "마포구") in {(f.column, f.old, f.new) for c in preview.changes for f in c.changes}
