"""dbt docs of the warehouse: generated from the seeds run's working copy, read from catalog.json and manifest.json."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from orchestration.warehouse import build_path
from tests.conftest import ROOT
from tests.test_integration import CONTRACT

DBT = str(Path(sys.executable).with_name("dbt"))


@pytest.fixture(scope="module")
def docs(seeds_run, tmp_path_factory) -> tuple[dict, dict]:
    target = tmp_path_factory.mktemp("docs")
    env = {**os.environ, "DIPLO_BUILD_WAREHOUSE": str(build_path(seeds_run.warehouse)),
           "DBT_SEND_ANONYMOUS_USAGE_STATS": "false"}
    subprocess.run([DBT, "docs", "generate", "--quiet", "--profiles-dir", ".", "--target-path", str(target)],
                   cwd=ROOT / "dbt_project", env=env, check=True, capture_output=True)
    return (json.loads((target / "manifest.json").read_text()), json.loads((target / "catalog.json").read_text()))


def models(manifest: dict) -> dict[str, dict]:
    return {n["name"]: n for n in manifest["nodes"].values() if n["resource_type"] == "model"}


@pytest.mark.integration
@pytest.mark.parametrize("table", sorted(CONTRACT))
def test_every_contract_column_is_described(docs, table):
    manifest, catalog = docs
    node = models(manifest)[table]
    built = set(catalog["nodes"][node["unique_id"]]["columns"])
    assert CONTRACT[table] <= built
    undescribed = [c for c in CONTRACT[table] if not node["columns"].get(c, {}).get("description")]
    assert not undescribed


@pytest.mark.integration
def test_every_model_and_every_column_it_builds_is_described(docs):
    manifest, catalog = docs
    for name, node in models(manifest).items():
        assert node["description"].strip(), name
        assert not node["description"].lstrip().lower().startswith(("select", "with", "--")), name
        built = catalog["nodes"][node["unique_id"]]["columns"]
        missing = [c for c in built if not node["columns"].get(c, {}).get("description")]
        assert not missing, (name, missing)


@pytest.mark.integration
def test_overview_exposure_freshness_and_schemas(docs):
    manifest, catalog = docs
    assert "Diplowatch warehouse" in manifest["docs"]["doc.diplowatch.__overview__"]["block_contents"]
    dashboard = manifest["exposures"]["exposure.diplowatch.diplowatch_dashboard"]
    assert dashboard["type"] == "dashboard"
    assert {"model.diplowatch.fct_diplomatic_contacts", "model.diplowatch.fct_events"} <= set(
        dashboard["depends_on"]["nodes"])
    articles = manifest["sources"]["source.diplowatch.raw.raw_articles"]
    assert articles["loaded_at_field"] == "updated_at" and articles["freshness"]["warn_after"]["count"] == 2
    schemas = {n["name"]: n["schema"] for n in models(manifest).values()}
    assert schemas["stg_articles"] == "staging" and schemas["int_article_events"] == "intermediate"
    assert schemas["fct_events"] == "main"
