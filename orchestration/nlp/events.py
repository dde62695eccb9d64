"""Event mentions of one article: triggers, sides, status, date and location.

A sentence reports an event through a trigger (a noun such as "Gipfeltreffen"
or "Telefonat", or a verb such as "trafen sich"); its sides are the actors of
the sentence that can act (not places, not spokespeople). German news keeps
talking about an event it introduced: "das Treffen", "der Gipfel", "die
Gespräche", "nahmen teil" refer back, so such anaphoric triggers take the
sides, date and place of the most salient earlier event.
"""

from __future__ import annotations

import csv
import hashlib
import re
from dataclasses import dataclass, field
from datetime import date
from functools import cache

from spacy.tokens import Doc, Span, Token

from orchestration.nlp.actors import ActorSlot, ArticleActors
from orchestration.nlp.dates import DateMention, find_dates, is_boundary
from orchestration.nlp.knowledge import KNOWLEDGE_DIR
from orchestration.nlp.records import CONTACT_TYPES, EventMention

ANAPHORIC_DETERMINERS = frozenset({"der", "die", "das", "den", "dem", "des", "zum", "zur", "vom", "beim", "dieses",
                                   "diese", "dieser", "diesem", "diesen", "solches", "solche", "solchen", "solcher",
                                   "jenes", "jene", "besagte", "besagten"})
NEW_EVENT_MODIFIERS = ("weitere", "erneute", "nächste", "zweite", "dritte", "neue", "neues", "neuen", "neuer")
TRILATERAL = ("dreiseitig", "trilateral", "dreier", "dreiergipfel", "dreiertreffen")
# Nouns so general that an anaphor takes the type of the event it refers to.
GENERIC_NOUNS = frozenset({"gespräch", "gespräche", "verhandlung", "verhandlungen", "kontakt", "kontakte"})
# Verbs of joining an event already under discussion: "nahmen teil", "traten Trump bei".
JOIN_VERBS = {("nehmen", "teil"): "MEETING", ("treten", "bei"): "MEETING"}
SEPARABLE_VERBS = {("kommen", "zusammen"): "MEETING", ("treffen", "zusammen"): "MEETING",
                   ("rufen", "an"): "CALL", ("nehmen", "auf"): None}
NOT_A_MEETING = re.compile(r"entscheidung|maßnahme|vorkehrung|vorbereitung|auswahl|absprache|rakete|drohne|geschoss",
                           re.I)
PRONOUNS = frozenset({"er", "ihm", "ihn", "sein", "seine", "seinem", "seinen", "seiner", "seines", "dieser",
                      "dessen", "sie", "ihr", "ihre", "ihrem", "ihren", "ihrer"})
CLAUSE_BREAKS = frozenset({",", ";", ":", "–", "—", "(", ")"})

# Status cues, strongest first: a cue nearer to another trigger of the sentence belongs to that one.
STATUS_CUES: list[tuple[str, re.Pattern[str]]] = [
    ("cancelled", re.compile(r"^(abgesagt|geplatzt|gestrichen|abgebrochen|absage|platzen|platzte)$")),
    ("denied", re.compile(r"^(dementiert\w*|dementi|bestritten|bestreitet|keine|keinen|keiner|nicht)$")),
    ("speculative", re.compile(r"^(könnte|könnten|könne|möglicherweise|eventuell|vielleicht|möglich\w*|denkbar|"
                               r"spekul\w*|gerücht\w*|erwäge|erwägt|erwägen|ob|abzuwarten|wäre|wären|scheint|"
                               r"voraussichtlich|unklar)$")),
    ("proposed", re.compile(r"^(einladung\w*|eingeladen|einladen|vorschlag\w*|vorgeschlagen|interesse|anzustreben|"
                            r"anstreben|strebt|wolle|wollen|will|wollte|möchte|möchten|bereit|offen|angebot|"
                            r"angeboten|angeregt|drängt|drängte|fordert|forderte|wünscht|hofft|organisieren|"
                            r"arrangieren|herzustellen)$")),
    ("planned", re.compile(r"^(geplant\w*|planen|plant|plante|soll|sollen|bevorstehend\w*|kommenden|anstehend\w*|"
                           r"angekündigt\w*|vereinbart\w*|vorgesehen|anberaumt|terminiert|wird|werden|vorbereitet|"
                           r"vor|zukünftig\w*|künftig\w*|erwartet|morgen)$")),
]
PAST_FORMS = re.compile(r"^(trafen|traf|fand|fanden|empfing|empfingen|kam|kamen|rief|riefen|nahm|nahmen|trat|traten|"
                        r"sprach|sprachen|war|waren|hatte|hatten|wurde|wurden|begegnete\w*|telefonierte\w*|"
                        r"verhandelte\w*|besuchte\w*|reiste\w*|kontaktierte\w*|getroffen|telefoniert|besucht|"
                        r"verhandelt|kontaktiert|gesprochen|begegnet|gereist|damals|letzte\w*|jüngste\w*|"
                        r"kürzlich\w*|bereits|zuvor|setzten|setzte|markiert)$")
