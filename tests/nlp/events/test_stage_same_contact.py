"""Stage 7, the same contact told twice: a report without a date of its own takes the day, and a 'Gespräch' the
kind, another report of the same contact in the article states; never across another occurrence."""

import pytest

from tests.nlp.helpers import extract_text, sides

# published on Thursday 2024-03-14: 'am Mittwoch' told in the past is 2024-03-13
FILLER = "Die Preise für Strom sind gesunken.\n"


def reports(text: str, published: str = "2024-03-14") -> list[tuple[int, str, str | None]]:
    """(sentence, type, date) of the contacts of Scholz and Macron."""
    extraction = extract_text(text, published)
    return [(m.sentence_index, m.event_type, m.event_date) for m in extraction.event_mentions
            if sides(extraction, m.participant_ids) == {"Olaf Scholz", "Emmanuel Macron"}]


def last_report(text: str) -> tuple[str, str | None]:
    found = reports(text)
    assert found, "no contact of Scholz and Macron"
    return found[-1][1:]


@pytest.mark.parametrize("text, expected", [
    # the lead gives the day and the kind, a later sentence neither
    ("Scholz hat am Mittwoch mit Macron telefoniert.\n" + FILLER + "Scholz hat mit Macron auch über Gas gesprochen.",
     ("CALL", "2024-03-13")),
    ("Bundeskanzler Olaf Scholz hat am Mittwoch mit Präsident Emmanuel Macron telefoniert.\n" + FILLER
     + "In dem Gespräch von Scholz mit Macron ging es um Gas.", ("CALL", "2024-03-13")),
    # a meeting in Paris on Wednesday: 'traf' without a date of its own is that meeting
    ("Scholz ist am Mittwoch in Paris mit Macron zusammengekommen.\n" + FILLER
     + "Scholz traf Macron auch, um über Gas zu reden.", ("MEETING", "2024-03-13")),
    # a report without a date of any kind (the Plusquamperfekt is no news of the month)
    ("Am Mittwoch hat Scholz mit Macron telefoniert.\n" + FILLER + "Scholz hatte mit Macron über Gas gesprochen.",
     ("CALL", "2024-03-13")),
    # ... but not the day a contact was reported on
    ("Am Mittwoch berichtete die Zeitung über das Telefonat von Scholz mit Macron.\n" + FILLER
     + "Scholz hatte mit Macron über Gas gesprochen.", ("CALL", None)),
    # talk of any kind may be the meeting; a statement after it dates the meeting where the date follows its noun,
    # or where it was made right after it ('nach') on a weekday of the past week
    ("Scholz erklärte nach seinem Treffen am Mittwoch mit Macron, die Lage sei ernst.\n" + FILLER
     + "Scholz habe mit Macron auch über Gas gesprochen.", ("CONTACT", "2024-03-13")),
    ("Scholz erklärte am Mittwoch nach seinem Treffen mit Macron, die Lage sei ernst.\n" + FILLER
     + "Scholz habe mit Macron auch über Gas gesprochen.", ("CONTACT", "2024-03-13")),
    ("Nach dem Treffen mit Macron sagte Scholz am Mittwoch, die Lage sei ernst.\n" + FILLER
     + "Bei dem Treffen von Scholz mit Macron ging es um Gas.", ("MEETING", "2024-03-13")),
    # ... not a statement of a date of any age, nor one about or before the meeting
    ("Scholz erklärte am 2. März nach seinem Treffen mit Macron, die Lage sei ernst.\n" + FILLER
     + "Scholz habe mit Macron auch über Gas gesprochen.", ("CONTACT", "2024-03")),
    ("Scholz erklärte am Mittwoch zu seinem Treffen mit Macron, die Lage sei ernst.\n" + FILLER
     + "Scholz habe mit Macron auch über Gas gesprochen.", ("CONTACT", "2024-03")),
    ("Scholz erklärte am Mittwoch vor seinem Treffen mit Macron, die Lage sei ernst.\n" + FILLER
     + "Scholz habe mit Macron auch über Gas gesprochen.", ("CONTACT", "2024-03")),
    # two days for the same pair: which one is meant is open
    ("Scholz hat am Montag mit Macron telefoniert.\n" + FILLER + "Scholz hat am Mittwoch mit Macron telefoniert.\n"
     + FILLER + "Scholz hat mit Macron auch über Gas gesprochen.", ("CALL", "2024-03")),
    # a sentence that names two days may tell of two meetings
    ("Scholz traf Macron am Montag in Paris und am Mittwoch in Berlin.\n" + FILLER
     + "Scholz hat mit Macron auch über Gas gesprochen.", ("CONTACT", "2024-03")),
    # another occurrence told in either sentence
    ("Scholz hat am Mittwoch mit Macron telefoniert.\n" + FILLER
     + "Scholz hat erneut mit Macron über Gas gesprochen.", ("CONTACT", "2024-03")),
    ("Scholz hat am Mittwoch erneut mit Macron telefoniert.\n" + FILLER
     + "Scholz hat mit Macron auch über Gas gesprochen.", ("CONTACT", "2024-03")),
    ("Scholz hat am Mittwoch mit Macron telefoniert.\n" + FILLER
     + "Zuvor hatte Scholz mit Macron über Gas gesprochen.", ("CONTACT", None)),
    # a call and a meeting of the same pair: the talk may be either
    ("Scholz hat am Montag mit Macron telefoniert.\n" + FILLER + "Am Mittwoch traf Scholz Macron in Paris.\n"
     + FILLER + "Scholz hat mit Macron auch über Gas gesprochen.", ("CONTACT", "2024-03")),
])
def test_the_day_and_kind_of_the_same_contact(text, expected):
    assert last_report("Nachrichten aus Europa\n" + text) == expected


