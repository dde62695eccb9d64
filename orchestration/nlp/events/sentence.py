"""One sentence as the event rules see it: its tokens, its actors and its clauses.

Rules read token strings and lower cases from the document's arrays (a Token object per look
costs more than the rule) and ask this view about German word order: which clause a word is in,
which preposition governs a noun phrase, whether a word is a finite verb.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache, lru_cache

from orchestration.nlp.actors import ActorSlot
from orchestration.nlp.events.words import in_list
from orchestration.nlp.knowledge import german_lemmas, lemma
from orchestration.nlp.pipeline import known_role_noun

# A comma opens a new clause before these: "..., dass", "..., der", "..., als".
SUBORDINATORS = frozenset({"dass", "ob", "wo", "als", "weil", "obwohl", "während", "nachdem", "um", "wenn", "was",
                           "wobei", "indem", "bevor", "damit", "der", "die", "das", "den", "dem", "dessen", "deren",
                           "wie", "sodass", "seit", "seitdem", "bis", "falls", "sofern", "denn", "aber", "doch",
                           "sondern", "welche", "welcher", "welches"})
# Brackets and quotes sit inside clauses ("Merkel (CDU) telefonierte", "hätten „nach Versuchen“ verlassen").
CLAUSE_MARKS = frozenset({";", ":", "–", "—", "-"})  # a lone "-" is a dash: "„Zitat“ - Röttgen spricht über"
PERSONAL_PRONOUNS = frozenset({"er", "sie", "es", "wir", "ich", "man", "ihr"})
DETERMINERS = frozenset({"der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "eines", "einem", "einen",
                         "dieser", "diese", "dieses", "diesem", "diesen", "jenes", "jene", "kein", "keine",
                         "keinen", "keinem", "keiner", "keines", "zum", "zur", "vom", "beim", "im", "am", "ins"})
POSSESSIVES = frozenset({"sein", "seine", "seinem", "seinen", "seiner", "seines", "ihr", "ihre", "ihrem", "ihren",
                         "ihrer", "ihres", "dessen", "deren"})
COORDINATORS = frozenset({"und", "sowie", "oder", ","})
RELATIVE_PRONOUNS = frozenset({"der", "die", "das", "dem", "den", "denen", "deren", "dessen", "welcher", "welche",
                               "welchem", "welchen", "welches"})
# Words after a comma that open a relative clause or an apposition: "Lagarde, die Präsidentin der EZB, ..."
APPOSITION_OPENERS = frozenset({"der", "die", "das", "den", "dem"})


@dataclass
class Sentence:
    index: int
    start: int  # first token
    end: int  # one past the last token
    start_char: int
    end_char: int
    text: str
    texts: list[str]  # the document's token strings (all of them: index with token numbers)
    lowers: list[str]
    offsets: list[int]
    slots: list[ActorSlot]
    _clauses: dict[int, tuple[int, int]] = field(default_factory=dict)

    def tokens(self) -> range:
        return range(self.start, self.end)

    def words(self, start: int | None = None, end: int | None = None) -> list[str]:
        return self.lowers[self.start if start is None else start:self.end if end is None else end]

    def clause(self, i: int) -> tuple[int, int]:
        """Token range of the clause around token i."""
        if i not in self._clauses:
            start = i
            while start > self.start and not self.opens_clause(start):
                start -= 1
            end = i + 1
            while end < self.end and not self.opens_clause(end):
                end += 1
            self._clauses[i] = (start, end)
        return self._clauses[i]

    def opens_clause(self, i: int) -> bool:
        """Whether token i starts a new clause: after ; : and dashes, or a comma
        before a subordinator, a pronoun or a finite verb ('..., sagte Merkel')."""
        before = self.texts[i - 1] if i > self.start else ""
        if self.texts[i] in CLAUSE_MARKS:
            return True
        if before in CLAUSE_MARKS:
            return True
        if before in ("und", "oder", "sowie") and (is_finite_verb(self.texts[i]) or self.lowers[i] in ("dass", "ob")):
            return True  # "hatte ... empfangen und telefoniert täglich mit ...", "... und dass dieser": a second clause
        if before in ("und", "oder") and i - 2 >= self.start and self.texts[i - 2].islower() \
                and (is_finite_verb(self.texts[i - 2]) or is_strong_past_singular(self.texts[i - 2])) \
                and self._in_subordinate_clause(i - 2):
            return True  # "als er in Moskau Putin traf oder in Davos neben Trump saß": the verb closed the first
        if before != ",":
            return False
        lower = self.lowers[i]
        if self.opens_relative_clause(i):
            return True
        if lower == "sondern" and not self._finite_verb_before_comma(i + 1):
            return False  # "sprach nicht mit Putin, sondern mit Lawrow": the contrast leaves out the verb it shares
        if lower in APPOSITION_OPENERS or lower in ("und", "oder"):
            # ", die Präsidentin der EU-Kommission, und der Premier ..." is an apposition and a list;
            # ", die sich trafen," and ", und Trump bemerkte" are clauses: they have a finite verb
            return self._finite_verb_before_comma(i + 1)
        return lower in SUBORDINATORS or lower in PERSONAL_PRONOUNS or is_finite_verb(self.texts[i]) \
            or self._second_main_clause(i) or self._adverb_opens_main_clause(i) or self._phrase_opens_main_clause(i)

    def _in_subordinate_clause(self, j: int) -> bool:
        """Whether token j ends a clause a subordinator opened after a comma ('..., etwa als er Putin traf'), where
        the finite verb comes last."""
        k = j
        while k > self.start and self.texts[k - 1] != ",":
            k -= 1
        return k > self.start and any(w in SUBORDINATORS - {"der", "die", "das", "den", "dem"} for w in self.lowers[k:k + 2])

    def _adverb_opens_main_clause(self, i: int) -> bool:
        """'Die EU-Minister tagen am Montag, zudem soll es eine Schalte der G7 geben', '..., außerdem reist sie
        nach Rom': a connecting adverb after a comma, and the finite verb right after it (the verb second), open
        a main clause of its own ('mit Merkel, zudem mit Macron' goes on)."""
        return in_list("connecting_adverb", self.lowers[i]) and i + 1 < self.end and is_finite_verb(self.texts[i + 1])

    def _phrase_opens_main_clause(self, i: int) -> bool:
        """'Die EU-Chefs hielten einen Krisengipfel ab, in Washington stellte Trump Steuersenkungen in Aussicht', '...,
        am Dienstag traf sie Macron': a short prepositional phrase after a comma and the finite verb right after it
        (the verb second) open a main clause of its own ('mit Merkel, Macron und Conte' goes on). A clause before it
        needs its finite verb: in 'Nach dem Gipfel der Präsidenten, Biden und Putin, in Genf gab es ...' the comma
        closes an apposition inside the first field."""
        if self.lowers[i] not in PREPOSITIONS or not self._finite_verb_before(i):
            return False
        k = i + 1
        while k < min(self.end, i + 6) and (self.texts[k][:1].isupper() or self.texts[k].isdigit() or self.texts[k] == "."
                                           or self.lowers[k] in DETERMINERS or is_attributive(self.lowers[k])
                                           or self._adjective_before_noun(k)):
            k += 1
        return k > i + 1 and k < self.end and self.texts[k].islower() and not is_particle_participle(self.lowers[k]) \
            and (is_finite_verb(self.texts[k]) or is_strong_past_singular(self.texts[k]))

    def _finite_verb_before(self, i: int) -> bool:
        """'folgen Gespräche': the plural present looks like the infinitive, so any verb form counts."""
        return any(is_verb_form(self.lowers[j]) or is_strong_past_singular(self.texts[j])
                   for j in range(self.start, i) if self.texts[j].islower())

    def infinitive_stretch(self, i: int) -> range | None:
        """The stretch between commas around token i when it ends in a 'zu'-infinitive: ', Russland wieder in die
        Gruppe aufzunehmen', ', Putin in Moskau zu treffen'."""
        start = i
        while start > self.start and self.texts[start - 1] != ",":
            start -= 1
        end = i
        while end < self.end and self.texts[end] not in (",", ";", ":", "–", ".", "!", "?"):
            end += 1
        last = end - 1
        if start == self.start or last <= start or not self.texts[last].islower() or not self.texts[last].isalpha():
            return None
        if self.lowers[last - 1] == "zu" and is_verb_form(self.lowers[last]) or is_zu_infinitive(self.lowers[last]):
            return range(start, end)
        return None

    def _adjective_before_noun(self, j: int) -> bool:
        """'klamme Länder', 'kniffligen Aufgabe': a lower-case word with an adjective ending right before a
        noun is its adjective, whether the lemma table knows it or not."""
        lower = self.lowers[j]
        return j + 1 < self.end and self.texts[j + 1][:1].isupper() and lower.isalpha() and lower.islower() \
            and lower.endswith(("e", "en", "em", "er", "es")) and not is_finite_verb(lower)

    def opens_relative_clause(self, i: int) -> bool:
        """', zu dem seit 2018 auch Monsanto gehört', ', mit der die beiden versuchen', ', bei denen
        sie sprachen': a preposition and a relative pronoun after a comma open a clause that ends in
        its finite verb; ', mit dem russischen Präsidenten Putin' is a phrase of the clause before."""
        if self.lowers[i] not in PREPOSITIONS or i + 1 >= self.end or self.lowers[i + 1] not in RELATIVE_PRONOUNS:
            return False
        nxt = self.lowers[i + 2] if i + 2 < self.end else ""
        if is_attributive(nxt):
            return False  # "mit dem russischen Präsidenten": an article
        return self._finite_verb_before_comma(i + 2)

    def _second_main_clause(self, i: int) -> bool:
        """'Die Beratungen werden weitergeführt, Polen und Ungarn halten an ihrem Veto fest', 'Xi versprach
        in der Videokonferenz, China werde spenden': a clause has one finite verb, so a comma between two opens the second ('mit Merkel, Macron und Conte sprach
        er' has one)."""
        if not self.texts[i][:1].isupper():
            return False
        k = i
        while k < self.end and (self.texts[k][:1].isupper() or self.lowers[k] in ("und", "sowie", "oder")
                                or self.lowers[k] in DETERMINERS or is_attributive(self.lowers[k])):
            k += 1  # the subject: "Polen und Ungarn", "die übrigen Staaten"
        if k >= self.end or not self.texts[k].islower() or not is_verb_form(self.lowers[k]):
            return False
        if not is_finite_verb(self.lowers[k]) and self._infinitive_before_comma(i - 1):
            return False  # "sollte ... zahlen, Flüchtlinge übernehmen sowie verhandeln": infinitives of one verb
        j = i - 2
        closed = False  # a verb after the first clause's auxiliary closes it: "werden ... weitergeführt,"
        while j >= self.start and self.texts[j] not in (",", ";", ":", "–"):
            lower = self.lowers[j]
            if lower in AUXILIARIES:
                return closed  # "hatte die Regierungschefs der Niederlande, Spaniens und Italiens empfangen"
            if (is_finite_verb(self.texts[j]) or is_strong_past_singular(self.texts[j])) \
                    and not is_particle_participle(lower):
                return True  # "Xi versprach in der Konferenz, China werde spenden": 'werde' is the second's
            closed = closed or self.texts[j].islower() and is_verb_form(lower)
            j -= 1
        return False

    def _infinitive_before_comma(self, comma: int) -> bool:
        """The word before a comma is an infinitive ('zahlen,'), not a participle ('weitergeführt,')."""
        word = self.lowers[comma - 1] if comma > self.start else ""
        return self.texts[comma - 1].islower() and word in _verb_lemmas()

    def _finite_verb_before_comma(self, i: int) -> bool:
        while i < self.end and self.texts[i] not in (",", ";", ":", "–"):
            following = self.texts[i + 1] if i + 1 < self.end else ""
            if is_finite_verb(self.texts[i]) and not is_particle_participle(self.lowers[i]) \
                    and not is_plain_participle(self.lowers[i]) or is_strong_past_plural(self.texts[i], following):
                return True
            i += 1
        return False

    def slots_in(self, start: int, end: int) -> list[ActorSlot]:
        return [s for s in self.slots if start <= s.token_start < end]

    def slot_at(self, i: int) -> ActorSlot | None:
        return next((s for s in self.slots if s.token_start <= i < s.token_end), None)

    def governing_preposition(self, i: int) -> tuple[str, int] | None:
        """The preposition a noun phrase at token i hangs on, and where it is:
        'über Russland und die Ukraine' -> ('über', ...) for 'Ukraine'. None when a verb or clause comes first."""
        opened = False  # an article or adjective of the phrase was passed: a name before it ends another phrase
        conjunct = False  # "und" was passed: the noun before it heads the first conjunct ("zwischen der Kanzlerin und")
        listed = False  # some "und" was passed
        for j in range(i - 1, max(self.start - 1, i - 10), -1):
            lower, text = self.lowers[j], self.texts[j]
            if lower in PREPOSITIONS:
                return lower, j  # also capitalised at the sentence start: "Auf ihrem ersten Gipfeltreffen"
            if text[:1].isupper() and self.slot_at(j) is None and not conjunct \
                    and not (listed and self.title_before_name(j)):
                return None  # another noun's phrase: "mit Spannung erwartetes Gipfeltreffen"
            conjunct = lower in ("und", "sowie", "oder", "wie") or conjunct and not text[:1].isupper()
            listed |= conjunct  # "mit Kanzlerin Merkel sowie | den Kollegen": the title is in the first conjunct
            # "für Länder wie Italien": examples belong to the phrase they exemplify
            slot = self.slot_at(j)
            if opened and slot is not None and slot.kind != "adjective" and not text.endswith("s"):
                return None  # "mit Macron | lange Gespräche" (but "nach Merkels erstem Besuch")
            opened = lower in DETERMINERS or is_attributive(lower)
            if lower in COORDINATORS or lower in DETERMINERS - {"zum", "zur", "vom", "beim", "im", "am", "ins"} \
                    or lower in POSSESSIVES or text[:1].isupper() or is_attributive(lower) or lower.isdigit() \
                    or lower == "wie" or self._adjective_before_noun(j):
                continue
            return None
        return None

    def title_before_name(self, j: int) -> bool:
        """'mit Kanzlerin Angela Merkel sowie den Kollegen': an office right before a person's name is part of
        that name's phrase, not a noun that ends the phrase."""
        nxt = self.slot_at(j + 1) if j + 1 < self.end else None
        return nxt is not None and nxt.entity_type == "PERSON" and known_role_noun(self.texts[j]) is not None


