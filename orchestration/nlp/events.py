"""Event mentions of one article: triggers, sides, status, date and location.

A sentence reports an event through a trigger (a noun such as "Gipfeltreffen"
or "Telefonat", or a verb such as "trafen sich"); its sides are the actors of
the sentence that can act (not places, not spokespeople, not what is talked
about). German news keeps talking about an event it introduced: "das Treffen",
"der Gipfel", "die Gespräche", "nahmen teil" refer back, so such anaphoric
triggers take the sides, date and place of the most salient earlier event, and
share its local_event_key.
"""

from __future__ import annotations

import csv
import hashlib
import re
from bisect import bisect_left
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache, lru_cache

from spacy.lang.lex_attrs import is_punct
from spacy.tokens import Doc, Span

from orchestration.nlp.actors import ActorSlot, ArticleActors
from orchestration.nlp.dates import DateMention, find_dates, is_boundary
from orchestration.nlp.knowledge import KNOWLEDGE_DIR, load_knowledge
from orchestration.nlp.knowledge import lemma as lemma_of
from orchestration.nlp.pipeline import positions, sentence_bounds, token_lowers, token_offsets, token_texts
from orchestration.nlp.records import CONTACT_TYPES, Entity, EventMention

DEFINITE = frozenset({"der", "die", "das", "den", "dem", "des", "zum", "zur", "vom", "beim", "dieses", "diese",
                      "dieser", "diesem", "diesen", "solches", "solche", "solchen", "solcher", "jenes", "jene"})
INDEFINITE = frozenset({"ein", "eine", "eines", "einem", "einen", "einer"})
NEGATIONS = frozenset({"kein", "keine", "keinen", "keinem", "keiner", "keines", "nicht", "nie", "niemals"})
NEW_EVENT_MODIFIERS = ("weitere", "erneute", "nächste", "zweite", "dritte", "neue", "neues", "neuen", "neuer")
EARLIER_EVENT_MODIFIERS = ("letzte", "frühere", "vorige", "vorherige", "damalige", "vergangene")
AVOIDED = re.compile(r"ausweich|verweiger|lehnt\w* .{0,40}\bab\b|abgelehnt", re.I)
TRILATERAL = ("dreiseitig", "trilateral", "dreier")
# Words that continue a noun phrase after its head: "Treffen zwischen Putin und Selenskyj",
# "der Besuch eines Vertreters von Trumps Regierung", "Kontakt zu Donald Trump".
NP_LINKS = frozenset({"des", "der", "eines", "einer", "von", "mit", "zwischen", "zu", "und", "sowie", "den", "dem",
                      "beiden", "zum", "zur"})
# "Gespräche" between leaders are a contact; between negotiators and delegations they are negotiations.
NEGOTIATORS = re.compile(r"unterhändler|delegation|delegierte|verhandl", re.I)
GENERIC_STEMS = frozenset({"gespräch", "gespräche", "verhandlung", "verhandlungen", "kontakt", "kontakte",
                           "austausch", "runde"})
JOIN_VERBS = {("nehmen", "teil"), ("treten", "bei")}
SEPARABLE_VERBS = {("kommen", "zusammen"): "MEETING", ("treffen", "zusammen"): "MEETING", ("rufen", "an"): "CALL"}
SEPARABLE_STEMS = frozenset(verb for verb, _ in JOIN_VERBS | set(SEPARABLE_VERBS))
NEEDS_MIT = frozenset({"sprechen"})
NOT_A_MEETING = re.compile(r"entscheidung|maßnahme|vorkehrung|auswahl|absprache|rakete|drohne|geschoss", re.I)
PRONOUNS = frozenset({"er", "ihm", "ihn", "sein", "seine", "seinem", "seinen", "seiner", "seines", "dieser",
                      "dessen", "sie", "ihr", "ihre", "ihrem", "ihren", "ihrer"})
# Clause boundaries: a comma only when a subordinate or relative clause follows.
SUBORDINATORS = frozenset({"dass", "ob", "wo", "als", "weil", "obwohl", "während", "nachdem", "um", "wenn", "was",
                           "wobei", "indem", "bevor", "damit", "der", "die", "das", "den", "dem", "wie"})
CONTACT_FAMILY = {"CALL": "call", "VISIT": "visit", "CONTACT": "contact"}

# Status cues, strongest first. A cue belongs to the trigger nearest to it.
STATUS_CUES: list[tuple[str, re.Pattern[str]]] = [
    ("cancelled", re.compile(r"^(abgesagt|geplatzt|gestrichen|abgebrochen|absage|platzte|abzusagen)$")),
    ("denied", re.compile(r"^(dementiert\w*|dementi|bestritten|bestreitet|bestritt|ausgeschlossen)$")),
    ("speculative", re.compile(r"^(könnte|könnten|könne|möglicherweise|eventuell|vielleicht|möglich\w*|denkbar|"
                               r"spekul\w*|gerücht\w*|erwäge|erwägt|erwägen|ob|abzuwarten|wäre|wären|scheint|"
                               r"voraussichtlich|unklar)$")),
    ("proposed", re.compile(r"^(einladung\w*|eingeladen|einladen|vorschlag\w*|vorgeschlagen|interesse|anzustreben|"
                            r"anstreben|strebt|wolle|wollen|will|wollte|möchte|möchten|bereit|offen|angebot|"
                            r"angeboten|angeregt|drängt|drängte|wünscht|organisieren|arrangieren|herzustellen|notwendigkeit)$")),
    ("planned", re.compile(r"^(geplant\w*|planen|plant|plante|soll|sollen|bevorstehend\w*|kommenden|anstehend\w*|"
                           r"angekündigt\w*|vereinbart\w*|vorgesehen|anberaumt|terminiert|wird|werden|vorbereitet|"
                           r"zukünftig\w*|künftig\w*|erwartet|morgen|würde|würden)$")),
]
PAST_FORMS = re.compile(r"^(trafen|traf|fand|fanden|empfing|empfingen|kam|kamen|rief|riefen|nahm|nahmen|trat|traten|"
                        r"sprach|sprachen|war|waren|hatte|hatten|wurde|wurden|begegnete\w*|telefonierte\w*|"
                        r"verhandelte\w*|besuchte\w*|reiste\w*|kontaktierte\w*|getroffen|telefoniert|besucht|"
                        r"verhandelt|kontaktiert|gesprochen|begegnet|gereist|damals|letzte\w*|jüngste\w*|"
                        r"kürzlich\w*|bereits|zuvor|setzten|setzte|markiert|bislang)$")
