"""Traceability tests for the seeded case library (seed/).

Every fact in the seed files carries a ``cite`` whose ``excerpt`` must be a
verbatim substring of ``seed/source-document.txt`` once runs of whitespace are
folded to a single space. See ``seed/README.md`` for the file format.

Pure stdlib + pytest: no application imports.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seed"
DOCUMENT = SEED / "source-document.txt"

# Enumerations from seed/README.md.
PLACE_LEVELS = {"country", "province", "city", "district", "neighbourhood"}
ORG_KINDS = {
    "government_office",
    "committee",
    "support_center",
    "ngo",
    "social_enterprise",
    "company",
    "research_institute",
}
SECTORS = {"public", "private", "civil_society", None}
STATUSES = {"planned", "active", "on_hold", "completed", "cancelled", None}
# Not enumerated in the README; these are the values the seed uses / the brief allows.
VALUE_KINDS = {"actual", "plan"}
DIRECTIONS = {"higher", "lower", None}

PARTIAL_DATE = re.compile(r"^(\d{4}|\d{4}-\d{2}|\d{4}-\d{2}-\d{2}|\d{3}0s|(early|mid|late)-\d{3}0s)$")
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

REQUIRED_CASES = {
    # Seoul essay
    "SEOUL-CHATDONG",
    "SEOUL-NANUM-CAR",
    "SEOUL-TTAREUNGI",
    "SEOUL-INNOVATION-PARK",
    "GANGDONG-SE-CENTER",
    "DOBONG-SD-GOVERNANCE",
    # China essay
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

CASE_FIELDS = {
    "key",
    "title",
    "local_title",
    "summary",
    "description",
    "place",
    "lead_organization",
    "partners",
    "sector",
    "themes",
    "editorial",
    "status",
    "start_date",
    "end_date",
    "cite",
    "tasks",
    "progress",
    "indicators",
}
# Case fields that, when set, must be backed by a cite naming that field.
CITED_CASE_FIELDS = (
    "title",
    "summary",
    "description",
    "place",
    "lead_organization",
    "sector",
    "status",
    "start_date",
    "end_date",
    "partners",
)
MIN_EXCERPT_CHARS = 8


# --------------------------------------------------------------------------- helpers


def fold(text: str) -> str:
    """Fold every run of whitespace to one space and trim."""
    return re.sub(r"\s+", " ", text).strip()


_FOLDED_DOCUMENT: str | None = None


def folded_document() -> str:
    global _FOLDED_DOCUMENT
    if _FOLDED_DOCUMENT is None:
        _FOLDED_DOCUMENT = fold(DOCUMENT.read_text(encoding="utf-8"))
    return _FOLDED_DOCUMENT


def excerpt_in_document(excerpt: str) -> bool:
    folded = fold(excerpt)
    return bool(folded) and folded in folded_document()


_MULTIPLIERS = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_NUMBER = re.compile(
    r"(?<![\d.])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?:\s*(thousand|million|billion)\b)?",
    re.IGNORECASE,
)


def numbers_in(text: str) -> list[float]:
    """All numbers written in ``text``: "12,281" -> 12281, "1.9 million" -> 1900000, "10.8 %" -> 10.8."""
    found = []
    for match in _NUMBER.finditer(fold(text)):
        number = float(match.group(1).replace(",", ""))
        if match.group(2):
            number *= _MULTIPLIERS[match.group(2).lower()]
        found.append(number)
    return found


def number_stated(value: float, excerpts: list[str]) -> bool:
    for excerpt in excerpts:
        for number in numbers_in(excerpt):
            if abs(number - value) <= 1e-9 * max(1.0, abs(value)):
                return True
    return False


def load(path: Path):
    with path.open(encoding="utf-8") as fh:
        return json.load(fh)


def iter_cites(node, path="$"):
    """Yield (json-path, cite) for every entry of every `cite` / `*_cite` list, recursively."""
    if isinstance(node, dict):
        for key, value in node.items():
            if (key == "cite" or key.endswith("_cite")) and isinstance(value, list):
                for i, cite in enumerate(value):
                    yield f"{path}.{key}[{i}]", cite
            else:
                yield from iter_cites(value, f"{path}.{key}")
    elif isinstance(node, list):
        for i, item in enumerate(node):
            yield from iter_cites(item, f"{path}[{i}]")


def iter_tasks(tasks):
    for task in tasks:
        yield task
        yield from iter_tasks(task.get("children") or [])


# --------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="module")
def sources():
    return load(SEED / "sources.json")


@pytest.fixture(scope="module")
def places():
    return load(SEED / "places.json")


@pytest.fixture(scope="module")
def organizations():
    return load(SEED / "organizations.json")


@pytest.fixture(scope="module")
def case_files():
    files = sorted((SEED / "cases").glob("*.json"))
    assert files, "no case files in seed/cases"
    return {f.name: load(f) for f in files}


@pytest.fixture(scope="module")
def cases(case_files):
    return list(case_files.values())


@pytest.fixture(scope="module")
def all_documents(sources, places, organizations, case_files):
    docs = {"sources.json": sources, "places.json": places, "organizations.json": organizations}
    docs.update({f"cases/{name}": data for name, data in case_files.items()})
    return docs


# --------------------------------------------------------------------------- self-checks


def test_excerpt_checker_rejects_text_not_in_document():
    assert excerpt_in_document("In 2015, the service launched with 2,000 bicycles in 150 places")
    # whitespace folding: line breaks/multiple spaces are tolerated ...
    assert excerpt_in_document("In 2015,\n the   service launched with 2,000 bicycles")
    # ... but any other difference is not.
    assert not excerpt_in_document("In 2015, the service launched with 3,000 bicycles in 150 places")
    assert not excerpt_in_document("In 2016, the service launched with 2,000 bicycles")
    assert not excerpt_in_document("software-centered development")  # the document says "softwarecentered"
    assert not excerpt_in_document("Seoul launched 20,000 new electric buses")
    assert not excerpt_in_document("")
    assert not excerpt_in_document("   ")


def test_number_helper():
    assert numbers_in("1.9 million registrations") == [1_900_000]
    assert numbers_in("12,281 households") == [12281]
    assert numbers_in("accounting for 10.8 % of the population") == [10.8]
    assert numbers_in("342 villages in 2017[1].") == [342, 2017, 1]
    assert numbers_in("In 2015, the service launched with 2,000 bicycles in 150 places") == [2015, 2000, 150]
    assert number_stated(1_900_000, ["As of 2015, it had 1.9 million registrations"])
    assert number_stated(4011, ["and 4,011 users on a daily average [2]."])
    assert not number_stated(4011, ["and 4,012 users"])
    assert not number_stated(19, ["1.9 million registrations"])


def test_document_is_present():
    text = DOCUMENT.read_text(encoding="utf-8")
    assert "SOCIAL INNOVATION IN CHINA" in text
    assert "SEEK, SHARE, AND SPREAD" in text


# --------------------------------------------------------------------------- cites


def test_all_files_are_json_lists_or_objects(all_documents):
    for name, data in all_documents.items():
        if name.startswith("cases/"):
            assert isinstance(data, dict), name
        else:
            assert isinstance(data, list) and data, name


def test_every_cite_is_verbatim_and_names_a_known_source(all_documents, sources):
    source_keys = {s["key"] for s in sources}
    problems = []
    count = 0
    for name, data in all_documents.items():
        for path, cite in iter_cites(data):
            count += 1
            where = f"{name} {path}"
            if not isinstance(cite, dict):
                problems.append(f"{where}: cite is not an object")
                continue
            if cite.get("source") not in source_keys:
                problems.append(f"{where}: unknown source {cite.get('source')!r}")
            excerpt = cite.get("excerpt")
            if not isinstance(excerpt, str) or len(fold(excerpt)) < MIN_EXCERPT_CHARS:
                problems.append(f"{where}: excerpt missing or too short: {excerpt!r}")
            elif not excerpt_in_document(excerpt):
                problems.append(f"{where}: excerpt not in document: {excerpt!r}")
            extra = set(cite) - {"source", "excerpt", "field"}
            if extra:
                problems.append(f"{where}: unexpected cite keys {sorted(extra)}")
    assert count > 0
    assert not problems, "\n".join(problems)


def test_case_cite_fields_name_case_fields(cases):
    problems = []
    for case in cases:
        for i, cite in enumerate(case["cite"]):
            field = cite.get("field")
            if field is not None and field not in CASE_FIELDS | {"status_as_of"}:
                problems.append(f"{case['key']} cite[{i}]: unknown field {field!r}")
    assert not problems, "\n".join(problems)


def test_stated_case_fields_are_cited(cases):
    problems = []
    for case in cases:
        cited = {c.get("field") for c in case["cite"]}
        for field in CITED_CASE_FIELDS:
            value = case.get(field)
            if value not in (None, [], "") and field not in cited:
                problems.append(f"{case['key']}: field {field!r} is set but has no cite")
    assert not problems, "\n".join(problems)


def test_editorial_lists_exactly_the_values_the_library_adds(cases):
    """A local title or themes the document does not state (it has no Korean or Chinese at all) are editorial."""
    assert not re.search(r"[\u3040-\u9fff\uac00-\ud7af]", DOCUMENT.read_text(encoding="utf-8"))
    problems = []
    for case in cases:
        cited = {c.get("field") for c in case["cite"]}
        added = [f for f in ("local_title", "themes") if case.get(f) not in (None, [], "") and f not in cited]
        if case["editorial"] != added:
            problems.append(f"{case['key']}: editorial {case['editorial']} but uncited values {added}")
    assert not problems, "\n".join(problems)


def test_a_stated_status_is_dated_by_the_reference_its_passage_draws_on(cases, sources):
    years = {s["key"]: s["year"] for s in sources}
    problems = []
    for case in cases:
        dating = [c for c in case["cite"] if c.get("field") == "status_as_of"]
        if case["status"] is None:
            if dating:
                problems.append(f"{case['key']}: status_as_of without a status")
            continue
        if not dating:
            problems.append(f"{case['key']}: a stated status with no status_as_of cite")
        for c in dating:
            number = c["source"].rsplit("-", 1)[-1]
            if not years.get(c["source"]) or f"[{number}]" not in c["excerpt"]:
                problems.append(f"{case['key']}: {c['source']} is not a dated reference of {c['excerpt']!r}")
    assert not problems, "\n".join(problems)


def test_every_fact_container_has_cites(cases, organizations):
    problems = []
    for org in organizations:
        if not org.get("cite"):
            problems.append(f"organization {org['key']}: no cite")
    for case in cases:
        if not case.get("cite"):
            problems.append(f"{case['key']}: no cite")
        for task in iter_tasks(case["tasks"]):
            if not task.get("cite"):
                problems.append(f"{task['key']}: no cite")
        for i, entry in enumerate(case["progress"]):
            if not entry.get("cite"):
                problems.append(f"{case['key']} progress[{i}]: no cite")
        for ind in case["indicators"]:
            if not ind["values"]:
                problems.append(f"{ind['key']}: no values")
            for val in ind["values"]:
                if not val.get("cite"):
                    problems.append(f"{ind['key']} {val.get('period')}: no cite")
            if ind.get("target_value") is not None and not ind.get("target_cite"):
                problems.append(f"{ind['key']}: target_value without target_cite")
    assert not problems, "\n".join(problems)


# --------------------------------------------------------------------------- sources


def test_sources(sources):
    keys = [s["key"] for s in sources]
    assert len(keys) == len(set(keys)), "duplicate source keys"
    expected = (
        {"CHINA-ESSAY", "SEOUL-ESSAY"}
        | {f"CHINA-REF-{i}" for i in range(1, 5)}
        | {f"SEOUL-REF-{i}" for i in range(1, 6)}
    )
    assert set(keys) == expected
    fields = {"key", "author", "year", "title", "publication", "url", "accessed_on", "excerpt"}
    problems = []
    for s in sources:
        if set(s) != fields:
            problems.append(f"{s['key']}: fields {sorted(s)}")
        if not excerpt_in_document(s["excerpt"]):
            problems.append(f"{s['key']}: excerpt not in document")
        if s["year"] is not None and (not isinstance(s["year"], int) or f"({s['year']})" not in s["excerpt"]):
            problems.append(f"{s['key']}: year {s['year']!r} not stated in its reference line")
        if s["title"] and fold(s["title"]).lower() not in fold(s["excerpt"]).lower():
            problems.append(f"{s['key']}: title not in its excerpt")
        if s["author"] and s["key"].count("-REF-") and s["author"] not in s["excerpt"]:
            problems.append(f"{s['key']}: author not in its reference line")
        # URL: as the document gives it, with the line-break spaces removed.
        m = re.search(r"Internet: (.+?) \[Last accessed", s["excerpt"])
        if m:
            if s["url"] != m.group(1).replace(" ", ""):
                problems.append(f"{s['key']}: url {s['url']!r} != {m.group(1)!r} without spaces")
        elif s["url"] is not None:
            problems.append(f"{s['key']}: url given but not in the reference line")
        # accessed_on: day.month.year in the document -> ISO.
        m = re.search(r"\[Last accessed (\d{2})\.(\d{2})\.(\d{4})\]", s["excerpt"])
        if m:
            iso = f"{m.group(3)}-{m.group(2)}-{m.group(1)}"
            if s["accessed_on"] != iso:
                problems.append(f"{s['key']}: accessed_on {s['accessed_on']!r} != {iso}")
        elif s["accessed_on"] is not None:
            problems.append(f"{s['key']}: accessed_on given but not stated")
        if s["accessed_on"] is not None and not ISO_DATE.match(s["accessed_on"]):
            problems.append(f"{s['key']}: accessed_on not ISO")
    assert not problems, "\n".join(problems)


# --------------------------------------------------------------------------- places and organizations


def test_places(places):
    keys = [p["key"] for p in places]
    assert len(keys) == len(set(keys)), "duplicate place keys"
    known = set(keys)
    problems = []
    for p in places:
        if set(p) != {"key", "level", "name_en", "name_local", "parent"}:
            problems.append(f"{p['key']}: fields {sorted(p)}")
        if p["level"] not in PLACE_LEVELS:
            problems.append(f"{p['key']}: bad level {p['level']!r}")
        if p["parent"] is not None and p["parent"] not in known:
            problems.append(f"{p['key']}: unknown parent {p['parent']!r}")
        if (p["level"] == "country") != (p["parent"] is None):
            problems.append(f"{p['key']}: only countries are roots")
    # parents form no cycles
    by_key = {p["key"]: p for p in places}
    for p in places:
        seen, cur = set(), p
        while cur["parent"] is not None:
            assert cur["key"] not in seen, f"cycle at {p['key']}"
            seen.add(cur["key"])
            cur = by_key[cur["parent"]]
    assert not problems, "\n".join(problems)


def test_organizations(organizations, places):
    keys = [o["key"] for o in organizations]
    assert len(keys) == len(set(keys)), "duplicate organization keys"
    place_keys = {p["key"] for p in places}
    problems = []
    for o in organizations:
        if set(o) != {"key", "name", "name_local", "kind", "place", "cite"}:
            problems.append(f"{o['key']}: fields {sorted(o)}")
        if o["kind"] not in ORG_KINDS:
            problems.append(f"{o['key']}: bad kind {o['kind']!r}")
        if o["place"] is not None and o["place"] not in place_keys:
            problems.append(f"{o['key']}: unknown place {o['place']!r}")
    assert not problems, "\n".join(problems)


# --------------------------------------------------------------------------- cases


def test_required_cases_exist(case_files):
    keys = {c["key"] for c in case_files.values()}
    missing = REQUIRED_CASES - keys
    assert not missing, f"missing cases: {sorted(missing)}"
    assert len(keys) >= len(REQUIRED_CASES)


def test_case_file_names_and_fields(case_files):
    problems = []
    for name, case in case_files.items():
        if name != f"{case['key']}.json":
            problems.append(f"{name}: key {case['key']!r} does not match file name")
        if set(case) != CASE_FIELDS:
            problems.append(f"{name}: fields differ: {sorted(set(case) ^ CASE_FIELDS)}")
        for field in ("title", "summary", "description"):
            if not isinstance(case.get(field), str) or not case[field].strip():
                problems.append(f"{name}: {field} missing")
        if not case["themes"] or any(t != t.lower() or not t.strip() for t in case["themes"]):
            problems.append(f"{name}: themes must be non-empty lowercase tags")
    assert not problems, "\n".join(problems)


def test_keys_unique_across_cases_tasks_indicators(cases):
    seen: dict[str, str] = {}
    problems = []

    def claim(key, what):
        if key in seen:
            problems.append(f"duplicate key {key!r} ({what} and {seen[key]})")
        seen[key] = what

    for case in cases:
        claim(case["key"], "case")
        for task in iter_tasks(case["tasks"]):
            claim(task["key"], f"task of {case['key']}")
            if not re.fullmatch(re.escape(case["key"]) + r"-T\d{2}", task["key"]):
                problems.append(f"task key {task['key']!r} is not <CASEKEY>-Tnn")
        top = [t["key"] for t in case["tasks"]]
        if top != sorted(top):
            problems.append(f"{case['key']}: tasks not in key order")
        for ind in case["indicators"]:
            claim(ind["key"], f"indicator of {case['key']}")
            if not ind["key"].startswith(case["key"] + "-"):
                problems.append(f"indicator key {ind['key']!r} is not <CASEKEY>-<NAME>")
    assert not problems, "\n".join(problems)


def test_references_resolve(cases, places, organizations):
    place_keys = {p["key"] for p in places}
    org_keys = {o["key"] for o in organizations}
    problems = []
    for case in cases:
        if case["place"] is not None and case["place"] not in place_keys:
            problems.append(f"{case['key']}: unknown place {case['place']!r}")
        if case["lead_organization"] is not None and case["lead_organization"] not in org_keys:
            problems.append(f"{case['key']}: unknown lead_organization {case['lead_organization']!r}")
        for partner in case["partners"]:
            if set(partner) != {"organization", "role"}:
                problems.append(f"{case['key']}: partner fields {sorted(partner)}")
            if partner.get("organization") not in org_keys:
                problems.append(f"{case['key']}: unknown partner {partner.get('organization')!r}")
    assert not problems, "\n".join(problems)


def test_enums(cases):
    problems = []
    for case in cases:
        if case["sector"] not in SECTORS:
            problems.append(f"{case['key']}: bad sector {case['sector']!r}")
        if case["status"] not in STATUSES:
            problems.append(f"{case['key']}: bad status {case['status']!r}")
        for task in iter_tasks(case["tasks"]):
            if task["status"] not in STATUSES:
                problems.append(f"{task['key']}: bad status {task['status']!r}")
            pc = task.get("percent_complete")
            if pc is not None and not (0 <= pc <= 100):
                problems.append(f"{task['key']}: percent_complete out of range")
        for ind in case["indicators"]:
            if ind.get("direction") not in DIRECTIONS:
                problems.append(f"{ind['key']}: bad direction {ind.get('direction')!r}")
            for val in ind["values"]:
                if val["kind"] not in VALUE_KINDS:
                    problems.append(f"{ind['key']}: bad value kind {val['kind']!r}")
    assert not problems, "\n".join(problems)


def test_partial_dates(cases):
    problems = []

    def check(value, where, required=False):
        if value is None:
            if required:
                problems.append(f"{where}: date required")
            return
        if not isinstance(value, str) or not PARTIAL_DATE.match(value):
            problems.append(f"{where}: bad partial date {value!r}")

    for case in cases:
        check(case["start_date"], f"{case['key']}.start_date")
        check(case["end_date"], f"{case['key']}.end_date")
        for task in iter_tasks(case["tasks"]):
            check(task.get("start_date"), f"{task['key']}.start_date")
            check(task.get("due_date"), f"{task['key']}.due_date")
        for i, entry in enumerate(case["progress"]):
            check(entry.get("date"), f"{case['key']}.progress[{i}].date", required=True)
        for ind in case["indicators"]:
            check(ind.get("target_date"), f"{ind['key']}.target_date")
            for val in ind["values"]:
                check(val.get("period"), f"{ind['key']}.period", required=True)
    assert not problems, "\n".join(problems)


def test_indicator_values_are_stated_in_their_cites(cases):
    problems = []
    count = 0
    for case in cases:
        for ind in case["indicators"]:
            periods = [v["period"] for v in ind["values"]]
            if len(periods) != len(set((v["period"], v["kind"]) for v in ind["values"])):
                problems.append(f"{ind['key']}: duplicate period/kind")
            for val in ind["values"]:
                count += 1
                v = val["value"]
                if isinstance(v, bool) or not isinstance(v, (int, float)):
                    problems.append(f"{ind['key']} {val['period']}: value {v!r} is not numeric")
                    continue
                excerpts = [c["excerpt"] for c in val["cite"]]
                if not number_stated(v, excerpts):
                    problems.append(f"{ind['key']} {val['period']}: {v} not in its cites {excerpts}")
            if ind.get("target_value") is not None:
                excerpts = [c["excerpt"] for c in ind.get("target_cite") or []]
                if not number_stated(ind["target_value"], excerpts):
                    problems.append(f"{ind['key']}: target {ind['target_value']} not in its target_cite")
    assert count > 0
    assert not problems, "\n".join(problems)


def test_value_periods_are_stated_in_their_cites(cases):
    """A value's period year must be written in one of its cites (e.g. "As of 2015")."""
    problems = []
    for case in cases:
        for ind in case["indicators"]:
            for val in ind["values"]:
                year = val["period"][:4]
                if not any(year in fold(c["excerpt"]) for c in val["cite"]):
                    problems.append(f"{ind['key']}: period {val['period']} not in its cites")
    assert not problems, "\n".join(problems)


def test_task_dates_are_stated_in_their_cites(cases):
    """A task's start_date year must be written in one of its cites."""
    problems = []
    for case in cases:
        for task in iter_tasks(case["tasks"]):
            if task["start_date"] is not None:
                year = task["start_date"][:4]
                if not any(year in fold(c["excerpt"]) for c in task["cite"]):
                    problems.append(f"{task['key']}: start_date {task['start_date']} not in its cites")
    assert not problems, "\n".join(problems)
