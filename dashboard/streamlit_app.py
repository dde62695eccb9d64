"""Diplowatch dashboard: diplomatic contacts in the news. Run with `make dashboard`."""

import sys
from pathlib import Path

import duckdb
import streamlit as st

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # `streamlit run` does not put the project on the path

from dashboard import queries, state  # noqa: E402
from dashboard.data import connection, warehouse_path  # noqa: E402
from dashboard.filters import downloads, sidebar  # noqa: E402
from dashboard.texts import tr  # noqa: E402

st.set_page_config(page_title="Diplowatch", page_icon="🕊️", layout="wide")


def pages(lang: str) -> list:
    return [
        st.Page("app_pages/overview.py", title=tr("page_overview", lang), default=True),
        st.Page("app_pages/network.py", title=tr("page_network", lang), url_path="network"),
        st.Page("app_pages/event_detail.py", title=tr("page_event", lang), url_path="event"),
        st.Page("app_pages/actor.py", title=tr("page_actor", lang), url_path="actor"),
    ]


def main() -> None:
    lang = st.session_state.get("lang", st.query_params.get("lang", "de"))
    try:
        con = connection()
        built = con is not None and queries.warehouse_is_built(con)
    except duckdb.Error as exc:
        st.navigation(pages(lang))
        st.warning(tr("unreadable", lang, error=type(exc).__name__))
        st.stop()
    if not built:
        st.navigation(pages(lang))
        st.title("Diplowatch")
        st.info(tr("no_warehouse", lang, path=warehouse_path()))
        st.stop()
    actors = queries.actor_options(con)
    period = queries.default_period(con)
    span = queries.picker_span(queries.date_span(con), period)
    state.init(state.Defaults(period=tuple(d for d in period if d) or (), span=span,
                              actors=frozenset(actors.entity_id)))
    filters = sidebar(con, actors, span)
    lang = st.session_state["lang"]
    page = st.navigation(pages(lang))
    st.session_state["filters"] = filters
    st.session_state["actor_names"] = dict(zip(actors.entity_id, actors.canonical_name))
    downloads(con, filters, lang)
    page.run()


main()
