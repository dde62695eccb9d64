"""Stage 1, triggers: the words of a sentence that report an event, in the sense that does.

A noun triggers as a whole word or as the last part of a compound ("Gipfeltreffen",
"EU-Gipfel", "Brexit-Verhandlungen"), never inside another word ("EU-Kreisen" holds no
"Reise"). A verb triggers by its lemma, a separable verb with its particle ("kamen ... zusammen",
"traf ... ein" is an arrival, not a meeting). Each trigger then passes the check of its sense:
"treffen" is a meeting with "sich" or a person as object, not "eine Entscheidung treffen" or
"die Krise trifft Italien hart"; "sprechen" needs someone to speak with.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from orchestration.nlp.events.sentence import (DETERMINERS, POSSESSIVES, PREPOSITIONS, Sentence, adjective_stem,
                                               is_attributive)
from orchestration.nlp.events.words import TriggerWord, in_list, noun_triggers_longest_first, trigger_words, word_list
from orchestration.nlp.knowledge import lemma
from orchestration.nlp.lexicon import noun_lemma
from orchestration.nlp.pipeline import known_role_noun

# Separable verbs: the stem the lemma table gives, the particle at the clause's end, the trigger verb.
SEPARABLE = {("kommen", "zusammen"): "zusammenkommen", ("treffen", "zusammen"): "zusammentreffen",
             ("treffen", "ein"): "eintreffen", ("rufen", "an"): "anrufen", ("laden", "ein"): "einladen",
             ("nehmen", "teil"): "teilnehmen", ("sagen", "ab"): "absagen"}
# Verb particles that, glued before a trigger noun, make another word: "Einreise", "Abreise", "Rückreise".
PARTICLE_PREFIXES = frozenset({"ein", "aus", "ab", "an", "auf", "zurück", "rück", "weiter", "heim", "durch", "um", "vor",
                     "nach", "zu", "hin", "her", "mit", "wieder", "be", "ver", "heraus", "hinaus", "voraus"})
INFLECTIONS = ("", "s", "es", "n", "en", "e", "ns")
LEMMA_FIXES = {"getroffen": "treffen", "trifft": "treffen", "traf": "treffen", "trafen": "treffen",
               "sprachen": "sprechen", "empfing": "empfangen", "empfingen": "empfangen", "empfängt": "empfangen",
               "berieten": "beraten", "beriet": "beraten", "berät": "beraten"}


@dataclass(frozen=True)
class Trigger:
    token: int
    text: str
    word: TriggerWord
    determiner: str | None = None  # the article or possessive before a trigger noun
    modifiers: tuple[str, ...] = ()  # the lower-case words between them: "geplante", "erste"
    negated: bool = False

    @property
    def is_noun(self) -> bool:
        return self.word.kind == "noun"

    talks: str | None = None  # the type "Gespräche" take in their sentence: negotiations or contact

    @property
    def event_type(self) -> str:
        return self.talks or self.word.event_type


def find_triggers(sentence: Sentence, candidates: list[int]) -> list[Trigger]:
    """The triggers among a sentence's candidate words (those may_trigger() lets through)."""
    found = []
    for i in candidates:
        trigger = noun_trigger(sentence, i) if sentence.texts[i][:1].isupper() else verb_trigger(sentence, i)
        if trigger is not None:
            found.append(trigger)
    return found


def may_trigger(text: str) -> bool:
    """Whether a word can trigger at all, asked once per distinct word: a trigger noun or a verb
    whose lemma (or separable stem) is a trigger."""
    if text[:1].isupper():
        return trigger_noun(text) is not None
    base = verb_lemma(text)
    return (base, "verb") in trigger_words() or any(stem == base for stem, _ in SEPARABLE)


@lru_cache(maxsize=200_000)
def trigger_noun(text: str) -> TriggerWord | None:
    """The trigger a noun or compound ends in: 'Gipfeltreffens', 'Biden-Netanjahu-Telefonat',
    'Handelsgespräche'; None for 'Kreisen', 'Preise', 'Einreise', 'Pressekonferenz', 'Bund-Länder-Gipfel'."""
    last = text.rsplit("-", 1)[-1]
    if not last[:1].isalpha() or not _holds_a_trigger_stem(last):
        return None  # most words hold no trigger at all: asked before the costlier lemma lookups
    base = (noun_lemma(text) or noun_lemma(last) or "").lower()
    forms = [base] if base else [last.lower()[: len(last) - len(e)] for e in INFLECTIONS if last.lower().endswith(e)]
    joined = [text.rsplit("-", 1)[0].lower().replace("-", "") + f for f in forms] if "-" in text else []
    if any(in_list("blocked_compound", form) for form in forms + [last.lower()] + joined):
        return None  # also a compound the lexicon lacks, by its stem: "Unternehmensberatungen"; "Medien-Treffen"
    if text.lower().startswith(tuple(word_list("domestic_prefix"))):
        return None  # "Bund-Länder-Treffen", "Koalitionsgipfel": a meeting within one state
    if coalition_nickname(text):
        return None  # "Jamaika-Verhandlungen": German party politics
    for form in forms:
        for word in noun_triggers_longest_first():
            if not form.endswith(word.lemma):
                continue
            prefix = form[: -len(word.lemma)]
            if not base and _ends_in_other_noun(last, len(word.lemma)):
                return None
            if prefix == "" or (len(prefix) >= 3 and prefix not in PARTICLE_PREFIXES):
                return by_phone_or_video(text, word)
            break
    return None


def coalition_nickname(text: str) -> bool:
    """'Jamaika-Verhandlungen', 'Kenia-Koalition', 'Ampelgespräche', 'Deutschland-Koalition': a German coalition
    named after the flag its party colours make is party politics at home, never a contact with Jamaica or Kenya
    ('Kenia-Besuch', 'Deutschland-Reise' are journeys; 'Deutschland-Gespräche' no coalition)."""
    lower = text.lower()
    for nickname, reach in word_list("coalition_nickname").items():
        if lower.startswith(nickname):
            rest = lower[len(nickname):].lstrip("-")
            heads = [h for h, kind in word_list("coalition_head").items() if reach == "talks" or kind == "coalition"]
            if rest.startswith(tuple(heads)):
                return True
    return False


_UMLAUTS = str.maketrans("äöü", "aou")


@cache
def _trigger_stems() -> re.Pattern:
    """The first four letters of every trigger noun, umlauts folded, so 'Verträge' still holds 'vert'."""
    stems = sorted({w.lemma[:4].translate(_UMLAUTS) for w in noun_triggers_longest_first()})
    return re.compile("|".join(re.escape(stem) for stem in stems))


def _holds_a_trigger_stem(word: str) -> bool:
    return _trigger_stems().search(word.lower().translate(_UMLAUTS)) is not None


def by_phone_or_video(text: str, word: TriggerWord) -> TriggerWord:
    """'Video-Beratungen', 'Videogipfel', 'Telefongespräch', 'Online-Konferenz': held by video or phone, a call."""
    if word.event_type in ("MEETING", "NEGOTIATION", "CONTACT") and text.lower().startswith(("video", "telefon", "online")):
        return TriggerWord(word.lemma, word.kind, "CALL", word.needs, word.status)
    return word


