"""Stage 6, references back: what a pronoun, "die beiden" or "das Treffen" stands for.

German news names an event once and then keeps referring to it: "das Treffen", "der Gipfel",
"bei dem Gespräch", "die Verhandlungen". Such a report without sides of its own takes the sides,
date and place of the event it refers to: the most recent event of its kind in the last sentences
(a generic noun such as "die Gespräche" may refer to any contact), one that includes the sides it
does name. "Ein weiteres Treffen", "das nächste Gespräch" are new events of the same sides.
Pronouns stand for the person the text is about: the nearest person before them in the sentence,
else the first person of the sentences before, of the pronoun's gender where it is known.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from orchestration.nlp.actors import ActorSlot
from orchestration.nlp.dates import DateMention
from orchestration.nlp.events.dating import dates_may_agree, negotiations_as_a_whole
from orchestration.nlp.events.places import places_agree
from orchestration.nlp.events.sentence import DETERMINERS, POSSESSIVES, PREPOSITIONS, Sentence, is_attributive, is_finite_verb
from orchestration.nlp.events.triggers import Trigger
from orchestration.nlp.events.words import in_list, word_list
from orchestration.nlp.knowledge import KnowledgeBase
from orchestration.nlp.pipeline import known_role_noun
from orchestration.nlp.records import CONTACT_TYPES
from orchestration.nlp.codebook import family_of

DEFINITE = frozenset({"der", "die", "das", "den", "dem", "des", "zum", "zur", "vom", "beim", "im", "am", "dieses",
                      "diese", "dieser", "diesem", "diesen", "jenes", "jene"})
NEW_EVENT_WORDS = ("weitere", "erneute", "nächste", "zweite", "dritte", "neue", "neuen", "neuer", "neues",
                   "nächsten", "weiteren", "erneuten", "kommende", "kommenden", "zweiten", "dritten")
EARLIER_EVENT_WORDS = ("letzte", "frühere", "vorige", "vorherige", "damalige", "vergangene", "letzten", "früheren",
                       "damaligen", "vergangenen", "vorigen")
# Nouns for talk of any kind: they take the type of the event they refer to ("das Gespräch" after a call).
GENERIC_LEMMAS = frozenset({"gespräch", "kontakt", "beratung", "konsultation", "gesprächsrunde"})
REACH = 10  # sentences a reference back may reach, and five more for every time the article came back to it
LENDING_REACH = 3  # sentences after the event's first report a bare reference back may still date it


def in_reach(root: "Frame", sentence: int) -> bool:
    return sentence - root.last_sentence <= REACH + 5 * (root.mentions - 1)


@dataclass
class Frame:
    """One event one sentence reports."""

    sentence: int
    triggers: list[Trigger]
    event_type: str
    sides: list[str] = field(default_factory=list)
    status: str = "happened"
    date: DateMention | None = None
    location: str | None = None
    antecedent: "Frame | None" = None
    pronoun: bool = False
    past: bool = False  # told in a past tense
    reportable: bool = True  # a diplomatic contact (or context event); others are kept as what references refer to
    collective: bool = False  # a summit of one organisation ("EU-Gipfel"): one side is enough
    private: bool = False  # with private people: "ein Treffen mit den Aktivistinnen", "mit Luisa Neubauer"
    one_sided: bool = False  # names only whom someone unnamed talks with: "Gespräche mit Polen und Tschechien"
    mentions: int = 1
    last_sentence: int = 0
    key: str = ""

    @property
    def root(self) -> "Frame":
        return self.antecedent or self

    @property
    def family(self) -> str:
        return family_of(self.event_type)

    @property
    def is_contact(self) -> bool:
        return self.event_type in CONTACT_TYPES


def is_generic(trigger: Trigger) -> bool:
    """Talk of any kind ('das Gespräch', 'die Kontakte'), not talk its sentence calls negotiations."""
    return trigger.word.lemma in GENERIC_LEMMAS and trigger.event_type != "NEGOTIATION"


def refers_back(trigger: Trigger) -> bool:
    """'das Treffen', 'beim Gipfel', 'die Gespräche', 'seinem Besuch': a noun that can name an event
    already reported."""
    if not trigger.is_noun or starts_new_event(trigger) or names_ties(trigger):
        return False
    if is_corresponding(trigger) or \
            trigger.determiner in ("ein", "eine", "einen", "einem", "eines") and any(m.startswith("solch") for m in
                                                                                       trigger.modifiers):
        return True  # "eine entsprechende Einladung", "ein solches Treffen" (plural "solche Treffen" is any)
    return trigger.determiner in DEFINITE or trigger.determiner in POSSESSIVES


def names_ties(trigger: Trigger) -> bool:
    """'Großbritannien will den Kontakt nach Europa nicht verlieren', 'Im Sinne der Kontakte ist das eine Botschaft':
    a noun of ties (tie_lemma) names a standing relation, or people's contacts in a pandemic, not an event already
    reported; only its own phrase can give it sides ('hat Kontakt mit Paris aufgenommen')."""
    return in_list("tie_lemma", trigger.word.lemma)


def is_corresponding(trigger: Trigger) -> bool:
    """'eine entsprechende Einladung': one answering to what was just said, not to the event the
    article keeps returning to."""
    return any(m.startswith("entsprechend") for m in trigger.modifiers)


def starts_new_event(trigger: Trigger) -> bool:
    return any(m.startswith(NEW_EVENT_WORDS) for m in trigger.modifiers)


def joins_others(trigger: Trigger) -> bool:
    """'ein dreiseitiges Treffen inklusive Selenskyj': the sides of the event under discussion and more."""
    return any(m.startswith(("dreiseitig", "trilateral", "dreier")) for m in trigger.modifiers) \
        or trigger.text.lower().startswith(("dreier", "trilateral"))


def is_any_such(trigger: Trigger) -> bool:
    """'solche Treffen', 'solche Kontakte': meetings of that kind in general, no event; so is 'jedes Telefonat', 'bei
    jedem Besuch': every event of the kind, none in particular."""
    return trigger.is_noun and (trigger.determiner is None and any(m.startswith("solch") for m in trigger.modifiers)
                                or every_one(trigger))


