"""The Programs sheet: each row becomes a new program, a changed one, or nothing."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from app.domain import rules
from app.domain.dates import PartialDate
from app.domain.enums import PlaceLevel, delay_word, status_sentence
from app.domain.errors import ValidationError
from app.domain.messages import Message, message
from app.domain.places import (
    OFFICE_KEY_PREFIX,
    district_words,
    fit_problem,
    fits_under,
    level_from_name,
    level_inside,
    usual_parent,
)
from app.excel import cells, layout
from app.services.importing.catalog import ORGANIZATIONS_T, PLACES_T
from app.services.importing.reading import FIELD_COLUMN, PLANNED, STORED, Row, SheetState
from app.services.importing.references import References
from app.services.importing.results import FieldChange, NewPlace
from app.services.importing.rows import numbers_are_fractions, office_note
from app.services.importing.worked_out import recorded, typed_over
from app.store.derived import (
    PARTNERS_T,
    PROGRAMS_T,
    THEMES_T,
    same_number,
)

# Program fields a search finds a program by (domain/search.py): a change to one rewrites its search text.
SEARCHED = frozenset({"key", "title", "local_title", "summary", "place_id", "lead_organization_id"})
# The stored columns of the Programs sheet's columns the app works out, where they are named otherwise; and what the
# export writes in them for a program the file adds (an office's program is no case of the library).
_STORED_AS = {"last_progress": "last_progress_on"}
_NEW_PROGRAM = {"is_case": False}


class ProgramsPlanner(References):
    """Plans the rows of a sheet read as Programs, a chunk at a time."""

    _org_keys: set[str] | None = None  # organization keys, read when the import first makes one
    _place_keys: set[str] | None = None  # place keys, read when the import first makes one
    _percent_state: SheetState | None = None  # the progress an office sheet's percents log, as a sheet of its own

    if TYPE_CHECKING:  # ProgressPlanner's, beside this one in ImportRun

        def _progress_chunk(self, state: SheetState, rows: list[Row]) -> None: ...

        def _log_budget(self, state: SheetState, rows: list[Row], planned: dict[int, str]) -> None: ...

    def _created_here(self, key: str) -> bool:
        """Whether this import created the program of ``key`` (written already, or still to be)."""
        if key not in self.program_ids:
            return False
        pid = self.program_ids[key]
        return pid is None or pid in self.writer.created_programs

    def _program_values(
        self, state: SheetState, row: Row, stored: dict[str, Any], extra: list[str], names: dict[str, str]
    ) -> dict[str, Any] | None:
        """The row's program fields as stored columns, after lookups; None when a lookup failed. ``extra``: the
        lines an office's sheet adds to its note (_office_lines); ``names``: the chunk's place and organization
        names as compared (layout.normalise_header)."""
        v = row.values
        out: dict[str, Any] = {fld: v[fld] for fld in ("title", "local_title", "summary", "description") if fld in v}
        if extra:
            # Added to the description the row gives, else to the program's own: never in place of it.
            note = v["description"] if "description" in v else stored.get("description")
            out["description"] = v["description"] = office_note(note, extra)  # as the preview lists it
        ok = True
        if state.office and "place" in v and cells.is_dash(str(v["place"])):
            del v["place"]  # "-": how an office writes that a row has no district (cells.is_dash)
        if "title" in out:
            try:
                out["title"] = rules.check_title(out["title"])
            except ValidationError as exc:
                self._err_field(state, row, "title", exc.message or str(exc))
                ok = False
        if "place" in v:
            name = str(v["place"])
            pid = self.catalog.places().get(names[v["place"]])
            problem = None
            if pid is None or (state.place_choices is not None and state.place_choices.place_choice(name)):
                pid, problem = self._place_of(state, name, state.office)
            elif state.office:
                around = self._context_places(state)  # worked out first: it says whether the title is about
                if not state.title_names_unknown and pid not in around:  # a district the app does not know
                    around.append(pid)  # each place once: rows walk the list (budget currency, new 동)
            if pid is None:
                self._err_field(state, row, "place", self._unknown_place(state, name, problem))
                ok = False
            out["place_id"] = pid
        inner = self._inner_place(state, row)
        if "place" not in v and inner is None and state.office and not stored.get("place_id"):
            # A sheet is about the place its title names (2024년 도봉구 주요사업 추진현황): a program with no place
            # goes there, as a row naming it would, whether the sheet has no place column or leaves its cells
            # blank. A district the app does not know is listed for the user to place first, and then taken.
            place = self._title_place(state)
            if place is not None:
                out["place_id"] = place
                english, local = (*self.catalog.names().place(place), "", "")[:2]
                v["place"] = local if local and local in state.title_text() else english  # as the preview lists it
        if inner is not None and ok:
            # The 동 of the row, under the 구 the same row names (a new one goes there).
            pid, problem = self._place_of(state, inner, True, within=out.get("place_id"))
            if pid is None:
                idx = state.sub_place
                raw = row.cells[idx] if idx is not None and idx < len(row.cells) else None
                problem = self._unknown_place(state, inner, problem)
                self.error(
                    state.report.sheet,
                    row.number,
                    state.spec.column("place"),
                    idx,
                    raw,
                    problem,
                    headers=state.match.headers,
                )
                state.counts["errors"] += 1
                return None
            v["place"] = f"{v['place']} {inner}" if "place" in v else inner  # as the preview lists it
            out["place_id"] = pid
        if "lead_organization" in v:
            oid = self.catalog.orgs().get(names[v["lead_organization"]])
            written = str(v["lead_organization"])
            joint = rules.split_names(written) if oid is None and state.office else []
            if len(joint) > 1:
                # Joint departments (교통행정과, 도시계획과): the first leads, the others work
                # with it, as the program page's partners; a new program gets them (_write_created).
                oid = self._organization(state, joint[0])
                if not stored:  # each partner once, not the lead (도시계획과 and 도시 계획과 are one)
                    partners = dict.fromkeys(self._organization(state, name) for name in joint[1:])
                    partners.pop(oid, None)
                    self._joint[state.report.sheet, row.number] = list(partners)
            elif oid is None:  # a department the app does not know yet becomes an organization of the office
                oid = self._new_organization(state, written)
            out["lead_organization_id"] = oid
        if "sector" in v:
            out["sector"] = STORED[v["sector"]]
        if "status" in v:
            out["status"] = STORED[v["status"]]
        for fld in ("start_date", "end_date"):
            if fld in v:
                if stored:
                    out[fld] = self._date(state, row, fld, stored.get(fld))
                else:  # a new program: the date as given (what _date gives when nothing is stored)
                    out[fld] = v[fld] if isinstance(v[fld], PartialDate) else None
        try:
            rules.check_range(
                out.get("start_date", stored.get("start_date")), out.get("end_date", stored.get("end_date"))
            )
        except ValidationError as exc:
            self._err_field(state, row, "end_date", exc.message or str(exc))
            ok = False
        return out if ok else None

    def _organization(self, state: SheetState, name: str) -> int:
        """The organization of this name, made for the office when the app does not know it yet."""
        oid = self.catalog.orgs().get(layout.normalise_header(name))
        return oid if oid is not None else self._new_organization(state, name)

    def _new_organization(self, state: SheetState, name: str) -> int:
        """An organization for a department a sheet names (담당부서, 责任单位); the dry run gives it a stand-in
        id, so the preview shows the program under it and lists it as new."""
        names = self.catalog.names()
        if self._writing:
            if self._org_keys is None:
                self._org_keys = set(self.s.execute(select(ORGANIZATIONS_T.c.key)).scalars())
            key = rules.make_key(name, self._org_keys, "ORG")
            self._org_keys.add(key)
            local = name if not name.isascii() else None
            oid = self.writer.insert_one(ORGANIZATIONS_T, {"key": key, "name": name, "name_local": local})
        else:
            oid = -1 - len(names.organizations)
        self.catalog.orgs()[layout.normalise_header(name)] = oid
        names.organizations[oid] = [name]
        state.new_organizations.append(name)
        return oid

    def _innermost(self, places: list[int]) -> int | None:
        """The one of these places inside all the others (서울특별시 도봉구: 도봉구), or None (none, or two apart)."""
        tree = self.catalog.place_tree()
        for place in places:
            above: set[int] = set()
            node = tree[place][1] if place in tree else None
            while node is not None and node not in above:
                above.add(node)
                node = tree[node][1] if node in tree else None
            if set(places) - {place} <= above:
                return place
        return None

    def _title_place(self, state: SheetState) -> int | None:
        """The place a sheet's title rows say it is about, for its rows that name none: the innermost place they
        name (the places its rows name do not count). A sheet with place columns whose title names only a city
        (서울시 동 단위 사업) leaves a row with no district city-wide: no place, as a dash in its cells says."""
        around = self._context_places(state)  # worked out first: it says whether the title names an unknown
        place = None if state.title_names_unknown else self._innermost(around[: state.title_places])
        if place is None or ("place" not in state.match.columns and state.sub_place is None):
            return place
        return place if fits_under(PlaceLevel(self.catalog.place_tree()[place][0]), PlaceLevel.CITY) else None

    def _context_places(self, state: SheetState) -> list[int]:
        """The places a sheet is about: those its title rows name (도봉구 주요사업 추진현황), then its rows'."""
        if state.context_places is None:
            state.context_places = []
            self._chosen_places(state)  # made first: the title may name a place the user chose for this sheet
            text = state.title_text()
            if text:
                squeezed = layout.normalise_header(text)
                places = self.catalog.places()
                short = self.catalog.short_districts  # 도봉 is in 도봉산: a title names a district in full
                # Places this import made on an earlier sheet count as the stored ones do: in the dry run, where
                # they have stand-in ids, as in the import.
                for name, pid in places.items():
                    named = len(name) >= 2 and name in squeezed and not name.isascii() and name not in short
                    if named and pid not in state.context_places:  # 서울 and 서울특별시 are one place
                        state.context_places.append(pid)
                # A title naming a district the app does not know (마포구 주요사업) is about that district: its
                # rows' 동 are not put in a district another row happens to name, and the preview lists it
                # for the user to place (then its 동 follow it).
                unknown = [w for w in district_words(text) if layout.normalise_header(w) not in places]
                state.title_names_unknown = bool(unknown)
                for word in unknown:
                    self._unknown_place(state, word)
                    # The user said where it goes, in a place there is not: no row names it to say so.
                    _none, problem = self._place_of(state, word, False)
                    if problem is not None:
                        self.error(state.report.sheet, None, None, None, None, problem)
                        state.counts["errors"] += 1
            state.title_places = len(state.context_places)
        return state.context_places

    def _chosen_places(self, state: SheetState) -> None:
        """The new places the user chose a parent for, made before any row is read (a district the title
        names, and then its 동 inside it), each once its parent exists."""
        if state.place_choices is None:
            return
        places = self.catalog.places()
        for choice in state.place_choices.places:  # a name read as a place the app has: that place's name too
            if choice.same_as is not None and (pid := places.get(layout.normalise_header(choice.same_as))):
                places.setdefault(layout.normalise_header(choice.name), pid)
        waiting = [c for c in state.place_choices.places if c.parent is not None]
        while waiting:
            left = []
            for choice in waiting:
                if layout.normalise_header(choice.name) in places:
                    continue  # known already, or made by a row
                if layout.normalise_header(str(choice.parent)) not in places:
                    left.append(choice)  # its parent may be a place chosen too
                    continue
                self._place_of(state, choice.name, False)
            if len(left) == len(waiting):
                break  # the rest name no place: their rows say so
            waiting = left

    def _inner_place(self, state: SheetState, row: Row) -> str | None:
        """The row's cell of a second place column (행정동 beside 자치구), if it has one."""
        i = state.sub_place
        if i is None or i >= len(row.cells) or cells.blank(row.cells[i]):
            return None
        text = cells.as_text(row.cells[i])
        return None if cells.is_dash(text) else text or None  # no 동 (blank or "-"): the row's district

    def _place_of(
        self, state: SheetState, name: str, may_add: bool, within: int | None = None
    ) -> tuple[int | None, Message | None]:
        """The place a sheet's ``name`` is: the existing place the user read it as, a place the app knows, or a
        new place of the office (where the user chose, else where the sheet says: ``may_add``). With no place,
        why, when the user's choice is the reason (None: the app does not know the name)."""
        places = self.catalog.places()
        choice = state.place_choices.place_choice(name) if state.place_choices is not None else None
        if choice is not None and choice.same_as is not None:
            pid = places.get(layout.normalise_header(choice.same_as))
            if pid is None:
                return None, message("import.chosen_place_unknown", place=choice.same_as, name=name)
            state.places_as.setdefault(name, choice.same_as)
            return pid, None
        pid = places.get(layout.normalise_header(name))
        if pid is not None:
            return pid, None
        if choice is not None and choice.parent is not None:
            parent = places.get(layout.normalise_header(choice.parent))
            if parent is None:
                return None, message("import.chosen_place_unknown", place=choice.parent, name=name)
            parent_level = PlaceLevel(self.catalog.place_tree()[parent][0])
            level = level_inside(name, parent_level)
            problem = fit_problem(level, parent_level, self.catalog.names().place_name(parent) or choice.parent)
            if problem is not None:
                return None, problem
            return self._add_place(state, name, level, parent, chosen=True), None
        return (self._new_place(state, name, within) if may_add else None), None

    def _places_of_bad_rows(self, state: SheetState, rows: list[Row]) -> None:
        """The places of rows left out for a bad cell elsewhere, placed as the import would place them once
        the cell is fixed: the preview lists every place the sheet names at once, not one fix at a time. (An
        error stops the import writing, so a new place here is only listed.)"""
        for row in rows:
            outer = row.values.get("place")
            pid = None
            if outer is not None:
                pid, _problem = self._place_of(state, str(outer), state.office)
                if pid is None:
                    self._unknown_place(state, str(outer))
            inner = self._inner_place(state, row)
            if inner is None or (outer is not None and pid is None):
                continue  # no second place, or its row's first is unknown already
            if self._place_of(state, inner, True, within=pid)[0] is None:
                self._unknown_place(state, inner)

    def _unknown_place(self, state: SheetState, name: str, problem: Message | None = None) -> Message:
        """The refusal of a place name the app does not know (``problem``: why the user's choice for it cannot
        be); the name is listed for the user to place."""
        if name not in state.unknown_places:
            state.unknown_places.append(name)
        return problem or message("import.unknown_place", place=name)

    def _new_place(self, state: SheetState, name: str, within: int | None = None) -> int | None:
        """A place for a district or neighbourhood the app does not know yet, under the place it is in: a -구 /
        区 / 县 under the city of the sheet's places, a -동 under the district the row (``within``) or the sheet
        is about. None when the name says no such place, or the sheet says nowhere it could be."""
        level = level_from_name(name)
        if level is None:
            return None
        want = usual_parent(level)
        if want is None:
            return None
        tree = self.catalog.place_tree()
        parent = None
        around = self._context_places(state)
        if state.title_names_unknown and level is PlaceLevel.NEIGHBOURHOOD:
            around = [p for p in around if p not in tree or tree[p][0] != PlaceLevel.DISTRICT.value]
        for pid in ([within] if within is not None else []) + around:
            node: int | None = pid
            for _ in range(6):  # up the tree to the level wanted
                if node is None or node not in tree:
                    break
                if tree[node][0] == want.value:
                    parent = node
                    break
                node = tree[node][1]
            if parent is not None:
                break
        if parent is None:
            return None
        return self._add_place(state, name, level, parent)

    def _add_place(self, state: SheetState, name: str, level: PlaceLevel, parent: int, chosen: bool = False) -> int:
        """A new place of the office, ``name`` at ``level`` inside ``parent``; the dry run gives it a stand-in id,
        so the preview shows the programs in it and lists it as new."""
        names = self.catalog.names()
        tree = self.catalog.place_tree()
        local = name if not name.isascii() else None
        key: str | None = None
        if self._writing:
            if self._place_keys is None:
                self._place_keys = set(self.s.execute(select(PLACES_T.c.key)).scalars())
            key = rules.make_key(name, self._place_keys, OFFICE_KEY_PREFIX)
            self._place_keys.add(key)
            row = {"key": key, "name": name, "name_local": local, "level": level.value, "parent_id": parent}
            pid = self.writer.insert_one(PLACES_T, row)
        else:
            pid = -1 - len(names.places)
        self.catalog.places()[layout.normalise_header(name)] = pid
        tree[pid] = (level.value, parent, key)
        names.places[pid] = [name, local or "", *names.place(parent)]
        english, local_parent = [*names.place(parent), "", ""][:2]
        parent_key = tree[parent][2] if parent in tree else None
        state.new_places.append(NewPlace(name, level, english, local_parent or None, parent_key, chosen))
        return pid

    def _office_lines(self, state: SheetState, rows: list[Row]) -> list[list[str]]:
        """What an office's sheet says of each program that has no field of its own yet, as lines of its note:
        the person in charge (담당자: 김민수), a delay (추진상황: 지연; the program stays active) and a sentence
        in place of a status (进展情况: 已完成施工图设计，正在开展招标工作; the status stays as it was). Worked out
        column by column: a status cell's word is looked at once per distinct cell."""
        lines: list[list[str]] = [[] for _ in rows]
        for i, header in state.contacts:
            label = header.strip()
            for row, out in zip(rows, lines, strict=True):
                raw = row.cells
                if i < len(raw) and not cells.blank(raw[i]):
                    out.append(f"{label}: {cells.as_text(raw[i])}")
        status = state.match.columns.get("status")
        if status is not None:
            label = state.match.headers[status].strip()
            said: dict[Any, str | None] = {}
            sentences: set[Any] = set()
            for row, out in zip(rows, lines, strict=True):
                raw = row.cells
                if status < len(raw) and not cells.blank(cell := raw[status]):
                    key = (cell.__class__, cell)  # 1 and True are equal keys, with different texts
                    if key not in said:
                        text = cells.as_text(cell)
                        sentence = state.office and status_sentence(text)
                        said[key] = text if sentence else delay_word(text)
                        if sentence:
                            sentences.add(key)
                    word = said[key]
                    if word is not None:
                        out.append(f"{label}: {word}")
                        state.counts["status_sentences"] += key in sentences
        return lines

    def _programs_chunk(self, state: SheetState, rows: list[Row]) -> None:
        if state.place_choices is not None:
            self._context_places(state)  # the places the user chose are made before the rows that name them
        if state.office and "percent_complete" in state.match.columns:
            self._read_percents(state, rows)
        keys = [r.values["key"] for r in rows if "key" in r.values]
        existing: dict[str, Any] = {}
        known = self.catalog.program_keys()
        stored_keys = [k for k in keys if k in known]  # a key no program has needs no query
        if stored_keys:
            for rec in self.catalog.stored_rows(PROGRAMS_T, PROGRAMS_T.c.key.in_(stored_keys)):
                existing[str(rec["key"])] = rec
        # A row without a key (a staff member's own list, or a row added at the bottom of an exported sheet)
        # matches the office's program of that title, so importing the same file twice updates instead of
        # creating duplicates. On a sheet with keys, programs the file names by key are not candidates.
        by_title: dict[str, list[dict[str, Any]]] = {}
        titles = {str(r.values["title"]).strip() for r in rows if "key" not in r.values and "title" in r.values}
        renamed = {self._renamed[t]: t for t in titles if t in self._renamed}
        titles = self.catalog.may_have_title(titles)
        if titles or renamed:
            named = set(keys) | set(self.program_ids) if "key" in state.match.columns else set()
            # Only the title narrows the query, so its index answers it; the rest is sorted out here. A
            # program this import created is not a match: the dry run never stored it, and a title listed
            # twice means two programs wherever the rows stand in the sheet.
            for rec in self.catalog.stored_rows(PROGRAMS_T, PROGRAMS_T.c.title.in_(titles)) if titles else ():
                k = str(rec["key"])
                if rec["deleted_at"] is not None or rec["is_case"] or k in named or self._created_here(k):
                    continue
                by_title.setdefault(str(rec["title"]), []).append(dict(rec))
                existing[str(rec["key"])] = rec
            if renamed:
                for rec in self.catalog.stored_rows(PROGRAMS_T, PROGRAMS_T.c.key.in_(sorted(renamed))):
                    same = by_title.setdefault(renamed[str(rec["key"])], [])
                    if str(rec["key"]) not in named and all(x["key"] != rec["key"] for x in same):
                        same.append(dict(rec))
                        existing[str(rec["key"])] = rec
        ids = [int(e["id"]) for e in existing.values()]
        themes: dict[int, list[str]] = {}
        if ids:
            for pid, theme in self.s.execute(
                select(THEMES_T.c.program_id, THEMES_T.c.theme).where(THEMES_T.c.program_id.in_(ids))
            ).all():
                themes.setdefault(int(pid), []).append(str(theme))
        # The new programs, planned row by row and written column by column (_write_created).
        created_keys: list[str] = []
        created_values: list[dict[str, Any]] = []
        created_themes: list[tuple[str, ...]] = []
        created_partners: list[list[int]] = []
        planned: dict[int, str] = {}  # sheet row -> the key of its program, created or stored
        program_keys = self.catalog.program_keys()
        office_lines = self._office_lines(state, rows)
        names = {
            text: layout.normalise_header(text)
            for text in {r.values[f] for r in rows for f in ("place", "lead_organization") if f in r.values}
        }
        for row, extra in zip(rows, office_lines, strict=True):
            key = row.values.get("key")
            if key is None and by_title:
                same = by_title.get(str(row.values.get("title", "")).strip(), [])
                if len(same) > 1:
                    self._err_field(
                        state,
                        row,
                        "title",
                        message(
                            "import.programs_share_title",
                            count=len(same),
                            title=row.values["title"],
                            keys=", ".join(str(x["key"]) for x in same[:5]),
                        ),
                    )
                    continue
                if same:
                    key = str(same[0]["key"])
            if key is not None and self._duplicate(state, row, "key", key):
                continue
            stored = existing.get(key) if key else None
            if stored is not None and stored["deleted_at"] is not None:
                self._err_field(state, row, "key", message("import.program_in_trash", key=key))
                continue
            values = self._program_values(state, row, stored or {}, extra, names)
            if values is None:
                continue
            new_themes = row.values.get("themes")
            if stored is None:
                if "title" not in values:
                    self._err_field(state, row, "title", message("import.program_needs_title"))
                    continue
                title = values["title"]
                if key is None:
                    key = rules.make_key(title, program_keys)
                elif key in program_keys:
                    self._err_field(state, row, "key", message("program.key_taken", key=key))
                    continue
                program_keys.add(key)
                planned[row.number] = key
                self.program_ids[key] = None
                created_keys.append(key)
                created_values.append(values)
                created_themes.append(tuple(new_themes or ()))
                created_partners.append(self._joint.pop((state.report.sheet, row.number), []))
                self.count(state, "created")
                self.change_new(state, row, "program", key, values["title"])
                self._planned_title(values["title"], key)
                if not state.office:
                    self._typed_over(state, row, None)
                continue
            pid = int(stored["id"])
            self.program_ids[str(key)] = pid
            planned[row.number] = str(key)
            if not state.office:
                self._typed_over(state, row, stored)
            if values.get("title") is not None and values["title"] != stored["title"]:
                self._renamed.setdefault(str(stored["title"]).strip(), str(key))
            diffs: dict[str, Any] = {}
            shown: list[FieldChange] = []
            for fld, new in values.items():
                old = stored.get(fld)
                if not same_number(old, new):
                    diffs[fld] = new
                    shown.append(self.field_change(state.heading(FIELD_COLUMN.get(fld, fld)), fld, old, new))
            old_themes = tuple(sorted(themes.get(pid, [])))
            # As the cell reads them: themes stored before a theme could not hold a separator come back split.
            themes_changed = new_themes is not None and tuple(new_themes) != tuple(rules.clean_themes(old_themes))
            if themes_changed:
                old_text, new_text = ", ".join(old_themes) or None, ", ".join(new_themes or ()) or None
                shown.append(FieldChange(state.heading("themes"), old_text, new_text))
            if not shown:
                self.count(state, "unchanged")
                if state.office:
                    state.unchanged_rows.add(row.number)  # its percent may still move it (_log_percents)
                continue
            kept: dict[str, Any] = {}
            written = self.update_row(
                state,
                row,
                ("program", str(key), str(values.get("title", stored["title"]))),
                (PROGRAMS_T, "program", pid, str(key), pid),
                stored,
                diffs,
                tuple(shown),
                kept=kept,
                updated_at=self.now,
                # From the title update_row finally writes (it may keep a colleague's newer one).
                title_sort=lambda d, st=stored: rules.title_sort(str(d.get("title", st["title"]))),
            )
            if "title" in kept:
                self._planned_title(kept["title"], str(key))
            if written and themes_changed and new_themes is not None:
                self.writer.replace_themes(pid, str(key), old_themes, new_themes)
            if written and (themes_changed or SEARCHED.intersection(diffs)):
                self.touched_search.add(pid)
        if created_keys and self._writing:
            self._write_created(created_keys, created_values, created_themes, created_partners)
        if state.office and "percent_complete" in state.match.columns:
            self._log_percents(state, rows, planned)
        if state.office:
            self._log_budget(state, rows, planned)  # BudgetPlanner's, beside this one in ImportRun

    def _typed_over(self, state: SheetState, row: Row, stored: dict[str, Any] | None) -> None:
        """A notice for each cell of the row typed over in a column the app works out (worked_out.py): not what the
        export writes for the program as stored (for a new program, for none)."""
        for column in state.spec.worked_out:
            i = state.match.columns.get(column.field)
            if i is None or i >= len(row.cells) or cells.blank(cell := row.cells[i]):
                continue
            fld = _STORED_AS.get(column.field, column.field)
            now = stored.get(fld) if stored is not None else _NEW_PROGRAM.get(column.field)
            shown = typed_over(column, cell, now)
            if shown is None or (stored is not None and self._as_exported(row, stored, column, fld, cell)):
                continue
            self.not_imported(state, row, column.field, shown)

    def _as_exported(self, row: Row, stored: dict[str, Any], column: layout.Column, fld: str, cell: Any) -> bool:
        """Whether a cell the program no longer matches still holds what the row was exported with: the value moved
        after the export (its tasks or progress moved it, or a colleague), not by the user's hand. Last progress
        is recorded nowhere: a program whose progress log changed after the export is given the benefit."""
        exported = row.stamp or self.later.exported_at  # the row's own stamp, else the Summary's
        if exported is None:
            return False  # a sheet made by hand: what it says is meant
        pid = int(stored["id"])
        if fld == "last_progress_on":
            return self.later.progress_changed(pid, exported)
        changed, then = self.later.at_export("program", pid, fld, exported)
        return changed and typed_over(column, cell, recorded(column, then)) is None

    def _write_created(
        self,
        keys: list[str],
        values: list[dict[str, Any]],
        themes: list[tuple[str, ...]],
        partners: list[list[int]],
    ) -> None:
        """Write a chunk's new programs (their fields as _program_values gave them), a column at a time: the
        title sort and search text of all of them at once, no dict per row (bulk.insert_columns)."""
        count = len(keys)
        titles = [v["title"] for v in values]
        columns: dict[str, list[Any]] = {
            "key": keys,
            "title": titles,
            "title_sort": list(map(rules.title_sort, titles)),  # as the model keeps it: the listing sorts on it
        }
        for fld in ("local_title", "summary", "description", "place_id", "lead_organization_id", "sector"):
            columns[fld] = [v.get(fld) for v in values]
        columns["status"] = [v.get("status", PLANNED) for v in values]
        for fld in ("start_date", "end_date"):
            columns[fld] = [v.get(fld) for v in values]
        columns["is_case"] = [False] * count
        columns["version"] = [1] * count
        columns["created_at"] = columns["updated_at"] = [self.now] * count
        columns["search_text"] = self.catalog.names().texts(columns, themes)
        new_ids = self.writer.insert_keyed_columns(PROGRAMS_T, columns)
        self.log.created("program", PROGRAMS_T, new_ids)
        self.program_ids.update(zip(keys, new_ids, strict=True))
        self.writer.created_programs.add(new_ids)  # their task positions start at 0: nothing to load
        theme_rows = [
            {"program_id": pid, "theme": theme} for pid, ths in zip(new_ids, themes, strict=True) for theme in ths
        ]
        if theme_rows:
            self.writer.insert(THEMES_T, theme_rows)
        joint = [(pid, oids) for pid, oids in zip(new_ids, partners, strict=True) if oids]
        if joint:
            rows = [{"program_id": pid, "organization_id": oid, "role": None} for pid, oids in joint for oid in oids]
            self.writer.insert(PARTNERS_T, rows)
            self.touched_search.update(pid for pid, _oids in joint)  # their partners' names are searched too

    def _read_percents(self, state: SheetState, rows: list[Row]) -> None:
        """An office sheet's percents read column by column (rows.numbers_are_fractions), decided by the first
        piece of the sheet and shown in the preview: 60, 60% and 0.6 are each 60 percent."""
        i = state.match.columns["percent_complete"]
        raw = [r.cells[i] if i < len(r.cells) else None for r in rows]
        if state.percent_fractions is None:
            state.percent_fractions = numbers_are_fractions(raw)
        fractions = state.percent_fractions
        for row, cell in zip(rows, raw, strict=True):
            if "percent_complete" not in row.values or isinstance(cell, bool):
                continue
            if fractions:
                # A fraction written as text ("1" in a CSV, where every cell is text) reads as the number would.
                if isinstance(cell, str) and (n := _plain_number(cell.strip())) is not None and n <= 1:
                    row.values["percent_complete"] = round(n * 100, 6) + 0.0
                continue  # numbers as cells.percent_from_cell reads them
            if isinstance(cell, int | float | str):
                text = str(cell).strip()
                if not text.endswith(("%", "％")) and _plain_number(text) is not None:
                    row.values["percent_complete"] = _plain_number(text)

    def _log_percents(self, state: SheetState, rows: list[Row], planned: dict[int, str]) -> None:
        """An office sheet's percent of each program, logged as a progress entry of the program dated as of the
        sheet's reference date (or today), as Log progress would: the program's percent follows while it has
        no tasks. The same sheet imported again finds its entries logged and adds none."""
        as_of = state.dated(self.now.date())
        entries: list[Row] = []
        for row in rows:
            pct = row.values.get("percent_complete")
            key = planned.get(row.number)
            if pct is None or key is None:
                continue
            entry = Row(row.number, row.cells)
            entry.values = {
                "program_key": key,
                "entry_date": as_of,
                "title": state.report.sheet,
                "percent_complete": pct,
            }
            entries.append(entry)
        if not entries:
            return
        if self._percent_state is None or self._percent_state.report.sheet != state.report.sheet:
            columns = {"percent_complete": state.match.columns["percent_complete"]}
            match = layout.HeaderMatch(layout.PROGRESS, columns, (), state.match.header_row, state.match.headers)
            report = replace(state.report, reads_as=layout.PROGRESS.name, columns=(), ignored=())
            self._percent_state = SheetState(report, layout.PROGRESS, match, parent=state)
        self._progress_chunk(self._percent_state, entries)


def _plain_number(text: str) -> float | None:
    """A percent cell's number as written (1 is 1%), when it is one within 0..100."""
    try:
        n = float(text)
    except ValueError:
        return None
    return n + 0.0 if 0 <= n <= 100 else None
