import duckdb

from orchestration.warehouse import build_path, connect_build


def test_a_raw_table_from_an_older_version_is_rebuilt(warehouse_path):
    working = build_path(warehouse_path)
    working.parent.mkdir(parents=True)
    old = duckdb.connect(str(working))
    old.execute("create table raw_event_mentions (mention_id varchar, article_id varchar)")
    old.execute("create table raw_extracted_articles (article_id varchar, content_sha256 varchar, "
                "extractor_version varchar, extracted_at timestamp)")
    old.execute("insert into raw_extracted_articles values ('a', 'h', 'v', now())")
    old.close()
    with connect_build(warehouse_path) as con:
        columns = [c for (c,) in con.execute("select column_name from information_schema.columns "
                                             "where table_name = 'raw_event_mentions'").fetchall()]
        assert "local_event_key" in columns
        assert con.execute("select count(*) from raw_extracted_articles").fetchone() == (0,)


def test_current_tables_are_kept(warehouse_path):
    with connect_build(warehouse_path) as con:
        con.execute("insert into raw_extracted_articles values ('a', 'h', 'v', now())")
    with connect_build(warehouse_path) as con:
        assert con.execute("select count(*) from raw_extracted_articles").fetchone() == (1,)