def _ends_in_other_noun(word: str, trigger_size: int) -> bool:
    """An unknown compound ending in a known noun longer than the trigger it holds: 'Diplomatenkreisen'
    ends in 'Kreisen' (of Kreis), not in 'Reisen'; 'Verhandlungsrunde' ends in its trigger."""
    lower = word.lower()
    for size in range(len(lower) - 3, trigger_size, -1):
        tail = lower[-size:]
        tail_lemma = noun_lemma(tail[:1].upper() + tail[1:])
        if tail_lemma is not None:
            return not any(tail_lemma.lower().endswith(w.lemma) for w in noun_triggers_longest_first())
    return False


@lru_cache(maxsize=200_000)
def verb_lemma(text: str) -> str:
    return LEMMA_FIXES.get(text) or lemma(text)


def noun_trigger(sentence: Sentence, i: int) -> Trigger | None:
    word = trigger_noun(sentence.texts[i])
    if word is None:
        return None
    determiner, modifiers = _determiner_before(sentence, i)
    modifiers = modifiers_of_the_round(sentence, i, determiner, modifiers) + modifiers
    if word.lemma == "gespräch" and determiner == "im" and not _talks_with(sentence, i):
        return None  # "im Gespräch sein": under discussion, not talks
    if word.lemma == "gespräch" and i + 1 < sentence.end and sentence.lowers[i + 1] == "mit" \
            and media_heads(sentence, i + 2):
        return None  # "sagte Kuleba im Gespräch mit der ARD": an interview
    if word.lemma == "gast" and not is_guest_of(sentence, i):
        return None
    if word.lemma == "kontakt" and (keeps_in_touch(sentence, i) or people_met_at_all(sentence, i, determiner)
                                    or exposed_to_infection(sentence)):
        return None
    if word.lemma == "einladung" and invited_to_something_else(sentence, i):
        return None  # "die Einladung zum Beitritt": to join, not to come
    if in_a_title(sentence, i):
        return None
    if at_a_religious_occasion(sentence, i):
        return None  # "sein Besuch beim Katholikentag"
    if sized_by_headcount(sentence, i) or gatherings_ruled_on(sentence, i, determiner):
        return None  # "in Österreich sind Zusammenkünfte mit mehr als fünf Personen untersagt": a rule, no contact
    if is_habitual_kind(determiner, modifiers):
        return None
    if is_vague_count(sentence, i):
        return None
    negated = determiner is not None and determiner.startswith("kein") or negated_phrase(sentence, i)
    talks = talks_type(sentence, i) if word.lemma in CONSULTATIONS and word.event_type != "CALL" else None  # "Videogespräch"
    if (talks or word.event_type) in REMOTE_TYPES and noun_held_remotely(sentence, i, modifiers):
        talks = "CALL"
    return Trigger(i, sentence.texts[i], word, determiner, tuple(modifiers), negated, talks)


REMOTE_TYPES = frozenset({"MEETING", "NEGOTIATION", "CONTACT"})
# talk whose kind its sentence tells: negotiations only of negotiators or over a deal ('nach Beratungen mit
# Macron', 'Regierungskonsultationen' of two leaders are talks; 'die Beratungen der Unterhändler' negotiations)
CONSULTATIONS = frozenset({"gespräch", "beratung", "konsultation"})


def noun_held_remotely(sentence: Sentence, i: int, modifiers: list[str]) -> bool:
    """'ein virtueller Gipfel', 'Beratungen per Video', 'das Treffen fand online statt': a meeting noun
    held by video or phone, by its own words or those of the verb it is subject of; not 'nach dem
    Gipfel in Pau kommen sie wieder zusammen – zumindest virtuell' (that is another summit)."""
    if any(m.startswith("virtuell") for m in modifiers):
        return True
    if remote_words(sentence.texts[i + 1:min(sentence.end, i + 3)]):
        return True
    start, _ = sentence.clause(i)
    governed = any(sentence.lowers[j] in PREPOSITIONS for j in range(max(start, i - 4), i))
    return not governed and held_remotely(sentence, i)


def held_remotely(sentence: Sentence, i: int) -> bool:
    """'berieten per Videoschalte', 'kommen ... zusammen – zumindest virtuell', 'tagten per Video': a
    meeting held by video or phone is a call."""
    start, end = sentence.clause(i)
    return remote_words(sentence.texts[max(sentence.start, start - 1):min(sentence.end, end + 3)])


def remote_words(texts: list[str]) -> bool:
    """'virtuell', 'online' (not 'ZEIT ONLINE'), 'im Internet', 'per Video', 'per Telefon', 'über Video',
    'via Zoom', 'am Telefon', 'telefonisch'."""
    words = [t.lower() for t in texts]
    for k, w in enumerate(words):
        if w.startswith("virtuell") or texts[k] == "online" or w == "internet" and k > 0 and words[k - 1] == "im":
            return True
        if in_list("remote_adverb", w) and not (k + 1 < len(words) and is_attributive(words[k + 1])):
            return True  # "sprach telefonisch mit Erdoğan" (not "zu dem telefonisch vereinbarten Treffen")
        if w == "per" and k + 1 < len(words) and words[k + 1].startswith(("video", "telefon", "schalte", "internet")):
            return True
        if k + 1 < len(words) and in_list("remote_preposition", w) and in_list("remote_channel", words[k + 1]):
            return True  # "über Video gesprochen" (not "über Videos aus Kiew", "über das Telefonat")
    return False


def in_person_occasion(sentence: Sentence, start: int, end: int) -> bool:
    """'auf einer gemeinsamen Pressekonferenz mit', 'bei einem Abendessen mit': an occasion that puts
    people in one room."""
    return noun_ending_in(sentence, start, end, "in_person_occasion")


def noun_ending_in(sentence: Sentence, start: int, end: int, list_name: str) -> bool:
    """A noun of the clause that is or ends in a word of the list: 'Abendessen', 'Twitter-Mitteilung'."""
    endings = tuple(word_list(list_name))
    return any(sentence.texts[j][:1].isupper() and sentence.lowers[j].endswith(endings) for j in range(start, end))


OPENING_QUOTES = frozenset({"„", '"', "“", "»", "«", "‚"})


def in_a_title(sentence: Sentence, i: int) -> bool:
    """A word in the quoted title of a book, film or programme: 'in dem Buch „Das war der Gipfel“',
    'die Serie "Gipfeltreffen"'."""
    for j in range(i - 1, max(sentence.start - 1, i - 8), -1):
        if sentence.texts[j] in OPENING_QUOTES:
            return j > sentence.start and in_list("title_noun", sentence.lowers[j - 1].rsplit("-", 1)[-1])
    return False


def is_guest_of(sentence: Sentence, i: int) -> bool:
    """'bei Trump zu Gast sein', 'Gast von François Mitterrand zu sein', 'Gast des Präsidenten': a
    guest of someone visits him; 'Gäste aus aller Welt', 'der Gast aus Berlin' are people."""
    if i > sentence.start and sentence.lowers[i - 1] == "zu":
        return True
    if i + 1 >= sentence.end or sentence.lowers[i + 1] not in ("von", "des", "der", "bei", "beim"):
        return False
    return names_someone(sentence, i + 2)


def negated_phrase(sentence: Sentence, i: int) -> bool:
    """'wird nicht in regelrechte Verhandlungen einsteigen', 'ist nicht zu Gesprächen bereit': 'nicht'
    right before the preposition of a trigger noun's phrase denies it."""
    governing = sentence.governing_preposition(i)
    return governing is not None and governing[1] > sentence.start and sentence.lowers[governing[1] - 1] == "nicht"


