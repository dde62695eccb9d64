"""Event detail: one event's sides, date and place, its status across reports, and every mention."""

import streamlit as st

from dashboard import queries
from dashboard.data import connection
from dashboard.safe import plain

con = connection()
filters = st.session_state["filters"]

st.title("Event detail")
options = queries.event_options(con, filters)
if options.empty:
    st.info("No contact events match the filters.")
    st.stop()
labels = {row.event_id: f"{row.event_date or 'undated'} · {row.label} ({row.n_articles} sources)"
          for row in options.itertuples()}
event_id = st.selectbox("Event", list(labels), format_func=labels.get, key="event")
event = queries.event(con, event_id)

cols = st.columns(4)
cols[0].metric("Type", event["event_type"])
cols[1].metric("Status (latest report)", event["status"])
cols[2].metric("Date", f"{event['event_date'] or 'unknown'}")
cols[3].metric("Sources", event["n_articles"])
st.text(f"Participants: {', '.join(event['participants'] or [])}")
st.text(f"Place: {event['location'] or 'unknown'} · date precision: {event['date_precision'] or '–'}")

st.subheader("Status across reports")
st.dataframe(queries.status_history(con, event_id), hide_index=True, width="stretch")

st.subheader("Mentions")
for row in queries.mentions(con, event_id).itertuples():
    start, end = int(row.trigger_offset), int(row.trigger_offset) + len(row.trigger_text)
    st.caption(plain(f"{row.source} · {row.published_at} · {row.status} · confidence {row.confidence:.2f}"))
    # Article text is shown as plain text, never as markdown or HTML; »…« marks the trigger.
    st.text(f"{row.sentence_text[:start]}»{row.sentence_text[start:end]}«{row.sentence_text[end:]}")
