from tests.nlp.helpers import extract_text


def mentioned(text, published="2024-03-14"):
    extraction = extract_text("Titel\n" + text, published)
    return {(m.surface_text, extraction.entities[m.entity_id].canonical_name) for m in extraction.entity_mentions}


def test_short_and_genitive_forms_resolve_to_the_full_name():
    found = mentioned("Bundeskanzler Olaf Scholz reiste nach Paris. Scholz sprach dort. Scholz' Berater schwiegen. "
                      "Macrons Sprecher bestätigte das.")
    assert ("Scholz", "Olaf Scholz") in found
    assert ("Macrons", "Emmanuel Macron") in found


def test_person_introduced_by_role_outside_the_knowledge_base():
    extraction = extract_text("Titel\nDer stellvertretende Außenminister Pjotr Sablin traf Kollegen. "
                              "Später sagte Sablin, alles sei gut.")
    people = {e.canonical_name: e for e in extraction.entities.values() if e.entity_type == "PERSON"}
    assert "Pjotr Sablin" in people
    assert people["Pjotr Sablin"].role == "foreign_minister"
    sablin = [m for m in extraction.entity_mentions if extraction.entities[m.entity_id].canonical_name == "Pjotr Sablin"]
    assert len(sablin) == 2


def test_transliteration_variants_meet_in_one_entity():
    found = mentioned("Sergey Lavrov empfing Antony Blinken. Danach äußerte sich Lawrow.")
    assert {name for surface, name in found if surface in ("Sergey Lavrov", "Lawrow")} == {"Sergej Lawrow"}


def test_role_reference_resolved_with_the_publication_date():
    in_2024 = mentioned("Der amerikanische Präsident sprach mit Journalisten.", "2024-03-14")
    in_2019 = mentioned("Der amerikanische Präsident sprach mit Journalisten.", "2019-03-14")
    assert ("Der amerikanische Präsident", "Joe Biden") in in_2024
    assert ("Der amerikanische Präsident", "Donald Trump") in in_2019


def test_role_reference_without_country_stays_unresolved():
    assert not {name for _, name in mentioned("Der Präsident sprach mit Journalisten.")} & {"Joe Biden"}


def test_actors_inside_compounds():
    found = mentioned("Der Biden-Xi-Gipfel endete ohne Einigung.")
    assert {"Joe Biden", "Xi Jinping"} <= {name for _, name in found}


def test_capitals_are_places_and_stand_for_governments():
    extraction = extract_text("Titel\nDie Gespräche zwischen Berlin und Warschau gehen weiter.")
    [talks] = [m for m in extraction.event_mentions if m.event_type in ("CONTACT", "NEGOTIATION")]
    assert {extraction.entities[p].canonical_name for p in talks.participant_ids} == {"Deutschland", "Polen"}


def test_unknown_organisations_and_places_are_recognised():
    extraction = extract_text("Titel\nDie SPD traf sich in Goslar mit Vertretern der Deutschen Bank.")
    found = {(e.canonical_name, e.entity_type) for e in extraction.entities.values()}
    assert {("SPD", "ORG"), ("Goslar", "LOC"), ("Deutschen Bank", "ORG")} <= found
