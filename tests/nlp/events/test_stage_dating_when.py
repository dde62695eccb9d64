"""Stage 4, date: day expressions the dating stage must not lose (lists, compounds, days told around the trigger)."""

import pytest

from tests.nlp.events.test_stage_dating import first_contact_date
from tests.nlp.helpers import extract_text


@pytest.mark.parametrize("sentence, published, expected", [
    # a comma of a list before 'den'/'der' opens no relative clause: the weekday of the clause dates the contact
    ("Scholz hatte am Samstagvormittag mit Kollegen aus Polen, Spanien, den Niederlanden und Belgien beraten.",
     "2024-03-16", "2024-03-16"),
    ("Am Freitagabend hatte Scholz mit Macron, Sánchez, den beiden Balten und Tusk beraten.",
     "2024-03-14", "2024-03-08"),
])
def test_date_of_a_clause_with_a_list(sentence, published, expected):
    assert first_contact_date(sentence, published) == expected


def test_roundup_day_from_a_title_kept_apart():
    """'Die wichtigsten Nachrichten vom Mittwoch' as the title of a JSON article (not in its text) dates the day's
    reports told in the past to that Wednesday, not to the month."""
    from orchestration.nlp.articles import make_article
    from orchestration.nlp.extract import extract_article

    text = ("Die Börsen schwanken, die Bahn streikt. Die Preise für Strom sind gesunken. Viele Familien planen ihren "
            "Urlaub.\nScholz hat mit Macron über die Hilfen für die Bauern telefoniert, sagte ein Sprecher.")
    for title, expected in (("Die wichtigsten Nachrichten vom Mittwoch", "2024-03-13"),
                            ("Die Nachricht vom Mittwoch schockierte viele", "2024-03")):
        article, _ = make_article("test", "test.json", text, {"published_at": "2024-03-14", "title": title})
        calls = [m for m in extract_article(article).event_mentions if m.event_type == "CALL"]
        assert [m.event_date for m in calls] == [expected], title


@pytest.mark.parametrize("sentence, published, expected", [
    # the day a plan is called off is not the day of the event; the date it was planned for stays
    ("Das für den 20. Mai geplante Treffen von Scholz und Macron wurde am Dienstag abgesagt.", "2024-03-14",
     "2024-05-20"),
    ("Die für nächste Woche geplante Gesprächsrunde von Scholz und Macron in Paris war am Montag abgesagt worden.",
     "2024-03-14", "2024-03"),
    # with no other date the calling off leaves the event undated
    ("Am Dienstag sagte Scholz das Treffen mit Macron ab.", "2024-03-14", None),
])
def test_date_of_an_event_called_off(sentence, published, expected):
    assert first_contact_date(sentence, published) == expected


@pytest.mark.parametrize("text, expected", [
    # a heading without a full stop joined to the sentence of its first item still opens the day's agenda
    ("Der Morgen kompakt\nEs bleibt kalt. Zur Meldung Was wichtig wird Scholz und Macron verhandeln in Paris über "
     "Zölle. Die Runde dauert bis Freitag.\n", "2024-03-15"),
    # not a clause that only names the words
    ("Zölle im Streit\nEs bleibt kalt. Offen ist, was wichtig wird. Scholz und Macron verhandeln über Zölle.\n", None),
])
def test_an_agenda_heading_inside_a_sentence(text, expected):
    contacts = [m for m in extract_text(text, "2024-03-15").event_mentions if m.event_type == "NEGOTIATION"]
    assert contacts and contacts[0].event_date == expected


@pytest.mark.parametrize("text, expected", [
    # 'damals' is the last time told before it in its paragraph, a sentence or two back
    ("Alte Freunde\nDer Regen hört nicht auf. Wer denkt noch an den Mai 2019? Ein schöner Frühling war das. "
     "Damals traf sich Scholz in Paris mit Macron.\n", "2019-05"),
    # not across a paragraph, nor further than a few sentences
    ("Alte Freunde\nDer Regen hört nicht auf. Wer denkt noch an den Mai 2019?\nEin schöner Frühling war das. "
     "Damals traf sich Scholz in Paris mit Macron.\n", None),
    ("Alte Freunde\nDer Regen hört nicht auf. Wer denkt noch an den Mai 2019? Es blühte. Es war warm. Alle lachten. "
     "Damals traf sich Scholz in Paris mit Macron.\n", None),
])
def test_then_is_the_time_told_before(text, expected):
    contacts = [m for m in extract_text(text, "2024-03-15").event_mentions if m.event_type == "MEETING"]
    assert contacts and contacts[0].event_date == expected


