"""The whole graph on seeds/ into a temporary warehouse, with real dbt, checked against the contract."""

import json
import shutil

import duckdb
import pytest

from orchestration.warehouse import build_path
from tests.conftest import MARTS, SEEDS, query, run_pipeline, table_checksums

CONTRACT = {
    "dim_articles": {"article_id", "title", "text", "published_at", "published_precision", "source", "language",
                     "content_sha256"},
    "dim_entities": {"entity_id", "canonical_name", "entity_type", "aliases", "wikidata_id", "country", "role",
                     "n_articles"},
    "fct_entity_mentions": {"mention_id", "article_id", "entity_id", "start_char", "end_char", "surface_text"},
    "fct_event_mentions": {"mention_id", "event_id", "article_id", "event_type", "status", "event_date",
                           "date_precision", "start_char", "end_char", "sentence_text", "trigger_text",
                           "participant_ids", "location_id", "confidence"},
    "fct_events": {"event_id", "event_type", "status", "event_date", "date_precision", "location_id",
                   "participant_ids", "label", "n_articles", "n_mentions", "first_reported_at", "last_reported_at"},
    "fct_diplomatic_contacts": {"event_id", "actor_a_id", "actor_b_id", "contact_type", "event_date",
                                "date_precision", "status", "location_id", "n_articles"},
}


@pytest.fixture
def seeded(seeds_warehouse):
    """(articles folder, warehouse) of the shared run on seeds/."""
    return seeds_warehouse.parent / "seeds", seeds_warehouse


@pytest.mark.integration
@pytest.mark.parametrize("table", MARTS)
def test_contract_tables_have_their_columns_and_rows(seeded, table):
    _, warehouse = seeded
    columns = {name for (name,) in query(warehouse, "select column_name from information_schema.columns "
                                                    "where table_schema = 'main' and table_name = ?", [table])}
    assert CONTRACT[table] <= columns
    assert query(warehouse, "select count(*) > 0 from " + table) == [(True,)]


@pytest.mark.integration
def test_anchorage_summit_is_one_event_reported_by_three_articles(seeded):
    _, warehouse = seeded
    rows = query(warehouse, """
        select e.event_date, e.status, e.n_articles, l.canonical_name
        from fct_events e
        join dim_entities l on l.entity_id = e.location_id
        where e.event_type = 'MEETING' and e.event_date = '2025-08-15'""")
    assert rows == [("2025-08-15", "happened", 3, "Anchorage")] or rows == [("2025-08-15", "happened", 3, "Alaska")]


@pytest.mark.integration
def test_spellings_of_one_person_are_one_entity(seeded):
    _, warehouse = seeded
    [(aliases,)] = query(warehouse, "select aliases from dim_entities where canonical_name = 'Steve Witkoff'")
    assert {"Steve Witkoff", "Stephen Vitkoff"} <= set(aliases)
    [(zelensky,)] = query(warehouse, "select aliases from dim_entities where canonical_name = 'Wolodymyr Selenskyj'")
    assert {"Zelensky", "Selenskyj"} <= set(zelensky)


@pytest.mark.integration
def test_offsets_index_the_article_text(seeded):
    _, warehouse = seeded
    assert query(warehouse, """
        select count(*) from fct_event_mentions m join dim_articles a using (article_id)
        where substring(a.text, m.start_char + 1, m.end_char - m.start_char) <> m.sentence_text""") == [(0,)]


@pytest.mark.integration
def test_rerun_on_unchanged_input_leaves_every_mart_identical(seeded, monkeypatch):
    folder, warehouse = seeded
    before = table_checksums(warehouse)
    result = run_pipeline(folder, warehouse, monkeypatch)
    extracted = [e for e in result.get_asset_materialization_events()
                 if e.asset_key.to_user_string() == "raw_event_mentions"][0]
    assert extracted.materialization.metadata["articles_extracted"].value == 0
    assert table_checksums(warehouse) == before


