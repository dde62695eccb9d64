"""Stage 2, sides: who takes part, read from the sentence's structure."""

import pytest

from tests.nlp.helpers import contacts, extract_text, sides


def sides_of(text, published="2020-07-14"):
    return [found[2] for found in contacts(extract_text("Titel\n" + text, published))]


@pytest.mark.parametrize("sentence, sides", [
    # the trigger noun's own phrase: between, genitive, compound, possessive genitive
    ("Das Treffen zwischen Wladimir Putin und Donald Trump soll in Alaska stattfinden.",
     {"Wladimir Putin", "Donald Trump"}),
    ("Der Besuch des polnischen Präsidenten Andrzej Duda in Washington verlief harmonisch.",
     {"Andrzej Duda", "Vereinigte Staaten"}),
    ("Das Biden-Netanjahu-Telefonat dauerte eine Stunde.", {"Joe Biden", "Benjamin Netanjahu"}),
    ("Pompeos Besuch in Tschechien begann am Dienstag.", {"Mike Pompeo", "Tschechien"}),
    # the clause's subject takes part in what it does, where it is, what it plans
    ("Rutte traf sich zu einem Krisengespräch mit Angela Merkel.", {"Mark Rutte", "Angela Merkel"}),
    ("Nach dem Telefonat mit Joe Biden sagte Macron, man sei sich einig.", {"Emmanuel Macron", "Joe Biden"}),
    ("Heiko Maas hatte ein langes Gespräch mit Sergej Lawrow.", {"Heiko Maas", "Sergej Lawrow"}),
    # who comments is no side, nor what is talked about
    ("Manfred Weber bezeichnete das Treffen zwischen Boris Johnson und Ursula von der Leyen als letzte Chance.",
     {"Boris Johnson", "Ursula von der Leyen"}),
    ("Merkel sprach mit Xi Jinping über die Lage in der Ukraine und das Verhältnis zu Russland.",
     {"Angela Merkel", "Xi Jinping"}),
    ("Angela Merkel (CDU) telefonierte mit Emmanuel Macron.", {"Angela Merkel", "Emmanuel Macron"}),
    # a compound title right before a name is that person's: the subject after the verb is the person
    ("Am Montag hatte US-Außenminister Mike Pompeo in einem Telefonat mit Heiko Maas auf mehr Hilfe gedrungen.",
     {"Mike Pompeo", "Heiko Maas"}),
    # unchanged: the compound alone is the body of its ministers
    ("Am Montag trafen sich die Nato-Außenminister in Brüssel.", {"NATO"}),
])
def test_sides_from_structure(sentence, sides):
    assert sides_of(sentence) == [frozenset(sides)]


def test_a_meeting_whose_other_side_is_unknown_is_no_contact():
    # "er" names nobody here, and Trump only qualifies the plan: one side is not enough
    assert sides_of("Er bekräftigte zu Beginn seines Treffens mit Benjamin Netanjahu den Friedensplan von "
                    "Donald Trump.") == []


def test_a_possessive_or_pronoun_names_the_acting_person():
    found = sides_of("Mike Pompeo landete in Tel Aviv. Er bekräftigte zu Beginn seines Treffens mit Benjamin "
                     "Netanjahu den Friedensplan.", "2020-05-13")
    assert frozenset({"Mike Pompeo", "Benjamin Netanjahu"}) in found


@pytest.mark.parametrize("sentence, events", [
    ("Trump plant Gespräche mit Selenskyj sowie mit Vertretern der Nato.",
     [{"Donald Trump", "Wolodymyr Selenskyj"}, {"Donald Trump", "NATO"}]),
    ("Macron sprach mit Giuseppe Conte und António Costa.",
     [{"Emmanuel Macron", "Giuseppe Conte", "António Costa"}]),
    ("Merkel hatte die Regierungschefs der Niederlande, Spaniens und Italiens empfangen.",
     [{"Angela Merkel", "Niederlande"}, {"Angela Merkel", "Spanien"}, {"Angela Merkel", "Italien"}]),
    # a contact noun in the plural: one contact with each partner; in the singular, one of all
    ("Biden drängt auf baldige Treffen mit Wladimir Putin und Xi Jinping.",
     [{"Joe Biden", "Wladimir Putin"}, {"Joe Biden", "Xi Jinping"}]),
    ("Merkel führte am Montag Telefonate mit Emmanuel Macron und Giuseppe Conte.",
     [{"Angela Merkel", "Emmanuel Macron"}, {"Angela Merkel", "Giuseppe Conte"}]),
    ("Biden drängt auf ein baldiges Treffen mit Wladimir Putin und Xi Jinping.",
     [{"Joe Biden", "Wladimir Putin", "Xi Jinping"}]),
    # the offices of several states after 'mit' on one singular gathering: one event of all
    ("Macron beriet am Mittwoch in einer Videokonferenz mit den Regierungschefs von Polen, Ungarn und Tschechien.",
     [{"Emmanuel Macron", "Polen", "Ungarn", "Tschechien"}]),
    ("US-Verteidigungsminister Lloyd Austin sprach am Freitag in einer Schalte mit seinen Kollegen aus Polen, "
     "Kanada und Italien.", [{"Lloyd Austin", "Polen", "Kanada", "Italien"}]),
    # as the subject of one singular call they are one party
    ("Die Regierungschefs Polens und Tschechiens haben nach einem Telefonat mit Selenskyj Hilfe zugesagt.",
     [{"Polen", "Tschechien", "Wolodymyr Selenskyj"}]),
    ("Die Staats- und Regierungschefs der USA, Deutschlands und Frankreichs haben nach einem gemeinsamen Telefonat "
     "mehr Hilfe zugesagt.", [{"Vereinigte Staaten", "Deutschland", "Frankreich"}]),
    # unchanged: a verb of calling, or a time before 'mit', leaves one call with each
    ("Macron telefonierte am Montag mit den Regierungschefs von Polen und Ungarn.",
     [{"Emmanuel Macron", "Polen"}, {"Emmanuel Macron", "Ungarn"}]),
    ("Die Regierungschefs Polens und Tschechiens haben nach Telefonaten mit Selenskyj Hilfe zugesagt.",
     [{"Polen", "Wolodymyr Selenskyj"}, {"Tschechien", "Wolodymyr Selenskyj"}]),
])
def test_one_event_per_partner_where_german_distributes(sentence, events):
    assert sorted(sides_of(sentence), key=sorted) == sorted((frozenset(e) for e in events), key=sorted)


@pytest.mark.parametrize("sentence, meetings", [
    # the states of officeholders named by their office are sides, each a meeting of its own
    ("Kanzler Olaf Scholz hatte in Berlin die Regierungschefs der Niederlande, Spaniens und Italiens empfangen.",
     [{"Olaf Scholz", "Niederlande"}, {"Olaf Scholz", "Spanien"}, {"Olaf Scholz", "Italien"}]),
    ("Olaf Scholz traf im Kanzleramt den Präsidenten von Frankreich.", [{"Olaf Scholz", "Frankreich"}]),
])
def test_states_of_offices_are_sides(sentence, meetings):
    assert sides_of(sentence, "2023-05-17") == meetings


@pytest.mark.parametrize("sentence, sides", [
    # who plans or holds it: "von X" before the participle of the trigger noun
    ("Merkel wird nicht an dem von Trump angedachten G7-Gipfel teilnehmen.", {"Donald Trump", "G7"}),
    # a conference named after a state is about it
    ("Die Jemen-Konferenz der Vereinten Nationen sammelte Geld.", {"Vereinte Nationen"}),
    # a relative clause after a preposition is a clause of its own
    ("Merkel besuchte Paris, mit dem die US-Regierung seit Jahren streitet.", {"Angela Merkel", "Frankreich"}),
])
def test_sides_in_the_phrase_before_and_around_the_noun(sentence, sides):
    assert sides_of(sentence, "2020-06-06") == [frozenset(sides)]


@pytest.mark.parametrize("sentence", [
    # private people make a meeting no diplomacy, whoever else attends
    "Seit Monaten treffen sich Luisa Neubauer, Ursula von der Leyen und Angela Merkel zum Streit.",
    "Macron und Merkel suchen einen Termin für ein Treffen mit den Klimaaktivistinnen.",
    "Merkel gratulierte den Biontech-Gründern Özlem Türeci und Uğur Şahin.",
    # business people the knowledge base knows hold no office of their state
    "Elon Musk traf sich am Montag in Paris mit Präsident Emmanuel Macron.",
    "Bill Gates telefonierte am Freitag mit Frankreichs Präsident Emmanuel Macron.",
    # who accuses another of stalling talks takes no part in them
    "Vertreter Deutschlands und Frankreichs bei den UN werfen dem Regime zudem vor, die Verhandlungen über eine neue "
    "Verfassung zu verschleppen.",
    "Diplomaten Polens und Litauens hielten dem Regime zudem vor, die Gespräche über eine neue Verfassung zu verschleppen.",
    # the head of a sports association acts for no state: the Olympics are no diplomacy
    "Japans Regierungschef Shinzo Abe und IOC-Präsident Thomas Bach haben am Dienstag über die Spiele telefoniert.",
    "Am Mittwoch empfing Ministerpräsident Abe den IOC-Chef Thomas Bach in Tokio.",
    # only the partners of someone unnamed: one side is not enough
    "Es gebe bereits Gespräche mit den Regierungen in Tschechien und Polen.",
    "Aktuell liefen Gespräche mit der Nato, Großbritannien und anderen Ländern.",
])
def test_no_contact_without_two_official_sides(sentence):
    assert sides_of(sentence) == []


def test_talks_beside_the_opposition_keep_the_head_of_government():
    # unchanged: the opposition named beside a head of government does not make the visit private
    assert frozenset({"Olaf Scholz", "Mateusz Morawiecki"}) in sides_of(
        "Olaf Scholz wurde in Warschau empfangen, sprach mit den Spitzen der Opposition und mit Premier Mateusz "
        "Morawiecki.", "2022-07-28")


def test_a_head_of_government_meeting_another_is_still_a_contact_beside_sports():
    # unchanged: the same call between two heads of government is diplomacy
    assert sides_of("Japans Regierungschef Shinzo Abe und Präsident Emmanuel Macron haben am Dienstag über die "
                    "Olympischen Spiele telefoniert.") == [frozenset({"Shinzo Abe", "Emmanuel Macron"})]


@pytest.mark.parametrize("sentence, sides", [
    # the place a transitive visit verb takes as its object is where the visit goes
    ("Olaf Scholz besuchte am Montag Peking.", {"Olaf Scholz", "China"}),
    ("Olaf Scholz besuchte am Montag Litauen, wo deutsche Soldaten stationiert sind.", {"Olaf Scholz", "Litauen"}),
    # the clause's "mit" names partners of a trigger noun, never who acts
    ("Angela Merkel führte am Abend mit Emmanuel Macron lange Gespräche.", {"Angela Merkel", "Emmanuel Macron"}),
])
def test_who_visits_where_and_who_talks_with_whom(sentence, sides):
    assert sides_of(sentence, "2023-05-10") == [frozenset(sides)]


@pytest.mark.parametrize("sentence", [
    # places visited by nobody named, private visits, private partners
    "Später besuchten wir einander in Berlin, Madrid und New York.",
    "Die Ministerin reiste nach Kiew und Warschau.",
    "Viele nutzen die Ferien, um ihre Familien in der Türkei oder im Libanon zu besuchen.",
    # a visit to troops is none of diplomacy
    "Verteidigungsminister Pistorius hat in Litauen stationierte deutsche Soldaten besucht.",
    "Olaf Scholz hat am Montag im Niger stationierte Bundeswehrsoldaten besucht.",
    "Viele Staaten setzen auf Verhandlungen mit den Herstellern und kaufen auch mit China und Russland ein.",
    # "beraten" with an object alone is advice
    "Ein Komitee, das den Nationalen Sicherheitsrat Israels beriet, tagte oft.",
])
def test_no_visit_or_talks_of_states(sentence):
    assert sides_of(sentence, "2023-05-10") == []