@pytest.mark.parametrize("text, expected", [
    # 'am Abend zuvor', 'am Vorabend': the evening before the reference day, in any tense
    ("Hilfen für Bauern\nDer Regen hört nicht auf. Am Abend zuvor hatte Scholz mit Macron telefoniert.\n", "2024-03-14"),
    ("Hilfen für Bauern\nDer Regen hört nicht auf. Am Vorabend traf sich Scholz in Paris mit Macron.\n", "2024-03-14"),
    # not where the story tells of another day, nor the eve of a named event: no day (the lead's month at most)
    ("Hilfen für Bauern\nAm Montag hielt Scholz eine Rede. Am Abend zuvor hatte er mit Macron telefoniert.\n",
     "2024-03"),
    ("Hilfen für Bauern\nDer Regen hört nicht auf. Am Vorabend des Gipfels hatte Scholz mit Macron telefoniert.\n",
     "2024-03"),
])
def test_the_evening_before(text, expected):
    contacts = [m for m in extract_text(text, "2024-03-15").event_mentions if m.event_type in ("CALL", "MEETING")]
    assert contacts and contacts[0].event_date == expected


@pytest.mark.parametrize("text, future, expected", [
    # a day or month followed by a year in the genitive lies in that year, whatever the tense
    ("Der Gipfel soll vom 4. bis zum 9. Mai kommenden Jahres stattfinden.", True, ["2025-05-04"]),
    ("Der Gipfel soll im Februar nächsten Jahres stattfinden.", True, ["2025-02"]),
    ("Am 3. März vergangenen Jahres hatten sie sich getroffen.", False, ["2023-03-03"]),
    ("Ende Juli dieses Jahres trafen sie sich.", False, ["2024-07"]),
    # a year of a clause of its own stays apart
    ("Im Mai trafen sie sich, im kommenden Jahr wieder.", False, ["2024-05", "2025"]),
])
def test_a_day_of_a_year_named_after_it(text, future, expected):
    from datetime import date

    from orchestration.nlp.dates import find_dates

    assert [d.value for d in find_dates(text, date(2024, 10, 14), future=future)] == expected


def test_a_conference_set_for_a_day_of_next_year():
    text = ("Bericht aus Berlin\nDer Regen hört nicht auf. Die Klimakonferenz von Scholz und Macron in Paris soll vom "
            "2. bis zum 6. März kommenden Jahres stattfinden.\n")
    meetings = [m for m in extract_text(text, "2024-10-14").event_mentions if m.event_type == "MEETING"]
    assert [m.event_date for m in meetings] == ["2025-03-02"]


@pytest.mark.parametrize("sentence, published, expected", [
    # a date right after a noun of another happening (its place between) is that happening's: no day for the contact
    ("Nach dem Anschlag in Wien am Montag telefonierte Scholz mit Macron.", "2024-03-14", "2024-03"),
    ("Die Gespräche von Scholz und Macron finden unter dem Eindruck der Messerattacke am Dienstag statt.", "2024-03-14",
     None),
    ("Scholz telefonierte mit Macron nach dem Erdbeben in der Türkei am Montag.", "2024-03-14", "2024-03"),
    # a date after a place or person is the contact's own
    ("Scholz traf Macron in Paris am Montag.", "2024-03-14", "2024-03-11"),
    ("Nach der Wahl traf Scholz am Montag Macron.", "2024-03-14", "2024-03-11"),
    ("Die Gespräche von Scholz und Macron finden am Dienstag statt.", "2024-03-14", "2024-03-19"),
])
def test_a_date_of_another_happening(sentence, published, expected):
    assert first_contact_date(sentence, published) == expected


