"""What German (and English) knows about a word: is it a common noun, a name, an ordinary word?

German capitalises every noun, so capitalisation alone does not tell "Quarantäne" from "Merkel".
Two open lexicons do:

- german-nouns (CC BY-SA 4.0, compiled from the German Wiktionary): about 100,000 nouns with all
  their case forms, and whether a noun is a given name (Vorname), a surname (Nachname), a place
  (Toponym) or another proper name (Eigenname).
- spacy-lookups-data (MIT): the word probabilities of German and English text, case-sensitive,
  tell words mostly written in lower case ("nur", "new", "court") from words mostly written
  capitalised (names). scripts/build_lexicon.py derives knowledge/lexicon/lower_case_words.*.txt
  from them, a few hundred kilobytes instead of tables of a million entries.

Closed classes (determiners, ranks between given name and surname, what follows a sentence-opening
adverb) are short lists of our own in knowledge/name_words.tsv.

Everything is read once per process, on first use.
"""

from __future__ import annotations

import csv
from functools import cache, lru_cache
from pathlib import Path

import german_nouns

# Abbreviations ("SPD", "EU") count as names: they name organisations more often than things.
NAME_KINDS = frozenset({"Vorname", "Nachname", "Toponym", "Eigenname", "Abkürzung"})
KNOWLEDGE_DIR = Path(__file__).resolve().parents[1] / "knowledge"
LEXICON_DIR = KNOWLEDGE_DIR / "lexicon"


@cache
def _noun_table() -> tuple[frozenset[str], dict[str, frozenset[str]], dict[str, str], frozenset[str]]:
    """(common noun forms, name form -> its kinds, form -> lemma, dictionary forms) from german-nouns'
    nouns.csv. Dictionary forms are the lemmas and nominative singulars of common nouns."""
    path = Path(next(iter(german_nouns.__path__))) / "nouns.csv"
    common: set[str] = set()
    named: dict[str, set[str]] = {}
    lemmas: dict[str, str] = {}
    dictionary: set[str] = set()
    with open(path, encoding="utf-8") as fh:
        rows = csv.reader(fh)
        header = next(rows)
        pos = header.index("pos")
        form_columns = [i for i, name in enumerate(header) if i > pos and not name.startswith("genus")]
        nominative = [i for i in form_columns if header[i].startswith("nominativ singular")]
        for row in rows:
            kinds = set(row[pos].split(",")) & NAME_KINDS
            forms = {row[0]} | {row[i] for i in form_columns if row[i]}
            if not kinds:
                dictionary.add(row[0])
                dictionary.update(row[i] for i in nominative if row[i])
            for form in forms:
                lemmas.setdefault(form, row[0])
                if kinds:
                    named.setdefault(form, set()).update(kinds)
                else:
                    common.add(form)
    return frozenset(common), {f: frozenset(k) for f, k in named.items()}, lemmas, frozenset(dictionary)


def is_common_noun(word: str) -> bool:
    """A form of a German common noun: 'Quarantäne', 'Risikogebieten', 'Krankenhäusern'."""
    return word in _noun_table()[0]


def name_kinds(word: str) -> frozenset[str]:
    """What kind of proper name the word is in German: {'Nachname'} for 'Merkel', {'Toponym'} for 'Bayern'."""
    return _noun_table()[1].get(word, frozenset())


def noun_lemma(word: str) -> str | None:
    """The dictionary form of a noun form: 'Kreisen' -> 'Kreis', 'Gipfeltreffens' -> 'Gipfeltreffen'."""
    return _noun_table()[2].get(word)


def is_only_common_noun(word: str) -> bool:
    """A common noun that is never a name: 'Zukunft' is, 'Müller' (also a surname) is not."""
    return is_common_noun(word) and not name_kinds(word)


def is_inflected_noun_form(word: str) -> bool:
    """A plural or case form of a German common noun, never its dictionary form: 'Pakete', 'Lockerungen',
    'Rechtsextremisten', 'Male' (of 'Mal'). A surname can be a noun ('Frost', 'Wahl'), not an inflected one."""
    return is_common_noun(word) and word not in _noun_table()[3]


def is_noun_phrase_part(word: str) -> bool:
    """A common noun, also inside a hyphenated compound: 'Corona-Politik', 'Post-Brexit-Gespräche',
    'EU-Diplomatenkreisen' (ending in the noun 'Kreisen')."""
    last = word.rsplit("-", 1)[-1]
    return is_only_common_noun(word) or (last != word and last[:1].isupper() and ends_in_common_noun(last))