EVERY = frozenset({"jede", "jeder", "jedes", "jedem", "jeden"})


def every_one(trigger: Trigger) -> bool:
    """'jedes Telefonat', 'bei jedem offiziellen Besuch': 'jede' before the noun and its adjectives."""
    for modifier in reversed(trigger.modifiers):
        if modifier in EVERY:
            return True
        if not is_attributive(modifier):
            return False
    return False


def is_earlier_event(trigger: Trigger) -> bool:
    """'das letzte Treffen', 'ihrem ersten Treffen': an event before the one under discussion."""
    return any(m.startswith(EARLIER_EVENT_WORDS) for m in trigger.modifiers)


def antecedent(frames: list[Frame], frame: Frame, sharing: list[str], kb: KnowledgeBase,
               polities: Callable[[list[str]], set[str]], same_place: bool = True,
               collective_only: bool = False, told_by: list[str] = ()) -> Frame | None:
    """The event a reference back refers to: of its family (any contact for generic nouns), including
    every side the reference names itself (or the state of one: 'Russland' for Putin's summit; anyone
    may attend a summit of an organisation), at no other place or date. "Der Gipfel" is the summit
    called so before, else one of its type, the one the article keeps talking about; "das Gespräch"
    the talk just reported. told_by: whose account the reference's sentence gives ('laut Paris'): a party reports its
    own contact, so not one of sides without it (prefer none to the wrong one)."""
    def is_person(side: str) -> bool:
        actor = kb.actors.get(side)
        return actor is None or actor.kind == "person"

    def states_only(root: Frame) -> bool:
        """A contact reported between states or organisations alone ('ein Telefonat auf höchster Ebene'
        between the EU and London): talk of their leaders ('nach ihrem Gespräch') may refer to it."""
        return not any(is_person(side) for side in root.sides)

    generic = all(is_generic(t) for t in frame.triggers)
    roots = {id(f.root): f.root for f in frames if in_reach(f.root, frame.sentence)}
    candidates = [r for r in roots.values() if r.is_contact and r is not frame and (r.collective or not collective_only)
                  and (generic or r.family == frame.family or summit_held_remotely(r, frame)
                       or named_by_its_mode(r, frame))
                  and (r.collective or all(side in r.sides or (not is_person(side) or generic and states_only(r))
                                           and bool(polities([side])) and polities([side]) <= polities(r.sides)
                                           for side in sharing))
                  and (len(r.sides) >= 2 or r.collective)
                  and (r.collective or polities(list(told_by)) <= polities(r.sides))
                  and (not same_place or places_agree(frame.location, r.location, kb))
                  and (not same_place or frame.date is None or r.date is None or dates_may_agree(frame.date, r.date))]
    nouns: dict[int, set[str]] = {}
    named: dict[int, set[str]] = {}  # lemmas of hyphenated names: 'die Asien-Pazifik-Konferenz'
    for f in frames:
        nouns.setdefault(id(f.root), set()).update(t.word.lemma for t in f.triggers if t.is_noun)
        named.setdefault(id(f.root), set()).update(t.word.lemma for t in f.triggers if t.is_noun and "-" in t.text)
    if not generic:
        candidates = [r for r in candidates if not told_of_another_since(frames, frame, r, polities, nouns)]
    same_noun = named_so_before(roots.values(), frame, named, polities)
    lemmas = {t.word.lemma for t in frame.triggers if t.is_noun}
    if same_noun is not None and not any(lemmas & nouns.get(id(r), set()) for r in candidates) \
            and same_noun.last_sentence >= max((r.last_sentence for r in candidates), default=-1):
        return same_noun  # "Die Asien-Pazifik-Konferenz gibt es seit 1986 ... findet die Konferenz digital statt"
    if not candidates:
        return None
    if not generic and rival_names(frames, frame, candidates):
        return None  # "Das G7-Treffen in Elmau ... weiter zum NATO-Gipfel ... die Ergebnisse des Gipfels": either
    if generic:  # "das Gespräch": the talk just reported
        return max(candidates, key=lambda r: (r.last_sentence, r.mentions))
    if any(is_corresponding(t) for t in frame.triggers):
        # "eine entsprechende Einladung" after "auf das Treffen in Berlin könnte ein weiteres in Paris
        # folgen": the event the last sentence brought up, not the one it came back to
        return max(candidates, key=lambda r: (r.last_sentence, r.sentence))
    lemmas = {t.word.lemma for t in frame.triggers}
    return max(candidates, key=lambda r: (bool(lemmas & {t.word.lemma for t in r.triggers}),
                                          r.event_type == frame.event_type, r.mentions, r.last_sentence))


