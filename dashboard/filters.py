"""The sidebar every page shares: language, filters and the downloads of what they select."""

from __future__ import annotations

import io

import pandas as pd
import streamlit as st

from dashboard import queries
from dashboard.codebook import CONTACT_TYPES, STATUSES, label
from dashboard.labels import event_label
from dashboard.queries import Filters
from dashboard.safe import without_formulas
from dashboard.texts import LANGUAGES, MISSING, format_date, precision, tr


def sidebar(con, actors: pd.DataFrame, span) -> Filters:
    """Draw the sidebar (values already in session state) and return what it selects."""
    side = st.sidebar
    side.radio(f"{tr('language', 'de')} / {tr('language', 'en')}", list(LANGUAGES), format_func=LANGUAGES.get,
               horizontal=True, key="lang")
    lang = st.session_state["lang"]
    side.header(tr("filters", lang))
    low, high = span
    period = side.date_input(tr("period", lang), min_value=low, max_value=high, key="period",
                             format="DD.MM.YYYY" if lang == "de" else "YYYY-MM-DD")
    names = dict(zip(actors.entity_id, actors.canonical_name))
    side.multiselect(tr("actors", lang), options=list(names), format_func=names.get, key="actors",
                     placeholder=tr("all_actors", lang))
    side.multiselect(tr("contact_types", lang), CONTACT_TYPES, format_func=lambda c: label(c, lang), key="types",
                     placeholder=tr("none_chosen", lang))
    side.multiselect(tr("statuses", lang), STATUSES, format_func=lambda c: label(c, lang), key="statuses",
                     placeholder=tr("none_chosen", lang))
    side.number_input(tr("min_sources", lang), min_value=1, step=1, key="min_sources")
    side.toggle(tr("include_undated", lang), key="undated")
    start, end = period if isinstance(period, tuple) and len(period) == 2 else (None, None)
    state = st.session_state
    return Filters(start=start, end=end, actors=tuple(state["actors"]), contact_types=tuple(state["types"]),
                   statuses=tuple(state["statuses"]), min_sources=int(state["min_sources"]),
                   include_undated=bool(state["undated"]))


def downloads(con, filters: Filters, lang: str) -> None:
    """The filtered contacts for Excel (CSV with byte-order mark) and for analysts (Parquet, codes and ids)."""
    side = st.sidebar
    side.subheader(tr("download", lang))
    side.download_button(tr("download_csv", lang), lambda: excel_csv(readable(queries.contacts(con, filters), lang),
                                                                     lang),
                         file_name="diplomatische_kontakte.csv" if lang == "de" else "diplomatic_contacts.csv",
                         mime="text/csv", key="download_csv", on_click="ignore")
    side.download_button(tr("download_parquet", lang), lambda: parquet(queries.contacts(con, filters)),
                         file_name="diplomatic_contacts.parquet", mime="application/vnd.apache.parquet",
                         key="download_parquet", on_click="ignore")
    side.caption(tr("share", lang))


def readable(frame: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Contacts with labels in the chosen language and readable column names; ids kept for joining."""
    out = pd.DataFrame({
        tr("col_date", lang): [format_date(d, p, lang) for d, p in zip(frame.event_date, frame.date_precision)],
        tr("col_precision", lang): [precision(p, lang) for p in frame.date_precision],
        tr("col_type", lang): [label(c, lang) for c in frame.contact_type],
        tr("col_status", lang): [label(s, lang) for s in frame.status],
        tr("col_actor_a", lang): frame.actor_a,
        tr("col_actor_b", lang): frame.actor_b,
        tr("col_place", lang): frame.location,
        tr("col_sources", lang): frame.n_articles,
        tr("col_event", lang): [event_label(e, t, lang) for e, t in zip(frame.label, frame.contact_type)],
        tr("col_event_id", lang): frame.event_id,
        tr("col_actor_a_id", lang): frame.actor_a_id,
        tr("col_actor_b_id", lang): frame.actor_b_id,
    })
    return out.fillna(MISSING)


def excel_csv(frame: pd.DataFrame, lang: str) -> bytes:
    """UTF-8 with a byte-order mark, so Excel reads the umlauts; semicolons where Excel is German.
    Text that a spreadsheet would run as a formula (a title '=HYPERLINK(...)') starts with a quote."""
    return without_formulas(frame).to_csv(index=False, sep=";" if lang == "de" else ",").encode("utf-8-sig")


def parquet(frame: pd.DataFrame) -> bytes:
    buffer = io.BytesIO()
    frame.drop(columns=["date_start", "date_end"]).to_parquet(buffer, index=False)
    return buffer.getvalue()
