"""Diplowatch dashboard: diplomatic contacts in the news. Run with `make dashboard`."""

import sys
from pathlib import Path

import duckdb
import streamlit as st

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # `streamlit run` does not put the project on the path

from dashboard import queries  # noqa: E402
from dashboard.data import connection, warehouse_path  # noqa: E402
from dashboard.filters import download_button, sidebar_filters  # noqa: E402

st.set_page_config(page_title="Diplowatch", page_icon="🕊️", layout="wide")

PAGES = [
    st.Page("app_pages/overview.py", title="Overview", default=True),
    st.Page("app_pages/network.py", title="Network"),
    st.Page("app_pages/event_detail.py", title="Event detail"),
    st.Page("app_pages/actor.py", title="Actor"),
]


def main() -> None:
    page = st.navigation(PAGES)
    try:
        con = connection()
        built = con is not None and queries.warehouse_is_built(con)
    except duckdb.Error as exc:
        st.warning(f"The warehouse cannot be read right now ({type(exc).__name__}). "
                   "If the pipeline is publishing, reload in a moment.")
        st.stop()
    if not built:
        st.title("Diplowatch")
        st.info(f"No warehouse yet at {warehouse_path()}. Build it from the sample articles with `make run`, "
                "or point DIPLO_WAREHOUSE at a built one.")
        st.stop()
    st.session_state["filters"] = sidebar_filters(con)
    download_button(con, st.session_state["filters"])
    page.run()


main()
