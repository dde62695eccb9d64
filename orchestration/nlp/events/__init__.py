"""Event mentions of one article, as a short chain of named stages.

    triggers -> sides -> date -> status -> place -> references back -> diplomacy -> same contact -> rows

Each stage is a module of its own with the German it knows (words from knowledge/events/):
triggers.py finds the words that report an event in the sense that does; sides.py reads who takes
part from the sentence's structure; dating.py, status.py and places.py read when, whether and where;
references.py resolves pronouns and "das Treffen" against what the article reported before;
diplomacy.py keeps contacts between different states or international organisations; same_contact.py
gives a report the day and kind another report of the same contact in the article states.
"""

from __future__ import annotations

import hashlib
from datetime import date, timedelta

from spacy.tokens import Doc

from orchestration.nlp.actors import ActorSlot, ArticleActors
from orchestration.nlp.events import diplomacy, places, references, same_contact
from orchestration.nlp.dates import DateMention, ReferenceDays, days_later, find_dates
from orchestration.nlp.events.dating import (stated_over_filled_in, going_on_for_long, named_as_ahead, DAY_PART, DAY_PART_RULES, NEWS_MONTH, a_call_at_the_weekend, after_the_visit, then_pointer, begun_on_the_day, date_of_group, dates_of, first_day, in_another_year, last_day,
                                              news_of_the_day, news_of_the_month, on_the_days_agenda, plan_goes_on, purpose_clause,
                                              roundup_day, second_conjunct, share_first_day, share_the_news_day, sharpen_dates, told_as_before,
                                              date_headings_by_their_paragraph, standalone_line, token_at,
                                              topic_of_a_statement, unanchored_eves, undate_borrowed_processes,
                                              share_a_named_summits_date, summit_under_way, undate_news_months_of_an_earlier_summit)
from orchestration.nlp.events.references import Frame
from orchestration.nlp.events.sentence import (DETERMINERS, POSSESSIVES, PREPOSITIONS, Sentence, is_attributive,
                                               is_finite_verb, is_strong_past_singular)
from orchestration.nlp.events.sides import (about_a_person, accession_talks, attended_by_private_people,
                                            genitive_of_members, is_plural_form, meeting_of_private_people, members_of_a_body,
                                            met_at_the_destination, negotiations_named_by_subject, phrase_range,
                                            read_sides, summit_of_a_body)
from orchestration.nlp.events.status import (MODALS, told_as_a_process, agenda_item_today, asks_why_not, counterfactual, high_time, presupposed,
                                              read_status, settle_statuses, tense_of, told_as_fiction, told_as_news,
                                              refused, told_in_past, unreal, wish_called_off_before)
from orchestration.nlp.events.triggers import (Trigger, any_member_may, called_impossible, feared, find_triggers, impostor,
                                                invites_to_a_meal, may_trigger, posed_as, staged, verb_lemma)
from orchestration.nlp.events.words import in_list, word_list
from orchestration.nlp.codebook import family_of
from orchestration.nlp.knowledge import KnowledgeBase, load_knowledge
from orchestration.nlp.limits import bounded_candidates
from orchestration.nlp.pipeline import (
    known_role_noun,
    positions,
    sentence_bounds,
    token_lowers,
    token_offsets,
    token_texts,
)
from orchestration.nlp.records import CONTACT_TYPES, Entity, EventMention

# Which trigger names the event when one clause has several: the most specific kind.
TYPE_ORDER = ("CALL", "VISIT", "MEETING", "NEGOTIATION", "CONTACT", "AGREE", "DEMAND", "THREATEN", "SANCTION",
              "CRITICIZE", "ATTACK")
SUMMIT_TYPES = frozenset({"MEETING", "CALL"})

__all__ = ["extract_events", "may_trigger"]


def extract_events(doc: Doc, actors: ArticleActors, article_id: str, published: date | None,
                   title: str | None = None) -> list[EventMention]:
    return ArticleEvents(doc, actors, article_id, published, title).extract()


CONTACT_FAMILIES = frozenset(family_of(t) for t in CONTACT_TYPES)
THEN_REACH = 3  # sentences 'damals' looks back for the time it means


def any_summit(sentence: Sentence, group: list[Trigger], start: int, end: int) -> bool:
    """'Orban könnte nicht einen EU-Gipfel nutzen', 'bei einem EU-Gipfel zum Thema machen würde': an
    organisation's summit with an indefinite article, in a clause of what could or would be and with
    no date, is any of its summits ('Es könnte ein Treffen von Trump und Putin geben' names who meets)."""
    if not all(t.is_noun and t.determiner in ("ein", "einen", "einem", "eines") for t in group) \
            or not summit_of_a_body(sentence, group[0]):
        return False
    words = sentence.words(start, end)
    return any(in_list("possibility_verb", w) for w in words) and not any(w.isdigit() for w in words)


def generic_plural(sentence: Sentence, group: list[Trigger], start: int, end: int, reference: date | None) -> bool:
    """'Die Einstimmigkeit lähmt die EU bei Gipfeln', 'In Verhandlungen zählt Geduld': a contact noun in
    the plural after a preposition, with no article and no partner, in a clause with no date and not
    told in the past, speaks of such events in general ('nach Gesprächen mit Putin', 'bei Verhandlungen
    am Montag', 'Nach Verhandlungen bis in die Nacht einigten sich die Minister' report some)."""
    if not all(t.is_noun and own_determiner(t) is None and is_plural_form(t.text)
               and sentence.governing_preposition(t.token) is not None for t in group):
        return False  # "Merkel und Macron führen Gespräche": the object of what they do is theirs
    for trigger in group:
        if names_own_partner(sentence, trigger):
            return False
        phrase = phrase_range(sentence, trigger)
        if any(s.token_start in phrase and s.token_start != trigger.token for s in sentence.slots):
            return False  # "bei Gesprächen Merkels": whose talks
    if all(summit_of_a_body(sentence, t) for t in group):
        return not dates_of(sentence, reference, None)  # "der sie auf EU-Gipfeln erlebt hat": many, past or not
    return not told_in_past(sentence, start, end) and not dates_of(sentence, reference, None)


def generic_subject(sentence: Sentence, group: list[Trigger], start: int, reference: date | None) -> bool:
    """'EU-Gipfel sind schon an kleineren Problemen gescheitert', 'Telefonate brachten selten etwas': a contact noun
    with no article opening its clause, a plural verb right after it, and a word of experience or frequency, with no
    partner and no date, tells of such events in general, in the past as in the present ('Die Gespräche sind schon
    gescheitert' names some; 'Gespräche mit Kiew sind schon gescheitert' names its partner)."""
    if len(group) != 1 or not group[0].is_noun or own_determiner(group[0]) is not None:
        return False
    trigger = group[0]
    if any(not is_attributive(w) for w in sentence.lowers[start:trigger.token]):
        return False  # not the clause's first phrase
    after = trigger.token + 1
    if after >= sentence.end or not in_list("plural_finite", sentence.lowers[after]) or names_own_partner(sentence, trigger):
        return False
    _, end = sentence.clause(trigger.token)
    if not any(in_list("generic_cue", w) for w in sentence.words(after, end)):
        return False
    return not dates_of(sentence, reference, None)


def to_a_private_forum(sentence: Sentence, group: list[Trigger], reading) -> bool:
    """'Eine Delegation aus der Ukraine wird nach Davos reisen', 'reiste zum Weltwirtschaftsforum', 'zu Gast beim
    WEF', 'sagte er in einer Videoschalte bei einer Sicherheitskonferenz': a journey, or a video address, to a
    private foundation's forum has no counterpart; the forum is no state or organisation of states, and its host
    country only the venue ('traf in Davos Scholz' is a meeting of its own; 'reiste nach Bern' a visit to Switzerland)."""
    video = all(t.is_noun and t.event_type == "CALL" and not names_own_partner(sentence, t) for t in group)
    if not (video or all(t.event_type == "VISIT" for t in group)) or reading.partners:
        return False
    start, end = sentence.clause(group[0].token)
    if any(w.rsplit("-", 1)[-1].endswith(tuple(word_list("private_forum"))) for w in sentence.words(start, end)):
        return True
    if video:
        return False  # a video call named with no forum is a call
    verb = any(not t.is_noun for t in group)
    goes_to = places.destinations(sentence, group[0].token, None if verb else phrase_range(sentence, group[0]))
    return bool(goes_to) and all(in_list("forum_venue", sentence.lowers[s.token_start]) for s in goes_to)


def travel_in_general(sentence: Sentence, group: list[Trigger], reading) -> bool:
    """'Fernreisen nach Italien und Österreich verkaufen sich kaum', 'Es folgten Einladungen nach England, Portugal
    und Dänemark', 'Reisen nach Spanien sind wieder möglich': a visit needs a traveller who acts for a state; nouns of
    travel with no article, no one named who travels or invites, no pronoun for one, name only where people go
    ('Scholz' Reise nach Kiew', 'seine Reise nach Kiew', 'die Reise nach Kiew' name or point to him)."""
    if not all(t.is_noun and t.event_type == "VISIT" and t.determiner is None for t in group):
        return False
    if reading.partners or reading.pronoun is not None or reading.both:
        return False
    return all(s.entity_type == "GPE" and listed_with_a_destination(sentence, s) for s in reading.agents)


def visits_a_venue(sentence: Sentence, group: list[Trigger], reading) -> bool:
    """'sagte er beim Besuch eines Waffel-Restaurants', 'Biden besuchte eine Fabrik in Michigan': a visit whose
    object is a business, an institution or an event is a stop there, neither a visit to a state nor a reference
    back to the journey the article told before; with no place and no partner in its clause it has no counterpart
    ('besuchte in Kiew ein Krankenhaus' goes to Ukraine, the visitor's own country the place rule leaves out)."""
    if not all(t.event_type == "VISIT" and (t.is_noun or t.word.lemma == "besuchen") for t in group):
        return False
    if reading.partners or any(s.is_place for s in sentence.slots_in(*sentence.clause(group[0].token))):
        return False
    return any(venue_visited(sentence, t) for t in group)