STATUS_ORDER = ["cancelled", "denied", "speculative", "proposed", "planned", "happened"]
TYPE_ORDER = ["CALL", "VISIT", "MEETING", "NEGOTIATION", "CONTACT", "AGREE", "DEMAND", "THREATEN", "SANCTION",
              "CRITICIZE", "ATTACK"]


@dataclass(frozen=True)
class Trigger:
    token: int
    event_type: str
    anaphoric: bool = False  # "das Treffen", "die Gespräche": an event already introduced
    new_of_antecedent: bool = False  # "eine weitere Zusammenkunft": a new event of the same sides
    joins: bool = False  # "nahmen teil": the sentence's people join the event under discussion
    generic: bool = False  # Gespräch, Kontakt, Verhandlung: takes the type of what it refers to
    trilateral: bool = False
    both: bool = False  # "zwischen den beiden Präsidenten"
    distinct: bool = False  # "das letzte Treffen": an earlier event, not the one under discussion
    recent: bool = False  # "die jüngsten Verhandlungen": the latest event that took place


@dataclass
class Frame:
    """One event a sentence reports."""

    sentence: int
    triggers: list[Trigger]
    event_type: str
    sides: list[str] = field(default_factory=list)
    status: str = "happened"
    date: DateMention | None = None
    location: str | None = None
    anaphoric: bool = False
    pronoun: bool = False
    antecedent: Frame | None = None
    mentions: int = 1  # salience of a root frame: how often the article came back to it
    last_sentence: int = 0
    key: str = ""

    @property
    def family(self) -> str:
        return family_of(self.event_type)

    @property
    def root(self) -> Frame:
        return self.antecedent or self


def family_of(event_type: str) -> str:
    """Kinds of contact one event can be reported as: meetings, calls, visits, other contacts."""
    return CONTACT_FAMILY.get(event_type, "meet") if event_type in CONTACT_TYPES else event_type


@cache
def trigger_lexicon() -> tuple[dict[str, str], dict[str, str]]:
    """(noun stem -> type, verb lemma -> type) from knowledge/triggers.tsv."""
    nouns, verbs = {}, {}
    with open(KNOWLEDGE_DIR / "triggers.tsv", encoding="utf-8") as fh:
        for row in csv.DictReader((line for line in fh if not line.startswith("#")), delimiter="\t"):
            (nouns if row["kind"] == "noun" else verbs)[row["stem"]] = row["event_type"]
    return nouns, verbs


@cache
def _noun_pattern() -> re.Pattern[str]:
    """Trigger stems at the end of a word, longest first, with an optional inflection ending."""
    nouns, _ = trigger_lexicon()
    stems = "|".join(re.escape(stem) for stem in sorted(nouns, key=len, reverse=True))
    return re.compile(rf"(?:{stems})(?:s|es|n|en|e)?$")


@lru_cache(maxsize=200_000)
def noun_type(text: str) -> tuple[str, str] | None:
    """Event type of a noun or compound: 'Gipfeltreffen', 'Trump-Putin-Gipfel', 'Telefonats' -> (type, stem).

    A compound needs a first part of three letters or more, so 'Preise' is no 'Reise'.
    """
    lower = text.lower().split("-")[-1]
    match = _noun_pattern().search(lower)
    if match is None:
        return None
    prefix = match.start()
    if not (prefix == 0 or prefix >= 3 or "-" in text):
        return None
    nouns, _ = trigger_lexicon()
    word = match.group(0)
    stem = next(s for s in sorted(nouns, key=len, reverse=True) if word.startswith(s))
    return nouns[stem], stem


