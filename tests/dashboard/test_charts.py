"""The charts' specifications: time axes and colours, without a browser."""

from datetime import date

import pandas as pd

from dashboard import charts
from dashboard.codebook import CONTACT_TYPES, colour


def test_a_selected_period_is_the_time_axis_as_it_is():
    # August alone: no padding into July and September around it.
    assert charts.period_domain(date(2025, 8, 1), date(2025, 8, 31), [date(2025, 1, 1)]) == ["2025-08-01",
                                                                                             "2025-09-01"]


def test_without_a_period_the_axis_spans_the_data_and_at_least_two_months():
    assert charts.period_domain(None, None, [date(2024, 3, 1), date(2025, 8, 15)]) == ["2024-03-01", "2025-08-16"]
    low, high = charts.period_domain(None, None, [date(2025, 8, 15), None])
    assert (date.fromisoformat(high) - date.fromisoformat(low)).days >= 60


def test_both_overview_charts_colour_types_by_the_whole_codebook_whatever_the_data():
    calls_only = pd.DataFrame({"month": [pd.Timestamp("2025-05-01")], "contact_type": ["CALL"], "events": [1]})
    scale = charts.per_month(calls_only, "de", None, None)["encoding"]["color"]["scale"]
    assert scale["range"] == [colour(code) for code in CONTACT_TYPES]
    assert charts.type_colour("de")["scale"] == scale
