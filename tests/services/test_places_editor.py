"""The Places editor's service: renaming, local names, moving and merging places of the office, with the
programs in them found by their new place, and the seeded places left as the case library names them."""

from __future__ import annotations

import json
from typing import Any

import pytest
from sqlalchemy import select

from app.domain.enums import PlaceLevel
from app.domain.errors import NotFoundError, ValidationError
from app.domain.messages import render
from app.domain.model import ProgramFilter
from app.services.places import PlaceService
from app.services.programs import ProgramDraft, ProgramService
from app.services.seed import SeedService
from app.store import models as m


def _found(db: Any, text: str) -> set[str]:
    return {r.title for r in ProgramService(db).list_programs(ProgramFilter(text=text, is_case=False)).rows}


def _program_in(db: Any, title: str, place_id: int) -> str:
    return ProgramService(db).create_program(ProgramDraft(title=title, place_id=place_id)).key


def test_a_renamed_place_finds_its_programs_and_those_of_the_places_inside_it(seeded_db: Any) -> None:
    places = PlaceService(seeded_db)
    mapo = places.add_place("Mapo", parent="Seoul", level=PlaceLevel.DISTRICT)
    seogyo = places.add_place("Seogyo-dong", parent=mapo.key)
    _program_in(seeded_db, "Night market", mapo.id)
    _program_in(seeded_db, "Alley gardens", seogyo.id)
    assert _found(seeded_db, "mapo-gu") == set()

    renamed = places.rename(mapo.key, "Mapo-gu")
    assert (renamed.key, renamed.name, renamed.path) == (mapo.key, "Mapo-gu", "South Korea > Seoul > Mapo-gu")
    assert _found(seeded_db, "mapo-gu") == {"Night market", "Alley gardens"}
    assert _found(seeded_db, "seogyo") == {"Alley gardens"}

    local = places.set_local_name("Mapo-gu", "마포구")
    assert local.name_local == "마포구"
    assert _found(seeded_db, "마포구") == {"Night market", "Alley gardens"}
    assert places.set_local_name(mapo.key, "  ").name_local is None
    assert _found(seeded_db, "마포구") == set()


def test_a_rename_is_refused_when_empty_or_when_a_sibling_has_the_name(seeded_db: Any) -> None:
    places = PlaceService(seeded_db)
    places.add_place("Mapo-gu", parent="Seoul")
    seocho = places.add_place("Seocho-gu", parent="Seoul")
    with pytest.raises(ValidationError, match="already a place 'mapo-gu'"):
        places.rename(seocho.key, "mapo-gu")
    with pytest.raises(ValidationError, match="needs a name"):
        places.rename(seocho.key, " ")
    with pytest.raises(NotFoundError, match="no place 'Atlantis'"):
        places.rename("Atlantis", "Lemuria")
    # A change of case only is a rename like any other.
    assert places.rename(seocho.key, "SEOCHO-GU").name == "SEOCHO-GU"


def test_the_case_librarys_places_are_not_edited_and_survive_seeding(seeded_db: Any) -> None:
    places = PlaceService(seeded_db)
    for edit in (
        lambda: places.rename("Dobong-gu", "Dobong"),
        lambda: places.set_local_name("KR-SEOUL-DOBONG", "도봉"),
        lambda: places.move("Dobong-gu", "South Korea"),
        lambda: places.merge("Dobong-gu", "Gangdong-gu"),
        lambda: places.delete_place("Dobong-gu"),
    ):
        with pytest.raises(ValidationError, match="a place of the case library") as caught:
            edit()
        assert caught.value.message is not None
        assert "사례 라이브러리" in render(caught.value.message, "ko")
    # Places of the office keep their edits through a new seeding.
    mapo = places.add_place("Mapo", parent="Seoul", level=PlaceLevel.DISTRICT)
    places.rename(mapo.key, "Mapo-gu")
    places.set_local_name(mapo.key, "마포구")
    places.move(mapo.key, "Shenzhen")
    SeedService(seeded_db).seed()
    after = {p.key: p for p in places.list_places()}
    assert after[mapo.key].path.endswith("Shenzhen > Mapo-gu")
    assert after[mapo.key].name_local == "마포구"