def venue_visited(sentence: Sentence, trigger: Trigger) -> bool:
    """The noun of a venue a visit takes as its object: after a noun in the genitive ('Besuch eines Restaurants', 'des
    Werks'), after a verb as its object ('besuchte eine Schule'), after articles and adjectives."""
    start, end = sentence.clause(trigger.token)
    first = trigger.token + 1 if trigger.is_noun else start
    last = min(end, trigger.token + 6) if trigger.is_noun else end
    endings = tuple(word_list("venue_noun"))
    for j in range(first, last):
        if sentence.texts[j][:1].isupper() and j != trigger.token:
            if trigger.is_noun and sentence.lowers[j - 1] not in ("eines", "einer", "des", "der") \
                    and not is_attributive(sentence.lowers[j - 1]):
                return False  # "der Besuch in Washington": no genitive object
            article = next((sentence.lowers[k] for k in range(j - 1, max(start - 1, j - 4), -1)
                            if sentence.lowers[k] in DETERMINERS), None)
            if article is not None and is_venue(sentence.lowers[j], endings) \
                    and sentence.slot_at(j) is None and sentence.governing_preposition(j) is None:
                return True
            if trigger.is_noun:
                return False
    return False


def is_venue(lower: str, endings: tuple[str, ...]) -> bool:
    """'waffel-restaurants', 'fabriken', 'werkes': a word that ends in a venue noun, inflected or not."""
    last = lower.rsplit("-", 1)[-1]
    return any(last.endswith(suffix) and last[:len(last) - len(suffix)].endswith(endings)
               for suffix in ("", "s", "es", "n", "en"))


def party_gathering(sentence: Sentence, group: list[Trigger], kb: KnowledgeBase) -> bool:
    """'auf dem Jahrestreffen der Jungen Union', 'beim CDU-Parteitreffen', 'das Treffen der AfD-Spitze': a meeting its
    own word or genitive gives to a party is that party's gathering, no diplomacy, whoever else the article brought
    up before. Not one with partners of its own ('das Treffen der CDU-Spitze mit Selenskyj')."""
    if not all(t.is_noun and t.event_type == "MEETING" and not names_own_partner(sentence, t) for t in group):
        return False
    for trigger in group:
        phrase = phrase_range(sentence, trigger)
        holder = next((s for s in sentence.slots if s.token_start == trigger.token and s.kind == "compound"
                       or s.token_start in phrase), None)
        if holder is None or holder.token_start != trigger.token \
                and sentence.lowers[holder.token_start - 1] not in ("der", "des"):
            return False  # "beim Treffen in Berlin, wo die CDU ...": a place first, or no genitive
        actor = kb.actors.get(holder.entity_id)
        if actor is None or actor.kind != "party":
            return False
    return True


def listed_with_a_destination(sentence: Sentence, slot) -> bool:
    """'nach Schweden, Portugal, Dänemark, China, Kanada': a state listed after a destination is one too."""
    j = slot.token_start - 1
    while j >= sentence.start:
        before = sentence.slot_at(j)
        if before is not None:
            if before.is_place:
                return True
            j = before.token_start - 1
        elif sentence.lowers[j] in (",", "und", "oder", "sowie"):
            j -= 1
        else:
            return False
    return False


def own_determiner(trigger: Trigger) -> str | None:
    """The trigger noun's article, not a word of the clause before its preposition ('der sie auf EU-Gipfeln
    erlebt hat': the relative pronoun 'der' is no article of 'EU-Gipfeln')."""
    return None if any(m in PREPOSITIONS for m in trigger.modifiers) else trigger.determiner


def between_events(sentence: Sentence, group: list[Trigger]) -> bool:
    """'zwischen den Gipfeln arbeiten die Beamten', 'zwischen den Verhandlungsrunden': 'zwischen' before contact
    nouns in the plural names the time between such events, not an event ('Gespräche zwischen Kiew und Moskau'
    have their 'zwischen' after the noun)."""
    return all(t.is_noun and is_plural_form(t.text) and (sentence.governing_preposition(t.token) or ("",))[0] == "zwischen"
               for t in group)


def whenever(sentence: Sentence, group: list[Trigger], start: int, end: int, reference: date | None) -> bool:
    """'Wenn Merkel mit Xi spricht, geht es um Menschenrechte', 'Wenn die beiden reden, dann wird gestritten': a
    'wenn' or 'sobald' clause with no date, and the main clause after it, tell what happens each time (or would), not
    one event ('Sobald Vertreter Russlands und der USA zusammentreffen, gibt es Streit'). Not a dated one ('Wenn Merkel
    am Montag mit Xi spricht'), nor the event a definite noun names ('Wenn es eine Lösung geben sollte, könnte sich das
    Treffen hinziehen'), nor one that may come ('falls', 'sollte')."""
    if any(t.is_noun and t.determiner in DEFINITE_ARTICLES for t in group):
        return False
    if verb_first_condition(sentence, start) and as_a_rule(sentence.words()):
        return not dates_of(sentence, reference, None)  # "Reist Merkel zu Staatsbesuchen, nimmt sie oft ... mit"
    opening = start
    if not in_list("whenever_opener", sentence.lowers[start]) and start - 2 >= sentence.start \
            and sentence.texts[start - 1] == ",":
        opening = sentence.clause(start - 2)[0]  # the main clause after "Wenn ...,", "Sobald ...,"
    if not in_list("whenever_opener", sentence.lowers[opening]) or any(
            in_list("condition", w) and w != "wenn" for w in sentence.words(opening, sentence.clause(opening)[1])):
        return False
    if sentence.lowers[opening] == "sobald" and any(w in MODALS for w in sentence.words()):
        return False  # "Sobald es die Pandemie erlaube, würden sich die Regierungen treffen": one plan, on a condition
    return not dates_of(sentence, reference, None)


def verb_first_condition(sentence: Sentence, start: int) -> bool:
    """'Reist Merkel zu Staatsbesuchen nach Peking, nimmt sie Manager mit': a statement opening with its finite verb
    and a comma before the next finite verb is a condition without 'wenn' (not a question: it ends in '?')."""
    if start != sentence.start or not is_finite_verb(sentence.lowers[start]) or sentence.texts[sentence.end - 1] == "?":
        return False
    return any(sentence.texts[j] == "," and is_finite_verb(sentence.texts[j + 1]) for j in range(start + 1, sentence.end - 1))


DEFINITE_ARTICLES = frozenset({"der", "die", "das", "dem", "den", "des", "im", "beim", "zum", "zur", "vom", "am"})


def habitual(sentence: Sentence, group: list[Trigger], start: int, end: int, reference: date | None) -> bool:
    """'Scholz und Macron telefonieren regelmäßig', 'EU-Gipfel sind oft langwierig': what happens as a rule, told in
    the present with an adverb of frequency and no date, is no event ('Beide trafen Kim mehrmals' tells of past
    meetings; 'telefonieren heute wie so oft' dates one; in 'Beim Gipfel in Paris geht es oft um Geld' the
    definite noun names one)."""
    if any(t.is_noun and t.determiner in DEFINITE_ARTICLES and not plural_definite(t) for t in group):
        return False
    if any(not t.is_noun and _in_zu_infinitive(sentence, t) for t in group):
        start = sentence.clause(start - 1)[0] if start > sentence.start + 1 else start
    if told_in_past(sentence, start, end) or not as_a_rule(sentence.words(start, end)):
        return False
    return not dates_of(sentence, reference, None)


def plural_definite(trigger: Trigger) -> bool:
    """'die EU-Gipfel', 'die Gespräche', 'an den G7-Gipfeln', 'zu den Treffen': a definite article of the plural,
    which names such events as a kind where the clause tells what happens as a rule ('den Gipfel' is one)."""
    if trigger.determiner == "die":
        return is_plural_form(trigger.text) or trigger.word.lemma.endswith(PLURAL_LIKE_SINGULAR)
    if trigger.determiner == "den":  # dative plural: "an den Gipfeln", "zu den Treffen" (not accusative "den Gipfel")
        return is_plural_form(trigger.text) or trigger.word.lemma.endswith("treffen")
    return False


def _in_zu_infinitive(sentence: Sentence, trigger: Trigger) -> bool:
    """'..., Minister zu Treffen einzuladen', '..., sich mit Macron zu treffen': the clause hangs on the one before it."""
    word = sentence.lowers[trigger.token]
    return trigger.token > sentence.start and sentence.lowers[trigger.token - 1] == "zu" \
        or word.find("zu", 2) > 0 and not word.startswith("zu")


def as_a_rule(words: list[str]) -> bool:
    """An adverb of frequency ('regelmäßig', 'immer wieder') or 'in normalen Zeiten' tells what happens as a rule:
    'In normalen Zeiten lädt der Vorsitz die Minister zu Treffen ein'."""
    return any(in_list("frequency_adverb", w) for w in words) \
        or any(in_list("normal_times", w) and nxt == "zeiten" or word_list("frequency_pair").get(w) == nxt
               for w, nxt in zip(words, words[1:]))


PLURAL_LIKE_SINGULAR = ("gipfel", "treffen", "gipfeltreffen")


def generic_summits(sentence: Sentence, group: list[Trigger], start: int, end: int, reference: date | None) -> bool:
    """'Der Ratspräsident leitet die EU-Gipfel', 'Die Treffen der G7 sind oft Routine': summits in the plural ('die'
    before a masculine or neuter noun), told in the present with no date and no partner, are summits in general."""
    if not all(t.is_noun and t.determiner == "die" and t.word.lemma.endswith(PLURAL_LIKE_SINGULAR)
               and not names_own_partner(sentence, t) for t in group):
        return False
    return not told_in_past(sentence, start, end) and not dates_of(sentence, reference, None)


def distributed_counterparts(sentence: Sentence, slots: list[ActorSlot], together: bool = False,
                             as_subject: bool = False) -> list[str]:
    """'die Regierungschefs der Niederlande, Spaniens und Italiens', 'seinen Amtskollegen in China und
    Russland': a plural office of several coordinated states is one person of each. A meeting together
    'mit' them is one ('wollte sich in Amman mit seinen Kollegen aus Frankreich, Ägypten und Jordanien
    treffen'): together says the group's events are meetings or talks. As the subject of a meeting or journey they
    act as one party (as_subject asks for that reading)."""
    for i in sentence.tokens():
        if not in_list("counterpart_noun", sentence.lowers[i]):
            continue
        governing = sentence.governing_preposition(i)
        if together and governing is not None and governing[0] == "mit":
            continue
        if governing is not None and governing[0] == "mit" and one_gathering_before(sentence, governing[1]):
            continue  # "in einer Videokonferenz mit den Regierungschefs von Polen und Ungarn": one call of all
        if as_subject and subject_of_its_clause(sentence, i):
            continue  # "Die Regierungschefs Polens und Tschechiens reisten nach Kiew": they travel as one party
        states, j = [], i + 1
        while j < sentence.end and j - i <= 30:  # the whole list: "aus Kanada, Deutschland, ... und Japan"
            slot = sentence.slot_at(j)
            if slot is not None and slot.entity_type == "GPE" and slot in slots:
                states.append(slot)
                j = slot.token_end
                continue
            if sentence.lowers[j] not in (",", "und", "sowie", "der", "des", "den", "dem", "aus", "in", "von") \
                    and not (states == [] and j - i <= 3):
                break
            j += 1
        if len(states) >= 2:
            return list(dict.fromkeys(s.entity_id for s in states))
    return []