def format_name(text: str) -> str | None:
    """The abbreviation a compound names its meeting by: 'G7-Treffen', 'G-7-Gipfel' -> 'g7', 'NATO-Gipfel' -> 'nato',
    'EU-Sondergipfel' -> 'eu'; none for 'Gipfel', 'Nato-Treffen' or 'Biden-Putin-Gipfel' (no abbreviation before the
    head)."""
    head = text.rsplit("-", 1)
    if len(head) != 2:
        return None
    name = head[0].replace("-", "")
    return name.lower() if name.isalnum() and name.isupper() else None


def rival_names(frames: list[Frame], frame: Frame, candidates: list[Frame]) -> bool:
    """'Das G7-Treffen in Elmau ... Auch Scholz muss weiter zum NATO-Gipfel ... die Ergebnisse des Gipfels': a
    reference that names no meeting itself ('der Gipfel'), where the events it may refer to were called by two
    names of a format (format_name), may be either; it takes the sides of neither (prefer none to the wrong one)."""
    if any(format_name(t.text) for t in frame.triggers):
        return False
    names: dict[int, set[str]] = {}
    for f in frames:
        names.setdefault(id(f.root), set()).update(n for t in f.triggers if t.is_noun and (n := format_name(t.text)))
    found = [names.get(id(r), set()) for r in candidates]
    return len(set().union(*found)) >= 2 and sum(1 for n in found if n) >= 2