@pytest.mark.parametrize("text, events", [
    # a noun in a prepositional phrase with its own "mit" is complete: the clause's "mit" is the verb's partner
    ("Nach seinem Gespräch mit Angela Merkel wird Mark Rutte in den nächsten Tagen auch mit den Regierungschefs "
     "Italiens und Spaniens zusammentreffen.",
     [{"Angela Merkel", "Mark Rutte"}, {"Mark Rutte", "Italien", "Spanien"}]),
    ("Beim Treffen mit Emmanuel Macron sprach Olaf Scholz auch mit Mario Draghi über Gas.",
     [{"Emmanuel Macron", "Olaf Scholz"}, {"Olaf Scholz", "Mario Draghi"}]),
    # unchanged: a noun that names no partner of its own is the talk of the clause's partners
    ("Bei dem Treffen sprach Olaf Scholz mit Mario Draghi über Gas.", [{"Olaf Scholz", "Mario Draghi"}]),
])
def test_a_noun_with_its_own_partner_takes_none_of_the_clause(text, events):
    assert sorted(map(sorted, set(sides_of(text)))) == sorted(map(sorted, events))


@pytest.mark.parametrize("text, sides", [
    # an office named without its holder acts for the one person named before who holds it
    ("Merkel lobte Macron. Später telefonierte die Kanzlerin mit Boris Johnson.", {"Angela Merkel", "Boris Johnson"}),
    ("Christine Lagarde warnte vor einem Scheitern. Zuvor stand die EZB-Präsidentin in engem Kontakt mit "
     "Emmanuel Macron.", {"Christine Lagarde", "Emmanuel Macron"}),
    # the gender of the office must fit
    ("Merkel lobte Macron. Später telefonierte der Kanzler mit Boris Johnson.", None),
])
def test_an_office_stands_for_its_holder(text, sides):
    found = sides_of(text)
    assert found == ([frozenset(sides)] if sides else [])


@pytest.mark.parametrize("text, events", [
    # a relative pronoun opening the clause stands for the actor before the comma
    ("Boris Johnson lobte die EU. Ursula von der Leyen, die zuvor mit Johnson telefoniert hatte, twitterte.",
     [{"Ursula von der Leyen", "Boris Johnson"}]),
    # the participle of a separable verb after ", und" opens no clause of its own
    ("Zuletzt hatten sich Ursula von der Leyen, die Präsidentin der Kommission, und der britische Premier Boris "
     "Johnson in Telefonaten eingeschaltet.", [{"Ursula von der Leyen", "Boris Johnson"}]),
    # a phone call is between two: one call with each person phoned
    ("Joe Biden hat mit Angela Merkel, Emmanuel Macron und Boris Johnson telefoniert.",
     [{"Joe Biden", "Angela Merkel"}, {"Joe Biden", "Emmanuel Macron"}, {"Joe Biden", "Boris Johnson"}]),
    ("Joe Biden hielt eine Videokonferenz mit Angela Merkel und Emmanuel Macron ab.",
     [{"Joe Biden", "Angela Merkel", "Emmanuel Macron"}]),
])
def test_who_calls_whom(text, events):
    assert sorted(sides_of(text, "2020-12-24"), key=sorted) == sorted((frozenset(e) for e in events), key=sorted)


@pytest.mark.parametrize("text, events", [
    # a journey to several states is one visit to each
    ("Pompeos Besuch in Tschechien, Slowenien und Polen zeigt die Widersprüche.",
     [{"Mike Pompeo", "Tschechien"}, {"Mike Pompeo", "Slowenien"}, {"Mike Pompeo", "Polen"}]),
    ("Annalena Baerbock reiste nach Kiew und Warschau.", [{"Annalena Baerbock", "Ukraine"}, {"Annalena Baerbock", "Polen"}]),
    ("Emmanuel Macron reiste nach Wien und Salzburg.", [{"Emmanuel Macron", "Österreich"}]),
])
def test_a_journey_is_a_visit_to_each_state(text, events):
    assert sorted(sides_of(text, "2023-05-10"), key=sorted) == sorted((frozenset(e) for e in events), key=sorted)


@pytest.mark.parametrize("text, events", [
    # a pronoun after a comma is a subject
    ("Emmanuel Macron ist viel beschäftigt. Er reist nach Mali, er spricht mit Wladimir Putin über Belarus.",
     [{"Emmanuel Macron", "Mali"}, {"Emmanuel Macron", "Wladimir Putin"}]),
    # a guest of someone visits him
    ("Angela Merkel hatte die Ehre, Gast von Emmanuel Macron zu sein.", [{"Angela Merkel", "Emmanuel Macron"}]),
    # sounding out with someone is talks
    ("Von Charles Michel wird erwartet, mit Viktor Orbán Lösungen zu sondieren.", [{"Charles Michel", "Viktor Orbán"}]),
    # new talks agreed during a visit are another event than the visit
    ("Bei einem Besuch von Erdoğan in Brüssel hatten sich die Türkei und die EU auf neue Gespräche verständigt.",
     [{"Recep Tayyip Erdoğan", "Europäische Union"}, {"Türkei", "Europäische Union"}]),
])
def test_subjects_guests_and_new_talks(text, events):
    assert sorted(sides_of(text, "2020-08-20"), key=sorted) == sorted((frozenset(e) for e in events), key=sorted)


def test_talk_of_any_kind_with_the_same_sides_is_the_call_reported():
    found = contacts(extract_text("Titel\nBiden und Netanjahu führten am Mittwoch ein Telefonat. Biden sagte, er habe "
                                  "ein gutes Gespräch mit Netanjahu gehabt.", "2021-02-18"))
    assert [t for t, _, _ in found] == ["CALL", "CALL"]


def test_the_subject_of_an_apposition_acts_in_the_infinitive_two_clauses_on():
    found = sides_of("Der frühere Präsident der USA, Donald Trump, zeigt Interesse daran, Kontakte mit den Führern "
                     "Russlands und der Ukraine herzustellen.", "2025-08-01")
    assert sorted(found, key=sorted) == sorted([frozenset({"Donald Trump", "Russland"}),
                                                frozenset({"Donald Trump", "Ukraine"})], key=sorted)


@pytest.mark.parametrize("text, events", [
    # the head of a body nobody knows is a company's, and stands for no state
    ("Tesla-Chef Elon Musk hat sich in Berlin mit Wirtschaftsminister Peter Altmaier getroffen.", []),
    # an invitation to several is one; a reception of several heads of government one each, however long the list
    ("Die Regierungschefs aus Kanada, Deutschland, Italien und Japan folgen der Einladung Trumps.",
     [{"Donald Trump", "Kanada", "Deutschland", "Italien", "Japan"}]),
    ("Merkel empfing die Regierungschefs der Niederlande, Spaniens, Schwedens, Dänemarks und Italiens.",
     [{"Angela Merkel", c} for c in ("Niederlande", "Spanien", "Schweden", "Dänemark", "Italien")]),
    # a meeting of people the genitive names is no reference to a meeting reported before
    ("Merkel sprach mit Li Keqiang. Treffen der Ministerpräsidenten der Visegrad-Staaten.",
     [{"Angela Merkel", "Li Keqiang"}]),
    # an article right after the trigger noun opens another phrase
    ("Kein Thema war auf der Tagesordnung des Gipfels die von der OECD monierte gesunkene Zahl der Zuwanderer.", []),
])
def test_sides_of_lists_heads_and_genitives(text, events):
    assert sorted(sides_of(text, "2020-06-11"), key=sorted) == sorted((frozenset(e) for e in events), key=sorted)


@pytest.mark.parametrize("text, events", [
    # "ihrem" with two people as the clause's subject is themselves, not the sides of the last contact
    ("Michel Barnier und David Frost brachen die Gespräche ab. Ursula von der Leyen und Boris Johnson stellten "
     "Differenzen fest und reichten den Stab nach ihrem Gespräch zurück.",
     [{"Michel Barnier", "David Frost"}, {"Ursula von der Leyen", "Boris Johnson"}]),
    # "ihrem ersten Treffen" a few sentences on: the contact of the person the clause names
    ("Joe Biden und Benjamin Netanjahu telefonierten am Mittwoch. Netanjahu galt als Trumps Verbündeter. Das hat "
     "die Freundschaft abkühlen lassen. Dabei kennen sich die beiden lange. Bei ihrem ersten Treffen war Biden ein "
     "junger Senator.", [{"Joe Biden", "Benjamin Netanjahu"}, {"Joe Biden", "Benjamin Netanjahu"}]),
])
def test_plural_possessives(text, events):
    assert sorted(sides_of(text, "2020-12-06"), key=sorted) == sorted((frozenset(e) for e in events), key=sorted)


def test_the_talks_of_a_summit_under_way_are_the_summit():
    found = contacts(extract_text("Titel\nDer EU-Gipfel in Brüssel geht in den dritten Tag. Bei den Verhandlungen "
                                  "stritten Merkel und Rutte heftig.", "2020-07-19"))
    assert [s for _, _, s in found] == [frozenset({"Europäische Union"}),
                                        frozenset({"Europäische Union", "Angela Merkel", "Mark Rutte"})]


@pytest.mark.parametrize("text, events", [
    # who acts for a participle qualifies its noun, no trigger
    ("Beim Videogipfel der EU ist eine Aussprache zu dem von der EU-Kommission vorgeschlagenen Paket geplant.",
     [{"Europäische Union"}]),
    # before or after an organisation's summit is a time, not attendance
    ("Einen Tag vor dem EU-Gipfel versuchte Erdoğans Berater, die Sanktionen kleinzureden.", [{"Europäische Union"}]),
    # offices named without their holders, as subject, object and in "zwischen"
    ("Angela Merkel lobte Emmanuel Macron. Im Schloss empfing die Kanzlerin den französischen Staatschef. Die "
     "Begegnung zwischen der Kanzlerin und dem Präsidenten dauerte lange.",
     [{"Angela Merkel", "Emmanuel Macron"}, {"Angela Merkel", "Emmanuel Macron"}]),
])
def test_participles_summits_and_offices(text, events):
    assert sorted(sides_of(text, "2020-06-29"), key=sorted) == sorted((frozenset(e) for e in events), key=sorted)


@pytest.mark.parametrize("text, events", [
    # a generic talk noun with partners of its own is its own event (here with one side), not the summit's
    ("Beim EU-Gipfel stand die Aufnahme von Beitrittsgesprächen mit Albanien auf dem Programm.",
     [{"Europäische Union"}]),
    # examples after "wie" belong to the phrase they exemplify: a topic
    ("Beim EU-Gipfel einigten sich die Staaten nicht auf Hilfen für klamme Länder wie Italien.", [{"Europäische Union"}]),
    # a state after "in" says where; a possessive before an office names its holder
    ("Heiko Maas hatte den Putsch kritisiert. Das sagte der Minister in Berlin nach einem Treffen mit seinem "
     "saudischen Amtskollegen Faisal bin Farhan.", [{"Heiko Maas", "Faisal bin Farhan"}]),
    # two people who "sprechen" without a topic give speeches
    ("Am Dienstag werden Angela Merkel und António Guterres sprechen.", []),
])
def test_own_partners_examples_places_and_speeches(text, events):
    assert sorted(sides_of(text, "2020-08-19"), key=sorted) == sorted((frozenset(e) for e in events), key=sorted)


