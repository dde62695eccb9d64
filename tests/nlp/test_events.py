import pytest

from tests.nlp.helpers import contacts, extract_text, sides


@pytest.mark.parametrize("sentence, event_type, status", [
    ("Macron und Scholz trafen sich am Montag in Paris.", "MEETING", "happened"),
    ("Macron telefonierte am Dienstag mit Xi Jinping.", "CALL", "happened"),
    ("Scholz will Xi Jinping im Mai in Peking besuchen.", "VISIT", "proposed"),
    ("Ein Treffen zwischen Macron und Erdoğan ist für den kommenden Freitag geplant.", "MEETING", "planned"),
    ("Ob sich Xi Jinping und Joe Biden treffen könnten, ist offen.", "MEETING", "speculative"),
    ("Das geplante Treffen von Scholz und Macron wurde abgesagt.", "MEETING", "cancelled"),
])
def test_contact_type_and_status(sentence, event_type, status):
    found = contacts(extract_text("Titel\n" + sentence))
    assert [(t, s) for t, s, _ in found] == [(event_type, status)]


def test_a_talk_with_ones_own_advisers_is_no_contact():
    assert contacts(extract_text("Titel\nScholz beriet sich mit seinen Beratern über Russland.")) == []


def test_no_event_when_negated():
    assert contacts(extract_text("Titel\nScholz hat Xi Jinping seit 2022 kein einziges Mal getroffen.")) == []


def test_anaphora_carry_sides_and_date_to_later_sentences():
    extraction = extract_text("Titel\nMacron und Scholz treffen sich am kommenden Freitag in Berlin. "
                              "Das Treffen soll die Krise entschärfen. Beobachter loben den Gipfel.")
    meetings = [m for m in extraction.event_mentions if m.event_type == "MEETING"]
    assert len(meetings) == 3
    assert {frozenset(sides(extraction, m.participant_ids)) for m in meetings} == {
        frozenset({"Emmanuel Macron", "Olaf Scholz"})}
    assert {m.event_date for m in meetings} == {"2024-03-15"}
    assert len({m.local_event_key for m in meetings}) == 1


def test_meeting_with_two_counterparts_is_two_bilateral_contacts():
    found = contacts(extract_text("Titel\nBiden plant Treffen mit Xi Jinping sowie mit Narendra Modi."))
    assert {p for _, _, p in found} == {frozenset({"Joe Biden", "Xi Jinping"}), frozenset({"Joe Biden", "Narendra Modi"})}


def test_visit_names_the_country_visited():
    extraction = extract_text("Titel\nBaerbock reiste am Montag nach Kiew.")
    [visit] = [m for m in extraction.event_mentions if m.event_type == "VISIT"]
    assert sides(extraction, visit.participant_ids) == {"Annalena Baerbock", "Ukraine"}
    assert extraction.entities[visit.location_id].canonical_name == "Kiew"
    assert visit.event_date == "2024-03-11"


def test_negotiators_of_two_countries_are_the_sides():
    found = contacts(extract_text("Titel\nIn Genf verhandelten russische und ukrainische Unterhändler."))
    assert found == [("NEGOTIATION", "happened", frozenset({"Russland", "Ukraine"}))]


def test_spokesperson_is_not_a_side():
    extraction = extract_text("Titel\nKremlsprecher Dmitri Peskow sagte, Putin und Xi Jinping würden "
                              "sich im Mai in Peking treffen.")
    [meeting] = [m for m in extraction.event_mentions if m.event_type == "MEETING"]
    assert sides(extraction, meeting.participant_ids) == {"Wladimir Putin", "Xi Jinping"}
    assert meeting.status == "planned"
    assert meeting.event_date == "2024-05"


def test_evidence_offsets_point_into_the_text():
    text = "Titel\nMacron und Scholz trafen sich in Paris. Danach reiste Scholz nach Rom."
    extraction = extract_text(text)
    for mention in extraction.event_mentions:
        assert text[mention.start_char:mention.end_char] == mention.sentence_text
        assert text[mention.trigger_start:mention.trigger_end] == mention.trigger_text
    for mention in extraction.entity_mentions:
        assert text[mention.start_char:mention.end_char] == mention.surface_text


