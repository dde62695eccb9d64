"""Python checks on the extraction output (the dbt tests become asset checks on their own)."""


import dagster as dg
import duckdb

from orchestration.nlp.knowledge import load_knowledge
from orchestration.nlp.names import full_name_conflict, names_beyond
from orchestration.nlp.records import CONTACT_TYPES, CONTEXT_TYPES, STATUSES
from orchestration.resources import Warehouse
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
        select count(*), count(*) filter (where article_id in (select article_id from raw_entity_mentions))
        from raw_articles""")
    share = with_actor / total if total else 1.0
    return dg.AssetCheckResult(
        passed=share >= MIN_SHARE_WITH_ACTOR, severity=dg.AssetCheckSeverity.WARN,
        metadata={"share": round(share, 3), "articles": total, "threshold": MIN_SHARE_WITH_ACTOR})


@dg.asset_check(asset="raw_event_mentions", description="Every mention's offsets point at its text in the article.")
def offsets_point_into_text(warehouse: Warehouse) -> dg.AssetCheckResult:
    (bad_entities, bad_events), = _query(warehouse, """
        select
            (select count(*) from raw_entity_mentions m join raw_articles a using (article_id)
             where substring(a.text, m.start_char + 1, m.end_char - m.start_char) <> m.surface_text),
            (select count(*) from raw_event_mentions m join raw_articles a using (article_id)
             where substring(a.text, m.start_char + 1, m.end_char - m.start_char) <> m.sentence_text)""")
    return dg.AssetCheckResult(passed=bad_entities == 0 and bad_events == 0,
                               metadata={"bad_entity_offsets": bad_entities, "bad_event_offsets": bad_events})


@dg.asset_check(asset="raw_event_mentions", description="Event types and statuses come from the codebook.")
def codebook_values(warehouse: Warehouse) -> dg.AssetCheckResult:
    (bad,), = _query(warehouse, """
        select count(*) from raw_event_mentions
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