@lru_cache(maxsize=100_000)
def ends_in_common_noun(word: str) -> bool:
    """'Diplomatenkreisen' ends in 'Kreisen', 'Politik' is one; a place name like 'Meseberg' is
    neither a noun nor a compound of one (the German lexicon lists 'Berg', but not 'Meseberg')."""
    return is_only_common_noun(word) or common_noun_tail(word) is not None


def common_noun_tail(word: str) -> str | None:
    """The longest common noun of five letters or more that a compound ends in: 'Verhandlungskreisen' ->
    'Kreisen', 'Kapstadt' -> 'Stadt'; None for 'Meseberg'."""
    for size in range(len(word) - 3, 4, -1):
        tail = word[-size:]
        tail = tail[:1].upper() + tail[1:]
        if is_only_common_noun(tail):
            return tail
    return None


def is_place_name_element(noun: str) -> bool:
    """A noun in its dictionary form that ends place names of the lexicon: 'Stadt' (Darmstadt), 'Büttel'
    (Brunsbüttel), 'Hafen'; not 'Kreisen' or 'Zeiten', nor the plural 'Ländern'."""
    return noun in _toponym_tails() and noun in _noun_table()[3]


@cache
def _toponym_tails() -> frozenset[str]:
    """The common nouns that end a one-word place name of german-nouns."""
    tails = set()
    for form, kinds in _noun_table()[1].items():
        if "Toponym" in kinds and " " not in form:
            tail = common_noun_tail(form)
            if tail:
                tails.add(tail)
    return frozenset(tails)


@cache
def _lower_case_words(language: str) -> frozenset[str]:
    path = LEXICON_DIR / f"lower_case_words.{language}.txt"
    return frozenset(path.read_text(encoding="utf-8").split())


@lru_cache(maxsize=200_000)
def is_lower_case_word(word: str, language: str = "de") -> bool:
    """A word written mostly in lower case in that language: 'Nur', 'New', 'Court' (English), not 'Hudson'."""
    return word.lower() in _lower_case_words(language)


def is_ordinary_word(word: str) -> bool:
    """An ordinary German or English word rather than a name: 'Nur', 'Kurz', 'Supreme' is not, 'Court' is."""
    return is_lower_case_word(word, "de") or is_lower_case_word(word, "en") or is_only_common_noun(word)


def german_given_names() -> list[str]:
    """The given names German knows: 'Henning', 'Gernot', 'Gabi' (forms of Vorname entries)."""
    return [form for form, kinds in _noun_table()[1].items() if "Vorname" in kinds and " " not in form]


@cache
def _name_words() -> dict[str, frozenset[str]]:
    """Word (lower case) -> its classes in knowledge/name_words.tsv."""
    classes: dict[str, set[str]] = {}
    with open(KNOWLEDGE_DIR / "name_words.tsv", encoding="utf-8") as fh:
        for row in csv.DictReader((line for line in fh if not line.startswith("#")), delimiter="\t"):
            classes.setdefault(row["word"], set()).add(row["class"])
    return {word: frozenset(found) for word, found in classes.items()}


def name_word_class(word: str) -> frozenset[str]:
    """The closed classes of a word: 'Ihrer' -> {'determiner'}, 'vor' -> {'adverb_sequel'}, 'Gräfin' -> {'title'}."""
    return _name_words().get(word.lower(), frozenset())


def is_truncated_compound(word: str) -> bool:
    """The first part of a compound whose head another word carries: 'Alten-' in 'Alten- und Pflegeheimen',
    'Ost-' in 'Ost- und Westdeutschland'. It names nothing on its own."""
    return len(word) > 1 and word.endswith("-")


@cache
def _date_words() -> dict[str, str]:
    """Word (lower case) -> its kind in knowledge/date_words.tsv, the date rules' word list."""
    with open(KNOWLEDGE_DIR / "date_words.tsv", encoding="utf-8") as fh:
        rows = csv.reader((line for line in fh if not line.startswith("#")), delimiter="\t")
        return {row[0]: row[1] for row in rows if len(row) > 1}


def is_calendar_word(word: str) -> bool:
    """A month or weekday: 'März', 'Juli', 'Montag' ('Ende März' is a date, not a person)."""
    return _date_words().get(word.lower()) in ("month", "weekday")


def is_date_phase(word: str) -> bool:
    """A word that places a date within its month or week: 'Anfang', 'Mitte', 'Ende'."""
    return _date_words().get(word.lower()) == "phase"
