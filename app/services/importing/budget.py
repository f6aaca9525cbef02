"""An office sheet's budget columns (예산, 집행액, 집행률): each program's budget indicator, its planned and
spent values dated as of the sheet, planned through the Indicators sheet's own path."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from app.domain import budget
from app.domain.enums import ValueKind
from app.domain.errors import ValidationError
from app.domain.messages import message
from app.excel import cells, layout
from app.services.importing.indicators import IndicatorsPlanner
from app.services.importing.reading import Row, SheetState, cell_problem
from app.services.importing.rows import numbers_are_fractions

BUDGET, SPENT, RATE = (c.field for c in layout.BUDGET_COLUMNS)
_COLUMN = {c.field: c for c in layout.BUDGET_COLUMNS}

# The indicator's name when the sheet has no budget column to name it (only spent and rate), by the sheet's
# language, as a colleague would name it.
_DEFAULT_NAME = {budget.KRW: "예산", budget.CNY: "预算"}


class BudgetPlanner(IndicatorsPlanner):
    """Turns the budget cells of an office's Programs sheet into rows of the program's budget indicator."""

    _budget_state: SheetState | None = None  # the indicator rows the budget columns give, as a sheet of their own

    def _log_budget(self, state: SheetState, rows: list[Row], planned: dict[int, str]) -> None:
        """Per program: its budget (a plan value) and what was spent (an actual value) of the indicator named as
        the budget column is (예산, 预算, Budget), in the currency and scale the header names, else the one its
        place or the sheet's language implies; dated the sheet's reference date, or today. An execution rate
        is checked against spent / budget, and gives spent (or budget) when the sheet leaves it out."""
        found = state.money
        if not found or (BUDGET not in found and SPENT not in found):
            return
        reading = state.budget
        as_of = state.dated(self.now.date())
        if RATE in found and reading.rate_fractions is None:
            i = found[RATE][0]
            reading.rate_fractions = numbers_are_fractions([r.cells[i] if i < len(r.cells) else None for r in rows])
        entries: list[Row] = []
        # The live indicators of the chunk's programs, read once: the units stored so far, then the rows' own.
        self._read_indicators(
            set(), {pid for row in rows if (pid := self.program_ids.get(planned.get(row.number, "")))}
        )
        for row in rows:
            key = planned.get(row.number)
            if key is None:
                continue
            amounts = self._budget_cells(state, row, found, reading.rate_fractions)
            if amounts is None:
                continue
            planned_amount, spent, rate = amounts
            if rate is not None and planned_amount is not None and spent is not None:
                if not budget.rate_agrees(planned_amount, spent, rate):
                    worked_out = budget.rate_of(planned_amount, spent) or 0.0
                    self._budget_error(
                        state,
                        row,
                        found[RATE][0],
                        message(
                            "import.budget_rate_differs",
                            rate=f"{rate:g}",
                            spent=f"{spent:,.10g}",
                            budget=f"{planned_amount:,.10g}",
                            worked_out=f"{worked_out:.1f}",
                        ),
                    )
                    continue
            elif rate is not None and planned_amount is not None:
                spent = budget.spent_from_rate(planned_amount, rate)
            elif rate is not None and spent is not None:
                planned_amount = budget.budget_from_rate(spent, rate)
            if planned_amount is None and spent is None:
                continue
            money = self._budget_money(state, row, found)
            name = self.budget_name(state, found, money)
            # The unit of the program's first indicator of the name, stored or made by an earlier row of the file.
            stored_unit = budget.unit_stored(self._unit_named(self.program_ids.get(key), key, name))
            if stored_unit is not None and stored_unit != money.unit():
                # Next month's sheet in another scale (천원, not 백만원): its amounts in the unit the values
                # so far are in, so that they stay comparable. Another currency cannot be converted.
                was = budget.Money.of_unit(stored_unit)
                if was is None or was.currency != money.currency:
                    first = found.get(BUDGET, found.get(SPENT))
                    self._budget_error(
                        state,
                        row,
                        first[0] if first is not None else 0,
                        message(
                            "import.budget_unit_differs",
                            name=name,
                            stored=budget.unit_said(stored_unit),
                            unit=budget.unit_said(money.unit() or "-"),
                        ),
                    )
                    continue
                planned_amount = None if planned_amount is None else money.convert(planned_amount, was)
                spent = None if spent is None else money.convert(spent, was)
                money = was
            unit = money.unit()
            if unit is not None and unit not in reading.units:
                reading.units.append(unit)
            if name not in reading.names:
                reading.names.append(name)
            for kind, amount in ((ValueKind.PLAN, planned_amount), (ValueKind.ACTUAL, spent)):
                if amount is None:
                    continue
                entry = Row(row.number, row.cells)
                entry.values = {
                    "program_key": key,
                    "name": name,
                    "period": as_of,
                    "value": amount,
                    "kind": kind,
                    **({"unit": unit} if unit is not None else {}),
                }
                entries.append(entry)
        if not entries:
            return
        if self._budget_state is None or self._budget_state.report.sheet != state.report.sheet:
            first = found.get(BUDGET, found.get(SPENT))
            columns = {"value": first[0]} if first is not None else {}
            match = layout.HeaderMatch(layout.INDICATORS, columns, (), state.match.header_row, state.match.headers)
            report = replace(state.report, reads_as=layout.INDICATORS.name, columns=(), ignored=())
            self._budget_state = SheetState(report, layout.INDICATORS, match)
        self._indicator_rows(self._budget_state, entries)

    def _budget_cells(
        self, state: SheetState, row: Row, found: dict[str, tuple[int, Any]], fractions: bool | None
    ) -> tuple[float | None, float | None, float | None] | None:
        """A row's budget, spent and rate, read as numbers; None when a cell is not one (its error listed)."""
        out: dict[str, float | None] = {}
        for fld in (BUDGET, SPENT, RATE):
            out[fld] = None
            if fld not in found:
                continue
            i = found[fld][0]
            raw = row.cells[i] if i < len(row.cells) else None
            if cells.blank(raw) or (isinstance(raw, str) and cells.is_dash(raw)):
                continue  # "-": nothing spent yet, no budget
            try:
                out[fld] = _rate(raw, fractions) if fld == RATE else cells.amount_from_cell(raw, _COLUMN[fld].label)
            except ValidationError as exc:
                self._budget_error(state, row, i, cell_problem(_COLUMN[fld], exc))
                return None
            if out[fld] is not None and out[fld] < 0:  # type: ignore[operator]
                self._budget_error(state, row, i, message("import.budget_negative", value=cells.as_text(raw)))
                return None
        return out[BUDGET], out[SPENT], out[RATE]

    def _budget_error(self, state: SheetState, row: Row, index: int, problem: Any) -> None:
        column = next((_COLUMN[f] for f, (i, _m) in state.money.items() if i == index), layout.BUDGET_COLUMNS[0])
        raw = row.cells[index] if index < len(row.cells) else None
        self.error(state.report.sheet, row.number, column, index, raw, problem, headers=state.match.headers)
        state.counts["errors"] += 1

    def _budget_money(self, state: SheetState, row: Row, found: dict[str, tuple[int, Any]]) -> budget.Money:
        """The currency and scale of the row's amounts: as the header's brackets say (the budget column's
        first), else the currency of the row's place, of the places the sheet is about, of its words."""
        money = sheet_money(state, found)
        if money.currency is not None:
            return money
        names = self.catalog.names()
        place = row.values.get("place")
        pid = self.catalog.places().get(layout.normalise_header(place)) if place is not None else None
        chains = [names.place(pid)] if pid is not None else []
        chains += [names.place(p) for p in (state.context_places or ())]
        for chain in chains:
            currency = budget.currency_of_place(chain)
            if currency is not None:
                return money.with_currency(currency)
        headers = " ".join(state.match.headers[i] for i, _m in found.values())
        return money.with_currency(budget.currency_of_words(headers))

    @staticmethod
    def budget_name(state: SheetState, found: dict[str, tuple[int, Any]], money: budget.Money) -> str:
        """The indicator's name: the budget column's word (예산, 사업비, 预算, Budget) without its unit."""
        if BUDGET in found:
            word, _unit = budget.split_header(state.match.headers[found[BUDGET][0]].rsplit(" / ", 1)[-1])
            if word.strip():
                return word.strip()
        return _DEFAULT_NAME.get(money.currency or "", "Budget")


def sheet_money(state: SheetState, found: dict[str, tuple[int, Any]]) -> budget.Money:
    """The unit the sheet gives its amounts: the brackets of a budget column's header (the budget column's
    first), else a title or note row's (단위: 백만원); its currency None when neither says one."""
    money = next((m for f in (BUDGET, SPENT) if f in found and (m := found[f][1]) is not None), None)
    return money or state.stated_money or budget.Money(None)


def _rate(value: Any, fractions: bool | None) -> float:
    """An execution rate in percent: '60%' and 60 are 60, and 0.6 is 60 in a column of fractions."""
    if isinstance(value, str) and value.strip().endswith(("%", "％")):
        return cells.number_from_cell(value.strip()[:-1], _COLUMN[RATE].label)
    number = cells.number_from_cell(value, _COLUMN[RATE].label)
    return round(number * 100, 6) + 0.0 if fractions else number