def test_dort_takes_place_and_day_of_the_visit_just_reported():
    extraction = extract_text("Titel\nAußenminister Heiko Maas ist am Freitag nach Moskau gereist. "
                              "Dort traf er seinen Amtskollegen Sergej Lawrow.", published="2019-01-19")
    [meeting] = [m for m in extraction.event_mentions if m.event_type == "MEETING"]
    assert sides(extraction, meeting.participant_ids) == {"Heiko Maas", "Sergej Lawrow"}
    assert extraction.entities[meeting.location_id].canonical_name == "Moskau"
    assert meeting.event_date == "2019-01-18"


def test_not_planned_is_denied():
    found = contacts(extract_text("Titel\nEin Besuch von Xi Jinping in Berlin ist derzeit nicht geplant."))
    assert [(t, s) for t, s, _ in found] == [("VISIT", "denied")]


def test_an_undated_report_continuing_a_dated_visit_happened_that_day():
    extraction = extract_text("Titel\nUrsula von der Leyen ist am Dienstag nach Kiew gereist. "
                              "Sie wurde von Präsident Selenskyj empfangen.", published="2023-05-10")
    [meeting] = [m for m in extraction.event_mentions if m.event_type == "MEETING"]
    assert meeting.event_date == "2023-05-09"
    assert extraction.entities[meeting.location_id].canonical_name == "Kiew"


def test_seat_of_government_after_in_is_a_place_and_a_genitive_country_only_says_whose_office():
    extraction = extract_text("Titel\nRusslands Präsident Wladimir Putin hat Xi Jinping im Kreml empfangen.")
    [meeting] = contacts(extraction)
    assert meeting == ("MEETING", "happened", frozenset({"Wladimir Putin", "Xi Jinping"}))


def test_speaking_with_someone_is_a_contact_speaking_of_something_is_not():
    assert contacts(extract_text("Titel\nBaerbock hat gestern mit Wang Yi gesprochen.")) == [
        ("CONTACT", "happened", frozenset({"Annalena Baerbock", "Wang Yi"}))]
    assert contacts(extract_text("Titel\nBaerbock sprach von Fortschritten, Wang Yi schwieg.")) == []


def test_delegations_from_capitals_are_the_sides_and_participles_are_read_right():
    found = contacts(extract_text("Titel\nDelegationen aus Washington und Teheran haben in Maskat Gespräche geführt."))
    assert found == [("NEGOTIATION", "happened", frozenset({"Vereinigte Staaten", "Iran"}))]
    met = contacts(extract_text("Titel\nPaschinjan und Ilham Alijew hatten sich zuvor in Brüssel getroffen."))
    assert met == [("MEETING", "happened", frozenset({"Nikol Paschinjan", "Ilham Alijew"}))]


def test_the_same_people_elsewhere_and_at_another_time_are_another_event():
    extraction = extract_text("Titel\nJoe Biden und Xi Jinping sind am Samstag in Rio de Janeiro zusammengekommen. "
                              "Bereits Mitte November 2023 hatten sich die beiden in Kalifornien getroffen.",
                              published="2024-11-18")
    meetings = [m for m in extraction.event_mentions if m.event_type == "MEETING"]
    assert [(m.event_date, extraction.entities[m.location_id].canonical_name) for m in meetings] == [
        ("2024-11-16", "Rio de Janeiro"), ("2023-11", "Kalifornien")]
    assert len({m.local_event_key for m in meetings}) == 2


def test_present_tense_with_a_weekday_is_the_coming_day_and_a_plan():
    extraction = extract_text("Titel\nFriedrich Merz empfängt Donald Tusk am Freitag im Kanzleramt.",
                              published="2025-06-03")
    [meeting] = [m for m in extraction.event_mentions if m.event_type == "MEETING"]
    assert (meeting.event_date, meeting.status) == ("2025-06-06", "planned")


def test_separable_absagen_cancels_and_a_named_persons_country_adjective_is_no_side():
    found = contacts(extract_text("Titel\nDer ungarische Regierungschef Viktor Orbán sagte ein Treffen mit "
                                  "Selenskyj kurzfristig ab."))
    assert found == [("MEETING", "cancelled", frozenset({"Viktor Orbán", "Wolodymyr Selenskyj"}))]