def test_a_move_keeps_the_tree_a_tree_and_larger_places_around_smaller_ones(seeded_db: Any) -> None:
    places = PlaceService(seeded_db)
    mapo = places.add_place("Mapo-gu", "마포구", "Seoul")
    seogyo = places.add_place("Seogyo-dong", parent=mapo.key)
    _program_in(seeded_db, "Alley gardens", seogyo.id)
    with pytest.raises(ValidationError, match="under itself or under a place inside it"):
        places.move(mapo.key, seogyo.key)
    with pytest.raises(ValidationError, match="under itself"):
        places.move(mapo.key, mapo.key)
    with pytest.raises(ValidationError, match="A district cannot be inside a district") as caught:
        places.move(mapo.key, "Dobong-gu")
    assert caught.value.message is not None
    assert render(caught.value.message, "ko").startswith("구은(는) 구('Dobong-gu') 안에")
    with pytest.raises(NotFoundError, match="no place 'Atlantis' to put it under"):
        places.move(mapo.key, "Atlantis")

    moved = places.move(seogyo.key, "도봉구")
    assert moved.path == "South Korea > Seoul > Dobong-gu > Seogyo-dong"
    # The program's search text follows the place's new path.
    assert _found(seeded_db, "dobong-gu seogyo") == {"Alley gardens"}
    assert _found(seeded_db, "mapo-gu") == set()
    # Adding is held to the same rule as moving.
    with pytest.raises(ValidationError, match="A city cannot be inside a district"):
        places.add_place("Riverside", parent="Dobong-gu", level=PlaceLevel.CITY)


def test_a_merge_moves_programs_organizations_and_places_then_deletes_the_merged_place(seeded_db: Any) -> None:
    places = PlaceService(seeded_db)
    dup = places.add_place("Mapo", "마포", "Seoul", level=PlaceLevel.DISTRICT)
    mapo = places.add_place("Mapo-gu", "마포구", "Seoul")
    seogyo_dup = places.add_place("Seogyo-dong", parent=dup.key)
    places.add_place("Seogyo-dong", parent=mapo.key)
    hapjeong = places.add_place("Hapjeong-dong", parent=dup.key)
    on_dup = _program_in(seeded_db, "Night market", dup.id)
    on_child = _program_in(seeded_db, "Alley gardens", seogyo_dup.id)
    trashed = _program_in(seeded_db, "Old plan", dup.id)
    ProgramService(seeded_db).delete_program(trashed)
    with seeded_db.write() as s:
        s.add(m.Organization(key="ORG-MAPO-OFFICE", name="Mapo office", place_id=dup.id))

    result = places.merge("마포", "Mapo-gu")
    assert result.into.key == mapo.key
    # Night market, Old plan (in the trash) and Alley gardens (in the Seogyo-dong merged with it).
    assert (result.programs, result.organizations, result.places) == (3, 1, 2)
    listed = {p.path: p for p in places.list_places()}
    assert "South Korea > Seoul > Mapo" not in listed
    assert "South Korea > Seoul > Mapo-gu > Hapjeong-dong" in listed
    # Same-named places inside were merged too: one Seogyo-dong left, holding the program.
    assert [p for p in listed if p.endswith("Seogyo-dong")] == ["South Korea > Seoul > Mapo-gu > Seogyo-dong"]
    assert listed["South Korea > Seoul > Mapo-gu > Hapjeong-dong"].key == hapjeong.key

    svc = ProgramService(seeded_db)
    night = svc.get_program(on_dup)
    assert night.place is not None and night.place.key == mapo.key
    assert _found(seeded_db, "마포구") == {"Night market", "Alley gardens"}
    assert _found(seeded_db, "마포구 seogyo") == {"Alley gardens"}
    with seeded_db.read() as s:
        org = s.execute(select(m.Organization).where(m.Organization.key == "ORG-MAPO-OFFICE")).scalar_one()
        assert org.place_id == mapo.id
        # The program's history tells of its new place, as any change of place does.
        changes = s.execute(
            select(m.ChangeRecord.new_value).where(
                m.ChangeRecord.entity_key == on_dup, m.ChangeRecord.field == "place_id"
            )
        ).scalars()
        assert str(mapo.id) in set(changes)
    # The trashed program comes back in the place that remains.
    assert svc.restore_program(trashed).place.key == mapo.key  # type: ignore[union-attr]
    assert svc.get_program(on_child).place.key != seogyo_dup.key  # type: ignore[union-attr]