@pytest.mark.parametrize("text, found", [
    # an organisation's summit with 'einen' in a clause of what could be is any summit; a meeting of named people stays
    ("Orban könnte einen EU-Gipfel nutzen, um dort ein Veto gegen das Paket einzulegen.", []),
    ("Es könnte ein Treffen von Donald Trump und Wladimir Putin geben.", [{"Donald Trump", "Wladimir Putin"}]),
    # a comma between two finite verbs opens a second main clause, whose subject is no side of the first
    ("Die Beratungen werden am Montag weitergeführt, Polen und Ungarn halten an ihrem Veto fest.", []),
    # the clause before gives its subject, not its objects
    ("Merkel hatte die Regierungschefs Spaniens und Italiens empfangen und telefonierte danach mit Charles Michel.",
     [{"Angela Merkel", "Spanien"}, {"Angela Merkel", "Italien"}, {"Angela Merkel", "Charles Michel"}]),
    # who tells of their own travels travels privately
    ("Wir reisen von Rennen zu Rennen, besuchen Österreich, die Schweiz und Slowenien.", []),
    # a genitive name after a noun of a thing qualifies that thing
    ("Das Veto Ungarns und Polens beschäftigte die Staats- und Regierungschefs beim Gipfel in Brüssel.", []),
    # 'trafen' before a comma closes a relative clause, whose 'die' stands for the list before it
    ("Joe Biden und Wladimir Putin, die sich am Mittwoch in Genf trafen, sprachen über Cyberangriffe.",
     [{"Joe Biden", "Wladimir Putin"}]),
    # who a relative clause on the trigger noun says hosts it
    ("Für den Gipfel, zu dem Joe Biden Wladimir Putin einladen will, gibt es noch keinen Termin.",
     [{"Joe Biden", "Wladimir Putin"}]),
])
def test_clauses_around_the_trigger(text, found):
    assert sorted(sides_of(text), key=sorted) == sorted(map(frozenset, found), key=sorted)


@pytest.mark.parametrize("text, found", [
    # an office after 'mit' names its holder from before, of the gender the noun has
    ("Angela Merkel und Emmanuel Macron sprachen am Montag. Später telefonierte Giuseppe Conte mit der Kanzlerin.",
     {"Angela Merkel", "Giuseppe Conte"}),
    ("Angela Merkel und Sebastian Kurz trafen sich in Wien. Danach telefonierte Emmanuel Macron mit dem Kanzler.",
     {"Sebastian Kurz", "Emmanuel Macron"}),
])
def test_an_office_after_mit_names_its_holder(text, found):
    assert frozenset(found) in sides_of(text)


def test_a_plural_office_after_mit_names_no_holder():
    assert sides_of("Donald Trump lobte die Firmen. Ursula von der Leyen sprach per Videokonferenz mit den Chefs "
                    "der Hersteller.") == []


@pytest.mark.parametrize("text, found", [
    # of a noun in a phrase, the clause's subject takes part, not the objects of its verb
    ("Bei dem Treffen forderten Angela Merkel und Emmanuel Macron die Türkei und Griechenland zu Gesprächen auf.",
     [{"Angela Merkel", "Emmanuel Macron"}]),
    ("Bei dem Treffen rief Angela Merkel die Türkei und Griechenland zu einer Lösung auf.", []),
    # the subject after the verb with an apposition holding an organisation
    ("Zuletzt hatten sich Ursula von der Leyen, die Präsidentin der EU-Kommission, und der britische Premierminister "
     "Boris Johnson in mehreren Telefonaten eingeschaltet.", [{"Ursula von der Leyen", "Boris Johnson"}]),
    # a noun that is the clause's subject or object keeps the clause's actors
    ("Kommentatoren vermuten, dass die Wahl die Verhandlungen um einen Handelspakt zwischen Brüssel und London "
     "fördern könnte.", [{"Europäische Union", "Großbritannien"}]),
    # a call in the singular is one call of all it names
    ("Am Sonntag besprach Angela Merkel mit Emmanuel Macron, Ursula von der Leyen und Charles Michel in einem "
     "Telefonat die Lage.", [{"Angela Merkel", "Emmanuel Macron", "Ursula von der Leyen", "Charles Michel"}]),
    ("Angela Merkel führte am Montag Telefonate mit Emmanuel Macron und Giuseppe Conte.",
     [{"Angela Merkel", "Emmanuel Macron"}, {"Angela Merkel", "Giuseppe Conte"}]),
])
def test_subjects_of_the_clause_and_calls_of_all(text, found):
    assert sorted(sides_of(text), key=sorted) == sorted(map(frozenset, found), key=sorted)


@pytest.mark.parametrize("text, found", [
    # 'der Gipfel' after meetings called by two names of a format may be either: it takes the sides of neither
    ("Das G7-Treffen in Elmau ging am Dienstag zu Ende. Bundeskanzler Scholz reist danach weiter zum NATO-Gipfel. "
     "Die Ergebnisse des Gipfels lobte er.", [("G7-Treffen", {"G7"}), ("reist", {"NATO", "Olaf Scholz"})]),
    # unchanged: after one format's meeting it is that meeting
    ("Das G7-Treffen in Elmau ging am Dienstag zu Ende. Die Ergebnisse des Gipfels lobte Scholz.",
     [("G7-Treffen", {"G7"}), ("Gipfels", {"G7"})]),
])
def test_a_summit_after_two_named_formats_refers_to_neither(text, found):
    extraction = extract_text("Titel\n" + text, "2022-06-29")
    assert [(m.trigger_text, sides(extraction, m.participant_ids)) for m in extraction.event_mentions
            if m.event_type == "MEETING"] == [(t, f) for t, f in found]


def test_their_own_meeting_is_not_the_summit_in_reach():
    found = contacts(extract_text(
        "Titel\nAngela Merkel hat bei einem Treffen mit Emmanuel Macron die Lage in Belarus besprochen. Die EU-Staaten "
        "haben nach einem Videogipfel mitgeteilt, dass sie die Wahl nicht anerkennen. Merkel und Macron machten sich "
        "bei ihrem Treffen für ein gemeinsames Vorgehen stark. Bei dem Treffen rief Merkel die Türkei und "
        "Griechenland zu einer Lösung auf.", "2020-08-21"))
    pair = frozenset({"Angela Merkel", "Emmanuel Macron"})
    assert [(kind, sides) for kind, _, sides in found] == [
        ("MEETING", pair), ("CALL", frozenset({"Europäische Union"})), ("MEETING", pair), ("MEETING", pair)]


@pytest.mark.parametrize("text, found", [
    # 'dessen' before a trigger noun stands for the person right before it, not the clause's subject
    ("Angela Merkel telefonierte mit Bojko Borissow vor dessen Besuch bei Recep Tayyip Erdoğan.",
     [{"Angela Merkel", "Bojko Borissow"}, {"Bojko Borissow", "Recep Tayyip Erdoğan"}]),
    ("Angela Merkel sprach mit Emmanuel Macron über dessen erstes Treffen mit Wladimir Putin.",
     [{"Angela Merkel", "Emmanuel Macron"}, {"Emmanuel Macron", "Wladimir Putin"}]),
    ("Olaf Scholz lobte Emmanuel Macron, dessen Treffen mit Wladimir Putin lange gedauert hatte.",
     [{"Emmanuel Macron", "Wladimir Putin"}]),
])
def test_dessen_names_who_takes_part(text, found):
    assert sorted(sides_of(text), key=sorted) == sorted(map(frozenset, found), key=sorted)


def test_dessen_is_not_the_pronoun_of_the_clause():
    assert sides_of("Angela Merkel lobte Bojko Borissow. Sie setzt auf Diplomatie, etwa mit Borissow vor dessen Besuch "
                    "bei Recep Tayyip Erdoğan.") == [frozenset({"Bojko Borissow", "Recep Tayyip Erdoğan"})]


@pytest.mark.parametrize("text, found", [
    # a bare plural after a preposition, with no partner and no date, in the present: such events in general
    ("Das Prinzip der Einstimmigkeit lähmt die EU nicht nur bei Gipfeln, sondern auch in der Außenpolitik.", []),
    ("Bei EU-Gipfeln ringen die Regierungschefs oft bis in die Nacht.", []),
    # a partner, a date or an object of what people do makes them some events
    ("Nach Gesprächen mit Wladimir Putin reiste Emmanuel Macron ab.", [{"Emmanuel Macron", "Wladimir Putin"}]),
    ("Bei Verhandlungen am Montag wollen die EU und Großbritannien einen Durchbruch erzielen.",
     [{"Europäische Union", "Großbritannien"}]),
    ("Angela Merkel und Emmanuel Macron führen Gespräche über den Haushalt.", [{"Angela Merkel", "Emmanuel Macron"}]),
])
def test_a_bare_plural_in_general_is_no_event(text, found):
    assert sorted(sides_of(text), key=sorted) == sorted(map(frozenset, found), key=sorted)


@pytest.mark.parametrize("text, found", [
    # a plural office in the genitive of a meeting names the two holders named around it, of two states
    ("Seit Monaten hat Merkel keinen französischen Präsidenten mehr getroffen. Das letzte Treffen der beiden "
     "Staatschefs fand 2019 in Paris statt, damals noch unter Präsident Macron.",
     [("MEETING", "happened", frozenset({"Angela Merkel", "Emmanuel Macron"}))]),
    ("Erdoğan hat lange mit keinem deutschen Regierungschef gesprochen. Das letzte Gespräch der Führer fand im "
     "Jahr 2019 statt, in der Amtszeit von Angela Merkel.",
     [("CONTACT", "happened", frozenset({"Recep Tayyip Erdoğan", "Angela Merkel"}))]),
    # three holders named around it: who met is not known
    ("Merkel, Macron und Conte lobten den Haushalt. Das Treffen der Regierungschefs fand im Juni statt.", []),
    # offices of a body named after them are its members, not the two named before
    ("Lawrow und Blinken stritten. Das Treffen der Außenminister der EU fand im Januar statt.", []),
])
def test_a_plural_office_names_the_two_holders_around_it(text, found):
    assert [(t, s, sides) for t, s, sides in contacts(extract_text("Titel\n" + text, "2021-03-14"))
            if len(sides) >= 2] == found


@pytest.mark.parametrize("text, found", [
    # the subject of a clause about a summit it only talks of ('über') is no side of it
    ("Macron lobte die Pläne. Am Freitag sprach er mit Kanzler Scholz über einen möglichen neuen Ukraine-Gipfel.",
     {"Emmanuel Macron", "Ukraine"}),
    # a genitive and a 'mit' after the noun name both sides: the subject who denies it is none
    ("Der Minister Juncker hat ein geheimes Treffen der Europäischen Zentralbank mit der Kommission dementiert.",
     {"Jean-Claude Juncker"}),
    # a genitive of a summit in a phrase of adjectives with a comma, and a name repeated in brackets
    ("Die Abschlusserklärung des zweitägigen, pandemiebedingt virtuellen G20-Gipfels enthält einen Beschluss "
     "zur Stärkung der Weltgesundheitsorganisation (WHO).", {"Weltgesundheitsorganisation"}),
])
def test_who_is_outside_the_phrase_is_no_side(text, found):
    assert not any(found <= sides for _, _, sides in contacts(extract_text("Titel\n" + text, "2021-03-14")))


