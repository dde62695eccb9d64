"""Name normalisation: folding, German transliteration variants, and when two names are one person's.

German news spells transliterated names by regular rules (Vladimir -> Wladimir,
Sergey Lavrov -> Sergej Lawrow, Zelensky -> Selenskyj); English-language
sources and translations use the English forms. We generate the German forms by
rule. Names that merely sound alike are never taken for one person: a known
person is matched only through the spellings generated from their own name.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

_SLAVIC_RULES = [
    (r"shch", "schtsch"),
    (r"kh", "\x01"),
    (r"zh", "sch"),
    (r"sh", "sch"),
    (r"(?<!s)ch", "tsch"),
    (r"^y(?=[aeiou])", "j"),
    (r"(?<=[aeiou])y(?=[aeiou])", "j"),
    (r"yu", "ju"),
    (r"ya", "ja"),
    (r"ye", "je"),
    (r"yo", "jo"),
    (r"iy$", "ij"),
    (r"yy$", "yj"),
    (r"ey$", "ej"),
    (r"ei$", "ej"),
    (r"y$", "i"),
    (r"v", "w"),
    (r"^z", "s"),
    (r"(?<=[aeiou])z", "s"),
    (r"(?<=[aeiou])s(?=[aeiou])", "ss"),
]

GERMAN_SPEAKING = {"DE", "AT", "CH", "LI", "LU"}
# Countries whose names reach German news through transliteration from Cyrillic.
CYRILLIC_COUNTRIES = {"RU", "UA", "BY", "KZ", "KG", "TJ", "UZ", "TM", "AZ", "AM", "GE", "MD", "RS", "BG", "MK", "MN"}


@lru_cache(maxsize=200_000)
def fold(text: str) -> str:
    """Lower case without diacritics and with single spaces: 'Erdoğan' -> 'erdogan'."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.replace("ß", "ss").casefold().split())


def germanise_word(word: str) -> str:
    """German transliteration of one English-spelled Slavic name part: 'Lavrov' -> 'Lawrow'."""
    lower = word.lower()
    for pattern, repl in _SLAVIC_RULES:
        lower = re.sub(pattern, repl, lower)
    lower = lower.replace("\x01", "ch")  # kh -> ch, kept apart from the ch -> tsch rule
    return lower[:1].upper() + lower[1:]


def name_variants(name: str, country: str | None) -> set[str]:
    """Spellings of a person's name that German and English news use.

    'Sergey Lavrov' (RU) -> {'Sergey Lavrov', 'Sergej Lawrow', ...};
    'Volodymyr Zelensky' (UA) -> {..., 'Wolodymyr Selenskyj', 'Wolodymyr Selenski'};
    'Steve Witkoff' (US) -> {'Steve Witkoff', 'Steve Vitkoff'} (back-transliterated in translations).
    """
    variants = {name}
    words = name.split()
    if country in CYRILLIC_COUNTRIES:
        german = " ".join(germanise_word(w) for w in words)
        variants.add(german)
        for suffix_from, suffix_to in (("skyj", "ski"), ("ski", "skyj"), ("sky", "skyj")):
            for v in list(variants):
                if v.endswith(suffix_from):
                    variants.add(v[: -len(suffix_from)] + suffix_to)
    elif words and words[-1][:1] in "WV" and country not in GERMAN_SPEAKING:  # German "Weil" is no "Veil"
        swapped = {"W": "V", "V": "W"}[words[-1][0]] + words[-1][1:]
        variants.add(" ".join(words[:-1] + [swapped]))
    return variants


KNOWLEDGE_DIR = Path(__file__).resolve().parents[1] / "knowledge"


@lru_cache(maxsize=1)
def family_name_first() -> frozenset[str]:
    """Countries whose names put the family name first (knowledge/name_order.tsv)."""
    lines = (KNOWLEDGE_DIR / "name_order.tsv").read_text(encoding="utf-8").splitlines()
    rows = [line.split("\t")[0] for line in lines if line and not line.startswith("#")]
    return frozenset(rows[1:])