PREPOSITIONS = frozenset({"mit", "zwischen", "über", "um", "gegen", "für", "wegen", "von", "vom", "zu", "zum", "zur",
                          "bei", "beim", "in", "im", "ins", "nach", "aus", "auf", "an", "am", "vor", "während",
                          "seit", "trotz", "ohne", "laut", "angesichts", "bezüglich", "hinsichtlich", "inklusive",
                          "unter", "neben", "hinter", "durch", "per", "samt", "einschließlich"})


ADJECTIVE_ENDINGS = ("en", "em", "er", "es", "e")


def adjective_stem(lower: str) -> str:
    """'zwischenmenschlichen' -> 'zwischenmenschlich', 'private' -> 'privat': an adjective without its ending (the
    word itself where it has none)."""
    return next((lower[:-len(e)] for e in ADJECTIVE_ENDINGS if lower.endswith(e)), lower)


@lru_cache(maxsize=100_000)
def is_attributive(lower: str) -> bool:
    """An inflected adjective or participle inside a noun phrase: 'russischen', 'geplante', 'ersten'."""
    if lower in DETERMINERS or lower in POSSESSIVES or not lower.islower():
        return False
    first, dash, last = lower.rpartition("-")
    if dash and first.replace("-", "").isalpha():
        return is_attributive(last)  # "deutsch-spanischen", "russisch-ukrainischen": the last part is inflected
    return lower.endswith(("e", "en", "em", "er", "es")) and lower.isalpha() and lemma(lower) != lower \
        and not is_finite_verb(lower)


