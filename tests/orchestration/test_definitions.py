import importlib.metadata

from orchestration.definitions import defs


def test_definitions_load_with_job_schedule_and_sensor():
    repo = defs.get_repository_def()
    assert repo.has_job("diplowatch")
    assert [s.name for s in repo.schedule_defs] == ["daily_diplowatch"]
    assert [s.name for s in repo.sensor_defs] == ["articles_folder_sensor"]


def test_lineage_runs_from_articles_through_dbt_to_publication():
    graph = defs.resolve_asset_graph()
    upstream = {key.to_user_string(): {p.to_user_string() for p in graph.get(key).parent_keys}
                for key in graph.get_all_asset_keys()}
    assert upstream["raw_event_mentions"] == {"raw_articles"}
    assert "raw_event_mentions" in upstream["stg_event_mentions"]
    assert "raw_articles" in upstream["stg_articles"]
    assert "int_event_mentions_linked" in upstream["fct_event_mentions"]
    assert {"fct_diplomatic_contacts", "dim_entities"} <= upstream["published_warehouse"]


def test_dbt_tests_and_python_checks_are_asset_checks():
    checks = {key.name for key in defs.resolve_asset_graph().asset_check_keys}
    assert {"articles_have_actors", "offsets_point_into_text", "codebook_values"} <= checks
    assert any(name.startswith("unique_") for name in checks)
    assert any(name.startswith("relationships_") for name in checks)


def test_the_dbt_resource_runs_dbt_without_asking_it_its_version_or_opening_an_adapter(monkeypatch, tmp_path):
    # `dbt --version` asks PyPI for the latest release; the resource must not start it.
    import dagster_dbt.core.resource

    def no_subprocess(*args, **kwargs):
        raise AssertionError(f"started {args}")

    monkeypatch.setattr(dagster_dbt.core.resource, "check_output", no_subprocess)
    monkeypatch.setenv("DIPLO_BUILD_WAREHOUSE", str(tmp_path / "warehouse.duckdb"))
    dbt = defs.resources["dbt"]
    assert str(dbt._cli_version) == importlib.metadata.version("dbt-core")
    invocation = dbt.cli(["ls", "--resource-type", "model"], target_path=tmp_path / "target")
    assert invocation.wait().is_successful() and invocation.adapter is None
    listed = invocation.get_artifact("manifest.json")["nodes"]
    assert "model.diplowatch.fct_events" in listed