def keeps_in_touch(sentence: Sentence, i: int) -> bool:
    """'Kontakt halten', 'Kontakte pflegen', 'enge Kontakte unterhalten': a standing relation, no event
    ('Die Reiseveranstalter halten Kontakt zum Auswärtigen Amt', 'Japan und China pflegen rege Kontakte')."""
    start, end = sentence.clause(i)
    return any(in_list("relation_verb", verb_lemma(w)) for w in sentence.words(start, end) if w.isalpha()) \
        or in_touch(sentence, i, start, end)


def in_touch(sentence: Sentence, i: int, start: int, end: int) -> bool:
    """'stehe mit Selenskyj in engem Kontakt', 'vereinbarten, in Kontakt zu bleiben', 'sind miteinander in Kontakt':
    being in touch now or from now on is a state, no single contact (not 'trat mit Selenskyj in Kontakt', getting in
    touch, nor 'stand vor ihrer Stellungnahme in engem Kontakt mit Macron', a time of contacts the past tells)."""
    governing = sentence.governing_preposition(i)
    return governing is not None and governing[0] in ("in", "im") \
        and any(in_list("state_verb", w) for w in sentence.words(start, end))


def people_met_at_all(sentence: Sentence, i: int, determiner: str | None) -> bool:
    """'Kontakte' as everyone someone meets, whom a pandemic counts: 'Ihre Kontakte seien Privatsache', 'die
    Kontakte reduzieren', 'Kontakte nachverfolgen' (not 'seine Kontakte zu Putin', 'Kontakte mit Moskau')."""
    start, end = sentence.clause(i)
    if any(in_list("limiting_verb", verb_lemma(w)) for w in sentence.words(start, end) if w.isalpha()):
        return True
    if counted_or_limited(sentence) or everyday_contact(sentence, i):
        return True
    partner = i + 1 < sentence.end and sentence.lowers[i + 1] in ("zu", "zum", "zur", "mit", "zwischen", "nach")
    return determiner in POSSESSIVES and not partner


def counted_or_limited(sentence: Sentence) -> bool:
    """'Die Zahl der Kontakte ist zu hoch, die Reduktion der Kontakte nicht ausreichend': 'Kontakte' in the genitive
    of a noun that counts or limits them, anywhere in the sentence, are the contacts a pandemic spreads through."""
    return any(in_list("limiting_noun", sentence.lowers[j]) and sentence.lowers[j + 1] == "der"
               and sentence.lowers[j + 2].startswith("kontakt") for j in range(sentence.start, sentence.end - 2))


def everyday_contact(sentence: Sentence, i: int) -> bool:
    """'zwischenmenschliche Kontakte zu Russen', 'der Kontakt zu ihren Familien', 'der Kontakt zu den Soldaten sei
    abgebrochen': an adjective of private life before 'Kontakt', or a partner after 'zu'/'mit' who is family or a
    unit, makes it the everyday word, no talks between states ('Kontakt zu den Regierungen' stays)."""
    if any(in_list("everyday_contact_adjective", adjective_stem(sentence.lowers[j]))
           for j in range(max(sentence.start, i - 2), i)):
        return True
    _, end = sentence.clause(i)
    to = next((j for j in range(i + 1, min(end, i + 6)) if sentence.lowers[j] in ("zu", "zum", "zur", "mit")), None)
    if to is None:
        return False  # "der Kontakt der Regierung in Kiew zu ...": the partner after a genitive
    for j in range(to + 1, min(end, to + 6)):  # "zu den dort verschanzten ukrainischen Soldaten"
        if sentence.texts[j][:1].isupper():
            return in_list("everyday_partner", sentence.lowers[j])
    return False


def sized_by_headcount(sentence: Sentence, i: int) -> bool:
    """'Zusammenkünfte mit mehr als fünf Personen', 'Treffen von bis zu 50 Menschen', 'Treffen mit höchstens zwei
    Haushalten': a gathering sized by a count of people is one a rule allows or bans ('ein Treffen mit zwei
    Ministern' names who meets)."""
    _, end = sentence.clause(i)
    if i + 1 >= end or sentence.lowers[i + 1] not in ("mit", "von", "ab", "über", "unter"):
        return False
    for j in range(i + 2, min(end - 1, i + 6)):
        counted = sentence.lowers[j].isdigit() or in_list("count_word", sentence.lowers[j])
        if counted and in_list("headcount_noun", sentence.lowers[j + 1]):
            return True
    return False


def gatherings_ruled_on(sentence: Sentence, i: int, determiner: str | None) -> bool:
    """'Zusammenkünfte sind untersagt', 'private Treffen bleiben erlaubt', 'Besuche in Heimen sind verboten': a noun
    with no article that a copula ties to a word of allowing or banning names gatherings in general ('Das Treffen
    mit Putin ist verboten worden' names one)."""
    if determiner is not None:
        return False
    start, end = sentence.clause(i)
    words = sentence.words(start, end)
    return any(in_list("ruling_word", w) for w in words) and any(in_list("ruling_copula", w) for w in words)


def at_a_religious_occasion(sentence: Sentence, i: int) -> bool:
    """'Ratzingers Besuch beim Katholikentag', 'ein Treffen zum gemeinsamen Gebet', 'die Reise zum Weltjugendtag': a
    visit or meeting at a religious occasion is no diplomacy ('der Besuch des Papstes im Irak' is one)."""
    _, end = sentence.clause(i)
    occasions = tuple(word_list("religious_occasion"))
    for j in range(i + 1, min(end, i + 7)):  # "beim ersten und letzten Katholikentag"
        if sentence.texts[j][:1].isupper() and sentence.lowers[j].rstrip("s").endswith(occasions):
            governing = sentence.governing_preposition(j)
            return governing is not None and governing[1] > i and in_list("at_occasion", governing[0])
    return False


def staged(sentence: Sentence, start: int, end: int) -> bool:
    """'Der Regisseur stellt mit Puppen eine Begegnung zwischen dem Papst und der Queen nach', 'ein inszeniertes
    Gipfeltreffen', 'die verfilmte Begegnung': what is staged or filmed is no contact."""
    words = sentence.words(start, end)
    if any(w.startswith(tuple(word_list("staging_verb"))) for w in words):
        return True
    closing = [sentence.lowers[j] for j in range(start, end) if j + 1 == end or sentence.texts[j + 1] in CLOSING_MARKS]
    return "nach" in closing and any(in_list("staging_stem", verb_lemma(w)) for w in words if w.isalpha())


def exposed_to_infection(sentence: Sentence) -> bool:
    """'hatte direkten Kontakt mit einem Berater, der später positiv getestet wurde', 'Kontakt zu einer infizierten
    Person', 'nach dem Kontakt mit dem Botschafter in Quarantäne': in a sentence of infection, contact is exposure."""
    stems = tuple(word_list("infection_word"))
    return any(w.rsplit("-", 1)[-1].startswith(stems) for w in sentence.words())


