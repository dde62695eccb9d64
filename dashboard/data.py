"""The warehouse connection: read-only, reopened when the pipeline publishes a new file."""

from __future__ import annotations

import os
from pathlib import Path

import duckdb
import streamlit as st

PROJECT_ROOT = Path(__file__).resolve().parents[1]


def warehouse_path() -> Path:
    """DIPLO_WAREHOUSE, else data/warehouse.duckdb in the project (read when a page runs, not at import)."""
    return Path(os.environ.get("DIPLO_WAREHOUSE") or PROJECT_ROOT / "data" / "warehouse.duckdb")


def _stamp(path: Path) -> tuple[int, int]:
    stat = path.stat()
    return stat.st_ino, stat.st_mtime_ns


@st.cache_resource(max_entries=2, show_spinner=False)
def _connect(path: str, stamp: tuple[int, int]) -> duckdb.DuckDBPyConnection:
    """A connection to the file published under `stamp`.

    The pipeline publishes by renaming a new file over this one: a new stamp means a new connection,
    while an open one keeps reading the file it opened, complete and unchanged. `duckdb.connect(path)`
    would hand back the database this process already has open under that path (the old file, kept
    alive by the old connection), so the file is attached to a database of its own instead.
    """
    con = duckdb.connect()
    con.execute(f"attach '{path.replace(chr(39), chr(39) * 2)}' as warehouse (read_only)")
    con.execute("use warehouse")
    return con


def connection() -> duckdb.DuckDBPyConnection | None:
    """A read-only connection to the published warehouse, or None when there is none yet."""
    path = warehouse_path()
    if not path.exists():
        return None
    cursor = _connect(str(path), _stamp(path)).cursor()  # one per script run: sessions run in threads
    cursor.execute("use warehouse")  # a cursor starts in the in-memory database
    return cursor
