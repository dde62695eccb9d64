"""What Dagster shows of a DuckDB table: its row count and typed columns, described as in dbt's sources."""

from functools import cache
from pathlib import Path

import dagster as dg
import duckdb
import yaml

from orchestration.warehouse import RAW_SCHEMA_SQL

SOURCES_YML = Path(__file__).resolve().parents[2] / "dbt_project" / "models" / "staging" / "_sources.yml"

COLUMNS_SQL = """
    select column_name, data_type from information_schema.columns
    where table_schema = ? and table_name = ? order by ordinal_position
"""


@cache
def column_descriptions() -> dict[str, dict[str, str]]:
    """Column descriptions of every table the Python assets write, from dbt's _sources.yml."""
    sources = yaml.safe_load(SOURCES_YML.read_text(encoding="utf-8"))["sources"]
    return {table["name"]: {c["name"]: c.get("description", "") for c in table.get("columns", [])}
            for source in sources for table in source["tables"]}


def column_schema(con: duckdb.DuckDBPyConnection, schema: str, table: str) -> dg.TableSchema:
    described = column_descriptions().get(table, {})
    return dg.TableSchema(columns=[dg.TableColumn(name, data_type, description=described.get(name) or None)
                                   for name, data_type in con.execute(COLUMNS_SQL, [schema, table]).fetchall()])


def table_metadata(con: duckdb.DuckDBPyConnection, schema: str, table: str) -> dict:
    """dagster/row_count, dagster/column_schema and dagster/table_name of one table."""
    (rows,) = con.execute(ROW_COUNT_SQL[f"{schema}.{table}"]).fetchone()
    return {"dagster/row_count": dg.MetadataValue.int(rows),
            "dagster/column_schema": column_schema(con, schema, table),
            "dagster/table_name": dg.MetadataValue.text(f"{schema}.{table}")}


@cache
def declared_schema(schema: str, table: str) -> dg.TableSchema:
    """The columns a table has in this version, for the asset's definition (before any run)."""
    scratch = duckdb.connect()
    try:
        scratch.execute(RAW_SCHEMA_SQL)
        return column_schema(scratch, schema, table)
    finally:
        scratch.close()


PYTHON_TABLES = ("raw.raw_articles", "raw.raw_extracted_articles", "raw.raw_sentences", "raw.raw_entities",
                 "raw.raw_entity_mentions", "raw.raw_event_mentions", "main.rejected_inputs")
# One statement per table, from the fixed names above.
ROW_COUNT_SQL = {name: f"select count(*) from {name}" for name in PYTHON_TABLES}