def is_habitual_kind(determiner: str | None, modifiers: list[str]) -> bool:
    """'die alljährlichen Gipfeltreffen', 'regelmäßige Konsultationen': a plural with an adjective of
    recurrence names a kind of event, not one ('beim alljährlichen Treffen in Davos' is one). Plural
    shows in the missing article or in 'die' with an adjective in -en."""
    recurring = [m for m in modifiers if m.startswith(tuple(word_list("recurrence_adjective")))]
    if not recurring:
        return False
    return determiner is None or determiner == "die" and recurring[0].endswith("en")


def is_vague_count(sentence: Sentence, i: int) -> bool:
    """'Zahlreiche Gipfel hat die EU darauf verwendet', 'nach unzähligen Telefonaten': a vague count of
    events names none of them ('nach drei Treffen', 'die vielen Gespräche der Woche' are counted or known)."""
    for j in range(i - 1, max(sentence.start - 1, i - 4), -1):
        lower = sentence.lowers[j]
        if in_list("vague_count", lower):
            return j == sentence.start or sentence.lowers[j - 1] not in DETERMINERS | POSSESSIVES
        if not (is_attributive(lower) or sentence.texts[j].islower() and lower.isalpha()) or lower in DETERMINERS:
            return False
    return False


def _talks_with(sentence: Sentence, i: int) -> bool:
    return any(w in ("mit", "zwischen") for w in sentence.words(i + 1, min(sentence.end, i + 3)))


def about_a_deal(sentence: Sentence, start: int, end: int) -> bool:
    """Talk about a treaty, a deal, a truce: negotiations ('über einen Handelspakt sprechen')."""
    topics = tuple(word_list("negotiation_topic"))
    return any(sentence.texts[j][:1].isupper() and sentence.lowers[j].rstrip("s").endswith(topics)
               for j in range(start, end))


def talks_type(sentence: Sentence, i: int) -> str:
    """'Gespräche' of negotiators, or on trade, peace or Brexit, are negotiations ('Handelsgespräche',
    'die Unterhändler setzen die Gespräche fort'); of leaders they are talks of any kind (CONTACT),
    which the event they refer to or the verb beside them makes specific."""
    word = sentence.texts[i].lower()
    if any(word.startswith(prefix) for prefix in word_list("negotiation_prefix")):
        return "NEGOTIATION"
    start, end = sentence.clause(i)
    near = sentence.words(start, i) + sentence.words(i + 1, min(end, i + 5))  # who talks: before it or its phrase
    if by_negotiators(near) or about_a_deal(sentence, start, end):
        return "NEGOTIATION"
    if sitting_of_a_body(sentence, i):
        return "MEETING"
    kind = in_person_or_not(sentence, start, end)
    return "NEGOTIATION" if kind == "CONTACT" and in_a_format(sentence, i) else kind


def in_a_format(sentence: Sentence, i: int) -> bool:
    """'die Gespräche im Normandie-Format': talks in a standing forum are negotiations, where no place makes them a
    meeting ('die nächsten Gespräche im Normandie-Format finden in Berlin statt')."""
    return any(sentence.lowers[j].endswith(tuple(word_list("format_noun"))) and sentence.texts[j][:1].isupper()
               for j in range(i + 1, min(sentence.end, i + 4)))


def sitting_of_a_body(sentence: Sentence, i: int) -> bool:
    """'die Beratungen im UN-Sicherheitsrat', 'Gespräche im Europäischen Rat': talks in a body are a sitting of it."""
    if i + 2 >= sentence.end or sentence.lowers[i + 1] != "im":
        return False
    body = next(iter(sentence.slots_in(i + 2, min(sentence.end, i + 5))), None)
    return body is not None and body.entity_type == "ORG"


def by_negotiators(words: list[str]) -> bool:
    """'die Unterhändler', 'EU-Chefverhandler Barnier', 'die Delegationen': talks of negotiators."""
    stems = tuple(word_list("negotiator_word"))
    return any(w.rsplit("-", 1)[-1].startswith(stems) for w in words)


def modifiers_of_the_round(sentence: Sentence, i: int, determiner: str | None, modifiers: list[str]) -> list[str]:
    """'in der nächsten Runde der Gespräche', 'die zweite Runde der Verhandlungen': talks named in the genitive of a
    round are that round, so the round's words ('nächsten', 'zweite') are theirs: a round still to come is a new
    event, planned."""
    j = i - 1 - len(modifiers)  # the determiner, "der" of "Runde der Gespräche"
    if determiner not in ("der", "des") or j - 1 < sentence.start or not in_list("round_noun", sentence.lowers[j - 1]):
        return []
    return _determiner_before(sentence, j - 1)[1]


def _determiner_before(sentence: Sentence, i: int) -> tuple[str | None, list[str]]:
    """'des geplanten Treffens' -> ('des', ['geplanten']); 'seinem ersten Besuch' -> ('seinem', ['ersten'])."""
    modifiers: list[str] = []
    for j in range(i - 1, max(sentence.start - 1, i - 6), -1):
        lower = sentence.lowers[j]
        if lower in DETERMINERS or lower in POSSESSIVES:
            return lower, modifiers[::-1]
        if not sentence.texts[j].islower():
            return None, modifiers[::-1]
        modifiers.append(lower)
    return None, modifiers[::-1]


def verb_trigger(sentence: Sentence, i: int) -> Trigger | None:
    text = sentence.texts[i]
    base = verb_lemma(text)
    start, end = sentence.clause(i)
    particle = _separable_particle(sentence, base, end)
    if particle is not None:
        base = SEPARABLE[(base, particle)]
    elif particle_of_another_verb(sentence, i, end):
        return None
    word = trigger_words().get((base, "verb"))
    if word is None or not makes_sense(sentence, i, word):
        return None
    if at_a_religious_occasion(sentence, i):
        return None  # "reiste zum Kirchentag"
    talks = in_person_or_not(sentence, start, end) if base == "sprechen" or confers_with(sentence, base, start, end) \
        else None
    if base == "beraten" and (by_negotiators(sentence.words(start, end)) or about_a_deal(sentence, start, end)):
        talks = "NEGOTIATION"  # "die Unterhändler berieten über das Handelsabkommen"; leaders who confer meet
    if word.event_type == "MEETING" and by_negotiators(sentence.words(start, end)):
        talks = "NEGOTIATION"  # "Diese Woche treffen sich die Verhandlungsführer Barnier und Frost erneut"
    if (talks or word.event_type) in REMOTE_TYPES and held_remotely(sentence, i):
        talks = "CALL"
    return Trigger(i, text, word, negated=_negated(sentence, i), talks=talks)


def confers_with(sentence: Sentence, base: str, start: int, end: int) -> bool:
    """'Die Regierung berät sich mit der tschechischen Seite', 'Merkel hat mit den Spitzen der EU beraten':
    conferring with a counterpart names no mode, so it is talk like 'sprach mit' (CONTACT unless the clause puts
    the two somewhere); leaders who confer among themselves ('Rutte und Macron berieten') meet, and so does a round
    ('hatte mit Merkel sowie den Kollegen aus Polen und Schweden im kleinen Kreis beraten')."""
    return base == "beraten" and "mit" in sentence.words(start, end) \
        and not noun_ending_in(sentence, start, end, "sitting_round")