@pytest.mark.parametrize("own, told, expected", [
    # a report its own clause dates to another year than the event it would refer back to is another occurrence
    ("Als beim letzten Mal vor sieben Jahren verhandelt wurde", "Die Verhandlungen laufen seit Juli", True),
    ("Schon 2018 hatten sich die beiden getroffen", "Im März 2024 trafen sie sich", True),
    # a day or month in the event's year may be one of its own
    ("Am 12. Juli verhandelten sie", "Die Verhandlungen laufen seit Juli", False),
    ("Im Jahr 2024 verhandelten sie", "Die Verhandlungen laufen seit Juli", False),
])
def test_a_report_of_another_year(own, told, expected):
    from datetime import date

    from orchestration.nlp.dates import find_dates
    from orchestration.nlp.events.dating import in_another_year

    day = date(2024, 10, 14)
    [a], [b] = find_dates(own, day, future=False), find_dates(told, day, future=False)
    assert in_another_year(a, b) is expected


@pytest.mark.parametrize("sentence, published, expected", [
    # a year read with its 'für' is what the contact is for, not when it is
    ("Scholz und Macron wollen beim EU-Gipfel ein neues Klimaziel für 2030 festlegen.", "2024-10-14", None),
    ("Der Gipfel von Scholz und Macron ist für 2025 geplant.", "2024-10-14", "2025"),
    ("Scholz hatte Macron für Montag zu einem Treffen eingeladen.", "2024-10-14", "2024-10-14"),
    ("Scholz lud den französischen Präsidenten Macron für 2025 zu einem Gipfel nach Berlin ein.", "2024-10-14", "2025"),
    # the time something is put off to lies ahead, whatever the tense
    ("Scholz kündigte an, das Treffen mit Macron auf September zu verschieben.", "2024-05-31", "2024-09"),
    ("Das Treffen von Scholz und Macron wurde auf Oktober verschoben.", "2024-05-31", "2024-10"),
    ("Scholz und Macron trafen sich im September.", "2024-05-31", "2023-09"),
])
def test_a_target_year_and_a_time_put_off_to(sentence, published, expected):
    assert first_contact_date(sentence, published) == expected


def test_a_day_after_a_common_noun_of_place_is_the_contacts():
    # 'der Explosion im Hafen am heutigen Montag': 'im Hafen' names no known place, the day may be the trip's
    assert first_contact_date("Scholz reist vier Wochen nach der Explosion im Hafen am heutigen Donnerstag zu "
                              "Macron nach Paris.", "2024-03-14") == "2024-03-14"


@pytest.mark.parametrize("sentence, expected", [
    # a clause of time with 'als' opening the sentence tells when the main clause's contact was
    ("Als Scholz Anfang März ankündigte, die Grenzen zu schließen, verhandelte Luxemburg mit Berlin.", "2024-03"),
    ("Als im März die Grenzen geschlossen wurden, telefonierte Scholz mit Macron.", "2024-03"),
    # the main clause's own date comes first
    ("Als Scholz Anfang März ankündigte, die Grenzen zu schließen, verhandelte Luxemburg am Montag mit Berlin.",
     "2024-05-27"),
])
def test_a_fronted_clause_of_time(sentence, expected):
    assert first_contact_date(sentence, "2024-05-31") == expected


@pytest.mark.parametrize("sentence, expected", [
    # a trigger between an article and the participle it qualifies is background: no month of publication
    ("Die durch das Treffen von Scholz und Macron in Paris geweckten Hoffnungen seien verflogen, sagte Habeck.", None),
    ("Bei dem Treffen von Scholz und Macron ging es um Geld.", "2024-05"),
])
def test_a_contact_in_a_participle_attribute(sentence, expected):
    assert first_contact_date(sentence, "2024-05-31") == expected


def test_a_date_wrapped_over_a_line_break():
    # a line break between a day's ordinal and its month is a wrapped line, not the end of a sentence
    from orchestration.nlp.pipeline import build_pipeline

    doc = build_pipeline()("Merkel und Xi treffen sich am 14.\nSeptember in Leipzig. Danach.\n14.\nKapitel eins")
    assert [s.text.strip() for s in doc.sents] == ["Merkel und Xi treffen sich am 14.\nSeptember in Leipzig.", "Danach.",
                                                   "14.", "Kapitel eins"]
    assert first_contact_date("Merkel und Xi treffen sich am 14.\nSeptember in Leipzig.", "2020-06-11") == "2020-09-14"


