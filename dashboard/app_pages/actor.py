"""Actor: one actor's contacts over time and counterparts; the actor is the one the sidebar selects."""

import pandas as pd
import streamlit as st

from dashboard import charts, queries, state
from dashboard.data import connection
from dashboard.labels import event_label
from dashboard.safe import plain
from dashboard.tables import contacts_table, selected_row
from dashboard.texts import MISSING, format_date, kind, role, tr

EVENT_PAGE = "app_pages/event_detail.py"
ACTOR_PAGE = "app_pages/actor.py"

if st.session_state.get("_goto_event"):
    state.go(EVENT_PAGE, event=st.session_state.pop("_goto_event"))
if st.session_state.get("_goto_actor"):
    state.go(ACTOR_PAGE, actor=st.session_state.pop("_goto_actor"))

con = connection()
filters = st.session_state["filters"]
lang = st.session_state["lang"]
names = st.session_state["actor_names"]

st.title(tr("actor_title", lang))
# One actor chosen in the sidebar is this page's actor; several are the choice; none, every actor.
choice = list(filters.actors) or list(names)
if st.session_state.get("actor") not in choice:
    st.session_state["actor"] = choice[0]
if len(filters.actors) == 1:
    actor_id = filters.actors[0]
    st.caption(tr("actor_from_sidebar", lang))
else:
    actor_id = st.selectbox(tr("choose_actor", lang), choice, format_func=names.get, key="actor")
state.write({"actor": actor_id})
who = queries.entity(con, actor_id)
st.header(plain(names.get(actor_id, actor_id)))
if who:
    facts = (kind(who["entity_type"], lang), who["role"] and role(who["role"], lang), who["country_name"])
    st.caption(plain(" · ".join(v for v in facts if v)))

contacts = queries.actor_contacts(con, actor_id, filters)
if contacts.empty:
    st.info(tr("actor_none", lang, name=names.get(actor_id, actor_id)))
    st.stop()
contacts["label"] = [event_label(l, t, lang) for l, t in zip(contacts.label, contacts.contact_type)]
cols = st.columns(4)
cols[0].metric(tr("events", lang), contacts.event_id.nunique())
cols[1].metric(tr("counterparts", lang), contacts.counterpart_id.nunique())
dated = contacts.dropna(subset=["date_start"])
cols[2].metric(tr("col_first", lang), format_date(dated.event_date.iloc[0], dated.date_precision.iloc[0], lang)
               if not dated.empty else MISSING)
last = dated.sort_values("date_start", kind="stable").iloc[-1] if not dated.empty else None
cols[3].metric(tr("col_last", lang), format_date(last.event_date, last.date_precision, lang)
               if last is not None else MISSING)

nav = st.session_state.get("nav", 0)


def open_event(key: str) -> None:
    selection = st.session_state.get(key, {}).get("selection", {})
    for name in ("pick_day", "pick_span"):
        for point in selection.get(name) or []:
            st.session_state["_goto_event"] = point.get("event_id")


st.subheader(tr("actor_timeline", lang))
if not dated.empty:
    key = f"actor_timeline_{nav}"
    st.vega_lite_chart(spec=charts.timeline(dated, lang, filters.start, filters.end, row="counterpart"), width="stretch",
                    key=key, on_select=lambda: open_event(key))
undated = len(contacts) - len(dated)
if undated:
    st.caption(tr("undated_not_on_axis", lang, n=undated))

st.subheader(tr("counterparts", lang))
st.caption(tr("counterparts_caption", lang))
latest = contacts.sort_values("date_start", na_position="first").groupby("counterpart_id").tail(1)
counterparts = (contacts.groupby(["counterpart_id", "counterpart"], as_index=False).agg(events=("event_id", "nunique"))
                .merge(latest[["counterpart_id", "event_date", "date_precision"]], on="counterpart_id")
                .sort_values(["events", "counterpart"], ascending=[False, True]).reset_index(drop=True))
shown = pd.DataFrame({tr("col_counterpart", lang): counterparts.counterpart,
                      tr("events", lang): counterparts.events,
                      tr("col_last", lang): [format_date(d, p, lang) for d, p in
                                             zip(counterparts.event_date, counterparts.date_precision)]})
counter_key = f"counterparts_{nav}"
st.dataframe(shown, hide_index=True, width="stretch", key=counter_key, selection_mode="single-row",
             on_select=lambda: selected_row(counter_key, counterparts, "_goto_actor", column="counterpart_id"))

st.subheader(tr("actor_table", lang))
st.caption(tr("actor_caption", lang))
table_key = f"actor_contacts_{nav}"
contacts_table(contacts, lang, key=table_key, counterpart=True,
               on_select=lambda: selected_row(table_key, contacts, "_goto_event"))