def in_person_or_not(sentence: Sentence, start: int, end: int) -> str:
    """'sprach mit': a meeting where the clause puts the speakers somewhere ('war angereist und sprach mit',
    'sprach in Brüssel mit', 'sprach auf einer gemeinsamen Pressekonferenz mit'), else talk of any kind
    (CONTACT)."""
    if any(s.is_place and where_they_are(sentence, s, start) for s in sentence.slots_in(start, end)) \
            or sentence.lowers[start] == "wo" or any(in_list("here_adverb", w) for w in sentence.words(start, end)):
        return "MEETING"  # before a deal: "sprachen in Berlin über das Abkommen" is a meeting in person
    if any(in_list("travel_word", verb_lemma(w)) for w in sentence.words(start, end)):
        return "MEETING"
    if in_person_occasion(sentence, start, end):
        return "MEETING"
    if about_a_deal(sentence, start, end):
        return "NEGOTIATION"
    return "CONTACT"


def where_they_are(sentence: Sentence, place, start: int) -> bool:
    """A place the clause puts its speakers at: 'sprach in Warschau mit', 'am Montag in Paris', 'bei seinem Besuch
    in Kiew', 'am Rande des Gipfels in Madrid'; not one another noun holds ('über die Lage in Kiew', 'über Berichte
    aus Moskau') nor one they come from or go to ('aus Kiew', 'nach Paris')."""
    governing = sentence.governing_preposition(place.token_start)
    if governing is None:
        return True
    preposition, j = governing
    if not in_list("place_preposition", preposition):
        return False
    before = j - 1
    if before < start or not sentence.texts[before][:1].isupper() or sentence.slot_at(before) is not None:
        return True
    noun = sentence.lowers[before]
    if before > start and sentence.lowers[before - 1] == "am":
        return True  # "am Abend in Brüssel", "am Rande des Gipfels in Madrid": a time or occasion
    return in_list("time_noun", noun) or in_list("presence_noun", noun) or trigger_noun(sentence.texts[before]) is not None \
        or noun.endswith(tuple(word_list("in_person_occasion")))


def _separable_particle(sentence: Sentence, base: str, clause_end: int) -> str | None:
    """The particle of a separable verb at the end of its clause or before a comma: 'kamen ...
    zusammen', 'traf ... ein', 'kamen am Abend zusammen, diesmal virtuell'."""
    last_words = {sentence.lowers[j] for j in range(max(sentence.start, clause_end - 3), clause_end)} | \
        {sentence.lowers[j] for j in range(sentence.start, clause_end - 1) if sentence.texts[j + 1] in CLOSING_MARKS}
    return next((particle for stem, particle in SEPARABLE if stem == base and particle in last_words), None)


def particle_of_another_verb(sentence: Sentence, i: int, clause_end: int) -> bool:
    """A particle closing the clause of a finite verb makes it another verb: 'Orbán sprach der EU das
    Recht ab' (absprechen), 'Merkel sprach sich für Sanktionen aus' (aussprechen), 'Lawrow reiste am
    Abend ab' (abreisen), 'traf ihn zu Hause an' (antreffen). The particle stands before a comma
    when an infinitive follows ('sprechen der EU das Recht ab, über ... zu befinden'). The particles
    of trigger verbs ('kamen ... zusammen', 'rief ... an') are read before this."""
    for j in range(i + 1, clause_end):
        closes = j + 1 == clause_end or sentence.texts[j + 1] in CLOSING_MARKS
        infinitive = sentence.lowers[j] == "zu" and sentence.lowers[j - 1] in ("um", "ohne", "statt", "anstatt")
        if closes and in_list("verb_particle", sentence.lowers[j]) and not infinitive:
            return True
    return False


CLOSING_MARKS = frozenset({",", ".", ";", ":", "!", "?", ")", "“", "–", "—"})


def makes_sense(sentence: Sentence, i: int, word: TriggerWord) -> bool:
    """The sense checks of a trigger verb, by what it needs."""
    start, end = sentence.clause(i)
    if word.lemma == "treffen" and not meets_someone(sentence, i, start, end):
        return False
    if word.lemma == "begegnen" and (_blocked_sense(sentence, start, end) or not meets_in_person(sentence, start, end)):
        return False  # "begegnen der Regierung mit Misstrauen": regard, not meet
    if word.needs == "with" and not speaks_with_someone(sentence, i, start, end):
        return False
    if word.lemma == "sprechen" and presenter_speaks(sentence, start, end):
        return False  # "Die Moderatorin sprach mit dem Außenminister": an interview
    if word.lemma == "beraten" and not deliberates(sentence, start, end):
        return False
    if word.lemma == "einladen" and not invites_to_a_meeting(sentence, i, start, end):
        return False
    if word.lemma == "abstimmen" and not coordinates(sentence, start, end):
        return False  # "hat in der UNO gegen Israel abgestimmt", "soll über den Pakt abstimmen": a vote
    if word.needs == "object" and not sentence.slots_in(start, end):
        return False
    if word.event_type == "CONTACT" and said_in_public(sentence, start, end):
        return False
    if word.lemma == "gratulieren" and not congratulated_directly(sentence, i, start, end):
        return False
    if word.lemma == "landen" and lands_a_feat(sentence, start, end):
        return False
    if word.needs == "destination" and not _has_destination(sentence, i, start, end):
        return False
    return True


def coordinates(sentence: Sentence, start: int, end: int) -> bool:
    """'abstimmen' is coordination with 'sich' or with someone after 'mit' ('hat sich eng mit Paris abgestimmt',
    'die Antwort mit Washington abstimmen'); without, or against someone, it is a vote ('Das Parlament soll über
    den Vertrag zwischen London und der EU abstimmen', 'hat in der UNO gegen Israel abgestimmt')."""
    words = sentence.words(start, end)
    if "gegen" in words:
        return False
    return "sich" in words or "miteinander" in words or any(
        sentence.lowers[j] == "mit" and names_someone(sentence, j + 1) for j in range(start, end))


def lands_a_feat(sentence: Sentence, start: int, end: int) -> bool:
    """'wollte auf dem Gipfel in Bali den großen Coup landen', 'landete einen Überraschungserfolg in Paris': what
    one lands is a feat, not an arrival ('Scholz landete am Montag in Kiew')."""
    return noun_ending_in(sentence, start, end, "landed_feat")


def said_in_public(sentence: Sentence, start: int, end: int) -> bool:
    """'gratulierte Biden in einer bei Twitter verbreiteten Mitteilung', 'gratulierte auf Twitter': words
    addressed to someone through a public channel are a statement, not a contact ('gratulierte in einem
    Telefonat' is one)."""
    return noun_ending_in(sentence, start, end, "public_channel")


def congratulated_directly(sentence: Sentence, i: int, start: int, end: int) -> bool:
    """Congratulations are a contact through a channel between the two ('gratulierte ihm telefonisch', 'in einem
    Brief') or from a person named before the verb, whose own words reach the winner ('Erdoğan hat Biden
    gratuliert'); from a capital or a state ('Peking gratuliert Biden') they are a statement of its spokesman."""
    if noun_ending_in(sentence, start, end, "direct_channel") or any(in_list("direct_channel", w)
                                                                       for w in sentence.words(start, end)):
        return True
    first = next((slot for slot in sentence.slots_in(start, end) if sentence.texts[slot.token_start][:1].isupper()),
                 None)  # not the adjective of "der türkische Präsident Erdoğan"
    if first is None or congratulates_a_nation(sentence, first, start, end):
        return False
    return first.token_start < i and first.entity_type == "PERSON"


