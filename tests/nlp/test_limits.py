"""Bounded work per article: pathological texts cost work linear in their length, counted not timed."""

import pytest

from orchestration.nlp import events, limits
from orchestration.nlp.actors import resolve_actors
from orchestration.nlp.articles import make_article
from orchestration.nlp.events import sides
from orchestration.nlp.extract import extract_tables
from orchestration.nlp.knowledge import load_knowledge
from orchestration.nlp.limits import (
    MAX_ACTORS_PER_ARTICLE,
    MAX_ACTORS_PER_SENTENCE,
    MAX_SENTENCE_TOKENS,
    MAX_TRIGGERS_PER_ARTICLE,
    MAX_TRIGGERS_PER_SENTENCE,
    cap_sentence_starts,
)
from orchestration.nlp.pipeline import build_pipeline, sentence_bounds
from tests.nlp.helpers import contacts, extract_text

# Texts of the kind scraped feeds hold: one word 100,000 times, a ticker loop, a table without full stops.
REPEATED_TRIGGER = "Gipfel\n" + "Treffen " * 100_000
TICKER_LOOP = "Ticker\n" + "Putin trifft Trump " * 10_000
NO_PUNCTUATION = "Tabelle\n" + ("Merkel trifft Macron in Paris und spricht mit Putin über die Gespräche und " * 14_000)[
    :999_000]


class Counted:
    """Counts what the event rules were given: trigger candidates per sentence, actors per sentence,
    and phrases read (the step whose count grew with the square of a sentence's triggers)."""

    def __init__(self, monkeypatch):
        self.candidates: list[int] = []
        self.actors: list[int] = []
        self.phrases = 0
        find, phrase = events.find_triggers, sides.phrase_range

        def find_triggers(sentence, words):
            self.candidates.append(len(words))
            self.actors.append(len(sentence.slots))
            return find(sentence, words)

        def phrase_range(sentence, trigger):
            self.phrases += 1
            return phrase(sentence, trigger)

        monkeypatch.setattr(events, "find_triggers", find_triggers)
        monkeypatch.setattr(sides, "phrase_range", phrase_range)


def extract_doc(text: str):
    article, _ = make_article("patho", "patho.txt", text, {"published_at": "2025-03-14"})
    doc = build_pipeline()(article.text)
    actors = resolve_actors(doc, load_knowledge(), article.article_id, article.published_at, article.text)
    found = events.extract_events(doc, actors, article.article_id, article.published_at)
    return doc, found


@pytest.mark.parametrize("text", [REPEATED_TRIGGER, TICKER_LOOP, NO_PUNCTUATION],
                         ids=["Treffen x 100,000", "Putin trifft Trump x 10,000", "a million characters, no stop"])
def test_a_pathological_article_is_read_with_bounded_work(text, monkeypatch):
    counted = Counted(monkeypatch)
    doc, _ = extract_doc(text)
    lengths = [end - start for start, end in sentence_bounds(doc)]
    assert max(lengths) <= MAX_SENTENCE_TOKENS
    assert len(lengths) >= len(doc) // MAX_SENTENCE_TOKENS  # every token still in a sentence of its own
    assert max(counted.candidates) <= MAX_TRIGGERS_PER_SENTENCE
    assert sum(counted.candidates) <= MAX_TRIGGERS_PER_ARTICLE
    assert max(counted.actors) <= MAX_ACTORS_PER_SENTENCE
    assert doc.user_data["actors_read"] <= MAX_ACTORS_PER_ARTICLE
    # each trigger reads its own phrase and those of its sentence's other triggers, never more
    assert counted.phrases <= sum(n * n for n in counted.candidates)
    assert limits.notes(doc)  # what was left unread is said


def test_the_limits_leave_news_alone():
    extraction = extract_text("Gipfel in Genf\nPutin und Biden trafen sich am Mittwoch in Genf. "
                              "Beide Präsidenten sprachen drei Stunden miteinander.")
    assert not extraction.notes
    assert ("MEETING", "happened", frozenset({"Wladimir Putin", "Joe Biden"})) in contacts(extraction)


def test_the_limits_are_noted_with_the_article():
    [note] = extract_tables([make_article("loop", "loop.txt", REPEATED_TRIGGER[:80_000], {})[0]])[
        "limited_articles"]["note"].to_pylist()
    assert "trigger words not read" in note and f"longer than {MAX_SENTENCE_TOKENS} tokens" in note


@pytest.mark.parametrize("words, cuts", [
    # a list of items breaks after the last comma in the second half of the window
    (["Wort"] * 100 + [","] + ["Wort"] * 100, [0, 101]),
    # without a clause mark, at the limit
    (["Wort"] * 400, [0, 150, 300]),
    # a sentence within the limit stays whole
    (["Wort"] * 150, [0]),
])
def test_a_long_sentence_is_cut_where_it_pauses(words, cuts):
    assert cap_sentence_starts([0], words) == cuts


def test_an_article_past_its_time_budget_fails_alone_and_the_batch_goes_on(monkeypatch):
    monkeypatch.setattr(limits, "SECONDS_PER_ARTICLE", -1.0)
    articles = [make_article(name, f"{name}.txt", "Titel\nMacron traf Scholz am Montag in Berlin.", {})[0]
                for name in ("first", "second")]
    failed = extract_tables(articles)["failed_articles"].to_pylist()
    assert [row["article_id"] for row in failed] == ["first", "second"]
    assert all("time budget" in row["error"] for row in failed)


@pytest.mark.parametrize("text, last_words", [
    ("Titel\n" + "(" * 200_000 + " Merkel traf Macron.", ["Merkel", "traf", "Macron"]),
    ("Quelle: https://beispiel.de/" + "archiv/" * 30 + "  Merkel traf Macron.\n" + "*" * 500 + "\nEnde",
     ["traf", "Macron", "Ende"]),
    ("=" * 101 + " Ende", ["Ende"]),
])
def test_a_long_run_without_spaces_is_cut_and_the_text_kept(text, last_words):
    doc = build_pipeline()(text)
    assert doc.text == text  # every offset still points into the article
    assert max(len(token.text) for token in doc) <= 100
    assert [t.text for t in doc if t.text.isalpha()][-len(last_words):] == last_words


def test_news_is_tokenised_as_spacy_does():
    text = "Außenministerin Baerbock (Grüne) traf am 3. März 2024 in Paris ihren Amtskollegen - „zu Gesprächen“."
    assert [t.text for t in build_pipeline()(text)] == [t.text for t in build_pipeline().tokenizer.tokenizer(text)]
