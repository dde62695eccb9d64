"""The view in the address: filters, language and the chosen event or actor as query parameters.

A link such as `/event?event=ev_5acb…&lang=en&from=2025-08-01&to=2025-08-31&actors=Q7747` opens
the same view for anyone. The address is read when it changes from what the app last wrote
(a shared link, a click that navigates) and written after every run. Values are codes and ids,
not labels, so a link works in either language; values that make no sense are ignored.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import streamlit as st

from dashboard.codebook import CONTACT_TYPES, STATUSES
from dashboard.texts import LANGUAGES

WRITTEN = "_query_written"


@dataclass(frozen=True)
class Defaults:
    period: tuple[date, date] | tuple
    span: tuple[date | None, date | None]
    actors: frozenset[str]


def _dates(values: list[str]) -> list[date]:
    parsed = []
    for value in values:
        try:
            parsed.append(date.fromisoformat(value))
        except ValueError:
            pass
    return parsed


def _clamp(day: date, span: tuple[date | None, date | None]) -> date:
    low, high = span
    return min(max(day, low or day), high or day)


def _snapshot() -> dict[str, list[str]]:
    return {key: st.query_params.get_all(key) for key in st.query_params}


def init(defaults: Defaults) -> None:
    """Put every sidebar widget's value in session state: its default first, then what the address says."""
    state = st.session_state
    state.setdefault("lang", "de")
    state.setdefault("period", defaults.period)
    state.setdefault("actors", [])
    state.setdefault("types", list(CONTACT_TYPES))
    state.setdefault("statuses", list(STATUSES))
    state.setdefault("min_sources", 1)
    state.setdefault("undated", False)
    params = _snapshot()
    if params == state.get(WRITTEN):
        return
    apply(params, defaults)


def apply(params: dict[str, list[str]], defaults: Defaults) -> None:
    """The address's values over the widgets' (only the keys it has)."""
    state = st.session_state
    first = {key: values[0] for key, values in params.items() if values}
    if first.get("lang") in LANGUAGES:
        state["lang"] = first["lang"]
    start, end = (_dates(params.get("from", [])) or [None])[0], (_dates(params.get("to", [])) or [None])[0]
    if start or end:
        low, high = state["period"] if len(state["period"]) == 2 else defaults.span
        start, end = _clamp(start or low, defaults.span), _clamp(end or high, defaults.span)
        state["period"] = (min(start, end), max(start, end))
    if "actors" in params:
        state["actors"] = [a for a in params["actors"] if a in defaults.actors]
    if "types" in params:
        state["types"] = [t for t in CONTACT_TYPES if t in params["types"]]
    if "status" in params:
        state["statuses"] = [s for s in STATUSES if s in params["status"]]
    if first.get("min", "").isdigit():
        state["min_sources"] = max(1, int(first["min"]))
    if "undated" in first:
        state["undated"] = first["undated"] == "1"
    for key in ("event", "actor"):
        if first.get(key):
            state[key] = first[key]


def filter_params() -> dict[str, str | list[str]]:
    """The sidebar's values as query parameters; values at their default are left out."""
    state = st.session_state
    params: dict[str, str | list[str]] = {"lang": state["lang"]}
    period = state.get("period") or ()
    if len(period) == 2:
        params["from"], params["to"] = period[0].isoformat(), period[1].isoformat()
    if state["actors"]:
        params["actors"] = list(state["actors"])
    if list(state["types"]) != list(CONTACT_TYPES):
        params["types"] = list(state["types"]) or [""]
    if list(state["statuses"]) != list(STATUSES):
        params["status"] = list(state["statuses"]) or [""]
    if int(state["min_sources"]) > 1:
        params["min"] = str(int(state["min_sources"]))
    if state["undated"]:
        params["undated"] = "1"
    return params


def write(page_params: dict[str, str] | None = None) -> None:
    """Replace the address's query with the current view."""
    params = {**filter_params(), **(page_params or {})}
    st.query_params.from_dict(params)
    st.session_state[WRITTEN] = {key: value if isinstance(value, list) else [value] for key, value in params.items()}


def go(page: str, **page_params: str) -> None:
    """Open another page with the current filters and the given event or actor."""
    st.session_state["nav"] = st.session_state.get("nav", 0) + 1  # fresh table and chart selections on return
    st.switch_page(page, query_params={**filter_params(), **page_params})