def test_a_merge_into_itself_or_into_a_place_inside_it_is_refused(seeded_db: Any) -> None:
    places = PlaceService(seeded_db)
    mapo = places.add_place("Mapo-gu", parent="Seoul")
    seogyo = places.add_place("Seogyo-dong", parent=mapo.key)
    with pytest.raises(ValidationError, match="into itself or into a place inside it"):
        places.merge(mapo.key, seogyo.key)
    with pytest.raises(ValidationError, match="into itself"):
        places.merge(mapo.key, "Mapo-gu")
    with pytest.raises(NotFoundError, match="no place 'Atlantis'"):
        places.merge(mapo.key, "Atlantis")
    # A place inside the merged one that cannot sit in the remaining one stops the whole merge.
    busan = places.add_place("Busan", parent="South Korea", level=PlaceLevel.CITY)
    haeundae = places.add_place("Haeundae-gu", parent=busan.key)
    with pytest.raises(ValidationError, match="A district cannot be inside a district"):
        places.merge(busan.key, "Dobong-gu")
    assert {p.key for p in places.list_places()} >= {mapo.key, seogyo.key, busan.key, haeundae.key}


def test_a_place_with_nothing_in_it_can_be_deleted(seeded_db: Any) -> None:
    places = PlaceService(seeded_db)
    mapo = places.add_place("Mapo-gu", parent="Seoul")
    seogyo = places.add_place("Seogyo-dong", parent=mapo.key)
    with pytest.raises(ValidationError, match="0 programs, 0 organizations and 1 places are in it"):
        places.delete_place(mapo.key)
    places.delete_place(seogyo.key)
    places.delete_place(mapo.key)
    assert not {mapo.key, seogyo.key} & {p.key for p in places.list_places()}


def test_program_counts_count_the_programs_a_place_holds_itself(seeded_db: Any) -> None:
    places = PlaceService(seeded_db)
    mapo = places.add_place("Mapo-gu", parent="Seoul")
    seogyo = places.add_place("Seogyo-dong", parent=mapo.key)
    _program_in(seeded_db, "One", mapo.id)
    _program_in(seeded_db, "Two", mapo.id)
    gone = _program_in(seeded_db, "Three", seogyo.id)
    ProgramService(seeded_db).delete_program(gone)
    counts = places.program_counts()
    assert counts.get(mapo.id) == 2
    assert seogyo.id not in counts


