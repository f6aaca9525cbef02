"""The seeded case library: every case present, facts as the document states them, idempotent."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.domain.model import ProgramFilter
from app.services.programs import ProgramDraft, ProgramService
from app.services.seed import SeedService
from app.store import models as m
from tests.conftest import REPO, SOURCE_DOCUMENT

REQUIRED_CASES = {
    "SEOUL-CHATDONG",
    "SEOUL-NANUM-CAR",
    "SEOUL-TTAREUNGI",
    "SEOUL-INNOVATION-PARK",
    "GANGDONG-SE-CENTER",
    "DOBONG-SD-GOVERNANCE",
    "CN-SHENYANG-MODEL",
    "CN-WUHAN-MODEL",
    "CN-NANJING-MODEL",
    "CN-YANTIAN-MODEL",
    "CN-SHANGHAI-MODEL",
    "CN-HANGZHOU-COLLAB",
    "CN-CSR-WORKPLACE",
    "CN-WENCHUAN-CHARITY",
    "CN-NGO-CONTRACTING",
    "CN-CSIA",
    "CN-SMART-ELDERLY-CARE",
    "CN-DISABILITY-SERVICES",
    "CN-HOPE-PROJECTS",
}

DOCUMENT = " ".join(SOURCE_DOCUMENT.read_text(encoding="utf-8").split())


def values(program, indicator_fragment: str) -> dict[str, float]:
    (ind,) = [i for i in program.indicators if indicator_fragment in i.key]
    return {str(v.period): v.value for v in ind.values}


def test_every_case_of_the_document_is_in_the_library(seeded_db) -> None:
    keys = {p.key for p in ProgramService(seeded_db).list_programs(ProgramFilter(is_case=True), limit=100).rows}
    assert keys >= REQUIRED_CASES


def test_seeded_numbers_match_the_document(seeded_db) -> None:
    svc = ProgramService(seeded_db)
    bike = svc.get_program("SEOUL-TTAREUNGI")
    assert values(bike, "BICYCLES") == {"2015": 2000, "2017": 5600}
    assert values(bike, "PLACES") == {"2015": 150, "2017": 450} or values(bike, "STATIONS") == {
        "2015": 150,
        "2017": 450,
    }
    chatdong = svc.get_program("SEOUL-CHATDONG")
    assert values(chatdong, "VILLAGES") == {"2015": 80, "2017": 342}
    nanum = svc.get_program("SEOUL-NANUM-CAR")
    assert 1_900_000 in {v.value for i in nanum.indicators for v in i.values}
    assert 4011 in {v.value for i in nanum.indicators for v in i.values}
    csia = svc.get_program("CN-CSIA")
    found = {(str(v.period), v.value) for i in csia.indicators for v in i.values}
    assert {("2010", 161), ("2012", 249), ("2010", 22)} <= found
    elderly = svc.get_program("CN-SMART-ELDERLY-CARE")
    assert 10.8 in {v.value for i in elderly.indicators for v in i.values}
    park = svc.get_program("SEOUL-INNOVATION-PARK")
    assert 190 in {v.value for i in park.indicators for v in i.values}


def test_every_seeded_value_carries_a_reference_from_the_document(seeded_db) -> None:
    svc = ProgramService(seeded_db)
    for key in REQUIRED_CASES:
        program = svc.get_program(key)
        assert program.sources, f"{key} has no sources"
        assert program.citations, f"{key} has no citations"
        for ind in program.indicators:
            for v in ind.values:
                assert v.citations, f"{ind.key} {v.period} has no citation"
                for c in v.citations:
                    assert " ".join((c.excerpt or "").split()) in DOCUMENT


def test_the_references_keep_their_urls_and_access_dates(seeded_db) -> None:
    bike = ProgramService(seeded_db).get_program("SEOUL-TTAREUNGI")
    ref = {s.key: s for s in bike.sources}["SEOUL-REF-3"]
    assert ref.url is not None and ref.url.startswith("http://english.seoul.go.kr/")
    assert ref.accessed_on is not None and ref.accessed_on.isoformat() == "2017-08-14"


def test_dobong_steps_are_tasks_in_document_order(seeded_db) -> None:
    dobong = ProgramService(seeded_db).get_program("DOBONG-SD-GOVERNANCE")
    titles = [t.title.lower() for t in dobong.tasks]
    assert "ordinance" in titles[0]
    assert any("committee" in t for t in titles[1:3])
    assert any("vision" in t for t in titles)
    assert "action plan" in titles[-1] or "unit task" in titles[-1]
    assert dobong.tasks[0].start_date is not None and str(dobong.tasks[0].start_date) == "2015"


def test_unstated_facts_stay_empty(seeded_db) -> None:
    svc = ProgramService(seeded_db)
    hope = svc.get_program("CN-HOPE-PROJECTS")
    assert hope.start_date is None and hope.end_date is None
    assert svc.get_program("SEOUL-TTAREUNGI").percent_complete is None


def test_seeding_twice_duplicates_nothing(seeded_db) -> None:
    def counts() -> list[int]:
        with seeded_db.read() as s:
            return [
                s.execute(select(func.count()).select_from(t)).scalar_one()
                for t in (m.Program, m.Task, m.ProgressEntry, m.Indicator, m.IndicatorValue, m.Source, m.Citation)
            ]

    before = counts()
    report = SeedService(seeded_db).seed()
    assert report.created == 0 and report.updated == 0
    assert counts() == before


def test_edited_seed_updates_the_case_and_leaves_own_programs_alone(seeded_db, tmp_path: Path) -> None:
    folder = tmp_path / "seed"
    shutil.copytree(REPO / "seed", folder)
    svc = ProgramService(seeded_db)
    own = svc.create_program(ProgramDraft(title="Our bike rollout", summary="ours"))
    case_file = folder / "cases" / "SEOUL-TTAREUNGI.json"
    data = json.loads(case_file.read_text(encoding="utf-8"))
    data["title"] = "Ttareungi (edited)"
    case_file.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")

    report = SeedService(seeded_db, folder).seed()

    assert report.updated == 1
    assert svc.get_program("SEOUL-TTAREUNGI").title == "Ttareungi (edited)"
    after = svc.get_program(own.key)
    assert (after.title, after.summary, after.version) == ("Our bike rollout", "ours", own.version)


def test_seed_citations_name_existing_sources_only(seeded_db) -> None:
    with seeded_db.read() as s:
        keys = set(s.execute(select(m.Source.key)).scalars())
    assert {"SEOUL-ESSAY", "CHINA-ESSAY"} <= keys
    assert {f"SEOUL-REF-{i}" for i in range(1, 6)} <= keys
    assert {f"CHINA-REF-{i}" for i in range(1, 5)} <= keys
    assert all(re.fullmatch(r"[A-Z0-9-]+", k) for k in keys)


@pytest.mark.parametrize("key", sorted(REQUIRED_CASES))
def test_case_titles_are_not_empty(seeded_db, key: str) -> None:
    assert ProgramService(seeded_db).get_program(key).title.strip()