@pytest.mark.parametrize("text, found", [
    # who a comparison names does the like on their own: no side of this contact
    ("Ähnlich wie Angela Merkel hat auch Emmanuel Macron am Montag mit Wladimir Putin telefoniert.",
     [{"Emmanuel Macron", "Wladimir Putin"}]),
    ("Genau wie die Außenminister Frankreichs und Deutschlands verlangt er Gespräche über das Raketenprogramm.", []),
    # unchanged: examples after a plural noun are who acts; "sowohl ... als auch" lists partners
    ("Die Oppositionsführerin wird von Regierungschefs wie Angela Merkel oder Emmanuel Macron empfangen.",
     [{"Angela Merkel", "Emmanuel Macron"}]),
    ("Macron traf sich sowohl mit Angela Merkel als auch mit Giuseppe Conte.",
     [{"Emmanuel Macron", "Angela Merkel"}, {"Emmanuel Macron", "Giuseppe Conte"}]),
])
def test_who_a_comparison_names_is_no_side(text, found):
    assert sorted(map(sorted, set(sides_of(text)))) == sorted(map(sorted, found))


@pytest.mark.parametrize("text, found", [
    # who hopes or presses for a body's summit is no side beside the body
    ("Trump hoffte auf ein schnelles Opec-Treffen.", [{"Opec"}]),
    ("Italien drängt auf einen EU-Gipfel noch im April.", [{"Europäische Union"}]),
    # unchanged: a meeting with a partner of its own is the subject's; at a summit the subject attends
    ("Merkel hofft auf ein Treffen mit Putin im Mai.", [{"Angela Merkel", "Wladimir Putin"}]),
    ("Trump war am Freitag auf dem G7-Gipfel.", [{"Donald Trump", "G7"}]),
])
def test_who_hopes_for_a_summit_of_a_body_is_no_side(text, found):
    assert sorted(map(sorted, set(sides_of(text, "2020-04-06")))) == sorted(map(sorted, found))


@pytest.mark.parametrize("text, found", [
    # the accusative "ihn" of a contact verb is the guest named before
    ("Bundeskanzler Olaf Scholz ist am Montag nach Oslo gereist. Dort empfing ihn Ministerpräsident Jonas Gahr Støre.",
     {"Olaf Scholz", "Jonas Gahr Støre"}),
    ("Emmanuel Macron kam am Montag nach Berlin. Im Kanzleramt empfing ihn Angela Merkel.",
     {"Emmanuel Macron", "Angela Merkel"}),
])
def test_the_guest_a_contact_verb_takes_as_ihn_is_a_side(text, found):
    assert frozenset(found) in sides_of(text, "2022-08-15")


def test_ihn_after_a_noun_is_no_guest():
    # unchanged: a noun's own phrase names its sides, an "ihn" elsewhere in the clause is none of them
    assert sides_of("Emmanuel Macron lobte den Plan. Das Treffen mit Putin hat ihn nicht überzeugt.", "2022-08-15") \
        == []


def test_the_mit_before_an_apposition_names_the_partner_of_the_verb():
    text = "Titel\nAm Montag hatten Scholz und Macron mit dem Generalsekretär der Nato, Jens Stoltenberg, telefoniert."
    assert [s for _, _, s in contacts(extract_text(text, "2021-03-14"))] == \
        [frozenset({"Olaf Scholz", "Emmanuel Macron", "Jens Stoltenberg"})]


def test_an_adjective_the_lexicon_lacks_stays_in_the_phrase_of_the_summit():
    text = "Titel\nDie Erklärung kam zum Abschluss des virtuellen Gipfels der südostasiatischen Staatengemeinschaft Asean."
    assert [s for _, _, s in contacts(extract_text(text, "2021-03-14"))] == [frozenset({"ASEAN"})]


@pytest.mark.parametrize("text, found", [
    ("Fortsetzung der Verhandlungsrunde über ein Freihandelsabkommen zwischen der EU und Australien.",
     frozenset({"Europäische Union", "Australien"})),
    ("Die Gespräche über ein neues Atomabkommen zwischen Iran und den USA stocken seit Wochen.",
     frozenset({"Iran", "Vereinigte Staaten"})),
])
def test_negotiations_about_an_agreement_are_held_by_its_parties(text, found):
    extraction = extract_text("Titel\n" + text, "2021-03-14")
    assert [s for t, _, s in contacts(extraction) if t == "NEGOTIATION"] == [found]



def test_the_noun_named_before_is_that_event_though_its_sides_are_unknown():
    text = ("Titel\nDie EU und China verhandeln seit Jahren über ein Investitionsabkommen. Die Verhandlungen gelten "
            "als schwierig. Die Ostsee-Pazifik-Konferenz gibt es seit 1990, sie soll den Handel fördern. In diesem "
            "Jahr findet die Konferenz erstmals digital statt.")
    found = contacts(extract_text(text, "2021-03-14"))
    assert found and all(t == "NEGOTIATION" for t, _, _ in found)


@pytest.mark.parametrize("text, found", [
    ("Carl Bildt kritisierte die Reise. Schon vor seinem Treffen mit Lawrow hatte Borrell erklärt, die Beziehungen "
     "seien schlecht.", frozenset({"Josep Borrell", "Sergej Lawrow"})),
    ("Angela Merkel lobte den Plan. Nach ihrem Gespräch mit Biden sagte Ursula von der Leyen, man sei sich einig.",
     frozenset({"Ursula von der Leyen", "Joe Biden"})),
])
def test_a_possessive_opening_the_sentence_stands_for_the_subject_after_the_verb(text, found):
    assert [s for _, _, s in contacts(extract_text("Titel\n" + text, "2021-03-14"))] == [found]


@pytest.mark.parametrize("sentence, events", [
    # what a meeting is held about is no side: a case named after someone, a state after "zu"
    ("Am Freitag kam es zu einem Nato-Treffen zum Fall Skripal.", [{"NATO"}]),
    ("Am Dienstag fand eine Videokonferenz der EU-Außenminister zu Belarus statt.", [{"Europäische Union"}]),
    ("Im Fall Nawalny telefonierte Merkel am Montag mit Putin.", [{"Angela Merkel", "Wladimir Putin"}]),
    # who urges another to talk with someone does not take part: the one urged does
    ("Sturgeon drängte Boris Johnson, sich bei den Verhandlungen mit der EU Zeit zu nehmen.",
     [{"Boris Johnson", "Europäische Union"}]),
    ("Die EU forderte China auf, die Verhandlungen über das Investitionsabkommen zu beschleunigen.",
     [{"China", "Europäische Union"}]),
    # a gapped second clause reports a second contact, not more sides of the first
    ("Merkel telefonierte am Montag mit Joe Biden, Außenminister Maas mit Antony Blinken.",
     [{"Angela Merkel", "Joe Biden"}]),
    ("Simonetta Sommaruga verhandelte mit Ursula von der Leyen, Bundesrat Guy Parmelin mit Phil Hogan.",
     [{"Simonetta Sommaruga", "Ursula von der Leyen"}]),
    ("Merkel sprach am Montag mit Macron, mit Johnson und mit Conte.",
     [{"Angela Merkel", "Emmanuel Macron"}, {"Angela Merkel", "Giuseppe Conte"}]),
    # 'zwischen' after a thing says where it lies, not who meets
    ("Bei einer Videokonferenz lobte Chinas Außenminister Wang Yi den Bau einer Bahnstrecke zwischen Serbien "
     "und Ungarn.", []),
    ("Das Treffen zwischen Putin und Biden fand in Genf statt.", [{"Wladimir Putin", "Joe Biden"}]),
    # who made a demand the negotiators took up took no part in the talks
    ("Nach langen Verhandlungen folgte der Sicherheitsrat dem Appell von Generalsekretär Guterres.", []),
    ("Der Sicherheitsrat hat sich nach Verhandlungen der Forderung von Generalsekretär Guterres angeschlossen.", []),
    # a meeting with colleagues of several states is one meeting of all; calls stay one each
    ("Maas wollte sich am Montag in Amman mit seinen Kollegen aus Frankreich, Ägypten und Jordanien treffen.",
     [{"Heiko Maas", "Frankreich", "Ägypten", "Jordanien"}]),
    ("Maas telefonierte am Montag mit seinen Kollegen aus Frankreich und Italien.",
     [{"Heiko Maas", "Frankreich"}, {"Heiko Maas", "Italien"}]),
])
def test_topics_urgers_and_gapped_clauses_are_no_sides(sentence, events):
    assert sorted(sides_of(sentence, "2020-09-21"), key=sorted) == sorted((frozenset(e) for e in events), key=sorted)


@pytest.mark.parametrize("sentence, events", [
    # a body's leaders or ministers, in the plural, meeting as it: the body's own summit
    ("Die Staats- und Regierungschefs der EU kommen am Freitag in Brüssel zu einem Sondergipfel zusammen.",
     [{"Europäische Union"}]),
    ("Die Nato-Verteidigungsminister trafen sich am Mittwoch per Video.", [{"NATO"}]),
    ("Die G20-Finanzminister trafen sich am Samstag in Riad.", [{"G20"}]),
    # one office of a body is no summit of it
    ("Der Generaldirektor der WHO traf sich am Montag in Genf.", []),
    # who asks for the body's meeting is no side of it
    ("Estland und Lettland fordern eine Videokonferenz der EU-Staats- und Regierungschefs zu Belarus.",
     [{"Europäische Union"}]),
    # a meeting with the body's leaders is a contact with it
    ("Biden traf am Montag die Staats- und Regierungschefs der EU.", [{"Joe Biden", "Europäische Union"}]),
])
def test_a_bodys_leaders_meeting_are_its_summit(sentence, events):
    assert sorted(sides_of(sentence, "2020-09-21"), key=sorted) == sorted((frozenset(e) for e in events), key=sorted)


@pytest.mark.parametrize("sentence, events", [
    # a body's summit is the body's: its own officers are no sides beside it, a member's leader is
    ("Weil sich Ratspräsident Charles Michel in Quarantäne begeben musste, wurde der EU-Gipfel verschoben.",
     [{"Europäische Union"}]),
    ("Kommissionspräsidentin Ursula von der Leyen wird am EU-Gipfel in Brüssel teilnehmen.", [{"Europäische Union"}]),
    ("Angela Merkel wird am EU-Gipfel in Brüssel teilnehmen.", [{"Angela Merkel", "Europäische Union"}]),
])
def test_a_bodys_summit_without_its_officers(sentence, events):
    assert sorted(sides_of(sentence, "2020-09-21"), key=sorted) == sorted((frozenset(e) for e in events), key=sorted)


@pytest.mark.parametrize("text, events", [
    # a connecting adverb and the verb after a comma open a clause of its own: its summit is another event
    ("Die Staats- und Regierungschefs der EU tagen am Donnerstag per Videokonferenz, zudem soll es bald eine "
     "Schalte der G-7-Staats- und Regierungschefs geben.", [{"Europäische Union"}, {"G7"}]),
    # a score's full stop ends the sentence: the club's country is no side of the next one
    ("Der FC Basel verlor am Donnerstag beim tschechischen Meister Slavia Prag mit 0:1. Die EU-Innenminister "
     "treffen sich am Freitag in Brüssel.", [{"Europäische Union"}]),
    # "der" before a masculine office right after a contact noun is its genitive plural: the body's ministers meet
    ("Am Montag gab es ein Treffen der EU-Innenminister in Brüssel.", [{"Europäische Union"}]),
])
def test_sides_stay_in_their_clause_and_sentence(text, events):
    assert sorted(sides_of(text), key=sorted) == sorted((frozenset(e) for e in events), key=sorted)


def test_a_title_inside_a_list_of_partners_keeps_one_meeting_of_all():
    # "mit Kanzlerin Merkel sowie den Kollegen aus ...": the colleagues are partners of the same small round
    assert sides_of("Charles Michel hatte am Sonntag vor der großen Runde mit Kanzlerin Angela Merkel sowie den "
                    "Kollegen aus Frankreich, Italien, Polen, Schweden und Kommissionspräsidentin Ursula von der "
                    "Leyen im kleinen Kreis beraten.") == [
        frozenset({"Charles Michel", "Angela Merkel", "Ursula von der Leyen", "Frankreich", "Italien", "Polen",
                   "Schweden"})]


