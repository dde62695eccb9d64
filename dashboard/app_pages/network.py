"""Network: actors placed by a force layout, coloured by kind; edges weighted by contact events."""

import streamlit as st

from dashboard import charts, queries, state
from dashboard.data import connection
from dashboard.texts import tr

EVENT_PAGE = "app_pages/event_detail.py"
ACTOR_PAGE = "app_pages/actor.py"
MAX_NODES = 60

if st.session_state.get("_goto_event"):
    state.go(EVENT_PAGE, event=st.session_state.pop("_goto_event"))
if st.session_state.get("_goto_actor"):
    state.go(ACTOR_PAGE, actor=st.session_state.pop("_goto_actor"))

con = connection()
filters = st.session_state["filters"]
lang = st.session_state["lang"]
state.write()

st.title(tr("network_title", lang))
st.caption(tr("network_caption", lang))
edges = queries.network(con, filters)
if edges.empty:
    st.info(tr("nothing", lang))
    st.stop()
nodes, shown_edges = charts.network_frames(edges, lang, MAX_NODES)
if len(nodes) == MAX_NODES:
    st.caption(tr("network_cut", lang, n=MAX_NODES))


def open_clicked(key: str) -> None:
    selection = st.session_state.get(key, {}).get("selection", {})
    for point in selection.get("pick_node") or []:
        st.session_state["_goto_actor"] = point.get("id")
    for point in selection.get("pick_edge") or []:
        st.session_state["_goto_event"] = point.get("newest_event_id")


key = f"network_{st.session_state.get('nav', 0)}"
st.vega_lite_chart(spec=charts.network(nodes, shown_edges, lang), width="stretch", key=key,
                on_select=lambda: open_clicked(key))
table = shown_edges[["actor_a", "actor_b", "events", "newest_label"]].set_axis(
    [tr("col_actor_a", lang), tr("col_actor_b", lang), tr("events", lang), tr("col_event", lang)], axis=1)
st.dataframe(table, hide_index=True, width="stretch")
