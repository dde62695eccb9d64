"""Derive the word lists of orchestration/knowledge/lexicon/ from spacy-lookups-data (MIT).

Writes, per language (de, en), the words that text writes mostly in lower case ('nur', 'new',
'court'): the lexicon module reads these few hundred kilobytes instead of the word probability
tables of a million entries each, which cost seconds to load in every process.
Run by hand (`make knowledge`) when spacy-lookups-data changes.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import spacy_lookups_data

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "orchestration" / "knowledge" / "lexicon"
LOOKUPS = Path(spacy_lookups_data.__file__).parent / "data"
# The same thresholds the lexicon module documents: more frequent in lower case by this margin,
# and frequent enough to be evidence.
LOWER_CASE_MARGIN = 0.5
COMMON_WORD_LOG_PROB = -14.0


def lower_case_words(language: str) -> list[str]:
    with gzip.open(LOOKUPS / f"{language}_lexeme_prob.json.gz", "rt", encoding="utf-8") as fh:
        probabilities = json.load(fh)
    words = []
    for word, lower in probabilities.items():
        if not word.isalpha() or word != word.lower() or lower <= COMMON_WORD_LOG_PROB:
            continue
        capitalised = probabilities.get(word[:1].upper() + word[1:], -99.0)
        if lower > capitalised + LOWER_CASE_MARGIN:
            words.append(word)
    return sorted(words)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for language in ("de", "en"):
        words = lower_case_words(language)
        (OUT / f"lower_case_words.{language}.txt").write_text("\n".join(words) + "\n", encoding="utf-8")
        print(f"lower_case_words.{language}.txt: {len(words)} words")


if __name__ == "__main__":
    main()