def told_by(sentence: Sentence) -> list[str]:
    """The actors whose account the sentence gives: 'laut Paris', 'nach Angaben des Kremls', 'dem Kreml zufolge'
    (not 'Gespräche mit Paris', 'laut' naming no actor)."""
    cues = word_list("readout_source")
    found = []
    for slot in sentence.slots:
        before = sentence.lowers[max(sentence.start, slot.token_start - 3):slot.token_start]
        after = sentence.lowers[slot.token_end] if slot.token_end < sentence.end else ""
        if any(cues.get(w) == "before" for w in before) or cues.get(after) == "after":
            found.append(slot.entity_id)
    return found


def told_of_another_since(frames: list[Frame], frame: Frame, root: Frame, polities: Callable[[list[str]], set[str]],
                          nouns: dict[int, set[str]]) -> bool:
    """'Selenskyj werde in Dschidda mit bin Salman zusammentreffen. Die Schweiz organisiert das Treffen auf dem
    Bürgenstock. Der Gipfel soll ...': since the event was last named, the article told of one of its family that
    did not refer to it, naming a side it lacks; or it named another such event by the reference's own noun, which
    the event never was called ('besucht vor Friedensgipfel Saudi-Arabien ... vor dem Friedensgipfel'). The
    reference may be either, so it takes the sides of neither. nouns: the noun lemmas of each event (by id)."""
    lemmas = {t.word.lemma for t in frame.triggers if t.is_noun}
    if root.collective:
        return False  # a summit of an organisation: anyone may attend, and the article keeps coming back to it
    return any(f.antecedent is None and f is not frame and f is not root and f.sentence <= frame.sentence
               and f.family == frame.family and f.event_type == frame.event_type and len(f.sides) < 2
               and not f.collective and all(t.is_noun and not is_generic(t) for t in f.triggers)
               and (f.sentence > root.last_sentence and all(refers_back(t) for t in f.triggers)
                    and bool(polities(f.sides)) and not polities(f.sides) <= polities(root.sides)
                    or f.sentence == root.sentence and lemmas & {t.word.lemma for t in f.triggers}
                    and not lemmas & nouns.get(id(root), set()))
               for f in frames)


def named_so_before(roots, frame: Frame, named: dict[int, set[str]],
                    polities: Callable[[list[str]], set[str]]) -> Frame | None:
    """The latest event whose sides are unknown that the article called by a name whose head is the
    reference's noun (named: the lemmas of each event's hyphenated names): 'die Konferenz' after 'die
    Asien-Pazifik-Konferenz, die die Region und Deutschland verbinden soll' is that conference, not the
    negotiations reported before it; none for talk of any kind ('das Gespräch', 'die Gespräche').

    >>> named_so_before([], Frame(3, [], "MEETING"), {}, set)
    """
    lemmas = {t.word.lemma for t in frame.triggers if t.is_noun} - GENERIC_LEMMAS
    found = [r for r in roots if r is not frame and r.is_contact and r.sentence < frame.sentence and not r.collective
             and not polities(r.sides) and lemmas & named.get(id(r), set())]
    return max(found, key=lambda r: r.last_sentence, default=None)


CONFERENCE_CALLS = frozenset({"videokonferenz", "videogipfel", "telefonkonferenz", "videoschalte", "schalte"})


def summit_held_remotely(root: Frame, frame: Frame) -> bool:
    """'der Gipfel' after 'die Videokonferenz der Staats- und Regierungschefs' or 'ein virtueller
    Gipfel': a meeting held by video is the call reported before ('das Treffen' after 'ein Telefonat'
    is not); not a summit dated by a year alone ('2014 hatten sich die Nato-Staaten beim Gipfel in Wales
    verpflichtet' after 'vor einer Videokonferenz der Nato-Außenminister' is a summit of its own)."""
    if frame.event_type != "MEETING" or root.event_type != "CALL" \
            or frame.date is not None and frame.date.precision == "year" \
            or any(m.startswith(tuple(word_list("in_person_adjective"))) for t in frame.triggers for m in t.modifiers):
        return False  # "persönliche Gipfeltreffen", "ein physisches Treffen": not by video
    return any(t.is_noun and (t.word.event_type != "CALL" or t.word.lemma in CONFERENCE_CALLS) for t in root.triggers)


