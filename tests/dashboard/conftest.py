"""A warehouse built once from seeds/ for the dashboard tests (real pipeline, real dbt)."""

import shutil

import pytest

from tests.conftest import SEEDS, run_pipeline


@pytest.fixture(scope="session")
def seeds_warehouse(tmp_path_factory):
    root = tmp_path_factory.mktemp("dashboard")
    folder = root / "seeds"
    shutil.copytree(SEEDS, folder)
    warehouse = root / "warehouse.duckdb"
    with pytest.MonkeyPatch.context() as mp:
        assert run_pipeline(folder, warehouse, mp).success
    return warehouse
