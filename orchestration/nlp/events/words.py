"""The German word lists of the event rules, read once from knowledge/events/.

triggers.tsv lists the nouns and verbs that report events; words.tsv holds every other list a
rule reads (status cues, prepositions, sense blockers ...), one list per name, so the rules stay
small functions over data.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from pathlib import Path

EVENTS_DIR = Path(__file__).resolve().parents[2] / "knowledge" / "events"


def _rows(name: str) -> list[dict[str, str]]:
    with open(EVENTS_DIR / name, encoding="utf-8") as fh:
        return list(csv.DictReader((line for line in fh if not line.startswith("#")), delimiter="\t"))


@dataclass(frozen=True)
class TriggerWord:
    lemma: str
    kind: str  # noun or verb
    event_type: str
    needs: str  # object, with, destination, reflexive_or_object or ""
    status: str  # a status the word itself carries ("Einladung": proposed) or ""


@cache
def trigger_words() -> dict[tuple[str, str], TriggerWord]:
    """(lemma, kind) -> trigger word."""
    words = [TriggerWord(r["lemma"], r["kind"], r["event_type"], r["needs"] or "", r["status"] or "")
             for r in _rows("triggers.tsv")]
    return {(w.lemma, w.kind): w for w in words}


@cache
def noun_triggers_longest_first() -> tuple[TriggerWord, ...]:
    nouns = [w for (_, kind), w in trigger_words().items() if kind == "noun"]
    return tuple(sorted(nouns, key=lambda w: -len(w.lemma)))


@cache
def word_list(name: str) -> dict[str, str]:
    """One list of words.tsv: word -> value ('status_cue': {'abgesagt': 'cancelled', ...})."""
    found = {r["word"]: r["value"] or "" for r in _rows("words.tsv") if r["list"] == name}
    if not found:
        raise KeyError(f"no word list {name!r} in {EVENTS_DIR / 'words.tsv'}")
    return found


def in_list(name: str, word: str) -> bool:
    return word in word_list(name)


@cache
def linking_phrases(name: str) -> tuple[tuple[str, ...], ...]:
    """One list of linking.tsv, which the dbt linking reads too, as word tuples ('am rande des' -> ('am', 'rande',
    'des')): one list for both readers of a phrase ('setting_preposition')."""
    found = tuple(tuple(r["word"].split()) for r in _rows("linking.tsv") if r["list"] == name)
    if not found:
        raise KeyError(f"no word list {name!r} in {EVENTS_DIR / 'linking.tsv'}")
    return found
