import duckdb

from orchestration.warehouse import RAW_SCHEMA_SQL, build_path, connect_build, publish


def relations(con, schema: str) -> set[str]:
    return {name for (name,) in con.execute(
        "select table_name from information_schema.tables where table_schema = ?", [schema]).fetchall()}


def test_a_raw_table_from_an_older_version_is_rebuilt(warehouse_path):
    working = build_path(warehouse_path)
    working.parent.mkdir(parents=True)
    old = duckdb.connect(str(working))
    old.execute("create schema raw")
    old.execute("create table raw.raw_event_mentions (mention_id varchar, article_id varchar)")
    old.execute("create table raw.raw_extracted_articles (article_id varchar, content_sha256 varchar, "
                "extractor_version varchar, extracted_at timestamp)")
    old.execute("insert into raw.raw_extracted_articles values ('a', 'h', 'v', now())")
    old.close()
    with connect_build(warehouse_path) as con:
        columns = [c for (c,) in con.execute("select column_name from information_schema.columns "
                                             "where table_name = 'raw_event_mentions'").fetchall()]
        assert "local_event_key" in columns
        assert con.execute("select count(*) from raw.raw_extracted_articles").fetchone() == (0,)


def test_current_tables_are_kept(warehouse_path):
    with connect_build(warehouse_path) as con:
        con.execute("insert into raw.raw_extracted_articles values ('a', 'h', 'f', 'v', now())")
    with connect_build(warehouse_path) as con:
        assert con.execute("select count(*) from raw.raw_extracted_articles").fetchone() == (1,)


def older_layout_in_main(working) -> None:
    """What an older version left: raw tables, staging views and intermediate tables all in main."""
    working.parent.mkdir(parents=True)
    old = duckdb.connect(str(working))
    old.execute(RAW_SCHEMA_SQL.replace("raw.", "main."))
    old.execute("insert into main.raw_extracted_articles values ('a', 'h', 'f', 'v', now())")
    old.execute("insert into main.raw_sentences values ('a', 0, 0, 5, 'Satz.')")
    old.execute("create view stg_sentences as select * from main.raw_sentences")
    old.execute("create table int_article_events as select 1 as x")
    old.execute("create table fct_events as select 1 as x")
    old.close()


def test_raw_tables_of_the_layout_without_schemas_move_with_their_rows(warehouse_path):
    older_layout_in_main(build_path(warehouse_path))
    with connect_build(warehouse_path) as con:
        assert relations(con, "main") == {"fct_events", "rejected_inputs"}
        assert con.execute("select count(*) from raw.raw_extracted_articles").fetchone() == (1,)
        assert con.execute("select text from raw.raw_sentences").fetchall() == [("Satz.",)]


def test_an_outdated_raw_table_in_main_is_dropped_with_the_bookkeeping(warehouse_path):
    working = build_path(warehouse_path)
    older_layout_in_main(working)
    old = duckdb.connect(str(working))
    old.execute("alter table main.raw_sentences drop column text")
    old.close()
    with connect_build(warehouse_path) as con:
        assert not relations(con, "main") & {"raw_sentences", "raw_extracted_articles", "stg_sentences"}
        assert con.execute("select count(*) from raw.raw_extracted_articles").fetchone() == (0,)
        assert con.execute("select count(*) from raw.raw_sentences").fetchone() == (0,)


def test_publish_leaves_another_process_s_temporary_file_alone(warehouse_path):
    import subprocess
    import sys

    with connect_build(warehouse_path):
        pass
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        theirs = warehouse_path.with_name(f".{warehouse_path.name}.{other.pid}.tmp")
        theirs.write_bytes(b"being written")
        left = warehouse_path.with_name(f".{warehouse_path.name}.999999999.tmp")  # no such process: left by a kill
        left.write_bytes(b"stale")
        publish(warehouse_path)
        assert theirs.read_bytes() == b"being written" and not left.exists()
    finally:
        other.kill()
        other.wait()
