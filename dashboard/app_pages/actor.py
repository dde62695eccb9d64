"""Actor: one actor's contacts over time and counterparts."""

import streamlit as st

from dashboard import charts, queries
from dashboard.data import connection

con = connection()
filters = st.session_state["filters"]

st.title("Actor")
actors = queries.actor_options(con)
names = dict(zip(actors.entity_id, actors.canonical_name))
actor_id = st.selectbox("Actor", list(names), format_func=names.get, key="actor")
contacts = queries.actor_contacts(con, actor_id, filters)
if contacts.empty:
    st.info(f"No contacts of {names[actor_id]} match the filters.")
    st.stop()

st.metric("Contact events", contacts["event_id"].nunique())
st.subheader("Contacts over time")
st.altair_chart(charts.timeline(contacts), width="stretch")
st.subheader("Counterparts")
counterparts = (contacts.groupby("counterpart", as_index=False)
                .agg(events=("event_id", "nunique"), last_date=("event_date", "max"))
                .sort_values(["events", "counterpart"], ascending=[False, True]))
st.dataframe(counterparts, hide_index=True, width="stretch")
