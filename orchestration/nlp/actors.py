"""Actors of one article: recognised spans resolved to entities, plus the mentions spaCy cannot see.

German news names a person in full once and then by surname ("Lawrow",
"Putins"), by role ("der russische Präsident", "dem russischen Staatsoberhaupt")
or inside compounds ("Trump-Putin-Gipfel"). Everything here works on one
article so that those short forms resolve to the full names it introduced.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

import numpy
from spacy.attrs import SENT_START
from spacy.tokens import Doc

from orchestration.nlp.knowledge import Actor, KnowledgeBase, Role, load_knowledge, slug_id
from orchestration.nlp.lexicon import is_calendar_word, is_common_noun, is_date_phase, is_ordinary_word, name_word_class
from orchestration.nlp.limits import bounded_slots
from orchestration.nlp.names import alias_spelling, fold, one_edit_apart, surname, unglued_surname
from orchestration.nlp.pipeline import (
    is_capitalised,
    known_role_noun,
    opens_sentence,
    positions,
    reads_as_adverb,
    token_lowers,
    token_offsets,
    token_texts,
)
from orchestration.nlp.records import Entity, EntityMention

DETERMINERS = frozenset({"der", "die", "das", "den", "dem", "des", "zum", "zur", "vom", "beim"})
ARTICLES = frozenset({"ein", "eine", "einer", "eines", "einem", "einen", "im", "am", "ins", "ans"})
PLACE_PREPOSITIONS = frozenset({"in", "im", "ins", "nach", "aus", "auf", "bei", "am", "vor", "von"})
# A country after these is what is talked about or aimed at, not a party: "über Russland", "gegen die Ukraine".
TOPIC_PREPOSITIONS = frozenset({"über", "gegen", "um", "für", "wegen"})
# Nouns for the officials of a side: "russische Unterhändler", "US-Delegierte", "auf ukrainischer Seite".
GROUP_NOUNS = ("unterhändler", "delegation", "delegierte", "vertreter", "beamte", "diplomat", "seite", "regierung",
               "führung", "führungspersönlichkeit", "hauptstädte", "partner", "verbündete", "staats- und regierungschef",
               "regierungschef", "militär", "gesandte", "abgesandte", "emissär", "unterhändlerin", "politiker",
               "amtskolleg", "kollegen", "staatschef")
NO_SIDE_ROLES = frozenset({"spokesperson"})
# "der designierte US-Präsident": whoever takes the office next.
ELECT_WORDS = ("designiert", "gewählt", "künftig", "zukünftig", "neugewählt")
WEAK_SIDE_ROLES = frozenset({"adviser", "chief_of_staff", "intelligence_director"})
NAME_KINDS = frozenset({"name", "short_name", "affiliation"})  # what a mention may add to the aliases


@dataclass
class ActorSlot:
    """An actor occurring in a sentence, as event extraction sees it."""

    entity_id: str  # the entity that acts: a capital used as an actor stands for its country
    mention_entity_id: str  # the entity named in the text
    token_start: int
    token_end: int
    start_char: int
    entity_type: str
    kind: str
    is_place: bool
    side: str  # strong, weak or none


@dataclass
class ArticleActors:
    entities: dict[str, Entity]
    mentions: list[EntityMention]
    slots: dict[int, list[ActorSlot]]  # sentence index -> slots in text order
    text: str = ""
    sentence_of: list[int] = field(default_factory=list)  # token index -> sentence index


def _mention_id(article_id: str, start: int, end: int) -> str:
    return hashlib.sha1(f"{article_id}:{start}:{end}".encode()).hexdigest()[:16]


class ActorResolver:
    """Turns one parsed article into entity mentions and per-sentence actor slots."""

    def __init__(self, doc: Doc, kb: KnowledgeBase, article_id: str, published: date | None,
                 text: str | None = None) -> None:
        self.doc, self.kb, self.article_id, self.published = doc, kb, article_id, published
        self.text = doc.text if text is None else text  # Doc.text joins every token: pass it in when known
        # The rules read token strings and offsets from arrays: a Token object per look costs more than the rule.
        self.texts, self.lowers, self.offsets = token_texts(doc), token_lowers(doc), token_offsets(doc)
        self.ents = list(doc.ents)
        self.ent_at = {ent.start: ent for ent in self.ents}
        self.in_ent = {i for ent in self.ents for i in range(ent.start, ent.end)}
        starts = doc.to_array([SENT_START]).reshape(-1).view("int64") == 1
        self.sentence_of = (numpy.cumsum(starts) - 1).tolist()
        self.entities: dict[str, Entity] = {}
        self.roles: dict[str, tuple[str, str | None]] = {}  # entity_id -> (role key, country)
        self.mentions: list[EntityMention] = []
        self.slots: dict[int, list[ActorSlot]] = {}
        self.covered: set[int] = set()
        self.surnames: dict[str, str] = {}  # folded surname -> entity_id of a person named in full here

    # -- public ------------------------------------------------------------
    def resolve(self) -> ArticleActors:
        persons = [e for e in self.ents if e.label_ == "PERSON" and not e.kb_id_]
        self.person_surnames = {self.texts[e.end - 1] for e in persons if len(e) > 1}
        for ent in self.ents:
            if ent.kb_id_ and not self._patronymic(ent) and not self._given_name_of_another(ent):
                self._add_known(ent)
        for ent in sorted(persons, key=lambda e: -len(e)):
            self._add_person(ent)
        for ent in self.ents:
            if not ent.kb_id_ and ent.label_ in ("ORG", "LOC", "GPE"):
                self._add_unknown(ent)
        for i in self._candidates():
            if i not in self.covered:
                self._add_short_name(i) or self._add_role_reference(i) or self._add_compound(i) \
                    or self._add_adjective(i)
        for slots in self.slots.values():
            slots.sort(key=lambda s: s.token_start)
        self.slots = bounded_slots(self.doc, self.slots)
        self._mark_affiliations()
        return ArticleActors(self.entities, sorted(self.mentions, key=lambda m: m.start_char), self.slots, self.text,
                             self.sentence_of)

    def _candidates(self) -> list[int]:
        """Tokens that may name an actor by word class, or as a surname this article introduced."""
        keys = self.surnames.keys()
        by_name = [i for i in positions(self.doc, is_capitalised)
                   if not keys.isdisjoint(surname_keys(self.texts[i]))] if keys else []
        return sorted(set(positions(self.doc, may_name_an_actor)).union(by_name))

    # -- entities ----------------------------------------------------------
    def _entity_for(self, actor: Actor) -> Entity:
        entity = self.entities.get(actor.entity_id)
        if entity is None:
            role = _role_on(actor.entity_id, self.published)
            # aliases: the canonical name and the forms the articles use (_record adds them), not every
            # spelling the knowledge base knows
            entity = Entity(actor.entity_id, actor.name, actor.entity_type, actor.wikidata_id, actor.country,
                            role.role if role else None, [actor.name], in_knowledge_base=True)
            self.entities[actor.entity_id] = entity
            if role:
                self.roles[actor.entity_id] = (role.role, role.org)
        return entity

    def _record(self, entity: Entity, start_token: int, end_token: int, kind: str,
                start_char: int | None = None, end_char: int | None = None) -> None:
        start_char = self.offsets[start_token] if start_char is None else start_char
        end_char = self.offsets[end_token - 1] + len(self.texts[end_token - 1]) if end_char is None else end_char
        surface = self.text[start_char:end_char]
        # aliases are names; an office ("dem russischen Führer") names someone else in another year
        alias = alias_spelling(surface, entity.canonical_name)
        if kind in NAME_KINDS and alias not in entity.aliases:
            entity.aliases.append(alias)
        sentence = self.sentence_of[start_token]
        self.mentions.append(EntityMention(
            _mention_id(self.article_id, start_char, end_char), self.article_id, entity.entity_id, sentence,
            start_char, end_char, surface, kind))
        self.covered.update(range(start_token, end_token))
        self.slots.setdefault(sentence, []).append(self._slot(entity, start_token, end_token, start_char, kind))

    def _slot(self, entity: Entity, start: int, end: int, start_char: int, kind: str) -> ActorSlot:
        actor = self.kb.actors.get(entity.entity_id)
        # a seat of government after "im", "in": the Kremlin as a building, not as Russia's government
        locatable = entity.entity_type in ("GPE", "LOC") or (actor is not None and actor.metonym_for)
        is_place = bool(locatable) and kind != "adjective" and self._after_preposition(start)
        acting_id = entity.entity_id
        side = "strong"
        if entity.entity_type == "PERSON":
            role = self.roles.get(entity.entity_id, (None, None))[0]
            side = "none" if role in NO_SIDE_ROLES else "weak" if role in WEAK_SIDE_ROLES else "strong"
        elif actor is not None and actor.metonym_for and not is_place:
            seat = self.kb.actors.get(self.kb.seats.get(actor.entity_id, ""))
            country = seat or self.kb.country(actor.metonym_for)  # "Brüssel fordert": the Union speaks
            acting_id = country.entity_id if country else acting_id
            if country:
                self._entity_for(country)
        elif actor is not None and actor.kind in ("place", "capital", "region") and kind != "adjective":
            side = "none"
        if kind in ("adjective", "compound") and not self._before_group_noun(end):
            side = "none"
        if is_place or self._is_topic_or_modifier(entity, start, end):
            side = "none"
        return ActorSlot(acting_id, entity.entity_id, start, end, start_char, entity.entity_type, kind, is_place, side)

    def _is_topic_or_modifier(self, entity: Entity, start: int, end: int) -> bool:
        """Not a party: 'über Russland', 'Präsident der Vereinigten Staaten', 'Trumps Regierung', 'Putins Berater'."""
        texts, size = self.texts, len(self.texts)
        if entity.entity_type in ("GPE", "ORG") and self._governing_preposition(start) in TOPIC_PREPOSITIONS:
            return True
        if entity.entity_type == "GPE" and start >= 2 and self.lowers[start - 1] in ("der", "des") \
                and known_role_noun(texts[start - 2]) is not None and not self._plural_office(start - 2):
            return True  # "der Präsident der Ukraine" is a person; "die Regierungschefs der Niederlande, ..." states
        if entity.entity_type == "GPE" and texts[end - 1].endswith("s") and self._role_noun_follows(end):
            return True  # "Israels Regierungschef", "Frankreichs früherer Präsident": whose office, not a party
        if entity.entity_type == "PERSON" and texts[end - 1].endswith("s") and end < size:
            following = range(end, min(end + 2, size))
            heads = [i for i in following if texts[i][:1].isupper()]
            is_noun = heads and heads[0] not in self.in_ent
            if is_noun and (texts[end][:1].isupper() or texts[end].islower() and len(following) > 1):
                return True
        return False

    def _plural_office(self, i: int) -> bool:
        """'die Regierungschefs', 'den Außenministern': an office of several."""
        lower = self.lowers[i]
        j = i - 1
        if j >= 2 and self.lowers[j] == "und" and self.texts[j - 1].endswith("-"):
            j -= 2  # "die Staats- und Regierungschefs der USA, Deutschlands und Frankreichs"
        return j >= 0 and (self.lowers[j] in ("die", "den") and lower.endswith(("s", "en", "ern"))
                           or self._plural_article(j, i))  # "die Außenminister der USA und Russlands"

    def _role_noun_follows(self, end: int) -> bool:
        """A role noun right after, or after adjectives: 'Präsident', 'ehemaliger UN-Botschafter'."""
        for i in range(end, min(end + 3, len(self.texts))):
            if known_role_noun(self.texts[i]) is not None:
                return True
            if not self.texts[i].islower():
                return False
        return False

    def _governing_preposition(self, start: int) -> str | None:
        """The preposition a coordinated noun phrase hangs on: 'über Russland und die Ukraine' -> 'über'.
        None where the phrase is the complement of an office ('in Berlin die Regierungschefs der Niederlande,
        Spaniens', 'die Regierungschefs von Spanien'): those are the states the officeholders act for."""
        for i in reversed(range(max(0, start - 8), start)):
            lower = self.lowers[i]
            if i not in self.in_ent and known_role_noun(self.texts[i]) is not None:
                return None
            if self._opens_sentence_as_preposition(i):
                return lower  # "In Brüssel hat Erdoğan die Nato besucht": the capital only opens the sentence
            if lower in ("und", "sowie", "oder", ",", "die", "der", "den", "dem", "des") or self.texts[i][:1].isupper():
                continue
            if lower == "von" and i > 0 and known_role_noun(self.texts[i - 1]) is not None:
                return None  # "der Präsident von Frankreich"
            return lower
        return None

    def _opens_sentence_as_preposition(self, i: int) -> bool:
        """'In Brüssel ...', 'Über Russland ...': a preposition written in capitals as the sentence's first word."""
        return self.texts[i][:1].isupper() and self.lowers[i] in PLACE_PREPOSITIONS | TOPIC_PREPOSITIONS \
            and (i == 0 or self.sentence_of[i - 1] != self.sentence_of[i])

    def _after_preposition(self, start: int) -> bool:
        """'in Alaska', 'im US-Bundesstaat Alaska', 'nach Saudi-Arabien, Katar und in die Vereinigten Arabischen Emirate'.

        Not 'Delegationen aus Washington und Teheran', 'seinen Amtskollegen in China und Russland':
        people from a place are a side.
        """
        preposition = self._governing_preposition(start)
        if preposition in ("aus", "in") and self._after_group_noun(start, preposition):
            return False
        return preposition in PLACE_PREPOSITIONS

    def _after_group_noun(self, start: int, preposition: str) -> bool:
        """A group noun ('Delegationen', 'Vertreter', 'Amtskollegen') before the preposition of this noun phrase."""
        for i in reversed(range(max(0, start - 8), start)):
            if self.lowers[i] == preposition:
                return i > 0 and any(noun in self.lowers[i - 1] for noun in GROUP_NOUNS)
        return False

    def _before_group_noun(self, end: int) -> bool:
        """'russischen und ukrainischen Unterhändlern', 'US- und russische Delegierte', 'europäische Hauptstädte'."""
        for i in range(end, min(end + 4, len(self.texts))):
            text, lower = self.texts[i], self.lowers[i]
            if text[:1].isupper() and any(noun in lower for noun in GROUP_NOUNS):
                # "der ungarische Regierungschef Viktor Orbán": one named person, not a side of its own
                following = self.ent_at.get(i + 1)
                return following is None or following.label_ != "PERSON"
            if not (text.isalpha() or lower.endswith("-")) or (text[:1].isupper() and lower not in (
                    "und", "sowie")) and self.kb.adjective(text) is None:
                return False
        return False

    def _mark_affiliations(self) -> None:
        """'Angela Merkel (CDU)': the bracket records her party; the party is no side of anything."""
        by_end = {m.end_char: m for m in self.mentions if self.entities[m.entity_id].entity_type == "PERSON"}
        for mention in self.mentions:
            entity = self.entities[mention.entity_id]
            if entity.entity_type != "ORG" or self.text[mention.start_char - 1:mention.start_char] != "(" \
                    or self.text[mention.end_char:mention.end_char + 1] not in (")", "/", ","):
                continue
            person = by_end.get(mention.start_char - 2)
            if person is None:
                continue
            mention.mention_kind = "affiliation"
            self.entities[person.entity_id].party = self.entities[person.entity_id].party or entity.entity_id
            for slot in self.slots.get(mention.sentence_index, []):
                if slot.start_char == mention.start_char:
                    slot.side, slot.kind = "none", "affiliation"

    # -- recognisers ---------------------------------------------------------
    def _add_known(self, ent) -> None:
        actor = self.kb.actors[ent.kb_id_]
        if actor.metonym_for and actor.kind != "capital" and "regierung" in actor.name.lower():
            actor = self.kb.country(actor.metonym_for) or actor  # "die Bundesregierung" is Germany acting
        entity = self._entity_for(actor)
        start = ent.start
        if actor.kind == "person" and len(ent) > 1 and "honorific" in name_word_class(self.texts[start]):
            start += 1  # "Lord Frost", "König Salman": the title is no part of the name an alias records
        kind = "short_name" if actor.kind == "person" and ent.end - start == 1 else "name"
        self._record(entity, start, ent.end, kind)
        if actor.kind == "person":
            self.surnames.setdefault(fold(surname(actor.name, actor.country)), actor.entity_id)
            self._attach_role(entity, ent.start, ent.end)

    def _given_name_of_another(self, ent) -> bool:
        """'Energiekommissarin Kadir Simson': a known person's bare surname right before a capitalised word that is
        no German word nor anything the article names is the given name of someone else, not that person
        ('Merkel Macron' lists two names; 'Putin Anfang März' goes on with a word; 'BIDENS BEHAUPTUNG' is a heading)."""
        actor = self.kb.actors.get(ent.kb_id_)
        if actor is None or actor.kind != "person" or len(ent) != 1 or ent.end >= len(self.texts) \
                or fold(ent.text) in {fold(a) for a in actor.aliases}:
            return False
        nxt = self.texts[ent.end]
        return nxt[:1].isupper() and nxt.isalpha() and not nxt.isupper() and not is_common_noun(nxt) \
            and not is_ordinary_word(nxt) \
            and not is_calendar_word(nxt) and ent.end not in self.ent_at

    def _patronymic(self, ent) -> bool:
        """'Prinz Abdulaziz bin Salman': a name after 'bin' or 'ibn' is the father's, so a known person
        of that short name ('Salman', the king) is not the one named."""
        return len(ent) == 1 and ent.start > 0 and self.lowers[ent.start - 1] in ("bin", "ibn", "bint")

    def _add_person(self, ent) -> None:
        """A person the rules found: a known actor only on evidence (the full name, a transliteration,
        a surname this article introduced, or a role and surname that fit one known holder)."""
        tokens = self.texts[ent.start:ent.end]
        last = self._surname_base(tokens[-1])
        if len(tokens) == 1:
            entity = self._person_by_surname(last, ent.start)
        else:
            full = " ".join(tokens[:-1] + [last])
            actor = self.kb.lookup(full) or self.kb.person_by_name(tokens[0], last)
            if actor is not None and actor.kind == "person":
                entity = self._entity_for(actor)
            else:
                entity = self._misspelt_here(tokens[0], last) or self._new_person(full)
            self.surnames.setdefault(fold(last), entity.entity_id)
        end_char = self.offsets[ent.start] + len(" ".join(tokens)) if tokens[-1] == last else None
        self._record(entity, ent.start, ent.end, "name" if len(tokens) > 1 else "short_name", end_char=end_char)
        self._attach_role(entity, ent.start, ent.end)

    def _misspelt_here(self, given: str, last: str) -> Entity | None:
        """'Benny Gant' in an article that names Benny Gantz: the same given name and a surname one
        letter off, in the same article, is a typo rather than another person."""
        for key, entity_id in self.surnames.items():
            entity = self.entities[entity_id]
            if len(key) >= 5 and one_edit_apart(key, fold(last)) and entity.canonical_name.split()[0] == given:
                return entity
        return None

    def _surname_base(self, text: str) -> str:
        """'Merkels' -> 'Merkel' when the article or the knowledge base knows 'Merkel'; 'Merkelmit' -> 'Merkel'."""
        known = self.person_surnames | self.kb.surnames.keys()
        if text.endswith("s") and text[:-1] in known:
            return text[:-1]
        glued = unglued_surname(text, known)
        return glued or text

    def _person_by_surname(self, last: str, start: int) -> Entity:
        """'Lawrow' after the article named him in full; 'Kanzler Kurz' when one known Kurz was chancellor then."""
        entity_id = self.surnames.get(fold(last))
        if entity_id is not None:
            return self.entities[entity_id]
        role = known_role_noun(self.texts[start - 1]) if start > 0 else None
        holder = self.kb.holder_by_surname(last, role[0], role[2], self.published) if role else None
        if holder is not None:
            return self._entity_for(holder)
        return self._new_person(last, scope=self.article_id)

    def _add_unknown(self, ent) -> None:
        """An organisation or place the knowledge base lacks ('SPD', 'Goslar'): an entity of its own name."""
        if self.covered.intersection(range(ent.start, ent.end)):
            return
        prefix = "org" if ent.label_ == "ORG" else "loc"
        entity_id = slug_id("kb", ent.text).replace("kb:", f"{prefix}:", 1)
        entity = self.entities.setdefault(entity_id, Entity(entity_id, ent.text, ent.label_, aliases=[]))
        self._record(entity, ent.start, ent.end, "name")

    def _new_person(self, name: str, scope: str | None = None) -> Entity:
        """A person the knowledge base lacks, under the name the article gives. Full names meet across
        articles only when they agree; a bare surname stays within its article (scope)."""
        entity_id = slug_id("per", f"{scope}|{name}" if scope else name)
        if entity_id not in self.entities:
            self.entities[entity_id] = Entity(entity_id, name, "PERSON", aliases=[])
        return self.entities[entity_id]

    def _attach_role(self, entity: Entity, start: int, end: int) -> None:
        """Role and country from 'Kremlsprecher Dmitri Peskow' or 'Juri Uschakow, Putins außenpolitischer Berater'."""
        window = self.texts[max(0, start - 3):start]
        if end < len(self.texts) and self.texts[end] == ",":
            window_after = self.texts[end + 1:end + 5]
            if any(known_role_noun(text) for text in window_after):
                window = window_after
        for i, text in enumerate(window):
            found = known_role_noun(text)
            if found is None:
                continue
            role, _, country = found
            country = country or self._country_near(window[:i])
            if entity.role is None or not entity.in_knowledge_base:
                entity.role = role
                entity.country = entity.country or country
            self.roles[entity.entity_id] = (role, country)
            return

    def _country_near(self, texts: list[str]) -> str | None:
        for text in reversed(texts):
            actor = self.kb.adjective(text) or self._possessor_country(text)
            if actor is not None:
                return actor.country
        return None

    def _possessor_country(self, text: str) -> Actor | None:
        """'Putins außenpolitischer Berater': the possessor's country."""
        if text.endswith("s"):
            actor = self.kb.lookup(text)
            if actor is not None and actor.kind == "person":
                return self.kb.country(actor.country)
        return None

    def _add_short_name(self, i: int) -> bool:
        """'Lawrow', 'Uschakows' after the article named the person in full."""
        text = self.texts[i]
        if not text[:1].isupper() or reads_as_adverb(self.texts, i, opens_sentence(self.doc, self.texts, i)):
            return False  # "Kurz vor Jahresende" in an article about Sebastian Kurz
        if i > 0 and is_common_noun(text) and self._after_article(i) or self._in_a_date(i):
            return False  # "im März", "Ende März", "die Pakete": the noun, though the article named Mirko März
        entity_id = self.surnames.get(fold(text)) or (text.endswith("s") and self.surnames.get(fold(text[:-1])))
        if not entity_id:
            return False
        self._record(self.entities[entity_id], i, i + 1, "short_name")
        return True

    def _after_article(self, i: int) -> bool:
        """An article or determiner right before: 'der Frost', 'im März', 'ihre Pakete' (not 'mit Frost')."""
        previous = self.lowers[i - 1]
        return previous in DETERMINERS or previous in ARTICLES or "determiner" in name_word_class(previous)

    def _in_a_date(self, i: int) -> bool:
        """A month or weekday after a number or a phase word: '15. März', 'Ende März'."""
        previous = self.texts[i - 1] if i > 0 else ""
        return is_calendar_word(self.texts[i]) and (previous.rstrip(".").isdigit() or is_date_phase(previous))

    def _add_compound(self, i: int) -> bool:
        """Actors inside hyphenated compounds: 'Trump-Putin-Gipfel', 'US-Präsident', 'Ukraine-Krieg'."""
        text = self.texts[i]
        if "-" not in text.strip("-"):
            return False
        found = False
        parts = text.split("-")
        offsets = [self.offsets[i] + sum(len(p) + 1 for p in parts[:k]) for k in range(len(parts))]
        k = 0
        while k < len(parts):
            # the longest run of parts that names an actor: "G-20-Staaten" holds "G-20"
            for size in range(min(3, len(parts) - k), 0, -1):
                name = "-".join(parts[k:k + size])
                entity = self._compound_part(name) if name[:1].isupper() and len(name) > 1 else None
                if entity is not None:
                    self._record(entity, i, i + 1, "compound", offsets[k], offsets[k] + len(name))
                    found = True
                    k += size - 1
                    break
            k += 1
        self.covered.discard(i)
        return found

    def _compound_part(self, name: str) -> Entity | None:
        actor = self.kb.lookup(name)
        if actor is not None:
            return self._entity_for(actor)
        if fold(name) in self.surnames:
            return self.entities[self.surnames[fold(name)]]
        return None

    def _add_role_reference(self, i: int) -> bool:
        """'der russische Präsident', 'dem russischen Staatsoberhaupt', 'Israels Premier',
        'den designierten US-Präsidenten' -> the holder on the publication day (not the plural
        'den Führern': a plural names no one person)."""
        found = known_role_noun(self.texts[i])
        if found is None:
            return False
        role, _, country = found
        if self.lowers[i].endswith("s") and i > 0 and self.lowers[i - 1] not in ("des", "eines"):
            return False  # "die Regierungschefs der Niederlande" are several; "des Regierungschefs" one
        if self._name_follows(i):
            return False
        start = i
        while start > 0 and (self.kb.adjective(self.texts[start - 1]) is not None
                             or self.lowers[start - 1].startswith(ELECT_WORDS)
                             or self.lowers[start - 1] in ("neue", "neuer", "neuen", "amtierende", "amtierenden")):
            start -= 1
            adjective = self.kb.adjective(self.texts[start])
            country = country or (adjective.country if adjective is not None else None)
        possessor = self._genitive_owner(start - 1) if start > 0 else None
        if possessor is None and (start == 0 or self.lowers[start - 1] not in DETERMINERS):
            return False
        if possessor is None and self._plural_article(start - 1, i):
            return False  # "die Außenminister Frankreichs und Deutschlands" are several, "die Außenministerin" one
        country = country or possessor or self._genitive_country(i + 1)
        if country is None:
            return False
        elect = any(self.lowers[j].startswith(ELECT_WORDS) for j in range(max(0, start - 2), start + 1))
        holder = self.kb.next_holder(role, country, self.published) if elect else \
            self.kb.holder(role, country, self.published) or self._article_holder(role, country)
        if holder is None or not _gender_agrees(self.texts[i], holder):
            return False
        entity = holder if isinstance(holder, Entity) else self._entity_for(holder)
        self._record(entity, start if possessor else start - 1, i + 1, "role")
        return True

    def _plural_article(self, j: int, i: int) -> bool:
        """'die' before a role noun of the masculine form ('die Außenminister', 'die Ministerpräsidenten') makes it a
        plural; before a feminine one ('die Kanzlerin') it is one woman."""
        return self.lowers[j] == "die" and not self.lowers[i].endswith("in")

    def _name_follows(self, i: int) -> bool:
        """'dem ukrainischen Präsidenten Selenskyj', 'dem ukrainischen Regierungschef Wolodimir Selenski': the
        office is named with its holder's name right after it, also where a given name the rules do not know
        stands before the surname; that person is meant, whoever holds the office by the knowledge base."""
        for j in (i + 1, i + 2):
            following = self.ent_at.get(j)
            if following is not None and following.label_ == "PERSON":
                return j == i + 1 or self.texts[i + 1][:1].isupper() and self.texts[i + 1].isalpha() \
                    and not is_common_noun(self.texts[i + 1]) and i + 1 not in self.in_ent
        return False

    def _genitive_owner(self, j: int) -> str | None:
        """'Israels' before 'Premier': the country whose office it is."""
        text = self.texts[j]
        if not text.endswith("s"):
            return None
        actor = self.kb.lookup(text)
        return actor.country if actor is not None and actor.kind == "country" else None

    def _genitive_country(self, i: int) -> str | None:
        """'Präsident Russlands', 'Präsident der Ukraine', 'Präsident der Vereinigten Staaten'."""
        if i < len(self.lowers) and self.lowers[i] in ("der", "des"):
            i += 1
        ent = self.ent_at.get(i)
        if ent is not None and ent.kb_id_ and self.kb.actors[ent.kb_id_].kind == "country":
            return self.kb.actors[ent.kb_id_].country
        return None

    def _article_holder(self, role: str, country: str) -> Entity | None:
        for entity_id, (held, where) in self.roles.items():
            if held == role and where == country:
                return self.entities[entity_id]
        return None

    def _add_adjective(self, i: int) -> bool:
        text = self.texts[i]
        actor = self.kb.adjective(text)
        if actor is None or not (text.islower() or text.endswith("-")):
            return False
        start = self.offsets[i]
        self._record(self._entity_for(actor), i, i + 1, "adjective", start, start + len(text.rstrip("-")))
        return True


def _gender_agrees(role_noun: str, holder) -> bool:
    """'die Präsidentin', 'der Kanzlerin' name a woman: never a man who holds that office."""
    gender = getattr(holder, "gender", None)
    feminine = role_noun.lower().rstrip("-").endswith(("in", "innen"))
    return not (feminine and gender == "m")


@lru_cache(maxsize=100_000)
def _role_on(entity_id: str, day: date | None) -> Role | None:
    """A known actor's role on a day: asked for again in every article naming it."""
    return load_knowledge().actors[entity_id].role_on(day)


@lru_cache(maxsize=300_000)
def surname_keys(text: str) -> tuple[str, ...]:
    """The folded surnames a capitalised word can be: 'Putin' -> ('putin',), 'Putins' -> ('putins', 'putin')."""
    return (fold(text), fold(text[:-1])) if text.endswith("s") else (fold(text),)


def may_name_an_actor(text: str) -> bool:
    """A test on the word alone (besides surnames an article introduced): a compound, a role noun,
    or a country adjective. Most words name nobody."""
    if text[:1].isupper():
        return "-" in text or known_role_noun(text) is not None or known_role_noun(text.rstrip("n")) is not None
    return load_knowledge().adjective(text) is not None


def resolve_actors(doc: Doc, kb: KnowledgeBase, article_id: str, published: date | None,
                   text: str | None = None) -> ArticleActors:
    return ActorResolver(doc, kb, article_id, published, text).resolve()
