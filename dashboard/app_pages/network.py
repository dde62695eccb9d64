"""Network: actors as nodes, contacts as edges weighted by the number of events."""

import streamlit as st

from dashboard import charts, queries
from dashboard.data import connection

con = connection()
filters = st.session_state["filters"]

st.title("Network of contacts")
st.caption("The period and the other filters are set in the sidebar.")
edges = queries.network(con, filters)
if edges.empty:
    st.info("No contacts match the filters.")
    st.stop()
st.altair_chart(charts.network(edges), width="stretch")
st.dataframe(edges[["actor_a", "actor_b", "events"]], hide_index=True, width="stretch")