@pytest.mark.parametrize("heading, paragraph, expected", [
    # a sub-heading naming a contact is the title of the paragraph below: its first sentence's day dates it
    ("Krisengespräch zwischen Berlin und Paris",
     "Am Mittwochabend berieten Bundeskanzler Olaf Scholz und Präsident Emmanuel Macron in einem Telefonat über "
     "die Lage an der Grenze.", "2024-03-13"),
    ("Treffen von Scholz und Macron",
     "Scholz und Macron trafen sich am Dienstag in Paris.", "2024-03-12"),
    # no day where that sentence tells a contact of other sides, or two days
    ("Krisengespräch zwischen Berlin und Paris",
     "Am Mittwochabend telefonierte Bundeskanzler Olaf Scholz mit dem polnischen Präsidenten Andrzej Duda.", None),
    ("Gespräch von Scholz und Macron",
     "Scholz und Macron trafen sich am Dienstag in Paris und am Mittwoch in Berlin.", None),
])
def test_a_heading_takes_the_day_of_its_paragraph(heading, paragraph, expected):
    text = f"Bericht aus Berlin\nDie Lage an der Grenze bleibt angespannt, heißt es in Berlin.\n{heading}\n{paragraph}"
    mentions = [m for m in extract_text(text, "2024-03-14").event_mentions
                if m.sentence_text.strip() == heading]
    assert mentions, heading
    assert mentions[0].event_date == expected



@pytest.mark.parametrize("later, expected", [
    # told as before the news ('zuvor', a copula that only describes): an earlier occurrence of the same sides,
    # which the evening a later report gives the expected visit does not date
    ("Die Besuche zuvor hatten in Rom heftige Debatten ausgelöst.", None),
    ("Es war der wichtigste Besuch aus Paris seit Jahren.", None),
    # told as the news itself, it is that visit of the evening
    ("Der Besuch dürfte in Rom heftige Debatten auslösen.", "2024-03-14"),
])
def test_a_reference_told_as_before_borrows_no_lent_date(later, expected):
    text = ("Debatte in Rom\nWeiterer Besuch von Macron in Rom erwartet\n"
            "Macron soll am Abend in Rom eintreffen, berichtet die Agentur. " + later)
    last = [m for m in extract_text(text).event_mentions if m.sentence_index == 3]
    assert [m.event_date for m in last] == [expected]


def test_a_reference_told_as_before_keeps_a_date_its_antecedent_states():
    text = "Macron traf am Dienstag in Rom Meloni. Das Treffen damals dauerte drei Stunden."
    assert [m.event_date for m in extract_text(text).event_mentions] == ["2024-03-12", "2024-03-12"]


@pytest.mark.parametrize("sentence, published, expected", [
    # a weekday in an infinitive an announcing governs lies ahead of the announcing day (2024-03-13 a Wednesday)
    ("Am Montag kündigte Scholz an, am Donnerstag nach Kiew zu reisen.", "2024-03-13", "2024-03-14"),
    ("Scholz und Macron vereinbarten am Freitag, sich am Dienstag in Paris zu treffen.", "2024-03-13", "2024-03-12"),
    ("Scholz kündigte an, am Freitag mit Macron zu telefonieren.", "2024-03-13", "2024-03-15"),
    # the day of the announcing is not the journey's; a month of the announcing leaves the weekday unknown
    ("Am Montag kündigte Scholz an, nach Kiew zu reisen.", "2024-03-13", None),
    ("Scholz hatte im Januar angekündigt, am Donnerstag nach Kiew zu reisen.", "2024-03-13", None),
    # unchanged: an infinitive of purpose shares its main clause's time; a clause of its own keeps its weekday
    ("Am Montag reiste Scholz nach Paris, um mit Macron zu verhandeln.", "2024-03-13", "2024-03-11"),
    ("Am Dienstag hat Scholz mit Macron telefoniert, sagte ein Sprecher.", "2024-03-13", "2024-03-12"),
])
def test_a_plan_announced_on_a_day(sentence, published, expected):
    assert first_contact_date(sentence, published) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a meeting ends in the month it took place: the month its clause says it ended in is its own
    ("Mitte Februar endete ein Treffen von Scholz und Macron in Paris ohne Ergebnis.", "2024-02"),
    # not a day (a summit is dated by its first), nor negotiations (which began long before)
    ("Die Verhandlungen zwischen Scholz und Macron endeten im Februar ohne Ergebnis.", None),
])
def test_the_month_a_meeting_ended_in(sentence, expected):
    assert first_contact_date(sentence, "2024-03-14") == expected


