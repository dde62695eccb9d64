"""Stage 2, sides: who takes part in the event a trigger reports, read from the sentence's structure.

The sides of a trigger noun are its own complements: the actors in the compound
("Biden-Netanjahu-Telefonat", "EU-Gipfel"), before it ("Pompeos Besuch", "das deutsch-französische
Treffen", "seinem Treffen") and after it in its noun phrase ("Treffen des britischen Staatssekretärs
Gove", "Gespräche mit Biden", "zwischen Großbritannien und der EU", "Besuch von Kanzler Kurz bei
Präsident Trump", "Reise nach Moskau"). The clause's subject joins only when the noun is
something the subject takes part in ("traf sich Rutte zu einem Krisengespräch mit Merkel", "sagte
er nach einer Videokonferenz mit Wang Yi"), not when it comments on it ("Weber bezeichnete das
Treffen zwischen Johnson und von der Leyen", "Lagarde stellte ein Scheitern der Gespräche in
Aussicht"). The sides of a trigger verb are the actors of its clause. Never a side: what is talked
about ("über Russland", "das Verhältnis zu China"), places, spokespeople, affiliations.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from orchestration.nlp.actors import ActorSlot
from orchestration.nlp.events.sentence import (
    COORDINATORS,
    DETERMINERS,
    POSSESSIVES,
    PREPOSITIONS,
    RELATIVE_PRONOUNS,
    SUBORDINATORS,
    Sentence,
    is_attributive,
    is_finite_verb,
    is_strong_past_singular,
)
from orchestration.nlp.events.triggers import (Trigger, coalition_nickname, dative_plural_office, names_someone, trigger_noun,
                                               verb_lemma)
from orchestration.nlp.events.words import in_list, linking_phrases, word_list
from orchestration.nlp.lexicon import ends_in_common_noun, is_calendar_word, is_common_noun, noun_lemma
from orchestration.nlp.knowledge import load_knowledge
from orchestration.nlp.pipeline import known_role_noun
from orchestration.nlp.records import CONTACT_TYPES

# Words a trigger noun's phrase continues with: "Treffen des Präsidenten mit Putin und Selenskyj".
PHRASE_LINKS = frozenset({"des", "der", "den", "dem", "die", "eines", "einer", "einem", "von", "vom", "mit",
                          "zwischen", "und", "sowie", "bei", "beim", "zu", "zum", "zur", "beiden", ",", "in", "im",
                          "nach", "sir", "lord"})
# Heads of compounds that make the actor in front a side: "EU-Staaten", "Nato-Partner", "US-Delegation".
GROUP_HEADS = ("staaten", "länder", "partner", "kollegen", "regierungschef", "staatschef", "außenminister",
               "minister", "mitgliedstaaten", "mitgliedsstaaten", "regierung", "delegation", "unterhändler",
               "vertreter", "spitze", "führung", "verhandler", "chefverhandler", "verhandlungsführer", "staats-",
               "gipfel", "treffen", "gespräche", "verhandlungen", "administration")
PLURAL_REFERENCES = ("beide", "beiden")


@dataclass
class SideReading:
    agents: list[ActorSlot]  # who acts: subject, "zwischen X und Y", "des X", "Pompeos", compound parts
    partners: list[list[ActorSlot]] = field(default_factory=list)  # "mit X und Y", "sowie mit Z": one group per "mit"
    pronoun: int | None = None  # a pronoun standing for a side, resolved by the caller
    both: bool = False  # "die beiden", "beide Seiten": the sides of the event just reported
    names_partner: bool = False  # the phrase says with whom, named or not ("Gespräche mit seinen Beratern")
    plural_pronoun: bool = False  # "da waren sie noch per Videokonferenz verbunden", "bei ihrem ersten Treffen"
    possessor: bool = False  # the pronoun is the trigger's own possessive: "seines Treffens mit Netanjahu"
    role_references: list[int] = field(default_factory=list)  # offices standing for their holders: "die Kanzlerin"
    plural_office: int | None = None  # "das Treffen der beiden Präsidenten": who met, named by office only
    private: bool = False  # the partners are private people: "ein Treffen mit den Aktivistinnen"
    unknown_partner: bool = False  # a partner the knowledge base does not know: "mit Netflix"
    he_acts: bool = False  # "er" is the subject of the trigger verb, whoever else the clause names

    def groups(self) -> list[list[ActorSlot]]:
        """The sides of each event the reading reports: one per partner group."""
        if not self.partners:
            return [self.agents]
        return [unique_slots(self.agents + group) for group in self.partners]


def read_sides(sentence: Sentence, triggers: list[Trigger], others: list[Trigger]) -> SideReading:
    """The sides of a group of triggers of one event in one clause; others are the sentence's other
    triggers, whose phrases name their own sides ('während eines Telefonats mit X sein Interesse an
    einem Treffen mit Y')."""
    first = triggers[0]
    start, end = sentence.clause(first.token)
    agents: list[ActorSlot] = []
    end = before_a_gapped_clause(sentence, first.token, end)
    urged = urged_to_act(sentence, first.token, start, end)
    if urged is not None:
        start, urged_actors = urged
    partners: list[list[ActorSlot]] = []
    phrase_tokens: set[int] = {i for t in others if t.is_noun for i in phrase_range(sentence, t)} \
        | {t.token for t in others}
    names_partner = private = unknown_partner = False
    own_phrases: set[int] = set()
    owned = False  # "vor dessen Besuch": the noun's actor is named, the clause's subject is not it
    first_phrase = range(0)
    for trigger in triggers:
        if trigger.is_noun:
            phrase = phrase_range(sentence, trigger)
            if trigger is first:
                first_phrase = phrase
            phrase_tokens |= set(phrase)
            own_phrases |= set(phrase)
            agents += noun_agents(sentence, trigger, phrase) + attendees_in_relative_clause(sentence, phrase)
            if len({s.entity_id for s in agents}) < 2:
                agents += parties_of_the_agreement(sentence, trigger, phrase, others)
            owner = relative_owner(sentence, trigger)
            if owner is not None:
                agents.append(owner)
                owned = True
            groups = partner_groups(sentence, phrase.start, phrase.stop)
            partners += [[slot] for g in groups for slot in g] if is_plural_contact(sentence, trigger) else groups
            names_partner |= any(sentence.lowers[i] in ("mit", "zwischen", "bei") for i in phrase) \
                or names_its_participants(sentence, phrase)
            private |= names_private_partner(sentence, trigger.token + 1, phrase.stop, trigger.event_type == "VISIT")
            unknown_partner |= names_unknown_partner(sentence, trigger.token + 1, phrase.stop)
    verb = any(not t.is_noun for t in triggers)
    agent_polities = {s.entity_id for s in agents}
    owned |= not verb and (names_who_meets_whom(sentence, first, first_phrase)
                           or genitive_of_members(sentence, first_phrase)
                           or visit_named_in_full(sentence, first, first_phrase, agents))
    if verb or len(agent_polities) < 2 and not owned and subject_takes_part(sentence, first):
        rest = [i for i in range(start, end) if i not in phrase_tokens]
        in_mit = {s.token_start for g in partner_groups(sentence, start, end, skip=phrase_tokens) for s in g}
        # "führte mit Macron Gespräche": the clause's "mit" names partners of the noun too, never who acts
        if verb or not partnered_in_own_phrase(sentence, first, first_phrase):
            partners += partner_groups(sentence, start, end, skip=phrase_tokens)
        private |= verb and (names_private_partner(sentence, start, end) or visits_private_people(sentence, triggers))
        unknown_partner |= verb and names_unknown_partner(sentence, start, end)
        # "Bei dem Treffen rief Merkel die Türkei zu Gesprächen auf": of a noun in a phrase, the subject takes part
        in_phrase = not verb and heads_a_prepositional_phrase(sentence, first.token)
        acting = subject_of(sentence, start, end, skip=phrase_tokens) if in_phrase else clause_arguments(sentence, start, end)
        agents += [s for s in acting if s.token_start in rest and s.token_start not in in_mit
                   and (verb or not object_of_an_infinitive(sentence, s, first))
                   and not quoted_apart(sentence, s.token_start, first.token)]
        if not agents:
            agents += relative_antecedents(sentence, start)
        if verb and shares_the_subject_before(sentence, start):
            agents += [s for s in subject_before_the_verb(sentence, *sentence.clause(start - 2))
                       if s.token_start not in phrase_tokens and can_act(sentence, s) and s not in agents]
        if not agents and urged is not None:
            agents += urged_actors
        for _ in range(3):  # "Der Präsident, Donald Trump, | zeigt Interesse daran, | Kontakte herzustellen"
            if agents or not _continues_clause_before(sentence, start, end):
                break
            before = sentence.clause(start - 1)
            if urges_another(sentence, *before) or accuses_another(sentence, *before):
                break
            if verb and start in {t.token for t in triggers}:
                # "hatten Merkel und Xi mit dem Präsidenten des Rates, Charles Michel, | telefoniert": the verb
                # closes the clause an apposition broke, whose 'mit' names its partners
                partners += partner_groups(sentence, *before, skip=phrase_tokens)
            start = before[0]
            in_mit |= {s.token_start for g in partner_groups(sentence, start, end, skip=phrase_tokens) for s in g}
            agents += [s for s in subject_of(sentence, *before)
                       if s.token_start not in phrase_tokens and s.token_start not in in_mit
                       and s.entity_type in ("PERSON", "GPE") and not quoted_apart(sentence, s.token_start, first.token)]
    if verb:  # "Am Rande des Nato-Treffens sprach Blinken mit Kuleba": the summit is where, its body no side
        agents, partners = without_the_setting(sentence, agents, partners)
    if first.event_type in CONTACT_TYPES:  # "über die Lage gesprochen und den Einsatz von Drohnen durch Israel beklagt"
        agents = [s for s in agents if not agent_of_a_thing(sentence, s)]
    for summit in (t for t in triggers if t.is_noun and t.event_type == "MEETING"):  # "Chefs aus EU-Staaten ... der EPG"
        agents = [s for s in agents if not member_of_the_holder(sentence, s, summit, phrase_range(sentence, summit))]
    accession = [t for t in triggers if accession_talks(sentence, t)]
    if accession and len(accession) == len(triggers):
        agents, partners = accession_sides(sentence, accession, agents, partners)
    if deliberates_together(sentence, triggers, partners):
        partners = [unique_slots([s for g in partners for s in g])]
    if first.event_type != "VISIT":  # "sagte er in Berlin nach einem Treffen": where, not who
        agents = [s for s in agents if not located_in(sentence, s)]
    reading = SideReading(unique_slots(agents), [g for g in partners if g], names_partner=names_partner,
                          private=private, unknown_partner=unknown_partner)
    words = sentence.words(start, end)
    reading.both = any(w in PLURAL_REFERENCES for w in words) or "seiten" in words
    possessed = first.is_noun and first.determiner in POSSESSIVES
    # "sprach er mit Putin über einen neuen Gipfel": he talks of the summit, whom it will bring together is open
    takes_part = possessed or verb or subject_takes_part(sentence, first)
    # "Am Montag traf sie sich mit Macron und Conte": partners named, whoever acts only by a pronoun
    partners_only = not reading.agents and bool(reading.partners)
    # "Zu einem Gipfel wolle er Russland, Südkorea und Indien einladen": "er" is always the nominative, the verb's
    # subject beside whoever it names as objects
    candidate = subject_pronoun(sentence, first, start, end) if not owned and takes_part else None
    reading.he_acts = verb and candidate is not None and sentence.lowers[candidate] == "er"
    if not owned and takes_part and not accession and (possessed or partners_only or reading.he_acts
                                     or len({s.entity_id for g in reading.groups() for s in g
                                             if s.kind != "adjective"}) < 2):
        reading.pronoun = subject_pronoun(sentence, first, start, end)
        reading.plural_pronoun = reading.pronoun is not None and is_plural_pronoun(sentence, reading.pronoun, first)
        reading.possessor = possessed
    if reading.pronoun is None:  # "empfing die Kanzlerin den französischen Staatschef"
        reading.role_references = office_references(sentence, start, end, phrase_tokens - own_phrases)
    if first.is_noun:
        reading.plural_office = plural_office_of(sentence, first)
    # "verhandeln unter Vermittlung von Katar": a third side of talks whose own two sides are known; who mediates
    # talks of unknown parties, or 'reiste nach Doha', is no side of a contact of its own
    own = {s.entity_id for g in reading.groups() for s in g} | ({-1} if reading.pronoun is not None else set())
    if first.event_type != "VISIT" and len(own) >= 2:
        reading.agents = unique_slots(reading.agents + mediators(sentence, start, end, first_phrase,
                                                                 phrase_tokens - own_phrases))
    return reading


def visit_named_in_full(sentence: Sentence, trigger: Trigger, phrase: range, agents: list[ActorSlot]) -> bool:
    """'Nach Pelosis Besuch in Taiwan kündigte China Manöver an', 'Wegen des Besuchs von Pelosi in Taiwan ...': a
    visit noun whose own phrase names the visitor and where the visit goes is complete; the clause's subject
    reacts to it and is no side ('Bei Pelosis Besuch in Taiwan traf sie Tsai': at the visit, those present are)."""
    if trigger.event_type != "VISIT" or trigger.word.status:
        return False  # "nahm eine Einladung Kims nach Nordkorea an": who invites is no visitor
    governing = sentence.governing_preposition(trigger.token)
    if governing is not None and governing[0] not in ("nach", "vor", "seit", "wegen"):
        return False
    goes_to = [s for s in sentence.slots_in(phrase.start, phrase.stop) if _goes_to(sentence, s)]
    visitors = [s for s in agents if s.entity_type in ("PERSON", "GPE", "ORG") and s.kind != "adjective"
                and s not in goes_to and _names_the_visitor(sentence, trigger, s)]
    return bool(visitors) and any(s.kind != "compound" for s in goes_to)


def _names_the_visitor(sentence: Sentence, trigger: Trigger, slot: ActorSlot) -> bool:
    """'Pelosis Besuch', 'der Besuch von Pelosi', 'der Besuch des Präsidenten': before the noun, after 'von' or in
    the genitive right after it."""
    if slot.token_start < trigger.token:
        return True
    before = sentence.lowers[slot.token_start - 1]
    return slot.token_start - 1 == trigger.token + 1 and before in ("von", "des", "der") \
        or slot.token_start - 1 == trigger.token and before not in ("in", "nach")


def _goes_to(sentence: Sentence, slot: ActorSlot) -> bool:
    """'in Taiwan', 'nach Kiew', 'in der ukrainischen Hauptstadt Kiew': where a visit goes."""
    return (sentence.governing_preposition(slot.token_start) or ("",))[0] in ("nach", "in", "ins", "im")


def member_of_the_holder(sentence: Sentence, slot: ActorSlot, trigger: Trigger, phrase: range) -> bool:
    """'44 Staats- und Regierungschefs aus EU- und Partnerstaaten werden zum Gründungstreffen der Europäischen
    Politischen Gemeinschaft erwartet': a meeting its own phrase gives to one international body is that body's; another
    body after 'aus' (origin_preposition) outside the phrase is where members come from, no side ('Die EU und die
    Nato halten ein Treffen ab' names no holder in the phrase)."""
    governing = sentence.governing_preposition(slot.token_start)
    if slot.entity_type != "ORG" or slot.token_start == trigger.token or slot.token_start in phrase \
            or not is_international(slot.entity_id) or governing is None or not in_list("origin_preposition", governing[0]):
        return False  # "Vertreter der Nato werden zum Treffen der EU-Außenminister erwartet": guests
    holders = {s.entity_id for s in sentence.slots if s.entity_type == "ORG" and is_international(s.entity_id)
               and (genitive_right_after(sentence, trigger.token, s) or s.token_start == trigger.token
                    and s.kind == "compound")}
    return len(holders) == 1 and slot.entity_id not in holders and slot.token_start not in phrase


def genitive_right_after(sentence: Sentence, t: int, slot: ActorSlot) -> bool:
    """'Gipfel der G20', 'Gründungstreffen der "Europäischen Politischen Gemeinschaft"': the name right after the
    noun's genitive article, quotes aside."""
    between = sentence.lowers[t + 1:slot.token_start]
    return 0 < len(between) <= 2 and between[0] in ("der", "des") and all(w in ('"', "„", "“", "»", "«") for w in between[1:])


def is_international(entity_id: str) -> bool:
    actor = load_knowledge().actors.get(entity_id)
    return actor is not None and actor.kind == "international"


def negotiations_named_by_subject(sentence: Sentence, trigger: Trigger) -> bool:
    """'die Verhandlungen über den EU-Wiederaufbaufonds', 'die Gespräche zum Atomabkommen': a topic preposition
    (talk_preposition, 'zum', 'zur') right after the noun, and no actor after it, names what the talks are about."""
    j = trigger.token + 1
    if j + 1 >= sentence.end or not (in_list("talk_preposition", sentence.lowers[j]) or sentence.lowers[j] in ("zum", "zur")):
        return False
    k = j + 1
    while k < sentence.end and (sentence.lowers[k] in DETERMINERS or is_attributive(sentence.lowers[k])):
        k += 1
    slot = sentence.slot_at(k)
    return k < sentence.end and sentence.texts[k][:1].isupper() and (slot is None or slot.kind == "compound"
                                                                    and not compound_acts(sentence, slot))


def about_a_person(sentence: Sentence, trigger: Trigger) -> bool:
    """'Scholz, der bei den Verhandlungen eine Rolle gespielt habe': the trigger stands in a relative clause on a
    person, which tells of him."""
    start, _ = sentence.clause(trigger.token)
    return any(s.entity_type == "PERSON" for s in relative_antecedents(sentence, start))


def accession_talks(sentence: Sentence, trigger: Trigger) -> bool:
    """'Beitrittsgespräche', 'EU-Beitrittsverhandlungen', 'Verhandlungen über den Beitritt Nordmazedoniens zur EU':
    talks on joining a body (accession_stem), held by the body and the candidate alone."""
    if not trigger.is_noun or trigger.event_type not in CONTACT_TYPES:
        return False
    stems = tuple(word_list("accession_stem"))
    if any(stem in sentence.lowers[trigger.token] for stem in stems):
        return True
    after = sentence.lowers[trigger.token + 1:min(sentence.end, trigger.token + 4)]
    return after[:1] == ["über"] and any(w.startswith(stems) for w in after[1:])


def accession_sides(sentence: Sentence, triggers: list[Trigger], agents: list[ActorSlot],
                    partners: list[list[ActorSlot]]) -> tuple[list[ActorSlot], list[list[ActorSlot]]]:
    """'Bulgarien blockierte die Beitrittsgespräche', 'Scholz warb für EU-Beitrittsverhandlungen für Nordmazedonien
    und Albanien': accession talks are the body's (EU, NATO) with each candidate the noun's own phrase names ('mit
    der Ukraine', 'für Albanien'), not of a member or a person who asks for them or blocks them; the clause's
    subject is the candidate only where the phrase names the body as partner ('Die Ukraine will Gespräche über
    einen Beitritt mit der EU'); an unnamed candidate is left unknown."""
    own = {i for t in triggers for i in phrase_range(sentence, t)} | {t.token for t in triggers}
    groups = [[s for s in g if s.token_start in own] for g in partners]
    # "Die Ukraine will Beitrittsgespräche mit der EU": talks 'mit' the body leave the subject as the candidate
    with_the_body = any(s.entity_type == "ORG" for g in groups for s in g)
    kept = [s for s in agents if s.entity_type == "ORG" or s.token_start in own or with_the_body]
    for t in triggers:  # "für Nordmazedonien und Albanien": a candidate each, though 'für' names topics elsewhere
        j = t.token + 1
        if j < sentence.end and in_list("accession_candidate_preposition", sentence.lowers[j]):
            candidates = []
            for slot in sentence.slots_in(j + 1, min(sentence.end, j + 12)):
                between = sentence.lowers[(candidates[-1].token_end if candidates else j + 1):slot.token_start]
                if any(w not in (",", "und", "sowie") and w not in DETERMINERS for w in between):
                    break
                if slot.entity_type in ("GPE", "ORG") and not slot.is_place:
                    candidates.append(slot)
            groups += [[c] for c in candidates]
    return unique_slots(kept), [g for g in groups if g]


def names_the_setting(sentence: Sentence, i: int) -> bool:
    """'beim OSZE-Ministerrat', 'am Rande des Nato-Treffens', 'auf dem EU-Gipfel': the noun at i follows words that
    name it as the occasion of another contact (knowledge/events/linking.tsv setting_preposition, read by the
    linking too), its adjectives aside ('am Rande des informellen Nato-Treffens')."""
    j = i - 1
    while j >= sentence.start and (is_attributive(sentence.lowers[j]) or sentence.lowers[j].isdigit()):
        j -= 1
    before = tuple(sentence.lowers[max(sentence.start, j - 4):j + 1])
    return any(before[-len(p):] == p for p in linking_phrases("setting_preposition") if len(p) <= len(before))


def without_the_setting(sentence: Sentence, agents: list[ActorSlot],
                        partners: list[list[ActorSlot]]) -> tuple[list[ActorSlot], list[list[ActorSlot]]]:
    """A body named in the compound of the meeting a verb's contact takes place at ('Beim OSZE-Treffen in Wien traf
    Blinken Lawrow', 'am Rande des Nato-Gipfels sprach Scholz mit Erdogan') is where they talk, no side, where two
    others are; 'Beim EU-Gipfel sprach Merkel mit den Kollegen' keeps the Union, its only partner."""
    def setting(slot: ActorSlot) -> bool:
        return slot.kind == "compound" and names_the_setting(sentence, slot.token_start)

    kept = [s for s in agents if not setting(s)]
    groups = [[s for s in g if not setting(s)] for g in partners]
    others = {s.entity_id for s in kept + [s for g in groups for s in g] if s.kind != "adjective"}
    if len(others) < 2 or len(kept) == len(agents) and groups == partners:
        return agents, partners
    return kept, groups


def met_at_the_destination(sentence: Sentence, visit: Trigger, everyone: list[Trigger]) -> list[ActorSlot]:
    """Whom a traveller meets where he goes, named in a clause after the journey's: 'reiste nach Brüssel, wo er
    mit Lawrow zusammentraf', 'ist nach Genf gereist, um dort Lawrow zu treffen'. The clause opens with a word
    of destination_clause ('wo', 'um') or says 'dort'; its verb is a contact."""
    _, own_end = sentence.clause(visit.token)
    found: list[ActorSlot] = []
    for trigger in everyone:
        if trigger.is_noun or trigger.token < own_end or trigger.event_type not in CONTACT_TYPES:
            continue
        start, end = sentence.clause(trigger.token)
        words = sentence.words(start, end)
        if start < sentence.end and (in_list("destination_clause", sentence.lowers[start]) or "dort" in words):
            found += [s for s in sentence.slots_in(start, end) if can_act(sentence, s) and not is_topic(sentence, s)]
    return found


def mediators(sentence: Sentence, start: int, end: int, phrase: range, skip: set[int]) -> list[ActorSlot]:
    """Who mediates, chairs or hosts the talks of a clause, a side of them though no partner: 'verhandeln unter
    Vermittlung von Ägypten und Katar', 'unter ägyptischer Vermittlung', 'die von Katar vermittelten Gespräche',
    'Auf Einladung von Macron trafen sich Merkel und Putin', 'Verhandlungen zwischen Israel und der Hamas, bei
    denen Ägypten, Katar und die USA vermitteln'."""
    # "Auf Einladung von Macron": an adverbial of the clause, though 'Einladung' is a trigger with a phrase of its own
    found = [s for s in sentence.slots_in(start, end) if may_mediate(sentence, s)
             and (governed_by_mediation(sentence, s, adverbial_only=s.token_start in skip)
                  or s.token_start not in skip and agent_of_mediating_participle(sentence, s))]
    return found + mediators_in_relative_clause(sentence, phrase)


def deliberates_together(sentence: Sentence, triggers: list[Trigger], partners: list[list[ActorSlot]]) -> bool:
    """'will auf Malta mit Vertretern aus Frankreich und Italien, mit dem Ratsvorsitz Finnland und der
    EU-Kommission beraten', 'verhandelte mit Serbien, mit dem Kosovo und mit der EU': a verb of joint deliberation
    whose 'mit'-phrases follow each other, joined by a comma or 'und', holds one meeting of all. A call
    ('telefonierte mit Macron, mit Johnson') and 'sowie mit' ('Gespräche mit Selenskyj sowie mit der Nato') are
    one contact each."""
    groups = sorted((g for g in partners if g), key=lambda g: g[0].token_start)
    if len(groups) < 2 or any(t.is_noun or not in_list("deliberation_verb", t.word.lemma) for t in triggers):
        return False
    for before, after in zip(groups, groups[1:]):
        # "mit Frankreich, Italien und Malta, | mit dem Ratsvorsitz": only a comma or 'und' before the next 'mit'
        between = range(max(s.token_end for s in before), after[0].token_start)
        if "mit" not in sentence.words(between.start, between.stop) or any(
                sentence.lowers[j] not in (",", "und", "mit") and sentence.lowers[j] not in DETERMINERS
                and not is_attributive(sentence.lowers[j]) and known_role_noun(sentence.texts[j]) is None
                and sentence.slot_at(j) is None for j in between):
            return False
    return True


def may_mediate(sentence: Sentence, slot: ActorSlot) -> bool:
    """A state, organisation or person that can mediate, though 'von' made it look like a place of origin
    ('unter Vermittlung von Ägypten'); not a city, a spokesperson or an affiliation."""
    if slot.kind in ("compound", "affiliation") or slot.entity_type not in ("GPE", "ORG", "PERSON"):
        return False
    if slot.entity_type == "PERSON" and slot.side == "none":
        return False
    if slot.mention_entity_id != slot.entity_id and slot.is_place:
        return False  # "von Brüssel": the city
    kb = load_knowledge()
    actor = kb.actors.get(slot.entity_id)
    return actor is None or actor.kind not in ("place", "capital", "region")


def list_around(sentence: Sentence, slot: ActorSlot) -> tuple[int, int]:
    """The first token of the list of names a slot stands in, articles and adjectives before included, and the
    token after it: 'von | den USA, Katar und Ägypten | vermittelten', 'unter | ägyptischer und katarischer |
    Vermittlung'."""
    def named_at(j: int) -> bool:
        return sentence.slot_at(j) is not None or sentence.lowers[j] in COORDINATORS \
            or known_role_noun(sentence.texts[j]) is not None

    first = slot.token_start
    while first - 1 >= sentence.start and (named_at(first - 1) or sentence.lowers[first - 1] in ARTICLES
                                           or is_attributive(sentence.lowers[first - 1])):
        first -= 1
    after = slot.token_end
    while after < sentence.end and (named_at(after) or sentence.lowers[after] in ARTICLES):
        after += 1
    return first, after


ARTICLES = frozenset({"der", "die", "das", "den", "dem", "des"})


def governed_by_mediation(sentence: Sentence, slot: ActorSlot, adverbial_only: bool = False) -> bool:
    """'unter Vermittlung von Ägypten, Katar und den USA', 'unter Vermittlung Katars', 'unter dem Vorsitz der
    UN', 'unter ägyptischer Vermittlung', 'auf Einladung des Präsidenten Macron': a name a noun of mediation
    governs ('die Einladung Macrons' only after 'auf'); adverbial_only: only a noun with such a preposition."""
    first, after = list_around(sentence, slot)
    if slot.kind == "adjective":
        return after < sentence.end and mediation_noun_at(sentence, after, adverbial_only)
    if sentence.lowers[first] in ("des", "der"):  # "Vorsitz | der UN", "Einladung | des Präsidenten"
        return first - 1 >= sentence.start and mediation_noun_at(sentence, first - 1, adverbial_only)
    j = first - 1
    if j > sentence.start and sentence.lowers[j] in ("von", "vom", "durch"):
        return mediation_noun_at(sentence, j - 1, adverbial_only)
    # "Vermittlung | Katars": a genitive without article
    return j >= sentence.start and sentence.texts[slot.token_start].endswith("s") \
        and mediation_noun_at(sentence, j, adverbial_only)


def mediation_noun_at(sentence: Sentence, j: int, adverbial_only: bool = False) -> bool:
    """A noun of mediation at j, with the preposition its value asks for before it ('auf Einladung')."""
    lower = sentence.lowers[j]
    if not in_list("mediation_noun", lower) or not sentence.texts[j][:1].isupper():
        return False
    needed = word_list("mediation_noun")[lower]
    if adverbial_only and not needed:
        return False
    k = j - 1
    while k > sentence.start and (sentence.lowers[k] in DETERMINERS or is_attributive(sentence.lowers[k])
                                  or sentence.slot_at(k) is not None and sentence.slot_at(k).kind == "adjective"):
        k -= 1
    if k >= sentence.start and in_list("topic_preposition", sentence.lowers[k]):
        return False  # "sprach mit Macron über die Vermittlung von Katar": what they talk about
    if k - 1 >= sentence.start and in_list("negation", sentence.lowers[k - 1]):
        return False  # "nicht unter dem Vorsitz der USA": who is refused as a mediator
    return not needed or k >= sentence.start and sentence.lowers[k] == needed


def agent_of_mediating_participle(sentence: Sentence, slot: ActorSlot) -> bool:
    """'die von Katar vermittelten Gespräche', 'die von Ägypten und den USA vermittelte Waffenruhe': 'von' before
    a list of names and a form of 'vermitteln' after it."""
    first, after = list_around(sentence, slot)
    if first - 1 < sentence.start or sentence.lowers[first - 1] not in ("von", "vom"):
        return False
    return after < sentence.end and in_list("mediating_verb", sentence.lowers[after])


def mediators_in_relative_clause(sentence: Sentence, phrase: range) -> list[ActorSlot]:
    """'Verhandlungen zwischen Israel und der Hamas, bei denen Ägypten, Katar und die USA vermitteln': a
    relative clause on the trigger noun whose verb, last before its comma, mediates names its mediators."""
    comma = phrase.stop
    if not phrase or comma + 2 >= sentence.end or sentence.texts[comma] != "," \
            or sentence.lowers[comma + 1] not in PREPOSITIONS or sentence.lowers[comma + 2] not in RELATIVE_PRONOUNS:
        return []
    first = sentence.slot_at(comma + 3) or sentence.slot_at(comma + 4)
    if first is None:
        return []
    _, verb = list_around(sentence, first)  # "bei denen | Ägypten, Katar und die USA | vermitteln"
    if verb >= sentence.end or not in_list("mediating_verb", sentence.lowers[verb]):
        return []
    return [s for s in sentence.slots_in(comma + 3, verb) if can_act(sentence, s)]


def plural_office_of(sentence: Sentence, trigger: Trigger) -> int | None:
    """The token of a plural office in the genitive right after a contact noun, nothing named after it:
    'das Treffen der Führer', 'ein Telefonat der beiden Präsidenten', 'das Gespräch der Außenminister
    fand in Rom statt'; not the singular 'der Kanzlerin', nor offices that name their body ('der
    Staats- und Regierungschefs der EU', 'der Außenminister Frankreichs')."""
    j = trigger.token + 1
    if j >= sentence.end or sentence.lowers[j] != "der":
        return None
    j += 1
    if j < sentence.end and sentence.lowers[j] == "beiden":
        j += 1
    if j >= sentence.end or sentence.slot_at(j) is not None or known_role_noun(sentence.texts[j]) is None \
            or sentence.lowers[j].endswith("in") or sentence.texts[j].endswith("-"):
        return None
    after = j + 1
    if after < sentence.end and (sentence.slot_at(after) is not None or sentence.lowers[after] in PHRASE_LINKS - {","}
                                 or sentence.texts[after][:1].isupper()):
        return None  # "der Außenminister Frankreichs und Italiens", "der Präsidenten von ...", "der Minister Lawrow"
    return j


def parties_of_the_agreement(sentence: Sentence, trigger: Trigger, phrase: range, others: list[Trigger]) -> list[ActorSlot]:
    """'die Verhandlungsrunde über ein Handelsabkommen zwischen der EU und Japan', 'Gespräche über einen
    Vertrag mit Iran': negotiations about an agreement are held by its parties."""
    over = phrase.stop
    if trigger.event_type != "NEGOTIATION" or over >= sentence.end or sentence.lowers[over] != "über":
        return []
    agreement = next((t for t in others if t.is_noun and t.event_type == "AGREE" and over < t.token <= over + 4
                      and all(is_attributive(w) or w in DETERMINERS for w in sentence.lowers[over + 1:t.token])), None)
    if agreement is None or agreement.token + 1 >= sentence.end \
            or sentence.lowers[agreement.token + 1] not in ("zwischen", "mit"):
        return []
    agreed = phrase_range(sentence, agreement)
    return [s for s in sentence.slots_in(agreed.start, agreed.stop) if can_act(sentence, s)]


def members_of_a_body(sentence: Sentence, slot: ActorSlot) -> bool:
    """'die Staats- und Regierungschefs der EU', 'die EU-Außenminister', 'der EU-Staats- und
    Regierungschefs': an organisation named as the body whose leaders or ministers, in the plural, meet
    as it; not one named as a single office's ('der Generaldirektor der WHO', 'die Präsidentin der
    EU-Kommission')."""
    if slot.entity_type != "ORG":
        return False
    if slot.kind == "compound":
        role_at = slot.token_start
        while role_at + 1 < sentence.end and (sentence.texts[role_at].endswith("-")
                                              or sentence.lowers[role_at] in ("und", "sowie")):
            role_at += 1  # "EU-Staats- und | Regierungschefs"
        head = sentence.texts[role_at].rsplit("-", 1)[-1]
    else:
        role_at = slot.token_start - 2
        if role_at < sentence.start or sentence.lowers[role_at + 1] != "der":
            return False
        head = sentence.texts[role_at]
    return known_role_noun(head) is not None and plural_office(sentence, role_at, head)


def plural_office(sentence: Sentence, at: int, head: str) -> bool:
    """'Regierungschefs', 'Ministerinnen', 'die Außenminister', 'die 27 Staats- und Regierungschefs': an
    office noun in the plural, by its ending or by 'die' before a masculine form ('die Präsidentin': one)."""
    lower = head.lower()
    if lower.endswith(("chefs", "innen")):
        return True
    if lower.endswith("in"):
        return False
    j = at - 1
    while j > sentence.start and (sentence.lowers[j] in ("und", "sowie") or sentence.texts[j].endswith("-")
                                  or sentence.lowers[j].isdigit() or is_attributive(sentence.lowers[j])):
        j -= 1  # "die | 27 Staats- und | Außenminister"
    return j >= sentence.start and (sentence.lowers[j] == "die" or genitive_plural_after_contact(sentence, j))


def genitive_plural_after_contact(sentence: Sentence, j: int) -> bool:
    """'Treffen der EU-Innenminister', 'Online-Konferenz der Gesundheitsminister': 'der' before a masculine
    office right after a contact noun is its genitive plural (the singular's would be 'des ...ministers')."""
    return sentence.lowers[j] == "der" and j > sentence.start and names_a_contact(sentence.texts[j - 1])


def genitive_of_members(sentence: Sentence, phrase: range) -> bool:
    """'Beratungen der EU-Staats- und Regierungschefs', 'ein Treffen der Staats- und Regierungschefs der
    EU': the genitive names who meets, the body, so whoever asks for it or comments on it in the clause
    ('Polen fordert Beratungen der EU-Staats- und Regierungschefs') is no side."""
    if not phrase or sentence.lowers[phrase.start] != "der":
        return False
    return any(members_of_a_body(sentence, s) for s in sentence.slots_in(phrase.start, min(phrase.stop, phrase.start + 8)))


def names_who_meets_whom(sentence: Sentence, trigger: Trigger, phrase: range) -> bool:
    """'ein geheimes Treffen der Zentralbank mit der Kommission', 'das Gespräch des Präsidenten mit
    Vertretern der Opposition': a genitive and a 'mit' after the noun name both sides, so the subject
    of the clause ('Juncker hat ... dementiert') is none of them, known to the knowledge base or not; not
    so an invitation ('nahm eine Einladung der EU zu Gesprächen mit Teheran an': the guest accepts it)."""
    if not trigger.is_noun or trigger.word.status:
        return False
    # "eines Treffens von Trump mit Kim": 'von' names the first side as a genitive does
    if not phrase or sentence.lowers[phrase.start] not in ("des", "der", "eines", "einer", "von") \
            or not names_someone(sentence, phrase.start + 1):
        return False
    return any(sentence.lowers[i] == "mit" and names_someone(sentence, i + 1) for i in phrase)


def is_plural_contact(sentence: Sentence, trigger: Trigger) -> bool:
    """'zukünftige Treffen mit Putin und Selenskyj', 'Telefonate mit Macron und Conte': a contact noun
    in the plural reports contacts, one with each partner its phrase names ('ein Treffen mit Putin und
    Selenskyj' is one of three). The plural shows in the noun's form ('Gespräche', not the genitive
    'Gesprächs'), or, where it is the singular's ('Treffen'), in a missing article, which a singular
    needs but for a headline's opening word. Negotiations of several parties are one."""
    if trigger.event_type == "NEGOTIATION":
        return False
    text = sentence.texts[trigger.token]
    if (noun_lemma(text) or text).lower() != text.lower():
        return not text.endswith("s")
    return trigger.determiner is None and trigger.token > sentence.start


def is_plural_form(text: str) -> bool:
    """'Gipfeln', 'EU-Gipfeln', 'Gespräche': a form that differs from its lemma and is no genitive
    singular ('Gesprächs'); a form the singular shares ('Treffen', 'Gipfel') says nothing."""
    last = text.rsplit("-", 1)[-1]
    base = noun_lemma(last)
    return base is not None and base.lower() != last.lower() and not text.endswith("s")


def office_references(sentence: Sentence, start: int, end: int, skip: set[int]) -> list[int]:
    """Offices named without their holders that act in the clause or meet in 'zwischen' or 'mit':
    'stand die EZB-Präsidentin in engem Kontakt mit Macron', 'empfing die Kanzlerin den Gast', 'die
    Begegnung zwischen der Kanzlerin und dem Präsidenten'; not one in another phrase ('über die
    Kanzlerin') nor one a name follows ('Präsident Macron')."""
    found = []
    for j in range(start + 1, end):
        if j in skip or sentence.lowers[j - 1] not in ("der", "die", "dem", "den") \
                or known_role_noun(sentence.texts[j]) is None:
            continue
        slot = sentence.slot_at(j)
        named = sentence.slot_at(j + 1) is not None and sentence.texts[j + 1][:1].isupper()  # "Präsident Macron"
        if slot is not None and slot.kind != "compound" or named:
            continue
        governing = sentence.governing_preposition(j)
        if governing is None and sentence.lowers[j - 1] in ("der", "die") or governing is not None \
                and governing[0] in ("zwischen", "mit"):
            found.append(j)  # "nach dem Treffen mit der Kanzlerin und dem französischen Präsidenten"
    return found


PLURAL_VERBS = frozenset({"sind", "waren", "haben", "hatten", "werden", "wurden", "wollen", "wollten", "sollen",
                          "sollten", "können", "konnten", "müssen", "mussten", "seien", "hätten", "wären"})


def is_plural_pronoun(sentence: Sentence, j: int, trigger: Trigger) -> bool:
    """'sie' with a plural verb ('da waren sie', 'sie trafen sich'), or 'ihr' before a trigger that
    names no partner ('bei ihrem ersten Treffen'): the people just named, not one woman."""
    lower = sentence.lowers[j]
    if lower == "sie":
        around = sentence.lowers[max(sentence.start, j - 1):min(sentence.end, j + 2)]
        return any(w in PLURAL_VERBS or (w.endswith("en") and is_finite_verb(w)) for w in around if w != "sie")
    if lower.startswith("ihr") and trigger.is_noun and trigger.determiner == lower:
        after = sentence.words(trigger.token + 1, min(sentence.end, trigger.token + 3))
        return not any(w in ("mit", "zwischen", "bei") for w in after)
    return False


def located_in(sentence: Sentence, slot: ActorSlot) -> bool:
    """'in Berlin', 'im Kreml': a state or its capital after 'in' says where, unless it is a seat of
    power acting ('im Kreml hieß es')."""
    governing = sentence.governing_preposition(slot.token_start)
    return slot.entity_type == "GPE" and slot.kind == "name" and governing is not None \
        and governing[0] in ("in", "im")


def attendees_in_relative_clause(sentence: Sentence, phrase: range) -> list[ActorSlot]:
    """'der Videokonferenz mit Johnson, an der von der Leyen und Michel teilnahmen', 'einem Gipfel, zu
    dem Biden einladen will': who a relative clause on the trigger noun says attends or hosts it (not
    'über den Merkel berichtete')."""
    comma = phrase.stop
    if comma + 1 >= sentence.end or sentence.texts[comma] != "," or not sentence.opens_relative_clause(comma + 1) \
            or in_list("topic_preposition", sentence.lowers[comma + 1]):
        return []
    start, end = sentence.clause(comma + 1)
    return [s for s in clause_arguments(sentence, start, end) if not s.is_place]


def partnered_in_own_phrase(sentence: Sentence, trigger: Trigger, phrase: range) -> bool:
    """'Nach seinem Gespräch mit Merkel wird Rutte auch mit Conte zusammentreffen', 'Beim Treffen mit Macron sprach
    Scholz auch mit Draghi': a noun in a prepositional phrase that names its own partner is complete; the clause's
    'mit' names the partners of what the clause tells, not of that noun (its subject still takes part)."""
    return heads_a_prepositional_phrase(sentence, trigger.token) \
        and any(group for group in partner_groups(sentence, phrase.start, phrase.stop))


def heads_a_prepositional_phrase(sentence: Sentence, i: int) -> bool:
    """'Bei dem Treffen', 'nach ihrem ersten Gespräch', 'beim Gipfel': the noun at i is the head of a phrase
    opened by a preposition ('in Maskat Gespräche geführt': not)."""
    j = i - 1
    while j > sentence.start and (sentence.lowers[j] in DETERMINERS or sentence.lowers[j] in POSSESSIVES
                                  or is_attributive(sentence.lowers[j])):
        j -= 1
    return j >= sentence.start and j < i and sentence.lowers[j] in PREPOSITIONS


def subject_of(sentence: Sentence, start: int, end: int, skip: frozenset[int] | set[int] = frozenset()) -> list[ActorSlot]:
    """The actors before a clause's finite verb, else those right after it: its subject, not its
    objects ('Merkel hatte die Regierungschefs Spaniens empfangen | und telefoniert mit Michel': Merkel
    phones; 'Beim Treffen riefen Merkel und Macron die Türkei auf': Merkel and Macron). A clause without
    a finite verb of its own passes on all its actors; skip holds tokens of phrases read elsewhere."""
    actors = [s for s in clause_arguments(sentence, start, end) if s.token_start not in skip]
    verb = next((j for j in range(start, end) if is_finite_verb(sentence.texts[j])
                 or is_strong_past_singular(sentence.texts[j])), None)
    if verb is None:
        return actors
    # "Bei einem Besuch von Erdoğan hatten sich die Türkei und die EU verständigt": a phrase before the verb is no subject
    before = [s for s in actors if s.token_start < verb and not in_a_phrase(sentence, s)]
    if before:
        return before
    after = [s for s in actors if s.token_start > verb]
    return after[:1] + coordinated_after(sentence, after)


def in_a_phrase(sentence: Sentence, slot: ActorSlot) -> bool:
    """An actor a preposition governs ('bei einem Besuch von Erdoğan'), not one after a name holding one
    ('Ursula von der Leyen und Boris Johnson')."""
    governing = sentence.governing_preposition(slot.token_start)
    return governing is not None and sentence.slot_at(governing[1]) is None


def coordinated_after(sentence: Sentence, actors: list[ActorSlot]) -> list[ActorSlot]:
    """The actors joined to the first by 'und' or 'sowie', appositions between: 'Merkel und Macron' of
    'riefen Merkel und Macron die Türkei auf', 'von der Leyen, die Präsidentin der Kommission, und Johnson';
    not the object of 'rief Merkel die Türkei auf'."""
    joined: list[ActorSlot] = []
    for slot in actors[1:]:
        between = sentence.lowers[(joined or actors[:1])[-1].token_end:slot.token_start]
        if any(w in PREPOSITIONS or is_finite_verb(w) for w in between):
            break
        if any(w in ("und", "sowie") for w in between):
            joined.append(slot)
        elif between[:1] != [","]:
            break  # "rief Merkel die Türkei": an object; ", die Präsidentin der EU-Kommission,": an apposition
    return joined


def relative_antecedents(sentence: Sentence, start: int) -> list[ActorSlot]:
    """'Ursula von der Leyen, die zuvor mit Johnson telefoniert hatte', 'Biden und Putin, die sich in
    Genf trafen': a relative pronoun opening the clause stands for the actor right before the comma, and
    'die' for a list of them too."""
    if start - 2 < sentence.start or sentence.texts[start - 1] != "," \
            or sentence.lowers[start] not in ("der", "die", "welcher", "welche"):
        return []
    found, j = [], start - 2
    while j >= sentence.start:
        slot = sentence.slot_at(j)
        if slot is None or not can_act(sentence, slot) or slot.is_place:
            break
        found.append(slot)
        j = slot.token_start - 1
        if sentence.lowers[start] != "die" or j <= sentence.start \
                or sentence.lowers[j] not in ("und", "sowie"):
            break
        j -= 1  # "Biden und | Putin, die"
    return found[::-1]


def before_a_gapped_clause(sentence: Sentence, t: int, end: int) -> int:
    """Where a clause the verb of another contact leaves out begins: 'Sommaruga verhandelte mit von der
    Leyen, | Bundesrat Parmelin mit Hogan' reports two talks, each of two (the second, whose verb is
    gapped, is left unread); else the clause's end."""
    for comma in range(t + 1, end):
        if sentence.texts[comma] != "," or not any(sentence.lowers[j] == "mit" for j in range(t, comma)):
            continue
        k = next((j for j in range(comma + 1, min(end, comma + 8)) if sentence.lowers[j] == "mit"), None)
        if k is None or not names_someone(sentence, k + 1):
            continue
        between = range(comma + 1, k)  # "Außenminister Maas", "Bundesrat Guy Parmelin"
        named = [sentence.slot_at(j) for j in between if sentence.slot_at(j) is not None]
        if any(s.entity_type in ("PERSON", "GPE") for s in named) and all(
                sentence.slot_at(j) is not None or known_role_noun(sentence.texts[j]) is not None
                or is_attributive(sentence.lowers[j]) or sentence.lowers[j] in DETERMINERS for j in between):
            return comma
    return end


def urged_to_act(sentence: Sentence, t: int, start: int, end: int) -> tuple[int, list[ActorSlot]] | None:
    """A trigger in a 'zu'-clause after the comma of an urging verb, and who is urged (the verb's objects):
    'Sturgeon drängte Johnson, sich bei den Verhandlungen mit der EU Zeit zu nehmen' -> Johnson acts, not
    Sturgeon. None where no urging verb comes before the comma, or where the 'zu'-clause names no partner
    ('Die EU drängte China, die Verhandlungen abzuschließen': the EU may be the one China negotiates with;
    'appellierten an die EU, mit dem Regime zu verhandeln': the partner is unknown)."""
    comma = next((j for j in range(t - 1, start, -1) if sentence.texts[j] == ","), None)
    if comma is None or not _continues_clause_before(sentence, comma + 1, end):
        return None
    if not any(group for group in partner_groups(sentence, comma + 1, end)):
        return None  # "bei den Gesprächen mit dem Regime in Teheran": whom they would talk with is not named
    verb = next((j for j in range(start, comma) if sentence.lowers[j].isalpha()
                 and in_list("urging_verb", verb_lemma(sentence.lowers[j]))), None)
    if verb is None:
        return None
    return comma + 1, [s for s in sentence.slots_in(verb + 1, comma) if can_act(sentence, s)]


def urges_another(sentence: Sentence, start: int, end: int) -> bool:
    """'Sturgeon drängte Johnson, sich bei den Verhandlungen mit der EU Zeit zu nehmen', 'Der Papst rief
    beide Seiten auf, Gespräche aufzunehmen': who urges, asks or warns another to act does not act in the
    'zu'-clause that follows (not so 'Merkel versprach, Macron zu treffen': she does)."""
    return any(in_list("urging_verb", verb_lemma(w)) for w in sentence.words(start, end) if w.isalpha())


def accuses_another(sentence: Sentence, start: int, end: int) -> bool:
    """'Die Vertreter Deutschlands und Frankreichs werfen Assad vor, die Verhandlungen zu verschleppen': who accuses
    another (accusing_verb, also split: 'werfen ... vor', 'halten ... vor') of what the 'zu'-clause tells is no side
    of it; the accused is."""
    words = [w for w in sentence.words(start, end) if w.isalpha()]
    particles = [w for w in words if in_list("separable_prefix", w)]
    return any(in_list("accusing_verb", lemma) for w in words
               for lemma in [verb_lemma(w)] + [p + verb_lemma(w) for p in particles])


def shares_the_subject_before(sentence: Sentence, start: int) -> bool:
    """'Scholz ist nach Oslo gereist und wurde dort von Støre empfangen', '... und traf dort Mitsotakis': a clause
    opening with its finite verb right after 'und' or 'sowie' has the subject of the clause before."""
    return start - 2 >= sentence.start and sentence.lowers[start - 1] in ("und", "sowie") \
        and is_finite_verb(sentence.texts[start])


def subject_before_the_verb(sentence: Sentence, start: int, end: int) -> list[ActorSlot]:
    """The actors before a clause's finite verb that no preposition governs: its subject in first position
    ('Scholz ist nach Oslo gereist'), nothing where the verb comes first or an adverbial stands there."""
    verb = next((j for j in range(start, end) if is_finite_verb(sentence.texts[j])
                 or is_strong_past_singular(sentence.texts[j])), None)
    if verb is None:
        return []
    return [s for s in clause_arguments(sentence, start, verb) if not in_a_phrase(sentence, s) and not s.is_place
            and s.entity_type in ("PERSON", "GPE", "ORG")]


def _continues_clause_before(sentence: Sentence, start: int, end: int) -> bool:
    """A clause whose subject is in the clause before: a 'zu'-infinitive ('Interesse daran, Kontakte
    herzustellen') or a verb after an apposition ('Trump, der frühere Präsident, zeigt ...')."""
    if start <= sentence.start:
        return False
    words = sentence.words(start, end)
    infinitive = "zu" in words[-3:] or any("zu" in w[2:-2] and w.endswith("en") and w.islower() for w in words[-2:])
    return infinitive or is_finite_verb(sentence.texts[start])


def names_its_participants(sentence: Sentence, phrase: range) -> bool:
    """'Treffen der Ministerpräsidenten der Visegrad-Gruppe', 'Gespräche der Außenminister', 'Gespräche im
    Normandie-Format': a genitive of people or a format names who meets, known or not, so the noun refers to no
    event reported before."""
    if any(sentence.lowers[i].endswith(tuple(word_list("format_noun"))) for i in phrase):
        return True  # "die Gespräche im Normandie-Format": the format names who talks, no talk reported before
    # "Treffen der so genannten Quad-Gruppe": the phrase may stop before the adverb of its adjective
    return len(phrase) >= 1 and phrase.start + 1 < sentence.end and sentence.lowers[phrase.start] in ("der", "des") \
        and sentence.slot_at(phrase.start + 1) is None and names_someone(sentence, phrase.start + 1)


def partner_groups(sentence: Sentence, start: int, end: int, skip: set[int] | None = None) -> list[list[ActorSlot]]:
    """'mit Merkel und Macron' is one group; 'mit Selenskyj sowie mit Vertretern der NATO' two:
    a repeated 'mit' marks separate talks. A 'mit' before a thing opens none ('mit Blick auf China')."""
    groups: list[list[ActorSlot]] = []
    current: list[ActorSlot] | None = None
    for i in range(start, end):
        if skip and i in skip:
            continue
        lower = sentence.lowers[i]
        if lower in ("mit", "bei", "beim") or lower == "zu" and i == start:
            current = None
            if names_someone(sentence, i + 1):  # not "mit Blick auf China", "mit den Empfehlungen der EU"
                current = []
                groups.append(current)
            continue
        if current is None:
            continue
        slot = sentence.slot_at(i)
        if slot is not None and slot.token_start == i and (can_act(sentence, slot) or slot.kind == "compound"
                                                             and compound_acts(sentence, slot)):
            current.append(slot)
        elif is_finite_verb(sentence.texts[i]) or is_strong_past_singular(sentence.texts[i]) \
                or lower in ("über", "um", "gegen", "für", "wegen", "dass", "ob"):
            current = None  # "Beim OSZE-Treffen traf Blinken Lawrow": the verb ends the phrase 'beim' opened
    return groups


def noun_agents(sentence: Sentence, trigger: Trigger, phrase: range) -> list[ActorSlot]:
    """A trigger noun's actors other than 'mit'-partners: compound parts, 'Pompeos', genitives,
    'zwischen X und Y', 'von X'; for a visit also the places it goes to ('Reise nach Moskau')."""
    t = trigger.token
    found = [s for s in sentence.slots if s.token_start == t and s.kind == "compound" and compound_acts(sentence, s)]
    found += _before_noun(sentence, t)
    in_mit = {s.token_start for g in partner_groups(sentence, phrase.start, phrase.stop) for s in g}
    for slot in sentence.slots_in(phrase.start, phrase.stop):
        if slot.token_start in in_mit or slot.is_place or between_of_a_thing(sentence, slot) \
                or author_of_a_statement(sentence, slot, t):
            continue
        if can_act(sentence, slot) or slot.kind == "compound" and compound_acts(sentence, slot):
            found.append(slot)
    return found


def unique_slots(slots: list[ActorSlot]) -> list[ActorSlot]:
    seen, out = set(), []
    for slot in slots:
        if slot.entity_id not in seen:
            seen.add(slot.entity_id)
            out.append(slot)
    return out


def can_act(sentence: Sentence, slot: ActorSlot) -> bool:
    """A side at all: not a place, spokesperson, affiliation or topic, nor an adjective or compound
    that only qualifies a noun ('russische Wirtschaft', 'US-Präsident Trump')."""
    if slot.kind == "compound":
        return compound_acts(sentence, slot)
    if slot.side == "none" or slot.is_place or capital_listed_with_a_city(sentence, slot):
        return False
    return not is_topic(sentence, slot) and not of_private_people(sentence, slot) and not ruled_out(sentence, slot) \
        and not stood_in_for(sentence, slot) and not compared_with(sentence, slot)


def compared_with(sentence: Sentence, slot: ActorSlot) -> bool:
    """'Ähnlich wie Merkel hat auch Macron mit Putin telefoniert', 'Genau wie die Außenminister Frankreichs verlangt er
    Gespräche', 'Anders als Merkel traf Macron Putin': who a comparison names did or does the like on their own and
    is no side: a 'wie' or 'als' after a word of comparison, with no verb before the actor ('Regierungschefs wie
    Merkel oder Macron' name examples of who acts; 'erinnern sich, wie der Besuch von Scholz begann' asks how)."""
    for j in range(slot.token_start - 1, max(sentence.start - 1, slot.token_start - 9), -1):
        lower = sentence.lowers[j]
        if is_finite_verb(sentence.texts[j]) or sentence.texts[j] in (".", ":", ";"):
            return False
        if lower in ("wie", "als"):
            before = sentence.lowers[j - 1] if j > sentence.start else ""
            return in_list("comparison_word", before)
    return False


def agent_of_a_thing(sentence: Sentence, slot: ActorSlot) -> bool:
    """'den Einsatz einer Bombe durch die Ukraine': who does what a noun other than a trigger names, after 'durch'
    (agent_preposition), is no side of a contact ('wurde durch Putin empfangen', a passive's agent, and 'Vermittlung
    durch Katar', a mediator, are; 'verurteilt die Annexionen durch Russland' is no contact)."""
    governing = sentence.governing_preposition(slot.token_start)
    if governing is None or not in_list("agent_preposition", governing[0]) or governing[1] <= sentence.start:
        return False
    j = governing[1] - 1
    while j > sentence.start and sentence.texts[j] in ('"', "“", "”", "«", "»", "'"):
        j -= 1  # 'den Einsatz einer "schmutzigen Bombe" durch die Ukraine'
    head = sentence.texts[j]
    return head[:1].isupper() and head.isalpha() and sentence.slot_at(j) is None \
        and trigger_noun(head) is None and known_role_noun(head) is None  # "Angriffe durch Russland": its own sides


def stood_in_for(sentence: Sentence, slot: ActorSlot) -> bool:
    """'Babiš vertrat beim EU-Gipfel auch seinen polnischen Kollegen Morawiecki': the person another stands in
    for is away. A state or body after the verb is what its envoy acts for and stays ('Maas vertrat
    Deutschland beim Treffen')."""
    if slot.entity_type != "PERSON" or slot.kind == "adjective":
        return False
    start, _ = sentence.clause(slot.token_start)
    verbs = [j for j in range(start, slot.token_start) if in_list("standing_in_verb", sentence.lowers[j])]
    if not verbs or sentence.governing_preposition(slot.token_start) is not None:
        return False
    # the one who stands in comes first: before the verb, or right after it ("vertritt Kurz die Kanzlerin Merkel")
    return any(other.entity_type == "PERSON" and other.kind != "adjective" and other.entity_id != slot.entity_id
               for other in sentence.slots_in(start, slot.token_start))


def ruled_out(sentence: Sentence, slot: ActorSlot) -> bool:
    """'sprach nicht etwa mit Putin, sondern mit Lawrow', 'traf keineswegs den Präsidenten Macron, sondern
    dessen Premier': an actor a negation puts before the 'sondern' that names the real partner is no side
    ('nicht nur mit Putin, sondern auch mit Lawrow' keeps both)."""
    def modifies(k: int) -> bool:  # "dem | saudischen | Thronfolger"
        adjective = sentence.slot_at(k)
        return sentence.lowers[k] in DETERMINERS or sentence.lowers[k] in POSSESSIVES or is_attributive(sentence.lowers[k]) \
            or adjective is not None and adjective.kind == "adjective"

    j = slot.token_start - 1
    if j > sentence.start and sentence.texts[j][:1].isupper() and sentence.slot_at(j) is None and modifies(j - 1):
        j -= 1  # "dem saudischen Thronfolger | Mohammed bin Salman"
    while j > sentence.start and (modifies(j) or known_role_noun(sentence.texts[j])
                                  or in_list("contrast_preposition", sentence.lowers[j])):
        j -= 1
    while j > sentence.start and in_list("contrast_softener", sentence.lowers[j]):
        j -= 1  # "nicht etwa", "nicht einmal"
    if not in_list("contrast_negation", sentence.lowers[j]):
        return False
    return "sondern" in sentence.lowers[slot.token_end:sentence.end]


def capital_listed_with_a_city(sentence: Sentence, slot: ActorSlot) -> bool:
    """'per Videokonferenz zwischen Berlin, Peking und Hamburg', 'Flüge zwischen Paris und Lyon': a capital in one
    list with a city that stands for no state is a city too, where people sit, not its government ('Gespräche
    zwischen Washington und Peking' lists capitals only: their governments)."""
    if slot.mention_entity_id == slot.entity_id:
        return False  # named as itself, not by its capital
    kb = load_knowledge()
    return any(kb.actors.get(other.entity_id) is not None and kb.actors[other.entity_id].kind == "place"
               for other in coordinated_slots(sentence, slot))


def coordinated_slots(sentence: Sentence, slot: ActorSlot) -> list[ActorSlot]:
    """The other actors of the list a slot stands in: 'Singapur, Berlin, Peking und Hamburg'."""
    found = []
    for step in (-1, 1):
        j = slot.token_start - 1 if step < 0 else slot.token_end
        while sentence.start <= j < sentence.end and sentence.lowers[j] in (",", "und", "sowie", "oder"):
            other = sentence.slot_at(j + step)
            if other is None:
                break
            found.append(other)
            j = (other.token_start - 1) if step < 0 else other.token_end
    return found


def of_private_people(sentence: Sentence, slot: ActorSlot) -> bool:
    """'Bürger aus Staaten wie China', 'Touristen aus Deutschland', 'den Biontech-Gründern Özlem Türeci
    und Uğur Şahin': people, not their state."""
    j = slot.token_start - 1
    while j >= max(sentence.start, slot.token_start - 10):
        text = sentence.texts[j]
        named = sentence.slot_at(j)
        if is_private_noun(text) and (named is None or named.kind == "compound"):
            return True  # also "den Biontech-Gründern"
        if not (text[:1].isupper() or text in (",", "und", "sowie") or sentence.lowers[j] in ("aus", "wie")):
            return False  # the apposition ends: "Touristen aus Deutschland", "den Gründern A und B"
        j -= 1
    return False


def is_private_noun(text: str) -> bool:
    """A noun for people who act for no state: 'Bürger', 'Aktivistinnen', 'Biontech-Gründern',
    'Unternehmen', 'Reiseveranstalter'."""
    if not text[:1].isupper():
        return False
    head = text.lower().rsplit("-", 1)[-1]
    stems = tuple(word_list("private_people_stem"))
    return in_list("private_people", head) or head.startswith(stems) \
        or any(stem in head[2:] for stem in stems if len(stem) >= 6) \
        or heads_an_unknown_body(text)  # "Klimaaktivistin", "Reiseveranstalter", "Tesla-Chef"


@lru_cache(maxsize=50_000)
def heads_an_unknown_body(text: str) -> bool:
    """'Tesla-Chef', 'Wirecard-Chefin': the head of a body the knowledge base does not know is a
    company's (a state's or an organisation's is known: 'Nato-Chef', 'Kremlchef', 'WHO-Chefin')."""
    prefix, dash, head = text.rpartition("-")
    if not dash or not prefix or head.lower() not in ("chef", "chefin", "chefs", "boss", "gründer", "gründerin"):
        return False
    actor = load_knowledge().lookup(prefix)
    return actor is None or actor.kind == "company"


def visits_private_people(sentence: Sentence, triggers: list[Trigger]) -> bool:
    """'ihre Familien in der Türkei zu besuchen', 'besuchte seinen kranken Bruder': a visit to private
    people is private travel, and so is the travel of the one who tells it ('Wir reisen von Rennen zu
    Rennen, Schweiz, Österreich, Slowenien')."""
    for trigger in (t for t in triggers if not t.is_noun and t.event_type == "VISIT"):
        start, end = sentence.clause(trigger.token)
        if any((is_private_noun(sentence.texts[j]) or is_troop_noun(sentence.texts[j])) and sentence.slot_at(j) is None
               for j in range(start, end)):
            return True  # "hat im Niger stationierte Bundeswehrsoldaten besucht": a visit to the troops
        if any(w in ("ich", "wir") for w in sentence.words(start, end)):
            return True
    for trigger in (t for t in triggers if not t.is_noun and t.word.lemma == "empfangen"):
        start, end = sentence.clause(trigger.token)
        if any(is_private_noun(sentence.texts[j]) and sentence.slot_at(j) is None for j in range(start, end)):
            return True  # "Spanien will ab Juni wieder Touristen empfangen": a host of travellers, not of a guest
    return False


def is_troop_noun(text: str) -> bool:
    """'Soldaten', 'Bundeswehrsoldaten', 'Truppen': whom a minister visits at the front or in a mission are troops,
    no counterpart of diplomacy."""
    lower = text.lower()
    return text[:1].isupper() and any(lower == word or len(word) >= 7 and lower.endswith(word)
                                      for word in word_list("troop_noun"))


def meeting_of_private_people(sentence: Sentence, triggers: list[Trigger]) -> bool:
    """'bei dem jährlichen Treffen von Unternehmern aus aller Welt', 'die Konferenz der Wissenschaftler': a meeting
    noun whose 'von' or genitive names private people as who meets is their gathering, no diplomacy, whoever the
    article named before ('das Treffen von Unternehmern mit Putin' names a partner of state: kept)."""
    if not all(t.is_noun and t.event_type == "MEETING" for t in triggers):
        return False
    for trigger in triggers:
        _, end = sentence.clause(trigger.token)
        j = trigger.token + 1
        if j >= end or sentence.lowers[j] not in ("von", "der", "des"):
            return False
        j += 1
        while j < end and not sentence.texts[j][:1].isupper():
            j += 1  # articles and adjectives: "von zahlreichen Unternehmern"
        if j >= end or not is_private_noun(sentence.texts[j]) or sentence.slot_at(j) is not None:
            return False
        if any(sentence.lowers[k] in ("mit", "zwischen") for k in range(j + 1, min(end, j + 6))):
            return False
    return True


def attended_by_private_people(sentence: Sentence, triggers: list[Trigger]) -> bool:
    """'Mehr als 200 Forscher nahmen an einem WHO-Treffen teil', 'Bei einer UN-Konferenz haben sich Wissenschaftler
    mit Falschmeldungen befasst': a meeting noun at which ('an', 'bei', 'auf') the clause names as its people only private ones (researchers,
    doctors, companies), with no comma between, and no actor but what the noun itself holds or a place, nor a pronoun
    for one, is a meeting of those people, no diplomacy ('Bei dem Treffen mit Macron sprach Merkel über Unternehmen'
    names actors; 'über' a topic)."""
    nouns = [t for t in triggers if t.is_noun]
    if not nouns or len(nouns) < len(triggers):
        return False
    governing = sentence.governing_preposition(nouns[0].token)
    if governing is None or not in_list("at_occasion", governing[0]):
        return False  # "Nach dem Nato-Gipfel wurde gegen zwölf Demonstranten ermittelt": a time, not who attended
    start, end = sentence.clause(nouns[0].token)
    own = {t.token for t in nouns}
    if any(s.token_start not in own and not s.is_place for s in sentence.slots_in(start, end)):
        return False
    if not any(in_list("taking_part", w) for w in sentence.words(start, end)):
        return False  # "Beim G20-Gipfel campten Aktivisten auf dem Gelände": they were there, not at the summit
    if any(w in ("er", "sie", "wir", "ich") for w in sentence.words(start, end)):
        return False  # "Beim Gipfel haben sie die Türen aufgemacht, Demonstranten durften ...": someone else acts
    first = min(own)
    return any(is_private_noun(sentence.texts[j]) and sentence.slot_at(j) is None
               and sentence.governing_preposition(j) is None and "," not in sentence.words(min(j, first), max(j, first))
               for j in range(start, end) if j not in own)


# Kinds of organisation (organisations.tsv) that are private: a contact with one is business, not diplomacy.
PRIVATE_KINDS = frozenset({"company", "media"})


def names_private_partner(sentence: Sentence, start: int, end: int, visit: bool = False) -> bool:
    """A 'mit'- or 'zwischen'-phrase headed by private people, or naming only companies the knowledge base knows: 'ein
    Treffen mit den Aktivistinnen', 'sprach mit Vertretern von Unternehmen', 'das Treffen mit AstraZeneca' is no
    diplomacy whoever else attends ('Gespräche mit der Lufthansa und der EU-Kommission' are with the Commission too).
    A visit's 'bei' names whom it calls on: 'sein Besuch bei Aktivisten der Gelbwesten in Frankreich'."""
    for i in range(start, end):
        if sentence.lowers[i] not in ("mit", "zwischen") and not (visit and sentence.lowers[i] == "bei"):
            continue
        for j in range(i + 1, min(end, i + 5)):
            text = sentence.texts[j]
            slot = sentence.slot_at(j)
            if slot is not None:
                if is_private_organisation(slot) and not any(
                        not is_private_organisation(other) for other in sentence.slots_in(slot.token_end, end)):
                    return True  # not "in Gesprächen mit der Lufthansa und der EU-Kommission"
                break
            if text[:1].isupper():
                if is_private_noun(text) or text.lower().startswith("vertreter") and j + 2 < end \
                        and is_private_noun(sentence.texts[j + 2]):
                    return True
                break
    return False


def is_private_organisation(slot: ActorSlot) -> bool:
    actor = load_knowledge().actors.get(slot.entity_id)
    return actor is not None and actor.kind in PRIVATE_KINDS


def names_unknown_partner(sentence: Sentence, start: int, end: int) -> bool:
    """'Die EU-Kommission hat sich mit Netflix getroffen', 'Gespräche mit dem Streamingdienst Spotify': a 'mit'
    partner named by a proper name the knowledge base does not know, right after 'mit' (and its article) or after
    a noun that is no office, is someone outside the body: a company, a person of unknown office. What the body
    does with them is no summit of its own ('mit Macron', 'mit Amtskollege Le Drian', 'mit Nachdruck' name no
    such partner)."""
    for i in range(start, end):
        if sentence.lowers[i] != "mit":
            continue
        j = i + 1
        while j < end and (sentence.lowers[j] in DETERMINERS or is_attributive(sentence.lowers[j])):
            j += 1
        if j >= end:
            continue
        text = sentence.texts[j]
        if is_unknown_name(sentence, j) or is_common_noun(text) and known_role_noun(text) is None \
                and j + 1 < end and is_unknown_name(sentence, j + 1):
            return True
    return False


def is_unknown_name(sentence: Sentence, j: int) -> bool:
    """A capitalised word that is no actor the sentence knows, no German noun (not even at the end of a
    compound), no office and no date: 'Netflix', 'Spotify'."""
    text = sentence.texts[j]
    return text[:1].isupper() and text.isalpha() and sentence.slot_at(j) is None and not is_common_noun(text) \
        and not ends_in_common_noun(text) and known_role_noun(text) is None and not is_calendar_word(text) \
        and trigger_noun(text) is None and not is_private_noun(text) and text not in load_knowledge().surnames


def compound_acts(sentence: Sentence, slot: ActorSlot) -> bool:
    """'EU-Gipfel', 'EU-Staaten', 'Biden-Netanjahu-Telefonat' name sides; 'EU-Haushalt', 'US-Präsident' do not,
    nor a state that names a conference's subject ('Syrien-Konferenz')."""
    text = sentence.texts[slot.token_start].lower()
    head = text.rsplit("-", 1)[-1]
    if names_the_subject(text, slot) or coalition_nickname(text):
        return False  # "Syrien-Konferenz" is about Syria; "die Kenia-Regierung" is a German coalition
    if titles_a_person(sentence, slot):
        return False  # "hatte US-Außenminister Mike Pompeo": his title, no body of ministers
    if head.startswith(GROUP_HEADS) or text.endswith("-") or members_of_a_body(sentence, slot):
        return True  # "die Nato-Verteidigungsminister": the body's ministers
    return trigger_noun(sentence.texts[slot.token_start]) is not None


def titles_a_person(sentence: Sentence, slot: ActorSlot) -> bool:
    """'US-Außenminister Mike Pompeo', 'EU-Ratspräsident Charles Michel': a compound right before a person's name is
    the title of that one person ('die Nato-Außenminister' alone is a body)."""
    head = sentence.texts[slot.token_start].rsplit("-", 1)[-1]
    after = sentence.slot_at(slot.token_end) if slot.token_end < sentence.end else None
    return after is not None and after is not slot and after.entity_type == "PERSON" \
        and known_role_noun(head) is not None  # not "den Taiwan-Besuch Pelosis": a visit, no title


def names_the_subject(text: str, slot: ActorSlot) -> bool:
    """'Syrien-Konferenz', 'Libyen-Konferenz', 'Jemen-Geberkonferenz': a conference named after one state
    is about it (the states that hold it are others); 'EU-Konferenz', 'G20-Gipfel', 'China-Gipfel'
    name who meets."""
    head = text.rsplit("-", 1)[-1]
    return slot.entity_type == "GPE" and text.count("-") == 1 and head.endswith("konferenz")


def is_topic(sentence: Sentence, slot: ActorSlot) -> bool:
    """'über Russland', 'gegen die Ukraine', 'das Verhältnis zu China', 'Themen wie China und die Türkei'."""
    if names_a_case(sentence, slot):
        return True
    governing = sentence.governing_preposition(slot.token_start)
    if governing is not None:
        preposition, at = governing
        if in_list("topic_preposition", preposition) or state_after_zu(slot, preposition):
            return True
        if preposition in ("zu", "zum", "zur", "mit") and at > sentence.start \
                and (in_list("topic_noun", sentence.lowers[at - 1]) or in_list("relation_noun", sentence.lowers[at - 1])):
            return True  # "das Verhältnis zu China", "die Spannungen mit der Türkei"
        if preposition == "mit" and relation_adjective_after(sentence, slot):
            return True  # "die Unterstützung mit Russland befreundeter Staaten": the friend of those states
    for j in range(max(sentence.start, slot.token_start - 4), slot.token_start):
        if in_list("topic_noun", sentence.lowers[j]) and sentence.texts[j][:1].isupper():
            return True
    return listed_after_topic(sentence, slot)


def relation_adjective_after(sentence: Sentence, slot: ActorSlot) -> bool:
    """'mit Russland befreundete Staaten', 'mit den USA verbündeten Länder': the name is followed by an adjective of
    a relation (relation_adjective), whose 'mit' it completes."""
    after = slot.token_end
    return after < sentence.end and any(sentence.lowers[after].startswith(stem) for stem in word_list("relation_adjective"))


def listed_after_topic(sentence: Sentence, slot: ActorSlot) -> bool:
    """'sprach mit Çavuşoğlu über Themen wie die Corona-Krise, die Ratspräsidentschaft, Syrien, Libyen und das
    Mittelmeer': a state that is a member of a list 'über' or 'um' opens is talked about too. Only a list: the
    state follows a comma or 'und', and nothing but list members stands back to the preposition; a person,
    another preposition or a verb ends it ('Gespräche zwischen der für den Handel zuständigen Ministerin
    Truss und Lighthizer', 'über den die Staats- und Regierungschefs der EU diskutieren')."""
    j = slot.token_start - 1
    while j > sentence.start and (sentence.lowers[j] in DETERMINERS or is_attributive(sentence.lowers[j])):
        j -= 1
    if sentence.lowers[j] not in (",", "und", "sowie", "oder") or sentence.texts[j - 1].endswith("-"):
        return False
    start = sentence.clause(slot.token_start)[0]
    for k in range(j - 1, max(start - 1, j - 25), -1):
        lower = sentence.lowers[k]
        if in_list("talk_preposition", lower):
            return True
        other = sentence.slot_at(k)
        if lower in PREPOSITIONS or is_finite_verb(sentence.texts[k]) or trigger_noun(sentence.texts[k]) \
                or other is not None and other.entity_type == "PERSON":
            return False
    return False


def names_a_case(sentence: Sentence, slot: ActorSlot) -> bool:
    """'ein Nato-Treffen zum Fall Nawalny', 'im Falle Skripal', 'der Fall des Journalisten Khashoggi': the
    person or state a case is named after is what is talked about (not 'Im Fall Nawalny telefonierte
    Merkel mit Putin': Merkel is no name of the case)."""
    j = slot.token_start - 1
    while j > sentence.start and slot.token_start - j <= 3 and (sentence.lowers[j] in ("des", "der", "von", "vom")
                                                               or is_attributive(sentence.lowers[j])
                                                               or known_role_noun(sentence.texts[j]) is not None):
        j -= 1  # "Fall | des Journalisten | Khashoggi"
    return j >= sentence.start and sentence.texts[j] in ("Fall", "Falle", "Falles", "Fälle")


def state_after_zu(slot: ActorSlot, preposition: str) -> bool:
    """'ein Treffen zu Russland', 'die Videokonferenz der EU-Außenminister zu Belarus', 'Beratungen zur
    Ukraine': a state after 'zu' is a subject, never a partner (one travels 'nach' a state and meets
    'mit' it; 'die Reise zu Putin' names a person)."""
    return preposition in ("zu", "zum", "zur") and slot.entity_type == "GPE" and slot.kind == "name"


def phrase_range(sentence: Sentence, trigger: Trigger) -> range:
    """Tokens of a trigger noun's phrase after it: 'Treffen | zwischen Putin und Selenskyj in Istanbul'."""
    _, clause_end = sentence.clause(trigger.token)
    end = trigger.token + 1
    named = False
    while end < clause_end and (end - trigger.token <= 14 or list_goes_on(sentence, end)):
        text, lower = sentence.texts[end], sentence.lowers[end]
        named = named or sentence.slot_at(end) is not None
        if named and lower in OBJECT_DETERMINERS and sentence.lowers[end - 1] not in PHRASE_LINKS \
                and _next_noun_is_a_thing(sentence, end + 1):
            break  # "Treffen mit Netanjahu | den Friedensplan bekräftigt": the verb's object begins
        if end == trigger.token + 1 and lower in ("die", "das", "den", "dem"):
            break  # "auf der Tagesordnung des Gipfels | die von der OECD monierte Zahl": no genitive article
        if lower in PHRASE_LINKS or lower in POSSESSIVES or sentence.slot_at(end) is not None or is_attributive(lower) \
                or _adjective_after_article(sentence, end) \
                or (text[:1].isupper() and not is_finite_verb(lower)) or text.endswith("-") or lower.isdigit():
            if text == "," and not _continues_after_comma(sentence, end):
                break
            end += 1
            continue
        break
    return range(trigger.token + 1, end)


QUOTES = {"„": "“", "»": "«", "«": "»"}


def quoted_apart(sentence: Sentence, i: int, t: int) -> bool:
    """'„Die Welt muss Russland zum Frieden zwingen“, erklärte er nach Telefonaten mit ...': a name inside a
    quoted sentence (one with a finite verb) the trigger stands outside of is said, no argument of the trigger's
    clause; a quoted name is not ('beim Gipfel der „Astana-Troika“')."""
    opening = next((j for j in range(i - 1, sentence.start - 1, -1) if sentence.texts[j] in QUOTES
                    or sentence.texts[j] in QUOTES.values()), None)
    if opening is None or sentence.texts[opening] not in QUOTES:
        return False  # no quotation open at i
    closing = next((j for j in range(i + 1, sentence.end) if sentence.texts[j] == QUOTES[sentence.texts[opening]]),
                   None)
    return closing is not None and not opening < t < closing \
        and any(is_finite_verb(sentence.texts[j]) or is_strong_past_singular(sentence.texts[j])
                for j in range(opening + 1, closing))


def list_goes_on(sentence: Sentence, i: int) -> bool:
    """'mit seinen Partnern in den USA, der EU, Großbritannien, Deutschland | und Polen': a list of names goes on
    at i, however long the phrase before it, where a name ends right before and a comma or 'und' at i leads to
    the next name, or i is that next name or its article."""
    before = sentence.slot_at(i - 1)
    if sentence.lowers[i] in COORDINATORS:
        nxt = i + 1 + (i + 1 < sentence.end and sentence.lowers[i + 1] in ARTICLES)
        return before is not None and nxt < sentence.end and sentence.slot_at(nxt) is not None
    if sentence.lowers[i - 1] in COORDINATORS or sentence.lowers[i - 1] in ARTICLES:
        return sentence.slot_at(i) is not None or sentence.lowers[i] in ARTICLES and i + 1 < sentence.end \
            and sentence.slot_at(i + 1) is not None
    return False


def _adjective_after_article(sentence: Sentence, i: int) -> bool:
    """'der südostasiatischen Staatengemeinschaft': a lower-case word with an adjective's ending between
    an article and a noun, though the lexicon does not know it."""
    lower = sentence.lowers[i]
    return i > sentence.start and i + 1 < sentence.end and sentence.lowers[i - 1] in DETERMINERS \
        and lower.isalpha() and sentence.texts[i].islower() and lower.endswith(("e", "en", "em", "er", "es")) \
        and not is_finite_verb(lower) and sentence.texts[i + 1][:1].isupper()


OBJECT_DETERMINERS = frozenset({"den", "die", "das", "dem", "ein", "eine", "einen", "einem"})


def _next_noun_is_a_thing(sentence: Sentence, i: int) -> bool:
    """The next noun after attributives names no one: neither an actor, an office nor a group."""
    while i < sentence.end and is_attributive(sentence.lowers[i]):
        i += 1
    if i >= sentence.end or not sentence.texts[i][:1].isupper():
        return False
    return sentence.slot_at(i) is None and known_role_noun(sentence.texts[i]) is None \
        and not sentence.lowers[i].startswith(GROUP_HEADS) and not is_private_noun(sentence.texts[i])


def _continues_after_comma(sentence: Sentence, comma: int) -> bool:
    """'mit Merkel, Macron und Conte' goes on after the comma; 'mit Conte, die Mittel seien ...' does not."""
    nxt = comma + 1
    if nxt >= sentence.end:
        return False
    if sentence.slot_at(nxt) is not None:
        return True
    j = nxt
    while j < sentence.end and j - nxt < 4 and (sentence.lowers[j] in DETERMINERS or is_attributive(sentence.lowers[j])):
        j += 1
    return j < sentence.end and j > nxt and (sentence.slot_at(j) is not None or known_role_noun(sentence.texts[j]))


def _before_noun(sentence: Sentence, t: int) -> list[ActorSlot]:
    """'Pompeos Besuch', 'das deutsch-französische Treffen', 'Trumps erster Anruf', 'der von Trump
    angedachte G7-Gipfel' (who plans or hosts it)."""
    found = []
    j = t - 1
    while j >= sentence.start and (is_attributive(sentence.lowers[j]) or sentence.slot_at(j) is not None
                                   or sentence.texts[j].endswith("-")):
        slot = sentence.slot_at(j)
        if slot is not None and slot.kind == "adjective" or slot is not None and sentence.texts[j].endswith("s"):
            found.append(slot)
        elif slot is not None:
            if agent_of_participle(sentence, slot, t):
                found.append(slot)
            break
        j -= 1
    return found


def postposed_genitive_of_thing(sentence: Sentence, slot: ActorSlot) -> bool:
    """'das Veto Ungarns und Polens', 'die Haltung Chinas': a name in the genitive right after a noun
    that is no trigger, office or people qualifies that noun."""
    j = slot.token_start - 1
    while j > sentence.start and sentence.lowers[j] in ("und", "sowie", ",") or sentence.slot_at(j) is not None \
            and sentence.slot_at(j) is not slot and sentence.texts[j].endswith("s"):
        j -= 1  # "Ungarns und | Polens"
    name = sentence.texts[slot.token_start]
    if not name.endswith("s") or name.lower() in DETERMINERS or j <= sentence.start or sentence.slot_at(j) is not None:
        return False  # "des US-Präsidenten" is a genitive with its article, read elsewhere
    head = sentence.texts[j]
    return head[:1].isupper() and trigger_noun(head) is None and known_role_noun(head) is None \
        and not names_someone(sentence, j) and not dative_plural_office(head)


def participle_noun(sentence: Sentence, slot: ActorSlot) -> int | None:
    """The noun an actor after 'von' is the agent of, through a participle: 'dem von der EU-Kommission
    vorgeschlagenen Paket' -> 'Paket'."""
    k = slot.token_start - 1
    if k > sentence.start and sentence.lowers[k] in ("der", "den", "dem", "des"):
        k -= 1  # "von der EU-Kommission"
    if k < sentence.start or sentence.lowers[k] not in ("von", "vom"):
        return None
    j = slot.token_end
    while j < sentence.end and is_attributive(sentence.lowers[j]):
        j += 1
    if j == slot.token_end or j >= sentence.end or not sentence.texts[j][:1].isupper():
        return None
    return j


def agent_of_participle(sentence: Sentence, slot: ActorSlot, t: int) -> bool:
    """'einem von Trump angedachten Gipfel', 'das von Macron einberufene Treffen': 'von' and an actor
    before the participle that qualifies the trigger noun name who plans or holds it."""
    if slot.token_start <= sentence.start or sentence.lowers[slot.token_start - 1] not in ("von", "vom"):
        return False
    between = sentence.lowers[slot.token_end:t]
    return bool(between) and all(is_attributive(w) for w in between)  # only a participle takes "von" here


def subject_takes_part(sentence: Sentence, trigger: Trigger) -> bool:
    """Whether the clause's actors take part in what a trigger noun names: it is what they do
    ('hatten ein Telefonat', 'will Kontakte herstellen') or where they are ('beim Gipfel', 'nach
    dem Treffen'), not what they talk about ('über das Treffen'), judge ('bezeichnete das Treffen
    als Erfolg') or a thing the noun belongs to ('ein Scheitern der Gespräche')."""
    t = trigger.token
    if _is_genitive_of_other_noun(sentence, t) or stays_away(sentence, t):
        return False
    governing = sentence.governing_preposition(t)
    if governing is not None and governing[0] in ("vor", "nach", "seit") and summit_of_a_body(sentence, trigger):
        return False  # "Einen Tag vor dem EU-Gipfel versuchte Erdoğans Berater ...": time, not attendance
    if governing is not None:
        return in_list("attending_preposition", governing[0]) and not regarding(sentence, governing[1]) \
            and not answers(sentence, governing[0], t) and not hopes_for_their_summit(sentence, governing[0], trigger)
    if acts_as_subject(sentence, t):
        return False
    start, end = sentence.clause(t)
    verbs = [verb_lemma(w) for w in sentence.words(start, end) if w.isalpha()]
    return not any(in_list("commenting_verb", v) for v in verbs) and not boycotts(sentence, start, end)


def boycotts(sentence: Sentence, start: int, end: int) -> bool:
    """'Das Treffen in Paris hatte er boykottiert', 'Salvini blieb dem Treffen fern', 'ist dem Gipfel
    ferngeblieben': who boycotts or stays away from what a trigger noun names is no side of it."""
    words = [w for w in sentence.words(start, end) if w.isalpha()]
    lemmas = {verb_lemma(w) for w in words}
    return any(in_list("boycott_verb", w) or in_list("boycott_verb", lemma) for w, lemma in zip(words, map(verb_lemma, words))) \
        or "fern" in words and "bleiben" in lemmas


def object_of_an_infinitive(sentence: Sentence, slot: ActorSlot, trigger: Trigger) -> bool:
    """'war beim G7-Gipfel mit seinem Vorschlag gescheitert, Russland wieder in die Gruppe aufzunehmen': an actor
    in a 'zu'-infinitive after a comma is what the clause before proposes, no side of its contact noun."""
    stretch = sentence.infinitive_stretch(slot.token_start)
    return stretch is not None and trigger.token not in stretch


def stays_away(sentence: Sentence, t: int) -> bool:
    """'Auch Taiwan soll nicht mehr an den WHO-Beratungen teilnehmen dürfen', 'Russland nimmt am Gipfel nicht
    teil', 'Kein Vertreter Chinas nahm an dem Treffen teil': who a negated 'teilnehmen' names is kept out of
    what the noun names. A negation that 'sondern' corrects ('nicht persönlich, sondern per Video') or
    narrows ('nicht nur') leaves them in."""
    start, end = sentence.clause(t)
    words = sentence.words(start, end)
    lemmas = [verb_lemma(w) for w in words if w.isalpha()]
    if "teilnehmen" not in lemmas and not ("teil" in words and "nehmen" in lemmas):
        return False
    if "sondern" in sentence.words():
        return False
    return any(in_list("negation", w) and words[k + 1:k + 2] != ["nur"] for k, w in enumerate(words))


def acts_as_subject(sentence: Sentence, t: int) -> bool:
    """'Der Gipfel soll der EU-Kommission den Auftrag erteilen', 'Der EU-Gipfel forderte die Türkei auf': a
    masculine trigger noun opening its clause with 'der' is the nominative subject, the event itself acts, and
    the clause's other actors are what it acts on, not its sides ('Das Treffen hat Macron abgesagt' may be an
    object: neuter and feminine nouns keep their sides)."""
    start, _ = sentence.clause(t)
    j = start
    while j < t and sentence.lowers[j] in ("der",) + ("„", '"') or j < t and is_attributive(sentence.lowers[j]):
        j += 1
    return j == t and t > start and sentence.lowers[start] == "der" and t + 1 < sentence.end \
        and is_finite_verb(sentence.texts[t + 1])


def regarding(sentence: Sentence, preposition: int) -> bool:
    """'mit Blick auf die Verhandlungen', 'im Hinblick auf den Gipfel', 'unter Verweis auf das Telefonat': a
    preposition after a noun of regard makes what follows the topic of the clause, not where its subject is."""
    return preposition > sentence.start and in_list("regard_noun", sentence.lowers[preposition - 1])


def hopes_for_their_summit(sentence: Sentence, preposition: str, trigger: Trigger) -> bool:
    """'Trump hoffte auf ein schnelles Opec-Treffen', 'Rom drängt auf einen EU-Gipfel': who hopes or presses for a
    body's summit (hoping_verb + 'auf') asks the body to meet; it is no side beside it."""
    if preposition != "auf" or not summit_of_a_body(sentence, trigger):
        return False
    start, _ = sentence.clause(trigger.token)
    return any(in_list("hoping_verb", verb_lemma(w)) for w in sentence.words(start, trigger.token) if w.isalpha())


def answers(sentence: Sentence, preposition: str, t: int) -> bool:
    """'Peking reagierte empört auf den Besuch', 'antwortete auf das Telefonat mit Drohungen': 'auf' after a verb
    of reaction names what the subject answers, not an event it attends."""
    if preposition != "auf":
        return False
    start, end = sentence.clause(t)
    return any(in_list("reacting_verb", verb_lemma(w)) for w in sentence.words(start, end) if w.isalpha())


def summit_of_a_body(sentence: Sentence, trigger: Trigger) -> bool:
    """'EU-Gipfel', 'G20-Treffen', 'Nato-Gipfel': a summit its own word gives to an organisation, whose
    members attend it."""
    slot = next((s for s in sentence.slots if s.token_start == trigger.token and s.kind == "compound"), None)
    return slot is not None and slot.entity_type == "ORG"


def _is_genitive_of_other_noun(sentence: Sentence, t: int) -> bool:
    """'Scheitern der Gipfelgespräche', 'die Dauer des Treffens', 'Fortgang der Handelsgespräche';
    not 'Gastgeber des Treffens', 'Teilnehmer des Gipfels': those take part."""
    j = t - 1
    while j > sentence.start and t - j <= 5 and _inside_noun_phrase(sentence, j):
        j -= 1  # "des | zweitägigen, pandemiebedingt virtuellen | G20-Gipfels"
    if j <= sentence.start or sentence.lowers[j] not in ("des", "der", "eines", "einer"):
        return False
    head = sentence.texts[j - 1]
    # "Nach der Verhandlungsrunde", "Während des Treffens": a preposition opening the sentence is no noun
    return head[:1].isupper() and sentence.slot_at(j - 1) is None and not in_list("host_noun", head.lower()) \
        and head.lower() not in PREPOSITIONS


def _inside_noun_phrase(sentence: Sentence, j: int) -> bool:
    """A word between an article and its noun: an adjective or adverb in lower case, or a comma between
    adjectives ('des zweitägigen, pandemiebedingt virtuellen Gipfels')."""
    text = sentence.texts[j]
    return text == "," or text.isalpha() and text.islower() and text not in DETERMINERS and text not in POSSESSIVES \
        and not is_finite_verb(text)


def clause_arguments(sentence: Sentence, start: int, end: int) -> list[ActorSlot]:
    """The actors of a clause that can be sides: subject, objects, 'mit'-partners; not those that
    only qualify another noun ('des Nahost-Plans von US-Präsident Trump', 'die Haltung Chinas')."""
    return [s for s in sentence.slots_in(start, end) if can_act(sentence, s) and not qualifies_a_noun(sentence, s)]


def qualifies_a_noun(sentence: Sentence, slot: ActorSlot, trigger_at: int | None = None) -> bool:
    """An actor in the genitive or 'von'-phrase of a noun that is no trigger: 'Plan von Trump', 'das von
    der EU-Kommission vorgeschlagene Paket'."""
    named = sentence.slot_at(slot.token_start - 2) if slot.token_start - 2 >= sentence.start \
        and sentence.texts[slot.token_start - 1] == "(" else None
    if named is not None and named.entity_id == slot.entity_id and named is not slot:
        return qualifies_a_noun(sentence, named, trigger_at)  # "zur Stärkung der Weltgesundheitsorganisation (WHO)"
    if between_of_a_thing(sentence, slot):
        return True
    qualified = participle_noun(sentence, slot)
    if qualified is not None:
        return trigger_noun(sentence.texts[qualified]) is None
    if postposed_genitive_of_thing(sentence, slot) or body_where_a_thing_is(sentence, slot):
        return True
    j = slot.token_start - 1
    while j > sentence.start and (is_attributive(sentence.lowers[j]) or known_role_noun(sentence.texts[j])
                                  or sentence.texts[j].endswith("-")):
        j -= 1
    if j <= sentence.start or sentence.lowers[j] not in ("von", "des", "der", "eines", "einer"):
        return False
    head = sentence.texts[j - 1]
    head_slot = sentence.slot_at(j - 1)
    if head_slot is not None and not (head_slot.kind == "compound" and not compound_acts(sentence, head_slot)):
        return False  # "des Nahost-Plans von Trump" qualifies the plan; "des Präsidenten Trump" names him
    own = j - 1 == trigger_at  # "die Forderung von Guterres": the author of the statement the trigger is
    # "wurde am Dienstag von Macron empfangen": a day qualifies nothing, the passive's agent acts
    # "eine Delegation unter Leitung von Pelosi": who leads the group acts with it
    return head[:1].isupper() and not names_a_contact(head) and not own and not is_calendar_word(head) \
        and known_role_noun(head) is None and not in_list("host_noun", head.lower()) \
        and not led_by(sentence, j - 1)


def led_by(sentence: Sentence, head: int) -> bool:
    """'unter Leitung von', 'unter der Führung von': the 'von' after names who leads a group of the clause (not
    'über die Führung von Baerbock': a topic)."""
    return in_list("leading_noun", sentence.lowers[head]) and "unter" in sentence.lowers[max(sentence.start, head - 2):head]


def body_where_a_thing_is(sentence: Sentence, slot: ActorSlot) -> bool:
    """'Vor der Abstimmung im Sicherheitsrat hatten Maas und Lawrow telefoniert', 'die Rede im Europaparlament':
    an organisation after 'im' right behind a noun that names no contact or people is where that thing happens,
    no side ('das Treffen im Sicherheitsrat' is the body's own)."""
    j = slot.token_start - 1
    if slot.entity_type != "ORG" or j - 1 < sentence.start or sentence.lowers[j] != "im":
        return False
    head = sentence.texts[j - 1]
    if in_list("time_unit", head.lower()) or in_list("time_noun", head.lower()):
        return False  # "habe sie sechs Stunden im Europäischen Rat verhandelt": how long, not what
    return head[:1].isupper() and head.isalpha() and sentence.slot_at(j - 1) is None and trigger_noun(head) is None \
        and known_role_noun(head) is None and not names_someone(sentence, j - 1)


def author_of_a_statement(sentence: Sentence, slot: ActorSlot, trigger_at: int) -> bool:
    """'nach Verhandlungen der Forderung von Generalsekretär Guterres': an actor in the 'von'-phrase or
    genitive of a statement noun ('Forderung', 'Appell') inside a contact noun's phrase made the statement
    and is no side of the contact (not so 'der Verhandlungsteams des Unterhändlers Barnier': his people)."""
    j = slot.token_start - 1
    while j > sentence.start and (is_attributive(sentence.lowers[j]) or known_role_noun(sentence.texts[j])
                                  or sentence.texts[j].endswith("-")):
        j -= 1
    if j <= sentence.start or j - 1 == trigger_at or sentence.lowers[j] not in ("von", "des", "der", "eines", "einer"):
        return False
    word = trigger_noun(sentence.texts[j - 1])
    return word is not None and word.event_type not in CONTACT_TYPES


def names_a_contact(text: str) -> bool:
    """'Treffen', 'Besuch', 'Verhandlungen': a trigger noun of a contact, whose 'von'-phrase or genitive
    names a side; 'Forderung', 'Kritik' are triggers of statements, whose author is no side of a contact
    ('nach Verhandlungen der Forderung von Generalsekretär Guterres angeschlossen')."""
    word = trigger_noun(text)
    return word is not None and word.event_type in CONTACT_TYPES


def between_of_a_thing(sentence: Sentence, slot: ActorSlot) -> bool:
    """'den Ausbau einer Eisenbahnstrecke zwischen Serbien und Ungarn', 'die Grenze zwischen Indien und
    China': 'zwischen' after a noun that names no contact, office or people says where the thing lies, not
    who meets ('das Treffen zwischen Putin und Biden' does), nor do an agreement's parties ('die Verhandlungen
    um einen Handelspakt zwischen Brüssel und London')."""
    governing = sentence.governing_preposition(slot.token_start)
    if governing is None or governing[0] != "zwischen" or governing[1] <= sentence.start:
        return False
    head_at = governing[1] - 1
    head = sentence.texts[head_at]
    return head[:1].isupper() and head.isalpha() and sentence.slot_at(head_at) is None \
        and trigger_noun(head) is None and known_role_noun(head) is None and not names_someone(sentence, head_at) \
        and not head.lower().endswith(tuple(word_list("agreement_head")))


def relative_owner(sentence: Sentence, trigger: Trigger) -> ActorSlot | None:
    """'mit Borissow vor dessen Besuch bei Erdoğan', 'Merkel und Macron, deren Treffen': 'dessen' or
    'deren' before a trigger noun stands for the actor right before it (a preposition between), who
    takes part, not the clause's subject."""
    if not trigger.is_noun or trigger.determiner not in ("dessen", "deren"):
        return None
    j = trigger.token - 1 - len(trigger.modifiers)  # "dessen"
    k = j - 1
    if k > sentence.start and sentence.lowers[k] in PREPOSITIONS:
        k -= 1  # "Borissow | vor | dessen"
    if k > sentence.start and sentence.texts[k] == ",":
        k -= 1  # "Borissow, dessen Besuch"
    slot = sentence.slot_at(k) if k >= sentence.start else None
    return slot if slot is not None and not slot.is_place and slot.entity_type == "PERSON" else None


def subject_pronoun(sentence: Sentence, trigger: Trigger, start: int, end: int) -> int | None:
    """A personal or possessive pronoun that stands for a side: 'sagte er nach einer Videokonferenz',
    'bei seinem Besuch', 'ihr Telefonat'."""
    if trigger.is_noun and trigger.determiner in POSSESSIVES and trigger.determiner not in ("dessen", "deren"):
        return trigger.token - 1 - len(trigger.modifiers)
    for j in range(start, end):
        demonstrative = sentence.lowers[j] in ("dieser", "diese") and j + 1 < sentence.end \
            and not sentence.texts[j + 1][:1].isupper()  # "dass dieser offen für Gespräche ist": the latter
        if (sentence.lowers[j] in ("er", "sie") or demonstrative or received_him(sentence, trigger, j)) \
                and not _object_pronoun(sentence, j):
            return j
    # "seinem Team wurde die Aufgabe übertragen, Treffen zu organisieren": his people act for him
    # (not "Bulgarien, seine Blockade gegen Beitrittsverhandlungen aufzugeben": a thing of his)
    return next((j for j in range(start, end) if sentence.lowers[j] in POSSESSIVES - {"dessen", "deren"}
                 and _possesses_people(sentence, j)), None)


def received_him(sentence: Sentence, trigger: Trigger, j: int) -> bool:
    """'Dort empfing ihn Ministerpräsident Støre', 'Am Flughafen begrüßte ihn der Kronprinz': the accusative 'ihn' as
    the object of a contact verb is the guest, a side named before, as 'sie' is ('empfing sie'); not in a clause on a
    journey's goal ('reiste nach Rom, wo ihn Draghi empfing': the visit's host)."""
    if sentence.lowers[j] != "ihn" or trigger.is_noun:
        return False
    start, _ = sentence.clause(trigger.token)
    return sentence.lowers[start] not in SUBORDINATORS and sentence.lowers[start] not in RELATIVE_PRONOUNS


def _possesses_people(sentence: Sentence, j: int) -> bool:
    """'seinem Team', 'ihre Unterhändler', 'seine Regierung': a possessive whose noun names people."""
    k = j + 1
    while k < sentence.end and sentence.texts[k].islower() and sentence.texts[k].isalpha():
        k += 1  # "seinem saudischen Amtskollegen"
    return k < sentence.end and sentence.texts[k][:1].isupper() and (
        known_role_noun(sentence.texts[k]) is not None or names_someone(sentence, k)
        or in_list("staff_noun", sentence.lowers[k]))


def _object_pronoun(sentence: Sentence, j: int) -> bool:
    """'mit ihr', 'für sie': a pronoun after a preposition is no subject (', er spricht' and 'und sie
    reiste' are subjects)."""
    return j > sentence.start and sentence.lowers[j - 1] in PHRASE_LINKS - {",", "und", "sowie"} | {"für", "über",
                                                                                                "gegen", "an", "auf"}
