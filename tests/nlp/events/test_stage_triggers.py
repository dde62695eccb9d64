"""Stage 1, triggers: which words report an event, in which sense."""

import pytest

from orchestration.nlp.events.triggers import find_triggers, trigger_noun
from orchestration.nlp.records import CONTACT_TYPES
from tests.nlp.helpers import contacts, extract_text, parsed_sentence


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
    "Koalitionsverhandlungen", "Ministerpräsidentenkonferenz", "Tarifverhandlungen", "Herausforderung",
    "Streitgespräch", "Konzertreise", "Studienreise", "Bund-Länder-Treffen", "Bund-Länder-Gipfel", "Koalitionsgipfel",
    "Kultusministerkonferenz", "Gesundheitsministerkonferenz", "Bürgermeisterkonferenz",
    "Unternehmensberatungen", "Rechtsberatung", "Politikberatung", "Blickkontakt", "Gebetstreffen",
    "Funkkontakt", "Sichtkontakt", "Beitrittseinladung", "Sicherheitskonferenz",
    "Pressegespräch", "Hintergrundgesprächen", "Medien-Treffen", "Investorenkonferenz", "Unternehmertreffen",
])
def test_words_that_hold_a_trigger_but_report_no_event(word):
    assert trigger_noun(word) is None


@pytest.mark.parametrize("sentence, found", [
    ("Merkel und Macron trafen sich am Montag in Paris.", ["MEETING"]),
    ("Putin traf am Freitag Xi Jinping.", ["MEETING"]),
    ("Die Regierung muss eine Entscheidung treffen.", []),
    ("Polen und Ungarn haben als einzige Länder eine Ausnahmeregelung getroffen.", []),
    ("Die Minister wollen eine Grundsatzentscheidung treffen.", []),
    ("Trotz der Corona-Pandemie trafen sich Merkel und Macron in Paris.", ["MEETING"]),
    ("Die Krise trifft Italien hart.", []),
    ("Spanien ist von der Pandemie schwer getroffen worden.", []),
    ("Pompeo traf am Dienstag in Pilsen ein.", ["VISIT"]),
    ("Pompeo ist am Dienstag in Prag gelandet.", ["VISIT"]),
    ("Pompeo landete in Prag.", ["VISIT"]),
    ("Pompeo wollte in Prag den großen Coup landen.", []),
    ("Pompeo landete in Prag einen diplomatischen Erfolg.", []),
    ("Pompeo landete bei der Umfrage auf Platz zwei.", []),
    ("Die Außenminister kamen in Wien zusammen.", ["MEETING"]),
    ("Baerbock sprach mit Wang Yi.", ["CONTACT"]),
    ("Baerbock sprach von großen Fortschritten.", []),
    ("Scholz reiste nach Peking.", ["VISIT"]),
    ("Scholz reiste viel.", []),
    ("Macron empfing Selenskyj im Élysée-Palast.", ["MEETING"]),
    ("Die Risiken muss man entschlossen begegnen.", []),
    ("Das ist im Gespräch, sagte der Minister.", []),
    ("Vergangene Woche war Conte beim Regierungschef der Niederlande zu Gast.", ["VISIT"]),
    # an interview: media and journalists are no counterpart of diplomacy
    ("Im Interview mit dem litauischen Außenminister sprach die Moderatorin über die Lage im Baltikum.", []),
    ("Der Außenminister sagte im Gespräch mit der ARD, Litauen brauche mehr Hilfe.", []),
    ("Die Moderatorin sprach am Abend mit Landsbergis über die Lage im Baltikum.", []),
    ("Landsbergis sprach mit einer Korrespondentin des ZDF über die Lage.", []),
    ("Nach Angaben der Zeitung sprach Scholz am Montag mit Macron über die Lage.", ["CONTACT"]),
    ("Scholz sprach der Zeitung zufolge am Montag mit Macron über die Lage.", ["CONTACT"]),
    ("Im Gespräch mit Baerbock sagte Landsbergis, Litauen brauche mehr Hilfe.", ["CONTACT"]),
])
def test_trigger_words_in_their_sentence(sentence, found):
    parsed, candidates = parsed_sentence(sentence)
    assert [t.event_type for t in find_triggers(parsed, candidates)] == found