class EventExtractor:
    """Frames of one article, sentence by sentence, with anaphora resolved against earlier frames."""

    def __init__(self, doc: Doc, actors: ArticleActors, article_id: str, published: date | None) -> None:
        self.doc, self.actors, self.article_id, self.published = doc, actors, article_id, published
        self.bounds = sentence_bounds(doc)
        # the rules read token strings and offsets from arrays: a Token object per look costs more than the rule
        self.texts, self.lowers, self.offsets = token_texts(doc), token_lowers(doc), token_offsets(doc)
        self.text = actors.text or doc.text
        self.sentence_index = {start: i for i, (start, _) in enumerate(self.bounds)}
        self._spans: dict[int, Span] = {}
        self._clauses: dict[int, tuple[int, int]] = {}  # token -> its clause
        self._cues: dict[int, list[tuple[int, str]]] = {}  # sentence start -> (token, status) of its cue words
        self._cue_words: list[int] | None = None
        self.frames: list[Frame] = []

    def extract(self) -> list[EventMention]:
        for index, words in self._candidate_sentences().items():
            sent = self.sentence(index)
            triggers = self._triggers(sent, words)
            if triggers:
                dates = find_dates(self.sent_text(sent), self.published, future=True)
                self._frames_for(index, sent, triggers, dates, self._dates_before(index))
        self._date_after_publication(self.frames)
        self._date_recent_reports(self.frames)
        mentions, seen = [], set()
        for mention in (self._to_mention(f) for f in self.frames):
            # one row per sentence and event: "Nach dem Treffen ... die Gespräche" reports it once
            if mention is not None and (mention.sentence_index, mention.local_event_key) not in seen:
                seen.add((mention.sentence_index, mention.local_event_key))
                mentions.append(mention)
        return mentions

    def _candidate_sentences(self) -> dict[int, list[int]]:
        """Sentences with words that can trigger an event, in text order, with those words."""
        sentence_of, candidates = self.actors.sentence_of, {}
        for i in positions(self.doc, may_trigger):
            candidates.setdefault(sentence_of[i], []).append(i)
        return candidates

    def sentence(self, index: int) -> Span:
        """The Span of a sentence, made only for the few sentences that report events."""
        if index not in self._spans:
            start, end = self.bounds[index]
            self._spans[index] = self.doc[start:end]
        return self._spans[index]

    def sent_text(self, sent: Span) -> str:
        """A sentence's text, sliced from the article (Span.text would walk its tokens every time)."""
        return self.text[sent.start_char:sent.end_char]

    def _dates_before(self, index: int) -> list[DateMention]:
        """Dates of the sentence before, for 'damals' (computed only when a sentence needs them)."""
        start, end = self.bounds[index]
        if index == 0 or "damals" not in self.lowers[start:end]:
            return []
        return find_dates(self.sent_text(self.sentence(index - 1)), self.published, future=True)

    # -- triggers --------------------------------------------------------------
    def _triggers(self, sent: Span, words: list[int]) -> list[Trigger]:
        """The triggers among a sentence's words that may trigger (may_trigger)."""
        _, verbs = trigger_lexicon()
        found = []
        texts = self.texts[sent.start:sent.end]
        for token in words:
            i, text = token - sent.start, self.texts[token]
            typed = noun_type(text) if text[:1].isupper() else None
            lemma = lemma_of(text)
            if typed is not None:
                trigger = self._noun_trigger(sent, token, *typed)
            elif lemma in verbs and text.islower():
                if lemma == "treffen" and NOT_A_MEETING.search(self.sent_text(sent)):
                    continue
                nearby = set(self.lowers[max(sent.start, token - 12):min(sent.end, token + 12)])
                if lemma in NEEDS_MIT and not nearby & {"mit", "miteinander"}:
                    continue  # "sprach mit Macron" is a contact, "sprach von Fortschritten" is not
                trigger = None if self._negated_verb(sent, token) else Trigger(token, verbs[lemma])
            elif lemma in SEPARABLE_STEMS:
                particles = {t.lower() for t, nxt in zip(texts, texts[1:] + ["."]) if not nxt[:1].isalnum()}
                trigger = self._separable_trigger(token, lemma, particles)
            else:
                trigger = None
            if trigger is not None:
                found.append(trigger)
        return found

    @staticmethod
    def _separable_trigger(token: int, lemma: str, particles: set[str]) -> Trigger | None:
        """'nahmen ... teil' joins the event under discussion; 'kamen ... zusammen' is a meeting."""
        if any((lemma, p) in JOIN_VERBS for p in particles):
            return Trigger(token, "MEETING", anaphoric=True, joins=True, generic=True)
        event_type = next((t for (verb, particle), t in SEPARABLE_VERBS.items()
                           if lemma == verb and particle in particles), None)
        return Trigger(token, event_type) if event_type else None

    def _noun_trigger(self, sent: Span, token: int, event_type: str, stem: str) -> Trigger | None:
        """Read the noun phrase around a trigger noun: its determiner, modifiers and named sides."""
        determiner, modifiers = None, []
        for i in reversed(range(sent.start, token)):
            lower = self.lowers[i]
            if lower in DEFINITE or lower in INDEFINITE or lower in NEGATIONS:
                determiner = lower
                break
            if not self.texts[i].islower():
                break
            modifiers.append(lower)
        if determiner in NEGATIONS:
            return None  # "kein persönliches Treffen": no event
        if stem in ("gespräch", "gespräche"):
            event_type = "NEGOTIATION" if NEGOTIATORS.search(self.sent_text(sent)) else "CONTACT"
        phrase = self._phrase_after(sent, token)
        words = {self.lowers[i] for i in phrase}
        named = any(s.token_start in phrase or s.token_start == token
                    for s in self.actors.slots.get(self._sentence_index(sent), []) if not s.is_place)
        new_event = any(m.startswith(NEW_EVENT_MODIFIERS) for m in modifiers)
        if any(m.startswith(EARLIER_EVENT_MODIFIERS) for m in modifiers):  # "das letzte Treffen": an earlier one
            return Trigger(token, event_type, generic=stem in GENERIC_STEMS, distinct=True)
        if AVOIDED.search(self.sent_text(sent)):
            return None  # "dass Putin direkten Gesprächen ausweiche": no contact
        both = "beiden" in words
        definite = determiner in DEFINITE or both
        return Trigger(token, event_type, anaphoric=definite and not new_event and (not named or both),
                       new_of_antecedent=new_event, generic=stem in GENERIC_STEMS, both=both,
                       recent=any(m.startswith(("jüngst", "kürzlich")) for m in modifiers),
                       trilateral=any(m.startswith(TRILATERAL) for m in modifiers) or self.lowers[token].startswith(
                           TRILATERAL))

    def _phrase_after(self, sent: Span, token: int) -> list[int]:
        """The tokens that continue a trigger noun's phrase: 'Treffen zwischen Putin und Selenskyj'."""
        phrase = []
        for i in range(token + 1, min(sent.end, token + 7)):
            if not (self.lowers[i] in NP_LINKS or self.texts[i][:1].isupper()):
                break
            phrase.append(i)
        return phrase

    def _negated_verb(self, sent: Span, token: int) -> bool:
        """'nicht im Auftrag von Kiew zu verhandeln', 'keinen US-Präsidenten mehr getroffen': no event."""
        start, _ = self._clause(sent, token)
        before = self.lowers[start:token]
        if any(w in NEGATIONS for w in before[-6:]) and (before[-1:] == ["zu"] or any(
                w.startswith("kein") for w in before)):
            return True
        return False

    # -- frames ----------------------------------------------------------------
    def _frames_for(self, index: int, sent: Span, triggers: list[Trigger], dates: list[DateMention],
                    previous_dates: list[DateMention]) -> None:
        slots = self.actors.slots.get(index, [])
        sides = [s for s in slots if s.side != "none"]
        fresh = [t for t in triggers if not t.anaphoric]
        specific = [t for t in fresh if not t.generic and t.event_type in CONTACT_TYPES]
        if specific:  # "Der Kontakt zu Trump beschränkte sich auf Telefonate": the generic noun is that call
            fresh = [replace(t, event_type=specific[0].event_type) if t.generic else t for t in fresh]
        frames: list[Frame] = []
        families: dict[str, list[Trigger]] = {}
        for trigger in fresh:
            families.setdefault(family_of(trigger.event_type), []).append(trigger)
        for group in families.values():
            local = self._local_sides(sent, group, sides, fresh, several=len(families) > 1)
            for side_ids in self._split_counterparts(index, sent, group, local):
                frames.append(self._fresh_frame(index, sent, group, side_ids, slots))
        for trigger in (t for t in triggers if t.anaphoric):
            frame = self._anaphoric_frame(index, sent, trigger, frames, slots)
            if frame is not None:
                frames.append(frame)
        for frame in frames:
            frame.status = self._status(sent, frame, triggers)
        self._assign_dates(sent, frames, dates, previous_dates)
        self._assign_locations(sent, frames, slots)
        for frame in frames:
            if not frame.anaphoric and (same := self._same_event(frame)) is not None:
                self._attach(frame, same, frame.sides)
                frame.date = frame.date or same.date
                same.date = same.date or frame.date
        self.frames.extend(frames)

    def _sentence_index(self, sent: Span) -> int:
        return self.sentence_index[sent.start]

    def _local_sides(self, sent: Span, triggers: list[Trigger], sides: list[ActorSlot], all_triggers: list[Trigger],
                     several: bool) -> list[ActorSlot]:
        """Sides of a trigger group: the whole sentence, or, when the sentence reports several kinds of event,
        the sides before the first trigger (the subject) plus those up to the next trigger of another kind.

        "Trump bestätigte während eines Telefonats mit europäischen Führungspersönlichkeiten sein Interesse,
        ein dreiseitiges Treffen inklusive Zelensky zu arrangieren": the call is Trump and the Europeans.
        """
        if not several:
            return sides
        first = min(t.token for t in all_triggers)
        own = {t.token for t in triggers}
        others = sorted(t.token for t in all_triggers if t.token not in own)
        segments = [(t, min(next((o for o in others if o > t), sent.end), self._clause(sent, t)[1])) for t in own]
        return [s for s in sides if s.token_start < first or any(a < s.token_start < b for a, b in segments)]

    def _clause(self, sent: Span, i: int) -> tuple[int, int]:
        """Token range of the clause around i: commas split only before subordinate clauses."""
        if i not in self._clauses:
            self._clauses[i] = self._find_clause(sent, i)
        return self._clauses[i]

    def _find_clause(self, sent: Span, i: int) -> tuple[int, int]:
        texts = self.texts

        def boundary(j: int) -> bool:
            if texts[j] in (";", ":", "–", "—", "(", ")"):
                return True
            return texts[j] == "," and j + 1 < sent.end and self.lowers[j + 1] in SUBORDINATORS
        start = i
        while start > sent.start and not boundary(start - 1):
            start -= 1
        end = i
        while end < sent.end and not boundary(end):
            end += 1
        return start, end

    def _split_counterparts(self, index: int, sent: Span, triggers: list[Trigger],
                            sides: list[ActorSlot]) -> list[list[str]]:
        """'Treffen mit Putin sowie Zelensky' -> two bilateral frames; 'dreiseitiges Treffen' stays one."""
        ids = _unique(s.entity_id for s in sides)
        trigger = triggers[0].token
        counterparts: list[str] = []
        if trigger + 1 < sent.end and self.lowers[trigger + 1] in ("mit", "zu"):
            group_end = next((i for i in range(trigger + 2, sent.end) if _ends_counterparts(self.texts[i])), sent.end)
            counterparts = _unique(s.entity_id for s in sides
                                   if trigger < s.token_start < group_end and s.side == "strong")
        subjects = [i for i in ids if i not in counterparts]
        if not subjects and counterparts:
            topic = self._topic_person(index, exclude=counterparts)
            subjects = [topic] if topic else []
        if any(t.trilateral for t in triggers) or len(counterparts) < 2 or not subjects:
            return [_unique(subjects + counterparts)]
        return [subjects + [c] for c in counterparts]

    def _fresh_frame(self, index: int, sent: Span, triggers: list[Trigger], side_ids: list[str],
                     slots: list[ActorSlot]) -> Frame:
        first = triggers[0]
        frame = Frame(index, triggers, _pick_type([t.event_type for t in triggers]),
                      sides=self._drop_weak(side_ids, slots), last_sentence=index)
        if first.new_of_antecedent or first.trilateral:
            antecedent = self._antecedent(index, frame, generic=False, sharing=frame.sides)
            if antecedent is not None:
                frame.sides = _unique(antecedent.sides + frame.sides)
        elif not frame.sides and not first.distinct and frame.event_type in CONTACT_TYPES:
            # "Geplant ist ein Telefonat": a report without sides continues the event just mentioned.
            antecedent = self._antecedent(index, frame, generic=True, within=4, specific_family=True)
            if antecedent is not None and self._elsewhere_or_else_when(sent, slots, antecedent):
                # "Bereits 2023 hatten sich die beiden in Kalifornien getroffen": the same people, another event
                frame.sides = list(antecedent.sides)
            elif antecedent is not None:
                self._attach(frame, antecedent, [])
                if antecedent.event_type in ("CONTACT", "NEGOTIATION") and frame.event_type in CONTACT_TYPES:
                    antecedent.event_type = frame.event_type
        pronoun = self._pronoun(sent)
        if len(frame.sides) < 2 and pronoun is not None and not frame.anaphoric:
            topic = self._topic_person(index, exclude=frame.sides, before_token=pronoun)
            if topic:
                frame.sides.insert(0, topic)
                frame.pronoun = True
        return frame

    def _elsewhere_or_else_when(self, sent: Span, slots: list[ActorSlot], antecedent: Frame) -> bool:
        """Whether a sentence names a date or place that the event it would continue cannot have."""
        text = self.sent_text(sent)
        dates = [d for d in find_dates(text, self.published) if not is_boundary(text, d)]
        places = [s.mention_entity_id for s in slots if s.is_place and s.kind != "compound"]
        return bool(dates and antecedent.date and not _dates_agree(dates[0], antecedent.date)
                    or places and antecedent.location and not _places_agree(places[0], antecedent.location))

    def _anaphoric_frame(self, index: int, sent: Span, trigger: Trigger, frames: list[Frame],
                         slots: list[ActorSlot]) -> Frame | None:
        """'die Gespräche' after 'ein Treffen ... in Istanbul' in the same sentence, or the salient earlier event."""
        frame = Frame(index, [trigger], trigger.event_type, last_sentence=index)
        earlier_here = [f for f in frames if min(t.token for t in f.triggers) < trigger.token and len(f.sides) >= 2
                        and f.event_type in CONTACT_TYPES and (trigger.generic or f.family == frame.family)]
        if earlier_here:
            antecedent = earlier_here[-1]
        elif trigger.recent:
            antecedent = self._latest_happened(index)
        else:
            antecedent = self._antecedent(index, frame, generic=trigger.generic, within=12 if trigger.both else 8)
        if antecedent is None:
            return None
        joined = [s.entity_id for s in slots if trigger.joins and s.entity_type == "PERSON" and s.side != "none"]
        self._attach(frame, antecedent, joined)
        return frame

    def _attach(self, frame: Frame, antecedent: Frame, extra_sides: list[str]) -> None:
        root = antecedent.root
        frame.sides = _unique(root.sides + extra_sides)
        frame.antecedent = root
        frame.anaphoric = True
        if any(t.generic for t in frame.triggers) or frame.event_type not in CONTACT_TYPES:
            frame.event_type = root.event_type if frame.event_type in CONTACT_TYPES else frame.event_type
        root.mentions += 1
        root.last_sentence = frame.sentence

    def _drop_weak(self, side_ids: list[str], slots: list[ActorSlot]) -> list[str]:
        """Advisers count as a side only when nobody else would."""
        weak = {s.entity_id for s in slots if s.side == "weak"}
        strong = [i for i in side_ids if i not in weak]
        return strong if len(strong) >= 2 else list(side_ids)

    def _antecedent(self, index: int, frame: Frame, generic: bool, within: int = 6,
                    specific_family: bool = False, sharing: list[str] | None = None) -> Frame | None:
        """The most salient contact event of the last sentences (of the same family unless generic).

        specific_family: a report without sides ("ein Telefonat") continues an event of its own
        family or a generic contact ("Kontakt aufnehmen"), never an event of another kind.
        """
        roots = list({id(f.root): f.root for f in self.frames if index - f.root.last_sentence <= within}.values())
        candidates = [r for r in roots if r.event_type in CONTACT_TYPES and len(r.sides) >= 2
                      and (generic or r.family == frame.family)]
        if specific_family:
            candidates = [r for r in candidates if r.family in (frame.family, "contact")
                          or r.event_type == "NEGOTIATION"]
        if sharing:  # "ein dreiseitiges Treffen inklusive Zelensky": the meeting that shares a side
            candidates = [r for r in candidates if set(r.sides) & set(sharing)] or candidates
        if not candidates:
            return None
        return max(candidates, key=lambda f: (f.mentions, f.last_sentence, -roots.index(f)))

    def _latest_happened(self, index: int) -> Frame | None:
        """'die jüngsten Verhandlungen': the contact that took place most recently in the text."""
        for frame in reversed(self.frames):
            root = frame.root
            if root.status == "happened" and root.event_type in CONTACT_TYPES and len(root.sides) >= 2 \
                    and index - root.last_sentence <= 6:
                return root
        return None

    def _same_event(self, frame: Frame) -> Frame | None:
        """An event this article already reported with the same sides, kind, date and place."""
        for root in (f for f in self.frames if f.antecedent is None):
            if root.family == frame.family and set(root.sides) == set(frame.sides) and len(frame.sides) >= 2 \
                    and _dates_agree(root.date, frame.date) \
                    and _places_agree(root.location, frame.location) \
                    and not any(t.new_of_antecedent or t.distinct for t in frame.triggers):
                return root
        return None

    def _pronoun(self, sent: Span) -> int | None:
        return next((i for i in range(sent.start, sent.end) if self.lowers[i] in PRONOUNS), None)

    def _topic_person(self, index: int, exclude: list[str], before_token: int | None = None) -> str | None:
        """Who a pronoun or an implicit subject means.

        Inside the sentence, the nearest acting person before the pronoun ("Vitkoff, in Moskau,
        wo er ..."); else the first acting person of the previous sentences, which in German news
        is mostly the subject.
        """
        def acting(slot: ActorSlot) -> bool:
            return slot.entity_type == "PERSON" and slot.side == "strong" and slot.entity_id not in exclude
        if before_token is not None:
            here = [s for s in self.actors.slots.get(index, []) if s.token_start < before_token
                    and s.entity_type == "PERSON" and s.side == "strong"]
            if here:  # "Witkoff durch seinen Besuch": the pronoun is someone already named here
                return here[-1].entity_id if here[-1].entity_id not in exclude else None
        for previous in range(index - 1, max(index - 3, -1), -1):
            slot = next((s for s in self.actors.slots.get(previous, []) if acting(s)), None)
            if slot is not None:
                return slot.entity_id
        return None

    # -- status, date, place -----------------------------------------------------
    def _status(self, sent: Span, frame: Frame, triggers: list[Trigger]) -> str:
        """The strongest cue nearest to this frame's triggers; else past tense or the antecedent's status.

        A cancellation or denial anywhere near wins; then an adjective on the trigger itself
        ("das bevorstehende Treffen"); then the strongest of the other cues.
        """
        own = [t.token for t in frame.triggers]
        everyone = sorted({t.token for t in triggers} | set(own))
        found = set()
        for i, status in self._sentence_cues(sent):
            if i in own:
                continue
            nearest = min(everyone, key=lambda t: _cue_distance(i, t))
            if nearest in own and abs(nearest - i) <= 20:
                found.add(status)
        if self._called_off(sent, own):
            found.add("cancelled")
        for strongest in ("cancelled", "denied"):
            if strongest in found:
                return strongest
        for token in own:
            status = self._cue(token - 1) if token > sent.start else None
            if status is not None:
                return status
        if found:
            return min(found, key=STATUS_ORDER.index)
        if any(_past_verb(t) for t in self.texts[sent.start:sent.end]):
            return "happened"
        return frame.antecedent.status if frame.antecedent is not None else "happened"

    def _date_recent_reports(self, frames: list[Frame]) -> None:
        """A contact reported as having happened, with no date of its own, is news of the month it is reported in.

        Only the month, and only when the publication day is known and past the first days of the
        month (a report of the 2nd may well be of the month before).
        """
        if self.published is None or self.published.day <= 3:
            return
        month = DateMention(0, 0, self.published.isoformat()[:7], "month", True)
        for frame in frames:
            if frame.root is frame and frame.date is None and frame.status == "happened" \
                    and frame.event_type in CONTACT_TYPES and self._told_in_past_tense(frame):
                frame.date = month
        for frame in frames:
            if frame.date is None and frame.root.date is month:
                frame.date = month

    def _told_in_past_tense(self, frame: Frame) -> bool:
        """Präteritum or Perfekt in the sentence, or the Perfekt of a trigger verb ('hat ... empfangen')."""
        sent = self.sentence(frame.sentence)
        if _past_tense(self.texts[sent.start:sent.end]):
            return True
        perfect = any(w in PERFECT_AUXILIARIES for w in self.lowers[sent.start:sent.end])
        return perfect and any(self.texts[t.token].islower() for t in frame.triggers)

    def _date_after_publication(self, frames: list[Frame]) -> None:
        """A report in the present tense of an event dated after publication is a plan."""
        for frame in frames:
            if frame.status == "happened" and frame.date is not None and self.published is not None \
                    and _first_day(frame.date) > self.published:
                frame.status = "planned"

    def _called_off(self, sent: Span, own: list[int]) -> bool:
        """'sagte ein Treffen mit Selenskyj ab': the separable verb absagen, in the trigger's clause."""
        start, end = self._clause(sent, own[0])
        words = self.lowers[start:end]
        return "ab" in words and any(lemma_of(w) == "sagen" for w in words)

    def _sentence_cues(self, sent: Span) -> list[tuple[int, str]]:
        if sent.start not in self._cues:
            if self._cue_words is None:
                self._cue_words = positions(self.doc, may_cue_status)
            words = self._cue_words[bisect_left(self._cue_words, sent.start):bisect_left(self._cue_words, sent.end)]
            cues = ((i, self._cue(i)) for i in words)
            self._cues[sent.start] = [(i, status) for i, status in cues if status is not None]
        return self._cues[sent.start]

    def _cue(self, i: int) -> str | None:
        """The status word i is, if any."""
        lower = self.lowers[i]
        if lower == "vor" and i + 1 < len(self.texts) and is_punct(self.texts[i + 1]):
            return "planned"  # "Trump hat vor, ..."
        status = status_cue(lower)
        if status == "planned" and i > 0 and self.lowers[i - 1] in ("nicht", "keine", "kein"):
            return "denied"  # "ist derzeit nicht geplant"
        return status

    def _assign_dates(self, sent: Span, frames: list[Frame], dates: list[DateMention],
                      previous_dates: list[DateMention]) -> None:
        """Each date goes to the nearest frame that introduces an event; anaphors keep their antecedent's date."""
        event_dates = [d for d in dates if not is_boundary(self.sent_text(sent), d)]
        fresh = [f for f in frames if not f.anaphoric]
        for frame in fresh:
            mention = self._date_in_reach(sent, frame, event_dates)
            if mention is not None:
                frame.date = self._redate(mention, sent, frame)
        if "damals" in self.lowers[sent.start:sent.end] and previous_dates:
            for frame in frames:
                frame.date = frame.date or previous_dates[-1]
        anchor = self._anchor_date(sent)
        if anchor is not None:
            for frame in fresh:
                frame.date = frame.date or anchor
        for frame in fresh:
            self._continue_story(frame)
        for frame in frames:
            root = frame.root
            if frame.date is None and root is not frame:
                frame.date = root.date
            if frame.anaphoric and root.date is None and event_dates and frame.sentence - root.sentence <= 2:
                root.date = frame.date = self._redate(event_dates[0], sent, frame)

    def _continue_story(self, frame: Frame) -> None:
        """'Von der Leyen reiste am Dienstag nach Kiew. Sie wurde von Selenskyj empfangen.': an undated
        report that shares a side with the dated event of the sentence before happened that day, there."""
        if frame.date is not None or frame.status != "happened":
            return
        before = [f for f in self.frames if f.sentence == frame.sentence - 1 and f.date is not None
                  and set(f.sides) & set(frame.sides) and f.event_type in CONTACT_TYPES]
        if before:
            frame.date = before[-1].date
            frame.location = frame.location or before[-1].location

    def _anchor_date(self, sent: Span) -> DateMention | None:
        """'im Anschluss', 'danach': the day of the event just reported; 'im Vorfeld': the month before it."""
        text = self.sent_text(sent).lower()
        follows = any(cue in text for cue in ("im anschluss", "anschließend", "danach"))
        before = "im vorfeld" in text
        if not (follows or before):
            return None
        dated = [f.root for f in self.frames if f.root.date is not None and f.root.event_type in CONTACT_TYPES]
        if not dated:
            return None
        anchor = max(dated, key=lambda f: (f.last_sentence, f.mentions)).date
        if before and anchor.precision == "day":
            return DateMention(anchor.start, anchor.end, anchor.value[:7], "month", True)
        return anchor

    def _date_in_reach(self, sent: Span, frame: Frame, dates: list[DateMention]) -> DateMention | None:
        """The date in the trigger's clause; for a temporal 'als'-clause, the date of the clause it explains.

        "..., nachdem er im Januar 2025 ins Weiße Haus zurückgekehrt sei" does not date the meeting;
        "nach einem Engagement im Februar, als ... sich in Riad trafen" does.
        """
        def chars(span: tuple[int, int]) -> tuple[int, int]:
            return self.offsets[span[0]] - sent.start_char, self.offsets[span[1] - 1] - sent.start_char + 1
        trigger = frame.triggers[0].token
        clause = self._clause(sent, trigger)
        reach = [chars(clause)]
        if self.lowers[clause[0]] in ("als", "wo") and clause[0] - 2 > sent.start:
            reach.append(chars(self._clause(sent, clause[0] - 2)))
        for start, end in reach:
            inside = [d for d in dates if start <= d.start < end]
            if inside:
                return min(inside, key=lambda d: abs(d.start - (self.offsets[trigger] - sent.start_char)))
        return None

    def _redate(self, mention: DateMention, sent: Span, frame: Frame) -> DateMention:
        """Weekdays point backward for reports in the past tense, forward otherwise
        ("Merz empfängt Tusk am Freitag" is the coming Friday)."""
        if mention.relative and frame.status == "happened" and _past_tense(self.texts[sent.start:sent.end]):
            again = find_dates(self.sent_text(sent)[mention.start:mention.end], self.published, future=False)
            if again:
                d = again[0]
                return DateMention(mention.start, mention.end, d.value, d.precision, True)
        return mention

    def _assign_locations(self, sent: Span, frames: list[Frame], slots: list[ActorSlot]) -> None:
        """The place nearest the trigger; a visit also has every place it goes to as a side."""
        places = [s for s in slots if s.is_place and s.kind != "compound"]
        for frame in frames:
            if places and not frame.anaphoric:
                nearest = min(places, key=lambda s: min(abs(s.token_start - t.token) for t in frame.triggers))
                frame.location = nearest.mention_entity_id
                if frame.event_type == "VISIT":
                    start, end = self._clause(sent, frame.triggers[0].token)
                    destinations = [p for p in places if start <= p.token_start < end] or [nearest]
                    frame.location = destinations[0].mention_entity_id
                    frame.sides = _unique(frame.sides + [self._country_of_place(p) for p in destinations])
            elif not frame.anaphoric and self._says_there(sent):
                # "Dort traf er Lawrow": the place (and day) of the event just reported
                previous = next((f for f in reversed(self.frames) if f.sentence == frame.sentence - 1
                                 and f.location), None)
                if previous is not None:
                    frame.location = previous.location
                    frame.date = frame.date or previous.date
            elif frame.anaphoric:
                frame.location = frame.root.location or (
                    places[0].mention_entity_id if places else None)
                if frame.root.location is None and frame.location is not None \
                        and frame.sentence - frame.root.sentence <= 2:
                    frame.root.location = frame.location

    def _says_there(self, sent: Span) -> bool:
        return any(lower in ("dort", "dabei") for lower in self.lowers[sent.start:sent.end])

    def _country_of_place(self, slot: ActorSlot) -> str:
        """The country a visit goes to: 'in Moskau' -> Russland."""
        kb = load_knowledge()
        actor = kb.actors.get(slot.mention_entity_id)
        country = kb.country(actor.country) if actor is not None and actor.kind != "country" else None
        if country is None:
            return slot.mention_entity_id
        self.actors.entities.setdefault(country.entity_id, Entity(
            country.entity_id, country.name, country.entity_type, country.wikidata_id, country.country, None,
            sorted(country.aliases), in_knowledge_base=True))
        return country.entity_id

    # -- output ------------------------------------------------------------------
    def _to_mention(self, frame: Frame) -> EventMention | None:
        if len(frame.sides) < (2 if frame.event_type in CONTACT_TYPES else 1):
            return None
        sent = self.sentence(frame.sentence)
        trigger = self.doc[frame.triggers[0].token]
        key = f"{self.article_id}:{sent.start_char}:{trigger.idx}:{frame.event_type}:{','.join(sorted(frame.sides))}"
        frame.key = hashlib.sha1(key.encode()).hexdigest()[:16]
        raw = self.sent_text(sent)
        text = raw.strip()
        start = sent.start_char + len(raw) - len(raw.lstrip())
        confidence = (0.9 if not frame.anaphoric else 0.7) - (0.1 if frame.pronoun else 0.0)
        return EventMention(
            mention_id=frame.key, article_id=self.article_id, sentence_index=frame.sentence,
            start_char=start, end_char=start + len(text), sentence_text=text, event_type=frame.event_type,
            status=frame.status, event_date=frame.date.value if frame.date else None,
            date_precision=frame.date.precision if frame.date else None, trigger_text=trigger.text,
            trigger_start=trigger.idx, trigger_end=trigger.idx + len(trigger.text),
            participant_ids=sorted(frame.sides), location_id=frame.location, confidence=round(confidence, 2),
            anaphoric=frame.anaphoric,
            local_event_key=frame.root.key if frame.root.key else frame.key,
        )