@pytest.mark.parametrize("text, found", [
    ("Das Großherzogtum verhandelte am Montag mit Frankreich über Ausnahmen für Pendler.",
     [{"Luxemburg", "Frankreich"}]),
    ("Die Alpenrepublik verhandelt seit Wochen mit Italien über die Öffnung der Grenze am Brenner.",
     [{"Österreich", "Italien"}]),
    ("Beim Opec+-Treffen im Mai konnten sich Saudi-Arabien und Russland nicht auf Förderkürzungen einigen.",
     [{"Opec plus", "Saudi-Arabien", "Russland"}]),
])
def test_states_and_groups_named_by_an_epithet(text, found):
    assert sides_of(text) == [frozenset(f) for f in found]


@pytest.mark.parametrize("text", [
    "Die EU-Kommission hat sich am Montag mit Spotify zu einem Krisengespräch getroffen.",
    "Die EU-Kommission hat am Montag Gespräche mit dem Streamingdienst Spotify geführt.",
])
def test_a_body_meeting_an_unknown_partner_holds_no_summit_of_its_own(text):
    assert sides_of(text) == []


@pytest.mark.parametrize("text, found", [
    # "mit Blick auf" makes the talks the topic of what the speaker says, not where he is
    ("Das reiche nicht, sagte Olaf Scholz am Montag mit Blick auf die Gespräche mit China.", []),
    ("Das reiche nicht, klagte Olaf Scholz am Montag mit Blick auf die Gespräche der EU-Kommission.", []),
    ("Das reiche nicht, klagte Peer Steinbrück in einer Zeitung mit Blick auf die Verhandlungen der EU mit China.",
     [{"Europäische Union", "China"}]),
])
def test_who_speaks_with_regard_to_talks_is_no_side(text, found):
    assert sides_of(text) == [frozenset(f) for f in found]


@pytest.mark.parametrize("text, found", [
    # a capital listed with a city that stands for no state is a city: where the speakers sit
    ("Das Gespräch fand per Videokonferenz zwischen Singapur, Berlin, Peking und Hamburg statt.", []),
    ("Die Gespräche zwischen Washington und Peking gingen am Montag weiter.",
     [{"Vereinigte Staaten", "China"}]),
])
def test_capitals_listed_with_cities_are_places(text, found):
    assert sides_of(text) == [frozenset(f) for f in found]


def test_talks_of_a_bodys_ministers_are_its_meeting():
    assert sides_of("Am Freitag gibt es Beratungen der EU-Justizminister und der EU-Kommission.", "2020-10-28") \
        == [frozenset({"Europäische Union", "Europäische Kommission"})]


def test_an_office_before_a_known_surname_that_is_also_a_given_name_names_its_holder():
    assert sides_of("Teilnehmer der Videokonferenz sind der japanische Ministerpräsident Abe, EU-Ratspräsident "
                    "Michel und Kommissionspräsidentin von der Leyen.", "2020-05-26") == [
        frozenset({"Shinzo Abe", "Charles Michel", "Ursula von der Leyen"})]


def test_a_pronoun_acts_beside_the_partners_it_meets():
    # the partners alone are named: who meets them is the pronoun's person
    text = "Angela Merkel sprach über die Lage. Am Montag traf sie sich mit Emmanuel Macron und Giuseppe Conte."
    assert sides_of(text) == [frozenset({"Angela Merkel", "Emmanuel Macron", "Giuseppe Conte"})]


def test_what_a_summit_acts_on_is_no_side_of_it():
    # "Der Gipfel" is the subject: the Commission receives its task, the summit is the Union's told before
    assert sides_of("Der EU-Gipfel soll am Donnerstag beginnen. Der Gipfel soll lediglich der EU-Kommission den "
                    "Auftrag erteilen, einen Vorschlag auszuarbeiten.", "2020-04-21") == [
        frozenset({"Europäische Union"}), frozenset({"Europäische Union"})]


@pytest.mark.parametrize("text", [
    "Ein Diplomat, der sie auf EU-Gipfeln erlebt hat, beschreibt sie als zäh.",
    "Die Beamten arbeiten zwischen den Gipfeln an einer gemeinsamen Agenda der G20.",
    "Wer die Kanzlerin auf EU-Gipfeln erlebt hat, kennt ihre Geduld.",
    "Zwischen den Verhandlungsrunden mit London beraten die Unterhändler in Brüssel.",
])
def test_summits_in_general_or_the_time_between_them_are_no_event(text):
    assert sides_of(text) == []


def test_summits_in_the_plural_with_their_partners_and_a_date_are_events():
    assert sides_of("Auf Gipfeln mit Macron hat Scholz im Mai über Zölle gestritten.") == [
        frozenset({"Olaf Scholz", "Emmanuel Macron"})]


def test_a_second_verb_final_clause_keeps_its_own_actors():
    # "oder" after the verb that closed "als ... traf" opens a clause: Trump sat beside him at a dinner elsewhere
    found = sides_of("Angela Merkel irritierte, etwa als sie in Moskau Wladimir Putin traf oder in Davos zum Dinner "
                     "neben Donald Trump saß.")
    assert all("Donald Trump" not in sides for sides in found)


def test_a_body_where_a_thing_happens_is_no_side():
    assert sides_of("Vor der Abstimmung im Sicherheitsrat hatten Heiko Maas und Sergej Lawrow telefoniert.") == [
        frozenset({"Heiko Maas", "Sergej Lawrow"})]
    # how long she negotiated there: the Council is where the talks were
    assert sides_of("Angela Merkel sprach über die Lage. Auf diese Weise habe sie zuletzt sechs Stunden im "
                    "Europäischen Rat verhandelt.") == [frozenset({"Angela Merkel", "Europäischer Rat"})]


def test_er_is_the_subject_beside_the_objects_it_names():
    # "er" is nominative: the inviter acts beside the invitees, however many are named
    assert sides_of("Donald Trump sprach über die Lage. Am Montag traf er Angela Merkel und Emmanuel Macron.",
                    "2020-06-03") == [frozenset({"Donald Trump", "Angela Merkel", "Emmanuel Macron"})]


@pytest.mark.parametrize("text, found", [
    ("Olaf Scholz telefonierte am Montag nicht etwa mit dem russischen Präsidenten Wladimir Putin, sondern mit "
     "Wolodymyr Selenskyj.", [{"Olaf Scholz", "Wolodymyr Selenskyj"}]),
    ("Macron reiste im Mai nicht nach Moskau, sondern nach Kiew.", [{"Emmanuel Macron", "Ukraine"}]),
    ("Merkel telefonierte nicht nur mit Putin, sondern auch mit Selenskyj.",
     [{"Angela Merkel", "Wladimir Putin"}, {"Angela Merkel", "Wolodymyr Selenskyj"}]),
])
def test_a_partner_that_sondern_replaces_is_no_side(text, found):
    assert sides_of(text, "2022-07-14") == [frozenset(f) for f in found]


@pytest.mark.parametrize("text, found", [
    ("Maas sprach mit seinem türkischen Amtskollegen über Themen wie den Handel, die Pandemie, Syrien, Libyen und "
     "die Lage im Mittelmeer.", [{"Heiko Maas", "Türkei"}]),
    ("Merkel und Putin sprachen am Telefon über Syrien, Libyen und die Ukraine.", [{"Angela Merkel", "Wladimir Putin"}]),
    ("Merkel sprach über den Handel, das Klima und die Pandemie mit Xi Jinping und Joe Biden.",
     [{"Angela Merkel", "Xi Jinping", "Joe Biden"}]),
    # no list of topics: a preposition, a person or a compound's 'und' stands between
    ("Die Gespräche zwischen der für den Handel zuständigen britischen Ministerin Liz Truss und dem "
     "US-Handelsminister Robert Lighthizer finden nur virtuell statt.", [{"Liz Truss", "Robert Lighthizer"}]),
    ("Merkel hat sich für die Beratungen im Kreis der Staats- und Regierungschefs der EU viel vorgenommen.",
     [{"Angela Merkel", "Europäische Union"}]),
])
def test_states_deep_in_a_list_of_topics_are_no_sides(text, found):
    assert sides_of(text) == [frozenset(f) for f in found]


@pytest.mark.parametrize("text, found", [
    ("Russland nimmt am G20-Gipfel in Rom nicht teil.", [{"G20"}]),
    ("Kein Vertreter Chinas nahm am G20-Gipfel in Rom teil.", [{"G20"}]),
    ("Macron nahm am EU-Gipfel in Brüssel teil.", [{"Emmanuel Macron", "Europäische Union"}]),
    ("Merkel wird nicht persönlich am EU-Gipfel teilnehmen, sondern per Video.",
     [{"Angela Merkel", "Europäische Union"}]),
])
def test_who_does_not_take_part_is_no_side(text, found):
    assert sides_of(text) == [frozenset(f) for f in found]


@pytest.mark.parametrize("text, found", [
    ("Babiš vertrat beim EU-Gipfel auch seinen polnischen Kollegen Mateusz Morawiecki, der in Quarantäne ist.",
     [{"Andrej Babiš", "Europäische Union"}]),
    ("Beim EU-Gipfel vertritt Sebastian Kurz die Kanzlerin Angela Merkel.", [{"Sebastian Kurz", "Europäische Union"}]),
    ("Beim EU-Gipfel vertrat Bundeskanzlerin Angela Merkel Deutschland.", [{"Angela Merkel", "Europäische Union"}]),
])
def test_the_person_another_stands_in_for_is_no_side(text, found):
    assert sides_of(text) == [frozenset(f) for f in found]


@pytest.mark.parametrize("text, found", [
    ("Als im Mai 2018 die Präsidentinnen Estlands und Litauens in Düsseldorf zu Gast waren, gab es ein Essen.",
     [{"Estland", "Litauen", "Deutschland"}]),
    ("Macron ist am Mittwoch in Berlin zu Gast bei Bundeskanzlerin Merkel.",
     [{"Emmanuel Macron", "Angela Merkel"}]),
])
def test_the_state_where_visitors_are_zu_gast_receives_them(text, found):
    assert sides_of(text) == [frozenset(f) for f in found]


@pytest.mark.parametrize("text, found", [
    ("In Brüssel hielten die Staats- und Regierungschefs der EU am Dienstag einen Krisengipfel ab, in Washington "
     "kündigte Präsident Donald Trump Steuersenkungen an.", [{"Europäische Union"}]),
    ("Am Montag telefonierte Merkel mit Putin, am Dienstag traf sie Macron in Paris.",
     [{"Angela Merkel", "Wladimir Putin"}, {"Angela Merkel", "Emmanuel Macron"}]),
])
def test_a_phrase_and_a_verb_after_a_comma_open_a_clause_with_its_own_actors(text, found):
    assert sides_of(text) == [frozenset(f) for f in found]


@pytest.mark.parametrize("text, found", [
    ("Zuletzt war Trump beim G7-Gipfel in Biarritz mit seinem Vorschlag gescheitert, Russland wieder in die Gruppe "
     "aufzunehmen.", [{"Donald Trump", "G7"}]),
    ("Merkel plant, Putin im Mai in Moskau zu treffen.", [{"Angela Merkel", "Wladimir Putin"}]),
])
def test_who_an_infinitive_after_a_comma_names_is_no_side_of_the_noun_before(text, found):
    assert sides_of(text, "2019-10-01") == [frozenset(f) for f in found]


