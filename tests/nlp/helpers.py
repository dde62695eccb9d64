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


def contacts(extraction: Extraction) -> list[tuple[str, str, frozenset[str]]]:
    """(type, status, participant names) of every contact mention."""
    return [(m.event_type, m.status, frozenset(names(extraction, m.participant_ids)))
            for m in extraction.event_mentions
            if m.event_type in ("MEETING", "CALL", "VISIT", "NEGOTIATION", "CONTACT")]


TODAY = date(2024, 3, 14)