@pytest.mark.parametrize("sentence, event_type", [
    ("Die Unterhändler setzten die Gespräche in Brüssel fort.", "NEGOTIATION"),
    ("Die EU und London wollen weiter über einen Handelspakt sprechen.", "NEGOTIATION"),
    ("Macron war nach Brüssel angereist und sprach mit Conte.", "MEETING"),
    ("Biden hatte ein gutes Gespräch mit Netanjahu.", "CONTACT"),
    # leaders who confer ('beraten') meet or talk; negotiators or a deal make it negotiations
    ("Nach Beratungen mit der dänischen Regierungschefin sagte Rutte, man sei sich nähergekommen.", "CONTACT"),
    ("Rutte und Macron berieten am Dienstag über die Lage in Belarus.", "MEETING"),
    # conferring with a counterpart is talk of no stated mode, unless the clause puts them in one place
    ("Die Bundesregierung berät sich derzeit mit der polnischen Seite.", "CONTACT"),
    ("Scholz hat am Abend mit den Spitzen der EU beraten.", "CONTACT"),
    ("Scholz hat am Abend in Brüssel mit den Spitzen der EU beraten.", "MEETING"),
    ("Die Kanzlerin berät sich per Video mit Macron.", "CALL"),
    ("Michel hatte vorher mit Scholz und den Kollegen aus Polen im kleinen Kreis beraten.", "MEETING"),
    ("Die Unterhändler der EU und Norwegens berieten am Dienstag über die Fangquoten.", "NEGOTIATION"),
    ("Die Beratungen der Delegationen über den Grenzvertrag dauerten bis zum Abend.", "NEGOTIATION"),
    # by phone, told by an adverb: a call
    ("Scholz sprach am Dienstag telefonisch mit Erdoğan über die Lage in Syrien.", "CALL"),
    ("Die Kanzlerin hat sich am Abend fernmündlich mit Macron beraten.", "CALL"),
    ("Scholz empfing Erdoğan am Dienstag zu dem telefonisch vereinbarten Abendessen in Berlin.", "MEETING"),
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


@pytest.mark.parametrize("sentence, found", [
    # a particle closing the clause makes the finite verb another verb
    ("Orbán sprach der Kommission das Recht ab, darüber zu urteilen.", []),
    ("Die Außenministerin sprach sich in Paris für neue Sanktionen aus.", []),
    ("Der Gesandte reiste am Abend aus Moskau wieder ab.", []),
    ("Steinmeier reiste nach Kiew, um dort zu vermitteln.", ["VISIT"]),
    ("Die Kanzlerin kam mit den Regierungschefs in Brüssel zusammen.", ["MEETING"]),
])
def test_a_particle_of_another_verb(sentence, found):
    assert contact_triggers(sentence) == found


@pytest.mark.parametrize("sentence, found", [
    # "begegnen" meets people; a state or a thing as its object is countered
    ("Gemeinsam mit Frankreich will Berlin der russischen Herausforderung begegnen.", []),
    ("Scholz begegnete Joe Biden in Rom.", ["MEETING"]),
    ("Lawrow und Blinken begegneten sich kurz in Bali.", ["MEETING"]),
    # "mit" before a thing names no one to talk with
    ("Polen soll sich enger mit den Vorgaben der EU-Kommission abstimmen.", []),
    ("Baerbock sprach mit dem chinesischen Außenminister.", ["CONTACT"]),
    ("Der Premier sprach mit von der Leyen.", ["CONTACT"]),
    # a standing relation, a recurring kind of event, a title: no event
    ("Frankreich und Italien pflegen seit Jahren enge Kontakte.", []),
    ("Die Reiseveranstalter halten Kontakt zum Auswärtigen Amt.", []),
    # being in touch is a state; getting in touch is an event
    ("Er stehe mit dem französischen Präsidenten Macron in engem Kontakt, sagte Scholz.", []),
    ("Scholz und Macron vereinbarten, weiterhin in engem Kontakt zu bleiben.", []),
    ("Es sei wichtig, dass Scholz und Macron direkt miteinander in Kontakt sind.", []),
    ("Scholz trat am Montag mit Macron in Kontakt.", ["CONTACT"]),
    ("Vor ihrer Rede stand die Kanzlerin in engem Kontakt mit Macron.", ["CONTACT"]),
    ("Scholz will mit Macron im Kontakt bleiben.", []),
    ("Die alljährlichen Gipfeltreffen richten die Mitglieder abwechselnd aus.", []),
    ("Beim alljährlichen Gipfeltreffen in Brüssel stritten die Staaten lange.", ["MEETING"]),
    ("Sie zitiert mehrfach aus dem Buch „Die Nacht nach dem Gipfel“ des Reporters.", []),
])
def test_senses_that_report_no_contact(sentence, found):
    assert contact_triggers(sentence) == found


@pytest.mark.parametrize("sentence, found", [
    ("Die Außenminister der G7 berieten am Dienstag per Videoschalte.", ["CALL"]),
    ("Die Staats- und Regierungschefs kamen am Abend zusammen, zum ersten Mal nur virtuell.", ["CALL"]),
    ("Der virtuelle Gipfel der EU und Chinas dauerte drei Stunden.", ["CALL"]),
    ("Die Online-Konferenz der Gesundheitsminister endete ohne Einigung.", ["CALL"]),
    # the summit in a phrase is another one than the virtual meeting of the verb
    ("Ein Jahr nach dem Gipfel in Paris kommen die Staaten wieder zusammen, diesmal virtuell.", ["MEETING", "CALL"]),
    ("Zuvor hatten Ursula von der Leyen und Angela Merkel über Video mit Xi Jinping gesprochen.", ["CALL"]),
    ("Heiko Maas sprach am Telefon mit Sergej Lawrow.", ["CALL"]),
    ("Heiko Maas sprach mit Sergej Lawrow über Videos aus dem Krieg.", ["CONTACT"]),
])
def test_meetings_held_by_video_are_calls(sentence, found):
    assert contact_triggers(sentence) == found


def contact_triggers(sentence):
    parsed, candidates = parsed_sentence(sentence)
    return [t.event_type for t in find_triggers(parsed, candidates) if t.event_type in CONTACT_TYPES]


@pytest.mark.parametrize("sentence, found", [
    ("Macron lud Scholz nach Paris ein.", ["VISIT"]),
    ("Xi lud Scholz zu einem Besuch in Peking ein.", ["VISIT", "VISIT"]),
    ("Trump lud ihn zu einer Fahrt in seiner Limousine ein.", []),
])
def test_an_invitation_is_to_a_place_or_an_event(sentence, found):
    assert contact_triggers(sentence) == found


@pytest.mark.parametrize("sentence, found", [
    ("Das Videogespräch von Merkel und Li Keqiang dauerte zwei Stunden.", ["CALL"]),
    ("Die Geberkonferenz begann am Montag im Internet.", ["CALL"]),
    # a meeting of negotiators is negotiations
    ("Diese Woche treffen sich die Verhandlungsführer Barnier und Frost erneut.", ["NEGOTIATION"]),
    ("Der EU-Chefverhandler traf seinen britischen Kollegen in London.", ["NEGOTIATION"]),
    # talks beside a meeting do not make its people negotiators
    ("Am Rande der Verhandlungen traf sich Rutte mit Macron.", ["NEGOTIATION", "MEETING"]),
    # talk at an occasion that puts people in one room is a meeting
    ("Heiko Maas sprach auf einer gemeinsamen Pressekonferenz mit Jean-Yves Le Drian von Fortschritten.",
     ["MEETING"]),
    ("Angela Merkel sprach bei einem Abendessen mit Emmanuel Macron über den Haushalt.", ["MEETING"]),
])
def test_the_type_the_words_around_give(sentence, found):
    assert contact_triggers(sentence) == found


@pytest.mark.parametrize("sentence, found", [
    # a place the clause puts the speakers at makes the talk a meeting
    ("Scholz sprach am Donnerstag in Vilnius mit dem litauischen Präsidenten.", ["MEETING"]),
    ("Nach seiner Ankunft in Kiew sprach Scholz mit Selenskyj.", ["MEETING"]),
    ("Dort will Scholz mit dem litauischen Präsidenten Gespräche führen.", ["MEETING"]),
    # a place another noun holds, or one they come from, does not
    ("Scholz sprach am Donnerstag mit Macron über die Lage in Mali.", ["CONTACT"]),
    ("Scholz sprach mit Macron über Berichte aus Moskau.", ["CONTACT"]),
    ("Blinken hatte kürzlich erstmals seit Beginn des Kriegs in der Ukraine mit Lawrow gesprochen.", ["CONTACT"]),
])
def test_a_place_of_the_talk_not_of_its_topic(sentence, found):
    assert contact_triggers(sentence) == found


@pytest.mark.parametrize("sentence, found", [
    # talks in a body are a sitting of it; talks in a format are negotiations
    ("Russland wollte die Beratungen im UN-Sicherheitsrat über Syrien verhindern.", ["MEETING"]),
    ("Paris lobte die Gespräche im Normandie-Format.", ["NEGOTIATION"]),
    ("Die Gespräche im Normandie-Format fanden am Donnerstag in Berlin statt.", ["MEETING"]),
    # a place of the talk makes it a meeting, also about a deal; a deal alone makes it negotiations
    ("Scholz und Macron sprachen am Montag in Berlin über das Handelsabkommen.", ["MEETING"]),
    ("Scholz und Macron sprachen am Montag über das Handelsabkommen.", ["NEGOTIATION"]),
    # talks of a state with another stay talks
    ("Paris lobte die Gespräche mit Moskau.", ["CONTACT"]),
])
def test_talks_in_a_body_or_a_format(sentence, found):
    assert contact_triggers(sentence) == found


def test_a_newspaper_named_online_holds_no_video_call():
    assert contact_triggers("Nach Informationen von ZEIT ONLINE sprach Merkel am Abend mit Macron.") == ["CONTACT"]


@pytest.mark.parametrize("sentence, found", [
    ("Rutte reist am Donnerstag zum EU-Gipfel nach Brüssel.", [("MEETING", {"Mark Rutte", "Europäische Union"})]),
    ("Rutte ist zum Nato-Gipfel nach Madrid gereist.", [("MEETING", {"Mark Rutte", "NATO"})]),
    ("Rutte reiste am Montag nach Madrid.", [("VISIT", {"Mark Rutte", "Spanien"})]),
])
def test_a_journey_to_a_meeting_is_the_meeting(sentence, found):
    assert [(kind, set(sides)) for kind, _, sides in contacts(extract_text("Titel\n" + sentence))] == found


@pytest.mark.parametrize("sentence, found", [
    # a negation in the verb's clause denies it, before or after it
    ("Dänemark und Schweden verhandeln nicht über die Brücke, jedenfalls nicht offiziell.", []),
    ("Rutte hat sich bis heute nicht mit dem ungarischen Regierungschef Viktor Orbán getroffen.", []),
    ("Rutte hat mit keinem Vertreter der belarussischen Regierung gesprochen.", []),
    ("Noch nie hat ein niederländischer Regierungschef Kuba besucht.", []),
    ("Die Minister Lettlands und Estlands reisten ab, ohne sich mit dem Botschafter Chinas getroffen zu haben.", []),
    # words that narrow what follows, or move the negation elsewhere, deny nothing
    ("Rutte traf sich nicht nur mit Macron, sondern auch mit Draghi.", ["MEETING", "MEETING"]),  # with each partner the repeated "mit" names
    ("Rutte und Macron trafen sich nicht zum ersten Mal in Paris.", ["MEETING"]),
    ("Rutte traf Macron nicht in Den Haag, sondern in Paris.", ["MEETING"]),
    ("Rutte traf am Montag Macron und konnte sich nicht durchsetzen.", ["MEETING"]),
    ("Ohne große Erwartungen reiste Rutte nach Peking.", ["VISIT"]),
])
def test_a_negated_verb_reports_no_contact(sentence, found):
    assert [kind for kind, _, _ in contacts(extract_text("Titel\n" + sentence))] == found


@pytest.mark.parametrize("sentence, found", [
    # "treffen" with places or states alone as objects hits them
    ("Die Welle kann auch andere große Städte treffen, London, Berlin oder Paris.", []),
    ("Merkel traf in Paris Macron und Conte.", ["MEETING"]),
])
def test_meetings_of_people_not_of_places(sentence, found):
    assert contact_triggers(sentence) == found


def test_nicht_before_the_phrase_of_a_trigger_noun_denies_it():
    parsed, candidates = parsed_sentence("Der Premier wird nicht in regelrechte Verhandlungen einsteigen.")
    assert [t.negated for t in find_triggers(parsed, candidates)] == [True]


@pytest.mark.parametrize("sentence, found", [
    # a noun of another sense blocks only as the verb's own argument, not in a genitive or a phrase of time
    ("Erstmals seit Beginn der Pandemie treffen sich Merkel und Macron persönlich.", ["MEETING"]),
    ("Die Pandemie trifft Italien und Spanien hart.", []),
    ("Die Pläne trafen in Rom und Madrid auf Ablehnung.", []),
])
def test_sense_blockers_as_arguments(sentence, found):
    assert contact_triggers(sentence) == found


@pytest.mark.parametrize("sentence, found", [
    # words to someone through a public channel are a statement; in a call or a letter they are a contact; with no
    # channel named, a capital's congratulations are a statement to the press, a leader's his own words
    ("Angela Merkel gratulierte Joe Biden in einer auf Twitter verbreiteten Mitteilung zum Sieg.", []),
    ("Emmanuel Macron gratulierte Joe Biden per Tweet zum Wahlsieg.", []),
    ("Angela Merkel gratulierte Joe Biden am Samstag in einer kurzen Ansprache im Kanzleramt.", []),
    ("Olaf Scholz gratulierte Emmanuel Macron in einer Fernsehansprache zum Wahlsieg.", []),
    ("Angela Merkel gratulierte Joe Biden am Abend telefonisch zum Sieg.", ["CALL"]),  # by phone: a call
    ("Macron gratulierte Biden in einem persönlichen Brief.", ["CONTACT"]),
    ("Madrid gratuliert Biden zum Sieg.", []),
    ("Der Papst gratulierte Biden in einem Telegramm.", ["CONTACT"]),
    ("Angela Merkel gratulierte Joe Biden am Abend zum Sieg.", ["CONTACT"]),
    ("Nach langem Zögern hat nun auch der türkische Präsident Recep Tayyip Erdoğan Biden gratuliert.", ["CONTACT"]),
    ("Ankara gratuliert Biden.", []),
    # to a state rather than a person, congratulations are said in public
    ("Angela Merkel gratulierte den USA im Mai zur Festnahme des Terroristen.", []),
    ("Frank-Walter Steinmeier hat im November Polen zum Unabhängigkeitstag gratuliert.", []),
    ("Angela Merkel gratulierte Frankreich am Abend telefonisch zum Sieg.", ["CALL"]),
    ("Putin gratulierte Lukaschenko am Montag zum Sieg in Belarus.", ["CONTACT"]),
])
def test_congratulations_in_public_are_no_contact(sentence, found):
    assert contact_triggers(sentence) == found


@pytest.mark.parametrize("sentence, found", [
    # a vague count of events names none of them; a number or an article makes them known
    ("Zahlreiche Gipfel hat die EU darauf verwendet, ein Hilfspaket zu schnüren.", []),
    ("Nach unzähligen Telefonaten mit Emmanuel Macron lenkte Angela Merkel ein.", []),
    ("Nach drei Treffen mit Emmanuel Macron lenkte Angela Merkel ein.", ["MEETING"]),
    ("Die vielen Gespräche von Angela Merkel mit Emmanuel Macron in dieser Woche zeigen Wirkung.", ["CONTACT"]),
])
def test_a_vague_count_names_no_event(sentence, found):
    assert contact_triggers(sentence) == found


@pytest.mark.parametrize("sentence, found", [
    # 'Kontakte' as everyone someone meets, which a pandemic counts, is no diplomatic contact
    ("Ihre Kontakte seien ihre Privatsache, sagte die Ministerin aus Paris.", []),
    ("Macron will seine Kontakte in den nächsten Tagen reduzieren.", []),
    ("Scholz pflegt seit Jahren enge Kontakte zu Macron.", []),
    ("Scholz hatte am Montag Kontakt mit Macron.", ["CONTACT"]),
    # counted or limited anywhere in the sentence; private life by an adjective or a partner who is family or a unit
    ("Die Zahl der Kontakte sei in Frankreich zu hoch, die Verringerung der Kontakte reiche nicht, sagte Macron.", []),
    ("Die Regierung in Paris will soziale Kontakte zu Bürgern aus Italien weiter ermöglichen.", []),
    ("Den Gefangenen in Belarus verbietet Lukaschenko jeden Kontakt zu ihren Angehörigen.", []),
    ("Der Kontakt der Regierung in Kiew zu den eingeschlossenen Soldaten ist abgebrochen.", []),
    ("Scholz hatte am Montag Kontakt zu der Regierung Italiens.", ["CONTACT"]),
])
def test_contacts_a_pandemic_counts_are_none(sentence, found):
    assert contact_triggers(sentence) == found



@pytest.mark.parametrize("word, event_type", [
    # a German coalition named after the flag its colours make is party politics, not Jamaica or Kenya
    ("Jamaika-Verhandlungen", None), ("Kenia-Gespräche", None), ("Ampelgespräche", None), ("Jamaika-Treffen", None),
    ("Kenia-Besuch", "VISIT"), ("Deutschland-Besuch", "VISIT"), ("Deutschland-Gespräche", "NEGOTIATION"),
])
def test_coalitions_named_after_flags_are_no_contact(word, event_type):
    found = trigger_noun(word)
    assert (found.event_type if found else None) == event_type


@pytest.mark.parametrize("text, found", [
    ("Die Kenia-Regierung in Potsdam traf sich am Montag mit dem polnischen Präsidenten Andrzej Duda.",
     []),
    ("Die Regierung Kenias traf sich am Montag mit dem polnischen Präsidenten Andrzej Duda.",
     [("MEETING", "happened", frozenset({"Kenia", "Andrzej Duda"}))]),
])
def test_a_coalition_named_after_a_flag_is_no_side(text, found):
    assert contacts(extract_text(text)) == found


@pytest.mark.parametrize("sentence, found", [
    # in a sentence of infection, 'Kontakt' is exposure to the virus
    ("Der Außenminister hatte bei einem Empfang engen Kontakt mit dem Botschafter Chiles, der inzwischen "
     "positiv getestet wurde.", []),
    ("Macron ist nach dem Kontakt mit dem infizierten spanischen Regierungschef in Quarantäne.", []),
    ("Scholz hatte am Montag Kontakt mit Macron.", ["CONTACT"]),
])
def test_contact_in_a_sentence_of_infection_is_exposure(sentence, found):
    assert contact_triggers(sentence) == found


@pytest.mark.parametrize("sentence, found", [
    # gatherings a rule allows or bans, by a count of people or a word of allowing, are no contact
    ("In Belgien sind Zusammenkünfte mit mehr als zehn Personen seit Montag untersagt.", []),
    ("Private Treffen bleiben in Frankreich bis Ende Mai verboten.", []),
    ("Treffen von bis zu 50 Menschen sind in Dänemark wieder erlaubt.", []),
    ("Das Treffen mit zwei Ministern aus Polen fand am Montag statt.", ["MEETING"]),
    ("Das Treffen zwischen Scholz und Macron ist für Montag geplant.", ["MEETING"]),
])
def test_gatherings_a_rule_allows_or_bans_are_no_contact(sentence, found):
    assert contact_triggers(sentence) == found


@pytest.mark.parametrize("text, found", [
    # a visit needs a traveller: nouns of travel that name only where people go are tourism or private travel
    ("Fernreisen nach Thailand und Vietnam verkaufen die Reisebüros in diesem Sommer kaum.", []),
    ("Nach dem Erfolg des Buches folgten Einladungen nach Schweden, Portugal, Dänemark, China, Kanada, Chile.", []),
    ("Olaf Scholz reiste am Montag nach Polen und Litauen.", [
        ("VISIT", "happened", frozenset({"Olaf Scholz", "Polen"})),
        ("VISIT", "happened", frozenset({"Olaf Scholz", "Litauen"}))]),
    ("Der Unterhändler Katars war zuletzt immer wieder zu Besuch in Israel.", [
        ("VISIT", "happened", frozenset({"Katar", "Israel"}))]),
])
def test_travel_with_no_traveller_is_no_visit(text, found):
    assert contacts(extract_text(text)) == found


@pytest.mark.parametrize("text, found", [
    # a meeting whose clause names as its people only private ones is theirs, no diplomacy
    ("Im März nahmen mehr als 200 Forscher aus aller Welt an einem WHO-Treffen in Genf teil.", []),
    ("Bei einer UN-Konferenz in Wien haben sich Wissenschaftler mit Falschmeldungen befasst.", []),
    # a meeting whose 'von' or genitive names private people as who meets is theirs
    ("Putin traf Lukaschenko in Minsk. Bei dem jährlichen Treffen von Unternehmern aus aller Welt will sich "
     "Russland als starke Rohstoffmacht zeigen.", [("MEETING", "happened", frozenset({"Wladimir Putin", "Alexander Lukaschenko"}))]),
    ("Beim EU-Gipfel in Brüssel übernachteten Demonstranten in einer Kirche.",
     [("MEETING", "happened", frozenset({"Europäische Union"}))]),
    ("Beim EU-Gipfel in Brüssel blieben sie lange im Saal, Demonstranten durften draußen protestieren.",
     [("MEETING", "happened", frozenset({"Europäische Union"}))]),
    ("Bei einem Treffen mit Emmanuel Macron in Paris sprach Angela Merkel über Hilfen für Unternehmen.",
     [("MEETING", "happened", frozenset({"Emmanuel Macron", "Angela Merkel"}))]),
    # a visit 'bei' private people calls on them, and the meeting that refers back to it is theirs
    ("Paris machte Luigi Di Maio und seinen Besuch bei Aktivisten der Gelbwesten in Frankreich verantwortlich. "
     "Das Treffen markiert den Gipfel der Auseinandersetzungen.", []),
    ("Der Besuch von Olaf Scholz bei Emmanuel Macron in Paris dauerte zwei Stunden.",
     [("VISIT", "happened", frozenset({"Olaf Scholz", "Emmanuel Macron"}))]),
])
def test_meetings_of_private_people_are_no_contact(text, found):
    assert contacts(extract_text(text)) == found


@pytest.mark.parametrize("text, found", [
    # a visit or meeting at a religious occasion, or one staged or filmed, is no contact
    ("Außenminister Heiko Maas reiste im Januar zum Kirchentag nach Polen.", []),
    ("Ein Künstler stellt mit Legofiguren ein Treffen zwischen Angela Merkel und Wladimir Putin nach.", []),
    ("Der Film zeigt ein inszeniertes Gipfeltreffen zwischen Joe Biden und Xi Jinping.", []),
    ("Angela Merkel traf sich am Montag nach dem Gottesdienst mit Emmanuel Macron.",
     [("MEETING", "happened", frozenset({"Angela Merkel", "Emmanuel Macron"}))]),
    ("Angela Merkel reiste im Januar nach Polen.", [("VISIT", "happened", frozenset({"Angela Merkel", "Polen"}))]),
])
def test_religious_occasions_and_staged_meetings_are_no_contact(text, found):
    assert contacts(extract_text(text)) == found


@pytest.mark.parametrize("text, found", [
    # a state that receives tourists hosts no guest of state
    ("Griechenland könnte es Zypern gleichtun und ab Mai wieder Touristen empfangen.", []),
    ("Der griechische Regierungschef Kyriakos Mitsotakis empfing am Montag Olaf Scholz in Athen.",
     [("MEETING", "happened", frozenset({"Kyriakos Mitsotakis", "Olaf Scholz"}))]),
])
def test_receiving_tourists_is_no_meeting(text, found):
    assert contacts(extract_text(text)) == found


@pytest.mark.parametrize("text, found", [
    # a contact a copula calls impossible does not take place
    ("Direkte Gespräche der Amerikaner mit den Taliban waren für die Regierung Obama undenkbar.", []),
    ("Ein Treffen von Scholz und Putin sei derzeit ausgeschlossen, sagte ein Sprecher.", []),
    ("Es ist unvorstellbar, dass Scholz in diesem Jahr mit Putin telefoniert.", []),
    ("Dass Scholz nach Moskau reist, ist derzeit ausgeschlossen.", []),
    ("Es wäre damals unmöglich gewesen, mit Moskau zu verhandeln.", []),
    # the summit takes place; someone is kept out of it, or the word belongs to another noun
    ("Eine Teilnahme Russlands am Gipfel der G20 in Rom ist ausgeschlossen.",
     [("MEETING", "happened", frozenset({"G20"}))]),
    ("Olaf Scholz traf Emmanuel Macron am Montag unter unmöglichen Bedingungen.",
     [("MEETING", "happened", frozenset({"Olaf Scholz", "Emmanuel Macron"}))]),
])
def test_a_contact_called_impossible_is_none(text, found):
    assert contacts(extract_text(text)) == found


@pytest.mark.parametrize("text, found", [
    # what any member may or must do is a rule, not an event
    ("Nach dem Vertrag kann jedes Mitgliedsland ein Treffen der Nato beantragen.", []),
    ("Nach Artikel 4 hat jeder Staat das Recht, ein solches Treffen der Nato zu beantragen.", []),
    # a definite contact, a time after 'jeden': events
    ("Die Telefonate von Joe Biden und Petro Poroschenko kann jeder im Internet anhören.",
     [("CALL", frozenset({"Joe Biden", "Petro Poroschenko"}))]),
    ("Olaf Scholz kann jeden Tag zu einem Treffen mit Emmanuel Macron nach Paris reisen.",
     [("MEETING", frozenset({"Olaf Scholz", "Emmanuel Macron"}))]),
])
def test_what_any_member_may_do_is_no_event(text, found):
    assert [(kind, who) for kind, _, who in contacts(extract_text(text))] == found


def test_what_a_demand_asks_may_be_impossible_while_the_demand_stands():
    extraction = extract_text("Titel\nRussland stellte am Montag Forderungen an die Ukraine. Dass die Ukraine diese "
                              "Forderungen akzeptiert, ist ausgeschlossen.")
    assert [m.event_type for m in extraction.event_mentions].count("DEMAND") == 2


@pytest.mark.parametrize("text, found", [
    # an invitation to join or to do something is none to come
    ("Die Nato sprach am Montag eine Einladung zum Beitritt an Schweden aus.", []),
    ("Die erwünschte Beitrittseinladung an Schweden wird es nicht geben.", []),
    ("Emmanuel Macron sprach eine Einladung nach Paris an Olaf Scholz aus.",
     [("VISIT", "proposed", frozenset({"Emmanuel Macron", "Olaf Scholz"}))]),
    ("Olaf Scholz nahm die Einladung zur Teilnahme am Gipfel der G20 an.",  # accepted: planned (status stage)
     [("MEETING", "planned", frozenset({"Olaf Scholz", "G20"}))]),
])
def test_an_invitation_to_join_is_no_visit(text, found):
    assert contacts(extract_text(text)) == found


def test_a_meeting_with_a_company_is_no_summit():
    text = "Die EU-Kommission und die Vertreter der Mitgliedsstaaten hatten das Treffen mit AstraZeneca einberufen."
    assert contacts(extract_text(text)) == []
    text = "Merkel sagte, die Bundesregierung sei in intensiven Gesprächen mit der Lufthansa und der EU-Kommission."
    assert [who for _, _, who in contacts(extract_text(text))] == [frozenset({"Deutschland", "Europäische Kommission"})]


@pytest.mark.parametrize("text, found", [
    # 'gegen' someone one votes, 'treffen' an agreement one concludes
    ("Die Bundesrepublik habe sich um Verständigung mit dem Iran bemüht und bei den Vereinten Nationen gegen "
     "Israel abgestimmt.", []),
    ("Castaner schrieb, es sei ein europäisches Ad-hoc-Abkommen zwischen Italien, Frankreich und Deutschland "
     "getroffen worden.", []),
    # 'immer wieder' in the present tells what happens as a rule
    ("Über seinen Mentor hat Horst Seehofer auch immer wieder Kontakt zu Viktor Orbán.", []),
    ("Olaf Scholz hat sich am Montag eng mit Emmanuel Macron abgestimmt.",
     [("CONTACT", "happened", frozenset({"Olaf Scholz", "Emmanuel Macron"}))]),
    # 'über' a treaty a parliament votes; coordination needs 'sich' or someone after 'mit'
    ("Das Unterhaus stimmt am Freitag über den Fischereivertrag zwischen Norwegen und der EU ab.", []),
    ("Das Parlament in Oslo will im Mai über das Abkommen zwischen Norwegen und der EU abstimmen.", []),
    ("Die Bundesregierung will ihre Antwort mit Washington abstimmen.",
     [("CONTACT", "proposed", frozenset({"Deutschland", "Vereinigte Staaten"}))]),
])
def test_votes_agreements_made_and_standing_contacts_are_no_contact(text, found):
    assert contacts(extract_text(text)) == found


@pytest.mark.parametrize("text, status", [
    # an attack its clause fears, warns of, supposes or prepares for may come
    ("Die USA befürchten einen russischen Angriff auf die Ukraine.", "speculative"),
    ("Die Ukraine warnt vor einem russischen Angriff.", "speculative"),
    ("Im Falle eines russischen Angriffs drohen der Ukraine schwere Verluste.", "speculative"),
    ("Taiwan sah in den Manövern eine Vorbereitung auf eine chinesische Invasion.", "speculative"),
    # an attack the sentence names as known took place
    ("Nach dem russischen Angriff auf Kiew warnte Scholz vor einer Eskalation.", "happened"),
])
def test_a_feared_attack_may_come(text, status):
    attacks = [m.status for m in extract_text(text, "2022-01-20").event_mentions if m.event_type == "ATTACK"]
    assert attacks == [status]


@pytest.mark.parametrize("text, found", [
    # a caller who only poses as a politician makes no contact, nor what refers back to his call
    ("Ein Betrüger, der sich als Bürgermeister Vitali Klitschko ausgab, hat am Mittwoch mit der Regierenden "
     "Bürgermeisterin Franziska Giffey per Video gesprochen. Das Gespräch dauerte eine halbe Stunde.", []),
    ("Der falsche Klitschko telefonierte danach auch mit dem Wiener Bürgermeister Michael Ludwig.", []),
    ("Zwei Männer gaben sich am Telefon als Selenskyj aus und sprachen mit Bundespräsident Steinmeier.", []),
    # a former comedian who is president is the president
    ("Der frühere Komiker Selenskyj telefonierte am Montag mit Joe Biden.",
     [("CALL", "happened", frozenset({"Wolodymyr Selenskyj", "Joe Biden"}))]),
])
def test_a_call_of_an_impostor_is_no_contact(text, found):
    assert contacts(extract_text(text, "2022-06-25")) == found