@pytest.mark.parametrize("text, found", [
    # who mediates or hosts talks of two known sides is a side of them
    ("Israel und die Hamas verhandeln unter Vermittlung von Ägypten und Katar über eine Waffenruhe.",
     [{"Israel", "Hamas", "Ägypten", "Katar"}]),
    ("Unter ägyptischer Vermittlung haben Israel und die Hamas verhandelt.", [{"Israel", "Hamas", "Ägypten"}]),
    ("Die von Katar vermittelten Gespräche zwischen Israel und der Hamas gehen weiter.",
     [{"Israel", "Hamas", "Katar"}]),
    ("Die Verhandlungen zwischen Israel und der Hamas, bei denen Ägypten, Katar und die USA vermitteln, stocken.",
     [{"Israel", "Hamas", "Ägypten", "Katar", "Vereinigte Staaten"}]),
    ("Unter dem Vorsitz der Vereinten Nationen verhandeln Armenien und Aserbaidschan in Genf.",
     [{"Armenien", "Aserbaidschan", "Vereinte Nationen"}]),
    ("Auf Einladung von Emmanuel Macron trafen sich Angela Merkel und Wladimir Putin in Paris.",
     [{"Angela Merkel", "Wladimir Putin", "Emmanuel Macron"}]),
    # a mediation talked about, refused or left out is none
    ("Merkel sprach mit Macron über die Vermittlung von Katar.", [{"Angela Merkel", "Emmanuel Macron"}]),
    ("Israel und die Hamas verhandeln ohne Vermittlung von Katar.", [{"Israel", "Hamas"}]),
    ("Er sei zu Verhandlungen mit Israel bereit, aber nicht unter dem Vorsitz der USA.", []),
    # a mediator alone makes no contact, nor is a journey mediated
    ("Die Delegation hatte die Gespräche unter Vermittlung Katars abgebrochen und war nach Doha gereist.", []),
])
def test_mediators_and_hosts_are_sides(text, found):
    assert sides_of(text) == [frozenset(f) for f in found]


@pytest.mark.parametrize("text, found", [
    # the other party of a relation is what is talked about
    ("Merkel warb bei ihrer Ankunft beim EU-Gipfel dafür, die Spannungen mit der Türkei friedlich zu lösen.",
     [{"Angela Merkel", "Europäische Union"}]),
    ("Ungeachtet der Spannungen mit China reist eine Delegation aus den USA nach Taiwan.",
     [{"Vereinigte Staaten", "Taiwan"}]),
    ("Trotz der Spannungen trafen sich Merkel und Erdoğan in Ankara.", [{"Angela Merkel", "Recep Tayyip Erdoğan"}]),
    ("Scholz und Macron vereinbarten bei ihrem Treffen eine engere Zusammenarbeit mit Indien.",
     [{"Olaf Scholz", "Emmanuel Macron"}]),
])
def test_the_other_party_of_a_relation_is_no_side(text, found):
    assert sides_of(text) == [frozenset(f) for f in found]


@pytest.mark.parametrize("text, found", [
    # deliberating with several 'mit'-phrases in a row is one meeting of all
    ("Seehofer will am Montag auf Malta mit Vertretern aus Frankreich, Italien und Malta, mit dem "
     "EU-Ratsvorsitzenden Finnland und der EU-Kommission beraten.",
     [{"Horst Seehofer", "Frankreich", "Italien", "Malta", "Finnland", "Europäische Kommission"}]),
    ("Borrell beriet mit Serbien, mit dem Kosovo und mit der Nato in Brüssel.",
     [{"Josep Borrell", "Serbien", "Kosovo", "NATO"}]),
    # calls are one each
    ("Merkel telefonierte mit Macron und mit Conte.", [{"Angela Merkel", "Emmanuel Macron"},
                                                      {"Angela Merkel", "Giuseppe Conte"}]),
])
def test_one_meeting_of_all_who_deliberate_together(text, found):
    assert sides_of(text) == [frozenset(f) for f in found]


@pytest.mark.parametrize("text, found", [
    # a preposition opening the sentence governs as in lower case: the seat after it is where, not who
    ("In Brüssel hat Erdoğan auch die Nato besucht.", [{"Recep Tayyip Erdoğan", "NATO"}]),
    ("Im Auswärtigen Amt sprechen manche von einem Konflikt mit China.", []),
    ("Nach Peking reiste Scholz am Montag.", [{"Olaf Scholz", "China"}]),
])
def test_a_capitalised_preposition_opening_the_sentence_places(text, found):
    assert sides_of(text) == [frozenset(f) for f in found]


@pytest.mark.parametrize("text, published, found", [
    # an office with a name after it is that person, though the given name is spelt in a way the rules do not know
    ("Das Treffen zwischen dem ukrainischen Regierungschef Wolodimir Selenski und Putin findet in Paris statt.",
     "2019-12-09", [{"Wolodymyr Selenskyj", "Wladimir Putin"}]),
    # each stop of a journey with the people met there only: the host at home at each stop
    ("Scholz reiste nach Paris und Rom, wo er Macron und Meloni traf.", "2023-03-01",
     [{"Olaf Scholz", "Emmanuel Macron"}, {"Olaf Scholz", "Giorgia Meloni"},
      {"Olaf Scholz", "Emmanuel Macron", "Giorgia Meloni"}]),
    ("Am Sonntag traf Mike Pompeo nach seinen Kurzbesuchen in Argentinien und Ecuador in Mexiko-Stadt bei seinem "
     "Amtskollegen Marcelo Ebrard ein.", "2019-07-22",
     # the stop in Mexico is with his counterpart there, its host (same_contact.counterpart_in_office)
     [{"Mike Pompeo", "Argentinien"}, {"Mike Pompeo", "Ecuador"}, {"Mike Pompeo", "Marcelo Ebrard"}]),
])
def test_named_office_holders_and_the_people_of_each_stop(text, published, found):
    assert set(sides_of(text, published)) == {frozenset(f) for f in found}


@pytest.mark.parametrize("text, published, found", [
    # the speaker after a closing ', sagte' is whom the next sentence's 'er' continues, not who is spoken of
    ("Man glaube nicht, dass Präsident Putin einen Angriff beschlossen habe, sagte US-Verteidigungsminister Lloyd "
     "Austin am Freitag. Er telefonierte auch mit der deutschen Verteidigungsministerin Christine Lambrecht.",
     "2022-01-29", [{"Lloyd Austin", "Christine Lambrecht"}]),
    ("Putin habe die Lage erläutert, sagte Macron. Er telefonierte danach mit Joe Biden.", "2022-01-29",
     [{"Emmanuel Macron", "Joe Biden"}]),
    # who boycotts a meeting is no side of it
    ("Italiens Innenminister Matteo Salvini zeigte kein Interesse. Er boykottierte ein Treffen mit Macron in Paris.",
     "2019-07-25", []),
])
def test_the_speaker_continues_and_the_boycotter_stays_out(text, published, found):
    assert sides_of(text, published) == [frozenset(f) for f in found]


@pytest.mark.parametrize("text, found", [
    # a list of partners goes on however long the phrase, and a name quoted in speech is no side of the talks after it
    ("„Die Welt muss Russland zum Frieden zwingen“, erklärte Selenskyj nach Krisentelefonaten mit seinen westlichen "
     "Partnern in den USA, der EU, Großbritannien, Deutschland und Polen.",
     [{"Wolodymyr Selenskyj", "Vereinigte Staaten"}, {"Wolodymyr Selenskyj", "Europäische Union"},
      {"Wolodymyr Selenskyj", "Großbritannien"}, {"Wolodymyr Selenskyj", "Deutschland"},
      {"Wolodymyr Selenskyj", "Polen"}]),
])
def test_long_lists_of_partners_and_quoted_speech(text, found):
    assert sides_of(text, "2022-02-24") == [frozenset(f) for f in found]


def test_a_commissioner_acts_for_the_union_in_his_term():
    from orchestration.nlp.events.diplomacy import polity
    from orchestration.nlp.knowledge import load_knowledge

    extraction = extract_text("Titel\nDarüber haben Horst Seehofer, Dimitris Avramopoulos und Süleyman Soylu in Ankara "
                              "gesprochen.", "2019-10-04")
    kb = load_knowledge()
    acting = {extraction.entities[i].canonical_name: polity(extraction.entities[i], kb, extraction.published)
              for m in extraction.event_mentions for i in m.participant_ids}
    assert acting["Dimitris Avramopoulos"] == kb.lookup("Europäische Union").entity_id


@pytest.mark.parametrize("text, found", [
    # the body of the meeting a contact takes place at is where they talk, no side of it
    ("Am Rande des Nato-Treffens in Riga sprach Antony Blinken mit dem ukrainischen Außenminister Dmytro Kuleba.",
     [{"Antony Blinken", "Dmytro Kuleba"}]),
    ("Beim OSZE-Ministerrat in Stockholm traf Antony Blinken seinen russischen Amtskollegen Sergej Lawrow.",
     [{"Antony Blinken", "Sergej Lawrow"}]),
    # unchanged: the summit, a noun of its own after 'auf dem', is reported beside the meeting at it
    ("Auf dem G20-Gipfel auf Bali traf Joe Biden den chinesischen Präsidenten Xi Jinping.",
     [{"Joe Biden", "Xi Jinping"}, {"Joe Biden", "G20"}]),
])
def test_the_body_of_a_setting_is_no_side_of_the_talks_there(text, found):
    assert sides_of(text, "2022-06-01") == [frozenset(f) for f in found]


@pytest.mark.parametrize("text, found", [
    # a journey to meet a third party: the city only hosts the meeting
    ("Antony Blinken ist nach Genf gereist, um dort seinen russischen Kollegen Sergej Lawrow zu treffen.",
     [{"Antony Blinken", "Sergej Lawrow"}]),
    ("Antony Blinken reiste nach Brüssel, wo er mit Sergej Lawrow zusammentraf.", [{"Antony Blinken", "Sergej Lawrow"}]),
    ("Antony Blinken reiste am Montag nach Genf und traf dort Sergej Lawrow.", [{"Antony Blinken", "Sergej Lawrow"}]),
    # whom he meets there is of the state he visits: the host is a side of the visit too
    ("Olaf Scholz reiste nach Paris, um dort mit Emmanuel Macron zu sprechen.",
     [{"Olaf Scholz", "Emmanuel Macron"}, {"Olaf Scholz", "Emmanuel Macron"}]),
])
def test_the_host_city_of_a_meeting_with_a_third_party_is_no_side(text, found):
    assert sides_of(text, "2022-06-01") == [frozenset(f) for f in found]


@pytest.mark.parametrize("text, found", [
    # the other party of a relation a noun or adjective names is what is talked about
    ("Die Staats- und Regierungschefs der EU ringen beim Gipfel in Brüssel um den richtigen Umgang mit China.",
     [{"Europäische Union"}]),
    ("Kiew wirbt vor dem Gipfel in der Schweiz um die Unterstützung mit Russland befreundeter Staaten.", []),
    ("Die Außenminister der Nato berieten am Donnerstag in Riga Auswege aus der Krise mit Moskau.", [{"NATO"}]),
    # unchanged: 'mit' after the verb of talk names the partner
    ("Die Staats- und Regierungschefs der EU sprachen am Freitag mit China.", [{"Europäische Union", "China"}]),
])
def test_the_other_party_of_a_relation_after_mit_is_no_side(text, found):
    assert sides_of(text, "2022-06-01") == [frozenset(f) for f in found]


