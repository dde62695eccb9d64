"""Bounded work per article: what the extraction reads of one article, whatever the article holds.

The rules compare words within a sentence (a trigger with its phrase, a name with its clause), so
their cost grows with the square of a sentence's length and of the triggers and actors in it. News
sentences are short (in 500 real articles: 75 tokens at the 99.9th percentile, 3 trigger words and
7 actor mentions at most in one sentence), but a scraped table, a ticker page or a boilerplate loop is
one "sentence" of a million characters or "Treffen" 100,000 times. So every sentence is cut at a
maximum length and only so many trigger words and actor mentions of a sentence and of an article are
read: the cost of an article is then linear in its length. Each limit an article reaches is noted
(`notes`), and the extraction asset reports those articles in its metadata; an article that still
runs past its time budget fails like any article that breaks the extraction.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator

from spacy.tokens import Doc

MAX_CHUNK_CHARS = 100
MAX_SENTENCE_TOKENS = 150
MAX_TRIGGERS_PER_SENTENCE = 12
MAX_TRIGGERS_PER_ARTICLE = 1_000
MAX_ACTORS_PER_SENTENCE = 40
MAX_ACTORS_PER_ARTICLE = 10_000
SECONDS_PER_ARTICLE = 60.0

# Where a sentence cut at its maximum length prefers to break: after a clause mark.
BREAKS_AFTER = frozenset({",", ";", ":", "–", "—"})


# A run of characters without a space longer than MAX_CHUNK_CHARS, and the words and single other
# characters it is cut into.
_LONG_CHUNK = re.compile(r"\S{%d,}" % (MAX_CHUNK_CHARS + 1))
_PIECES = re.compile(r"\w+|[^\w\s]")


class BoundedTokenizer:
    """spaCy's tokenizer, except for runs of more than MAX_CHUNK_CHARS characters without a space.

    spaCy strips a chunk's prefixes and suffixes one at a time, copying the rest of the chunk each
    time: 20,000 '(' in a row cost 131 s, a million would cost days. Such a run (no word of German is
    that long; a link may be) is cut into its words and single other characters instead, in linear
    time; the text of the document stays the article's, character for character.
    """

    def __init__(self, tokenizer) -> None:
        self.tokenizer = tokenizer
        self.vocab = tokenizer.vocab

    def __call__(self, text: str) -> Doc:
        if _LONG_CHUNK.search(text) is None:
            return self.tokenizer(text)
        words: list[str] = []
        spaces: list[bool] = []
        position = runs = 0
        for run in _LONG_CHUNK.finditer(text):
            self._tokenise(text[position:run.start()], words, spaces)
            pieces = _PIECES.findall(run.group())
            words += pieces
            spaces += [False] * len(pieces)
            position, runs = run.end(), runs + 1
            if text.startswith(" ", position):  # the space after the run belongs to its last piece
                spaces[-1] = True
                position += 1
        self._tokenise(text[position:], words, spaces)
        doc = Doc(self.vocab, words=words, spaces=spaces)
        note(doc, f"{runs:,} runs of more than {MAX_CHUNK_CHARS} characters without a space cut into words")
        return doc

    def _tokenise(self, part: str, words: list[str], spaces: list[bool]) -> None:
        if part:
            doc = self.tokenizer(part)
            words += [token.text for token in doc]
            spaces += [bool(token.whitespace_) for token in doc]


class TimeBudgetExceeded(Exception):
    """An article's extraction ran past its time budget."""


def note(doc: Doc, message: str) -> None:
    """Record that a limit cut what was read of this article ('2 sentences longer than 150 tokens cut')."""
    doc.user_data.setdefault("limits", []).append(message)


def notes(doc: Doc) -> list[str]:
    return doc.user_data.get("limits", [])


def cap_sentence_starts(starts: list[int], texts: list[str], limit: int = MAX_SENTENCE_TOKENS) -> list[int]:
    """Sentence starts with a start added wherever a sentence would run past `limit` tokens.

    A long sentence breaks after its last comma, semicolon, colon or dash in the second half of the
    window, else at the limit: 'A, B, C, ...' of 1,000 list items becomes sentences of whole items.
    Each added start moves on by at least half the limit, so this is linear in the document.
    """
    capped: list[int] = []
    for start, end in zip(starts, starts[1:] + [len(texts)]):
        capped.append(start)
        while end - start > limit:
            cut = start + limit
            for i in range(cut - 1, start + limit // 2, -1):
                if texts[i - 1] in BREAKS_AFTER:
                    cut = i
                    break
            capped.append(cut)
            start = cut
    return capped


def start_budget(doc: Doc, seconds: float | None = None) -> None:
    """Start the article's time budget (SECONDS_PER_ARTICLE unless given)."""
    seconds = SECONDS_PER_ARTICLE if seconds is None else seconds
    doc.user_data["deadline"] = time.monotonic() + seconds
    doc.user_data["budget"] = seconds


def check_budget(doc: Doc, where: str) -> None:
    """Raise TimeBudgetExceeded when the article's time budget is spent."""
    deadline = doc.user_data.get("deadline")
    if deadline is not None and time.monotonic() > deadline:
        raise TimeBudgetExceeded(f"extraction ran past its time budget of {doc.user_data['budget']:g} s ({where})")


def bounded_candidates(doc: Doc, found: dict[int, list[int]]) -> Iterator[tuple[int, list[int]]]:
    """(sentence, trigger candidates) in text order: at most MAX_TRIGGERS_PER_SENTENCE of a sentence
    and MAX_TRIGGERS_PER_ARTICLE of the article, the time budget checked before each sentence.
    How many were read is counted in the document (`triggers_read`)."""
    read = dropped = 0
    for index, words in found.items():
        kept = words[:max(0, min(MAX_TRIGGERS_PER_SENTENCE, MAX_TRIGGERS_PER_ARTICLE - read))]
        dropped += len(words) - len(kept)
        if not kept:
            continue
        read += len(kept)
        doc.user_data["triggers_read"] = read
        check_budget(doc, f"sentence {index + 1}")
        yield index, kept
    if dropped:
        note(doc, f"{dropped:,} trigger words not read (at most {MAX_TRIGGERS_PER_SENTENCE} a sentence, "
                  f"{MAX_TRIGGERS_PER_ARTICLE:,} an article)")


def bounded_slots(doc: Doc, slots: dict[int, list]) -> dict[int, list]:
    """The actor mentions of each sentence the event rules read, in text order: at most
    MAX_ACTORS_PER_SENTENCE of a sentence and MAX_ACTORS_PER_ARTICLE of the article. The mentions
    themselves are all recorded; only what the rules compare is bounded."""
    kept: dict[int, list] = {}
    read = dropped = 0
    for index in sorted(slots):
        taken = slots[index][:max(0, min(MAX_ACTORS_PER_SENTENCE, MAX_ACTORS_PER_ARTICLE - read))]
        dropped += len(slots[index]) - len(taken)
        read += len(taken)
        if taken:
            kept[index] = taken
    doc.user_data["actors_read"] = read
    if dropped:
        note(doc, f"{dropped:,} actor mentions not read by the event rules (at most {MAX_ACTORS_PER_SENTENCE} "
                  f"a sentence, {MAX_ACTORS_PER_ARTICLE:,} an article)")
    return kept