def one_gathering_before(sentence: Sentence, mit: int) -> bool:
    """'in einer Videokonferenz mit', 'bei einem Telefonat mit', 'in einer Schalte mit': a 'mit' hanging on one
    singular noun names the people of that one gathering, not one event with each ('telefonierte mit ...',
    'Gespräche mit ...' stay one each)."""
    noun = mit - 1
    if noun < sentence.start or not sentence.lowers[noun].endswith(tuple(word_list("gathering_noun_end"))):
        return False  # "am Montag mit den Regierungschefs": a time, not a gathering
    j = noun - 1
    while j >= sentence.start and is_attributive(sentence.lowers[j]):
        j -= 1  # "in einem gemeinsamen Telefonat mit"
    return j >= sentence.start and in_list("singular_article", sentence.lowers[j])


def subject_of_its_clause(sentence: Sentence, i: int) -> bool:
    """'Die Regierungschefs Polens und Tschechiens reisten nach Kiew', 'sind die Ministerpräsidenten von Polen und
    Slowenien eingetroffen': a plural office no preposition governs, before its clause's finite verb or right after
    it with no actor before the verb, is the subject, not the object of 'hatte die Regierungschefs ... empfangen'."""
    if sentence.governing_preposition(i) is not None:
        return False
    start, end = sentence.clause(i)
    verb = next((j for j in range(start, end) if is_finite_verb(sentence.texts[j])
                 or is_strong_past_singular(sentence.texts[j])), None)
    if verb is None:
        return False
    article = i - 1
    while article > start and (is_attributive(sentence.lowers[article]) or sentence.lowers[article].isdigit()):
        article -= 1  # "die 27 Staats- und Regierungschefs", "die drei osteuropäischen Regierungschefs"
    if article >= start and sentence.lowers[article] in DETERMINERS and sentence.lowers[article] != "die":
        return False  # "den Regierungschefs": a dative
    if i < verb:
        return all(sentence.slot_at(j) is None for j in range(start, article))
    return article == verb + 1 and all(sentence.slot_at(j) is None for j in range(start, verb))


def bilateral_calls(group: list[Trigger], reading, slots: list[ActorSlot]) -> list[str]:
    """'Biden hat mit Merkel, Macron und Johnson telefoniert', 'Telefonate mit Conte und Sánchez': a phone
    call is between two, so a caller who phoned several people made one call with each (a 'Telefon-'
    or 'Videokonferenz' is one call of all, and so is 'in einem Telefonat mit Macron, Conte und Sánchez')."""
    if not reading.agents or not all(in_list("bilateral_call", t.word.lemma) for t in group):
        return []
    if any(t.is_noun and not t.text.endswith(("e", "en")) for t in group):
        return []  # a singular noun names one call
    partners = {s.entity_id for g in reading.partners for s in g}
    callees = [s.entity_id for s in slots if s.entity_id in partners and s.entity_type == "PERSON"]
    return list(dict.fromkeys(callees)) if len(set(callees)) >= 2 else []


def names_own_partner(sentence: Sentence, trigger: Trigger) -> bool:
    """'Gespräche mit Albanien', 'Kontakte zwischen Kiew und Moskau': talk with partners of its own."""
    return any(sentence.lowers[i] in ("mit", "zwischen") for i in phrase_range(sentence, trigger))


def merge_generic_with_specific(sentence: Sentence, groups: list[list[Trigger]]) -> list[list[Trigger]]:
    """'Der Kontakt zu Trump beschränkte sich auf Telefonate': the talk a generic noun names is the
    specific contact of its clause."""
    merged: list[list[Trigger]] = []
    for group in groups:
        lone_generic = len(group) == 1 and group[0].is_noun and group[0].word.lemma in references.GENERIC_LEMMAS \
            and not references.starts_new_event(group[0]) and not names_own_partner(sentence, group[0])
        # not "auf neue Gespräche verständigt", "beim Gipfel ... die Aufnahme von Beitrittsgesprächen mit Albanien"
        clause = sentence.clause(group[0].token)
        host = next((g for g in merged + groups if g is not group and sentence.clause(g[0].token) == clause
                     and all(t.is_noun for t in g) and g[0].event_type in CONTACT_TYPES
                     and g[0].word.lemma not in references.GENERIC_LEMMAS and not g[0].word.status), None)
        if lone_generic and host is not None:
            host.append(group[0])
            continue
        merged.append(group)
    return merged


def invitation_with_its_event(sentence: Sentence, group: list[Trigger], everyone: list[Trigger]) -> list[Trigger]:
    """'lud Biden zu einem Sondergipfel ein', 'zu einer Videokonferenz einzuladen': an invitation is a
    proposal of the event it invites to, of that event's type."""
    if len(group) != 1 or group[0].word.status != "proposed":
        return group
    clause = sentence.clause(group[0].token)
    invited = [t for t in everyone if t is not group[0] and t.is_noun and sentence.clause(t.token) == clause
               and t.event_type in CONTACT_TYPES and not t.word.status]
    return group + invited[:1]


def before_or_after_it(sentence: Sentence, trigger: Trigger) -> bool:
    """'Selenskyj besucht vor Friedensgipfel Saudi-Arabien', 'Vor dem Gipfel traf Scholz Macron', 'Nach seinem Besuch
    in Nordkorea reist Putin nach Vietnam': a noun after 'vor' or 'nach' (sequence_preposition) names another event
    than its clause's verb, one that comes after or before it."""
    governing = sentence.governing_preposition(trigger.token) if trigger.is_noun else None
    return governing is not None and in_list("sequence_preposition", governing[0])


def travel_to_a_meeting(sentence: Sentence, group: list[Trigger]) -> Trigger | None:
    """'Scholz reist zum G20-Gipfel nach Bali', 'ist zu den Beratungen nach Brüssel gereist': a journey whose goal
    ('zu', 'zum', 'zur') is a meeting is the meeting, which the traveller attends, not a visit to its host."""
    if not any(t.event_type == "VISIT" and not t.is_noun for t in group):
        return None
    for t in group:
        if t.is_noun and t.event_type in ("MEETING", "CALL") and t.word.lemma not in references.GENERIC_LEMMAS:
            governing = sentence.governing_preposition(t.token)
            if governing is not None and governing[0] in ("zu", "zum", "zur"):
                return t
    return None


