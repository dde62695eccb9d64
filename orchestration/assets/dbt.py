"""dbt models (staging, intermediate, marts) built in the working warehouse."""


import os
import sys
from pathlib import Path

import dagster as dg
from dagster_dbt import DbtCliResource, dbt_assets

from orchestration.project import dbt_project
from orchestration.resources import Warehouse
from orchestration.warehouse import build_path

# dbt comes with this Python environment; no activated virtualenv or PATH entry is needed.
DBT_EXECUTABLE = str(Path(sys.executable).with_name("dbt"))


@dbt_assets(manifest=dbt_project.manifest_path, project=dbt_project)
def warehouse_models(context: dg.AssetExecutionContext, dbt: DbtCliResource, warehouse: Warehouse):
    """Staging, intermediate and mart models of the contract, with their dbt tests as asset checks."""
    os.environ["DIPLO_BUILD_WAREHOUSE"] = str(build_path(warehouse.published()))
    yield from dbt.cli(["build"], context=context).stream()