@pytest.mark.parametrize("sentence", [
    "Mit diesem Konzept hätte man sogar einen G20-Gipfel austragen können, sagt der Veranstalter.",
    "Bolivien und Argentinien sprachen von einem Staatsstreich.",
    "Bürger aus Staaten wie China oder Indien werden sich ihre Flugreisen kaum nehmen lassen.",
    "Das sagte Ursula von der Leyen in einem Gespräch mit der Süddeutschen Zeitung.",
    "Wie Macron gleich mehrere Male von einem Krieg gegen das Virus zu sprechen, ist ihr fremd.",
    "Ministerpräsident Markus Söder traf sich am Montag mit Bundeskanzlerin Angela Merkel.",
    "Die SPD und die CDU verhandeln seit Stunden im Kanzleramt.",
])
def test_what_is_no_diplomatic_contact(sentence):
    assert contacts(extract_text("Titel\n" + sentence, "2020-10-12")) == []


def test_a_summit_of_an_organisation_is_named_in_its_own_phrase():
    [summit] = contacts(extract_text("Titel\nDer EU-Gipfel beginnt am Freitag in Brüssel."))
    assert summit[2] == frozenset({"Europäische Union"})
    assert contacts(extract_text("Titel\nDer WHO-Chef sprach im Februar auf der Münchner Sicherheitskonferenz.")) == []


def test_a_corresponding_invitation_refers_to_the_event_just_brought_up():
    """'Eine entsprechende Einladung' answers to the further meeting the sentence before raised,
    not to the meeting the article keeps returning to."""
    extraction = extract_text("Titel\nMacron und Scholz planen ein Treffen am kommenden Freitag in Berlin. "
                              "Über das Treffen in Berlin wird seit Tagen berichtet. "
                              "Ein Berater deutete an, dass auf das Treffen in Berlin ein weiteres Treffen in Paris "
                              "folgen könnte. Eine entsprechende Einladung sei bereits an Scholz überreicht worden.")
    by_trigger = {m.trigger_text: m.local_event_key for m in extraction.event_mentions if m.event_type == "VISIT"}
    further = [m for m in extraction.event_mentions if m.event_type == "MEETING" and m.status == "speculative"]
    assert len(further) == 1
    assert by_trigger["Einladung"] == further[0].local_event_key


def test_a_news_ticker_item_is_a_sentence_of_its_own():
    from orchestration.nlp.pipeline import build_pipeline, sentence_bounds

    doc = build_pipeline()("Die Rechnung 2 + 2 ist einfach. Syrien erlebt die Krise +++ Merz trifft Söder.")
    assert [doc[a:b].text for a, b in sentence_bounds(doc)] == [
        "Die Rechnung 2 + 2 ist einfach.", "Syrien erlebt die Krise +++", "Merz trifft Söder."]
    found = contacts(extract_text("Titel\nSyrien erlebt die schlimmste Flüchtlingskrise +++ Bayern siegt in der "
                                  "Champions League +++ Merz trifft Söder und Laschet +++ Die Lage am Mittwoch."))
    assert found == []


@pytest.mark.parametrize("text, found", [
    # a meeting its own word or genitive gives to a party is the party's gathering
    ("Sebastian Kurz traf sich im Oktober mit Jens Spahn in Wien. Ein paar Tage zuvor hatte Spahn auf dem "
     "Jahrestreffen der Jungen Union die Kanzlerin kritisiert.",
     [("MEETING", "happened", frozenset({"Sebastian Kurz", "Jens Spahn"}))]),
    # the meeting just reported, named again
    ("Sebastian Kurz traf sich im Oktober mit Jens Spahn in Wien. Das Treffen der beiden dauerte zwei Stunden.",
     [("MEETING", "happened", frozenset({"Sebastian Kurz", "Jens Spahn"}))] * 2),
])
def test_a_partys_gathering_is_no_contact(text, found):
    assert contacts(extract_text("Titel\n" + text, "2020-02-22")) == found


