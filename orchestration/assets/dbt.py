"""dbt models (staging, intermediate, marts) built in the working warehouse."""

import os
import shutil
import sys
from collections.abc import Iterator, Mapping, Sequence
from functools import cached_property
from pathlib import Path
from typing import Any

import dagster as dg
import duckdb
from dagster_dbt import DagsterDbtTranslator, DbtCliResource, dbt_assets
from dagster_dbt.asset_utils import default_description_fn
from dagster_dbt.compat import DBT_PYTHON_VERSION
from dagster_dbt.errors import DagsterDbtCliRuntimeError
from packaging.version import Version

from orchestration.project import dbt_project
from orchestration.resources import Warehouse
from orchestration.warehouse import build_path

# dbt comes with this Python environment; no activated virtualenv or PATH entry is needed.
DBT_EXECUTABLE = str(Path(sys.executable).with_name("dbt"))
# The dbt unit tests check the models' SQL on fixtures, not the data: they belong to `make test`
# (tests/test_dbt_unit_tests.py), where a change to the SQL is tested, not to every run. In the
# pipeline they cost a second each (55: a minute of a 75 s dbt build). The data tests stay.
PRODUCTION_BUILD_FLAGS = ("--exclude-resource-type", "unit_test")
# dagster-dbt gives every invocation its own target folder (about 5 MB); the newest few are kept.
KEEP_RUN_FOLDERS = 3


class DbtCli(DbtCliResource):
    """dagster-dbt's dbt resource without two steps it takes before each dbt command that our runs
    never use (together 4-9 s of every run on this machine, before dbt starts):

    - `dbt --version` in a subprocess, to learn which dbt it runs: that command asks PyPI for the
      latest release, a network request in every run. The dbt it runs is this environment's
      (DBT_EXECUTABLE), whose version dagster-dbt has already imported.
    - a dbt adapter opened in this process, which dagster-dbt uses only for its
      fetch_row_counts/fetch_column_metadata; `with_table_metadata` reads both itself.
    """

    @cached_property
    def _cli_version(self) -> Version:
        return DBT_PYTHON_VERSION

    def _initialize_dbt_core_adapter(self, args: Sequence[str]) -> None:
        return None


class DiplowatchTranslator(DagsterDbtTranslator):
    """dbt nodes as Dagster shows them: the yml description, the layer as a tag, typed columns."""

    def get_asset_key(self, dbt_resource_props: Mapping[str, Any]) -> dg.AssetKey:
        # A model's key is its name whatever schema it is built in (dagster-dbt would prefix the schema).
        if dbt_resource_props["resource_type"] == "model":
            return dg.AssetKey(dbt_resource_props["name"])
        return super().get_asset_key(dbt_resource_props)

    def get_description(self, dbt_resource_props: Mapping[str, Any]) -> str:
        return default_description_fn(dbt_resource_props, display_raw_sql=False)

    def get_tags(self, dbt_resource_props: Mapping[str, Any]) -> Mapping[str, str]:
        fqn = dbt_resource_props.get("fqn", [])
        layer = {"layer": fqn[1]} if len(fqn) > 2 else {}
        return {**super().get_tags(dbt_resource_props), **layer}


TRANSLATOR = DiplowatchTranslator()


# No `project=` here: dagster-dbt would put the DbtProject object into every asset's metadata,
# where the UI can only show it as "[DbtProject] (unserializable)".
@dbt_assets(manifest=dbt_project.manifest_path, dagster_dbt_translator=TRANSLATOR)
def warehouse_models(context: dg.AssetExecutionContext, dbt: DbtCliResource, warehouse: Warehouse):
    """Staging, intermediate and mart models of the contract, with their dbt tests as asset checks."""
    working = build_path(warehouse.published())
    os.environ["DIPLO_BUILD_WAREHOUSE"] = str(working)
    invocation = dbt.cli(["build", *PRODUCTION_BUILD_FLAGS], context=context)
    # Test results go out as dbt reports them; the models wait until dbt has closed the file, as
    # DuckDB lets nobody read beside its writer, and then carry their row counts and columns.
    built = []
    try:
        for event in invocation.stream():
            if model_of(event, invocation.manifest) is None:
                yield event
            else:
                built.append(event)
    except DagsterDbtCliRuntimeError:
        yield from with_table_metadata(built, invocation.manifest, working)  # what dbt built before it failed
        raise
    yield from with_table_metadata(built, invocation.manifest, working)
    prune_run_folders(invocation.target_path.parent, keep=KEEP_RUN_FOLDERS)


def with_table_metadata(events: list, manifest: Mapping[str, Any], working: Path) -> Iterator:
    """Every model's row count and its columns with DuckDB's types and the yml descriptions.

    Read here rather than with dagster-dbt's fetch_row_counts/fetch_column_metadata: on DuckDB
    those hold back every event (test results too) until dbt ends, go through dbt's adapter in
    this process by the relation names of the manifest Dagster loaded (wrong when it was parsed
    for another warehouse file), count no views, and give dbt's type names
    ("character varying(256)") without descriptions.
    """
    con = duckdb.connect(str(working), read_only=True)
    try:
        for event in events:
            node = model_of(event, manifest)
            if node is None:
                yield event
                continue
            yield event.with_metadata({**event.metadata, **columns_of(con, node),
                                       "dagster/row_count": row_count(con, node)})
    finally:
        con.close()


def model_of(event, manifest: Mapping[str, Any]) -> Mapping[str, Any] | None:
    if not isinstance(event, (dg.Output, dg.AssetMaterialization)) or "unique_id" not in event.metadata:
        return None
    node = manifest["nodes"].get(event.metadata["unique_id"].value)
    return node if node is not None and node["resource_type"] == "model" else None


def columns_of(con: duckdb.DuckDBPyConnection, node: Mapping[str, Any]) -> dict:
    described = {column: info.get("description") or None for column, info in node.get("columns", {}).items()}
    columns = [dg.TableColumn(column, data_type, description=described.get(column))
               for column, data_type in con.execute(COLUMNS_SQL, [node["schema"], node["alias"]]).fetchall()]
    return {"dagster/column_schema": dg.TableSchema(columns=columns),
            "dagster/table_name": dg.MetadataValue.text(f"{node['schema']}.{node['alias']}")}


def row_count(con: duckdb.DuckDBPyConnection, node: Mapping[str, Any]) -> dg.IntMetadataValue:
    # A relation dbt just built, named by its manifest (schema and alias), quoted as identifiers.
    (rows,) = con.execute(f'select count(*) from "{node["schema"]}"."{node["alias"]}"').fetchone()
    return dg.MetadataValue.int(rows)


COLUMNS_SQL = """
    select column_name, data_type from information_schema.columns
    where table_schema = ? and table_name = ? order by ordinal_position
"""


def prune_run_folders(target: Path, keep: int) -> list[Path]:
    """Delete all but the newest `keep` per-invocation folders dagster-dbt left in target/."""
    folders = sorted((p for p in target.iterdir() if p.is_dir() and p.name.startswith("warehouse_models-")),
                     key=lambda p: p.stat().st_mtime, reverse=True)
    for old in folders[keep:]:
        shutil.rmtree(old, ignore_errors=True)
    return folders[keep:]
