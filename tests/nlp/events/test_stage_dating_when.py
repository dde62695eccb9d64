"""Stage 4, date: day expressions the dating stage must not lose (lists, compounds, days told around the trigger)."""

import pytest

from tests.nlp.events.test_stage_dating import first_contact_date


@pytest.mark.parametrize("sentence, published, expected", [
    # a comma of a list before 'den'/'der' opens no relative clause: the weekday of the clause dates the contact
    ("Scholz hatte am Samstagvormittag mit Kollegen aus Polen, Spanien, den Niederlanden und Belgien beraten.",
     "2024-03-16", "2024-03-16"),
    ("Am Freitagabend hatte Scholz mit Macron, Sánchez, den beiden Balten und Tusk beraten.",
     "2024-03-14", "2024-03-08"),
])
def test_date_of_a_clause_with_a_list(sentence, published, expected):
    assert first_contact_date(sentence, published) == expected