@pytest.mark.parametrize("text, found", [
    # another meeting told since, which names a side the first lacks: 'der Gipfel' may be either
    ("Wolodymyr Selenskyj reist nach Saudi-Arabien. Dort will er mit Kronprinz Mohammed bin Salman zusammentreffen. "
     "Die Schweiz richtet das Treffen im Juni auf dem Bürgenstock aus. Der Gipfel soll der Ukraine mehr "
     "Unterstützung bringen.",
     [{"Wolodymyr Selenskyj", "Saudi-Arabien"}, {"Wolodymyr Selenskyj", "Mohammed bin Salman"}]),
    # unchanged: nothing told between, the meeting is the one just reported
    ("Olaf Scholz traf am Montag Emmanuel Macron. Die beiden sprachen über die Ukraine. Das Treffen dauerte zwei "
     "Stunden.", [{"Olaf Scholz", "Emmanuel Macron"}, {"Olaf Scholz", "Emmanuel Macron"}]),
])
def test_a_reference_after_another_event_of_its_kind_takes_no_sides(text, found):
    assert sides_of(text, "2022-06-01") == [frozenset(f) for f in found]


@pytest.mark.parametrize("text, found", [
    # a reference back told by a party the call lacks ('laut Paris'): the party's own call, not the one just reported
    ("Olaf Scholz telefonierte am Montag mit Joe Biden. Auch Frankreich äußerte sich. In dem Telefonat sicherten die "
     "Präsidenten laut Paris der Ukraine Hilfe zu.", [{"Olaf Scholz", "Joe Biden"}]),
    ("Olaf Scholz telefonierte am Montag mit Joe Biden. Bei dem Telefonat ging es nach Angaben des Kremls um "
     "Sicherheitsgarantien.", [{"Olaf Scholz", "Joe Biden"}]),
    # unchanged: a party of the call tells of it ('laut Washington', 'dem Weißen Haus zufolge')
    ("Olaf Scholz telefonierte am Montag mit Joe Biden. In dem Telefonat ging es laut Washington um die Ukraine.",
     [{"Olaf Scholz", "Joe Biden"}, {"Olaf Scholz", "Joe Biden"}]),
    ("Olaf Scholz telefonierte am Montag mit Joe Biden. Bei dem Telefonat ging es dem Weißen Haus zufolge um Gas.",
     [{"Olaf Scholz", "Joe Biden"}, {"Olaf Scholz", "Joe Biden"}]),
])
def test_a_reference_told_by_a_party_the_event_lacks_is_not_that_event(text, found):
    assert sides_of(text, "2022-06-01") == [frozenset(f) for f in found]


def test_a_meeting_elsewhere_does_not_take_the_sides_of_a_visit():
    # the conference in Riga is no visit to Brussels: its host is unknown, so it is no contact
    found = sides_of("Dmytro Kuleba war im Frühjahr zu Besuchen in Brüssel. Heute wird Kuleba als Gast an der "
                     "Konferenz in Riga teilnehmen.", "2021-11-30")
    assert found == [frozenset({"Dmytro Kuleba", "Europäische Union"})]


def test_a_summit_after_vor_is_no_part_of_the_visit():
    # the title names the visit and the summit it comes before; the lead's summit is not the visit
    found = contacts(extract_text("Selenskyj besucht vor Friedensgipfel Saudi-Arabien\nKiew wirbt vor dem "
                                  "Friedensgipfel im Juni um Unterstützung.", "2024-06-01"))
    assert [f[2] for f in found] == [frozenset({"Wolodymyr Selenskyj", "Saudi-Arabien"})]


@pytest.mark.parametrize("text, found", [
    # the leg a visit noun after 'nach' or 'vor' names is another visit, reported by that noun, not the verb's trip
    ("Nach seinem Besuch in Nordkorea reist Putin nun auch nach Vietnam.",
     [("reist", {"Wladimir Putin", "Vietnam"}), ("Besuch", {"Wladimir Putin", "Nordkorea"})]),
    ("Vor ihrem Besuch in Polen war Baerbock nach Litauen gereist.",
     [("gereist", {"Annalena Baerbock", "Litauen"}), ("Besuch", {"Annalena Baerbock", "Polen"})]),
    # unchanged: a journey to two states told by one verb is one visit to each
    ("Scholz reiste am Montag nach Litauen und Polen.",
     [("reiste", {"Olaf Scholz", "Litauen"}), ("reiste", {"Olaf Scholz", "Polen"})]),
])
def test_the_leg_before_or_after_is_its_nouns_visit(text, found):
    extraction = extract_text("Titel\n" + text, "2024-06-20")
    assert sorted((m.trigger_text, frozenset(sides(extraction, m.participant_ids))) for m in extraction.event_mentions
                  if m.event_type == "VISIT") == sorted((t, frozenset(f)) for t, f in found)


@pytest.mark.parametrize("text, found", [
    # a meeting of a group the knowledge base does not know names its own participants: it continues no visit
    ("Joe Biden wird morgen Südkorea besuchen, bevor er nach Japan weiterreist. Dort ist ein Treffen der so "
     "genannten Quad-Gruppe vorgesehen.", [{"Joe Biden", "Südkorea"}]),
    # unchanged: a meeting that names nobody continues the visit just planned
    ("Joe Biden wird morgen Südkorea besuchen. Dort ist auch ein Treffen vorgesehen.",
     [{"Joe Biden", "Südkorea"}, {"Joe Biden", "Südkorea"}]),
])
def test_a_meeting_of_an_unknown_group_continues_no_visit(text, found):
    assert sides_of(text, "2022-05-21") == [frozenset(f) for f in found]


@pytest.mark.parametrize("text, found", [
    # talks in a format are of the format's members, not the call just reported
    ("Joe Biden telefonierte am Donnerstag mit Wolodymyr Selenskyj. Biden betonte auch seine Unterstützung für die "
     "Gespräche im Normandie-Format.", [{"Joe Biden", "Wolodymyr Selenskyj"}]),
    # unchanged: 'die Gespräche' alone is the call
    ("Joe Biden telefonierte am Donnerstag mit Wolodymyr Selenskyj. Biden betonte, die Gespräche seien gut gewesen.",
     [{"Joe Biden", "Wolodymyr Selenskyj"}, {"Joe Biden", "Wolodymyr Selenskyj"}]),
])
def test_talks_in_a_format_are_no_reference_to_the_call_before(text, found):
    assert sides_of(text, "2022-01-28") == [frozenset(f) for f in found]


@pytest.mark.parametrize("text, found", [
    # a list of states in the genitive after an office's dative plural: the ministers' states, and the one who talks
    # with them acts; a participle alone ends no relative clause, so ', der Türkei' opens none
    ("Lawrow hatte am Montag mit den Außenministern Indiens, der Türkei und Chinas über die Lage in Syrien "
     "gesprochen und dabei vor dem Einsatz von Drohnen durch Israel gewarnt.",
     [{"Sergej Lawrow", c} for c in ("Indien", "Türkei", "China")]),
    ("Lawrow sprach am Dienstag mit den Verteidigungsministern Indiens und Chinas über den Krieg in Syrien.",
     [{"Sergej Lawrow", "Indien", "China"}]),
    # unchanged: a passive's agent after 'durch' and a singular office
    ("Lawrow sprach am Dienstag mit dem indischen Außenminister über den Krieg in Syrien.",
     [{"Sergej Lawrow", "Subrahmanyam Jaishankar"}]),
])
def test_the_states_of_ministers_in_the_plural_and_the_agent_of_a_thing(text, found):
    assert sorted(sides_of(text, "2022-10-25"), key=sorted) == sorted((frozenset(f) for f in found), key=sorted)


@pytest.mark.parametrize("text, found", [
    # accession talks are the body's with the candidate: a member that blocks them or a leader who asks for them is
    # no side, and an unnamed candidate leaves them unknown
    ("Kroatien hat den Beginn der Beitrittsgespräche seit einem Jahr mit einem Veto blockiert.", []),
    ("Damit die Verhandlungen über den Beitritt des Landes zur EU beginnen können, musste die Regierung in Tirana "
     "Zugeständnisse an das EU-Mitglied Griechenland machen.", []),
    ("Macron warb am Montag in Belgrad für EU-Beitrittsverhandlungen für Serbien und Montenegro.",
     [{"Europäische Union", "Serbien"}, {"Europäische Union", "Montenegro"}]),
    # unchanged: the body and the candidate, either as subject
    ("Die EU hat am Dienstag Beitrittsgespräche mit Moldau eröffnet.", [{"Europäische Union", "Moldau"}]),
    ("Georgien will bald Beitrittsgespräche mit der EU beginnen.", [{"Europäische Union", "Georgien"}]),
])
def test_accession_talks_are_of_the_body_and_the_candidate(text, found):
    assert sorted(sides_of(text, "2024-06-07"), key=sorted) == sorted((frozenset(f) for f in found), key=sorted)


@pytest.mark.parametrize("text, found", [
    # accession talks that name no candidate are the latest with one, not the summit that decided on them
    ("Die EU will Beitrittsgespräche mit Georgien beginnen. Der Beginn war bei einem EU-Gipfel im Mai beschlossen "
     "worden. Nun müssen die EU-Staaten Leitlinien für die Beitrittsgespräche festlegen.",
     [{"Europäische Union", "Georgien"}, {"Europäische Union"}, {"Europäische Union", "Georgien"}]),
    # nor a visit; with no accession talks before, they stay unknown
    ("Macron besuchte am Samstag Tirana. Er versprach, sich in der EU für den Beginn der Beitrittsgespräche "
     "einzusetzen.", [{"Emmanuel Macron", "Albanien"}]),
])
def test_accession_talks_without_candidate_refer_to_accession_talks(text, found):
    assert sides_of(text, "2024-06-07") == [frozenset(f) for f in found]


@pytest.mark.parametrize("text, found", [
    # the European Political Community is a body of its own, not the Union; where its members come from is no side
    ('Staats- und Regierungschefs aus EU- und Partnerstaaten kommen am Freitag zum Gipfel der "Europäischen '
     'Politischen Gemeinschaft" zusammen.', [{"Europäische Politische Gemeinschaft"}]),
    ("Regierungschefs aus Nato-Staaten kommen am Freitag zum Gipfel der EPG in Granada.",
     [{"Europäische Politische Gemeinschaft"}]),
    # unchanged: two bodies that hold a meeting together
    ("Die EU und die Nato halten am Montag ein gemeinsames Treffen ab.", [{"Europäische Union", "NATO"}]),
])
def test_a_summit_of_the_european_political_community(text, found):
    assert sides_of(text, "2023-10-02") == [frozenset(f) for f in found]


@pytest.mark.parametrize("text, found", [
    # negotiations the noun names by their subject are a process of their own, not the meeting just reported: the one
    # who thanks a side of them is none
    ("Scholz und Draghi trafen sich am Montag in Rom. Draghi dankte Scholz, der bei den Verhandlungen über den "
     "Corona-Fonds eine wichtige Rolle gespielt habe.", [{"Olaf Scholz", "Mario Draghi"}]),
    # unchanged: talks named by nothing else are that meeting's
    ("Scholz und Draghi trafen sich am Montag in Rom. Die Verhandlungen dauerten drei Stunden.",
     [{"Olaf Scholz", "Mario Draghi"}, {"Olaf Scholz", "Mario Draghi"}]),
])
def test_negotiations_named_by_their_subject_are_no_reference_to_a_meeting(text, found):
    assert sides_of(text, "2022-01-18") == [frozenset(f) for f in found]


