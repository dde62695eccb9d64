"""Event: what it is, how the reports told it over time, every report with its evidence and article."""

import pandas as pd
import streamlit as st

from dashboard import charts, queries, state
from dashboard.codebook import label
from dashboard.data import connection
from dashboard.evidence import article_markdown, sentence_markdown
from dashboard.labels import event_label
from dashboard.texts import MISSING, format_date, shorten, tr

con = connection()
filters = st.session_state["filters"]
lang = st.session_state["lang"]

st.title(tr("event_title", lang))
options = queries.event_options(con, filters)
chosen = st.session_state.get("event")
if chosen and chosen not in set(options.event_id):
    # A shared link or a click may name an event the filters leave out: it opens all the same.
    options = pd.concat([queries.event_option(con, chosen), options], ignore_index=True)
if options.empty:
    state.write()
    st.info(tr("no_events", lang))
    st.stop()
labels = {row.event_id: f"{format_date(row.event_date, row.date_precision, lang)} · "
                        f"{event_label(row.label, row.contact_type, lang)} ({row.n_articles} {tr('sources', lang)})"
          for row in options.itertuples()}
if st.session_state.get("event") not in labels:
    st.session_state["event"] = next(iter(labels))
event_id = st.selectbox(tr("choose_event", lang), list(labels), format_func=labels.get, key="event")
state.write({"event": event_id})
event = queries.event(con, event_id)

st.header(sentence_markdown(event_label(event["label"], event["event_type"], lang)))
first, second = st.columns(3), st.columns(3)
first[0].metric(tr("date", lang), format_date(event["event_date"], event["date_precision"], lang))
first[1].metric(tr("type", lang), label(event["event_type"], lang))
first[2].metric(tr("status_latest", lang), label(event["status"], lang))
second[0].metric(tr("place", lang), event["location"] or MISSING)
second[1].metric(tr("sources", lang), event["n_articles"])
st.text(f"{tr('participants', lang)}: {', '.join(event['participants'] or []) or MISSING}")

reports = queries.reports(con, event_id)
st.subheader(tr("lifecycle", lang))
st.text(" → ".join(f"{format_date(r.published_at, 'day', lang)} "
                   f"{label(r.status, lang)}" for r in reports.itertuples()))
if reports.published_at.notna().any():
    st.vega_lite_chart(spec=charts.lifecycle(reports, event, lang), width="stretch")

st.subheader(tr("reports", lang))
mentions = queries.mentions(con, event_id)
for report in reports.itertuples():
    with st.container(border=True, key=f"report_{report.article_id}"):
        st.markdown(f"**{sentence_markdown(shorten(report.title, 160))}**")
        published = format_date(report.published_at, "day", lang)
        caption = tr("report_caption", lang, outlet=report.source or tr("unknown_outlet", lang),
                     published=published, status=label(report.status, lang))
        if isinstance(report.stated_date, str):
            caption += " · " + tr("stated_date", lang, date=format_date(report.stated_date, report.stated_precision,
                                                                          lang))
        st.caption(sentence_markdown(caption))
        own = mentions[mentions.article_id == report.article_id]
        st.markdown(tr("evidence", lang))
        for mention in own.itertuples():
            st.markdown("- " + sentence_markdown(mention.sentence_text, mention.trigger_offset,
                                                 len(mention.trigger_text)))
        with st.expander(tr("read_article", lang)):
            text = queries.article_text(con, report.article_id) or ""
            st.markdown(article_markdown(text, [(m.start_char, m.end_char, m.trigger_offset, len(m.trigger_text))
                                                for m in own.itertuples()]))