@pytest.mark.parametrize("text, expected", [
    # 'am Vortag' in a report that names no other day: the day before the reference day
    ("Gas aus Russland\nErdogan hat den Bau eines Umschlagpunkts angekündigt. Die Arbeiten sollen bald beginnen. "
     "Der türkische Präsident hatte am Vortag Putin in Kasachstan getroffen.\n", "2024-03-13"),
    # not where another day was told before it (which one it counts from is open), nor a day after
    ("Gas aus Russland\nAm Montag hat Erdogan den Bau eines Umschlagpunkts angekündigt. Die Arbeiten sollen bald "
     "beginnen. Der türkische Präsident hatte am Vortag Putin in Kasachstan getroffen.\n", None),
    ("Gas aus Russland\nErdogan hat den Bau eines Umschlagpunkts angekündigt. Zwei Tage später traf er Putin in "
     "Kasachstan.\n", None),
    # nor a week before: 'eine Woche zuvor' counts from an event told before, not from the day of the news
    ("Gas aus Russland\nErdogan hat den Bau eines Umschlagpunkts angekündigt. Die Arbeiten sollen bald beginnen. "
     "Der türkische Präsident hatte eine Woche zuvor Putin in Kasachstan getroffen.\n", None),
])
def test_the_day_before_the_news(text, expected):
    contacts = [m for m in extract_text(text, "2024-03-14").event_mentions if m.event_type == "MEETING"]
    assert contacts and contacts[0].event_date == expected


@pytest.mark.parametrize("text, expected", [
    # told in the present in the lead, a contact that is the occasion of what the clause tells is the day's news
    ("Rede in Prag\nBei seinem ersten Besuch in Tschechien hält Scholz in Prag eine Grundsatzrede. Er spricht über "
     "Europa.\n", "2024-03-14"),
    # a summit or conference going on today may have begun days before: the month, no guessed day
    ("Zölle\nDie Staats- und Regierungschefs der EU ringen beim Gipfel in Paris um Zölle.\n", "2024-03"),
    ("Zölle\nBeim dreitägigen G7-Treffen in Kanada streiten die Staatschefs über Zölle.\n", "2024-03"),
    # unchanged: a bare meeting of two is one sitting, today's
    ("Zölle\nBeim Treffen mit Macron in Paris wirbt Scholz für niedrigere Zölle.\n", "2024-03-14"),
    # not a reaction to it, the last one, a story told step by step, nor a plan
    ("Rede in Prag\nPeking reagiert damit auf den Besuch von Scholz in Tschechien.\n", None),
    ("Rede in Prag\nSein jüngster Auftritt beim Besuch in Tschechien befeuert Zweifel an Scholz.\n", None),
    ("Rede in Prag\nWährend seines Besuchs bei Macron in Paris zweifelt Scholz dann an seinem Gegenüber.\n", None),
    ("Rede in Prag\nBei seinem Besuch in Tschechien will Scholz in Prag eine Grundsatzrede halten.\n", None),
])
def test_a_contact_the_lead_tells_in_the_present(text, expected):
    contacts = [m for m in extract_text(text, "2024-03-14").event_mentions if m.event_type in ("VISIT", "MEETING")]
    assert contacts and contacts[0].event_date == expected


def test_a_summit_going_on_in_a_months_first_days_has_no_date():
    """In a report of the 2nd a summit going on may have begun in the month before: no date rather than a guess."""
    text = "Zölle\nDie Staats- und Regierungschefs der EU ringen beim Gipfel in Paris um Zölle.\n"
    summits = [m for m in extract_text(text, "2024-03-02").event_mentions if m.event_type == "MEETING"]
    assert summits and summits[0].event_date is None


