"""Tables with readable headings in the chosen language, "–" for what is unknown, rows that open things."""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd
import streamlit as st

from dashboard.codebook import label
from dashboard.labels import event_label
from dashboard.texts import MISSING, format_date, tr


def contact_rows(frame: pd.DataFrame, lang: str, counterpart: bool = False) -> pd.DataFrame:
    """Contacts as people read them: date at its precision, labelled type and status, names."""
    shown = {
        tr("col_date", lang): [format_date(d, p, lang) for d, p in zip(frame.event_date, frame.date_precision)],
        tr("col_type", lang): [label(c, lang) for c in frame.contact_type],
        tr("col_status", lang): [label(s, lang) for s in frame.status],
    }
    if counterpart:
        shown[tr("col_counterpart", lang)] = frame.counterpart
    else:
        shown[tr("col_actor_a", lang)] = frame.actor_a
        shown[tr("col_actor_b", lang)] = frame.actor_b
    shown[tr("col_place", lang)] = frame.location
    shown[tr("col_sources", lang)] = frame.n_articles
    shown[tr("col_event", lang)] = [event_label(e, t, lang) for e, t in zip(frame.label, frame.contact_type)]
    return pd.DataFrame(shown).fillna(MISSING)


def contacts_table(frame: pd.DataFrame, lang: str, key: str, on_select: Callable[[], None],
                   counterpart: bool = False) -> None:
    st.dataframe(contact_rows(frame, lang, counterpart), hide_index=True, width="stretch", key=key,
                 on_select=on_select, selection_mode="single-row")


def selected_row(key: str, frame: pd.DataFrame, target: str, column: str = "event_id") -> None:
    """Table click: remember the clicked row's id under `target`; the page opens it."""
    rows = st.session_state.get(key, {}).get("selection", {}).get("rows", [])
    if rows and rows[0] < len(frame):
        st.session_state[target] = frame.iloc[rows[0]][column]
