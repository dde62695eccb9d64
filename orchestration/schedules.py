"""The daily run of the whole graph."""

import dagster as dg

from orchestration.jobs import diplowatch_job

daily_schedule = dg.ScheduleDefinition(
    name="daily_diplowatch",
    job=diplowatch_job,
    cron_schedule="0 6 * * *",
    execution_timezone="Europe/Berlin",
    description="Every morning: ingest new articles, extract, rebuild the marts, publish.",
)