def test_a_talk_with_a_third_person_is_another_contact():
    """Scholz's call with Macron does not date his talk with Macron and Tusk."""
    extraction = extract_text("Nachrichten aus Europa\nScholz hat am Mittwoch mit Macron telefoniert.\n" + FILLER
                              + "Scholz hat mit Macron und Tusk über Gas gesprochen.")
    talk = [m for m in extraction.event_mentions if "Donald Tusk" in sides(extraction, m.participant_ids)]
    assert talk and all(m.event_date != "2024-03-13" and m.event_type != "CALL" for m in talk)


def test_a_plan_does_not_date_what_happened():
    """A call planned for Friday is not the talk that happened."""
    assert last_report("Nachrichten aus Europa\nScholz will am Freitag mit Macron telefonieren.\n" + FILLER
                       + "Scholz hat mit Macron auch über Gas gesprochen.") == ("CONTACT", "2024-03")


@pytest.mark.parametrize("sentence, expected", [
    # the definite noun behind a comma names the talk of the main clause again
    ("Am Mittwoch sprach Scholz mit Macron über die Lage, hieß es nach dem Telefonat.", "CALL"),
    # a call in the talk's own phrase came before it
    ("Am Mittwoch sprach Scholz nach seinem Telefonat mit Tusk auch mit Macron.", "CONTACT"),
])
def test_a_call_named_again_in_the_same_sentence(sentence, expected):
    extraction = extract_text("Nachrichten aus Europa\n" + sentence + "\n" + FILLER)
    talk = [m for m in extraction.event_mentions if m.trigger_text == "sprach"]
    assert talk and talk[0].event_type == expected


@pytest.mark.parametrize("text, expected", [
    ("Scholz ist am Mittwoch in Paris gelandet.\n" + FILLER + "Der Besuch von Scholz in Frankreich gilt als heikel.",
     "2024-03-13"),
    ("Scholz traf am Mittwoch in Paris ein.\n" + FILLER + "Scholz ist nach Frankreich gereist.", "2024-03-13"),
])
def test_an_arrival_dates_the_visit(text, expected):
    extraction = extract_text("Nachrichten aus Europa\n" + text, "2024-03-14")
    visits = [m for m in extraction.event_mentions if m.event_type == "VISIT"]
    assert len(visits) == 2 and visits[-1].event_date == expected


@pytest.mark.parametrize("text, expected", [
    # a report that tells the call happened again makes two calls: the undated one does not take the earlier one's day
    ("Scholz telefonierte mit Macron.\n" + FILLER + "Dann telefonierte Scholz erneut mit Macron.\n" + FILLER
     + "Erst am Montag hatten Scholz und Macron ein Telefonat geführt.", "2024-03"),
    ("Scholz telefonierte mit Macron.\n" + FILLER + "Scholz telefonierte ein zweites Mal mit Macron.\n" + FILLER
     + "Erst am Montag hatten Scholz und Macron ein Telefonat geführt.", "2024-03"),
    # ... while one call told twice does
    ("Scholz telefonierte mit Macron.\n" + FILLER + "Am Montag hatten Scholz und Macron ein Telefonat geführt.",
     "2024-03-11"),
])
def test_a_call_told_again_keeps_its_own_day(text, expected):
    assert reports("Nachrichten aus Europa\n" + text)[0][2] == expected


def visit_sides(text: str, published: str = "2022-09-24") -> list[frozenset[str]]:
    extraction = extract_text("Titel\n" + text, published)
    return [frozenset(sides(extraction, m.participant_ids)) for m in extraction.event_mentions if m.event_type == "VISIT"]


