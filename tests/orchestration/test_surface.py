"""What an operator sees of the graph: metadata of a real run, layout, owners and groups, the quiet run."""

import json
import os
import time
import warnings

import dagster as dg
import pytest
from dagster._core.definitions.metadata import normalize_metadata

from orchestration.assets.dbt import prune_run_folders
from orchestration.checks import articles_folder_is_fresh
from orchestration.definitions import defs
from orchestration.project import dbt_project
from orchestration.resources import ArticlesFolder, NlpSettings
from tests.conftest import MARTS, query

RAW = ("raw_articles", "raw_sentences", "raw_entities", "raw_entity_mentions", "raw_event_mentions",
       "raw_extracted_articles")
# Marts beside the contract's: an event's sides and its reports (the lifecycle the event page shows).
EVENT_DETAILS = ("fct_event_sides", "fct_event_reports")
SCHEMA_OF = {**{t: "raw" for t in RAW}, "rejected_inputs": "main", **{m: "main" for m in MARTS + EVENT_DETAILS}}


@pytest.fixture(scope="module")
def materialised(seeds_run) -> dict[str, dict]:
    """The metadata of each asset's materialisation in the seeds run, as its Dagster instance stored it."""
    instance = dg.DagsterInstance.from_config(str(seeds_run.dagster_home))
    try:
        found = {}
        for key in defs.resolve_asset_graph().get_all_asset_keys():
            event = instance.get_latest_materialization_event(key)
            if event is not None:
                found[key.to_user_string()] = event.asset_materialization.metadata
        return found
    finally:
        instance.dispose()


# dagster-dbt keeps the manifest and its translator in metadata for its own use; the UI never shows
# these two (HIDDEN_METADATA_ENTRY_LABELS of dagster-webserver). Everything else it shows.
HIDDEN_BY_THE_UI = {"dagster_dbt/manifest", "dagster_dbt/dagster_dbt_translator"}


