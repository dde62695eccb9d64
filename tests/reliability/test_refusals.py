"""Clear refusals: a second run on a busy warehouse, a warehouse path holding someone else's database."""

import hashlib
import os
import subprocess
import sys
import time
from pathlib import Path

import dagster as dg
import duckdb
import pytest
import yaml

from orchestration.resources import Warehouse
from orchestration.runlock import RunInProgress, acquire, lock_path, release
from tests.conftest import ROOT


def make_run(folder: Path, warehouse: Path, home: Path) -> subprocess.Popen:
    """`make run`'s runner in a process of its own."""
    env = {**os.environ, "DIPLO_ARTICLES_DIR": str(folder), "DIPLO_WAREHOUSE": str(warehouse),
           "DAGSTER_HOME": str(home), "DO_NOT_TRACK": "1", "DIPLO_VERBOSE": ""}
    return subprocess.Popen([sys.executable, "-m", "orchestration.run"], cwd=ROOT, env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


@pytest.fixture
def dagster_home(tmp_path) -> Path:
    home = tmp_path / "dagster_home"
    home.mkdir()
    (home / "dagster.yaml").write_text((ROOT / ".dagster" / "dagster.yaml").read_text())
    return home


def until(condition, seconds: float = 120.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.1)


@pytest.mark.integration
def test_a_second_run_on_the_same_warehouse_exits_at_once_with_a_clear_message(seed_dir, warehouse_path,
                                                                                 dagster_home):
    first = make_run(seed_dir, warehouse_path, dagster_home)
    try:
        until(lambda: lock_path(warehouse_path).exists() and lock_path(warehouse_path).read_text().strip())
        started = time.monotonic()
        second = make_run(seed_dir, warehouse_path, dagster_home)
        out, err = second.communicate(timeout=120)
        assert second.returncode == 75
        assert f"a run on {warehouse_path} is in progress (pid {first.pid}, started " in err
        assert "Traceback" not in out + err
        assert time.monotonic() - started < 60  # at once: it did not wait for the first run to end
    finally:
        out, err = first.communicate(timeout=900)
    assert first.returncode == 0, out[-2000:] + err[-2000:]  # the first run was not disturbed
    assert not lock_path(warehouse_path).read_text().strip()  # and its lock went with it


def hold_lock(warehouse: Path, seconds: float) -> subprocess.Popen:
    """Another process holding the warehouse's run lock for a while."""
    holder = subprocess.Popen([sys.executable, "-c", "import sys, time; from pathlib import Path; "
                               "from orchestration.runlock import acquire; acquire(Path(sys.argv[1])); "
                               "print('held', flush=True); time.sleep(float(sys.argv[2]))", str(warehouse),
                               str(seconds)], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "held"
    return holder


def test_a_run_the_daemon_launches_refuses_with_the_same_message_when_it_may_not_wait(tmp_path):
    warehouse = tmp_path / "warehouse.duckdb"
    holder = hold_lock(warehouse, 60)
    try:
        resource = Warehouse(path=str(warehouse), wait_for_other_run_minutes=0)
        with pytest.raises(dg.DagsterResourceFunctionError) as refused:
            with dg.build_resources({"warehouse": resource}):
                pass
        assert isinstance(refused.value.__cause__, RunInProgress)  # what the run's failure shows
        assert f"a run on {warehouse} is in progress (pid {holder.pid}, started " in str(refused.value.__cause__)
    finally:
        holder.kill()
        holder.wait()


def test_a_run_the_daemon_launches_waits_for_the_run_in_progress(tmp_path):
    warehouse = tmp_path / "warehouse.duckdb"
    holder = hold_lock(warehouse, 2)
    told = []
    acquire(warehouse, wait_seconds=120, waiting=told.append)
    try:
        assert holder.poll() is not None  # it had to wait for the other process to end
        [message] = told
        assert message.startswith(f"a run on {warehouse} is in progress (pid {holder.pid}, started ")
        assert message.endswith("; waiting for it to finish")
        assert lock_path(warehouse).read_text().startswith(f"pid {os.getpid()}, started ")
    finally:
        release(warehouse)
        holder.wait()


def test_dagster_runs_queue_one_at_a_time():
    instance = yaml.safe_load((ROOT / ".dagster" / "dagster.yaml").read_text())
    assert instance["run_coordinator"]["class"] == "QueuedRunCoordinator"
    assert instance["run_coordinator"]["config"]["max_concurrent_runs"] == 1


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_database_that_is_not_a_warehouse_is_refused_untouched(seed_dir, tmp_path, dagster_home):
    foreign = tmp_path / "analyst.duckdb"
    con = duckdb.connect(str(foreign))
    con.execute("create table customers (id integer, name varchar)")
    con.execute("create table dim_articles (id integer, note varchar)")
    con.execute("create table raw_articles (x integer)")
    con.execute("insert into dim_articles values (1, 'meine Notiz')")
    con.close()
    before, listing = digest(foreign), sorted(p.name for p in tmp_path.iterdir())
    run = make_run(seed_dir, foreign, dagster_home)
    out, err = run.communicate(timeout=300)
    assert run.returncode == 2
    assert f"{foreign} is a DuckDB database but not a Diplowatch warehouse" in err
    assert "customers" in err and "Traceback" not in out + err
    assert digest(foreign) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == listing  # not even a lock file beside it
