"""The dbt unit tests (models' SQL on fixture rows) run here, not in the pipeline's `dbt build`."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from orchestration.assets.dbt import PRODUCTION_BUILD_FLAGS
from tests.conftest import ROOT

DBT = str(Path(sys.executable).with_name("dbt"))


def dbt(args: list[str], warehouse: Path, target: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "DIPLO_BUILD_WAREHOUSE": str(warehouse), "DO_NOT_TRACK": "1"}
    return subprocess.run([DBT, "--quiet", *args, "--profiles-dir", ".", "--target-path", str(target),
                           "--log-path", str(target / "logs")],
                          cwd=ROOT / "dbt_project", env=env, capture_output=True, text=True, timeout=900)


def resource_types(args: list[str], tmp_path: Path) -> list[str]:
    listed = dbt(["ls", *args, "--output", "json", "--output-keys", "resource_type"],
                 tmp_path / "warehouse.duckdb", tmp_path / "target")
    assert listed.returncode == 0, listed.stdout[-3000:] + listed.stderr[-3000:]
    return [json.loads(line)["resource_type"] for line in listed.stdout.splitlines() if line.startswith("{")]


def test_every_dbt_unit_test_passes_on_the_models_of_a_seeds_warehouse(seeds_warehouse, tmp_path):
    # Unit tests read the columns of each model's parents, so they run in a warehouse dbt built.
    warehouse = tmp_path / "warehouse.duckdb"
    shutil.copy(seeds_warehouse, warehouse)
    done = dbt(["test", "--select", "test_type:unit"], warehouse, tmp_path / "target")
    results = json.loads((tmp_path / "target" / "run_results.json").read_text())["results"]
    failed = [r["unique_id"] for r in results if r["status"] != "pass"]
    assert done.returncode == 0 and not failed, (failed, done.stdout[-5000:])
    assert len(results) == len(resource_types(["--resource-type", "unit_test"], tmp_path)) >= 50


def test_the_pipelines_build_leaves_out_the_unit_tests_and_no_data_test(tmp_path):
    everything = resource_types([], tmp_path)
    production = resource_types(list(PRODUCTION_BUILD_FLAGS), tmp_path)
    assert "unit_test" in everything and "unit_test" not in production
    assert production.count("test") == everything.count("test") >= 100
    assert production.count("model") == everything.count("model")
