"""The job that materialises the whole graph, from the articles folder to the published warehouse."""

import dagster as dg

diplowatch_job = dg.define_asset_job(
    name="diplowatch",
    selection=dg.AssetSelection.all(),
    description="Ingest, extract, build the dbt marts and publish the warehouse.",
    # One process: the steps run one after the other on one DuckDB working file anyway.
    executor_def=dg.in_process_executor,
)
