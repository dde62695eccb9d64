"""The spaCy pipeline, built in one place.

The default is spacy.blank("de") with a sentence splitter that also breaks at
line ends and our actor recogniser (knowledge base aliases plus rules for names German news introduces
by role or given name). A pretrained German pipeline can be named instead
(DIPLO_SPACY_MODEL); it is used when installed, and its own entities are kept
where our recogniser finds nothing. Lemmas come from the lookup table of
spacy-lookups-data, read only for the words event detection asks about
(orchestration.nlp.knowledge.lemma), which is much cheaper than lemmatising every token.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from functools import cache, lru_cache

import numpy
import spacy
from spacy.attrs import IDX, ORTH, SENT_START
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans
from spacy.vocab import Vocab

from orchestration.nlp.knowledge import (
    Actor,
    KnowledgeBase,
    genitive,
    german_vocabulary,
    inflections,
    load_knowledge,
)
from orchestration.nlp.lexicon import (
    common_noun_tail,
    is_calendar_word,
    is_common_noun,
    is_inflected_noun_form,
    is_lower_case_word,
    is_noun_phrase_part,
    is_only_common_noun,
    is_ordinary_word,
    is_place_name_element,
    is_truncated_compound,
    name_kinds,
    name_word_class,
)
from orchestration.nlp.limits import MAX_SENTENCE_TOKENS, BoundedTokenizer, cap_sentence_starts, note
from orchestration.nlp.names import fold, surname

log = logging.getLogger(__name__)

# Capitalised words that open sentences or clauses and are never names.
FUNCTION_WORDS = frozenset("""der die das den dem des ein eine einer eines einem einen und oder aber sowie
auch als am an auf aus bei bis durch für gegen im in mit nach nun seit über um unter von vor während
zu zum zur er sie es wir ihr sich sein seine seiner seinen seinem dies diese dieser dieses jedoch dennoch
laut trotz obwohl wie wo wenn dass ob""".split())
NAME_PARTICLES = frozenset({"von", "van", "der", "de", "al", "bin", "ben", "da", "du", "la", "le", "el"})
_NAME_TOKEN = re.compile(r"^[A-ZÄÖÜÉ][\w'’.-]*$")
_ACRONYM = re.compile(r"^[A-ZÄÖÜ]{2,6}$")
_ARTICLE_NAME = re.compile(r"^(al|el|as|ad|ar|at|az|an|asch|ash)-[A-ZÄÖÜ][\w'’-]*$")
ORG_HEADS = ("partei", "bank", "ministerium", "universität", "institut", "stiftung", "verband", "verein",
             "konzern", "gruppe", "gewerkschaft", "agentur", "behörde", "gericht", "zeitung", "rundfunk",
             "kommission", "rat", " ag", "gmbh", "bündnis", "allianz", "organisation", "fraktion")


@lru_cache(maxsize=200_000)
def is_name_like(token_text: str) -> bool:
    """A capitalised word that can be part of a personal name ('Peskow', 'Frank-Walter', 'J.')."""
    return bool(_NAME_TOKEN.match(token_text)) and token_text.lower() not in FUNCTION_WORDS


SENTENCE_END = frozenset({".", "!", "?", "…"})
CLOSERS = frozenset({'"', "“", "”", "»", "«", "'", ")", "]"})


def token_texts(doc: Doc) -> list[str]:
    """Every token's text, read once per document from the ORTH array: much cheaper than Token objects."""
    texts = doc.user_data.get("texts")
    if texts is None:
        strings = doc.vocab.strings
        texts = [strings[h] for h in doc.to_array(ORTH).tolist()]
        doc.user_data["texts"] = texts
    return texts


def token_lowers(doc: Doc) -> list[str]:
    """Every token's text in lower case, made once per document."""
    lowers = doc.user_data.get("lowers")
    if lowers is None:
        lowers = doc.user_data["lowers"] = [text.lower() for text in token_texts(doc)]
    return lowers


def token_offsets(doc: Doc) -> list[int]:
    """Every token's character offset, from the IDX array."""
    offsets = doc.user_data.get("offsets")
    if offsets is None:
        offsets = doc.user_data["offsets"] = doc.to_array(IDX).tolist()
    return offsets


