"""Name normalisation: folding, German transliteration variants and a phonetic key.

German news spells transliterated names by regular rules (Vladimir -> Wladimir,
Sergey Lavrov -> Sergej Lawrow, Zelensky -> Selenskyj); English-language
sources and translations use the English forms. We generate the German forms by
rule and compare names by their Kölner Phonetik code, which maps v/w, s/z and
the sch/sh spellings onto the same digits.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

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


_KOELN = {
    **dict.fromkeys("aeijouyäöü", "0"), "h": "", "b": "1", "f": "3", "v": "3", "w": "3",
    "g": "4", "k": "4", "q": "4", "l": "5", "m": "6", "n": "6", "r": "7",
    "s": "8", "z": "8", "ß": "8",
}


def cologne(word: str) -> str:
    """Kölner Phonetik code: 'Witkoff' and 'Vitkoff' -> '3243'; 'Lawrow' and 'Lavrov' -> '5373'."""
    w = fold(word).replace("-", "")
    w = "".join(c for c in w if c.isalpha())
    codes: list[str] = []
    for i, c in enumerate(w):
        prev = w[i - 1] if i else ""
        nxt = w[i + 1] if i + 1 < len(w) else ""
        if c in _KOELN:
            code = _KOELN[c]
        elif c == "p":
            code = "3" if nxt == "h" else "1"
        elif c in "dt":
            code = "8" if nxt in "csz" else "2"
        elif c == "c":
            if i == 0:
                code = "4" if nxt in "ahkloqrux" else "8"
            else:
                code = "8" if prev in "sz" or nxt not in "ahkoqux" else "4"
        elif c == "x":
            code = "8" if prev in "ckq" else "48"
        else:
            code = ""
        codes.append(code)
    out = ""
    for code in codes:
        if code and (not out or out[-1] != code[0]):
            out += code
        elif code and len(code) > 1:
            out += code[1:]
    return out[:1] + out[1:].replace("0", "") if out else ""


FAMILY_NAME_FIRST = {"CN", "TW", "KR", "KP", "VN", "HK", "MO"}


def surname(name: str, country: str | None = None) -> str:
    """The family name of a personal name: 'Ursula von der Leyen' -> 'Leyen'; of Chinese, Korean and
    Vietnamese names the first part ('Xi Jinping' -> 'Xi', 'Moon Jae In' -> 'Moon')."""
    words = name.split()
    if not words:
        return name
    return words[0] if country in FAMILY_NAME_FIRST and len(words) > 1 else words[-1]


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
