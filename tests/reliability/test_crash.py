"""A run killed with SIGKILL mid-extraction or mid-dbt leaves the published warehouse intact; the next run completes."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT, SEEDS, query, table_checksums

DAGSTER = str(Path(sys.executable).with_name("dagster"))


def start_run(folder: Path, warehouse: Path, home: Path) -> subprocess.Popen:
    env = {**os.environ, "DIPLO_ARTICLES_DIR": str(folder), "DIPLO_WAREHOUSE": str(warehouse),
           "DAGSTER_HOME": str(home)}
    return subprocess.Popen([DAGSTER, "job", "execute", "-m", "orchestration.definitions", "-j", "diplowatch"],
                            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            start_new_session=True)


def kill_after(run: subprocess.Popen, marker: str, delay: float) -> None:
    """SIGKILL the run's whole process group (dbt included) shortly after a log line appears."""
    deadline = time.monotonic() + 240
    for line in run.stdout:
        if marker in line:
            time.sleep(delay)
            break
        assert time.monotonic() < deadline, f"{marker!r} never appeared"
    else:
        pytest.fail(f"the run ended before {marker!r}")
    os.killpg(run.pid, signal.SIGKILL)
    run.wait(timeout=30)


def finish(run: subprocess.Popen) -> None:
    output, _ = run.communicate(timeout=600)
    assert run.returncode == 0, output[-3000:]


def add_articles(folder: Path, count: int) -> None:
    """More German news to extract: the seed texts, each copy made distinct."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    for i in range(count):
        (folder / f"extra_{i:04d}.txt").write_text(f"{texts[i % len(texts)]}\nFortsetzung {i}.\n", encoding="utf-8")


@pytest.mark.integration
def test_killed_runs_lose_nothing(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    for path in SEEDS.iterdir():
        (folder / path.name).write_bytes(path.read_bytes())
    warehouse, home = tmp_path / "warehouse.duckdb", tmp_path / "dagster_home"
    home.mkdir()
    finish(start_run(folder, warehouse, home))
    published = table_checksums(warehouse)

    add_articles(folder, 120)
    kill_after(start_run(folder, warehouse, home), 'Started execution of step "raw_extractions"', 3.0)
    assert table_checksums(warehouse) == published

    run = start_run(folder, warehouse, home)
    kill_after(run, "Running dbt command", 2.0)
    assert table_checksums(warehouse) == published
    assert query(warehouse, "select count(*) from dim_articles") == [(5,)]

    finish(start_run(folder, warehouse, home))
    assert query(warehouse, "select count(*) from dim_articles") == [(125,)]
    assert query(warehouse, "select count(distinct article_id) from fct_event_mentions") == [(125,)]