@lru_cache(maxsize=100_000)
def _ends_counterparts(text: str) -> bool:
    """Where 'mit Putin sowie dem ukrainischen Präsidenten Selenskyj' ends: at a verb, pronoun or clause."""
    if is_punct(text):
        return text != ","
    if not text.islower():
        return False
    if text in NP_LINKS or text in ("die", "das"):
        return False
    if text in PRONOUNS or text in SUBORDINATORS:
        return True
    return not re.search(r"(e|en|em|er|es)$", text)


def status_cue(lower: str) -> str | None:
    return next((status for status, pattern in STATUS_CUES if pattern.match(lower)), None)


def may_cue_status(text: str) -> bool:
    """A status word ('geplant', 'abgesagt'), or 'vor' of 'hat vor, ...'."""
    lower = text.lower()
    return lower == "vor" or status_cue(lower) is not None


def may_trigger(text: str) -> bool:
    """Whether a word can be an event trigger: a trigger noun, or a verb whose lemma is one."""
    if text[:1].isupper() and noun_type(text) is not None:
        return True
    lemma = lemma_of(text)
    return lemma in trigger_lexicon()[1] or lemma in SEPARABLE_STEMS


def _cue_distance(cue: int, trigger: int) -> int:
    """Cues mostly precede what they qualify ('Vorschlag zur Begegnung', 'bevorstehendes Treffen')."""
    return trigger - cue if trigger > cue else 2 * (cue - trigger)


