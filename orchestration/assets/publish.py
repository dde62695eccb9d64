"""Publishing: the working copy replaces the warehouse that readers open, in one atomic rename."""


import time
from datetime import timedelta

import dagster as dg
import duckdb

from orchestration.resources import Warehouse
from orchestration.warehouse import build_path, publish

MARTS = ("dim_articles", "dim_entities", "fct_entity_mentions", "fct_event_mentions", "fct_events",
         "fct_diplomatic_contacts")
COUNT_SQL = {table: f"select count(*) from {table}" for table in MARTS}


@dg.asset(deps=[dg.AssetKey(table) for table in MARTS + ("rejected_inputs",)], group_name="publish",
          kinds={"duckdb"}, owners=["team:data-engineering"], tags={"layer": "publish"},
          # The daily schedule runs at 06:00 Berlin time: readers expect a publication by 07:00.
          freshness_policy=dg.FreshnessPolicy.cron(deadline_cron="0 7 * * *", lower_bound_delta=timedelta(hours=1),
                                                   timezone="Europe/Berlin"))
def published_warehouse(context: dg.AssetExecutionContext, warehouse: Warehouse) -> dg.MaterializeResult:
    """The warehouse analysts and the dashboard read: replaced atomically once every model is built."""
    started = time.perf_counter()
    con = duckdb.connect(str(build_path(warehouse.published())), read_only=True)
    try:
        counts = {table: con.execute(sql).fetchone()[0] for table, sql in COUNT_SQL.items()}
    finally:
        con.close()
    size = publish(warehouse.published())
    context.log.info(f"published {warehouse.published()} ({size / 1e6:.1f} MB)")
    return dg.MaterializeResult(metadata={
        "path": dg.MetadataValue.path(str(warehouse.published())),
        "megabytes": dg.MetadataValue.float(round(size / 1e6, 2)),
        **{f"rows_{table}": dg.MetadataValue.int(n) for table, n in counts.items()},
        "seconds": dg.MetadataValue.float(round(time.perf_counter() - started, 3)),
    })
