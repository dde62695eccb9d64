"""The job that materialises the whole graph, from the articles folder to the published warehouse."""

import dagster as dg

diplowatch_job = dg.define_asset_job(
    name="diplowatch",
    # Every asset, and every check: the freshness check of the articles folder, which is not built here, too.
    selection=dg.AssetSelection.all() | dg.AssetSelection.all_asset_checks(),
    description="Ingest, extract, build the dbt marts and publish the warehouse.",
    # One process: the steps run one after the other on one DuckDB working file anyway.
    executor_def=dg.in_process_executor,
)
