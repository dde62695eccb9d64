"""Assembles the Dagster definitions: assets, checks, job, schedule, sensor, resources and loggers."""

import dagster as dg

from orchestration.assets.dbt import DBT_EXECUTABLE, DbtCli, warehouse_models
from orchestration.assets.extract import raw_extractions
from orchestration.assets.ingest import articles_folder, raw_articles
from orchestration.assets.publish import published_warehouse
from orchestration.assets.rejected import rejected_inputs
from orchestration.checks import articles_folder_is_fresh, articles_have_actors, codebook_values, \
    no_merged_people, offsets_point_into_text
from orchestration.jobs import diplowatch_job
from orchestration.progress import progress_logger
from orchestration.project import dbt_project
from orchestration.resources import ArticlesFolder, NlpSettings, Warehouse
from orchestration.schedules import daily_schedule
from orchestration.sensors import articles_folder_sensor

defs = dg.Definitions(
    assets=[articles_folder, raw_articles, raw_extractions, rejected_inputs, warehouse_models, published_warehouse],
    asset_checks=[articles_folder_is_fresh, articles_have_actors, offsets_point_into_text, codebook_values,
                  no_merged_people],
    jobs=[diplowatch_job],
    schedules=[daily_schedule],
    sensors=[articles_folder_sensor],
    resources={
        "articles_folder": ArticlesFolder(path=dg.EnvVar("DIPLO_ARTICLES_DIR")),
        "warehouse": Warehouse(path=dg.EnvVar("DIPLO_WAREHOUSE")),
        "nlp_settings": NlpSettings(),
        "dbt": DbtCli(project_dir=dbt_project, dbt_executable=DBT_EXECUTABLE),
    },
    # "Materialize all" in the UI runs the implicit asset job: one process, steps one after the other,
    # like the diplowatch job, so no check reads the DuckDB file while dbt writes it.
    executor=dg.in_process_executor,
    loggers={"console": dg.colored_console_logger, "progress": progress_logger},
)