@pytest.mark.parametrize("text, expected", [
    # a reference back that states its day keeps it over the month the headline's summit took from the publication,
    # and the summit and what refers to it take that day
    ("Haushalt\nBeim EU-Gipfel geht es um viel Geld: Die Hilfen für den Süden stehen zur Debatte.\nEinen ersten "
     "Schritt will die Union beim morgen beginnenden Gipfel der 27 Staats- und Regierungschefs gehen. Eine wichtige "
     "Rolle wird Rutte beim Gipfel spielen.\n", ["2024-03-15", "2024-03-15", "2024-03-15"]),
    # unchanged: with no day stated, the summit going on keeps the month
    ("Haushalt\nBeim EU-Gipfel geht es um viel Geld: Die Hilfen für den Süden stehen zur Debatte.\nEine wichtige "
     "Rolle wird Rutte beim Gipfel spielen.\n", ["2024-03", "2024-03"]),
])
def test_a_stated_day_wins_over_the_news_month(text, expected):
    summits = [m for m in extract_text(text, "2024-03-14").event_mentions if m.event_type == "MEETING"]
    assert [m.event_date for m in summits] == expected


@pytest.mark.parametrize("text, expected", [
    # a contact an adjective puts ahead takes no day from the story around it
    ("G7\nTrump telefonierte am Mittwoch mit Macron. Trump habe deutlich gemacht, dass er sich auf eine baldige "
     "Zusammenkunft der G7 freue, hieß es.\n", ["2024-03-13", None]),
    # talks told as going on for months take no day from the story
    ("Handel\nScholz telefonierte am Montag mit Macron. Die EU und China verhandeln seit Monaten über ein "
     "Investitionsabkommen.\n", ["2024-03-11", None]),
    # unchanged: the first contact after years is one contact, on its day; talks with no span refer back
    ("Besuch\nErstmals seit Jahren hat Scholz am Montag Erdogan getroffen.\n", ["2024-03-11"]),
    ("Handel\nScholz sagte, er werde am Freitag mit Macron sprechen. Die Gespräche sollen neuen Schwung bringen.\n",
     ["2024-03-15", "2024-03-15"]),
    ("Besuch\nVon der Leyen ist am Dienstag nach Kiew gereist. Dort traf sie Selenskyj.\n", ["2024-03-12"]),
])
def test_no_day_from_the_story_for_a_contact_ahead_or_a_long_process(text, expected):
    contacts = [m for m in extract_text(text, "2024-03-14").event_mentions
                if m.event_type in ("MEETING", "CALL", "VISIT", "CONTACT", "NEGOTIATION")]
    assert [m.event_date for m in contacts] == expected


@pytest.mark.parametrize("sentence, published, expected", [
    # a plan told in the Plusquamperfekt of a modal came to nothing: it keeps the date it had, read back
    ("Bereits Mitte April hatte Steinmeier ursprünglich mit Duda nach Kiew reisen wollen.", "2024-10-25", "2024-04"),
    ("Scholz hatte am Freitag mit Macron telefonieren wollen, doch das Gespräch kam nicht zustande.", "2024-10-24",
     "2024-10-18"),
    # unchanged: a date the plan had, with no sign it came to nothing, is not the event's
    ("Eigentlich sollte das Treffen von Scholz und Macron am 10. Juni sein.", "2024-03-14", None),
])
def test_the_date_of_a_plan_that_came_to_nothing(sentence, published, expected):
    assert first_contact_date(sentence, published) == expected


@pytest.mark.parametrize("text, expected", [
    # negotiations as a whole referring back to a meeting do not lend it the day of their turn
    ("Krieg\nMedinski schloss ein Treffen zwischen Putin und Selenskyj nicht aus. Dafür sei Vorbereitung nötig. "
     "Die Ukraine hatte die Verhandlungen am Dienstag ausgesetzt.\n", None),
    # unchanged: a report of the meeting itself does ("Das Treffen findet am Freitag statt")
    ("Krieg\nPutin und Selenskyj wollen sich treffen. Dafür sei Vorbereitung nötig. Das Treffen findet am Freitag "
     "statt.\n", "2024-03-15"),
])
def test_a_process_lends_no_day_to_a_meeting(text, expected):
    meetings = [m for m in extract_text(text, "2024-03-14").event_mentions if m.event_type == "MEETING"]
    assert meetings and meetings[0].event_date == expected


