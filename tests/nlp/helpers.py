"""Build an Article from a German text and extract it, for tests of the extraction library."""

from datetime import date

from orchestration.nlp.articles import make_article
from orchestration.nlp.extract import extract_article
from orchestration.nlp.records import Extraction


def extract_text(text: str, published: str | None = "2024-03-14") -> Extraction:
    article, _ = make_article("test", "test.txt", text, {"published_at": published} if published else {})
    return extract_article(article)


def names(extraction: Extraction, ids) -> set[str]:
    return {extraction.entities[i].canonical_name for i in ids}


def sides(extraction: Extraction, ids) -> set[str]:
    """The most specific sides among participants: a state stands beside its own people only as
    what they act for, so it is left out where one of its people takes part."""
    people_countries = {extraction.entities[i].country for i in ids if extraction.entities[i].entity_type == "PERSON"}
    return {extraction.entities[i].canonical_name for i in ids
            if not (extraction.entities[i].entity_type == "GPE" and extraction.entities[i].country in people_countries)}


def contacts(extraction: Extraction) -> list[tuple[str, str, frozenset[str]]]:
    """(type, status, sides) of every contact mention."""
    return [(m.event_type, m.status, frozenset(sides(extraction, m.participant_ids)))
            for m in extraction.event_mentions
            if m.event_type in ("MEETING", "CALL", "VISIT", "NEGOTIATION", "CONTACT")]


TODAY = date(2024, 3, 14)
