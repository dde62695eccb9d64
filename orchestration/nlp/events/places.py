"""Stage 5, place: where the event took place, and where a visit goes.

The place is the place named in the trigger's clause nearest to the trigger ("in Brüssel",
"im Gästehaus der Bundesregierung in Meseberg"). A visit goes to the places after "nach" or "in"
of its clause: their country is a side of the visit ("Pompeo reist nach Tschechien": the Czech
Republic receives him), unless it is the visitor's own country (a US president in a US city is no
diplomacy).
"""

from __future__ import annotations

from orchestration.nlp.actors import ActorSlot
from orchestration.nlp.events.sentence import Sentence
from orchestration.nlp.events.sides import ruled_out
from orchestration.nlp.events.words import in_list
from orchestration.nlp.knowledge import KnowledgeBase


def place_slots(sentence: Sentence, trigger: int, phrase: range | None = None) -> list[ActorSlot]:
    """The places a trigger's event can be at: for a noun, those of its own phrase ('der Gipfel in
    Brüssel'), not of its clause ('Conte startet in Berlin, Ziel ist der EU-Gipfel'); for a verb,
    those of its clause ('trafen sich in Anchorage')."""
    start, end = (phrase.start, phrase.stop) if phrase is not None else sentence.clause(trigger)
    return [s for s in sentence.slots_in(start, end) if s.is_place and s.kind != "compound"]


def stay_where_the_clause_says(sentence: Sentence, trigger: int) -> bool:
    """'als die Präsidentinnen Estlands und Litauens in Düsseldorf zu Gast waren', 'war Macron in Rom zu
    Besuch': 'zu Gast' and 'zu Besuch' are a predicate, so the clause says where the stay is, as for a verb."""
    return trigger > sentence.start and sentence.lowers[trigger - 1] == "zu" \
        and in_list("stay_noun", sentence.lowers[trigger])


def nearest_place(sentence: Sentence, trigger: int, phrase: range | None = None) -> ActorSlot | None:
    places = place_slots(sentence, trigger, phrase)
    return min(places, key=lambda s: abs(s.token_start - trigger)) if places else None


def destinations(sentence: Sentence, trigger: int, phrase: range | None = None, transitive: bool = False,
                 countries: bool = False) -> list[ActorSlot]:
    """The places a visit goes to: 'nach Moskau', 'in Tschechien, Slowenien, Österreich und Polen',
    'eine Reise durch Mosambik'; for a transitive verb also its object ('Scholz besuchte am Montag
    Peking'). With countries, also the states the event rules take for actors ('nach Polen')."""
    places = place_slots(sentence, trigger, phrase)
    if countries:
        start, end = (phrase.start, phrase.stop) if phrase is not None else sentence.clause(trigger)
        places = [s for s in sentence.slots_in(start, end) if s.entity_type == "GPE" and s.kind != "compound"]
    found = []
    for slot in places:
        if ruled_out(sentence, slot):
            continue  # "reiste nicht nach Moskau, sondern nach Kiew"
        governing = sentence.governing_preposition(slot.token_start)
        if governing is not None and governing[0] in ("nach", "in", "ins", "im", "zu", "durch") or \
                transitive and governing is None and not _genitive(sentence, slot):
            found.append(slot)
    return found


def _genitive(sentence: Sentence, slot: ActorSlot) -> bool:
    """'der Bürgermeister Kiews', 'die Regierung in Kiew': a place that qualifies a noun is no object."""
    before = sentence.lowers[slot.token_start - 1] if slot.token_start > sentence.start else ""
    return before in ("des", "der") or sentence.texts[slot.token_start].endswith("s") and \
        slot.token_start > sentence.start and sentence.texts[slot.token_start - 1][:1].isupper()


def organisation_seated_at(slot: ActorSlot, kb: KnowledgeBase) -> str | None:
    """'Brüssel' -> the European Union: a visit to the seat of an organisation is a visit to it."""
    return kb.seats.get(slot.mention_entity_id)


def country_of_place(slot: ActorSlot, kb: KnowledgeBase) -> str | None:
    """The country entity a place is in: 'Moskau' -> Russland; a country is its own."""
    actor = kb.actors.get(slot.mention_entity_id)
    if actor is None:
        return None
    if actor.kind == "country":
        return actor.entity_id
    country = kb.country(actor.country)
    return country.entity_id if country is not None else None


def places_agree(a: str | None, b: str | None, kb: KnowledgeBase) -> bool:
    """Unknown, the same, or in the same country: 'Anchorage' and 'Alaska' agree, 'Alaska' and 'Genf' not."""
    if a is None or b is None or a == b:
        return True
    countries = [kb.actors[x].country if x in kb.actors else None for x in (a, b)]
    return countries[0] is not None and countries[0] == countries[1]