def named_by_its_mode(root: Frame, frame: Frame) -> bool:
    """'das Telefonat' or 'das Treffen in Paris' after 'Scholz sprach am Montag mit Macron': talk of any kind, told
    with no mode, is named by the call or meeting it was (not by 'ein neuer Gipfel', another event)."""
    return root.event_type == "CONTACT" and frame.event_type in MODES and refers_back(frame.triggers[0]) \
        and not all(is_generic(t) for t in frame.triggers)


MODES = frozenset({"CALL", "MEETING"})


def take_the_type_of_the_root(frames: list[Frame]) -> None:
    """A reference back by talk of any kind ('das Gespräch') has the type of the event it refers to, also where
    that event's type was settled after it attached ('sprach mit Macron ... Das Gespräch ... Das Telefonat')."""
    for frame in frames:
        root = frame.root
        if root is not frame and root.is_contact and frame.is_contact and all(is_generic(t) for t in frame.triggers):
            frame.event_type = root.event_type


def is_latest(trigger: Trigger) -> bool:
    """'die jüngsten Verhandlungen', 'das letzte Gespräch': the contact that took place most recently."""
    return trigger.is_noun and any(m.startswith(("jüngst", "kürzlich")) for m in trigger.modifiers)


def latest_held(frames: list[Frame], sentence: int) -> Frame | None:
    for frame in reversed(frames):
        root = frame.root
        if root.status == "happened" and root.is_contact and len(root.sides) >= 2 and sentence - root.last_sentence <= 6:
            return root
    return None


def continued(frames: list[Frame], frame: Frame) -> Frame | None:
    """'Geplant ist ein Telefonat' after 'Trump will mit Putin Kontakt aufnehmen': a report without any
    side continues the contact just planned or sought, of its own kind or a contact of any kind; not
    one that took place ('Biden traf Putin in Genf. ... eine Gelegenheit für ein Treffen')."""
    for earlier in reversed(frames):
        root = earlier.root
        if frame.sentence - root.last_sentence > 4:
            break
        if root.is_contact and len(root.sides) >= 2 and (root.event_type == "CONTACT" or
                                                         root.status != "happened" and root.family == frame.family):
            return root
    return None


def attach(frame: Frame, root: Frame) -> None:
    """A reference back takes the sides, date and place of the event it refers to."""
    root = root.root
    frame.antecedent = root
    restates = lends_its_date(frame, root)  # by its own sides, before it takes the event's
    frame.sides = list(dict.fromkeys(root.sides + frame.sides))
    frame.collective = root.collective
    if root.date is not None:
        frame.date = root.date  # its own clause may date something else: "fand nach dem Treffen im Februar statt"
    elif frame.date is not None and restates and not negotiations_as_a_whole(frame.triggers):
        root.date = frame.date  # "Trump und Putin begegnen sich. ... Das Treffen findet am Freitag statt."
        # not "die Verhandlungen am Dienstag ausgesetzt" after "ein Treffen": the day of a process's turn
    frame.location = frame.location or root.location
    if root.is_contact and frame.is_contact and all(is_generic(t) or root.collective and t.word.status == "proposed"
                                                    for t in frame.triggers):
        frame.event_type = root.event_type  # "das Gespräch"; "die Einladung" to a summit of a body is to attend it
    elif root.event_type == "CALL" and frame.event_type == "MEETING":
        frame.event_type = "CALL"  # "nach dem Gipfel" after "per Videokonferenz": the summit was held by video
    elif named_by_its_mode(root, frame):
        root.event_type = frame.event_type  # "sprach mit Macron ... Das Telefonat dauerte eine Stunde": a call
    root.mentions += 1
    root.last_sentence = frame.sentence


def lends_its_date(frame: Frame, root: Frame) -> bool:
    """'Macron reist nach Beirut. ... Deswegen reist Macron am heutigen Montagabend nach Beirut': a report that names
    all the event's sides again restates it and dates it anywhere within reach; a bare reference ('Das Treffen findet
    am Freitag statt') only a few sentences after the event's first report."""
    if frame.sentence - root.sentence <= LENDING_REACH:
        return True
    if root.collective:
        return False  # a body's summit runs over days: 'Man brauche mehr Zeit auf dem EU-Gipfel' tells one of them
    return bool(frame.triggers) and not any(is_generic(t) for t in frame.triggers) and set(root.sides) <= set(frame.sides) \
        and in_reach(root, frame.sentence)