@cache
def _verb_lemmas() -> frozenset[str]:
    return frozenset(v for v in german_lemmas().values() if v.islower() and v.endswith(("en", "ern", "eln")))


@lru_cache(maxsize=100_000)
def is_verb_form(lower: str) -> bool:
    """A finite verb, or a form like the infinitive that is the plural present: 'halten', 'treffen'."""
    return is_finite_verb(lower) or lower in _verb_lemmas()


AUXILIARIES = frozenset({"hat", "hatte", "hatten", "haben", "habe", "hätte", "hätten", "ist", "war", "waren", "sind",
                         "sei", "seien", "wäre", "wären", "wird", "werden", "wurde", "wurden", "würde", "würden", "kann",
                         "können", "konnte", "konnten", "will", "wollen", "wollte", "wollten", "soll", "sollen",
                         "sollte", "sollten", "muss", "müssen", "musste", "mussten", "darf", "dürfen", "könnte",
                         "könnten", "dürfte", "dürften"})
SEPARABLE_PARTICLES = ("ein", "an", "ab", "auf", "aus", "vor", "zu", "mit", "nach", "zurück", "fest", "statt", "teil",
                       "zusammen", "hin", "her", "weiter", "los", "frei", "bei", "dar", "vorbei", "wieder")


@lru_cache(maxsize=100_000)
def is_particle_participle(lower: str) -> bool:
    """The participle of a separable verb: 'eingeschaltet', 'angekündigt', 'stattgefunden',
    'zusammengekommen' (', und Johnson hatten sich eingeschaltet' is no second clause)."""
    return any(lower.startswith(p + "ge") and len(lower) > len(p) + 4 for p in SEPARABLE_PARTICLES) \
        and lower.endswith(("t", "en")) and lemma(lower) != lower


