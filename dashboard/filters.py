"""The sidebar filters every page shares, and the CSV download of what they select."""

from __future__ import annotations

import streamlit as st

from dashboard import queries
from dashboard.queries import CONTACT_TYPES, STATUSES, Filters


def sidebar_filters(con) -> Filters:
    """Draw the filters once (in the router) and return what they select."""
    sidebar = st.sidebar
    sidebar.header("Filter")
    first, last = queries.date_span(con)
    period = sidebar.date_input("Period", value=(first, last) if first and last else (), key="period")
    start, end = (period if isinstance(period, tuple) and len(period) == 2 else (None, None))
    actors = queries.actor_options(con)
    names = dict(zip(actors.entity_id, actors.canonical_name))
    chosen = sidebar.multiselect("Actors", options=list(names), format_func=names.get, key="actors")
    types = sidebar.multiselect("Contact types", CONTACT_TYPES, default=CONTACT_TYPES, key="types")
    statuses = sidebar.multiselect("Status", STATUSES, default=STATUSES, key="statuses")
    min_sources = sidebar.number_input("Minimum number of sources", min_value=1, value=1, step=1, key="min_sources")
    undated = sidebar.checkbox("Include contacts without a date", value=True, key="undated")
    return Filters(start=start, end=end, actors=tuple(chosen), contact_types=tuple(types),
                   statuses=tuple(statuses), min_sources=int(min_sources), include_undated=undated)


def download_button(con, filters: Filters) -> None:
    """The filtered contacts as CSV, built only when someone clicks."""
    def csv() -> bytes:
        frame = queries.contacts(con, filters).drop(columns=["date_start", "date_end"])
        return frame.to_csv(index=False).encode("utf-8")
    st.sidebar.download_button("Download contacts (CSV)", csv, file_name="diplomatic_contacts.csv",
                               mime="text/csv", key="download")