@pytest.mark.parametrize("sentence, published, expected", [
    # a summit or conference over a weekend began on its Saturday
    ("Scholz und Macron trafen sich am Wochenende zu einem Gipfel in Paris.", "2024-03-18", "2024-03-16"),
    ("Der G7-Gipfel am Wochenende in Elmau war ein Erfolg für Scholz und Macron.", "2024-03-18", "2024-03-16"),
    # a call, a meeting or a journey may be on either of its days: the weekend's month
    ("Am kommenden Wochenende reist Scholz zu Gesprächen mit Macron nach Paris.", "2024-03-14", "2024-03"),
    ("Am Wochenende traf Scholz in Paris den französischen Präsidenten Macron.", "2024-03-18", "2024-03"),
    ("Scholz telefonierte am Wochenende mit Macron.", "2024-03-18", "2024-03"),
    # and none where its two days lie in two months
    ("Scholz telefonierte am Wochenende mit Macron.", "2024-09-02", None),  # 31 August and 1 September
    # a day stated stays the day
    ("Scholz und Macron trafen sich am Samstag in Paris.", "2024-03-18", "2024-03-16"),
])
def test_a_weekend_dates_what_goes_on_over_it_by_its_saturday(sentence, published, expected):
    assert first_contact_date(sentence, published) == expected


def test_a_friday_stated_for_a_summit_at_the_weekend_is_its_first_day():
    text = ("Der Gipfel von Scholz und Macron findet am Wochenende in Paris statt.\n"
            "Das Treffen beginnt an diesem Freitag mit einem Abendessen.")
    meetings = [m for m in extract_text(text, "2024-03-13").event_mentions if m.event_type == "MEETING"]
    assert {m.event_date for m in meetings} == {"2024-03-15"}


@pytest.mark.parametrize("sentence, published, expected", [
    # a date after 'von'/'vom'/'aus' behind a document is when it was made, not the contact's
    ("Baerbock verhandelt in Wien mit Iran über die Rückkehr zum Atomabkommen von 2015.", "2024-03-14", None),
    ("Scholz sprach mit Macron über die Umsetzung des Pariser Abkommens aus dem Jahr 2015.", "2024-03-14", None),
    ("Baerbock verhandelte mit Iran über den Vertrag vom 12. März 2019.", "2024-03-14", None),
    # unchanged: a date of the contact itself beside a document's
    ("Scholz sprach am Montag mit Macron über das Pariser Abkommen von 2015.", "2024-03-14", "2024-03-11"),
    ("Scholz traf Macron 2015 in Paris.", "2024-03-14", "2015"),
])
def test_a_date_of_a_document_does_not_date_the_contact(sentence, published, expected):
    assert first_contact_date(sentence, published) == expected


def test_a_summit_named_again_without_a_date_takes_the_date_its_name_has_in_the_article():
    text = ("Wenige Tage vor dem nächsten EU-Gipfel streiten Scholz und Macron über den Gaspreis.\n"
            "Die Minister beraten am Montag. Die Staats- und Regierungschefs wollen beim EU-Gipfel am Freitag "
            "über einen Deckel entscheiden.")
    summits = [m for m in extract_text(text, "2022-10-05").event_mentions if m.trigger_text == "EU-Gipfel"]
    assert [m.event_date for m in summits] == ["2022-10-07", "2022-10-07"]


def test_a_summit_of_that_name_in_an_earlier_year_lends_no_date():
    """A series held every year: the summit named for comparison is another one than the summit of these days."""
    text = ("Die Staats- und Regierungschefs der G7 kommen am Sonntag auf Schloss Elmau zusammen. Schon 2015 war Elmau "
            "Gastgeber eines G7-Gipfels mit Obama und Merkel. Der jetzige G7-Gipfel wird von Bundeskanzler Scholz "
            "geleitet, der die Gäste aus Indien und Südafrika empfängt.")
    summits = [m for m in extract_text(text, "2022-06-24").event_mentions if m.trigger_text == "G7-Gipfel"]
    assert summits and summits[0].event_date != "2015"