@lru_cache(maxsize=100_000)
def is_plain_participle(lower: str) -> bool:
    """'gebracht', 'gesagt': 'ge' before a verb whose lemma has none is its participle, which alone ends no
    relative clause (', der USA und Großbritanniens ... ins Spiel gebracht' is a list); 'gehört' of 'gehören' is finite."""
    base = lemma(lower)
    return lower.startswith("ge") and base != lower and not base.startswith("ge") and "ge" + base not in _verb_lemmas()


@lru_cache(maxsize=100_000)
def is_zu_infinitive(word: str) -> bool:
    """'aufzunehmen', 'einzuladen', 'teilzunehmen': a separable verb's infinitive with 'zu' after its particle."""
    return any(word[j:j + 2] == "zu" and lemma(word) == word[:j] + word[j + 2:] for j in range(2, len(word) - 4))


def is_finite_verb(text: str) -> bool:
    """A lower-case verb form other than the infinitive: 'sagte', 'trafen', 'hat', 'ist', 'reist'."""
    if not text.islower() or not text.isalpha():
        return False
    if in_list("perfect_auxiliary", text) or text in ("wird", "werden", "werde", "würde", "würden", "kann", "können",
                                                      "könnte", "soll", "sollen", "will", "wollen", "muss", "müssen",
                                                      "musste", "mussten", "darf"):
        return True
    base = lemma(text)
    return base != text and base.endswith(("en", "ern", "eln")) and text.endswith(("t", "te", "ten", "st", "e"))


def is_strong_past_singular(text: str) -> bool:
    """'rief', 'traf', 'sprach', 'kam': the singular past of a strong verb, which has no ending
    (not 'getroffen', nor 'trafen', read by is_finite_verb)."""
    if not (text.islower() and text.isalpha()) or text.endswith(("en", "n", "e")) or text.startswith("ge"):
        return False
    base = lemma(text)
    return base != text and base.endswith(("en", "ern", "eln"))


def is_strong_past_plural(text: str, next_text: str) -> bool:
    """'trafen', 'nahmen', 'teilnahmen' before a comma or the end: the plural past of a strong verb (not a
    participle, 'getroffen', nor an adjective before its noun, 'in den vergangenen Tagen')."""
    if not (text.islower() and text.isalpha() and text.endswith("en")) or next_text[:1].isupper():
        return False
    if text.startswith("ge") or is_particle_participle(text):
        return False
    stems = [text] + [text[len(p):] for p in SEPARABLE_PARTICLES if text.startswith(p) and len(text) > len(p) + 3]
    return any(lemma(stem) != stem and lemma(stem).endswith(("en", "ern", "eln")) for stem in stems)
