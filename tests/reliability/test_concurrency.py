"""Readers hold the published warehouse open while the pipeline runs and publishes."""

import duckdb
import pytest

from tests.conftest import run_pipeline, table_checksums


@pytest.mark.integration
def test_an_open_reader_neither_blocks_nor_sees_a_half_built_warehouse(seed_dir, warehouse_path, monkeypatch):
    assert run_pipeline(seed_dir, warehouse_path, monkeypatch).success
    reader = duckdb.connect(str(warehouse_path), read_only=True)  # as the dashboard holds it
    try:
        before = reader.execute("select count(*) from dim_articles").fetchone()
        (seed_dir / "new.txt").write_text("Treffen in Rom\nMeloni und Macron trafen sich gestern in Rom.\n",
                                          encoding="utf-8")
        assert run_pipeline(seed_dir, warehouse_path, monkeypatch).success
        assert reader.execute("select count(*) from dim_articles").fetchone() == before
        assert reader.execute("select count(*) from fct_events where event_id not in "
                              "(select event_id from fct_event_mentions)").fetchone() == (0,)
    finally:
        reader.close()
    fresh = duckdb.connect(str(warehouse_path), read_only=True)
    try:
        assert fresh.execute("select count(*) from dim_articles").fetchone() == (before[0] + 1,)
    finally:
        fresh.close()


@pytest.mark.integration
def test_two_runs_on_the_same_input_give_identical_marts(seed_dir, warehouse_path, monkeypatch):
    assert run_pipeline(seed_dir, warehouse_path, monkeypatch).success
    first = table_checksums(warehouse_path)
    assert run_pipeline(seed_dir, warehouse_path, monkeypatch).success
    assert table_checksums(warehouse_path) == first
