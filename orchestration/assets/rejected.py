"""rejected_inputs: what ingest and extraction set aside, as an asset an operator can watch."""

from datetime import datetime, timezone

import dagster as dg
import duckdb

from orchestration.assets.ingest import OWNERS, raw_articles
from orchestration.assets.tables import declared_schema, table_metadata
from orchestration.resources import Warehouse
from orchestration.warehouse import build_path

SET_ASIDE_CHECK = "nothing_set_aside_this_run"
SHOWN_FILES = 50


@dg.asset(
    deps=[raw_articles, dg.AssetKey("raw_extracted_articles")], group_name="ingest", kinds={"duckdb"},
    owners=OWNERS, tags={"layer": "raw"},
    metadata={"dagster/column_schema": declared_schema("main", "rejected_inputs"),
              "dagster/table_name": "main.rejected_inputs"},
    check_specs=[dg.AssetCheckSpec(SET_ASIDE_CHECK, asset="rejected_inputs",
                                   description="No input file was set aside by this run's ingest or extraction.")],
)
def rejected_inputs(context: dg.AssetExecutionContext, warehouse: Warehouse):
    """Inputs set aside with the reason (bad encoding, malformed JSON, duplicates, failed extraction)."""
    since = run_started_at(context)
    con = duckdb.connect(str(build_path(warehouse.published())), read_only=True)
    try:
        table = table_metadata(con, "main", "rejected_inputs")
        recent = con.execute("""select file, reason from main.rejected_inputs where last_seen >= ?
                                order by file, reason""", [since]).fetchall()
    finally:
        con.close()
    files = files_table(recent[:SHOWN_FILES])
    yield dg.MaterializeResult(metadata={**table, "set_aside_this_run": dg.MetadataValue.int(len(recent)),
                                         "files_this_run": files})
    yield dg.AssetCheckResult(check_name=SET_ASIDE_CHECK, passed=not recent, severity=dg.AssetCheckSeverity.WARN,
                              metadata={"set_aside": dg.MetadataValue.int(len(recent)), "files": files})


def run_started_at(context: dg.AssetExecutionContext) -> datetime:
    """When this run started, in the naive UTC the pipeline stores its timestamps in."""
    stats = context.instance.get_run_stats(context.run.run_id)
    started = stats.start_time or datetime.now(timezone.utc).timestamp()
    return datetime.fromtimestamp(started, timezone.utc).replace(tzinfo=None)


def files_table(rows: list[tuple[str, str]]) -> dg.TableMetadataValue:
    return dg.MetadataValue.table(
        records=[dg.TableRecord({"file": file, "reason": reason}) for file, reason in rows],
        schema=dg.TableSchema(columns=[dg.TableColumn("file", "string"), dg.TableColumn("reason", "string")]))