def congratulates_a_nation(sentence: Sentence, first, start: int, end: int) -> bool:
    """'gratulierte den USA zur Tötung bin Ladens', 'hat dem Iran zum Nationalfeiertag gratuliert': congratulations
    to a state, not to a person, are said in public, a statement ('gratulierte Biden zum Sieg der USA' reaches him;
    what they are for, after 'zu', is no addressee)."""
    addressed = [s for s in sentence.slots_in(start, end) if s is not first and s.kind != "adjective"
                 and sentence.texts[s.token_start][:1].isupper() and sentence.governing_preposition(s.token_start) is None]
    return bool(addressed) and all(s.entity_type == "GPE" for s in addressed)


def meets_someone(sentence: Sentence, i: int, start: int, end: int) -> bool:
    """'trafen sich', 'traf Putin', 'sich zu treffen'; not 'eine Entscheidung treffen', 'die Krise trifft
    Italien hart', 'von der Pandemie schwer getroffen'."""
    words = sentence.words(start, end)
    if _blocked_sense(sentence, start, end):
        return False
    if i > sentence.start and in_list("affected_adverb", sentence.lowers[i - 1]):
        return False
    actors = [s for s in sentence.slots_in(start, end) if not s.is_place]
    people = any(s.entity_type != "GPE" for s in actors)  # not "kann Städte treffen, London, Berlin oder Paris"
    return "sich" in words or "miteinander" in words or len(actors) >= 2 and people \
        or any(s.token_start > i for s in actors if s.entity_type == "PERSON")


def meets_in_person(sentence: Sentence, start: int, end: int) -> bool:
    """'begegnen' meets someone when people meet each other ('Putin und Trump begegneten sich',
    'Merkel begegnete Xi in Osaka'); a state or a thing as its object is met in the sense of
    countering it ('mit den USA der chinesischen Herausforderung begegnen', 'Russland entschlossen
    begegnen')."""
    words = sentence.words(start, end)
    if "sich" in words or "einander" in words or "miteinander" in words:
        return True
    people = {s.entity_id for s in sentence.slots_in(start, end) if s.entity_type == "PERSON" and s.side != "none"}
    return len(people) >= 2


def _blocked_sense(sentence: Sentence, start: int, end: int) -> bool:
    """A noun of the clause that gives the verb another sense: 'eine Entscheidung treffen', 'trafen auf
    Ablehnung', 'mit Misstrauen begegnen'."""
    return any(blocks_the_sense((noun_lemma(sentence.texts[j]) or sentence.texts[j]).lower())
               and argument_of_the_verb(sentence, j) for j in range(start, end) if sentence.texts[j][:1].isupper())


COMPOUND_HEAD_LENGTH = 8  # 'regelung', 'maßnahme', 'pandemie'; not 'tor', 'ton', 'krise', 'kugel'


def blocks_the_sense(noun: str) -> bool:
    """A word of the sense_blocker list, or a compound ending in one of its longer words: 'eine
    Ausnahmeregelung getroffen', 'eine Grundsatzentscheidung treffen', 'von der Corona-Pandemie
    getroffen' (not a short word inside a longer one: 'Senator' does not end in 'Tor')."""
    return in_list("sense_blocker", noun) or any(
        noun.endswith(word) for word in word_list("sense_blocker") if len(word) >= COMPOUND_HEAD_LENGTH)


def argument_of_the_verb(sentence: Sentence, j: int) -> bool:
    """Whether a noun can be the verb's own argument: subject, object, or after 'auf', 'mit', 'von'
    ('trafen auf Ablehnung', 'von der Krise getroffen'); not a genitive of another noun or a phrase of
    time or cause ('seit Beginn der Pandemie treffen sich ...', 'wegen der Krise')."""
    k = j - 1
    while k > sentence.start and (is_attributive(sentence.lowers[k]) or sentence.lowers[k].isdigit()):
        k -= 1
    if k > sentence.start and sentence.lowers[k] in ("der", "des") and sentence.texts[k - 1][:1].isupper() \
            and sentence.slot_at(k - 1) is None:
        return False  # "Beginn der Pandemie"
    governing = sentence.governing_preposition(j)
    return governing is None or governing[0] in ("auf", "mit", "von", "vom")


def speaks_with_someone(sentence: Sentence, i: int, start: int, end: int) -> bool:
    """'sprach mit Macron', 'berieten miteinander', 'von der Leyen und Johnson wollen sprechen';
    not 'sprach von Fortschritten'."""
    words = sentence.words(start, end)
    if "miteinander" in words:
        return True
    speaks_of = any(sentence.lowers[j] in ("von", "vom") and not _name_particle(sentence, j) for j in range(start, end))
    if speaks_of and "mit" not in words:
        return False  # "sprach von einem Staatsstreich": speaks of, not with (but "von der Leyen" is a name)
    for j in range(start, end):
        if sentence.lowers[j] == "mit" and sentence.slots_in(j + 1, min(end, j + 6)) and names_someone(sentence, j + 1) \
                and not interviewed_with(sentence, j):
            return True
    before = [s for s in sentence.slots_in(start, i) if s.side != "none"
              and "mit" not in sentence.words(max(start, s.token_start - 5), s.token_start)]
    if len({s.entity_id for s in before}) < 2:
        return False  # the speakers: not "mit den Vorgaben der EU-Kommission"
    between = sentence.words(before[0].token_end, before[-1].token_start)
    about = any(w in ("über", "darüber") for w in words)  # "Am Dienstag werden Merkel und Guterres sprechen": speeches
    return about and any(w in ("und", "sowie") for w in between)  # "von der Leyen und Johnson wollen über ... sprechen"


def is_media_word(text: str) -> bool:
    """'ARD', 'tagesthemen', 'Moderatorin', 'Fernsehsender', 'ZDF-Korrespondent': an outlet or a journalist (a long
    word of the list also as the end of a compound; a short one only whole: not 'Standard' for 'ARD')."""
    last = text.lower().rsplit("-", 1)[-1]
    return in_list("media_word", last) or any(last.endswith(w) for w in word_list("media_word") if len(w) >= 6)


def media_heads(sentence: Sentence, i: int) -> bool:
    """Whether the noun phrase from token i is headed by an outlet or a journalist: 'der ARD', 'den tagesthemen',
    'einer französischen Journalistin' ('tagesthemen' is written in lower case)."""
    for j in range(i, min(sentence.end, i + 5)):
        text = sentence.texts[j]
        if is_media_word(text):
            return True
        if text[:1].isupper() or not text.isalpha():
            return False
    return False


def interviewed_with(sentence: Sentence, j: int) -> bool:
    """'Im Interview mit dem Außenminister sprach die Moderatorin', 'sprach mit der ARD': a 'mit' that follows a noun
    of an interview names the one interviewed, and one that names an outlet or a journalist the interviewer; media
    are no counterpart of diplomacy, so neither 'mit' names a partner of talks."""
    before = sentence.lowers[j - 1] if j > sentence.start else ""
    return before.endswith(tuple(word_list("interview_noun"))) and sentence.texts[j - 1][:1].isupper() \
        or media_heads(sentence, j + 1)


