"""Ingest: the articles folder into raw.raw_articles, with what was set aside in rejected_inputs."""


import time
from datetime import datetime, timezone

import dagster as dg
import pandas as pd

from orchestration.assets.tables import declared_schema, table_metadata
from orchestration.nlp.articles import fingerprint, read_folder
from orchestration.nlp.extract import EXTRACTION_FAILED
from orchestration.nlp.records import Article, Rejection
from orchestration.resources import ArticlesFolder, Warehouse
from orchestration.warehouse import connect_build

OWNERS = ["team:data-engineering"]

articles_folder = dg.AssetSpec(
    "articles_folder",
    description="The folder of input articles (DIPLO_ARTICLES_DIR): .txt, .json, .jsonl and manifest.csv. "
                "Not built here; a freshness check watches that new articles arrive.",
    group_name="ingest", kinds={"file"}, owners=OWNERS, tags={"layer": "source"},
)


@dg.asset(deps=[articles_folder], group_name="ingest", kinds={"python", "duckdb"}, owners=OWNERS,
          tags={"layer": "raw"}, metadata={"dagster/column_schema": declared_schema("raw", "raw_articles"),
                                           "dagster/table_name": "raw.raw_articles"})
def raw_articles(context: dg.AssetExecutionContext, articles_folder: ArticlesFolder,
                 warehouse: Warehouse) -> dg.MaterializeResult:
    """Articles of the input folder (.txt, .json, .jsonl, manifest.csv), one row per distinct article."""
    started = time.perf_counter()
    contents = read_folder(articles_folder.folder())
    with connect_build(warehouse.published()) as con:
        counts = sync_articles(con, contents.articles)
        rejected = record_rejections(con, contents.rejections)
        table = table_metadata(con, "raw", "raw_articles")
    for rejection in contents.rejections:
        context.log.warning(f"set aside {rejection.file_name}: {rejection.reason}")
    context.log.info(f"{counts['total']} articles: {counts['new']} new, {counts['changed']} changed, "
                     f"{counts['removed']} removed")
    return dg.MaterializeResult(metadata={
        **table,
        **{f"articles_{k}": dg.MetadataValue.int(v) for k, v in counts.items()},
        "rejected_inputs": dg.MetadataValue.int(rejected),
        "folder": dg.MetadataValue.path(str(articles_folder.folder())),
        "seconds": dg.MetadataValue.float(round(time.perf_counter() - started, 3)),
    })


def sync_articles(con, articles: list[Article]) -> dict[str, int]:
    """Insert new articles, replace changed ones, drop those no longer in the folder; count each.

    An article changes with its text or any metadata (title, publication date, source, language from
    the manifest or the record; its file or url): its row is replaced and `updated_at` moves.

    A file removed from the folder is removed from the warehouse on the next run:
    the warehouse mirrors the folder, as a re-run from scratch would.
    """
    now = datetime.now(timezone.utc).replace(tzinfo=None)
    known = {row[0]: (row[1:-1], row[-1]) for row in con.execute(
        "select article_id, fingerprint, file_name, url, first_seen_at from raw.raw_articles").fetchall()}
    incoming = {a.article_id for a in articles}
    new = [a for a in articles if a.article_id not in known]
    changed = [a for a in articles if a.article_id in known and known[a.article_id][0] != _version(a)]
    removed = [i for i in known if i not in incoming]
    rows = [_row(a, now, now) for a in new] + [_row(a, known[a.article_id][1], now) for a in changed]
    con.execute("begin")
    stale = removed + [a.article_id for a in changed]
    if stale:
        con.execute("delete from raw.raw_articles where article_id in (select unnest(?))", [stale])
    if rows:
        con.register("incoming_articles", pd.DataFrame(rows, columns=ARTICLE_COLUMNS))
        con.execute("insert into raw.raw_articles by name select * from incoming_articles")
        con.unregister("incoming_articles")
    con.execute("commit")
    return {"new": len(new), "changed": len(changed), "unchanged": len(articles) - len(new) - len(changed),
            "removed": len(removed), "total": len(articles)}


ARTICLE_COLUMNS = ["article_id", "file_name", "title", "text", "published_at", "published_precision", "source",
                   "url", "language", "content_sha256", "fingerprint", "first_seen_at", "updated_at"]


def _version(article: Article) -> tuple:
    """What makes a stored article row outdated: what its extraction reads, and where it came from."""
    return fingerprint(article), article.file_name, article.url


def _row(article: Article, first_seen: datetime, now: datetime) -> dict:
    return {"article_id": article.article_id, "file_name": article.file_name, "title": article.title,
            "text": article.text, "published_at": article.published_at,
            "published_precision": article.published_precision, "source": article.source, "url": article.url,
            "language": article.language, "content_sha256": article.content_sha256,
            "fingerprint": fingerprint(article), "first_seen_at": first_seen,
            "updated_at": now}


def record_rejections(con, rejections: list[Rejection], extraction: bool = False) -> int:
    """This run's rejections of one stage (ingest, or extraction): first_seen stays, last_seen moves,
    and the stage's rows of files since fixed or removed go, so the table says what is wrong now.

    Extraction failures ('extraction failed: ...') are the extraction's own: a failed article is
    extracted again on every run until it succeeds, so each run sees all of them again.
    """
    now = datetime.now(timezone.utc).replace(tzinfo=None)
    unique = sorted({(r.file_name, r.reason) for r in rejections})
    con.execute("begin")
    con.execute(PRUNE_EXTRACTION_SQL if extraction else PRUNE_INGEST_SQL,
                [[file for file, _ in unique], [reason for _, reason in unique], EXTRACTION_FAILED + "%"])
    if unique:
        con.executemany("""insert into main.rejected_inputs values (?, ?, ?, ?)
                           on conflict (file, reason) do update set last_seen = excluded.last_seen""",
                        [[file, reason, now, now] for file, reason in unique])
    con.execute("commit")
    return len(unique)


# The rows of a stage that this run did not find again: ($1, $2) are this run's files and reasons.
_NOT_FOUND_AGAIN = """(file, reason) not in (select (f, r) from (select unnest($1::varchar[]) as f,
                                                                 unnest($2::varchar[]) as r))"""
PRUNE_INGEST_SQL = f"delete from main.rejected_inputs where reason not like $3 and {_NOT_FOUND_AGAIN}"
PRUNE_EXTRACTION_SQL = f"delete from main.rejected_inputs where reason like $3 and {_NOT_FOUND_AGAIN}"
