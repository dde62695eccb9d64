"""The Python assets called directly, on real DuckDB files."""


import dagster as dg

from orchestration.assets.extract import raw_extractions
from orchestration.assets.ingest import raw_articles
from orchestration.resources import ArticlesFolder, NlpSettings, Warehouse
from orchestration.warehouse import build_path
from tests.conftest import query


def materialise(folder, warehouse) -> dg.ExecuteInProcessResult:
    return dg.materialize(
        [raw_articles, raw_extractions],
        resources={"articles_folder": ArticlesFolder(path=str(folder)), "warehouse": Warehouse(path=str(warehouse)),
                   "nlp_settings": NlpSettings()},
    )


def metadata(result, key):
    [event] = [e for e in result.get_asset_materialization_events() if e.asset_key.to_user_string() == key]
    return {k: v.value for k, v in event.materialization.metadata.items()}


def test_ingest_and_extract_write_raw_tables(seed_dir, warehouse_path):
    result = materialise(seed_dir, warehouse_path)
    assert result.success
    assert metadata(result, "raw_articles")["articles_new"] == 5
    working = build_path(warehouse_path)
    assert query(working, "select count(*) from raw.raw_articles") == [(5,)]
    assert query(working, "select count(distinct article_id) from raw.raw_event_mentions") == [(5,)]
    assert metadata(result, "raw_event_mentions")["articles_extracted"] == 5


def test_unchanged_articles_are_not_extracted_again(seed_dir, warehouse_path):
    materialise(seed_dir, warehouse_path)
    before = query(build_path(warehouse_path), "select mention_id from raw.raw_event_mentions order by 1")
    again = materialise(seed_dir, warehouse_path)
    assert metadata(again, "raw_articles")["articles_unchanged"] == 5
    assert metadata(again, "raw_event_mentions")["articles_extracted"] == 0
    assert query(build_path(warehouse_path), "select mention_id from raw.raw_event_mentions order by 1") == before


def test_changed_file_replaces_its_rows_and_deleted_file_leaves(seed_dir, warehouse_path):
    materialise(seed_dir, warehouse_path)
    changed = seed_dir / "003_ebc83ec7a5e2c50a.txt"
    changed.write_text("Neuer Titel\nMacron und Scholz trafen sich gestern in Paris.\n", encoding="utf-8")
    (seed_dir / "004_8cbd2da179c8e914.txt").unlink()
    result = materialise(seed_dir, warehouse_path)
    counts = metadata(result, "raw_articles")
    assert (counts["articles_changed"], counts["articles_removed"]) == (1, 1)
    working = build_path(warehouse_path)
    assert query(working, "select title from raw.raw_articles where article_id = '003_ebc83ec7a5e2c50a'") == [
        ("Neuer Titel",)]
    assert query(working, "select count(*) from raw.raw_event_mentions where article_id = '004_8cbd2da179c8e914'") == [
        (0,)]
    assert query(working, """select count(*) from raw.raw_event_mentions
                             where article_id = '003_ebc83ec7a5e2c50a' and sentence_text like '%Putin%'""") == [(0,)]


def test_an_article_that_breaks_extraction_is_reported_and_the_others_go_on(seed_dir, warehouse_path, monkeypatch):
    from orchestration.nlp import extract

    real = extract._extract_doc

    def breaks_on_one(article, doc, kb):
        if article.article_id == "003_ebc83ec7a5e2c50a":
            raise RuntimeError("simulated bug")
        return real(article, doc, kb)

    monkeypatch.setattr(extract, "_extract_doc", breaks_on_one)
    result = materialise(seed_dir, warehouse_path)
    assert result.success
    assert metadata(result, "raw_event_mentions")["articles_failed"] == 1
    working = build_path(warehouse_path)
    assert query(working, "select file, reason from rejected_inputs") == [
        ("003_ebc83ec7a5e2c50a.txt", "extraction failed: RuntimeError: simulated bug")]
    assert query(working, "select count(distinct article_id) from raw.raw_event_mentions") == [(4,)]
    monkeypatch.setattr(extract, "_extract_doc", real)
    again = materialise(seed_dir, warehouse_path)
    assert metadata(again, "raw_event_mentions")["articles_extracted"] == 1
    assert query(working, "select count(distinct article_id) from raw.raw_event_mentions") == [(5,)]