def presenter_speaks(sentence: Sentence, start: int, end: int) -> bool:
    """'Die Moderatorin sprach mit Kuleba über ...': a journalist who speaks with a politician interviews him. The
    journalist is the subject: a media noun after its article, on no preposition, no other noun's genitive and no
    postposition ('nach Angaben der Zeitung', 'der Zeitung zufolge sprach Scholz mit Macron' report talks)."""
    for j in range(start + 1, end):
        if not is_media_word(sentence.texts[j]) or sentence.lowers[j - 1] not in ("der", "die"):
            continue
        genitive = j - 2 >= sentence.start and sentence.texts[j - 2][:1].isupper()
        feminine_dative = sentence.lowers[j - 1] == "der" and sentence.lowers[j].endswith(("in", "ung", "ion"))
        postposition = j + 1 < end and sentence.lowers[j + 1] in ("zufolge", "gegenüber")  # "der Zeitung zufolge"
        if not (genitive or feminine_dative or postposition) and sentence.governing_preposition(j) is None:
            return True
    return False


def invites_to_a_meeting(sentence: Sentence, i: int, start: int, end: int) -> bool:
    """An invitation to a place or an event: 'lud Putin nach Berlin ein', 'ins Weiße Haus eingeladen',
    'zu einem Gipfel einladen'; not 'lud ihn in seine Limousine ein'."""
    if _has_destination(sentence, i, start, end):
        return True
    return any(trigger_noun(sentence.texts[j]) is not None for j in range(start, end)
               if sentence.texts[j][:1].isupper() and j != i)


def invited_to_something_else(sentence: Sentence, i: int) -> bool:
    """'eine Einladung zum Beitritt', 'die Einladung zur Mitarbeit': 'zu' and a noun that is no event, no meal and
    no place, with no event later in the clause, invite someone to do something, not to come ('Einladung zum
    Gipfel', 'Einladung zum Abendessen', 'Einladung zur Teilnahme am Gipfel' are to come)."""
    if i + 2 >= sentence.end or sentence.lowers[i + 1] not in ("zum", "zur"):
        return False
    noun = sentence.texts[i + 2]
    if not noun[:1].isupper() or sentence.slot_at(i + 2) is not None or in_list("hosted_meal", noun.lower()):
        return False
    _, end = sentence.clause(i)
    return not any(trigger_noun(sentence.texts[j]) is not None for j in range(i + 2, end) if sentence.texts[j][:1].isupper())


def invites_to_a_meal(sentence: Sentence, trigger: Trigger) -> bool:
    """An invitation to a meal or a reception the inviter gives: 'hatte Sánchez und Michel zu einem Mittagessen
    in den Élysée-Palast eingeladen', 'lud die Gäste zum Abendessen ein' (not 'lud ihn nach Paris ein', nor
    'nach dem Abendessen eingeladen'): the host sits at the table with his guests, a meeting."""
    if trigger.is_noun or trigger.word.lemma != "einladen":
        return False
    start, end = sentence.clause(trigger.token)
    meals = tuple(word_list("hosted_meal"))
    return any(sentence.texts[j][:1].isupper() and sentence.lowers[j].endswith(meals)
               and any(sentence.lowers[k] in ("zu", "zum", "zur") for k in range(max(start, j - 3), j))
               for j in range(start, end))


def deliberates(sentence: Sentence, start: int, end: int) -> bool:
    """'beraten' is talks with 'sich', 'mit', 'miteinander' or 'über' ('die Minister berieten über
    Sanktionen', 'berät sich mit Paris'); with an object alone it is advice ('ein Komitee, das den
    Sicherheitsrat beriet')."""
    return any(w in ("sich", "mit", "miteinander", "über", "darüber") for w in sentence.words(start, end))


def names_someone(sentence: Sentence, i: int) -> bool:
    """Whether the noun phrase from token i (after 'mit', 'zwischen') is headed by an actor, an office
    or a group of people ('mit dem russischen Präsidenten', 'mit Macron', 'mit Vertretern der Nato'),
    not by a thing ('sich mit den Empfehlungen der EU-Staaten abstimmen', 'mit Blick auf China',
    'mit Nachdruck')."""
    for j in range(i, min(sentence.end, i + 6)):
        if sentence.slot_at(j) is not None:
            return True  # also "mit von der Leyen"
        text = sentence.texts[j]
        if text[:1].isupper():
            head = text.lower().rsplit("-", 1)[-1]
            return known_role_noun(text) is not None or dative_plural_office(text) \
                or head.startswith(tuple(word_list("people_noun_stem")))
        if not (text.isalpha() or text == "-" or text.isdigit()):
            return False  # "der 27 Staaten" goes on
    return False


def dative_plural_office(text: str) -> bool:
    """'mit den Verteidigungsministern Frankreichs und der Türkei': an office's dative plural ('-n' after the
    singular) names people, whose states follow in the genitive; 'den Ministerpräsidenten' is read already."""
    return text.endswith("ern") and known_role_noun(text[:-1]) is not None


def _name_particle(sentence: Sentence, j: int) -> bool:
    """'von der Leyen': 'von' that begins a person's name, not a preposition."""
    if sentence.slot_at(j) is not None:
        return True
    if j + 2 >= sentence.end or sentence.lowers[j + 1] not in ("der", "den"):
        return False
    slot = sentence.slot_at(j + 2)
    return slot is not None and slot.token_start == j + 2 and slot.entity_type == "PERSON"


def _has_destination(sentence: Sentence, i: int, start: int, end: int) -> bool:
    """'reiste nach Moskau', 'traf in Pilsen ein', 'reist zu Präsident Erdoğan'."""
    for j in range(start, end):
        if sentence.lowers[j] in ("nach", "in", "zu", "zum", "ins") and sentence.slots_in(j + 1, min(end, j + 5)):
            return True
    return False


def _negated(sentence: Sentence, i: int) -> bool:
    """A verb its clause denies: 'hat sich bisher nicht mit Xi getroffen', 'keinen ... empfangen' (before it),
    'Iran und Israel verhandeln nicht über Syrien', 'sprach mit keinem Vertreter' (after it, up to a
    conjunction), 'reisten ab, ohne sich mit ihm zu treffen'. Not 'nicht nur', 'nicht zum ersten Mal', nor a
    'nicht ... sondern' that moves what it denies to another word ('nicht in Rom, sondern in Paris')."""
    start, end = sentence.clause(i)
    if _without(sentence, start, i, end):
        return True
    if "sondern" in sentence.words(start, sentence.end):
        return False
    before = [j for j in range(start, i) if denies_the_verb(sentence, j)]
    after = []
    for j in range(i + 1, end):
        if sentence.lowers[j] in ("und", "oder", "aber", "doch", "jedoch", "als", "wie") \
                and not joins_two_names(sentence, j):
            break
        if denies_the_verb(sentence, j) and (sentence.lowers[j] in ("nicht", "nie", "niemals")
                                            or sentence.lowers[j - 1] == "mit"):
            after.append(j)
    return bool(before or after)


def joins_two_names(sentence: Sentence, j: int) -> bool:
    """'Getroffen haben sich Xi und Biden noch nie': an 'und' or 'oder' between two names joins the subjects of one
    clause, not two clauses, so a negation after it still denies the verb."""
    if sentence.lowers[j] not in ("und", "oder") or j + 1 >= sentence.end:
        return False
    after = next((k for k in range(j + 1, min(sentence.end, j + 3)) if sentence.slot_at(k) is not None), None)
    return sentence.slot_at(j - 1) is not None and after is not None \
        and all(sentence.lowers[k] in DETERMINERS for k in range(j + 1, after))


