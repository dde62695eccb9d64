"""The warehouse files: a working copy the pipeline writes, and the published file readers open.

DuckDB allows one writer per file, and an open writer blocks readers in other
processes. So the pipeline never writes the published file: it builds in
`<name>.build.duckdb` beside it and publishes by copying to a temporary file
and renaming it into place (atomic on POSIX). Readers keep the old file open
until they reconnect; nobody ever sees a half-built warehouse. The working copy
also holds the incremental state (raw tables), so a run killed halfway leaves
the published warehouse untouched and the next run carries on.
"""

from __future__ import annotations

import os
import shutil
from contextlib import contextmanager
from collections.abc import Iterator
from pathlib import Path

import duckdb

RAW_SCHEMA_SQL = """
create table if not exists raw_articles (
    article_id varchar primary key,
    file_name varchar not null,
    title varchar,
    text varchar not null,
    published_at date,
    published_precision varchar,
    source varchar,
    url varchar,
    language varchar,
    content_sha256 varchar not null,
    first_seen_at timestamp not null,
    updated_at timestamp not null
);
create table if not exists raw_extracted_articles (
    article_id varchar primary key,
    content_sha256 varchar not null,
    extractor_version varchar not null,
    extracted_at timestamp not null
);
create table if not exists raw_sentences (
    article_id varchar not null,
    sentence_index integer not null,
    start_char integer not null,
    end_char integer not null,
    text varchar not null
);
create table if not exists raw_entities (
    article_id varchar not null,
    entity_id varchar not null,
    canonical_name varchar not null,
    entity_type varchar not null,
    wikidata_id varchar,
    country varchar,
    role varchar,
    aliases varchar[],
    in_knowledge_base boolean not null,
    party varchar
);
create table if not exists raw_entity_mentions (
    mention_id varchar not null,
    article_id varchar not null,
    entity_id varchar not null,
    sentence_index integer not null,
    start_char integer not null,
    end_char integer not null,
    surface_text varchar not null,
    mention_kind varchar not null
);
create table if not exists raw_event_mentions (
    mention_id varchar not null,
    article_id varchar not null,
    sentence_index integer not null,
    start_char integer not null,
    end_char integer not null,
    sentence_text varchar not null,
    event_type varchar not null,
    status varchar not null,
    event_date varchar,
    date_precision varchar,
    trigger_text varchar not null,
    trigger_start integer not null,
    trigger_end integer not null,
    participant_ids varchar[] not null,
    location_id varchar,
    confidence double not null,
    anaphoric boolean not null,
    local_event_key varchar not null
);
create table if not exists rejected_inputs (
    file varchar not null,
    reason varchar not null,
    first_seen timestamp not null,
    last_seen timestamp not null,
    primary key (file, reason)
);
"""


def build_path(published: Path) -> Path:
    """The working copy beside the published file: data/warehouse.duckdb -> data/warehouse.build.duckdb."""
    return published.with_name(f"{published.stem}.build{published.suffix or '.duckdb'}")


@contextmanager
def connect_build(published: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    """A connection to the working copy, created (from the published file if there is one) when missing."""
    working = build_path(published)
    working.parent.mkdir(parents=True, exist_ok=True)
    if not working.exists() and published.exists():
        shutil.copyfile(published, working)
    con = duckdb.connect(str(working))
    try:
        drop_outdated_tables(con)
        con.execute(RAW_SCHEMA_SQL)
        yield con
    finally:
        con.close()


COLUMNS_SQL = "select table_name, list(column_name order by ordinal_position) from information_schema.columns " \
              "where table_schema = 'main' group by all"


def drop_outdated_tables(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Raw tables whose columns differ from this version's are dropped and rebuilt from the articles.

    An upgrade that changes a raw table then costs one full extraction, never a failed run: the
    articles are read and extracted again because their bookkeeping goes with the tables. An
    incremental mart an older version built without its bookkeeping column is dropped and built in full.
    """
    scratch = duckdb.connect()
    try:
        scratch.execute(RAW_SCHEMA_SQL)
        expected = dict(scratch.execute(COLUMNS_SQL).fetchall())
    finally:
        scratch.close()
    existing = dict(con.execute(COLUMNS_SQL).fetchall())
    outdated = [t for t, columns in expected.items() if t in existing and existing[t] != columns]
    if outdated:
        for table in expected:  # the bookkeeping of what was extracted must not outlive the rows
            if table in existing and (table in outdated or table == "raw_extracted_articles"):
                con.execute(DROP_SQL[table])
    for mart, column in INCREMENTAL_MARTS.items():
        if mart in existing and column not in existing[mart]:
            con.execute(DROP_SQL[mart])  # built as a plain table by an older version: dbt builds it in full
            outdated.append(mart)
    return outdated


# Incremental dbt marts and the column their increments are keyed on.
INCREMENTAL_MARTS = {"dim_articles": "extracted_at", "fct_entity_mentions": "extracted_at"}


DROP_SQL = {
    "raw_articles": "drop table raw_articles",
    "raw_extracted_articles": "drop table raw_extracted_articles",
    "raw_sentences": "drop table raw_sentences",
    "raw_entities": "drop table raw_entities",
    "raw_entity_mentions": "drop table raw_entity_mentions",
    "raw_event_mentions": "drop table raw_event_mentions",
    "rejected_inputs": "drop table rejected_inputs",
    "dim_articles": "drop table dim_articles",
    "fct_entity_mentions": "drop table fct_entity_mentions",
}


def publish(published: Path) -> int:
    """Copy the working copy over the published file atomically; returns the published size in bytes."""
    working = build_path(published)
    con = duckdb.connect(str(working))
    try:
        con.execute("checkpoint")
    finally:
        con.close()
    for stale in published.parent.glob(f".{published.name}.*.tmp"):  # left by a publish that was killed
        stale.unlink(missing_ok=True)
    tmp = published.with_name(f".{published.name}.{os.getpid()}.tmp")
    shutil.copyfile(working, tmp)
    with open(tmp, "rb+") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, published)
    directory = os.open(published.parent, os.O_RDONLY)
    try:
        os.fsync(directory)
    finally:
        os.close(directory)
    return published.stat().st_size
