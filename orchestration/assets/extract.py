"""Extraction: sentences, actors and events of every new or changed article into raw DuckDB tables."""


import time
from datetime import datetime, timezone

import dagster as dg
import pyarrow as pa

from orchestration.assets.ingest import raw_articles, record_rejections
from orchestration.assets.tables import declared_schema, table_metadata
from orchestration.nlp.extract import extract_tables, extractor_version
from orchestration.nlp.records import Article, Rejection
from orchestration.nlp.tables import FAILED, LIMITED
from orchestration.resources import NlpSettings, Warehouse
from orchestration.warehouse import connect_build

RAW_TABLES = ("raw_sentences", "raw_entities", "raw_entity_mentions", "raw_event_mentions")


RAW_TABLE_DESCRIPTIONS = {
    "raw_sentences": "Sentences of each extracted article.",
    "raw_entities": "Entities each article names, with knowledge base ids where known.",
    "raw_entity_mentions": "Entity mentions with character offsets into the article text.",
    "raw_event_mentions": "Event mentions: type, status, date, participants, location and evidence sentence.",
    "raw_extracted_articles": "When, and with which extractor, each article was extracted: what incremental "
                              "models read to build only what changed.",
}


@dg.multi_asset(
    specs=[dg.AssetSpec(table, deps=[raw_articles], description=text, group_name="extract",
                        kinds={"spacy", "duckdb"}, owners=["team:nlp"], tags={"layer": "raw"},
                        metadata={"dagster/column_schema": declared_schema("raw", table),
                                  "dagster/table_name": f"raw.{table}"})
           for table, text in RAW_TABLE_DESCRIPTIONS.items()],
)
def raw_extractions(context: dg.AssetExecutionContext, warehouse: Warehouse, nlp_settings: NlpSettings):
    """Sentences, entity mentions and event mentions of each article not yet extracted with this extractor."""
    started = time.perf_counter()
    version = extractor_version(nlp_settings.model or None)
    with connect_build(warehouse.published()) as con:
        pending = pending_articles(con, version)
        skipped = con.execute("select count(*) from raw.raw_articles").fetchone()[0] - len(pending)
        context.log.info(f"{len(pending)} articles to extract, {skipped} unchanged")
        tables = extract_tables(pending, nlp_settings.model or None, nlp_settings.batch_size,
                                nlp_settings.worker_count())
        nlp_seconds = time.perf_counter() - started
        failed = dict(zip(tables[FAILED]["article_id"].to_pylist(), tables[FAILED]["error"].to_pylist()))
        done = [a.article_id for a in pending if a.article_id not in failed]
        written = store_extractions(con, done, {t: rows for t, rows in tables.items() if t in RAW_TABLES}, version)
        written["raw_extracted_articles"] = len(done)
        files = {a.article_id: a.file_name for a in pending}
        record_rejections(con, [Rejection(files[i], error) for i, error in failed.items()], extraction=True)
        drop_stale_rows(con, list(failed))
        for article_id, error in failed.items():
            context.log.error(f"{files[article_id]}: {error}; its earlier rows are kept, it is tried again next run")
        limited = dict(zip(tables[LIMITED]["article_id"].to_pylist(), tables[LIMITED]["note"].to_pylist()))
        for article_id, note in limited.items():
            context.log.warning(f"{files[article_id]}: only part of it was read: {note}")
        removed = prune_orphans(con)
        tables_now = {table: table_metadata(con, "raw", table) for table in written}
    elapsed = time.perf_counter() - started
    shared = {
        "articles_extracted": dg.MetadataValue.int(len(pending) - len(failed)),
        "articles_failed": dg.MetadataValue.int(len(failed)),
        "articles_skipped": dg.MetadataValue.int(skipped),
        "articles_cut_by_limits": dg.MetadataValue.int(len(limited)),
        "articles_cut": limits_table([(files[i], note) for i, note in sorted(limited.items())][:SHOWN_LIMITED]),
        "orphan_rows_removed": dg.MetadataValue.int(removed),
        "extractor_version": dg.MetadataValue.text(version),
        "nlp_seconds": dg.MetadataValue.float(round(nlp_seconds, 3)),
        "seconds": dg.MetadataValue.float(round(elapsed, 3)),
        "articles_per_second": dg.MetadataValue.float(round(len(pending) / nlp_seconds, 1) if pending else 0.0),
    }
    for table, rows in written.items():
        yield dg.MaterializeResult(asset_key=table, metadata={
            **tables_now[table], "rows_written": dg.MetadataValue.int(rows), **shared})


SHOWN_LIMITED = 50