@pytest.mark.integration
def test_jsonl_folder_builds_its_own_warehouse(tmp_path, monkeypatch):
    folder = tmp_path / "feed"
    folder.mkdir()
    records = [
        {"id": "a1", "title": "Gipfel", "published_at": "2024-03-14",
         "text": "Gipfel in Paris\nMacron und Scholz trafen sich am Montag in Paris."},
        {"id": "a2", "published_at": "2024-03-15", "source": "Beispielzeitung",
         "text": "Nachbericht\nDas Treffen von Scholz und Macron am Montag in Paris verlief ruhig."},
    ]
    (folder / "feed.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records), encoding="utf-8")
    warehouse = tmp_path / "other.duckdb"
    assert run_pipeline(folder, warehouse, monkeypatch).success
    assert query(warehouse, "select article_id, source from dim_articles order by 1") == [
        ("a1", None), ("a2", "Beispielzeitung")]
    assert query(warehouse, """select n_articles, event_date from fct_events where event_type = 'MEETING'""") == [
        (2, "2024-03-11")]


INCREMENTAL = {  # incremental marts, and their rows without the timestamps that say when a row was built
    "dim_articles": "select * exclude (updated_at, extracted_at, first_seen_at) from dim_articles",
    "fct_entity_mentions": "select * exclude (extracted_at) from fct_entity_mentions",
}


# Every mart and rejected_inputs, without the columns that say when a row was first seen, updated or built.
EVERY_TABLE = {
    **{mart: f"select * from {mart}" for mart in MARTS + ("fct_event_sides", "fct_event_reports")},
    **INCREMENTAL,
    "rejected_inputs": "select file, reason from rejected_inputs",
}
FEED = [{"id": "f1", "text": "Treffen in Rom\nMeloni traf Rutte am Dienstag in Rom.", "published_at": "2025-05-20"},
        {"id": "f2", "text": "Telefonat\nBiden telefonierte gestern mit Xi Jinping.", "published_at": "2025-05-21"},
        {"id": "f1", "text": "Warschau\nTusk und Fiala berieten am Mittwoch in Warschau.", "published_at": "2025-06-04"}]


def write_feed(path, records) -> None:
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")


@pytest.mark.integration
def test_incremental_marts_follow_new_changed_and_removed_articles_like_a_full_build(tmp_path, monkeypatch):
    """Between two runs: a text changed, a file removed and one back, a manifest row that changes an
    article's title, source and publication date, a record deleted whose id another record then takes
    over, an empty file filled, a copy added. Every table equals a build from scratch."""
    folder = tmp_path / "articles"
    shutil.copytree(SEEDS, folder)
    kept, changed, removed = "000_31f944acf5373c13", "001_68462d0a82dd2b31", "003_ebc83ec7a5e2c50a"
    (folder / f"{removed}.txt").rename(tmp_path / "later.txt")
    write_feed(folder / "feed.jsonl", FEED)  # the third record's id is taken: set aside
    (folder / "leer.txt").write_text("", encoding="utf-8")
    warehouse = tmp_path / "incremental.duckdb"
    assert run_pipeline(folder, warehouse, monkeypatch).success
    built = query(warehouse, "select article_id, extracted_at from fct_entity_mentions where article_id = ?", [kept])

    text = (folder / f"{changed}.txt").read_text(encoding="utf-8")
    (folder / f"{changed}.txt").write_text(text.replace("Putin", "Lawrow", 3), encoding="utf-8")
    (folder / "004_8cbd2da179c8e914.txt").unlink()
    (tmp_path / "later.txt").rename(folder / f"{removed}.txt")
    manifest = (folder / "manifest.csv").read_text(encoding="utf-8").replace(
        "002_85e733a7ad06b6c6.txt,2025-08-07,de,", "002_85e733a7ad06b6c6.txt,2025-08-21,de,")
    (folder / "manifest.csv").write_text(manifest.replace("file,published_at,language,note",
                                                          "file,published_at,language,note,title,source")
                                         .replace("after the envoy's Moscow visit of 6 Aug 2025",
                                                  "after the envoy's visit,Neuer Titel,Tagesblatt"), encoding="utf-8")
    write_feed(folder / "feed.jsonl", FEED[1:])  # f1 is now the Warsaw record's
    (folder / "leer.txt").write_text("Gipfel\nMacron traf Scholz am Montag in Paris.", encoding="utf-8")
    shutil.copyfile(folder / f"{kept}.txt", folder / "kopie.txt")
    assert run_pipeline(folder, warehouse, monkeypatch).success
    full = tmp_path / "full.duckdb"
    assert run_pipeline(folder, full, monkeypatch).success

    assert query(warehouse, "select article_id, extracted_at from fct_entity_mentions where article_id = ?",
                 [kept]) == built  # an unchanged article's rows were left alone, not rebuilt
    for table, rows in EVERY_TABLE.items():
        assert sorted(map(repr, query(warehouse, rows))) == sorted(map(repr, query(full, rows))), table
    assert query(warehouse, "select count(*) from dim_articles where article_id like '004%'") == [(0,)]
    assert query(warehouse, "select title, source, published_at::varchar from dim_articles "
                            "where article_id = '002_85e733a7ad06b6c6'") == [("Neuer Titel", "Tagesblatt", "2025-08-21")]
    assert query(warehouse, "select text like 'Warschau%' from dim_articles where article_id = 'f1'") == [(True,)]


@pytest.mark.integration
def test_marts_an_older_version_built_as_plain_tables_are_built_again(tmp_path, monkeypatch):
    folder, warehouse = tmp_path / "articles", tmp_path / "warehouse.duckdb"
    shutil.copytree(SEEDS, folder)
    assert run_pipeline(folder, warehouse, monkeypatch).success
    rows = {table: query(warehouse, f"select count(*) from {table}") for table in INCREMENTAL}
    old = duckdb.connect(str(build_path(warehouse)))  # the layout before these marts were incremental
    for table in INCREMENTAL:
        old.execute(f"alter table {table} drop column extracted_at")
    old.close()
    assert run_pipeline(folder, warehouse, monkeypatch).success
    for table, count in rows.items():
        assert query(warehouse, f"select count(*) from {table} where extracted_at is not null") == count