STATUS_ORDER = ["cancelled", "denied", "speculative", "proposed", "planned", "happened"]


@dataclass(frozen=True)
class Trigger:
    token: int
    event_type: str
    anaphoric: bool = False
    new_of_antecedent: bool = False  # "eine weitere Zusammenkunft": a new event of the same sides
    joins: bool = False  # "nahmen teil": the sentence's people join the antecedent event
    generic: bool = False
    trilateral: bool = False


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
    mentions: int = 1  # salience: how often the article came back to this event
    key: str = ""

    @property
    def family(self) -> str:
        return "call" if self.event_type == "CALL" else "meet"


@cache
def trigger_lexicon() -> tuple[dict[str, str], dict[str, str]]:
    """(noun stem -> type, verb lemma -> type) from knowledge/triggers.tsv."""
    nouns, verbs = {}, {}
    with open(KNOWLEDGE_DIR / "triggers.tsv", encoding="utf-8") as fh:
        rows = csv.DictReader((line for line in fh if not line.startswith("#")), delimiter="\t")
        for row in rows:
            (nouns if row["kind"] == "noun" else verbs)[row["stem"]] = row["event_type"]
    return nouns, verbs


def noun_type(text: str) -> tuple[str, str] | None:
    """Event type of a noun or noun compound: 'Gipfeltreffen', 'Trump-Putin-Gipfel', 'Telefonats' -> (type, stem)."""
    nouns, _ = trigger_lexicon()
    lower = text.lower().split("-")[-1]
    for ending in ("", "s", "es", "n", "en", "e"):
        if ending and not lower.endswith(ending):
            continue
        base = lower[: len(lower) - len(ending)] if ending else lower
        for stem in sorted((s for s in nouns if base.endswith(s)), key=len, reverse=True):
            prefix = len(base) - len(stem)
            if prefix == 0 or prefix >= 3 or "-" in text:
                return nouns[stem], stem
    return None