def both_sides(frames: list[Frame], sentence: int, named: set[str] = frozenset()) -> list[str]:
    """'die beiden', 'beide Seiten': the sides of the contact just reported; 'Bei ihrem ersten Treffen
    war Biden ...' a few sentences on: the contact of the person the clause names."""
    for frame in reversed(frames):
        root = frame.root
        reach = 8 if named else 3
        if root.is_contact and sentence - root.last_sentence <= reach and len(root.sides) >= 2 \
                and named <= set(root.sides):
            return list(root.sides)
    return []


def resolve_pronoun(sentence: Sentence, pronoun: int, earlier: list[list[ActorSlot]],
                    kb: KnowledgeBase) -> str | None:
    """The person a pronoun stands for: before it in the sentence, else first in the sentences before."""
    gender = pronoun_gender(sentence.lowers[pronoun])
    here = [s for s in sentence.slots if s.token_start < pronoun and _could_be(s, gender, kb)]
    if here:
        return here[-1].entity_id
    for slots in earlier:
        people = [s for s in slots if _could_be(s, gender, kb)]
        found = next((s for s in people if speaks_after_a_comma(sentence, s)), people[0] if people else None)
        if found is not None:
            return found.entity_id
    return None


def speaks_after_a_comma(sentence: Sentence, slot: ActorSlot) -> bool:
    """'Man glaube nicht, dass Präsident Putin angreife, sagte US-Verteidigungsminister Lloyd Austin. Er
    telefonierte auch mit Lambrecht': the speaker after a closing ', sagte' is the subject of the sentence's
    main clause, whom the next sentence's pronoun continues, not a person of the reported speech before
    (the token lists are the article's, so slots of earlier sentences read too)."""
    from orchestration.nlp.events.triggers import verb_lemma
    from orchestration.nlp.pipeline import known_role_noun

    j = slot.token_start - 1
    while j > 0 and (known_role_noun(sentence.texts[j]) is not None or is_attributive(sentence.lowers[j])
                     or sentence.lowers[j] in ("der", "die") or sentence.texts[j].endswith("-")):
        j -= 1  # "sagte | US-Verteidigungsminister | Lloyd Austin", "sagte der britische Premier"
    return j > 0 and sentence.texts[j - 1] in (",", "“", '"') and sentence.lowers[j].isalpha() \
        and in_list("speaking_verb", verb_lemma(sentence.lowers[j]))


def subject_after(sentence: Sentence, pronoun: int, agents: list[ActorSlot], kb: KnowledgeBase) -> str | None:
    """'Schon vor seinem Treffen mit Lawrow hatte Borrell erklärt': a possessive in a phrase that opens
    the sentence, before its finite verb, stands for the person who acts after that verb."""
    if pronoun - 2 > sentence.start + 1 or sentence.lowers[pronoun - 1] not in PREPOSITIONS:
        return None  # "Vor seinem", "Schon vor seinem": the phrase opens the sentence
    gender = pronoun_gender(sentence.lowers[pronoun])
    after = [s for s in agents if s.token_start > pronoun and _could_be(s, gender, kb)
             and any(is_finite_verb(w) for w in sentence.texts[pronoun:s.token_start])]
    return after[0].entity_id if after else None


def unnamed_group_after(sentence: Sentence, pronoun: int) -> bool:
    """'Nach ihrem Besuch in der Ukraine haben drei deutsche Parlamentarier gefordert', 'Nach seinem Besuch hat der
    CDU-Abgeordnete erklärt': a possessive in a phrase opening the sentence belongs to the subject right after the
    finite verb; where that subject is people no name and no office of one holder names, nobody named before is
    meant (an office like 'der Kanzler' is read as its holder elsewhere)."""
    if pronoun - 2 > sentence.start + 1 or sentence.lowers[pronoun - 1] not in PREPOSITIONS:
        return False
    verb = next((j for j in range(pronoun + 1, sentence.end) if is_finite_verb(sentence.texts[j])), None)
    if verb is None:
        return False
    j = verb + 1
    while j < sentence.end and j - verb <= 4 and not sentence.texts[j][:1].isupper():
        j += 1  # "der", "drei führende deutsche"
    if j >= sentence.end or j == verb + 1 or not sentence.texts[j][:1].isupper():
        return False
    slot = sentence.slot_at(j)
    head = sentence.lowers[j].rsplit("-", 1)[-1]
    return (slot is None or slot.kind == "compound") and head.startswith(tuple(word_list("unnamed_group_stem"))) \
        and known_role_noun(sentence.texts[j].rsplit("-", 1)[-1]) is None


