"""The indicator chart's time axis: years for yearly data, months for monthly data, labels on the points."""

from __future__ import annotations

import itertools
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from app.domain import model as d
from app.domain.dates import PartialDate
from app.domain.enums import Direction, ValueKind
from app.ui import language
from app.ui.charts import IndicatorChart


def _indicator(*values: tuple[PartialDate, float], target: tuple[PartialDate, float] | None = None) -> d.Indicator:
    return d.Indicator(
        id=1,
        key="bikes",
        program_id=1,
        name="Bicycles in service",
        unit="bicycles",
        direction=Direction.HIGHER,
        description=None,
        baseline_value=None,
        baseline_period=None,
        target_value=target[1] if target else None,
        target_date=target[0] if target else None,
        version=1,
        values=tuple(
            d.IndicatorValue(i, 1, period, number, ValueKind.ACTUAL, None) for i, (period, number) in enumerate(values)
        ),
    )


def _chart(qtbot: Any, indicator: d.Indicator, width: int = 900) -> IndicatorChart:
    chart = IndicatorChart()
    qtbot.addWidget(chart)
    chart.resize(width, 400)
    chart.show()
    qtbot.waitExposed(chart)
    chart.set_indicator(indicator)
    return chart


def _point_xs(chart: IndicatorChart) -> list[float]:
    actual = next(s for s in chart.chart().series() if s.name() == "Actual")
    return [p.x() for p in actual.points()]


def _tick_of(chart: IndicatorChart, label: str) -> float:
    assert chart._x_axis is not None
    return chart._x_axis.endValue(label)


def test_yearly_values_get_year_labels_with_ticks_on_the_years(qtbot: Any) -> None:
    chart = _chart(qtbot, _indicator((PartialDate(2015), 2000), (PartialDate(2017), 5600)))
    assert chart.x_labels() == ["2015", "2016", "2017"]  # not "Dec 2014 … Dec 2017"
    assert _point_xs(chart) == [_tick_of(chart, "2015"), _tick_of(chart, "2017")]


def test_a_single_yearly_value_stands_above_its_one_year(qtbot: Any) -> None:
    chart = _chart(qtbot, _indicator((PartialDate(2026), 12)))
    assert chart.x_labels() == ["2026"]  # not "Dec 2025 / May 2026 / Aug 2026"
    assert _point_xs(chart) == [_tick_of(chart, "2026")]


def test_a_yearly_target_date_keeps_the_axis_in_years(qtbot: Any) -> None:
    chart = _chart(qtbot, _indicator((PartialDate(2024), 2), (PartialDate(2026), 9), target=(PartialDate(2028), 30)))
    assert chart.x_labels() == ["2024", "2025", "2026", "2027", "2028"]


def test_monthly_values_keep_month_labels_on_their_months(qtbot: Any) -> None:
    chart = _chart(qtbot, _indicator((PartialDate(2026, 1), 3), (PartialDate(2026, 3), 7)))
    march, january = "2026-03", "2026-01"
    assert march in chart.x_labels() and january in chart.x_labels()
    assert _point_xs(chart) == [_tick_of(chart, january), _tick_of(chart, march)]
    single = _chart(qtbot, _indicator((PartialDate(2026, 3), 7)))
    assert march in single.x_labels()
    assert _point_xs(single) == [_tick_of(single, march)]


@pytest.mark.parametrize(
    ("locale", "style", "months", "years"),
    [
        ("ko_KR", "iso", ["2024-06", "2024-07", "2024-08"], ["2015", "2016", "2017"]),
        ("ko_KR", "locale", ["2024. 6.", "2024. 7.", "2024. 8."], ["2015년", "2016년", "2017년"]),
        ("zh_CN", "iso", ["2024-06", "2024-07", "2024-08"], ["2015", "2016", "2017"]),
        ("zh_CN", "locale", ["2024年6月", "2024年7月", "2024年8月"], ["2015年", "2016年", "2017年"]),
    ],
)
def test_a_korean_or_chinese_window_labels_the_time_axis_as_it_shows_dates(
    qtbot: Any, locale: str, style: str, months: list[str], years: list[str]
) -> None:
    """A new-user walkthrough found "Jun 2024" under a Korean window's chart: the axis follows the date display."""
    language.install_translations(QCoreApplication.instance(), QLocale(locale))
    language.set_date_style(style)
    monthly = _chart(qtbot, _indicator((PartialDate(2024, 6), 1100), (PartialDate(2024, 8), 3200)))
    assert monthly.x_labels() == months
    yearly = _chart(qtbot, _indicator((PartialDate(2015), 2000), (PartialDate(2017), 5600)))
    assert yearly.x_labels() == years


def test_many_years_on_a_narrow_chart_are_labelled_in_even_steps(qtbot: Any) -> None:
    values = [(PartialDate(year), float(year - 2000)) for year in range(2010, 2026)]
    chart = _chart(qtbot, _indicator(*values), width=1200)
    wide = len(chart.x_labels())
    assert wide >= 8
    chart.resize(360, 400)
    qtbot.waitUntil(lambda: chart.width() == 360)
    labels = chart.x_labels()
    assert 2 <= len(labels) < wide
    steps = {int(b) - int(a) for a, b in itertools.pairwise(labels)}
    assert len(steps) == 1  # evenly spaced whole years, e.g. 2010, 2015, 2020, 2025


def test_a_views_chart_is_drawn_when_first_shown_with_the_indicator_chosen_before(qtbot: Any) -> None:
    """Views hold a slot that makes the chart (and loads Qt's chart module) only when it is first shown."""
    from app.ui.chart_slot import IndicatorChartSlot

    slot = IndicatorChartSlot()
    qtbot.addWidget(slot)
    slot.set_indicator(_indicator((PartialDate(2014), 10.0), (PartialDate(2016), 30.0)))
    assert slot.findChild(IndicatorChart) is None  # nothing drawn while hidden
    slot.resize(900, 400)
    slot.show()
    qtbot.waitExposed(slot)
    view = slot.findChild(IndicatorChart)
    assert view is not None and view.isVisible() and view.width() > 800
    assert view.chart().title() == "Bicycles in service (bicycles)"
    assert "2014" in slot.x_labels() and "2016" in slot.x_labels()
    slot.set_indicator(None)  # a later choice goes to the chart drawn
    assert view.chart().title() == "Choose an indicator to see its chart"