def _without(sentence: Sentence, start: int, i: int, end: int) -> bool:
    """'ohne sich mit ihm zu treffen', 'ohne dass sie telefoniert hätten': the verb in the clause that 'ohne'
    opens after a comma, or at the start of its clause, did not happen ('Ohne große Erwartungen reiste er')."""
    commas = [j for j in range(start, i) if sentence.texts[j] == ","]
    opener = commas[-1] + 1 if commas else start
    return sentence.lowers[opener] in ("ohne", "statt", "anstatt") \
        and any(w in ("zu", "dass") for w in sentence.words(opener, end))


def denies_the_verb(sentence: Sentence, j: int) -> bool:
    """A negation word at j that denies its clause's verb: not 'nicht nur', 'nicht zuletzt', 'ob ... oder nicht'."""
    if not in_list("negation", sentence.lowers[j]):
        return False
    if j > sentence.start and sentence.lowers[j - 1] == "oder":
        return False
    return not (j + 1 < sentence.end and in_list("not_denying", sentence.lowers[j + 1]))


def called_impossible(sentence: Sentence, triggers: list[Trigger], start: int, end: int) -> bool:
    """'Gespräche mit den Taliban waren für Washington undenkbar', 'Ein Treffen mit Putin sei derzeit ausgeschlossen',
    'Es wäre unvorstellbar gewesen, mit Moskau zu verhandeln': a contact a copula calls impossible does not take
    place. An 'impossible_word' stands uninflected, as the predicate ('unter unmöglichen Bedingungen' is another
    noun's adjective), and a trigger noun is its subject, after no preposition ('Eine Teilnahme am Gipfel war für
    ihn unmöglich', 'Russland ist von den Gipfeln der G8 ausgeschlossen': the summits take place). A 'dass' clause
    or zu-infinitive takes the predicate of its main clause."""
    if any(t.is_noun and sentence.governing_preposition(t.token) is not None for t in triggers):
        return False
    words = _with_main_clause(sentence, start, end)
    return any(in_list("copula", w) for w in words) and any(in_list("impossible_word", w) for w in words)


def _with_main_clause(sentence: Sentence, start: int, end: int) -> list[str]:
    """The words of a clause, and of its main clause where it is a 'dass' clause or ends in a zu-infinitive:
    'Es ist undenkbar, dass ...', 'Dass Scholz nach Moskau reist, ist ausgeschlossen', 'Es wäre unvorstellbar
    gewesen, mit Moskau zu verhandeln'."""
    words = sentence.words(start, end)
    last = end - 1
    while last > start and not sentence.texts[last][:1].isalnum():
        last -= 1
    if sentence.lowers[start] != "dass" and sentence.lowers[last - 1] != "zu":
        return words
    if start - 2 >= sentence.start and sentence.texts[start - 1] == ",":
        return sentence.words(*sentence.clause(start - 2)) + words
    if end < sentence.end and sentence.texts[end - 1] == ",":
        return words + sentence.words(*sentence.clause(end))
    return words


def any_member_may(sentence: Sentence, triggers: list[Trigger], start: int, end: int) -> bool:
    """'Jedes Mitgliedsland kann ein Treffen beantragen', 'Nach Artikel 4 hat jedes Land das Recht, ein solches Treffen
    zu beantragen': what any one of a kind may or must do is a rule, not an event. The subject is 'jede(r)' (alone
    or before a noun, not a time: 'kann jeden Tag in Kiew eintreffen'), the clause has a modal verb or 'Recht', and
    the contact is no definite one ('Die Telefonate kann jeder nachlesen' are those that took place)."""
    if any(t.is_noun and t.determiner not in (None, "ein", "eine", "einen", "einem", "eines", "einer") for t in triggers):
        return False
    words = _with_main_clause(sentence, start, end)
    anyone = any(w in EVERY and not in_list("time_noun", nxt) for w, nxt in zip(words, words[1:] + [""]))
    return anyone and any(in_list("rule_word", w) for w in words)


EVERY = frozenset({"jede", "jeder", "jedes", "jedem", "jeden"})


def feared(sentence: Sentence, triggers: list[Trigger], start: int, end: int) -> bool:
    """'Die USA befürchten einen russischen Angriff', 'warnt vor einem Einmarsch', 'Angst vor einer Invasion', 'die einen
    Angriff fürchtenden Staaten', 'im Falle einer Invasion', 'eine Vorbereitung auf eine Invasion': an attack its clause
    fears, warns of, prepares for or supposes has not taken place; it may. Only an indefinite one: a definite attack is
    one the reader knows."""
    if not all(t.is_noun and t.event_type == "ATTACK" and t.determiner in INDEFINITE for t in triggers):
        return False  # "Nach dem Angriff auf Kiew warnte Scholz vor einer Eskalation": the attack it names took place
    words = sentence.words(start, end)
    if any(w.startswith(tuple(word_list("fear_stem"))) for w in words):
        return True
    pairs = word_list("supposing_pair")
    return any(w in pairs and nxt.startswith(pairs[w]) for w, nxt in zip(words, words[1:]))


INDEFINITE = frozenset({None, "ein", "eine", "einen", "einem", "einer", "eines"})


def impostor_word(word: str) -> bool:
    """'Betrüger', 'Deepfake', 'Fake-Anruf', 'Deepfake-Angriffs': a word, or a part of a compound, that names someone
    or something only posing as what it seems."""
    parts = word.split("-")
    return in_list("impostor_word", word) or in_list("impostor_word", parts[-1]) \
        or len(parts) > 1 and in_list("impostor_prefix", parts[0])  # not "Fake News" alone


def impostor(sentence: Sentence, triggers: list[Trigger] = ()) -> bool:
    """'Ein Betrüger, der sich als Klitschko ausgab, sprach mit Giffey', 'Der falsche Klitschko telefonierte auch mit
    Ludwig', 'Zwei Männer, die sich als Selenskyj ausgegeben hatten, riefen Steinmeier an', 'hat einen gefälschten
    Videoanruf bekommen': a contact with someone who only poses as a politician is none (not 'der frühere Komiker
    Selenskyj telefonierte mit Biden')."""
    if any(impostor_word(w) for w in sentence.words()):
        return True
    if any(in_list("faked_adjective", m) for t in triggers for m in t.modifiers):
        return True  # "einen gefälschten Videoanruf"
    return bool(posed_as(sentence))


def posed_as(sentence: Sentence) -> set[str]:
    """The people a sentence says someone posed as: 'der sich als Ex-Präsident Petro Poroschenko ausgegeben hat',
    'gab sich als Klitschko aus', 'das Opfer des falschen Klitschko'."""
    words = sentence.words()
    found = set()
    posing = word_list("posing_verb")
    if "sich" in words and any(w in posing and (not posing[w] or posing[w] in words) for w in words):
        for j in (j for j in sentence.tokens() if sentence.lowers[j] == "als"):
            person = next((s for s in sentence.slots_in(j + 1, min(sentence.end, j + 7)) if s.entity_type == "PERSON"), None)
            if person is not None:
                found.add(person.entity_id)  # "als ukrainischer Ex-Präsident Petro Poroschenko"
    return found | {s.entity_id for s in sentence.slots if s.token_start > sentence.start and s.entity_type == "PERSON"
                    and in_list("impostor_adjective", sentence.lowers[s.token_start - 1])}