def pronoun_gender(lower: str) -> str | None:
    if lower.startswith(("er", "sein", "ihm", "ihn", "dessen")) or lower == "dieser":
        return "m"
    if lower.startswith(("sie", "ihr", "deren")):
        return "f"
    return None


def _could_be(slot: ActorSlot, gender: str | None, kb: KnowledgeBase) -> bool:
    if slot.entity_type != "PERSON" or slot.side == "none":
        return False
    actor = kb.actors.get(slot.entity_id)
    return gender is None or actor is None or actor.gender is None or actor.gender == gender


def names_several(sentence: Sentence, at: int, feminine: bool) -> bool:
    """'die Präsidenten', 'mit den wichtigsten Chefs', 'das Treffen der Außenminister': the article of a
    plural office ('die' of a masculine noun, 'den' after a preposition of the dative, 'der' after a noun),
    not 'die Präsidentin', 'empfing den Präsidenten' nor 'das Büro der Kanzlerin'."""
    j = at - 1
    while j > sentence.start and is_attributive(sentence.lowers[j]):
        j -= 1  # "den | wichtigsten"
    article = sentence.lowers[j]
    if article == "die":
        return not feminine
    if article == "der" and j > sentence.start and sentence.texts[j - 1][:1].isupper() and not feminine:
        return True  # "das Treffen der Außenminister": after a noun, 'der' of a masculine is the plural genitive
    return article == "den" and j > sentence.start and sentence.lowers[j - 1] in DATIVE_PREPOSITIONS


DATIVE_PREPOSITIONS = frozenset({"mit", "bei", "von", "zu", "nach", "aus", "seit", "gegenüber"})


def holder_named_before(sentence: Sentence, at: int, entities: dict, people: list[str], kb: KnowledgeBase) -> str | None:
    """The one person named before who holds the office a noun names: 'Lagarde ... stand die
    EZB-Präsidentin in Kontakt mit Macron' is Lagarde; none when two people named hold it, when the
    gender does not fit, or for a plural ('die Präsidenten')."""
    from orchestration.nlp.pipeline import known_role_noun

    found = known_role_noun(sentence.texts[at])
    if found is None:
        return None
    feminine = sentence.lowers[at].endswith("in")
    if names_several(sentence, at, feminine):
        return None

    def fits(person: str) -> bool:
        actor = kb.actors.get(person)
        return actor is None or actor.gender is None or (actor.gender == "f") == feminine

    holders = [p for p in people if p in entities and entities[p].role == found[0] and fits(p)]
    return holders[0] if len(holders) == 1 else None


LEADERS = frozenset({"head_of_state", "head_of_government"})  # "die beiden Staatschefs" may be a chancellor and a president


def plural_office_holders(office: str, people: list[str], entities: dict, polities: Callable[[list[str]], set[str]]) -> list[str]:
    """Who 'das Treffen der Führer' or 'der beiden Außenminister' names: the two people named around it
    who hold that office, of two states ('Putin hat keinen US-Präsidenten mehr getroffen. Das letzte
    Treffen der Führer fand 2021 statt, unter Bidens Präsidentschaft' is Putin and Biden); none when
    fewer or more hold it, or both act for one state.

    >>> plural_office_holders("head_of_state", [], {}, lambda sides: set(sides))
    []
    """
    def holds(person: str) -> bool:
        role = getattr(entities.get(person), "role", None)
        return role == office or role in LEADERS and office in LEADERS

    holders = [p for p in dict.fromkeys(people) if holds(p)]
    if len(holders) != 2 or len(polities(holders)) != 2:
        return []
    return holders
