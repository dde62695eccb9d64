"""Stage 1, triggers: which words report an event, in which sense."""

import pytest

from orchestration.nlp.events.triggers import find_triggers, trigger_noun
from tests.nlp.helpers import parsed_sentence


@pytest.mark.parametrize("word, event_type", [
    ("Gipfeltreffen", "MEETING"), ("EU-Gipfel", "MEETING"), ("Trump-Putin-Gipfel", "MEETING"),
    ("Telefonats", "CALL"), ("Videogipfel", "CALL"), ("Video-Beratungen", "CALL"), ("Telefonkonferenz", "CALL"),
    ("Staatsbesuch", "VISIT"), ("Antrittsbesuch", "VISIT"), ("Brüssel-Besuch", "VISIT"),
    ("Brexit-Verhandlungen", "NEGOTIATION"), ("Verhandlungsrunde", "NEGOTIATION"), ("Kontakt", "CONTACT"),
])
def test_trigger_nouns_and_their_compounds(word, event_type):
    assert trigger_noun(word).event_type == event_type


@pytest.mark.parametrize("word", [
    "EU-Kreisen", "Diplomatenkreisen", "Preise", "Einreise", "Abreise", "Pressekonferenz", "Besucher",
    "Reisende", "Reisewarnung", "Dienstreisen", "Flugreisen", "Kontaktpersonen", "Kontaktbeschränkung",
    "Koalitionsverhandlungen", "Ministerpräsidentenkonferenz", "Tarifverhandlungen",
])
def test_words_that_hold_a_trigger_but_report_no_event(word):
    assert trigger_noun(word) is None


@pytest.mark.parametrize("sentence, found", [
    ("Merkel und Macron trafen sich am Montag in Paris.", ["MEETING"]),
    ("Putin traf am Freitag Xi Jinping.", ["MEETING"]),
    ("Die Regierung muss eine Entscheidung treffen.", []),
    ("Die Krise trifft Italien hart.", []),
    ("Spanien ist von der Pandemie schwer getroffen worden.", []),
    ("Pompeo traf am Dienstag in Pilsen ein.", ["VISIT"]),
    ("Die Außenminister kamen in Wien zusammen.", ["MEETING"]),
    ("Baerbock sprach mit Wang Yi.", ["CONTACT"]),
    ("Baerbock sprach von großen Fortschritten.", []),
    ("Scholz reiste nach Peking.", ["VISIT"]),
    ("Scholz reiste viel.", []),
    ("Macron empfing Selenskyj im Élysée-Palast.", ["MEETING"]),
    ("Die Risiken muss man entschlossen begegnen.", []),
    ("Das ist im Gespräch, sagte der Minister.", []),
    ("Vergangene Woche war Conte beim Regierungschef der Niederlande zu Gast.", ["VISIT"]),
])
def test_trigger_words_in_their_sentence(sentence, found):
    parsed, candidates = parsed_sentence(sentence)
    assert [t.event_type for t in find_triggers(parsed, candidates)] == found


@pytest.mark.parametrize("sentence, event_type", [
    ("Die Unterhändler setzten die Gespräche in Brüssel fort.", "NEGOTIATION"),
    ("Die EU und London wollen weiter über einen Handelspakt sprechen.", "NEGOTIATION"),
    ("Macron war nach Brüssel angereist und sprach mit Conte.", "MEETING"),
    ("Biden hatte ein gutes Gespräch mit Netanjahu.", "CONTACT"),
])
def test_talks_take_the_type_their_sentence_gives(sentence, event_type):
    parsed, candidates = parsed_sentence(sentence)
    assert [t.event_type for t in find_triggers(parsed, candidates)] == [event_type]


@pytest.mark.parametrize("sentence, found", [
    ("Am Montag wollen Ursula von der Leyen und Boris Johnson erneut über den Handel sprechen.", ["CONTACT"]),
    ("Am Montag wollen von der Leyen und Macron erneut über den Handel sprechen.", ["CONTACT"]),
    ("Von der Leyen sprach von großen Fortschritten.", []),
])
def test_von_in_a_name_is_no_speaking_of(sentence, found):
    parsed, candidates = parsed_sentence(sentence)
    assert [t.event_type for t in find_triggers(parsed, candidates)] == found


@pytest.mark.parametrize("sentence", [
    "Die Pläne von Scholz trafen in Paris auf Ablehnung.",
    "Viele Polen begegnen der Regierung in Warschau mit Misstrauen.",
])
def test_meeting_verbs_in_the_sense_of_a_reaction(sentence):
    parsed, candidates = parsed_sentence(sentence)
    assert find_triggers(parsed, candidates) == []