def test_a_summit_of_that_name_with_two_dates_lends_none():
    """Two summits to come of one name: the undated one may be either."""
    text = ("Vor dem EU-Gipfel streiten Scholz und Macron über den Gaspreis.\n"
            "Beim EU-Gipfel im Juni wollen sie beraten. Beim EU-Gipfel im Oktober wollen sie entscheiden.")
    summits = [m for m in extract_text(text, "2022-05-10").event_mentions if m.trigger_text == "EU-Gipfel"]
    assert summits[0].event_date is None


def test_a_journey_at_the_weekend_told_on_in_the_next_sentence_keeps_the_month():
    text = "Scholz reist an diesem Wochenende nach Paris. Der Besuch bei Macron soll die Beziehungen verbessern."
    visits = [m for m in extract_text(text, "2024-03-15").event_mentions if m.event_type == "VISIT"]
    assert visits and {m.event_date for m in visits} == {"2024-03"}


@pytest.mark.parametrize("text, expected, published", [
    # a summit the occasion of what the present tells is going on: the month of publication, no guessed day
    ("Lage in Osteuropa\nDie Bahn streikt. Der Winter ist kalt. Es schneit. Die Preise steigen.\n"
     "Die Energiepreise sind beim Nato-Gipfel in Vilnius das beherrschende Thema.", "2024-03", "2024-03-15"),
    # unchanged: a bare meeting noun may name a series ("bei den Treffen": plural alike)
    ("Lage in Osteuropa\nDie Bahn streikt. Der Winter ist kalt. Es schneit. Die Preise steigen.\n"
     "Die Energiepreise sind bei den Treffen der Nato-Minister das beherrschende Thema.", None, "2024-03-15"),
    # unchanged: 'schon' looks back in the present of a review of the year
    ("Das Jahr der Kanzlerin\nDie Bahn streikt. Der Winter ist kalt. Es schneit. Die Preise steigen.\n"
     "Ihren Nachfolger nimmt die Kanzlerin schon beim Nato-Gipfel in Vilnius zu allen Terminen mit.", None, "2024-03-15"),
    # unchanged: in a report of the first days of a month it may have begun in the month before
    ("Lage in Osteuropa\nDie Bahn streikt. Der Winter ist kalt. Es schneit. Die Preise steigen.\n"
     "Die Energiepreise sind beim Nato-Gipfel in Vilnius das beherrschende Thema.", None, "2024-03-02"),
])
def test_a_summit_told_as_the_occasion_in_the_present_is_of_the_month_of_publication(text, expected, published):
    extraction = extract_text(text, published)
    summits = [m for m in extraction.event_mentions if m.trigger_text.startswith(("Nato-Gipfel", "Treffen"))]
    assert summits and summits[0].event_date == expected


@pytest.mark.parametrize("text, expected", [
    # a report naming all the journey's sides again, further on, restates it: its day dates the journey
    ("Besuch in Madrid\nScholz reist erneut nach Madrid, um Sánchez zu Reformen zu drängen. Die Regierung zögert. "
     "Die Opposition schweigt. Die Lage ist angespannt. Deshalb reist Scholz am heutigen Donnerstagabend nach "
     "Madrid.\n", "2024-03-14"),
    # unchanged: a bare reference as far on lends no day ("Der Besuch" names no side of its own)
    ("Besuch in Madrid\nScholz reist erneut nach Madrid, um Sánchez zu Reformen zu drängen. Die Regierung zögert. "
     "Die Opposition schweigt. Die Lage ist angespannt. Der Besuch war am Donnerstag.\n", None),
])
def test_a_restated_journey_lends_its_day_further_on(text, expected):
    visits = [m for m in extract_text(text, "2024-03-14").event_mentions if m.event_type == "VISIT"]
    assert visits and visits[0].event_date == expected
