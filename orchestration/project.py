"""The dbt project as Dagster sees it."""

from pathlib import Path

from dagster_dbt import DbtProject

PROJECT_ROOT = Path(__file__).resolve().parents[1]

dbt_project = DbtProject(project_dir=PROJECT_ROOT / "dbt_project")
# Under `dagster dev` the manifest is (re)built on load; `make` runs `dbt parse` before anything else.
dbt_project.prepare_if_dev()