_WORD_CLASS_FLAGS: dict[Vocab, dict[Callable[[str], bool], int]] = {}


def positions(doc: Doc, word_class: Callable[[str], bool]) -> list[int]:
    """Indices of the tokens whose word is in a class ('can trigger an event'), read as one array.

    The first time a class is asked for, it becomes a spaCy lexeme flag: spaCy computes it once per
    distinct word, now and for every new word, so a rule visits only the tokens that can matter
    instead of testing every token of every article in Python. A document's classes are read together.
    """
    flags = _WORD_CLASS_FLAGS.setdefault(doc.vocab, {})
    if word_class not in flags:
        flags[word_class] = doc.vocab.add_flag(word_class)
    found = doc.user_data.get("word_classes")
    if found is None or word_class not in found:
        columns = doc.to_array(list(flags.values())).reshape(len(doc), len(flags))
        found = doc.user_data["word_classes"] = {
            cls: numpy.flatnonzero(columns[:, j]).tolist() for j, cls in enumerate(flags)}
    return found[word_class]


def is_capitalised(text: str) -> bool:
    return text[:1].isupper()


def ends_sentence(text: str) -> bool:
    return text in SENTENCE_END or text == "+" or (text[:1].isspace() and "\n" in text) \
        or is_score_or_time_with_stop(text)


def ends_ticker_item(texts: list[str], i: int) -> bool:
    """'Syrien erlebt schlimmste Flüchtlingskrise +++ Merz trifft Söder +++ Die Lage am Mittwoch': a run of three
    or more '+' separates the items of a news ticker, each a sentence of its own; a lone '+' is arithmetic."""
    return i >= 2 and texts[i - 1] == texts[i - 2] == "+" and (i + 1 == len(texts) or texts[i + 1] != "+")


def is_score_or_time_with_stop(text: str) -> bool:
    """'mit 0:1.', 'um 10:30.': a number with a colon is a score or a time, never an ordinal ('am 1. Mai'), so a
    full stop the tokenizer left on it ends the sentence."""
    numbers = text[:-1].split(":")
    return text.endswith(".") and len(numbers) == 2 and all(n.isdigit() for n in numbers)


def wraps_a_date(texts: list[str], i: int) -> bool:
    """'den Gipfel am 14.\nSeptember in Leipzig abgesagt': a line break between a day's ordinal and its month is a
    wrapped line inside a date, and ends no sentence."""
    from orchestration.nlp.dates import date_words

    return 0 < i < len(texts) - 1 and "\n" in texts[i] and texts[i - 1].endswith(".") and texts[i - 1][:-1].isdigit() \
        and texts[i + 1].lower() in date_words()["month"]


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """(first token, end token) of every sentence, from the SENT_START array: no Span objects."""
    starts = numpy.flatnonzero(doc.to_array([SENT_START]).reshape(-1).view("int64") == 1).tolist()
    return list(zip(starts, starts[1:] + [len(doc)]))


@Language.component("news_sentences", assigns=["token.is_sent_start"])
def news_sentences(doc: Doc) -> Doc:
    """Sentences end at . ! ? (with closing quotes and brackets) and at line breaks, where
    headlines and sub-headings carry no full stop, and none runs past MAX_SENTENCE_TOKENS
    (orchestration.nlp.limits). It visits only the tokens that can end a sentence."""
    if not len(doc):
        return doc
    texts = token_texts(doc)
    starts = numpy.full(len(doc), -1, dtype="int64")
    starts[0] = 1
    for i in positions(doc, ends_sentence):
        if wraps_a_date(texts, i) or texts[i] == "+" and not ends_ticker_item(texts, i):
            continue
        j = i + 1
        while j < len(texts) and (texts[j] in CLOSERS or not texts[j].strip()):
            j += 1
        if j < len(texts):
            starts[j] = 1
    found = numpy.flatnonzero(starts == 1).tolist()
    capped = cap_sentence_starts(found, texts)
    if len(capped) > len(found):
        starts[capped] = 1
        note(doc, f"sentences longer than {MAX_SENTENCE_TOKENS} tokens cut into {len(capped) - len(found) :,} more")
    doc.from_array([SENT_START], starts.view("uint64").reshape(-1, 1))  # spaCy keeps -1 (no start) as uint64
    return doc