def unserializable(metadata) -> list[str]:
    """Keys whose values the UI would show as "[SomeClass] (unserializable)"."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # normalising arbitrary values warns of what this test looks for
        normalized = normalize_metadata(dict(metadata), allow_invalid=True)
    return [key for key, value in normalized.items()
            if key not in HIDDEN_BY_THE_UI and str(value.value).endswith("(unserializable)")]


@pytest.mark.integration
@pytest.mark.parametrize("table", MARTS + EVENT_DETAILS + RAW + ("rejected_inputs",))
def test_row_count_and_typed_column_schema_of_every_table(materialised, seeds_run, table):
    metadata = materialised[table]
    schema = SCHEMA_OF[table]
    [(rows,)] = query(seeds_run.warehouse, f"select count(*) from {schema}.{table}")
    assert metadata["dagster/row_count"].value == rows
    columns = query(seeds_run.warehouse, "select column_name, data_type from information_schema.columns "
                                         "where table_schema = ? and table_name = ? order by ordinal_position",
                    [schema, table])
    shown = metadata["dagster/column_schema"].value.columns
    assert [(c.name, c.type) for c in shown] == columns
    if table in MARTS + EVENT_DETAILS:
        assert all(c.description for c in shown), [c.name for c in shown if not c.description]


@pytest.mark.integration
def test_every_model_and_view_has_a_row_count(materialised):
    models = [k for k in materialised if k.startswith(("stg_", "int_"))]
    assert len(models) >= 8
    assert all(materialised[m]["dagster/row_count"].value >= 0 for m in models)


@pytest.mark.integration
def test_no_metadata_value_is_unserializable(materialised):
    for spec in defs.resolve_all_asset_specs():
        assert not unserializable(spec.metadata), spec.key
    for key, metadata in materialised.items():
        assert not unserializable(metadata), key


def dbt_layers() -> dict[str, set[str]]:
    """The dbt models of each layer (their folder under models/), as the manifest lists them."""
    layers: dict[str, set[str]] = {}
    for node in json.loads(dbt_project.manifest_path.read_text())["nodes"].values():
        if node["resource_type"] == "model":
            layers.setdefault(node["fqn"][1], set()).add(node["name"])
    return layers


@pytest.mark.integration
def test_the_default_schema_holds_the_contract_and_nothing_else(seeds_run):
    by_schema = {}
    for schema, table in query(seeds_run.warehouse, "select table_schema, table_name from information_schema.tables"):
        by_schema.setdefault(schema, set()).add(table)
    layers = dbt_layers()
    assert by_schema["main"] == set(MARTS) | set(EVENT_DETAILS) | {"rejected_inputs"} == layers["marts"] | {
        "rejected_inputs"}
    assert by_schema["raw"] == set(RAW)
    assert by_schema["staging"] == layers["staging"]
    assert by_schema["intermediate"] == layers["intermediate"]
    # The staging views of the published copy work where analysts open it.
    assert query(seeds_run.warehouse, "select count(*) from staging.stg_articles") == [(5,)]


@pytest.mark.integration
def test_make_runs_output_is_a_line_per_step_without_warnings_or_debug(seeds_run):
    lines = seeds_run.output.strip().splitlines()
    assert not [line for line in lines if "DEBUG" in line or "warn" in line.lower() or "deprecat" in line.lower()]
    steps = [line.split()[1] for line in lines if line.strip().startswith("✓")]
    assert steps == ["raw_articles", "raw_extractions", "rejected_inputs", "warehouse_models", "published_warehouse"]
    assert len(lines) <= 12
    log = seeds_run.warehouse.with_name("warehouse.run.log").read_text(encoding="utf-8")
    assert "Completed successfully" in log  # dbt's own output went to the log, not the terminal


def test_whole_graph_materialisation_runs_in_one_process_like_the_job():
    assert defs.resolve_implicit_global_asset_job_def().executor_def is dg.in_process_executor
    assert defs.resolve_job_def("diplowatch").executor_def is dg.in_process_executor


def test_every_asset_has_owners_and_a_layer_and_dbt_layers_are_groups():
    graph = defs.resolve_asset_graph()
    nodes = {key.to_user_string(): graph.get(key) for key in graph.get_all_asset_keys()}
    assert all(node.owners for node in nodes.values())
    assert all("layer" in node.tags for node in nodes.values())
    assert {nodes[m].group_name for m in MARTS} == {"marts"}
    assert nodes["stg_articles"].group_name == "staging"
    assert nodes["int_event_mentions_linked"].group_name == "intermediate"
    assert nodes["rejected_inputs"].group_name == "ingest" and "raw_articles" in {
        p.to_user_string() for p in nodes["rejected_inputs"].parent_keys}
    assert {"dbt", "duckdb"} <= nodes["fct_events"].kinds


def test_workers_and_freshness_are_settings_in_the_launchpad():
    fields = NlpSettings.to_config_schema().as_field().config_type.fields
    assert fields["workers"].default_value == 0 and not fields["workers"].is_required
    assert ArticlesFolder.to_config_schema().as_field().config_type.fields["fresh_within_hours"].default_value == 48
    assert NlpSettings(workers=0).worker_count() == (os.cpu_count() or 1)


def test_freshness_check_of_the_articles_folder(tmp_path):
    folder = ArticlesFolder(path=str(tmp_path), fresh_within_hours=48)
    assert not articles_folder_is_fresh(folder).passed  # nothing there
    article = tmp_path / "a.txt"
    article.write_text("Titel\nText.\n", encoding="utf-8")
    fresh = articles_folder_is_fresh(folder)
    assert fresh.passed and fresh.metadata["newest_file"].value == "a.txt"
    three_days_ago = time.time() - 72 * 3600
    os.utime(article, (three_days_ago, three_days_ago))
    stale = articles_folder_is_fresh(folder)
    assert not stale.passed and stale.severity == dg.AssetCheckSeverity.WARN
    assert 71 < stale.metadata["hours_since_update"].value < 73


def test_old_dbt_run_folders_are_pruned(tmp_path):
    for i in range(6):
        folder = tmp_path / f"warehouse_models-run{i}"
        folder.mkdir()
        os.utime(folder, (1_000_000 + i, 1_000_000 + i))
    (tmp_path / "manifest.json").write_text("{}")
    removed = prune_run_folders(tmp_path, keep=3)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["manifest.json", "warehouse_models-run3",
                                                           "warehouse_models-run4", "warehouse_models-run5"]
    assert len(removed) == 3