class ArticleEvents:
    """The frames of one article, sentence by sentence, each stage reading what the ones before found."""

    def __init__(self, doc: Doc, actors: ArticleActors, article_id: str, published: date | None,
                 title: str | None = None) -> None:
        self.doc, self.actors, self.article_id, self.published = doc, actors, article_id, published
        self.kb: KnowledgeBase = load_knowledge()
        self.bounds = sentence_bounds(doc)
        self.texts, self.lowers, self.offsets = token_texts(doc), token_lowers(doc), token_offsets(doc)
        self.text = actors.text or doc.text
        self.days = ReferenceDays(self.text, published)  # a live blog's entries speak from their own day
        # "Die Nachrichten vom Montag" are of that Monday; a title kept apart from the text names it too
        apart = title and not self.text.lstrip().startswith(title)
        self.roundup = roundup_day(f"{title}\n{self.text}" if apart else self.text, published)
        self.frames: list[Frame] = []
        self.stated: dict[int, DateMention | None] = {}  # a frame's own date, before references share theirs
        self.told: dict[int, str | None] = {}  # a frame's own status, None where only the present tense spoke

    def extract(self) -> list[EventMention]:
        for index, words in bounded_candidates(self.doc, self._candidate_sentences()):
            sentence = self._sentence(index)
            triggers = find_triggers(sentence, words)
            for group in self._groups(sentence, triggers):
                self.frames += self._frames(sentence, group, triggers)
        sharpen_dates(self.frames, self.stated, self.told)
        undate_borrowed_processes(self.frames, self.stated)
        share_first_day(self.frames, self.stated)  # the talks at a summit going on since Friday began on Friday
        share_the_news_day(self.frames, self.stated, self._participants,
                           lambda frame: same_contact.told_again(self._words_of(frame)),
                           lambda frame: same_contact.told_as_an_earlier_one(self._words_of(frame)))
        date_headings_by_their_paragraph(self.frames, self.stated, self._participants, self._heading,
                                         self._one_date)
        undate_news_months_of_an_earlier_summit(self.frames, self.stated, self.published)
        share_a_named_summits_date(self.frames, self.stated, self.published)  # "vor dem nächsten EU-Gipfel" is the EU-Gipfel am Freitag
        settle_statuses(self.frames, self.told, self.published)
        self._same_contact_told_twice()
        if told_as_fiction(self.text):
            for frame in self.frames:
                frame.reportable = False  # "Dieser Text ist ein fiktiver Rückblick aus dem Jahr 2040"
        return self._rows()

    def _same_contact_told_twice(self) -> None:
        """The day and the kind of a contact another report of it in the article states (same_contact.py)."""
        agree = (self._people_of, self._participants, lambda a, b: places.places_agree(a, b, self.kb))
        same_contact.fill_the_day(self.frames, self.stated, self._words_of, *agree, self._dates_its_noun, self._one_date,
                                  self._said_right_after)
        same_contact.call_it_a_call(self.frames, self._words_of, *agree, self._after_a_comma)
        same_contact.met_on_the_visit(self.frames, self._words_of, self._people_of, self._polity)
        same_contact.host_met_on_the_visit(self.frames, self._words_of, self._people_of, self._polity)
        same_contact.counterpart_in_office(self.frames, self._people_of, self._polity, self._role_of, self._people())
        references.take_the_type_of_the_root(self.frames)
        self._calls_of_an_impostor()

    def _calls_of_an_impostor(self) -> None:
        """'Cameron hat einen Videoanruf von jemandem bekommen, der sich als Poroschenko ausgegeben hat', 'das Opfer des
        falschen Klitschko': where the article tells that someone posed as a person, its contacts with that person
        are the impostor's, also those told before ('Cameron glaubt, in Kontakt mit Poroschenko zu stehen')."""
        posing = set(word_list("posing_verb")) | set(word_list("impostor_adjective"))
        impersonated: set[str] = set()
        for index, (start, end) in enumerate(self.bounds):
            if any(w in posing for w in self.lowers[start:end]):
                impersonated |= posed_as(self._sentence(index))
        for frame in self.frames:
            if frame.is_contact and impersonated & set(frame.root.sides + frame.sides):
                frame.reportable = False

    def _words_of(self, frame: Frame) -> list[str]:
        start, end = self.bounds[frame.sentence]
        return self.lowers[start:end]

    def _dates_its_noun(self, frame: Frame) -> bool:
        """'das Treffen am Montag', 'nach den Gesprächen vom Freitag': the frame's date follows a trigger noun of it,
        led by 'am', 'vom' or 'von'."""
        own = self.stated.get(id(frame))
        if own is None or own.end <= own.start:
            return False
        sentence = self._sentence(frame.sentence)
        at = token_at(sentence, own.start)
        return at is not None and sentence.lowers[at] in ("am", "vom", "von") \
            and any(t.is_noun and t.token == at - 1 for t in frame.triggers)

    def _said_right_after(self, frame: Frame) -> bool:
        """'sagte er am Freitag nach der Krisensitzung': the frame's noun follows 'nach' in a statement of a recent
        weekday (same_contact.said_right_after)."""
        nouns = [t for t in frame.triggers if t.is_noun]
        if not nouns:
            return False
        sentence = self._sentence(frame.sentence)
        lead = nouns[0].token - len(nouns[0].modifiers) - (nouns[0].determiner is not None)
        before = sentence.lowers[max(sentence.start, lead - 2):max(sentence.start, lead)]
        return same_contact.said_right_after(frame, before, self.stated.get(id(frame)), self.published)

    def _after_a_comma(self, a: Frame, b: Frame) -> bool:
        """Whether b's trigger follows a's behind a comma ('sprach mit Putin, hieß es nach dem Telefonat')."""
        first, then = a.triggers[0].token, b.triggers[0].token
        return first < then and "," in self.texts[first:then]

    def _role_of(self, entity_id: str) -> str | None:
        return getattr(self.actors.entities.get(entity_id), "role", None)

    def _people_of(self, frame: Frame) -> set[str]:
        return {s for s in frame.sides if getattr(self.actors.entities.get(s), "entity_type", None) == "PERSON"}

    # -- sentences and trigger groups ------------------------------------------------
    def _candidate_sentences(self) -> dict[int, list[int]]:
        sentence_of, found = self.actors.sentence_of, {}
        for i in positions(self.doc, may_trigger):
            found.setdefault(sentence_of[i], []).append(i)
        return found

    def _sentence(self, index: int) -> Sentence:
        start, end = self.bounds[index]
        start_char = self.offsets[start]
        end_char = self.offsets[end - 1] + len(self.texts[end - 1])
        return Sentence(index, start, end, start_char, end_char, self.text[start_char:end_char], self.texts,
                        self.lowers, self.offsets, self.actors.slots.get(index, []))

    @staticmethod
    def _groups(sentence: Sentence, triggers: list[Trigger]) -> list[list[Trigger]]:
        """A trigger verb and the trigger nouns of its clause and family report one event ('traf sich
        zu einem Krisengespräch mit ...'); other nouns each report their own ('Gespräche, die zu einem
        Treffen führen'), and so does an invitation ('empfing ihn und lud ihn ein')."""
        verbs: dict[tuple[tuple[int, int], str], list[Trigger]] = {}
        groups: list[list[Trigger]] = []
        for trigger in triggers:
            if not trigger.is_noun and not trigger.word.status:
                key = (sentence.clause(trigger.token), family_of(trigger.event_type))
                if key not in verbs:
                    verbs[key] = []
                    groups.append(verbs[key])
                verbs[key].append(trigger)
        for trigger in triggers:
            clause = sentence.clause(trigger.token)
            key = (clause, family_of(trigger.event_type))
            if trigger.is_noun and trigger.word.lemma in references.GENERIC_LEMMAS and not key in verbs:
                key = next((k for k in verbs if k[0] == clause and k[1] in CONTACT_FAMILIES), key)
            if trigger.is_noun and key in verbs and not trigger.word.status and not presupposed(sentence, trigger) \
                    and not before_or_after_it(sentence, trigger):
                verbs[key].append(trigger)
            elif trigger.is_noun or trigger.word.status:
                groups.append([trigger])
        groups = merge_generic_with_specific(sentence, groups)
        groups = [invitation_with_its_event(sentence, g, triggers) for g in groups]
        invited = {id(t) for g in groups if g[0].word.status == "proposed" for t in g[1:]}
        return [g for g in groups if not (len(g) == 1 and id(g[0]) in invited)]

    # -- the stages ------------------------------------------------------------------
    def _frames(self, sentence: Sentence, group: list[Trigger], everyone: list[Trigger]) -> list[Frame]:
        """The events a trigger group reports: one per group of partners ('Gespräche mit Selenskyj
        sowie mit Vertretern der NATO' are two)."""
        start, end = sentence.clause(group[0].token)
        if any(in_list("avoiding_verb", verb_lemma(w)) for w in sentence.words(start, end)):
            return []  # "dass Putin direkten Gesprächen ausweiche": no event
        if any(references.is_any_such(t) for t in group):
            return []  # "solche Treffen müssen vorbereitet werden": meetings in general
        if any(t.negated for t in group):
            return []  # "hat Xi kein einziges Mal getroffen", "kein Treffen": no event ("nicht geplant" is denied)
        if counterfactual(sentence, start, end) or unreal(sentence, group, start, end):
            return []  # "mit dem man einen G20-Gipfel hätte austragen können", "müsste ... laden": it did not happen
        if group[0].event_type in CONTACT_TYPES and called_impossible(sentence, group, start, end):
            return []  # "Gespräche mit den Taliban waren für Washington undenkbar": they did not take place
        if any_member_may(sentence, group, start, end) and not dates_of(sentence, self.days.at(sentence.start_char), None):
            return []  # "Jedes Mitgliedsland kann ein Treffen beantragen": a rule, not an event
        if refused(sentence, group):
            return []  # "weigert sich, mit dem IWF zu verhandeln": it does not take place
        if any_summit(sentence, group, start, end):
            return []  # "Orban könnte einen EU-Gipfel nutzen, um dort ein Veto einzulegen": summits in general
        if generic_plural(sentence, group, start, end, self.days.at(sentence.start_char)) \
                or generic_subject(sentence, group, start, self.days.at(sentence.start_char)) \
                or between_events(sentence, group):
            return []  # "lähmt die EU bei Gipfeln", "zwischen den Gipfeln": such events in general
        if asks_why_not(sentence, start, end) or high_time(sentence, start):
            return []  # "Warum hat es nicht längst einen Gipfel gegeben?": it did not happen
        if whenever(sentence, group, start, end, self.days.at(sentence.start_char)) \
                or habitual(sentence, group, start, end, self.days.at(sentence.start_char)) \
                or generic_summits(sentence, group, start, end, self.days.at(sentence.start_char)):
            return []  # "Wenn Merkel mit Xi spricht, ...", "Der Ratspräsident leitet die EU-Gipfel": each time
        reading = read_sides(sentence, group, [t for t in everyone if t not in group])
        if staged(sentence, start, end):
            return []  # "stellt mit Puppen eine Begegnung zwischen dem Papst und der Queen nach": fiction
        if attended_by_private_people(sentence, group) or meeting_of_private_people(sentence, group):
            return []  # "Mehr als 200 Forscher nahmen an einem WHO-Treffen teil", "das Treffen von Unternehmern"
        if party_gathering(sentence, group, self.kb):
            return []  # "auf dem Jahrestreffen der Jungen Union": a party's own gathering
        if travel_in_general(sentence, group, reading):
            return []  # "Fernreisen nach Italien und Österreich", "Es folgten Einladungen nach England": no traveller
        if to_a_private_forum(sentence, group, reading):
            return []  # "wird eine Delegation aus der Ukraine nach Davos reisen": a forum, no state receives them
        if visits_a_venue(sentence, group, reading):
            return []  # "sagte er beim Besuch eines Waffel-Restaurants": a stop at a business, no state visited
        legs = self._other_legs(sentence, group, everyone)
        tour = self._tour(sentence, group, legs)
        if legs and not tour:  # the noun's phrase ran on over the verb's own destination: no leg told apart
            legs, tour = [], self._tour(sentence, group)
        frames = [self._frame(sentence, group, everyone, reading, self._at_the_stop(sides, stop, tour + legs),
                              destination=stop)
                  for slots in reading.groups() for sides in self._each_event(sentence, reading, slots, group)
                  for stop in (tour or [None])]
        return [f for f in frames if f is not None]

    def _tour(self, sentence: Sentence, group: list[Trigger], legs: list[str] = ()) -> list[str]:
        """'Pompeos Besuch in Tschechien, Slowenien, Österreich und Polen', 'reiste nach Kiew und
        Warschau': a journey to several states is one visit to each (the countries, in order); not to the
        legs another visit noun of the clause names (legs: _other_legs), and the one stop left where there are."""
        if group[0].event_type != "VISIT":
            return []
        verb = next((t for t in group if not t.is_noun), None)
        phrase = None if verb is not None else phrase_range(sentence, group[0])
        stops = [self._country_of(slot) for slot in places.destinations(sentence, group[0].token, phrase, countries=True)
                 + places.destinations(sentence, group[0].token, phrase)]
        stops = list(dict.fromkeys(s for s in stops if s is not None and s not in legs))
        return stops if len({self._polity(s) for s in stops}) >= 2 or legs and stops else []

    def _other_legs(self, sentence: Sentence, group: list[Trigger], everyone: list[Trigger]) -> list[str]:
        """'Nach seinem Besuch in Nordkorea reist Putin nach Vietnam', 'Vor seinem Besuch in Vietnam war Putin nach
        Nordkorea gereist': the countries a visit noun after 'nach' or 'vor' names in its own phrase are the leg
        before or after the journey its clause's verb tells, another visit (the noun reports it); for that noun,
        the places the verb goes to outside its phrase are the other leg."""
        if group[0].event_type != "VISIT":
            return []
        clause = sentence.clause(group[0].token)
        if all(t.is_noun for t in group):  # the noun's own leg: the verb's journey goes elsewhere
            if len(group) > 1 or not before_or_after_it(sentence, group[0]):
                return []
            verbs = [t for t in everyone if not t.is_noun and t.event_type == "VISIT" and sentence.clause(t.token) == clause]
            own = {s.token_start for s in places.destinations(sentence, group[0].token, phrase_range(sentence, group[0]))}
            found = [self._country_of(slot) for t in verbs[:1] for slot in places.destinations(sentence, t.token)
                     if slot.token_start not in own]
        else:
            legs = [t for t in everyone if t not in group and t.is_noun and t.event_type == "VISIT"
                    and sentence.clause(t.token) == clause and before_or_after_it(sentence, t)]
            found = [self._country_of(slot) for t in legs
                     for slot in places.destinations(sentence, t.token, phrase_range(sentence, t), countries=True)
                     + places.destinations(sentence, t.token, phrase_range(sentence, t))]
        return list(dict.fromkeys(c for c in found if c is not None))

    def _at_the_stop(self, sides: list[str], stop: str | None, tour: list[str]) -> list[str]:
        """The sides of one stop of a journey: not the other stops, nor their people ('nach seinen Kurzbesuchen in
        Argentinien und Ecuador in Mexiko-Stadt bei seinem Amtskollegen Ebrard': Ebrard is met in Mexico only)."""
        elsewhere = {self._polity(s) for s in tour if s != stop} - {None, self._polity(stop) if stop else None}
        return [s for s in sides if s == stop or s not in tour and self._polity(s) not in elsewhere]

    def _country_of(self, slot: ActorSlot) -> str | None:
        country = slot.entity_id if slot.entity_type == "GPE" and not slot.is_place else \
            places.country_of_place(slot, self.kb)
        if country is not None:
            self._ensure_entity(country)
        return country

    def _each_event(self, sentence: Sentence, reading, slots: list[ActorSlot], group: list[Trigger]) -> list[list[str]]:
        """The sides of each event a group of sides stands for. 'Beide trafen Kim' and 'empfing die
        Regierungschefs der Niederlande, Spaniens und Italiens' report one event per person or state;
        'die beiden trafen sich' one event of both; 'telefonierte mit Merkel, Macron und Johnson' one
        call with each."""
        ids = [s.entity_id for s in slots]
        invitation = any(t.word.status == "proposed" for t in group)  # "der Einladung Trumps folgen": one invitation
        together = all(t.event_type in ("MEETING", "NEGOTIATION") for t in group)
        several = [] if invitation else distributed_counterparts(sentence, slots)
        if together and several and set(several) != set(ids):  # who meets them all is named: one meeting
            several = distributed_counterparts(sentence, slots, together)
        if several and all(t.event_type in ("MEETING", "NEGOTIATION", "VISIT")
                           or t.is_noun and in_list("singular_article", t.determiner or "") for t in group):
            several = distributed_counterparts(sentence, slots, together, as_subject=True)
        if several:
            rest = [i for i in ids if i not in several]
            return [rest + [one] for one in several]
        callees = bilateral_calls(group, reading, slots)
        if callees:
            rest = [i for i in ids if i not in callees]
            return [rest + [one] for one in callees]
        own_people = {s.entity_id for s in reading.agents if s.entity_type == "PERSON"}
        plural = reading.plural_pronoun and len(own_people) < 2 \
            and not (reading.possessor and references.unnamed_group_after(sentence, reading.pronoun))
        # "X und Y ... nach ihrem Gespräch": themselves; not "Nach ihrem Besuch haben drei Parlamentarier": theirs
        group = self._both(sentence, reading, own_people) if reading.both or plural else []
        if not group:
            return [ids]
        others = [i for i in ids if i not in group]
        if others and reading.both and "sich" not in sentence.words():
            return [[person] + others for person in group]
        return [list(dict.fromkeys(group + others))]

    def _both(self, sentence: Sentence, reading, named: set[str]) -> list[str]:
        """'die beiden', 'beide Seiten', a plural 'sie': the sides of the contact just reported (one of
        the person the clause names), else the people of the sentence before."""
        found = references.both_sides(self.frames, sentence.index, named)
        if found:
            return found
        before = self.actors.slots.get(sentence.index - 1, [])
        people = list(dict.fromkeys(s.entity_id for s in before if s.entity_type == "PERSON" and s.side != "none"))
        return people if len(people) >= 2 else []

    def _frame(self, sentence: Sentence, group: list[Trigger], everyone: list[Trigger], reading,
               slots: list[str], destination: str | None = None) -> Frame | None:
        invited = [t for t in group[1:] if group[0].word.status == "proposed"]
        typed = [t.event_type for t in group if t.word.lemma not in references.GENERIC_LEMMAS] or \
            [t.event_type for t in group]
        event_type = invited[0].event_type if invited else min(typed, key=TYPE_ORDER.index)
        if not invited and invites_to_a_meal(sentence, group[0]):
            event_type = "MEETING"  # "zu einem Mittagessen in den Élysée-Palast eingeladen": the host sits with them
        meeting = travel_to_a_meeting(sentence, group)
        if event_type == "VISIT" and meeting is not None:
            event_type = meeting.event_type  # "reist zum EU-Gipfel nach Brüssel": the journey is to the summit
        frame = Frame(sentence.index, group, event_type, last_sentence=sentence.index)
        frame.sides = self._summit_of_organisation(group, list(slots))
        frame.private = reading.private or any(diplomacy.is_private_person(self.actors.entities[s], self.kb)
                                               for s in frame.sides if s in self.actors.entities) \
            or frame.is_contact and impostor(sentence, group)  # "Ein Betrüger, der sich als Klitschko ausgab, ..."
        frame.one_sided = not reading.agents and bool(reading.partners) and not reading.both
        # "Die EU-Kommission traf sich mit Netflix": a body meeting someone unknown holds no summit of its own
        frame.collective = not reading.unknown_partner \
            and self._collective(sentence, group, [s for s in frame.sides if s in self._holders(sentence, group)])
        if frame.collective and frame.event_type == "CONTACT":
            frame.event_type = "MEETING"  # "die Beratungen der EU-Außenminister": a body's members sit together
        self._resolve_references_in_sentence(sentence, frame, reading)
        frame.sides = self._body_not_its_officers(sentence, group, frame.sides)
        start, end = sentence.clause(group[0].token)
        past = frame.past = told_in_past(sentence, start, end)
        timed = self._clause_that_times(sentence, start, end)
        dates = dates_of(sentence, self.days.at(sentence.start_char),
                         future=tense_of(sentence, *timed, told_in_past(sentence, *timed)) if timed != (start, end)
                         else tense_of(sentence, start, end, past))
        dates = unanchored_eves(dates, self._dates_before(sentence), self.days.at(sentence.start_char))
        frame.date = self.stated[id(frame)] = date_of_group(sentence, group, dates) \
            or begun_on_the_day(sentence, group, start, end, self.days.at(sentence.start_char))
        # a process told as going on for weeks takes no day from around it; a contact named as ahead, not the story's
        process, ahead = going_on_for_long(sentence, start, end), named_as_ahead(group)
        if not frame.date and not process:
            frame.date = self._then(sentence) or self._days_after_the_last(sentence, start, end) \
                or not ahead and self._part_of_the_story_day(sentence, start, end, past) \
                or self._after_the_last(sentence) or not ahead and self._story_goes_on(sentence, frame, past) \
                or not ahead and self._scene_goes_on(sentence, frame, past) \
                or plan_goes_on(self.text, sentence, self._sentence(sentence.index - 1) if sentence.index else None,
                                start, end, past or not frame.is_contact, self.days.at(sentence.start_char)) \
                or on_the_days_agenda(self.text, sentence, past, self.days.at(sentence.start_char))
        frame.date = a_call_at_the_weekend(group, frame.date)  # "Der Besuch ..." after "reist am Wochenende": its month
        others = [t for t in everyone if t not in group]
        frame.status = read_status(sentence, group, others, first_day(frame.date) if frame.date else None,
                                   self.published, day_precise=frame.date is not None and frame.date.precision == "day",
                                   date_ends=last_day(frame.date) if frame.date else None)
        if feared(sentence, group, start, end):
            frame.status = "speculative"  # "Die USA befürchten einen russischen Angriff": it may come
        if frame.status == "proposed" and wish_called_off_before(
                sentence, start, end, self._sentence(sentence.index - 1) if sentence.index else None):
            frame.status = "cancelled"  # "Kiew hatte ihn ausgeladen. Er wollte das Kriegsgebiet besuchen"
        today = self.days.at(sentence.start_char)
        frame.status = agenda_item_today(frame.status, on_the_days_agenda(self.text, sentence, past, today) is not None
                                         and (frame.date is None or today is None or first_day(frame.date) <= today))
        self._place(sentence, frame, destination, everyone)
        if frame.date is not None and frame.date is self.stated[id(frame)]:
            for trigger in group:  # "landet am Abend wieder in Teheran nach seinem Besuch in New York": its month
                frame.date = self.stated[id(frame)] = after_the_visit(sentence, trigger, frame.date)
        told = self.told[id(frame)] = frame.status
        frame.status = told or "happened"
        if frame.date is None and frame.status == "happened" and told is None and not (process or ahead):
            frame.date = news_of_the_day(sentence, group, start, end, frame.is_contact, past, today)
        if frame.date is None and frame.status == "happened" and not (process or ahead):
            frame.date = news_of_the_month(sentence, group, start, end, frame.is_contact, past,
                                           told_as_news(sentence, start, end), self.published, self.roundup)
        if frame.is_contact and told_as_a_process(sentence, group, start, end, process):
            frame.event_type = "NEGOTIATION"  # "Die Gespräche kommen seit Monaten kaum voran": the talks as a whole
        self._refer_back(frame, reading.names_partner)
        if frame.date is None and frame.status == "happened" and frame.antecedent is None:  # none it refers back to
            frame.date = summit_under_way(sentence, group, start, end, past, self.published)  # "ist beim Gipfel allgegenwärtig"
        if (told is None or any(topic_of_a_statement(sentence, t) for t in group)) and frame.antecedent is not None:
            frame.status = frame.antecedent.status  # "Der genaue Ort ist noch offen", "will eine Rede zum Gipfel halten"
        frame.reportable = self._is_reportable(frame) and (frame.antecedent is None or frame.antecedent.reportable)
        return frame  # unreportable frames stay, so what refers to them is not taken for another event

    @staticmethod
    def _clause_that_times(sentence: Sentence, start: int, end: int) -> tuple[int, int]:
        """The clause whose tense reads the weekdays of a trigger's clause: its own, or for an infinitive of purpose
        the main clause ('Scholz reiste am Dienstag nach Paris, um mit Macron zu verhandeln' is the Tuesday past),
        for a second conjunct the first ('reiste am Dienstag nach Paris und trifft dort Macron')."""
        if purpose_clause(sentence, start, end) and start - 2 >= sentence.start:
            return sentence.clause(start - 2)
        if second_conjunct(sentence, start):
            return sentence.clause(start - 1)
        return start, end

    def _summit_of_organisation(self, group: list[Trigger], sides: list[str]) -> list[str]:
        """'der Gipfel der europäischen Regierungschefs': a summit of Europe's leaders is the Union's."""
        if not any(t.is_noun and t.event_type in SUMMIT_TYPES for t in group):
            return sides
        regions = word_list("summit_of_region")
        out = []
        for side in sides:
            actor = self.kb.actors.get(side)
            organisation = self.kb.lookup(regions[actor.name.lower()]) \
                if actor is not None and actor.name.lower() in regions else None
            out.append(organisation.entity_id if organisation is not None else side)
        return list(dict.fromkeys(out))

    def _body_not_its_officers(self, sentence: Sentence, group: list[Trigger], sides: list[str]) -> list[str]:
        """'EU-Ratspräsident Michel musste in Quarantäne, weshalb der EU-Gipfel verschoben wurde', 'sagte von
        der Leyen nach dem EU-Gipfel': a summit its own word gives to a body is the body's, and the body's
        officers are no sides beside it (a member's leader is: 'Merkel beim EU-Gipfel')."""
        bodies = {self._polity(slot.entity_id) for t in group if t.is_noun for slot in sentence.slots
                  if slot.token_start == t.token and slot.kind == "compound" and slot.entity_type == "ORG"}
        if len(bodies) != 1 or None in bodies or self._polities(sides) != bodies:
            return sides
        people = {s for s in sides if s in self.actors.entities and self.actors.entities[s].entity_type == "PERSON"}
        rest = [s for s in sides if s not in people]
        return rest if rest and people else sides

    def _holders(self, sentence: Sentence, group: list[Trigger]) -> set[str]:
        """Who can hold a summit: the organisation in the trigger's own word or phrase ('EU-Gipfel',
        'Gipfel der G20') or acting in its clause ('beim Gipfel will die EU'), not one named only as
        someone's office ('der Generaldirektor der WHO')."""
        holders = set()
        for t in (t for t in group if not t.is_noun):  # "Die EU-Außenminister berieten am Montag"
            holders |= {s.entity_id for s in sentence.slots_in(*sentence.clause(t.token)) if members_of_a_body(sentence, s)}
        for t in (t for t in group if t.is_noun):
            phrase = phrase_range(sentence, t)
            start, end = sentence.clause(t.token)
            for slot in sentence.slots_in(start, end):
                office = slot.token_start >= sentence.start + 2 and sentence.lowers[slot.token_start - 1] in \
                    ("des", "der") and known_role_noun(sentence.texts[slot.token_start - 2]) is not None
                if slot.token_start == t.token or slot.token_start in phrase or not office \
                        or members_of_a_body(sentence, slot):  # "die Staats- und Regierungschefs der EU"
                    holders.add(slot.entity_id)
        return holders

    def _collective(self, sentence: Sentence, group: list[Trigger], sides: list[str]) -> bool:
        """A summit of one organisation, named in the trigger's own word or phrase: 'EU-Gipfel', 'Gipfel
        der G20', 'Video-Beratungen der G-20' (not 'der WHO-Chef auf der Münchner Sicherheitskonferenz'),
        or whose leaders or ministers meet ('Die Staats- und Regierungschefs der EU berieten am Montag',
        'Beratungen der EU-Justizminister': talks of a body's ministers are its meeting)."""
        if not any(t.event_type in SUMMIT_TYPES or t.is_noun and genitive_of_members(sentence, phrase_range(sentence, t))
                   for t in group):
            return False
        return any(diplomacy.is_international_organisation(s, self.kb) for s in sides)

    def _resolve_references_in_sentence(self, sentence: Sentence, frame: Frame, reading) -> None:
        """A pronoun, or an office named without its holder, stands for a side."""
        if reading.pronoun is not None and not reading.plural_pronoun and (
                len(frame.sides) < 2 or reading.possessor or not reading.agents or reading.he_acts):
            earlier = [self.actors.slots.get(i, []) for i in range(sentence.index - 1, max(-1, sentence.index - 4), -1)]
            person = references.subject_after(sentence, reading.pronoun, reading.agents, self.kb) \
                if reading.possessor else None
            if person is None and reading.possessor and references.unnamed_group_after(sentence, reading.pronoun):
                earlier = []  # "Nach ihrem Besuch haben drei Parlamentarier ...": theirs, nobody named before
            person = person or references.resolve_pronoun(sentence, reading.pronoun, earlier, self.kb)
            if person is not None and person not in frame.sides:
                frame.sides.insert(0, person)
                frame.pronoun = True
        few = len(self._polities(frame.sides)) < 2
        for office in reading.role_references:
            governing = sentence.governing_preposition(office)
            if not few and governing is None:
                continue  # a subject office is needed only for a missing side; "mit der Kanzlerin" always names one
            person = references.holder_named_before(sentence, office, self.actors.entities,
                                                    self._people_before(sentence.index, office), self.kb)
            if person is not None and person not in frame.sides:
                frame.sides.insert(0, person)
                frame.pronoun = True
        if reading.plural_office is not None and len(self._polities(frame.sides)) < 2:
            # "Das letzte Treffen der Führer fand 2021 statt, unter Bidens Präsidentschaft": the leaders named around
            found = known_role_noun(sentence.texts[reading.plural_office])
            around = [s.entity_id for i in (sentence.index - 1, sentence.index) for s in self.actors.slots.get(i, [])
                      if s.entity_type == "PERSON"]
            holders = references.plural_office_holders(found[0], around, self.actors.entities, self._polities)
            if holders and self._polities(frame.sides) <= self._polities(holders):
                frame.sides = list(dict.fromkeys(holders + frame.sides))
                frame.pronoun = True

    def _people_before(self, index: int, token: int) -> list[str]:
        """The people the article named before a token of a sentence, the latest first."""
        found = [s.entity_id for i in range(index, -1, -1) for s in reversed(self.actors.slots.get(i, []))
                 if s.entity_type == "PERSON" and s.token_start < token]
        return list(dict.fromkeys(found))

    def _then(self, sentence: Sentence):
        """'damals': the last date told before it in its paragraph, a few sentences back at most ('Erinnert sich
        jemand an den Mai 2019? Ein schöner Frühling. Damals trafen sich ...'); a main clause opened by 'da' the
        last date of the sentence before ('Das zeigte sich schon gestern Morgen. Da empfing Scholz Macron.')."""
        pointer = then_pointer(sentence)
        if pointer is None:
            return None
        reach = THEN_REACH if pointer == "paragraph" else 1
        for index in range(sentence.index - 1, max(-1, sentence.index - 1 - reach), -1):
            before = self._sentence(index)
            # "seit dem Sommer 2021. Damals ...": bounds count here
            dates = find_dates(before.text, self.days.at(before.start_char), future=False)
            if dates:
                return dates[-1]
            if self._opens_paragraph(index):
                return None  # 'damals' reaches no further back than its paragraph
        return None

    def _dates_before(self, sentence: Sentence) -> list[DateMention]:
        """The dates of the sentence before, in the same paragraph."""
        if sentence.index == 0 or self._opens_paragraph(sentence.index):
            return []
        before = self._sentence(sentence.index - 1)
        return find_dates(before.text, self.days.at(before.start_char), future=None)

    def _opens_paragraph(self, index: int) -> bool:
        """Whether sentence index begins a paragraph (the text before it ends a line; a sentence may keep its newline)."""
        start = self._sentence(index - 1).start_char if index else 0
        return index == 0 or self.text[start:self._sentence(index).start_char].rstrip(" \t").endswith("\n")

    def _story_goes_on(self, sentence: Sentence, frame: Frame, past: bool):
        """'Von der Leyen ist am Dienstag nach Kiew gereist. Sie wurde von Selenskyj empfangen.' and
        'Dort traf er Lawrow': an undated contact told in the past that shares a side with the dated
        contact that happened in the sentence before (or says 'dort', 'dabei') happened that day, there."""
        if not (past and frame.is_contact):
            return None
        there = any(w in ("dort", "dabei") for w in sentence.words())
        before = [f for f in self.frames if f.sentence == sentence.index - 1 and f.is_contact and f.date is not None
                  and f.status == "happened" and (there or set(f.sides) & set(frame.sides))]
        if not before:
            return None
        frame.location = frame.location or before[-1].location
        return before[-1].date

    def _scene_goes_on(self, sentence: Sentence, frame: Frame, past: bool):
        """'Am Donnerstag schaltete sich Außenminister Schallenberg ein. Er rief seinen Amtskollegen an.': an
        undated contact told in the past, whose actor is a pronoun for a person the sentence before names, goes
        on the one day that sentence tells in the past, in the same paragraph. A clause that sets itself
        before or after ('zuvor', 'später', the Plusquamperfekt 'hatte ... telefoniert', 'war ... zurückgekehrt')
        takes no day from it."""
        if not (past and frame.is_contact and frame.pronoun and frame.sides) or sentence.index == 0 \
                or self._opens_paragraph(sentence.index):
            return None
        if any(in_list("shifted_time", w) or in_list("past_marker", w) or word_list("perfect_auxiliary").get(w) == "past"
               for w in sentence.words()):
            return None
        before = self._sentence(sentence.index - 1)
        if frame.sides[0] not in {s.entity_id for s in self.actors.slots.get(before.index, [])}:
            return None
        if any(f.sentence == before.index and f.is_contact for f in self.frames):
            return None  # a contact there dates this one by _story_goes_on, or not at all
        days = find_dates(before.text, self.days.at(before.start_char), future=False)
        if len(days) != 1 or days[0].precision != "day" or not told_in_past(before, before.start, before.end):
            return None
        return days[0]

    def _days_after_the_last(self, sentence: Sentence, start: int, end: int):
        """'zwei Tage später', 'am Tag darauf', 'eine Woche zuvor' in the trigger's clause: counted from the day of
        the event last dated to a day within the three sentences before (else the last day the sentence before
        names); no day to count from gives none."""
        lo = sentence.offsets[start] - sentence.start_char
        hi = sentence.offsets[end - 1] - sentence.start_char + len(sentence.texts[end - 1])
        offset = days_later(sentence.text[lo:hi])
        if offset is None:
            return None
        dated = [f.root for f in self.frames if f.root.date is not None and f.root.date.precision == "day"
                 and 0 <= sentence.index - f.root.last_sentence <= 3]
        if dated:
            anchor = first_day(max(dated, key=lambda f: f.last_sentence).date)
        elif sentence.index > 0:
            before = self._sentence(sentence.index - 1)
            days = [d for d in find_dates(before.text, self.days.at(before.start_char), future=False)
                    if d.precision == "day"]
            anchor = first_day(days[-1]) if days else self._story_day(sentence, offset)
            if anchor is None:
                return None
        else:
            return None
        return DateMention(0, 0, (anchor + timedelta(days=offset)).isoformat(), "day", True, "days_later")

    def _part_of_the_story_day(self, sentence: Sentence, start: int, end: int, past: bool):
        """'Am Abend telefonierte Merkel mit Lukaschenko', 'Macron hatte am Nachmittag mit Putin gesprochen': a part of a
        day without its day (day_part_rule), told in the past in the trigger's clause, is of the day the story tells:
        the one day the sentence before names, else, where no sentence before names a day other than the reference
        day, the reference day; none where the sentence before names several days or another day was told earlier."""
        if not past:
            return None
        lo = sentence.offsets[start] - sentence.start_char
        hi = sentence.offsets[end - 1] - sentence.start_char + len(sentence.texts[end - 1])
        reference = self.days.at(sentence.start_char)
        if not any(d.rule in DAY_PART_RULES and lo <= d.start < hi for d in find_dates(sentence.text, reference, future=True)):
            return None
        days = {d.value for d in self._dates_before(sentence) if d.precision == "day" and not d.tense_dependent}
        days |= {d.past_value for d in self._dates_before(sentence) if d.precision == "day" and d.tense_dependent
                 and d.past_value is not None}
        if len(days) == 1:
            return DateMention(0, 0, days.pop(), "day", True, DAY_PART)
        if days:
            return None
        today = self._story_day(sentence, -1)
        return DateMention(0, 0, today.isoformat(), "day", True, DAY_PART) if today is not None else None

    def _story_day(self, sentence: Sentence, offset: int):
        """'Der türkische Präsident hatte am Vortag Putin getroffen' in a report that names no other day before it
        (or only the reference day: 'heute'): the day before is counted from the reference day, the day the news
        tells of; not a day after it ('zwei Tage später' needs a day told), nor more than the day before ('eine Woche
        zuvor' counts from an event told before, whose day the report need not be)."""
        today = self.days.at(sentence.start_char)
        if offset != -1 or today is None:
            return None
        for index in range(sentence.index):
            before = self._sentence(index)
            if any(d.precision == "day" and d.value != today.isoformat()
                   for d in find_dates(before.text, self.days.at(before.start_char), future=False)):
                return None
        return today

    def _after_the_last(self, sentence: Sentence):
        """'im Anschluss', 'anschließend', 'danach': the day of the contact just reported."""
        words = sentence.words()
        if not ("anschluss" in words and "im" in words or "anschließend" in words or "danach" in words):
            return None
        dated = [f.root for f in self.frames if f.root.date is not None and f.root.is_contact
                 and sentence.index - f.root.last_sentence <= 3]
        if not dated:
            return None
        latest = max(dated, key=lambda f: f.last_sentence).date
        return latest if latest.precision == "day" else None

    def _place(self, sentence: Sentence, frame: Frame, destination: str | None = None,
               everyone: list[Trigger] = ()) -> None:
        first = frame.triggers[0]
        trigger = first.token
        verb = next((t for t in frame.triggers if not t.is_noun), None)
        phrase = None if verb is not None or places.stay_where_the_clause_says(sentence, trigger) \
            else phrase_range(sentence, first)
        nearest = places.nearest_place(sentence, trigger, phrase)
        frame.location = nearest.mention_entity_id if nearest else frame.location
        if frame.event_type != "VISIT":
            return
        goes_to = places.destinations(sentence, trigger, phrase,
                                      transitive=verb is not None and verb.word.needs == "object")
        if destination is not None:  # one stop of a journey to several states
            goes_to = [g for g in goes_to if places.country_of_place(g, self.kb) == destination]
            frame.location = goes_to[0].mention_entity_id if goes_to else destination
        if goes_to:
            frame.location = goes_to[0].mention_entity_id
        visited = {slot.entity_id for slot in places.destinations(sentence, trigger, phrase, countries=True)}
        visitors = {self._polity(s) for s in frame.sides if s not in visited}
        if not visitors:
            return  # "besuchten wir einander in Berlin, Madrid": places visited by nobody named are no sides
        if any(diplomacy.is_international_organisation(s, self.kb) for s in frame.sides):
            return  # "zu einem Sondergipfel nach Brüssel": the Union receives, not Belgium
        hosts = met_at_the_destination(sentence, first, everyone)
        met = self._polities([s.entity_id for s in hosts])
        # "reiste nach Oslo, wo ihn Støre empfing": the host met at home where the traveller goes is a side of the visit
        at_home = {self._polity(c) for c in (self._country_of(g) for g in goes_to) if c is not None} - {None}
        frame.sides += [s.entity_id for s in hosts if s.entity_type == "PERSON" and s.entity_id not in frame.sides
                        and self._polity(s.entity_id) in at_home - visitors]
        if any(t.event_type != "VISIT" for t in frame.triggers) and len(visitors) >= 2:
            met |= visitors  # "reiste nach Genf und traf dort Lawrow", "zu Gesprächen mit Lawrow nach Genf gereist"
        for slot in goes_to:
            host = places.organisation_seated_at(slot, self.kb) or places.country_of_place(slot, self.kb)
            if met - visitors or len(visitors) >= 2 and met:
                if host is not None and self._polity(host) not in met | visitors:
                    continue  # "reiste nach Genf, um dort Lawrow zu treffen": Switzerland only hosts the meeting
            seat = places.organisation_seated_at(slot, self.kb)
            if seat is not None:  # "nach Brüssel": to the Union
                self._ensure_entity(seat)
                frame.sides.append(seat)
                continue
            country = places.country_of_place(slot, self.kb)
            if country is not None and self._polity(country) not in visitors:
                self._ensure_entity(country)
                frame.sides.append(country)

    def _refer_back(self, frame: Frame, names_partner: bool) -> None:
        """A report that names too few sides of its own refers to an event already reported;
        an identical report of an event already reported is that event."""
        if not frame.is_contact:
            return
        if self._accession_talks(frame) and len(self._polities(frame.sides)) < 2:
            self._refer_to_accession_talks(frame)
            return
        enough = len(self._polities(frame.sides)) >= 2 or frame.collective
        trigger = frame.triggers[0]
        generic = all(references.is_generic(t) for t in frame.triggers)
        if references.is_latest(trigger) and not enough:
            root = references.latest_held(self.frames, frame.sentence)
            if root is not None and any(p not in root.sides for p in frame.sides if p in self._people()):
                root = None  # "Nach der jüngsten Runde beschuldigte Barnier London": his latest talks, not the last told
        elif references.refers_back(trigger) and not references.is_earlier_event(trigger) and not names_partner \
                and (not enough or generic or self._summit_in_reach(frame) and trigger.determiner not in POSSESSIVES):
            # "Merkel und Macron hätten sich aus den Verhandlungen zurückgezogen" during the EU summit: its talks;
            # "Merkel und Macron machten sich bei ihrem Treffen stark": their own meeting, not the summit
            told_by = references.told_by(self._sentence(frame.sentence))  # "Bei dem Telefonat ..., teilte laut Paris"
            root = references.antecedent(self.frames, frame, frame.sides, self.kb, self._polities,
                                         collective_only=enough and not generic, told_by=told_by)
            if root is None and not enough:
                # "den Gipfel am 10. Dezember" after the summit of 19 November: the same sides, another day
                other = references.antecedent(self.frames, frame, frame.sides, self.kb, self._polities,
                                              same_place=False, told_by=told_by)
                if other is not None and (frame.date is not None or frame.location is not None) \
                        and (other.collective or other.event_type == frame.event_type):
                    # a summit of a body on another day; not a visit to Brussels for a conference in Riga
                    frame.sides = list(dict.fromkeys(other.sides + frame.sides))
                    frame.collective = other.collective
                return
        elif references.joins_others(trigger) or not enough and references.starts_new_event(trigger):
            people = [s for s in frame.sides if s in self._people()]
            root = references.antecedent(self.frames, frame, people, self.kb, self._polities, same_place=False)
            if root is not None:
                frame.sides = list(dict.fromkeys(root.sides + frame.sides))
            return
        elif not frame.sides and not names_partner and not references.is_earlier_event(trigger):
            root = references.continued(self.frames, frame)  # "Geplant ist ein Telefonat"
            if root is not None and root.event_type == "CONTACT" and not generic:
                root.event_type = frame.event_type  # "Kontakt aufnehmen ... ein Telefonat": the contact is a call
        else:
            root = self._same_event(frame)
        if root is not None and self._negotiations_on_their_own_subject(frame, root.root):
            return
        if root is not None and self._process_apart_from_an_occasion(frame, root.root):
            frame.sides = list(dict.fromkeys(root.root.sides + frame.sides))  # the same parties' talks
            return
        if root is not None and self._earlier_than_the_date_lent(frame, root.root):
            frame.sides = list(dict.fromkeys(root.root.sides + frame.sides))  # an earlier occurrence of the same sides
        elif root is not None and not in_another_year(self.stated.get(id(frame)), root.date):
            self._attach_keeping_the_stated_date(frame, root)

    def _attach_keeping_the_stated_date(self, frame: Frame, root: Frame) -> None:
        """A reference back takes the event's date, unless that date was only filled in from the publication and the
        reference's own clause states one it allows (stated_over_filled_in): then the event and all that refer to it
        take the stated date."""
        lent, own = root.root.date, self.stated.get(id(frame))
        references.attach(frame, root)
        if stated_over_filled_in(own, lent):
            for other in self.frames + [frame]:
                if other.root is frame.root and other.date is lent:
                    other.date = own

    def _negotiations_on_their_own_subject(self, frame: Frame, root: Frame) -> bool:
        """'Er dankte Scholz, der bei den Verhandlungen über den EU-Wiederaufbaufonds eine zentrale Rolle gespielt habe'
        after the two leaders' meeting: negotiations the noun names by their subject ('über', 'zum'), in a relative
        clause that tells of a person, are a process of that person's past, not the meeting or call reported before
        ('Michel sprach mit Modi, doch die Verhandlungen über das Abkommen stocken' are the talks of those two)."""
        if root.event_type == "NEGOTIATION" or not all(t.is_noun and t.event_type == "NEGOTIATION" for t in frame.triggers):
            return False
        sentence = self._sentence(frame.sentence)
        return any(negotiations_named_by_subject(sentence, t) and about_a_person(sentence, t) for t in frame.triggers)

    def _process_apart_from_an_occasion(self, frame: Frame, root: Frame) -> bool:
        """'Sunak will am Freitag beim EU-Gipfel mit von der Leyen sprechen. Die Gespräche kommen seit Monaten kaum
        voran': talks told as a process (told_as_a_process) are the negotiations of those parties, not the summit,
        meeting or call reported before; they share its sides, not its status, type or day."""
        if root.event_type == "NEGOTIATION":
            return False
        sentence = self._sentence(frame.sentence)
        start, end = sentence.clause(frame.triggers[0].token)
        return told_as_a_process(sentence, frame.triggers, start, end, going_on_for_long(sentence, start, end))

    def _accession_talks(self, frame: Frame) -> bool:
        sentence = self._sentence(frame.sentence)
        return all(accession_talks(sentence, t) for t in frame.triggers)

    def _refer_to_accession_talks(self, frame: Frame) -> None:
        """'Leitlinien für die Beitrittsgespräche', 'die Eröffnung von EU-Beitrittsverhandlungen' after 'Beitrittsgespräche
        mit der Ukraine' and an EU summit: accession talks that name no candidate are the latest accession talks with
        one, never the summit or visit at which they were asked for; with none in reach they stay unknown."""
        roots = [f.root for f in reversed(self.frames) if f.root is not frame and self._accession_talks(f.root)
                 and len(self._polities(f.root.sides)) >= 2 and set(frame.sides) <= set(f.root.sides)
                 and references.in_reach(f.root, frame.sentence)]
        latest = [r for r in roots if r.last_sentence == roots[0].last_sentence] if roots else []
        frame.collective = False  # "Zugeständnisse für EU-Beitrittsgespräche": no summit of the Union
        if latest and len({frozenset(r.sides) for r in latest}) == 1:
            references.attach(frame, latest[0])  # not where the latest named two ('für Nordmazedonien und Albanien')

    def _earlier_than_the_date_lent(self, frame: Frame, root: Frame) -> bool:
        """'Weiterer US-Besuch in Taiwan erwartet ... Die Delegation soll am Abend eintreffen. Die beiden Besuche zuvor
        hatten Proteste ausgelöst', 'Es war der ranghöchste Besuch seit Jahren': a reference back its own clause tells
        as before the news is of an earlier occurrence than an event whose sentence states no date and that only a
        later report dated; it takes that event's sides, not its date. One whose sentence states its date it refers
        to ('Merz traf am Montag Macron. Das Treffen damals ...'), as one dated by the month of the news ('Für Xi war
        das Treffen ein Zeichen der Stärke')."""
        own = self.stated.get(id(root))
        if self.stated.get(id(frame)) is not None or root.date is None or own is root.date or root.date.rule == NEWS_MONTH:
            return False
        sentence = self._sentence(frame.sentence)
        return told_as_before(sentence, frame.triggers, *sentence.clause(frame.triggers[0].token))

    def _summit_in_reach(self, frame: Frame) -> bool:
        """Whether a summit of an organisation is under discussion, whose talks a definite noun naming
        only states and people may name ('den EU-Gipfel im Dezember' is a summit of its own)."""
        if frame.collective or any(diplomacy.is_international_organisation(s, self.kb) for s in frame.sides):
            return False
        return any(f.root.collective and references.in_reach(f.root, frame.sentence) for f in self.frames)

    def _same_event(self, frame: Frame) -> Frame | None:
        """An event this article already reported with the same sides, kind, date and place; talk of
        any kind ('er habe ein gutes Gespräch mit Netanjahu gehabt') is the contact of those sides, and
        'beim G20-Gipfel' the virtual summit of the G20 reported before."""
        generic = all(references.is_generic(t) for t in frame.triggers)
        for root in (f for f in self.frames if f.antecedent is None):
            if (root.family == frame.family or generic and root.is_contact
                    or root.collective and references.summit_held_remotely(root, frame)) \
                    and set(root.sides) == set(frame.sides) and len(frame.sides) >= 1 \
                    and (root.date is None or frame.date is None or root.date.value == frame.date.value) \
                    and places.places_agree(root.location, frame.location, self.kb) \
                    and references.in_reach(root, frame.sentence) \
                    and not references.starts_new_event(frame.triggers[0]) \
                    and not references.is_earlier_event(frame.triggers[0]):
                return self._given_rather_than_supposed(frame, root)
        return None

    def _given_rather_than_supposed(self, frame: Frame, root: Frame) -> Frame:
        """A definite reference ('auf dem Gipfel wollen die 27 eine Einigung finden') names the event the article
        takes as given ('eine Einigung auf dem kommenden EU-Gipfel'), whose sides include its own, rather than one
        it only supposes with the same sides ('ob man noch einen weiteren EU-Gipfel brauche'): the definite article
        presupposes that the event exists."""
        if root.status != "speculative" or not references.refers_back(frame.triggers[0]):
            return root
        given = [f for f in self.frames if f.antecedent is None and f is not frame and f.family == frame.family
                 and f.status in ("planned", "happened") and set(frame.sides) <= set(f.sides)
                 and f.collective == root.collective and references.in_reach(f, frame.sentence)
                 and (f.date is None or frame.date is None or f.date.value == frame.date.value)]
        return given[-1] if len(given) == 1 else root

    def _people(self) -> set[str]:
        return {i for i, e in self.actors.entities.items() if e.entity_type == "PERSON"}

    # -- diplomacy ---------------------------------------------------------------------
    def _polity(self, entity_id: str) -> str | None:
        entity = self.actors.entities.get(entity_id) or self._ensure_entity(entity_id)
        return diplomacy.polity(entity, self.kb, self.published) if entity is not None else None

    def _polities(self, sides: list[str]) -> set[str]:
        return {p for p in map(self._polity, sides) if p is not None}

    def _is_reportable(self, frame: Frame) -> bool:
        """A contact between at least two states or organisations (or a summit of one);
        a context event with at least one side that stands for one. Sides that stand for none
        (a party, a company, a person of unknown country) are dropped from a reportable frame.
        A contact with private people is none, nor one that names only the partners of someone
        it does not name ("Es gebe Gespräche mit den Regierungen Polens und Tschechiens")."""
        if frame.root.private or frame.one_sided and not frame.pronoun and frame.antecedent is None:
            return False
        acting = [s for s in frame.sides if self._polity(s) is not None]
        polities = self._polities(acting)
        if frame.is_contact and len(polities) == 1 and self._talks_of_one_side(frame):
            return False
        if frame.is_contact:
            reportable = len(polities) >= 2 or (frame.collective and len(polities) >= 1)
        else:
            reportable = len(polities) >= 1
        if reportable:
            frame.sides = acting
        return reportable

    def _talks_of_one_side(self, frame: Frame) -> bool:
        """'nach den Gesprächen gebe es keine Klarheit seitens des Unternehmens', 'Die Streitthemen der Verhandlungen
        haben sich nicht geändert': talks (talk_noun) are between sides; with one organisation alone the other side is
        unknown, and no summit of that body ('Beratungen der EU-Außenminister' name its members: they stay), unless they
        refer back to a meeting of the body ('Die EU-Chefs trafen sich in Brüssel. Die Verhandlungen dauerten lange')."""
        frames = [frame] if frame.root is frame else [frame, frame.root]
        for each in frames:
            sentence = self._sentence(each.sentence)
            if not all(t.is_noun and in_list("talk_noun", t.word.lemma)
                       and not genitive_of_members(sentence, phrase_range(sentence, t)) for t in each.triggers):
                return False
        return True

    def _ensure_entity(self, entity_id: str) -> Entity | None:
        """Knowledge base actors that a rule adds as sides (a visit's host country) get an entity row."""
        entity = self.actors.entities.get(entity_id)
        actor = self.kb.actors.get(entity_id)
        if entity is None and actor is not None:
            entity = Entity(actor.entity_id, actor.name, actor.entity_type, actor.wikidata_id, actor.country, None,
                            [actor.name], in_knowledge_base=True)
            self.actors.entities[entity_id] = entity
        return entity

    # -- rows --------------------------------------------------------------------------
    def _heading(self, index: int) -> bool:
        sentence = self._sentence(index)
        return standalone_line(self.text, sentence.start_char, sentence.end_char)

    def _one_date(self, index: int) -> bool:
        if index >= len(self.bounds):
            return False
        sentence = self._sentence(index)
        return len(find_dates(sentence.text, self.days.at(sentence.start_char), future=None)) == 1

    def _participants(self, frame: Frame) -> list[str]:
        """The sides, and the states and organisations the people among them act for
        (so an analyst can count by country: Lawrow's meeting is also Russia's)."""
        found = list(frame.sides)
        for side in frame.sides:
            entity = self.actors.entities.get(side)
            if entity is None or entity.entity_type != "PERSON":
                continue
            code = self._polity(side)
            actor = diplomacy.polity_entity(code, self.kb) if code else None
            if actor is not None and actor.entity_id not in found:
                self._ensure_entity(actor.entity_id)
                found.append(actor.entity_id)
        return found

    def _rows(self) -> list[EventMention]:
        rows, seen = [], set()
        for frame in (f for f in self.frames if f.reportable):
            row = self._row(frame)
            if (row.sentence_index, row.local_event_key) not in seen:
                seen.add((row.sentence_index, row.local_event_key))
                rows.append(row)
        return rows

    def _row(self, frame: Frame) -> EventMention:
        sentence = self._sentence(frame.sentence)
        trigger = frame.triggers[0]
        trigger_start = self.offsets[trigger.token]
        participants = sorted(self._participants(frame))
        key = f"{self.article_id}:{sentence.start_char}:{trigger_start}:{frame.event_type}:{','.join(participants)}"
        frame.key = hashlib.sha1(key.encode()).hexdigest()[:16]
        confidence = (0.7 if frame.antecedent is not None else 0.9) - (0.1 if frame.pronoun else 0.0)
        return EventMention(
            mention_id=frame.key, article_id=self.article_id, sentence_index=frame.sentence,
            start_char=sentence.start_char, end_char=sentence.end_char, sentence_text=sentence.text,
            event_type=frame.event_type, status=frame.status,
            event_date=frame.date.value if frame.date else None,
            date_precision=frame.date.precision if frame.date else None, trigger_text=trigger.text,
            trigger_start=trigger_start, trigger_end=trigger_start + len(trigger.text),
            participant_ids=participants, location_id=frame.location, confidence=round(confidence, 2),
            anaphoric=frame.antecedent is not None,
            local_event_key=frame.root.key or frame.key,
        )