def _run(capsys: Any, *argv: str) -> tuple[int, str, str]:
    from app.cli import main

    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_rename_local_move_and_merge_on_the_command_line(seeded_db: Any, capsys: Any) -> None:
    url = str(seeded_db.url)
    assert _run(capsys, "--db", url, "places", "add", "Mapo", "--parent", "Seoul", "--level", "district")[0] == 0
    code, out, err = _run(capsys, "--db", url, "places", "rename", "Mapo", "Mapo-gu")
    assert (code, err) == (0, "")
    assert out.strip() == "Renamed PLACE-MAPO: South Korea > Seoul > Mapo-gu"
    code, out, _ = _run(capsys, "--db", url, "places", "local", "PLACE-MAPO", "마포구")
    assert out.strip() == "PLACE-MAPO (South Korea > Seoul > Mapo-gu) is called '마포구' locally"
    code, out, _ = _run(capsys, "--db", url, "--lang", "ko", "places", "local", "마포구", "")
    assert out.strip() == "PLACE-MAPO(South Korea > Seoul > Mapo-gu)의 현지 이름을 지웠습니다"

    _run(capsys, "--db", url, "places", "add", "Seogyo-dong", "--parent", "Mapo-gu")
    code, out, _ = _run(capsys, "--db", url, "places", "move", "Seogyo-dong", "--parent", "Dobong-gu")
    assert (code, out.strip()) == (0, "Moved PLACE-SEOGYO-DONG: South Korea > Seoul > Dobong-gu > Seogyo-dong")

    _run(capsys, "--db", url, "places", "add", "Hapjeong-dong", "--parent", "Mapo-gu")
    mapo = next(p for p in PlaceService(seeded_db).list_places() if p.name == "Mapo-gu")
    _program_in(seeded_db, "Night market", mapo.id)
    code, out, _ = _run(capsys, "--db", url, "places", "merge", "Mapo-gu", "--into", "Dobong-gu")
    assert code == 0
    assert out.strip() == (
        "Merged 'Mapo-gu' into KR-SEOUL-DOBONG (South Korea > Seoul > Dobong-gu): 1 programs, 0 organizations "
        "and 1 places moved"
    )
    code, out, _ = _run(capsys, "--db", url, "places", "list", "--json")
    paths = {p["path"] for p in json.loads(out)}
    assert "South Korea > Seoul > Dobong-gu > Hapjeong-dong" in paths
    assert not any("Mapo" in p for p in paths)
    code, out, _ = _run(capsys, "--db", url, "programs", "list", "--search", "dobong-gu night", "--json")
    assert [p["title"] for p in json.loads(out)] == ["Night market"]


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (
            ("rename", "Atlantis", "Lemuria"),
            "civic-tracker: There is no place 'Atlantis'; see: civic-tracker places list",
        ),
        (("rename", "Seoul", "Seoul City"), "civic-tracker: 'Seoul' is a place of the case library"),
        (("rename", "PLACE-MAPO-GU", " "), "civic-tracker: A place needs a name"),
        (("move", "Mapo-gu", "--parent", "Dobong-gu"), "civic-tracker: A district cannot be inside a district"),
        (("move", "Mapo-gu", "--parent", "Nowhere"), "civic-tracker: There is no place 'Nowhere' to put it under"),
        (("merge", "Mapo-gu", "--into", "Mapo-gu"), "civic-tracker: 'Mapo-gu' cannot be merged into itself"),
        (("merge", "Dobong-gu", "--into", "Mapo-gu"), "civic-tracker: 'Dobong-gu' is a place of the case library"),
    ],
)
def test_bad_places_input_exits_1_with_one_line(seeded_db: Any, capsys: Any, argv: tuple[str, ...], said: str) -> None:
    url = str(seeded_db.url)
    _run(capsys, "--db", url, "places", "add", "Mapo-gu", "--parent", "Seoul")
    code, out, err = _run(capsys, "--db", url, "places", *argv)
    assert (code, out) == (1, "")
    assert err.startswith(said) and err.count("\n") == 1


def test_a_refusal_is_said_in_the_language_asked_for(seeded_db: Any, capsys: Any) -> None:
    url = str(seeded_db.url)
    _run(capsys, "--db", url, "places", "add", "Mapo-gu", "--parent", "Seoul")
    code, _, err = _run(capsys, "--db", url, "--lang", "zh_CN", "places", "move", "Mapo-gu", "--parent", "Dobong-gu")
    assert (code, err.strip()) == (1, "civic-tracker: 区不能位于区（“Dobong-gu”）之内；地区只能位于更大的地区之内")
