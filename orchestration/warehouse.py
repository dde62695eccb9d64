"""The warehouse files: a working copy the pipeline writes, and the published file readers open.

DuckDB allows one writer per file, and an open writer blocks readers in other
processes. So the pipeline never writes the published file: it builds in
`<name>.build.duckdb` beside it and publishes by copying to a temporary file
and renaming it into place (atomic on POSIX). Readers keep the old file open
until they reconnect; nobody ever sees a half-built warehouse. The working copy
also holds the incremental state (raw tables), so a run killed halfway leaves
the published warehouse untouched and the next run carries on.

Layout: the Python assets write their raw tables into the `raw` schema, dbt builds its
staging and intermediate models in `staging` and `intermediate`, and the default schema
`main` holds only what analysts query: the contract marts and `rejected_inputs`.
"""

from __future__ import annotations

import os
import shutil
from contextlib import contextmanager
from collections.abc import Iterator
from pathlib import Path

import duckdb

RAW_SCHEMA_SQL = """
create schema if not exists raw;
create table if not exists raw.raw_articles (
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
    fingerprint varchar not null,
    first_seen_at timestamp not null,
    updated_at timestamp not null
);
create table if not exists raw.raw_extracted_articles (
    article_id varchar primary key,
    content_sha256 varchar not null,
    fingerprint varchar not null,
    extractor_version varchar not null,
    extracted_at timestamp not null
);
create table if not exists raw.raw_sentences (
    article_id varchar not null,
    sentence_index integer not null,
    start_char integer not null,
    end_char integer not null,
    text varchar not null
);
create table if not exists raw.raw_entities (
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
create table if not exists raw.raw_entity_mentions (
    mention_id varchar not null,
    article_id varchar not null,
    entity_id varchar not null,
    sentence_index integer not null,
    start_char integer not null,
    end_char integer not null,
    surface_text varchar not null,
    mention_kind varchar not null
);
create table if not exists raw.raw_event_mentions (
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


class ForeignWarehouse(Exception):
    """The warehouse path holds a file that is not a Diplowatch warehouse."""


# Tables every Diplowatch warehouse has held, with columns no other database is likely to pair.
OUR_MARKS = {"rejected_inputs": {"file", "reason", "first_seen", "last_seen"},
             "raw_articles": {"article_id", "content_sha256", "first_seen_at"},
             "raw_extracted_articles": {"article_id", "content_sha256", "extractor_version"}}
TABLE_COLUMNS_SQL = "select table_schema, table_name, list(column_name) from information_schema.columns group by all"


def ensure_ours(path: Path) -> None:
    """Raise ForeignWarehouse unless `path` is missing, an empty DuckDB database or a Diplowatch warehouse.

    An analyst's database at DIPLO_WAREHOUSE (customers, a dim_articles of its own) must not lose
    tables to a run: it is opened read-only to look, and left as it was.
    """
    if not path.exists():
        return
    try:
        con = duckdb.connect(str(path), read_only=True)
        try:
            tables = con.execute(TABLE_COLUMNS_SQL).fetchall()
        finally:
            con.close()
    except duckdb.Error as exc:
        raise ForeignWarehouse(f"{path} cannot be opened as a DuckDB database ({type(exc).__name__}: "
                               f"{str(exc).splitlines()[0]}); it was left untouched. Set DIPLO_WAREHOUSE "
                               "to a new path or to a Diplowatch warehouse.") from None
    if not tables or any(name in OUR_MARKS and set(columns) >= OUR_MARKS[name] for _, name, columns in tables):
        return
    names = ", ".join(sorted({name if schema == "main" else f"{schema}.{name}" for schema, name, _ in tables})[:8])
    raise ForeignWarehouse(f"{path} is a DuckDB database but not a Diplowatch warehouse (it holds {names}); "
                           "it was left untouched. Set DIPLO_WAREHOUSE to a new path or to a Diplowatch warehouse.")


def build_path(published: Path) -> Path:
    """The working copy beside the published file: data/warehouse.duckdb -> data/warehouse.build.duckdb."""
    return published.with_name(f"{published.stem}.build{published.suffix or '.duckdb'}")


@contextmanager
def connect_build(published: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    """A connection to the working copy, created (from the published file if there is one) when missing."""
    working = build_path(published)
    ensure_ours(working)
    ensure_ours(published)
    working.parent.mkdir(parents=True, exist_ok=True)
    if not working.exists() and published.exists():
        shutil.copyfile(published, working)
    con = duckdb.connect(str(working))
    try:
        drop_outdated_tables(con)
        con.execute(RAW_SCHEMA_SQL)
        move_tables_out_of_main(con)
        yield con
    finally:
        con.close()


RAW_TABLES = ("raw_articles", "raw_extracted_articles", "raw_sentences", "raw_entities", "raw_entity_mentions",
              "raw_event_mentions")
COLUMNS_SQL = "select table_schema || '.' || table_name, list(column_name order by ordinal_position) " \
              "from information_schema.columns where table_schema in ('main', 'raw') group by all"


def expected_columns() -> dict[str, list[str]]:
    """The columns of every table this version creates, keyed 'schema.table'."""
    scratch = duckdb.connect()
    try:
        scratch.execute(RAW_SCHEMA_SQL)
        return dict(scratch.execute(COLUMNS_SQL).fetchall())
    finally:
        scratch.close()


def drop_outdated_tables(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Raw tables whose columns differ from this version's are dropped and rebuilt from the articles.

    An upgrade that changes a raw table then costs one full extraction, never a failed run: the
    articles are read and extracted again because their bookkeeping goes with the tables. An
    incremental mart an older version built without its bookkeeping column is dropped and built in full.
    """
    expected = expected_columns()
    existing = dict(con.execute(COLUMNS_SQL).fetchall())
    outdated = [t for t, columns in expected.items() if t in existing and existing[t] != columns]
    if outdated:
        for table in expected:  # the bookkeeping of what was extracted must not outlive the rows
            if table in existing and (table in outdated or table == "raw.raw_extracted_articles"):
                con.execute(DROP_SQL[table])
    for mart, column in INCREMENTAL_MARTS.items():
        if f"main.{mart}" in existing and column not in existing[f"main.{mart}"]:
            con.execute(DROP_SQL[mart])  # built as a plain table by an older version: dbt builds it in full
            outdated.append(mart)
    return outdated