@pytest.mark.parametrize("text, found", [
    # the passive's agent after a day or a city: 'von' there is the preposition, no particle of a name
    ("Kanzler Scholz wurde am Dienstag von Präsident Macron empfangen.", [{"Olaf Scholz", "Emmanuel Macron"}]),
    ("Scholz wurde am Dienstag von Macron empfangen.", [{"Olaf Scholz", "Emmanuel Macron"}]),
    ("Scholz wurde am Dienstag in Paris von Macron empfangen.", [{"Olaf Scholz", "Emmanuel Macron"}]),
])
def test_the_host_after_von_in_the_passive(text, found):
    assert sides_of(text, "2022-04-29") == [frozenset(f) for f in found]


def test_accession_talks_refer_to_no_talks_of_two_candidates():
    # the latest named two candidates: which one the talks without a candidate are is unknown
    text = ("Macron warb am Montag für EU-Beitrittsverhandlungen für Serbien und Montenegro. Die Beitrittsgespräche "
            "haben noch nicht einmal begonnen.")
    assert sorted(sides_of(text, "2024-06-07"), key=sorted) == sorted(
        [frozenset({"Europäische Union", "Serbien"}), frozenset({"Europäische Union", "Montenegro"})], key=sorted)


@pytest.mark.parametrize("text, found", [
    # a plural office as the subject of a journey or meeting: the holders act as one party
    ("Die Ministerpräsidenten Estlands, Lettlands und Litauens sind am Montag nach Warschau gereist.",
     [{"Estland", "Lettland", "Litauen", "Polen"}]),
    ("Am Montag sind die Regierungschefs von Estland und Lettland mit dem Nachtzug nach Kiew gereist.",
     [{"Estland", "Lettland", "Ukraine"}]),
    ("Die Außenminister Spaniens und Portugals trafen am Montag in Moskau Sergej Lawrow.",
     [{"Spanien", "Portugal", "Sergej Lawrow"}]),
    ("Ohne Ergebnis haben die Außenminister der USA und Russlands ihr Treffen in Genf beendet.",
     [{"Vereinigte Staaten", "Russland"}]),
    # unchanged: received as objects, each state's head is a meeting of its own
    ("Am Montag empfing Scholz die Regierungschefs Estlands und Lettlands.",
     [{"Olaf Scholz", "Estland"}, {"Olaf Scholz", "Lettland"}]),
])
def test_a_plural_office_as_subject_acts_as_one_party(text, found):
    assert sorted(sides_of(text, "2022-05-16"), key=sorted) == sorted((frozenset(f) for f in found), key=sorted)


@pytest.mark.parametrize("text, found", [
    # the verb after 'und' shares the subject of the clause before: the guest is received by the host
    ("Kanzler Scholz ist am Montag nach Rom gereist und wurde dort von Ministerpräsident Draghi empfangen.",
     [{"Olaf Scholz", "Mario Draghi"}, {"Olaf Scholz", "Mario Draghi"}]),
    # whom the traveller meets where he goes is a side of the visit
    ("Kanzler Scholz reiste am Montag nach Rom, wo ihn Ministerpräsident Draghi empfing.",
     [{"Olaf Scholz", "Mario Draghi"}]),
    # unchanged: whom a speech is about is no host
    ("Kanzler Scholz reiste am Montag nach Rom, wo er eine Rede über Draghi hielt.", [{"Olaf Scholz", "Italien"}]),
    # unchanged: the clause before names its subject after the verb only
    ("Am Montag lobte Scholz die Ukraine und telefonierte danach mit Macron.",
     [{"Olaf Scholz", "Emmanuel Macron"}]),
])
def test_a_verb_after_und_shares_the_subject_before(text, found):
    assert sorted(sides_of(text, "2022-05-16"), key=sorted) == sorted((frozenset(f) for f in found), key=sorted)


@pytest.mark.parametrize("text, found", [
    # who reacts to a visit, or acts after one named in full, is no side of it
    ("Moskau reagierte am Dienstag verärgert auf den Besuch von Antony Blinken in Kiew.",
     [{"Antony Blinken", "Ukraine"}]),
    ("Nach dem Besuch von Antony Blinken in Kiew kündigte Moskau neue Angriffe an.",
     [{"Antony Blinken", "Ukraine"}]),
    ("Russland verlegte als Reaktion auf Pelosis Besuch Truppen an die Grenze.", []),
    # unchanged: at the visit, whom the visitor meets takes part
    ("Bei Pelosis Besuch in Kiew traf sie Präsident Selenskyj.", [{"Nancy Pelosi", "Wolodymyr Selenskyj"}]),
    ("Kurz darauf nahm Scholz eine Einladung Macrons nach Paris an.", [{"Olaf Scholz", "Emmanuel Macron"}]),
    ("Nach dem Treffen mit Antony Blinken sagte Lawrow, man sei weit auseinander.",
     [{"Sergej Lawrow", "Antony Blinken"}]),
])
def test_who_reacts_to_a_visit_is_no_side(text, found):
    assert sides_of(text, "2022-05-16") == [frozenset(f) for f in found]


@pytest.mark.parametrize("text, found", [
    # a preposition opening the sentence is no noun whose genitive the contact noun would be
    ("Während des Treffens mit Premier Conte in Rom sagte Maas, man sei sich einig.",
     [{"Heiko Maas", "Giuseppe Conte"}]),
    ("Nach der Verhandlungsrunde mit David Frost sagte Michel Barnier, man sei weit auseinander.",
     [{"Michel Barnier", "David Frost"}]),
    # unchanged: the genitive of another noun
    ("Das Scheitern der Gespräche mit Conte bedauerte Maas.", []),
])
def test_a_contact_noun_after_an_opening_preposition_is_attended(text, found):
    assert sides_of(text, "2020-06-13") == [frozenset(f) for f in found]


@pytest.mark.parametrize("text, found", [
    # who leads a delegation acts with it
    ("Eine Delegation des Bundestags unter Leitung von Außenministerin Baerbock ist in Kiew eingetroffen.",
     [{"Annalena Baerbock", "Ukraine"}]),
    ("Eine US-Delegation unter der Führung von Nancy Pelosi reiste am Montag nach Taiwan.",
     [{"Nancy Pelosi", "Taiwan"}]),
    # unchanged: 'über die Führung von' is a topic
    ("Scholz sprach mit Macron über die Führung von Außenministerin Baerbock.", [{"Olaf Scholz", "Emmanuel Macron"}]),
])
def test_who_leads_a_delegation_is_its_side(text, found):
    assert sides_of(text, "2022-08-15") == [frozenset(f) for f in found]


def test_talk_with_the_host_named_on_the_visit_is_a_meeting_on_it():
    # the host is a side of the visit and stays the one met: the talk there is a meeting in person
    found = contacts(extract_text("Titel\nSchröder war am Mittwoch nach Moskau gereist, um mit dem russischen "
                                  "Präsidenten Wladimir Putin zu sprechen.", "2022-04-23"))
    assert sorted((kind, frozenset(sides)) for kind, _, sides in found) == [
        ("MEETING", frozenset({"Gerhard Schröder", "Wladimir Putin"})),
        ("VISIT", frozenset({"Gerhard Schröder", "Wladimir Putin"}))]


@pytest.mark.parametrize("text, found", [
    # 'von' and 'mit' after the noun name both sides: the clause's subject is neither
    ("Während eines Treffens von Trump mit Kim Jong Un habe Pompeo seinem Kollegen einen Zettel zugeschoben.",
     [{"Donald Trump", "Kim Jong Un"}]),
    # unchanged: at a meeting with someone, the subject is the other side
    ("Während eines Treffens mit Kim Jong Un habe Pompeo einen Zettel zugeschoben.",
     [{"Mike Pompeo", "Kim Jong Un"}]),
])
def test_von_and_mit_after_the_noun_name_both_sides(text, found):
    assert sides_of(text, "2020-06-20") == [frozenset(f) for f in found]


def test_the_latest_talks_of_a_person_are_not_the_last_contact_of_others():
    # Barnier's latest round is not the call of Gove and Šefčovič told just before
    text = ("Michael Gove telefonierte am Montag mit Maroš Šefčovič. Nach der jüngsten Verhandlungsrunde beschuldigte "
            "Michel Barnier die britische Seite, sie falle hinter Zugeständnisse zurück.")
    assert sides_of(text, "2020-06-13") == [frozenset({"Michael Gove", "Maroš Šefčovič"})]


@pytest.mark.parametrize("text, found", [
    # a possessive opening the sentence belongs to the unnamed group after the verb, not to someone named before
    ("Heiko Maas lehnt das ab. Nach seinem Besuch in der Ukraine hat der CDU-Abgeordnete mehr Waffen gefordert.", []),
    ("Angela Merkel lehnt das ab. Nach ihrem Besuch in Kiew haben drei Bundestagsabgeordnete mehr Hilfe gefordert.", []),
    ("Die Ukraine hat Kanzler Olaf Scholz und Präsident Frank-Walter Steinmeier eingeladen. Nach ihrem Besuch in der "
     "Ukraine haben drei deutsche Parlamentarier mehr Waffen gefordert.", []),
    # unchanged: a plural possessive of the pair just named, with no group after the verb
    ("Olaf Scholz und Emmanuel Macron trafen sich in Paris. Nach ihrem Treffen haben beide mehr Hilfe zugesagt.",
     [{"Olaf Scholz", "Emmanuel Macron"}, {"Olaf Scholz", "Emmanuel Macron"}]),
    # unchanged: an office of one holder after the verb is read as that holder
    ("Heiko Maas reiste nach Kiew. Nach seinem Besuch in der Ukraine hat der Außenminister mehr Hilfe zugesagt.",
     [{"Heiko Maas", "Ukraine"}, {"Heiko Maas", "Ukraine"}]),
])
def test_a_possessive_of_an_unnamed_group_names_nobody_before(text, found):
    assert sides_of(text) == [frozenset(f) for f in found]


@pytest.mark.parametrize("text, triggers", [
    # a noun of ties never refers back to a reported event: pandemic contacts, standing relations
    ("Die Staats- und Regierungschefs der EU trafen sich am Donnerstag in Brüssel zum Gipfel. Im Sinne der Kontakte "
     "sei das eine notwendige Botschaft, sagte die Kanzlerin am Freitag.", ["trafen"]),
    ("Die Außenminister der Nato trafen sich am Montag in Brüssel. Die Zahl der Kontakte im Land sei zu hoch, sagte "
     "der Minister.", ["trafen"]),
    # unchanged: a talk noun still refers back
    ("Angela Merkel traf am Montag Emmanuel Macron. Das Gespräch sei gut gewesen, hieß es.", ["traf", "Gespräch"]),
])
def test_a_noun_of_ties_refers_to_no_earlier_event(text, triggers):
    found = extract_text("Titel\n" + text, "2020-12-11").event_mentions
    assert [m.trigger_text for m in found if m.event_type in ("MEETING", "CALL", "VISIT", "NEGOTIATION", "CONTACT")] \
        == triggers


@pytest.mark.parametrize("text, triggers", [
    # talks with one organisation alone: the other side is unknown
    ("Erschwert werden die Gespräche der EU durch das Vorgehen Pekings in Hongkong.", []),
    # unchanged: talks that refer back to a meeting of the body are its summit's
    ("Die Staats- und Regierungschefs der EU trafen sich am Freitag in Brüssel. Die Verhandlungen dauerten bis in "
     "die Nacht.", ["trafen", "Verhandlungen"]),
    # unchanged: talks of a body's ministers are its meeting
    ("Die Gespräche der EU-Außenminister begannen am Montag.", ["Gespräche"]),
])
def test_talks_of_one_organisation_alone_are_no_contact(text, triggers):
    found = extract_text("Titel\n" + text, "2020-10-20").event_mentions
    assert [m.trigger_text for m in found if m.event_type in ("MEETING", "CALL", "VISIT", "NEGOTIATION", "CONTACT")] \
        == triggers