def limits_table(rows: list[tuple[str, str]]) -> dg.TableMetadataValue:
    """The articles a limit of orchestration.nlp.limits cut (a sentence too long, too many trigger
    words or actors), with what was left unread."""
    return dg.MetadataValue.table(
        records=[dg.TableRecord({"file": file, "limits": note}) for file, note in rows],
        schema=dg.TableSchema(columns=[dg.TableColumn("file", "string"), dg.TableColumn("limits", "string")]))


def pending_articles(con, version: str) -> list[Article]:
    """Articles whose fingerprint (text, title, publication date, source, language) or extractor
    (code, knowledge base, model) changed since they were last extracted."""
    rows = con.execute("""
        select a.article_id, a.file_name, a.title, a.text, a.published_at, a.published_precision,
               a.source, a.url, a.language, a.content_sha256
        from raw.raw_articles a
        left join raw.raw_extracted_articles e using (article_id)
        where e.article_id is null or e.fingerprint <> a.fingerprint or e.extractor_version <> ?
        order by a.article_id
    """, [version]).fetchall()
    return [Article(*row) for row in rows]


def store_extractions(con, ids: list[str], tables: dict[str, pa.Table], version: str) -> dict[str, int]:
    """Replace the rows of the extracted articles in one transaction, loading each Arrow table in bulk."""
    now = datetime.now(timezone.utc).replace(tzinfo=None)
    con.execute("begin")
    for table in RAW_TABLES + ("raw_extracted_articles",):
        con.execute(DELETE_BY_ARTICLE[table], [ids])
    for table, rows in tables.items():
        if rows.num_rows:
            con.register("incoming", rows)
            con.execute(INSERT_BY_NAME[table])
            con.unregister("incoming")
    if ids:
        con.execute("""insert into raw.raw_extracted_articles
                       select article_id, content_sha256, fingerprint, ?, ? from raw.raw_articles
                       where article_id in (select unnest(?))""", [version, now, ids])
    con.execute("commit")
    return {table: rows.num_rows for table, rows in tables.items()}


def drop_stale_rows(con, ids: list[str]) -> None:
    """Rows of an earlier version of a failed article index text that is gone: they go; rows of its
    current text (failed only under a newer extractor) stay until an extraction succeeds."""
    stale = [row[0] for row in con.execute("""
        select e.article_id from raw.raw_extracted_articles e join raw.raw_articles a using (article_id)
        where e.article_id in (select unnest(?)) and e.content_sha256 <> a.content_sha256""", [ids]).fetchall()]
    if stale:
        con.execute("begin")
        for table in RAW_TABLES + ("raw_extracted_articles",):
            con.execute(DELETE_BY_ARTICLE[table], [stale])
        con.execute("commit")


def prune_orphans(con) -> int:
    """Rows of articles that left the folder go with them."""
    removed = 0
    con.execute("begin")
    for table in RAW_TABLES + ("raw_extracted_articles",):
        removed += con.execute(DELETE_ORPHANS[table]).fetchone()[0]
    con.execute("commit")
    return removed


# One statement per table, written out so no SQL is ever built from strings at run time.
DELETE_BY_ARTICLE = {
    "raw_sentences": "delete from raw.raw_sentences where article_id in (select unnest(?))",
    "raw_entities": "delete from raw.raw_entities where article_id in (select unnest(?))",
    "raw_entity_mentions": "delete from raw.raw_entity_mentions where article_id in (select unnest(?))",
    "raw_event_mentions": "delete from raw.raw_event_mentions where article_id in (select unnest(?))",
    "raw_extracted_articles": "delete from raw.raw_extracted_articles where article_id in (select unnest(?))",
}
INSERT_BY_NAME = {
    "raw_sentences": "insert into raw.raw_sentences by name select * from incoming",
    "raw_entities": "insert into raw.raw_entities by name select * from incoming",
    "raw_entity_mentions": "insert into raw.raw_entity_mentions by name select * from incoming",
    "raw_event_mentions": "insert into raw.raw_event_mentions by name select * from incoming",
}
DELETE_ORPHANS = {
    "raw_sentences": "delete from raw.raw_sentences where article_id not in (select article_id from raw.raw_articles)",
    "raw_entities": "delete from raw.raw_entities where article_id not in (select article_id from raw.raw_articles)",
    "raw_entity_mentions":
        "delete from raw.raw_entity_mentions where article_id not in (select article_id from raw.raw_articles)",
    "raw_event_mentions":
        "delete from raw.raw_event_mentions where article_id not in (select article_id from raw.raw_articles)",
    "raw_extracted_articles":
        "delete from raw.raw_extracted_articles where article_id not in (select article_id from raw.raw_articles)",
}
