from datetime import date

import pytest

from orchestration.nlp.dates import find_dates, infer_publication_date, is_boundary, strip_date_marker

SATURDAY = date(2025, 8, 9)


@pytest.mark.parametrize("text, reference, future, expected", [
    ("am kommenden Freitag", SATURDAY, True, ("2025-08-15", "day")),
    ("heute", date(2025, 8, 15), False, ("2025-08-15", "day")),
    ("gestern", date(2025, 8, 15), False, ("2025-08-14", "day")),
    ("am Montagmorgen (US-Ortszeit)", date(2025, 5, 18), True, ("2025-05-19", "day")),
    ("am Montag", date(2025, 5, 18), False, ("2025-05-12", "day")),
    ("im Februar", date(2025, 8, 15), False, ("2025-02", "month")),
    ("im Juni 2021", date(2025, 5, 5), False, ("2021-06", "month")),
    ("Sommer 2021", SATURDAY, False, ("2021", "year")),
    ("diesen Monat", date(2025, 5, 5), True, ("2025-05", "month")),
    ("in diesem Jahr", date(2025, 5, 5), False, ("2025", "year")),
    ("im vergangenen Jahr", date(2025, 5, 5), False, ("2024", "year")),
    ("am Montag (5. Mai)", date(2025, 5, 5), False, ("2025-05-05", "day")),
    ("15. August 2025", None, False, ("2025-08-15", "day")),
    ("vom 14. bis 16. Mai", date(2025, 5, 1), True, ("2025-05-14", "day")),
    ("im Jahr 2022", None, False, ("2022", "year")),
])
def test_resolves_german_date_expressions(text, reference, future, expected):
    found = find_dates(text, reference, future=future)
    assert [(d.value, d.precision) for d in found] == [expected]


@pytest.mark.parametrize("text", ["vor kurzem", "innerhalb einer Woche oder zwei", "am Wochenende", "bald"])
def test_vague_expressions_give_no_date(text):
    assert find_dates(text, SATURDAY) == []


def test_relative_expressions_need_a_reference_date():
    assert find_dates("am kommenden Freitag", None, future=True) == []


def test_weekday_that_contradicts_the_date_moves_the_year():
    # 5 May was a Monday in 2025, not in 2024: the weekday wins over the nearest year.
    [found] = find_dates("am Montag (5. Mai)", date(2024, 12, 20))
    assert found.value == "2025-05-05"


@pytest.mark.parametrize("text, boundary", [("seit 2021", True), ("seit dem Sommer 2021", True),
                                            ("bis Mai", True), ("im Mai", False), ("2021 in Genf", False)])
def test_period_boundaries_are_not_event_dates(text, boundary):
    [found] = find_dates(text, SATURDAY)
    assert is_boundary(text, found) is boundary


def test_date_marker_is_metadata():
    text, value, precision = strip_date_marker(" date 2025-05 Der russische Präsident")
    assert (text, value, precision) == ("Der russische Präsident", "2025-05", "month")


def test_publication_day_inferred_from_marker_and_weekday():
    assert infer_publication_date('sagte Peskow am Montag (5. Mai).', "2025-05") == (date(2025, 5, 5), "day")
    assert infer_publication_date("ohne Datum", "2025-05") == (date(2025, 5, 1), "month")
    assert infer_publication_date("ohne Datum", None) == (None, None)
