"""Overview: what happened when. Headline figures, the timeline, events per month, the contacts."""

import streamlit as st

from dashboard import charts, queries, state
from dashboard.data import connection
from dashboard.tables import contacts_table, selected_row
from dashboard.texts import format_date, tr

EVENT_PAGE = "app_pages/event_detail.py"
TABLE_ROWS = 1000
MAX_PAIRS = 40

if st.session_state.get("_goto_event"):  # a click on a row or a mark in the last run
    state.go(EVENT_PAGE, event=st.session_state.pop("_goto_event"))
con = connection()
filters = st.session_state["filters"]
lang = st.session_state["lang"]
state.write()

st.title(tr("overview_title", lang))
figures = queries.headline(con, filters)
cols = st.columns(5)
cols[0].metric(tr("events", lang), figures["events"])
cols[1].metric(tr("pairs", lang), figures["pairs"])
cols[2].metric(tr("n_actors", lang), figures["actors"])
cols[3].metric(tr("articles", lang), figures["articles"])
newest = figures["newest_article"]
cols[4].metric(tr("newest_article", lang), format_date(newest.isoformat() if newest else None, "day", lang))

undated = queries.undated_events(con, filters)
if undated:
    st.caption(tr("undated_shown" if filters.include_undated else "undated_hidden", lang, n=undated))
if not figures["events"]:
    st.info(tr("nothing", lang))
    st.stop()


def open_event(key: str, names: tuple[str, ...]) -> None:
    """Chart click: open the event of the clicked mark."""
    selection = st.session_state.get(key, {}).get("selection", {})
    for name in names:
        for point in selection.get(name) or []:
            if point.get("event_id"):
                st.session_state["_goto_event"] = point["event_id"]
                return


nav = st.session_state.get("nav", 0)
timeline_rows = queries.timeline(con, filters, max_pairs=MAX_PAIRS)
st.subheader(tr("timeline", lang))
st.caption(tr("timeline_caption", lang, n=MAX_PAIRS))
if not timeline_rows.empty:
    key = f"timeline_{nav}"
    st.vega_lite_chart(spec=charts.timeline(timeline_rows, lang, filters.start, filters.end), width="stretch", key=key,
                    on_select=lambda: open_event(key, ("pick_day", "pick_span")))
    st.vega_lite_chart(spec=charts.status_legend(lang), width="content")

st.subheader(tr("per_month", lang))
by_precision = queries.events_by_precision(con, filters)
st.caption(tr("per_month_caption", lang, year=by_precision.get("year", 0), none=by_precision.get("none", 0)))
counts = queries.contacts_per_month(con, filters)
if not counts.empty:
    st.vega_lite_chart(spec=charts.per_month(counts, lang, filters.start, filters.end), width="stretch")

st.subheader(tr("table", lang))
st.caption(tr("table_caption", lang))
rows = queries.contacts(con, filters, limit=TABLE_ROWS)
table_key = f"contacts_{nav}"
contacts_table(rows, lang, key=table_key, on_select=lambda: selected_row(table_key, rows, "_goto_event"))
if len(rows) == TABLE_ROWS:
    st.caption(tr("table_cut", lang, n=TABLE_ROWS))
