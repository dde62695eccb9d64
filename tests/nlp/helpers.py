"""Build an Article from a German text and extract it, for tests of the extraction library."""

from datetime import date

from orchestration.nlp.articles import make_article
from orchestration.nlp.extract import extract_article
from orchestration.nlp.records import Extraction


def extract_text(text: str, published: str | None = "2024-03-14") -> Extraction:
    article, _ = make_article("test", "test.txt", text, {"published_at": published} if published else {})
    extraction = extract_article(article)
    extraction.published = article.published_at  # for sides(): whom people act for on that day
    return extraction


def names(extraction: Extraction, ids) -> set[str]:
    return {extraction.entities[i].canonical_name for i in ids}


def sides(extraction: Extraction, ids) -> set[str]:
    """The most specific sides among participants: a state or organisation stands beside its own
    people only as what they act for, so it is left out where one of its people takes part."""
    from orchestration.nlp.events.diplomacy import polity
    from orchestration.nlp.knowledge import load_knowledge

    kb, day = load_knowledge(), getattr(extraction, "published", None)
    acted_for = {polity(extraction.entities[i], kb, day) for i in ids if extraction.entities[i].entity_type == "PERSON"}
    return {extraction.entities[i].canonical_name for i in ids
            if extraction.entities[i].entity_type == "PERSON" or polity(extraction.entities[i], kb, day) not in acted_for}


def contacts(extraction: Extraction) -> list[tuple[str, str, frozenset[str]]]:
    """(type, status, sides) of every contact mention."""
    return [(m.event_type, m.status, frozenset(sides(extraction, m.participant_ids)))
            for m in extraction.event_mentions
            if m.event_type in ("MEETING", "CALL", "VISIT", "NEGOTIATION", "CONTACT")]


TODAY = date(2024, 3, 14)


def parsed_sentence(text: str, published: str = "2024-03-14"):
    """The first sentence of a text as the event stages see it, with its trigger candidates."""
    from orchestration.nlp.actors import resolve_actors
    from orchestration.nlp.events import ArticleEvents
    from orchestration.nlp.knowledge import load_knowledge
    from orchestration.nlp.pipeline import build_pipeline

    article, _ = make_article("test", "test.txt", "Titel\n" + text, {"published_at": published})
    doc = build_pipeline()(article.text)
    actors = resolve_actors(doc, load_knowledge(), article.article_id, article.published_at, article.text)
    events = ArticleEvents(doc, actors, article.article_id, article.published_at)
    candidates = events._candidate_sentences()
    index = min(i for i in candidates if i > 0)
    return events._sentence(index), candidates[index]