def surname(name: str, country: str | None = None) -> str:
    """The family name of a personal name: 'Ursula von der Leyen' -> 'Leyen'; of Chinese, Korean and
    Vietnamese names the first part ('Xi Jinping' -> 'Xi', 'Moon Jae In' -> 'Moon')."""
    words = name.split()
    if not words:
        return name
    return words[0] if country in family_name_first() and len(words) > 1 else words[-1]


# Short words that running text glues onto a name when a line break is lost: "Angela Merkelmit".
GLUED_WORDS = ("gegenüber", "mit", "und", "bei", "hat", "ist", "sagte", "in", "im", "am", "an", "auf", "aus", "zu", "war", "will")


def unglued_surname(text: str, known: set[str] | frozenset[str]) -> str | None:
    """'Merkelmit' -> 'Merkel' when 'Merkel' is a known surname; None when nothing is glued on."""
    for word in GLUED_WORDS:
        if text.endswith(word) and len(text) > len(word) + 2 and text[: -len(word)] in known:
            return text[: -len(word)]
    return None


def one_edit_apart(a: str, b: str) -> bool:
    """One letter added, dropped or changed: 'gantz'/'gant', 'gantz'/'ganz'; not the same word."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long = sorted((a, b), key=len)
    return any(long[:i] + long[i + 1:] == short for i in range(len(long)))


def alias_spelling(surface: str, name: str) -> str:
    """A surname's particle written as in the full name: 'Al-Assad' opening a sentence is the 'al-Assad' of
    'Baschar al-Assad'; the capital is the sentence's. Other surfaces stay as written."""
    particle, hyphen, _ = surface.partition("-")
    lowered = surface[:1].lower() + surface[1:]
    if hyphen and particle.istitle() and len(particle) <= 3 and f" {lowered}" in f" {name}" and surface not in name:
        return lowered
    return surface


def given_names_agree(a: str, b: str) -> bool:
    """Whether two given names can be one person's: 'Sergei'/'Sergej', 'Vladimir'/'Wladimir',
    'Mikhail'/'Michail', 'J.'/'Joe', 'Alex'/'Alexander'; not 'Michael'/'Mark', 'Albert'/'Olaf',
    'Louis'/'Louise'. Each name is compared as written and in German transliteration."""
    if a.endswith(".") or b.endswith("."):
        return fold(a)[:1] == fold(b)[:1]
    forms_a = {fold(a), fold(germanise_word(a))}
    forms_b = {fold(b), fold(germanise_word(b))}
    return any(_spellings_agree(x, y) for x in forms_a for y in forms_b if x and y)


def _spellings_agree(x: str, y: str) -> bool:
    if x == y:
        return True
    if len(x) == len(y):  # one letter transliterated differently: Sergei/Sergej, Dmitri/Dmitry
        return len(x) >= 5 and sum(p != q for p, q in zip(x, y)) == 1
    short, long = sorted((x, y), key=len)
    return long.startswith(short) and len(long) - len(short) >= 3  # a short form: Alex/Alexander


def full_name_conflict(names: list[str]) -> tuple[str, str] | None:
    """Two full names of different people among one entity's names, or None: 'Michael Müller' and
    'Matthew Miller' conflict; 'Angela Merkel', 'Angela Dorothea Merkel' and 'Merkel' do not.
    A full name is two or more capitalised words; role phrases ('der russische Präsident') are none."""
    full = [n for n in names if len(n.split()) >= 2 and all(w[:1].isupper() for w in n.split()[:1])
            and n.split()[0].lower() not in ("der", "die", "dem", "den", "des")]
    for i, a in enumerate(full):
        for b in full[i + 1:]:
            if not given_names_agree(a.split()[0], b.split()[0]):
                return a, b
    return None


def names_beyond(names: list[str], known: set[str]) -> list[str]:
    """The names not among a person's known names, nor their genitive ('Joseph Ratzingers'), nor with a given
    name one of the known names has ('Stephen Vitkoff' for Steve Witkoff, known as Stephen Witkoff too)."""
    given = {k.split()[0] for k in known if len(k.split()) >= 2}
    return [n for n in names if n not in known and not (n.endswith("s") and n[:-1] in known)
            and not (len(n.split()) >= 2 and n.split()[0] in given)]
