"""Plain typed rows that the extraction returns and the assets load into DuckDB."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from orchestration.nlp.codebook import codes_of

CONTACT_TYPES = codes_of("contact")
CONTEXT_TYPES = codes_of("context")
STATUSES = codes_of("status")


@dataclass
class Article:
    article_id: str
    file_name: str
    title: str | None
    text: str
    published_at: date | None
    published_precision: str | None
    source: str | None
    url: str | None
    language: str | None
    content_sha256: str


@dataclass(frozen=True)
class Rejection:
    file_name: str
    reason: str


@dataclass
class Sentence:
    article_id: str
    sentence_index: int
    start_char: int
    end_char: int
    text: str


@dataclass
class Entity:
    """One real-world actor or place as the extraction knows it."""

    entity_id: str
    canonical_name: str
    entity_type: str
    wikidata_id: str | None = None
    country: str | None = None
    role: str | None = None
    aliases: list[str] = field(default_factory=list)
    in_knowledge_base: bool = False
    party: str | None = None  # entity_id of the party the articles give in brackets: "Merkel (CDU)"


@dataclass
class EntityMention:
    mention_id: str
    article_id: str
    entity_id: str
    sentence_index: int
    start_char: int
    end_char: int
    surface_text: str
    mention_kind: str  # name, short_name, role, adjective, compound, affiliation


@dataclass
class EventMention:
    mention_id: str
    article_id: str
    sentence_index: int
    start_char: int
    end_char: int
    sentence_text: str
    event_type: str
    status: str
    event_date: str | None
    date_precision: str | None
    trigger_text: str
    trigger_start: int
    trigger_end: int
    participant_ids: list[str]
    location_id: str | None
    confidence: float
    anaphoric: bool = False
    local_event_key: str = ""  # mentions of one article that refer to the same event share it


@dataclass
class Extraction:
    """Everything extracted from one article."""

    article_id: str
    sentences: list[Sentence] = field(default_factory=list)
    entities: dict[str, Entity] = field(default_factory=dict)
    entity_mentions: list[EntityMention] = field(default_factory=list)
    event_mentions: list[EventMention] = field(default_factory=list)
    error: str | None = None  # set when extraction failed; the article keeps its earlier rows
    notes: list[str] = field(default_factory=list)  # limits that cut what was read (orchestration.nlp.limits)