@pytest.mark.parametrize("text, found", [
    # talk told with no mode is the call or meeting a later reference back names it
    ("Rutte sprach am Dienstag mit Macron. Das Telefonat dauerte eine Stunde.", ["CALL", "CALL"]),
    ("Rutte sprach am Dienstag mit Macron. Bei dem Gespräch ging es um Gas. Das Telefonat dauerte eine Stunde.",
     ["CALL", "CALL", "CALL"]),
    ("Rutte sprach am Dienstag mit Macron. Das Treffen im Élysée-Palast dauerte eine Stunde.", ["MEETING", "MEETING"]),
    # a new summit is another event: the talk keeps its type
    ("Macron lobte die Pläne. Am Freitag sprach er mit Rutte über einen möglichen neuen Gipfel.", ["CONTACT"]),
    # the summit of an organisation held by video, named again as a summit, is that call
    ("Wegen der Pandemie findet der Gipfel der G20 am Samstag virtuell statt. Gastgeber ist Saudi-Arabien. "
     "Beim G20-Gipfel geht es um Impfstoffe. Auch der US-Präsident Joe Biden nahm an dem Gipfel teil.",
     ["CALL", "CALL", "CALL"]),
    # not one at another time, nor a summit in person after a call of two
    ("Die Regierungschefs der EU berieten am Donnerstag per Videokonferenz. Beim EU-Gipfel im Dezember wollen sie "
     "sich wieder in Brüssel treffen.", ["CALL", "MEETING"]),
    ("Trump hat am Montag mit Putin Kontakt aufgenommen, in einem Telefonat. Trump hebt die Notwendigkeit "
     "persönlicher Gipfeltreffen mit Putin hervor.", ["CALL", "MEETING"]),
])
def test_a_reference_back_names_the_mode_of_the_talk(text, found):
    assert [kind for kind, _, _ in contacts(extract_text("Titel\n" + text, "2021-11-19"))] == found


@pytest.mark.parametrize("text, found", [
    # talk of a visitor with a person of the state visited, told in an article of that visit, is a meeting on it
    ("Baerbock ist am Donnerstag zu ihrem Antrittsbesuch in Israel eingetroffen. Vor den Gesprächen mit Israels "
     "Außenminister Jair Lapid legte sie in Yad Vashem einen Kranz nieder.", ["VISIT", "MEETING"]),
    # not talk with a third state's person
    ("Lawrow ist am Donnerstag in Usbekistan eingetroffen. Dort sagte er, die USA hätten um Gespräche mit ihm "
     "gebeten, Blinken wolle mit Lawrow sprechen.", ["VISIT", "CONTACT"]),
])
def test_talk_on_a_visit_with_the_host_is_a_meeting(text, found):
    assert [kind for kind, _, _ in contacts(extract_text("Titel\n" + text, "2022-02-11"))] == found


@pytest.mark.parametrize("text, found", [
    # the members of a body who confer among themselves sit together, unless by video
    ("Die Beratungen der EU-Außenminister am Montag dauerten bis zum Abend.", ["MEETING"]),
    ("Die Beratungen der EU-Außenminister am Montag per Video dauerten bis zum Abend.", ["CALL"]),
])
def test_talks_of_a_body_are_its_sitting(text, found):
    assert [kind for kind, _, _ in contacts(extract_text("Titel\n" + text, "2022-02-11"))] == found


@pytest.mark.parametrize("text, found", [
    # an invitation referring back to a summit of a body is to attend it; one of two leaders to a place a visit
    ("Trump lud die Staats- und Regierungschefs zum G7-Gipfel nach Camp David ein. Macron nahm die Einladung an.",
     ["MEETING", "MEETING"]),
    ("Macron lud Scholz nach Paris ein. Scholz nahm die Einladung an.", ["VISIT", "VISIT"]),
])
def test_an_invitation_named_again_is_to_its_event(text, found):
    assert [kind for kind, _, _ in contacts(extract_text("Titel\n" + text, "2022-02-11"))] == found


@pytest.mark.parametrize("text, found", [
    # a stop at a business or an institution is no visit to a state, nor a reference back to the journey told before
    ("Biden war im Mai nach Frankreich gereist. Zufrieden zeigte er sich beim Besuch eines Burger-Restaurants.",
     ["VISIT"]),
    ("Biden war im Mai nach Frankreich gereist. Danach besuchte er eine Fabrik für Batterien.", ["VISIT"]),
    # a venue in the state visited stays a visit there; a visit named again with no venue refers back
    ("Scholz war am Montag nach Kiew gereist. Dort besuchte er ein Krankenhaus in Kiew.", ["VISIT", "VISIT"]),
    ("Biden war im Mai nach Frankreich gereist. Bei dem Besuch sagte er, Europa bleibe wichtig.", ["VISIT", "VISIT"]),
])
def test_a_visit_to_a_venue_has_no_counterpart(text, found):
    assert [kind for kind, _, _ in contacts(extract_text("Titel\n" + text, "2024-07-03"))] == found


