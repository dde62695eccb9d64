"""Python asset checks; the dbt tests become asset checks on their own.

They read the working copy read-only. Every run executes in one process (the job's and the
definitions' executor), so a check never opens the file while dbt writes it.
"""

import time
from datetime import datetime, timezone

import dagster as dg
import duckdb

from orchestration.assets.ingest import articles_folder
from orchestration.nlp.knowledge import load_knowledge
from orchestration.nlp.names import full_name_conflict, names_beyond
from orchestration.nlp.records import CONTACT_TYPES, CONTEXT_TYPES, STATUSES
from orchestration.resources import ArticlesFolder, Warehouse
from orchestration.warehouse import build_path

MIN_SHARE_WITH_ACTOR = 0.8


def _query(warehouse: Warehouse, sql: str, params: list | None = None) -> list[tuple]:
    con = duckdb.connect(str(build_path(warehouse.published())), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


@dg.asset_check(asset="raw_entity_mentions", description="Most articles name at least one actor.")
def articles_have_actors(warehouse: Warehouse) -> dg.AssetCheckResult:
    (total, with_actor), = _query(warehouse, """
        select count(*), count(*) filter (where article_id in (select article_id from raw.raw_entity_mentions))
        from raw.raw_articles""")
    share = with_actor / total if total else 1.0
    return dg.AssetCheckResult(
        passed=share >= MIN_SHARE_WITH_ACTOR, severity=dg.AssetCheckSeverity.WARN,
        metadata={"share": round(share, 3), "articles": total, "threshold": MIN_SHARE_WITH_ACTOR})


@dg.asset_check(asset="raw_event_mentions", description="Every mention's offsets point at its text in the article.")
def offsets_point_into_text(warehouse: Warehouse) -> dg.AssetCheckResult:
    (bad_entities, bad_events), = _query(warehouse, """
        select
            (select count(*) from raw.raw_entity_mentions m join raw.raw_articles a using (article_id)
             where substring(a.text, m.start_char + 1, m.end_char - m.start_char) <> m.surface_text),
            (select count(*) from raw.raw_event_mentions m join raw.raw_articles a using (article_id)
             where substring(a.text, m.start_char + 1, m.end_char - m.start_char) <> m.sentence_text)""")
    return dg.AssetCheckResult(passed=bad_entities == 0 and bad_events == 0,
                               metadata={"bad_entity_offsets": bad_entities, "bad_event_offsets": bad_events})


@dg.asset_check(asset="raw_event_mentions", description="Event types and statuses come from the codebook.")
def codebook_values(warehouse: Warehouse) -> dg.AssetCheckResult:
    (bad,), = _query(warehouse, """
        select count(*) from raw.raw_event_mentions
        where event_type not in (select unnest(?)) or status not in (select unnest(?))""",
                     [list(CONTACT_TYPES + CONTEXT_TYPES), list(STATUSES)])
    return dg.AssetCheckResult(passed=bad == 0, metadata={"rows_outside_codebook": bad})


MAX_EXAMPLES = 10


@dg.asset_check(asset=dg.AssetKey(["dim_entities"]), blocking=False,
                description="No entity merges different people: no two full names with different given names.")
def no_merged_people(warehouse: Warehouse) -> dg.AssetCheckResult:
    """'Michael Müller' and 'Matthew Miller' in one entity are two people. Names the knowledge base
    itself lists for a person ('Tony Fauci' for Anthony Fauci) are no conflict."""
    kb = load_knowledge()
    merged = []
    for entity_id, name, aliases in _query(warehouse, """
            select entity_id, canonical_name, aliases from dim_entities where entity_type = 'PERSON'"""):
        known = kb.actors[entity_id].known_names if entity_id in kb.actors else set()
        conflict = full_name_conflict([name] + names_beyond(aliases or [], known))
        if conflict is not None:
            merged.append({"entity_id": entity_id, "canonical_name": name, "names": list(conflict)})
    return dg.AssetCheckResult(
        passed=not merged,
        metadata={"merged_entities": len(merged), "examples": dg.MetadataValue.json(merged[:MAX_EXAMPLES])})


# --- The input folder ---------------------------------------------------------------------------

@dg.asset_check(asset=articles_folder.key, description="New or changed articles arrived within `fresh_within_hours` "
                                                   "(a setting of the articles_folder resource).")
def articles_folder_is_fresh(articles_folder: ArticlesFolder) -> dg.AssetCheckResult:
    files = articles_folder.input_files()
    if not files:
        return dg.AssetCheckResult(passed=False, severity=dg.AssetCheckSeverity.WARN,
                                   description=f"No input files in {articles_folder.folder()}.",
                                   metadata={"files": 0})
    newest = max(files, key=lambda p: p.stat().st_mtime)
    updated = newest.stat().st_mtime
    hours = (time.time() - updated) / 3600
    return dg.AssetCheckResult(
        passed=hours <= articles_folder.fresh_within_hours, severity=dg.AssetCheckSeverity.WARN,
        description=f"The newest input file changed {hours:.1f} hours ago "
                    f"(at most {articles_folder.fresh_within_hours} expected).",
        metadata={"files": len(files), "newest_file": newest.name, "hours_since_update": round(hours, 1),
                  "dagster/last_updated_timestamp": dg.MetadataValue.timestamp(
                      datetime.fromtimestamp(updated, timezone.utc)),
                  "fresh_within_hours": articles_folder.fresh_within_hours})