def move_tables_out_of_main(con: duckdb.DuckDBPyConnection) -> list[str]:
    """An older version kept raw tables and dbt's staging and intermediate models in `main`.

    Raw tables of the current layout move to `raw` with their rows (nothing is extracted again);
    outdated ones, and the bookkeeping with them, are dropped as `drop_outdated_tables` would.
    Old staging views and intermediate tables are dropped: dbt builds them in their own schemas.
    """
    expected = expected_columns()
    existing = dict(con.execute(COLUMNS_SQL).fetchall())
    legacy = [t for t in RAW_TABLES if f"main.{t}" in existing]
    current = [t for t in legacy if existing[f"main.{t}"] == expected[f"raw.{t}"]]
    keep_bookkeeping = len(current) == len(legacy)
    for table in legacy:
        if table in current and (table != "raw_extracted_articles" or keep_bookkeeping):
            con.execute(MOVE_SQL[table])
        con.execute(DROP_SQL[f"main.{table}"])
    for name, kind in con.execute(LEGACY_MODELS_SQL).fetchall():
        con.execute(f'drop {"view" if kind == "VIEW" else "table"} main."{name}"')  # names dbt gave its models
    return legacy


# Staging views and intermediate tables dbt built in main before they had schemas of their own.
LEGACY_MODELS_SQL = r"""
    select table_name, table_type from information_schema.tables
    where table_schema = 'main' and regexp_matches(table_name, '^(stg|int)_[a-z0-9_]+$')
    order by table_type = 'VIEW' desc
"""

# Incremental dbt marts and the column their increments are keyed on.
INCREMENTAL_MARTS = {"dim_articles": "extracted_at", "fct_entity_mentions": "extracted_at"}

# One statement per table, from the fixed names above: no SQL is built from data.
DROP_SQL = {
    **{f"raw.{t}": f"drop table raw.{t}" for t in RAW_TABLES},
    **{f"main.{t}": f"drop table main.{t}" for t in RAW_TABLES},
    "main.rejected_inputs": "drop table main.rejected_inputs",
    "dim_articles": "drop table main.dim_articles",
    "fct_entity_mentions": "drop table main.fct_entity_mentions",
}
MOVE_SQL = {t: f"insert into raw.{t} by name select * from main.{t}" for t in RAW_TABLES}


def process_alive(pid: str) -> bool:
    """Whether a process of this id runs (and is not this one, which is about to publish)."""
    if not pid.isdigit() or int(pid) == os.getpid():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def publish(published: Path) -> int:
    """Copy the working copy over the published file atomically; returns the published size in bytes."""
    working = build_path(published)
    ensure_ours(published)
    con = duckdb.connect(str(working))
    try:
        con.execute("checkpoint")
    finally:
        con.close()
    for stale in published.parent.glob(f".{published.name}.*.tmp"):
        if not process_alive(stale.name.split(".")[-2]):  # left by a publish that was killed
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