@pytest.mark.parametrize("text, found", [
    # a bare plural subject with a word of experience or frequency tells of such events in general, past or present
    ("EU-Gipfel sind schon an kleineren Streitfragen gescheitert.", []),
    ("NATO-Gipfel endeten früher oft ohne Einigung.", []),
    # a dated one, a definite one, or one with its partners names an event
    ("NATO-Gipfel haben am Montag begonnen.", ["MEETING"]),
    ("Der EU-Gipfel ist schon am Freitag gescheitert.", ["MEETING"]),
    ("Gespräche zwischen Moskau und Kiew sind schon gescheitert.", ["CONTACT"]),
])
def test_a_bare_plural_subject_is_such_events_in_general(text, found):
    assert [kind for kind, _, _ in contacts(extract_text("Titel\n" + text, "2022-02-11"))] == found


@pytest.mark.parametrize("text, found", [
    # a journey to a private forum has no counterpart: its host country is only the venue
    ("Im Januar wird eine große Delegation aus Georgien nach Davos reisen, darunter mehrere Abgeordnete.", []),
    ("Scholz reist am Dienstag zum Weltwirtschaftsforum in die Schweiz.", []),
    # a security conference is a foundation's forum too, and a video address to it no call with its host
    ("Selenskyj sagte am Freitag in einer Videoschalte bei einer Sicherheitskonferenz in Bratislava, die Lage sei ernst.",
     []),
    ("Selenskyj sagte am Freitag in einer Videoschalte mit dem slowakischen Präsidenten, die Lage sei ernst.", ["CALL"]),
    ("Am Rande der Münchner Sicherheitskonferenz traf Scholz am Samstag die US-Vizepräsidentin Harris.", ["MEETING"]),
    # a journey to the country's capital is a visit to it; a meeting at the forum is a contact of its own
    ("Scholz reiste am Dienstag nach Bern.", ["VISIT"]),
    ("Scholz traf am Dienstag in Davos den georgischen Präsidenten.", ["MEETING"]),
])
def test_a_journey_to_a_private_forum_has_no_counterpart(text, found):
    assert [kind for kind, _, _ in contacts(extract_text("Titel\n" + text, "2022-02-11"))] == found


@pytest.mark.parametrize("text, found", [
    # a negation after subjects joined by 'und' still denies the verb
    ("Persönlich getroffen haben sich Xi und Biden seit dem Amtswechsel noch nie.", []),
    ("Getroffen haben sich Scholz und der chinesische Präsident seit Jahren nicht.", []),
    # an 'und' that opens a second clause ends what the negation after it can deny
    ("Am Montag trafen sich Scholz und Macron und sprachen nicht über Geld.", ["MEETING"]),
])
def test_a_negation_after_joined_subjects_denies_the_verb(text, found):
    assert [kind for kind, _, _ in contacts(extract_text("Titel\n" + text, "2022-02-11"))] == found


@pytest.mark.parametrize("text, found", [
    # a definite plural in the dative ('an den Gipfeln', 'zu den Treffen') with an adverb of frequency: as a rule
    ("Australien nimmt regelmäßig an den G7-Gipfeln der westlichen Demokratien teil.", []),
    ("Der Kanzler reist oft zu den Treffen der NATO nach Brüssel.", []),
    # dated, it is one
    ("Australien nimmt am Montag an den G7-Gipfeln in Elmau teil.", ["MEETING"]),
])
def test_a_definite_plural_told_as_a_rule_is_no_event(text, found):
    assert [kind for kind, _, _ in contacts(extract_text("Titel\n" + text, "2022-06-23"))] == found


@pytest.mark.parametrize("text, found", [
    # 'jede' before a contact noun names every event of the kind, none in particular
    ("Nach jedem Telefonat mit Putin unterrichtet Macron den Kanzler.", []),
    ("Bei jedem offiziellen Besuch in Moskau wurde Lukaschenko vom Präsidenten empfangen.", []),
    # one named: an event
    ("Nach dem Telefonat mit Putin unterrichtete Macron den Kanzler.", ["CALL"]),
])
def test_every_event_of_a_kind_is_none_in_particular(text, found):
    assert [kind for kind, _, _ in contacts(extract_text("Titel\n" + text, "2022-02-11"))] == found
