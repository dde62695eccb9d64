"""Extraction rows as Arrow tables: cheap to send back from worker processes and to load into DuckDB."""

from __future__ import annotations

from dataclasses import dataclass, fields

import pyarrow as pa

from orchestration.nlp.records import Entity, EntityMention, EventMention, Extraction, Sentence

_ARROW_TYPES = {"str": pa.string(), "str | None": pa.string(), "int": pa.int64(), "float": pa.float64(),
                "bool": pa.bool_(), "list[str]": pa.list_(pa.string())}


def _schema(cls, prefix: tuple[tuple[str, pa.DataType], ...] = ()) -> pa.Schema:
    return pa.schema(list(prefix) + [(f.name, _ARROW_TYPES[f.type]) for f in fields(cls)])


FAILED = "failed_articles"  # not a warehouse table: the articles whose extraction failed, and why
LIMITED = "limited_articles"  # nor this: the articles a limit of orchestration.nlp.limits cut, and how
SCHEMAS = {
    "raw_sentences": _schema(Sentence),
    "raw_entities": _schema(Entity, (("article_id", pa.string()),)),
    "raw_entity_mentions": _schema(EntityMention),
    "raw_event_mentions": _schema(EventMention),
    FAILED: pa.schema([("article_id", pa.string()), ("error", pa.string())]),
    LIMITED: pa.schema([("article_id", pa.string()), ("note", pa.string())]),
}


@dataclass
class Limited:
    article_id: str
    note: str


def _rows(extraction: Extraction, table: str) -> list:
    if table == FAILED:
        return [extraction] if extraction.error else []
    if table == LIMITED:
        return [Limited(extraction.article_id, "; ".join(extraction.notes))] if extraction.notes else []
    if table == "raw_sentences":
        return extraction.sentences
    if table == "raw_entity_mentions":
        return extraction.entity_mentions
    if table == "raw_event_mentions":
        return extraction.event_mentions
    return list(extraction.entities.values())


def to_tables(extractions: list[Extraction]) -> dict[str, pa.Table]:
    """One Arrow table per raw table, built column by column."""
    tables = {}
    for table, schema in SCHEMAS.items():
        columns: dict[str, list] = {name: [] for name in schema.names}
        for extraction in extractions:
            rows = _rows(extraction, table)
            if table == "raw_entities":
                columns["article_id"].extend([extraction.article_id] * len(rows))
            for name in columns:
                if name != "article_id" or table != "raw_entities":
                    columns[name].extend(getattr(row, name) for row in rows)
        tables[table] = pa.table(columns, schema=schema)
    return tables


def concat(parts: list[dict[str, pa.Table]]) -> dict[str, pa.Table]:
    return {table: pa.concat_tables([p[table] for p in parts]) if parts else schema.empty_table()
            for table, schema in SCHEMAS.items()}