@pytest.mark.parametrize("text, expected", [
    # the host the article has the visitor meet on the visit is the visit's side, not only his state
    ("Kanzler Olaf Scholz ist am Samstag nach Saudi-Arabien gereist. Bei seinem Treffen mit Kronprinz Mohammed bin "
     "Salman sprach Scholz über Energie.", [{"Olaf Scholz", "Mohammed bin Salman"}]),
    ("UN-Generalsekretär António Guterres reiste am Mittwoch nach Kiew. Dort traf er Präsident Selenskyj.",
     [{"António Guterres", "Wolodymyr Selenskyj"}]),
    # unchanged: a person met at another time, or of a third state, is no host of this visit
    ("Kanzler Olaf Scholz ist am Samstag nach Saudi-Arabien gereist. Im Mai 2021 hatte er Kronprinz Mohammed bin "
     "Salman in Berlin getroffen.", [{"Olaf Scholz", "Saudi-Arabien"}]),
    ("UN-Generalsekretär António Guterres reiste am Mittwoch nach Kiew. Am Dienstag hatte er Putin in Moskau "
     "getroffen.", [{"António Guterres", "Ukraine"}]),
])
def test_the_host_met_on_the_visit_is_its_side(text, expected):
    assert visit_sides(text) == [frozenset(e) for e in expected]


def test_several_people_met_on_a_visit_are_no_one_host():
    # a programme of meetings, each an event of its own: the visit keeps the state visited
    assert visit_sides("US-Außenminister Mike Pompeo reiste am Mittwoch nach Israel. Dort traf er Regierungschef "
                       "Benjamin Netanjahu. Pompeo sprach auch mit Außenminister Gabi Aschkenasi.", "2020-05-14") \
        == [frozenset({"Mike Pompeo", "Israel"})]


@pytest.mark.parametrize("text, expected", [
    # a call told as an earlier one ('zuletzt', 'damals') lends its day to no undated call of the same people
    ("Scholz hat in einem Telefonat mit Macron über die Ukraine gesprochen.\n" + FILLER
     + "Scholz und Macron hatten zuletzt am Montag ein Telefonat geführt.", "2024-03"),
    ("Scholz hat in einem Telefonat mit Macron über die Ukraine gesprochen.\n" + FILLER
     + "Damals, am Montag, hatten Scholz und Macron ein Telefonat geführt.", "2024-03"),
    # unchanged: 'nicht zuletzt' (not least) tells of no other call
    ("Scholz hat in einem Telefonat mit Macron über die Ukraine gesprochen.\n" + FILLER
     + "Am Montag hatten Scholz und Macron nicht zuletzt wegen der Lage ein Telefonat geführt.", "2024-03-11"),
])
def test_a_call_told_as_an_earlier_one_lends_no_day(text, expected):
    assert reports("Nachrichten aus Europa\n" + text)[0][2] == expected


def contact_sides(text: str, published: str = "2020-08-11") -> list[frozenset[str]]:
    extraction = extract_text("Titel\n" + text, published)
    return [frozenset(sides(extraction, m.participant_ids)) for m in extraction.event_mentions]


@pytest.mark.parametrize("text, expected", [
    # a minister's visit to a state, or talk with its 'Kollege', is with the one holder of his office there named
    ("Außenminister Heiko Maas ist am Dienstag zu einem Besuch nach Moskau gereist. Der russische Außenminister "
     "Sergej Lawrow lobte die Bedeutung der Beziehungen.", {"Heiko Maas", "Sergej Lawrow"}),
    ("Innenminister Horst Seehofer hat am Dienstag mit seinem französischen Kollegen beraten. Frankreichs "
     "Innenminister Christophe Castaner sprach von einer schrittweisen Öffnung.", {"Horst Seehofer", "Christophe Castaner"}),
])
def test_a_ministers_counterpart_named_in_the_article_is_its_side(text, expected):
    found = contact_sides(text, "2020-05-12")
    assert any(expected <= s for s in found), found


@pytest.mark.parametrize("text, missing", [
    # unchanged: a person of that state in another office is no counterpart ...
    ("Außenminister Heiko Maas ist am Dienstag zu einem Besuch nach Moskau gereist. Kremlchef Wladimir Putin "
     "lobte die Bedeutung der Beziehungen.", "Wladimir Putin"),
    # ... nor a head of government's, whose counterpart depends on the other state
    ("Kanzlerin Angela Merkel ist am Dienstag zu einem Besuch nach Frankreich gereist. Premierminister Édouard "
     "Philippe sprach von guten Beziehungen.", "Édouard Philippe"),
])
def test_no_counterpart_in_another_office(text, missing):
    found = contact_sides(text, "2020-05-12")
    assert found and all(missing not in s for s in found), found
