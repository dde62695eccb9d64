"""Stage 4, date: when a contact took or takes place, resolved against the publication day."""

import pytest

from tests.nlp.helpers import extract_text

# Three sentences without contacts, so the sentence under test is not the article's lead.
BACKGROUND = ("Der Winter war mild.\nDie Preise für Strom sind gesunken.\n"
              "Viele Familien planen ihren Urlaub.\nAuch die Bahn meldet mehr Buchungen.\n")


def first_contact_date(sentence: str, published: str = "2024-03-14") -> str | None:
    extraction = extract_text("Bericht aus Berlin\n" + BACKGROUND + sentence, published)
    contacts = [m for m in extraction.event_mentions if m.event_type in ("MEETING", "CALL", "VISIT", "CONTACT")]
    assert contacts, f"no contact in {sentence!r}"
    return contacts[0].event_date


@pytest.mark.parametrize("sentence, published, expected", [
    # a weekday points back in a report of the past, ahead in a plan (2024-03-14 is a Thursday)
    ("Scholz hat am Mittwoch mit Macron telefoniert.", "2024-03-14", "2024-03-13"),
    ("Scholz will am Montag mit Macron telefonieren.", "2024-03-14", "2024-03-18"),
    ("Das Treffen von Scholz und Macron war für Freitag geplant.", "2024-03-14", "2024-03-15"),
    # in the present a weekday points ahead, a month stays at its nearest
    ("Das Gespräch von Scholz mit Macron findet am Montag statt.", "2024-03-14", "2024-03-18"),
    ("Das Treffen von Scholz und Macron Ende Juli ist vielen in Erinnerung.", "2024-10-14", "2024-07"),
    # a relative clause of the trigger noun says when
    ("Geplant ist ein Telefonat von Scholz mit Macron, das am Montag stattfinden soll.", "2024-03-14", "2024-03-18"),
    # news told in the Perfekt or Präteritum: the month of publication, no more
    ("Scholz hat mit Macron telefoniert.", "2024-03-14", "2024-03"),
    ("Scholz traf Macron in Paris.", "2024-03-14", "2024-03"),
    ("Bei einem kürzlichen Treffen mit Macron warb Scholz für mehr Hilfe.", "2024-03-14", "2024-03"),
    ("Beim Treffen mit Macron in Paris ging es Scholz um weniger Emissionen gegenüber 1990.", "2024-03-14", "2024-03"),
    # ... but not what came before, a habit, or news of the first days of a month
    ("Scholz hatte mit Macron telefoniert.", "2024-03-14", None),
    ("Scholz hat mehrfach mit Macron telefoniert.", "2024-03-14", None),
    ("Scholz hat mit Macron telefoniert.", "2024-03-03", None),
    ("Einst traf Scholz Macron in Paris.", "2024-03-14", None),
    ("Seit 2019 hat Scholz regelmäßig mit Macron telefoniert.", "2024-03-14", None),
])
def test_contact_dates(sentence, published, expected):
    assert first_contact_date(sentence, published) == expected


def test_a_plan_without_a_date_gets_none_from_the_publication_day():
    assert first_contact_date("Scholz will Macron treffen.") is None
