"""Shared fixtures: each test gets its own articles folder and warehouse."""

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import dagster as dg
import duckdb
import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
FIXTURES = Path(__file__).parent / "fixtures"
MARTS = ("dim_articles", "dim_entities", "fct_entity_mentions", "fct_event_mentions", "fct_events",
         "fct_diplomatic_contacts")


def pytest_sessionstart(session):
    """dagster-dbt loads the dbt manifest with the definitions; build it once if a checkout lacks it."""
    manifest = ROOT / "dbt_project" / "target" / "manifest.json"
    if not manifest.exists():
        subprocess.run([str(Path(sys.executable).with_name("dbt")), "parse", "--quiet", "--profiles-dir", "."],
                       cwd=ROOT / "dbt_project", check=True)


@pytest.fixture
def articles_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    return folder


@pytest.fixture
def seed_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "seeds"
    shutil.copytree(SEEDS, folder)
    return folder


@pytest.fixture
def warehouse_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "warehouse.duckdb"


@pytest.fixture
def pipeline_env(monkeypatch, warehouse_path):
    """Point the definitions' resources at a test folder and warehouse."""
    def point(folder: Path) -> Path:
        monkeypatch.setenv("DIPLO_ARTICLES_DIR", str(folder))
        monkeypatch.setenv("DIPLO_WAREHOUSE", str(warehouse_path))
        return warehouse_path
    return point


@dataclass(frozen=True)
class SeedsRun:
    warehouse: Path
    dagster_home: Path
    output: str  # what `make run`'s runner printed (stdout and stderr)


@pytest.fixture(scope="session")
def seeds_run(tmp_path_factory) -> SeedsRun:
    """One full run on a copy of seeds/ as `make run` does it (its runner, in a process of its own,
    on a Dagster instance of its own), shared by the tests that only read what it built."""
    root = tmp_path_factory.mktemp("seeded")
    shutil.copytree(SEEDS, root / "seeds")
    home = root / "dagster_home"
    home.mkdir()
    shutil.copy(ROOT / ".dagster" / "dagster.yaml", home / "dagster.yaml")
    warehouse = root / "warehouse.duckdb"
    env = {**os.environ, "DIPLO_ARTICLES_DIR": str(root / "seeds"), "DIPLO_WAREHOUSE": str(warehouse),
           "DAGSTER_HOME": str(home), "DO_NOT_TRACK": "1", "DIPLO_VERBOSE": ""}
    done = subprocess.run([sys.executable, "-m", "orchestration.run"], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=900)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    return SeedsRun(warehouse, home, done.stdout + done.stderr)


@pytest.fixture(scope="session")
def seeds_warehouse(seeds_run) -> Path:
    return seeds_run.warehouse


def run_pipeline(folder: Path, warehouse: Path, monkeypatch) -> dg.ExecuteInProcessResult:
    """Materialise the whole graph (real DuckDB, real dbt) on a folder into a warehouse."""
    monkeypatch.setenv("DIPLO_ARTICLES_DIR", str(folder))
    monkeypatch.setenv("DIPLO_WAREHOUSE", str(warehouse))
    from orchestration.definitions import defs

    job = defs.resolve_job_def("diplowatch")
    return job.execute_in_process(instance=dg.DagsterInstance.ephemeral())


def query(warehouse: Path, sql: str, params: list | None = None) -> list[tuple]:
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


def table_checksums(warehouse: Path) -> dict[str, tuple]:
    """Row count and an order-independent hash of every mart."""
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        return {t: con.execute(f"select count(*), sum(hash(x)) from {t} as x").fetchone() for t in MARTS}
    finally:
        con.close()