class EventExtractor:
    """Frames of one article, sentence by sentence, with anaphora resolved against earlier frames."""

    def __init__(self, doc: Doc, actors: ArticleActors, article_id: str, published: date | None) -> None:
        self.doc, self.actors, self.article_id, self.published = doc, actors, article_id, published
        self.sentences = list(doc.sents)
        self.frames: list[Frame] = []

    def extract(self) -> list[EventMention]:
        previous_dates: list[DateMention] = []
        for index, sent in enumerate(self.sentences):
            triggers = self._triggers(sent)
            dates = find_dates(sent.text, self.published, future=True)
            if triggers:
                self._frames_for(index, sent, triggers, dates, previous_dates)
            previous_dates = dates or previous_dates[-1:]
        self._refine_generic_types()
        return [m for m in (self._to_mention(f) for f in self.frames) if m is not None]

    # -- triggers --------------------------------------------------------------
    def _triggers(self, sent: Span) -> list[Trigger]:
        _, verbs = trigger_lexicon()
        found = []
        particles = {t.lower_ for t in sent if t.i + 1 == sent.end or self.doc[t.i + 1].is_punct}
        for token in sent:
            lemma = token.lemma_.lower()
            if token.text[:1].isupper() and (typed := noun_type(token.text)) is not None:
                found.append(self._noun_trigger(token, typed[0], typed[1]))
            elif lemma in verbs and token.is_lower:
                if lemma == "treffen" and NOT_A_MEETING.search(sent.text):
                    continue
                found.append(Trigger(token.i, verbs[lemma]))
            else:
                for (verb, particle), event_type in {**JOIN_VERBS, **SEPARABLE_VERBS}.items():
                    if lemma == verb and particle in particles:
                        if (verb, particle) in JOIN_VERBS:
                            found.append(Trigger(token.i, event_type, anaphoric=True, joins=True))
                        elif event_type:
                            found.append(Trigger(token.i, event_type))
        return found

    def _noun_trigger(self, token: Token, event_type: str, stem: str) -> Trigger:
        before = [t.lower_ for t in self.doc[max(token.sent.start, token.i - 3):token.i]]
        definite = any(w in ANAPHORIC_DETERMINERS for w in before[-3:]) and not any(
            w in ("ein", "eine", "eines", "einem", "einen", "einer") for w in before[-2:])
        new_event = any(w.startswith(NEW_EVENT_MODIFIERS) for w in before[-2:])
        trilateral = any(w.startswith(TRILATERAL) for w in before[-2:]) or token.lower_.startswith(TRILATERAL)
        return Trigger(token.i, event_type, anaphoric=definite and not new_event, new_of_antecedent=new_event,
                       generic=stem in GENERIC_NOUNS, trilateral=trilateral)

    # -- frames ----------------------------------------------------------------
    def _frames_for(self, index: int, sent: Span, triggers: list[Trigger], dates: list[DateMention],
                    previous_dates: list[DateMention]) -> None:
        slots = self.actors.slots.get(index, [])
        groups = self._group(sent, triggers, slots)
        sentence_frames = []
        for group, sides in groups:
            frame = self._build_frame(index, sent, group, sides, slots)
            if frame is not None:
                sentence_frames.append(frame)
        self._assign_dates(sent, sentence_frames, dates, previous_dates)
        self._assign_locations(sentence_frames, slots)
        self.frames.extend(sentence_frames)

    def _group(self, sent: Span, triggers: list[Trigger], slots: list[ActorSlot]) -> list[tuple[list[Trigger], list[str]]]:
        """Anaphoric triggers stand alone; the others form one frame per event family and counterpart."""
        sides = [s for s in slots if s.side != "none"]
        anaphoric = [t for t in triggers if t.anaphoric and not self._explicit_sides(sent, t, sides)]
        fresh = [t for t in triggers if t not in anaphoric]
        groups: list[tuple[list[Trigger], list[str]]] = []
        if anaphoric:
            groups.append((anaphoric, []))
        families: dict[str, list[Trigger]] = {}
        for trigger in fresh:
            families.setdefault(self._family_key(trigger), []).append(trigger)
        for family_triggers in families.values():
            local = self._local_sides(sent, family_triggers, sides, several=len(families) > 1)
            for counterpart_sides in self._split_counterparts(sent, family_triggers, local):
                groups.append((family_triggers, counterpart_sides))
        return groups

    @staticmethod
    def _family_key(trigger: Trigger) -> str:
        if trigger.event_type in CONTACT_TYPES:
            return {"CALL": "call", "VISIT": "visit"}.get(trigger.event_type, "meet")
        return trigger.event_type

    def _explicit_sides(self, sent: Span, trigger: Trigger, sides: list[ActorSlot]) -> bool:
        """'Das Treffen zwischen Putin und Selenskyj': a definite noun that names its own sides."""
        window = self.doc[trigger.token + 1:min(sent.end, trigger.token + 4)]
        token_text = self.doc[trigger.token].text
        in_compound = sum(1 for s in sides if s.token_start == trigger.token) >= 2 or token_text.count("-") >= 2 and \
            sum(1 for s in sides if s.token_start == trigger.token) >= 1
        return in_compound or any(t.lower_ == "zwischen" for t in window)

    def _local_sides(self, sent: Span, triggers: list[Trigger], sides: list[ActorSlot], several: bool) -> list[ActorSlot]:
        """Sides of a trigger group: the whole sentence, or its clause plus the subject when types differ."""
        if not several:
            return sides
        clauses = {self._clause(sent, t.token) for t in triggers}
        local = [s for s in sides if any(a <= s.token_start < b for a, b in clauses)]
        subject = next((s for s in sides if s.entity_type == "PERSON"), None)
        if subject is not None and all(s.entity_id != subject.entity_id for s in local):
            local.insert(0, subject)
        return local

    def _clause(self, sent: Span, i: int) -> tuple[int, int]:
        start = i
        while start > sent.start and self.doc[start - 1].text not in CLAUSE_BREAKS:
            start -= 1
        end = i
        while end < sent.end and self.doc[end].text not in CLAUSE_BREAKS:
            end += 1
        return start, end

    def _split_counterparts(self, sent: Span, triggers: list[Trigger], sides: list[ActorSlot]) -> list[list[str]]:
        """'Treffen mit Putin sowie Zelensky' -> two bilateral frames; 'dreiseitiges Treffen' stays one."""
        ids = _unique(s.entity_id for s in sides)
        if any(t.trilateral for t in triggers):
            return [ids]
        trigger = triggers[0].token
        after = [t for t in self.doc[trigger + 1:sent.end]]
        if not after or after[0].lower_ != "mit":
            return [ids]
        group_end = next((t.i for t in after[1:] if t.text in (".", ";", ":") or t.lower_ in (
            "zu", "um", "dass", "während", "nachdem")), sent.end)
        counterparts = _unique(s.entity_id for s in sides if trigger < s.token_start < group_end and s.side == "strong")
        subjects = [i for i in ids if i not in counterparts]
        if len(counterparts) < 2 or not subjects:
            return [ids]
        return [subjects + [c] for c in counterparts]

    def _build_frame(self, index: int, sent: Span, triggers: list[Trigger], side_ids: list[str],
                     slots: list[ActorSlot]) -> Frame | None:
        first = triggers[0]
        event_type = _pick_type([t.event_type for t in triggers])
        frame = Frame(index, triggers, event_type, sides=list(side_ids), anaphoric=first.anaphoric)
        frame.sides = self._drop_weak(frame.sides, slots)
        if first.anaphoric or first.new_of_antecedent or first.trilateral or len(frame.sides) < 2:
            antecedent = self._antecedent(frame, generic=all(t.generic or t.joins for t in triggers))
            if antecedent is not None and (first.anaphoric or first.new_of_antecedent or first.trilateral
                                           or not frame.sides):
                self._inherit(frame, antecedent, first, slots)
        if len(frame.sides) < 2 and self._has_pronoun(sent):
            topic = self._topic_person(index, exclude=frame.sides)
            if topic:
                frame.sides.insert(0, topic)
                frame.pronoun = True
        frame.status = self._status(sent, frame)
        return frame

    def _drop_weak(self, side_ids: list[str], slots: list[ActorSlot]) -> list[str]:
        """Advisers count as a side only when nobody else would."""
        weak = {s.entity_id for s in slots if s.side == "weak"}
        strong = [i for i in side_ids if i not in weak]
        return strong if len(strong) >= 2 else side_ids

    def _antecedent(self, frame: Frame, generic: bool) -> Frame | None:
        """The most salient recent contact frame (same family unless the anaphor is generic)."""
        candidates = [f for f in self.frames[-12:] if f.event_type in CONTACT_TYPES and len(f.sides) >= 2
                      and frame.sentence - f.sentence <= 6 and (generic or f.family == frame.family)]
        if not candidates:
            return None
        return max(candidates, key=lambda f: (f.mentions, f.sentence))

    def _inherit(self, frame: Frame, antecedent: Frame, trigger: Trigger, slots: list[ActorSlot]) -> None:
        root = antecedent.antecedent or antecedent
        if trigger.new_of_antecedent:
            frame.sides = _unique(root.sides + frame.sides)
            frame.anaphoric = False
            return
        if trigger.trilateral:
            frame.sides = _unique(root.sides + frame.sides)
            return
        joined = [s.entity_id for s in slots if trigger.joins and s.entity_type == "PERSON" and s.side != "none"]
        frame.sides = _unique(root.sides + joined)
        frame.antecedent = root
        frame.anaphoric = True
        if trigger.generic or trigger.joins:
            frame.event_type = root.event_type
        root.mentions += 1

    @staticmethod
    def _has_pronoun(sent: Span) -> bool:
        return any(t.lower_ in PRONOUNS for t in sent)

    def _topic_person(self, index: int, exclude: list[str]) -> str | None:
        """The person a pronoun most likely means: the last acting person of the previous sentences."""
        for previous in range(index - 1, max(index - 3, -1), -1):
            for slot in reversed(self.actors.slots.get(previous, [])):
                if slot.entity_type == "PERSON" and slot.side == "strong" and slot.entity_id not in exclude:
                    return slot.entity_id
        return None

    # -- status, date, place -----------------------------------------------------
    def _status(self, sent: Span, frame: Frame) -> str:
        """The strongest cue nearest to this frame's triggers; past tense or a past date means it happened."""
        trigger_tokens = [t.token for t in frame.triggers]
        all_triggers = sorted(set(self._sentence_frame_tokens(sent)) | set(trigger_tokens))
        found: set[str] = set()
        for token in sent:
            status = next((s for s, pattern in STATUS_CUES if pattern.match(token.lower_)), None)
            if status is None or token.i in trigger_tokens:
                continue
            nearest = min(all_triggers, key=lambda t: abs(t - token.i))
            if nearest in trigger_tokens and abs(nearest - token.i) <= 12:
                if status == "denied" and not self._negates(token, trigger_tokens):
                    continue
                found.add(status)
        for trigger in trigger_tokens:
            previous = self.doc[trigger - 1] if trigger > sent.start else None
            for status, pattern in STATUS_CUES:
                if previous is not None and pattern.match(previous.lower_) and status not in ("denied",):
                    return status
        if found:
            return min(found, key=STATUS_ORDER.index)
        if any(PAST_FORMS.match(t.lower_) for t in sent):
            return "happened"
        return "happened" if not frame.anaphoric or frame.antecedent is None else frame.antecedent.status

    def _sentence_frame_tokens(self, sent: Span) -> list[int]:
        return [t.token for t in self._triggers(sent)]

    def _negates(self, token: Token, triggers: list[int]) -> bool:
        """'keine Reise geplant', 'findet nicht statt': a negation right before the trigger or its verb."""
        return any(0 < t - token.i <= 2 for t in triggers)

    def _assign_dates(self, sent: Span, frames: list[Frame], dates: list[DateMention],
                      previous_dates: list[DateMention]) -> None:
        """Each date goes to the nearest frame that introduces an event; anaphors keep their antecedent's date."""
        event_dates = [d for d in dates if not is_boundary(sent.text, d)]
        fresh = [f for f in frames if not f.anaphoric]
        for mention in event_dates:
            if not fresh:
                break
            char = sent.start_char + mention.start
            frame = min(fresh, key=lambda f: min(abs(self.doc[t.token].idx - char) for t in f.triggers))
            if frame.date is None:
                frame.date = self._redate(mention, sent, frame)
        if any(t.lower_ == "damals" for t in sent) and previous_dates:
            for frame in fresh:
                frame.date = frame.date or previous_dates[-1]
        for frame in frames:
            if frame.date is None and frame.antecedent is not None:
                frame.date = frame.antecedent.date
            if frame.anaphoric and frame.antecedent is not None and frame.antecedent.date is None and event_dates:
                frame.antecedent.date = frame.date = event_dates[0]

    def _redate(self, mention: DateMention, sent: Span, frame: Frame) -> DateMention:
        """Weekdays point forward for plans and backward for reports."""
        if mention.relative and frame.status == "happened":
            again = find_dates(sent.text[mention.start:mention.end], self.published, future=False)
            if again:
                d = again[0]
                return DateMention(mention.start, mention.end, d.value, d.precision, True)
        return mention

    def _assign_locations(self, frames: list[Frame], slots: list[ActorSlot]) -> None:
        places = [s for s in slots if s.is_place]
        for frame in frames:
            if places:
                nearest = min(places, key=lambda s: min(abs(s.token_start - t.token) for t in frame.triggers))
                frame.location = nearest.mention_entity_id
                if frame.event_type == "VISIT" and nearest.entity_id not in frame.sides:
                    frame.sides.append(self._country_of_place(nearest))
            elif frame.antecedent is not None:
                frame.location = frame.antecedent.location

    def _country_of_place(self, slot: ActorSlot) -> str:
        from orchestration.nlp.knowledge import load_knowledge

        kb = load_knowledge()
        actor = kb.actors.get(slot.mention_entity_id)
        country = kb.country(actor.country) if actor is not None and actor.kind != "country" else None
        if country is not None:
            self.actors.entities.setdefault(country.entity_id, _entity_of(country))
            return country.entity_id
        return slot.mention_entity_id

    def _refine_generic_types(self) -> None:
        """'Kontakt aufnehmen' followed by 'ein Telefonat' with the same sides is that call."""
        for frame in self.frames:
            if frame.event_type not in ("CONTACT", "NEGOTIATION") or frame.anaphoric:
                continue
            for other in self.frames:
                if other is frame or abs(other.sentence - frame.sentence) > 2:
                    continue
                if other.event_type in ("CALL", "MEETING", "VISIT") and set(frame.sides) <= set(other.sides) \
                        and len(frame.sides) >= 2:
                    frame.event_type = other.event_type
                    break

    # -- output ------------------------------------------------------------------
    def _to_mention(self, frame: Frame) -> EventMention | None:
        is_contact = frame.event_type in CONTACT_TYPES
        if is_contact and len(frame.sides) < 2:
            return None
        if not frame.sides:
            return None
        sent = self.sentences[frame.sentence]
        trigger = self.doc[frame.triggers[0].token]
        confidence = 0.9 if not frame.anaphoric else 0.7
        confidence -= 0.1 if frame.pronoun else 0.0
        key = f"{self.article_id}:{sent.start_char}:{trigger.idx}:{frame.event_type}:{','.join(sorted(frame.sides))}"
        frame.key = hashlib.sha1(key.encode()).hexdigest()[:16]
        text = sent.text.strip()
        start = sent.start_char + len(sent.text) - len(sent.text.lstrip())
        return EventMention(
            mention_id=frame.key, article_id=self.article_id,
            sentence_index=frame.sentence, start_char=start, end_char=start + len(text),
            sentence_text=text, event_type=frame.event_type, status=frame.status,
            event_date=frame.date.value if frame.date else None,
            date_precision=frame.date.precision if frame.date else None,
            trigger_text=trigger.text, trigger_start=trigger.idx, trigger_end=trigger.idx + len(trigger.text),
            participant_ids=sorted(frame.sides), location_id=frame.location, confidence=round(confidence, 2),
            anaphoric=frame.anaphoric,
            local_event_key=frame.antecedent.key if frame.antecedent is not None and frame.antecedent.key else frame.key,
        )


def _pick_type(types: list[str]) -> str:
    order = ["CALL", "VISIT", "MEETING", "NEGOTIATION", "CONTACT", "AGREE", "DEMAND", "THREATEN", "SANCTION",
             "CRITICIZE", "ATTACK"]
    return min(types, key=order.index)


def _unique(items) -> list[str]:
    return list(dict.fromkeys(items))


def _entity_of(actor):
    from orchestration.nlp.records import Entity

    return Entity(actor.entity_id, actor.name, actor.entity_type, actor.wikidata_id, actor.country, None,
                  sorted(actor.aliases), in_knowledge_base=True)


def extract_events(doc: Doc, actors: ArticleActors, article_id: str, published: date | None) -> list[EventMention]:
    return EventExtractor(doc, actors, article_id, published).extract()