def _pick_type(types: list[str]) -> str:
    return min(types, key=TYPE_ORDER.index)


@lru_cache(maxsize=100_000)
def _past_verb(text: str) -> bool:
    """Präteritum or a past marker: 'trafen', 'bestätigte', 'entstand', 'damals'.

    The lookup lemmatizer tells an inflected verb from its infinitive; a weak verb's past ends
    in -te(n), a strong verb's past in none of the present endings (entstand, fand, kam).
    """
    lower = text.lower()
    lemma = lemma_of(text)
    if PAST_FORMS.match(lower):
        return True
    if not text.islower() or lemma == lower or not lemma.endswith("en") or len(lower) < 3:
        return False
    if lower in ("will", "kann", "muss", "soll", "darf", "mag", "weiß"):
        return False
    if lower.endswith(("te", "ten", "test")) or lower.endswith("tet") and not lemma.endswith(("ten", "den")):
        return True
    return not lower.endswith(("e", "st", "t", "en", "n", "end", "ern", "eln"))


PERFECT_AUXILIARIES = frozenset({"hat", "haben", "ist", "sind", "habe", "sei", "seien"})
_PARTICIPLE = re.compile(r"^[a-zäöü]*ge[a-zäöüß]+(en|t)$")


def _past_tense(texts: list[str]) -> bool:
    """Präteritum, or Perfekt: an auxiliary with a participle ('sind ... zusammengekommen')."""
    if any(_past_verb(t) for t in texts):
        return True
    if not any(t.lower() in PERFECT_AUXILIARIES for t in texts):
        return False
    return any(t.islower() and _PARTICIPLE.match(t) and lemma_of(t) != t for t in texts)


def _first_day(mention: DateMention) -> date:
    """'2025-08' -> 2025-08-01, '2025' -> 2025-01-01."""
    parts = [int(p) for p in mention.value.split("-")] + [1, 1]
    return date(parts[0], parts[1], parts[2])


def _places_agree(a: str | None, b: str | None) -> bool:
    """Unknown, the same, or in the same country: 'Anchorage' and 'Alaska' agree, 'Alaska' and 'Russland' not."""
    if a is None or b is None or a == b:
        return True
    kb = load_knowledge()
    country_a, country_b = (kb.actors[x].country if x in kb.actors else None for x in (a, b))
    return country_a is not None and country_a == country_b


def _dates_agree(a: DateMention | None, b: DateMention | None) -> bool:
    return a is None or b is None or a.value.startswith(b.value) or b.value.startswith(a.value)


def _unique(items) -> list[str]:
    return list(dict.fromkeys(items))


def extract_events(doc: Doc, actors: ArticleActors, article_id: str, published: date | None) -> list[EventMention]:
    return EventExtractor(doc, actors, article_id, published).extract()