@Language.factory("diplo_actors", requires=["token.is_sent_start"], assigns=["doc.ents"])
def make_actor_recogniser(nlp: Language, name: str) -> "ActorRecogniser":
    return ActorRecogniser(nlp, load_knowledge())


class ActorRecogniser:
    """Marks PERSON, ORG, GPE and LOC spans, with the knowledge base id where one is known.

    Matches knowledge base aliases ('Wladimir Putin', 'Kreml', 'Vereinigten Staaten'),
    persons introduced by a given name ('Stephen Vitkoff', 'Susie Wiles') and persons
    introduced by a role noun ('Kremlsprecher Dmitri Peskow', 'Finanzminister Bessent').
    """

    def __init__(self, nlp: Language, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        forms = {form for actor in kb.actors.values() for form in _surface_forms(actor, kb)}
        self.matcher.add("KB", [nlp.make_doc(form) for form in sorted(forms)])

    def __call__(self, doc: Doc) -> Doc:
        known = filter_spans(self._knowledge_spans(doc))
        taken = {i for span in known for i in range(span.start, span.end)}
        texts = token_texts(doc)  # rules look at strings; Spans are made only for what they find
        rules = self._person_spans(doc, texts) + self._org_spans(doc, texts) + self._place_spans(doc, texts)
        others = [s for s in rules + [e for e in doc.ents if e.label_ in ("PER", "ORG", "LOC")]
                  if not taken.intersection(range(s.start, s.end))]
        kept = known + filter_spans(others)
        doc.ents = [self._relabel(span) for span in kept]
        return doc

    def _knowledge_spans(self, doc: Doc) -> list[Span]:
        spans, texts = [], token_texts(doc)
        for _, start, end in self.matcher(doc):
            if not texts[start][:1].isupper():
                continue  # the matcher ignores case: "rat" is not the Council
            actor = self.kb.lookup(doc[start:end].text)
            if actor is None or (actor.kind == "person" and end - start == 1
                                 and (names_someone_else(texts, start, self.kb)
                                      or reads_as_adverb(texts, start, opens_sentence(doc, texts, start)))):
                continue
            if end - start == 1 and texts[start] != actor.name and is_common_noun(texts[start]) \
                    and not is_alias_as_written(texts[start], actor):
                continue  # "weitere Male" are no Malé: a noun is no alias of a name it is not ("Europaparlament" is)

            spans.append(Span(doc, start, end, label=actor.entity_type, kb_id=actor.entity_id))
        return spans

    def _person_spans(self, doc: Doc, texts: list[str]) -> list[Span]:
        """'Steve Witkoff', 'Kremlsprecher Dmitri Peskow': names after a given name or a role noun."""
        spans = []
        for i in positions(doc, opens_person_name):
            after_role = self.role_noun(texts[i]) is not None
            start = i + 1 if after_role else i
            end = person_name_end(texts, start, after_role, self.kb, opens_sentence(doc, texts, start))
            if end - start >= (1 if after_role else 2):
                spans.append(Span(doc, start, end, label="PERSON"))
        return spans

    def _org_spans(self, doc: Doc, texts: list[str]) -> list[Span]:
        """Organisations the knowledge base lacks: acronyms ('SPD', 'OSZE') and names ending in an
        organisation noun ('Deutsche Bank', 'Bundesverband Deutscher Banken')."""
        spans = []
        for i in positions(doc, may_name_organisation):
            text = texts[i]
            if _is_unknown_acronym(text):
                spans.append(Span(doc, i, i + 1, label="ORG"))
            elif text.lower().endswith(ORG_HEADS) and i > (sentence_start := doc[i].sent.start):
                start = i
                while start > sentence_start and is_name_like(texts[start - 1]) \
                        and texts[start - 1].lower() not in FUNCTION_WORDS and may_open_organisation(texts[start - 1]):
                    start -= 1
                if start < i or text.lower().endswith(("ag", "gmbh", "se")) and len(text) > 4:  # not "GmbH" alone
                    spans.append(Span(doc, start, i + 1, label="ORG"))
        return spans

    def _place_spans(self, doc: Doc, texts: list[str]) -> list[Span]:
        """Places after a locative preposition: 'in Goslar', 'aus Wolfsburg', 'nach Bad Ems', 'in San Francisco'
        (a given name continues a word that is no place alone)."""
        spans = []
        for i in (p + 1 for p in positions(doc, is_locative_preposition) if p + 1 < len(texts)):
            text = texts[i]
            if not is_name_like(text):
                continue
            if not could_name_place(text, self.kb):
                continue
            end = i + 1
            while end < len(texts) and is_name_like(texts[end]) and (
                    could_name_place(texts[end], self.kb) or end == i + 1 and texts[end] in self.kb.given_names
                    and "Toponym" not in name_kinds(text)):
                end += 1
            spans.append(Span(doc, i, end, label="LOC"))
        return spans

    @staticmethod
    def role_noun(text: str) -> tuple[str, bool, str | None] | None:
        """(role, is_contact_side, country prefix) for 'US-Außenminister', 'Kremlsprecher', 'Präsident'."""
        return known_role_noun(text)

    @staticmethod
    def _relabel(span: Span) -> Span:
        label = {"PER": "PERSON"}.get(span.label_, span.label_)
        return Span(span.doc, span.start, span.end, label=label, kb_id=span.kb_id)


def is_alias_as_written(text: str, actor: Actor) -> bool:
    """The word is one of the actor's names letter for letter, or its genitive, and no inflected form of a
    German noun: 'Europaparlament', 'Europaparlaments'; not 'Male' (plural of 'Mal') for Malé."""
    written = text if text in actor.aliases else text[:-1] if text.endswith("s") and text[:-1] in actor.aliases \
        else None
    return written is not None and not is_inflected_noun_form(written)


def person_name_end(texts: list[str], start: int, after_role: bool, kb: KnowledgeBase,
                    at_sentence_start: bool = False) -> int:
    """Where a personal name starting at `start` ends: given names, a rank, particles, then one surname.

    'Ursula von der Leyen', 'Frank-Walter Steinmeier', 'Marion Gräfin Dönhoff', 'Angela Merkels
    Corona-Politik' (the name ends with the genitive), after a role noun also a bare surname
    ('Außenminister Maas'). The surname is a name, not an ordinary word ('Hudson Valley', 'No Deal'
    are no people), unless the knowledge base knows it as someone's surname ('Kanzler Kurz').
    A given name that is also a German word needs a surname that is clearly one: 'Ernst der Lage',
    'Ab Montag', 'Per Anhalter', 'Willis Enkelin' (Willi's granddaughter) are no people.
    """
    end = start
    while end < len(texts) and (texts[end] in kb.given_names or end > start and is_initial(texts[end])) \
            and end - start < 3:
        end += 1  # "John F. Kennedy": an initial belongs to the given names
    if after_role and end == start and end + 1 < len(texts) and is_name_like(texts[end]) \
            and not texts[end].endswith("s") and could_be_surname(texts[end + 1], kb, after_given_name=True):
        end += 1  # a given name the lists lack: "Außenminister Gabi Aschkenasi", "Präsident Abdelfattah al-Sisi"
    doubt = given_name_doubt(texts[start], at_sentence_start) if end - start == 1 and not after_role else None
    surname_at = end if doubt else name_particles_end(texts, end, start)
    if surname_at < len(texts) and could_be_surname(texts[surname_at], kb, after_given_name=surname_at > start) \
            and not (doubt and not is_clearly_surname(texts[surname_at], kb, doubt)) \
            and not (texts[surname_at - 1] in ("der", "la") and is_only_common_noun(texts[surname_at])
                     and texts[surname_at] not in kb.surnames):
        return surname_at + 1  # "von der Universität", "von der Band" are no surnames
    if end - start >= 2 and could_be_surname(texts[end - 1], kb, after_given_name=True):
        return end  # a surname that is also a given name: "Charles Michel"; "Valeria Hänsel von der Universität"
    if after_role and end - start == 1 and texts[start] in kb.surnames:
        return end  # "EU-Ratspräsident Michel": after an office, a known bearer's surname that is a given name too
    return start


def name_particles_end(texts: list[str], end: int, start: int) -> int:
    """Past a rank and the particles after the given names: 'Marion Gräfin Dönhoff', 'Ursula von der Leyen',
    'Sander van der Linden'. A name's 'der' follows 'von', 'van' or 'de'; right after a given name it is the
    article ('Ernst der Lage')."""
    while end < len(texts) and end > start and "title" in name_word_class(texts[end]):
        end += 1
    if end < len(texts) and texts[end].lower() == "der":
        return end
    while end < len(texts) and texts[end].lower() in NAME_PARTICLES and end > start:
        end += 1
    return end


def given_name_doubt(text: str, at_sentence_start: bool = False) -> str | None:
    """Why a lone given name may be an ordinary word. 'word': German writes it in lower case and it opens
    the sentence ('Ab Montag', 'Per Anhalter'); 'foreign': a language writes it in lower case ('Mai', 'Will',
    'Reiner' inside a sentence); 'genitive': someone's ('Willis' is Willi's); 'noun': it is a German noun too
    ('Ernst', 'Roman', 'August'). None for plain given names."""
    if at_sentence_start and is_lower_case_word(text):
        return "word"
    if is_lower_case_word(text) or is_lower_case_word(text, "en"):
        return "foreign"
    if text.endswith("s") and not name_kinds(text) and text[:-1] in load_knowledge().given_names:
        return "genitive"
    if is_common_noun(text):
        return "noun"
    return None


def is_clearly_surname(text: str, kb: KnowledgeBase, doubt: str) -> bool:
    """A surname that makes a doubtful given name a person's: 'Per Mertesacker', 'Reiner Haseloff', 'Will Smith',
    'Ernst Müller'; not 'Ab Montag' (after a word German writes in lower case, no noun), 'Mai Lockerungen'
    or 'Willis Enkelin' (a common noun), nor a month after a noun ('Ende März', 'Anfang Juli')."""
    base = text[:-1] if text.endswith("s") and len(text) > 3 else text
    if is_calendar_word(text):
        return False  # "Ende März", "Anfang Juli": a date
    if base in kb.surnames or text in kb.surnames:
        return True
    if doubt == "word":
        return not (is_common_noun(text) or is_ordinary_word(text))
    if doubt in ("foreign", "genitive"):
        return "Nachname" in name_kinds(text) or not is_only_common_noun(text)
    return True


# What may stand between a sentence's start and its first word: quotes, brackets, a dash; and the colon
# after which German starts a sentence ('ZEIT ONLINE: Ab Samstag ...').
CLAUSE_OPENERS = frozenset({'"', "„", "“", "»", "«", "(", "–", "—", "-", ":"})


def opens_sentence(doc: Doc, texts: list[str], i: int) -> bool:
    """The token opens its sentence or a quoted or announced one, where German capitalises any word."""
    return doc[i].is_sent_start or i > 0 and texts[i - 1] in CLAUSE_OPENERS


def reads_as_adverb(texts: list[str], i: int, at_sentence_start: bool) -> bool:
    """'Kurz vor Ostern', 'Lange nach der Wahl', 'Kurz darauf': a word German writes in lower case opens
    the sentence and a preposition or adverb follows, as it follows an adverb, never a person's verb
    ('Kurz sagte', 'Kurz und Merkel')."""
    return at_sentence_start and is_lower_case_word(texts[i]) and i + 1 < len(texts) \
        and "adverb_sequel" in name_word_class(texts[i + 1])


def is_initial(text: str) -> bool:
    return len(text) == 2 and text[0].isupper() and text[1] == "."


def is_article_name(text: str) -> bool:
    """An Arabic family name with its article, written in lower case: 'al-Sisi', 'el-Baradei', 'asch-Scharaa'."""
    return bool(_ARTICLE_NAME.match(text))


def could_be_surname(text: str, kb: KnowledgeBase, after_given_name: bool = False) -> bool:
    """'Peskow', 'Müller' (a noun, but also a surname), 'Merkels'; not 'Valley', 'Zukunft', 'Krisenmanagement'.

    After a given name a German noun can be a surname ('David Frost', 'Jens Geier'); a word written in
    lower case ('Kurz', 'Court') or a compound of nouns ('Corona-Politik') cannot. Alone after a role noun
    a noun is a surname only of someone known ('Kanzler Kurz', not 'seinem Präsidenten Zeit verschafft').
    """
    if is_article_name(text):
        return True
    if not is_name_like(text) or known_role_noun(text) is not None or text.endswith(".") \
            or is_truncated_compound(text) or is_inflected_noun_form(text) and not name_kinds(text):
        return False
    base = text[:-1] if text.endswith("s") and len(text) > 3 else text
    if base in kb.surnames or text in kb.surnames:
        return True
    if after_given_name and ("Nachname" in name_kinds(text) or "Nachname" in name_kinds(base)):
        return True
    if any(is_lower_case_word(word, language) for word in (text, base) for language in ("de", "en")):
        return False
    if "-" in text and is_noun_phrase_part(text):
        return False
    return after_given_name or not (is_common_noun(text) or is_common_noun(base))


def names_someone_else(texts: list[str], i: int, kb: KnowledgeBase) -> bool:
    """A known surname inside another person's name: 'Louise Michel' is not Charles Michel, nor is
    'Michel Müller' (Michel as a given name)."""
    before = texts[i - 1] if i > 0 else ""
    after = texts[i + 1] if i + 1 < len(texts) else ""
    if before in kb.given_names:
        return True
    if before.lower() in NAME_PARTICLES and i > 1 and is_name_like(texts[i - 2]) \
            and texts[i - 2] not in kb.given_names and not is_ordinary_word(texts[i - 2]) \
            and known_role_noun(texts[i - 2]) is None and not is_calendar_word(texts[i - 2]) \
            and kb.lookup(texts[i - 2]) is None:
        return True  # "Anuna de Wever" is not Bart De Wever ("Treffen von Scholz", "in Paris von Macron" are them)
    return texts[i] in kb.given_names and is_name_like(after) and could_be_surname(after, kb) \
        and kb.lookup(after) is None


def opens_person_name(text: str) -> bool:
    """A role noun ('Kremlsprecher') or a given name ('Stephen'): a personal name may follow or start here."""
    return text[:1].isupper() and (known_role_noun(text) is not None or text in load_knowledge().given_names)


def may_open_organisation(text: str) -> bool:
    """A word of an organisation's name before its head noun: 'Deutsche Bank', 'Hamburger Sportverein',
    'Bertelsmann Stiftung'; not a determiner ('Ihrer Partei', 'Unser Aufsichtsrat') nor a noun that is no
    adjective ('Bevölkerung Risikogruppe', 'Beobachtung Ihrer Partei')."""
    if "determiner" in name_word_class(text):
        return False
    return not is_only_common_noun(text) or text.endswith(("e", "en", "er", "es", "em"))


def could_name_place(text: str, kb: KnowledgeBase) -> bool:
    """'Goslar', 'Meseberg', 'Bayern' (a German place name); not 'Quarantäne', 'Corona-Zeiten', 'Sicht',
    'Alten-' (of 'Alten- und Pflegeheimen'), 'Kreml-freundlichen' or 'US-Medien'."""
    if text in kb.given_names or known_role_noun(text) is not None or is_truncated_compound(text):
        return False
    if "-" in text:
        first, last = text.split("-", 1)[0], text.rsplit("-", 1)[-1]
        if last[:1].islower() or (kb.lookup(first) is not None and is_common_noun(last)):
            return False
    if "Toponym" in name_kinds(text):
        return True
    if text.endswith(".") or any(char.isdigit() for char in text):
        return False  # "St." of "St. Georg" alone, "in Covid-19-Zeiten"
    tail = common_noun_tail(text)  # "in Pandemiezeiten", "aus Verhandlungskreisen"; not "in Kapstadt"
    return unknown_or_given(text) and not is_ordinary_word(text) and not is_noun_phrase_part(text) \
        and (tail is None or is_place_name_element(tail))


def may_name_organisation(text: str) -> bool:
    """An unknown acronym ('OSZE') or a word ending in an organisation noun ('Bundesbank')."""
    return text[:1].isupper() and (_is_unknown_acronym(text) or text.lower().endswith(ORG_HEADS))


def _is_unknown_acronym(text: str) -> bool:
    """'OSZE', 'NHS'; not 'ONLINE' of 'ZEIT ONLINE', a word in capitals."""
    return bool(_ACRONYM.match(text)) and text.lower() not in german_vocabulary() and not is_ordinary_word(text)


def is_locative_preposition(text: str) -> bool:
    return text.lower() in ("in", "nach", "aus", "bei")


_ROLE_PREFIXES = {"us": "US", "eu": "EU", "nato": "NATO", "un": "UN", "uno": "UN", "kreml": "RU", "ex": None,
                  "vize": None}


@lru_cache(maxsize=200_000)
def unknown_or_given(text: str) -> bool:
    """A given name, or a word German does not know (nor without a genitive -s): can be a name."""
    base = text[:-1] if text.endswith("s") else text
    vocabulary = german_vocabulary()
    return text in load_knowledge().given_names or (
        text.lower() not in vocabulary and base.lower() not in vocabulary)


@lru_cache(maxsize=100_000)
def known_role_noun(text: str) -> tuple[str, bool, str | None] | None:
    """role_noun() against the knowledge base, remembered per word."""
    return role_noun(load_knowledge(), text)


def role_noun(kb: KnowledgeBase, text: str) -> tuple[str, bool, str | None] | None:
    """Read a German role noun: 'US-Sondergesandte' -> ('envoy', True, 'US'), 'Kremlsprecher' -> spokesperson, RU."""
    lower = text.lower()
    prefix_country = None
    if "-" in lower:
        head, _, rest = lower.partition("-")
        if head in _ROLE_PREFIXES or head.upper() in kb.country_ids:
            prefix_country = _ROLE_PREFIXES.get(head, head.upper())
            lower = rest
    found = kb.role_nouns.get(lower) or kb.role_nouns.get(singular_role_form(lower))
    if found is None:
        for prefix, country in _ROLE_PREFIXES.items():
            if lower.startswith(prefix) and lower[len(prefix):] in kb.role_nouns and len(lower) > len(prefix) + 3:
                found = kb.role_nouns[lower[len(prefix):]]
                prefix_country = prefix_country or country
                break
    if found is None:
        return None
    if lower.startswith("kreml"):
        prefix_country = "RU"
    qualifier = next((q for q in QUALIFIED_ROLES if text.lower().startswith(q)), None)
    if qualifier is not None and not lower.startswith(qualifier):
        return QUALIFIED_ROLES[qualifier], found[1], prefix_country  # "Vize-Präsident" is not the president
    return found[0], found[1], prefix_country


# A prefix that makes another office: "Ex-Präsident", "Vizekanzler" name no holder of the plain one.
QUALIFIED_ROLES = {"ex": "former", "vize": "deputy"}


def singular_role_form(lower: str) -> str:
    """The base of a singular case form: 'präsidenten' (dem Präsidenten), 'kanzlers', 'ministers';
    not plural forms like 'führern'."""
    if lower.endswith(("enten", "aten", "anten")):
        return lower[:-2]
    if lower.endswith("s") and not lower.endswith("ss"):
        return lower[:-1]
    return lower


def _surface_forms(actor: Actor, kb: KnowledgeBase) -> set[str]:
    """Every alias form that maps back to this actor in the alias index."""
    forms = set()
    for alias in actor.aliases:
        forms |= inflections(alias)
        if actor.kind == "person" and " " in alias:
            forms.add(surname(alias, actor.country))
    forms |= {g for g in map(genitive, list(forms)) if g}
    return {f for f in forms if kb.alias_ids.get(fold(f)) == {actor.entity_id}}


def build_pipeline(model: str | None = None) -> Language:
    """The extraction pipeline: a pretrained German model when named and installed, else blank German.
    One per process and model: build_pipeline() and build_pipeline(None) are the same pipeline."""
    return _build_pipeline(model or None)


@cache
def _build_pipeline(model: str | None) -> Language:
    nlp = None
    if model:
        try:
            nlp = spacy.load(model)
        except OSError:
            log.warning("spaCy model %r is not installed; using the embedded blank German pipeline", model)
    if nlp is None:
        nlp = spacy.blank("de")
    nlp.tokenizer = BoundedTokenizer(nlp.tokenizer)
    if not nlp.has_pipe("parser") and not nlp.has_pipe("senter"):
        nlp.add_pipe("news_sentences")
    nlp.add_pipe("diplo_actors")
    return nlp
