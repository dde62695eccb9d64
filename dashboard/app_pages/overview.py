"""Overview: headline figures, the timeline of contacts and contacts per month."""

import streamlit as st

from dashboard import charts, queries
from dashboard.data import connection

con = connection()
filters = st.session_state["filters"]

st.title("Diplomatic contacts")
figures = queries.headline(con, filters)
cols = st.columns(4)
cols[0].metric("Contacts", figures["contacts"])
cols[1].metric("Actors", figures["actors"])
cols[2].metric("Sources", figures["sources"])
cols[3].metric("Newest article", str(figures["newest_article"] or "–"))

if not figures["contacts"]:
    st.info("No contacts match the filters.")
    st.stop()

st.subheader("Timeline")
st.caption("Bars span the day, month or year a date is known to; held contacts are solid, planned, proposed "
           "or speculative ones faint. The 40 most active pairs are shown; narrow the filters for others.")
st.altair_chart(charts.timeline(queries.timeline(con, filters)), width="stretch")

st.subheader("Contacts per month")
st.altair_chart(charts.per_month(queries.contacts_per_month(con, filters)), width="stretch")

st.subheader("Contacts")
TABLE_ROWS = 1000
contacts = queries.contacts(con, filters, limit=TABLE_ROWS)
st.dataframe(contacts[["event_date", "contact_type", "status", "actor_pair", "location", "n_articles", "label"]],
             hide_index=True, width="stretch")
if len(contacts) == TABLE_ROWS:
    st.caption(f"The first {TABLE_ROWS} contacts; the CSV download in the sidebar has them all.")
