"""The dashboard's charts as Vega-Lite specifications. Colours come from the codebook, never from the data.

Written as plain specifications rather than built with Altair: Altair's construction and schema
validation cost about 0.3 s per timeline, more than the page's queries together.
"""

from __future__ import annotations

from datetime import date, timedelta

import pandas as pd

from dashboard.codebook import NOT_HAPPENING, STATUS_FILL, STATUSES, label, status_colours, status_labels, \
    type_colours, type_labels
from dashboard.labels import event_label
from dashboard.layout import force_layout
from dashboard.texts import ENTITY_KINDS, MONTHS, format_date, kind, tr

# A cross (✕) for contacts called off or denied; circles for the others.
CROSS = "M-1,-1L1,1M1,-1L-1,1"
KIND_COLOURS = {"PERSON": "#364fc7", "GPE": "#2b8a3e", "ORG": "#e8590c", "LOC": "#868e96"}
ROW_HEIGHT = 30
# SVG, not canvas: marks stay elements that screen readers (and the browser test) can read.
USERMETA = {"embedOptions": {"renderer": "svg"}}
GERMAN_TIME = {
    "dateTime": "%A, %e. %B %Y, %X", "date": "%d.%m.%Y", "time": "%H:%M:%S", "periods": ["AM", "PM"],
    "days": ["Sonntag", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"],
    "shortDays": ["So", "Mo", "Di", "Mi", "Do", "Fr", "Sa"],
    "months": MONTHS["de"],
    "shortMonths": ["Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez"],
}


def records(frame: pd.DataFrame) -> list[dict]:
    """Rows as JSON-ready dicts: missing values as null, numpy numbers as Python ones."""
    return frame.astype(object).where(frame.notna(), None).to_dict("records")


def spec(lang: str, **parts) -> dict:
    """A chart: month and weekday names in the chosen language, drawn as SVG."""
    config = {"view": {"stroke": None}, **({"locale": {"time": GERMAN_TIME}} if lang == "de" else {})}
    return {"$schema": "https://vega.github.io/schema/vega-lite/v6.json", "usermeta": USERMETA, "config": config,
            **parts}


def type_colour(lang: str, legend: bool = True) -> dict:
    """The colour of contact types: the codebook's colour for every type, in every chart, whatever is shown."""
    return {"field": "type_label", "type": "nominal", "title": tr("col_type", lang),
            "scale": {"domain": type_labels(lang), "range": type_colours()},
            "legend": {"orient": "top", "symbolType": "circle"} if legend else None}


def select(name: str, field: str) -> list[dict]:
    return [{"name": name, "select": {"type": "point", "fields": [field], "on": "click"}}]


def _iso(day) -> str | None:
    return None if day is None or pd.isna(day) else pd.Timestamp(day).date().isoformat()


def period_domain(start: date | None, end: date | None, frame_dates: list) -> list[str]:
    """The x domain: the selected period as it is; without one, the data's span, at least two months."""
    if start and end:
        return [start.isoformat(), (end + timedelta(days=1)).isoformat()]
    known = [pd.Timestamp(d).date() for d in frame_dates if d is not None and not pd.isna(d)]
    low = start or (min(known) if known else date.today())
    high = end or (max(known) if known else low)
    if (high - low).days < 60:
        middle = low + (high - low) / 2
        low, high = middle - timedelta(days=30), middle + timedelta(days=30)
    return [low.isoformat(), (high + timedelta(days=1)).isoformat()]


def _time_axis(domain: list[str]) -> dict:
    days = (date.fromisoformat(domain[1]) - date.fromisoformat(domain[0])).days
    return {"title": None, "format": "%b %Y" if days > 120 else "%d. %b", "labelOverlap": True, "tickCount": 8}


def _months(domain: list[str]) -> int:
    return (date.fromisoformat(domain[1]) - date.fromisoformat(domain[0])).days // 30 + 1


def timeline_rows(contacts: pd.DataFrame, lang: str, row: str) -> pd.DataFrame:
    """One mark per contact: labels in the chosen language, ISO dates, how solid it is drawn."""
    dated = contacts.dropna(subset=["date_start"])
    return pd.DataFrame({
        "event_id": dated.event_id, "row": dated[row], "n_articles": dated.n_articles,
        "label": [event_label(e, t, lang) for e, t in zip(dated.label, dated.contact_type)],
        "status": dated.status, "date_precision": dated.date_precision,
        "start": [_iso(d) for d in dated.date_start],
        "end": [(pd.Timestamp(d) + pd.Timedelta(days=1)).date().isoformat() for d in dated.date_end],
        "type_label": [label(c, lang) for c in dated.contact_type],
        "status_label": [label(s, lang) for s in dated.status],
        "when": [format_date(d, p, lang) for d, p in zip(dated.event_date, dated.date_precision)],
        "fill": [STATUS_FILL.get(s, 0.3) for s in dated.status],
        "shape": [CROSS if s in NOT_HAPPENING else "circle" for s in dated.status],
    })


def timeline(contacts: pd.DataFrame, lang: str, start: date | None, end: date | None,
             row: str = "actor_pair") -> dict:
    """Contacts over time, one row per actor pair (or counterpart).

    A day-precise contact is a dot; a month or year is a faint bar over its span, drawn beneath,
    so it never hides a dot. Held contacts are solid, plans faint, called-off ones a cross.
    """
    data = timeline_rows(contacts, lang, row)
    rows = data.groupby("row")["start"].min().sort_values().index.tolist()
    domain = period_domain(start, end, list(contacts.date_start) + list(contacts.date_end))
    x = {"field": "start", "type": "temporal", "scale": {"type": "utc", "domain": domain}, "axis": _time_axis(domain)}
    stroke = {**type_colour(lang, legend=False), "legend": None}
    held = "datum.status === 'happened'"
    span = {
        "transform": [{"filter": "datum.date_precision !== 'day'"}],
        "mark": {"type": "bar", "clip": True, "cornerRadius": 2, "strokeWidth": 1.2},
        "params": select("pick_span", "event_id"),
        "encoding": {"x": x, "x2": {"field": "end"}, "color": type_colour(lang), "stroke": stroke,
                     "fillOpacity": {"condition": {"test": held, "value": 0.22}, "value": 0.08},
                     "strokeDash": {"condition": {"test": held, "value": [1, 0]}, "value": [4, 3]}},
    }
    day = {
        "transform": [{"filter": "datum.date_precision === 'day'"}],
        "mark": {"type": "point", "filled": True, "size": 170, "strokeWidth": 2, "clip": True, "opacity": 1},
        "params": select("pick_day", "event_id"),
        "encoding": {"x": x, "color": type_colour(lang), "stroke": stroke,
                     "shape": {"field": "shape", "type": "nominal", "scale": None},
                     "fillOpacity": {"field": "fill", "type": "quantitative", "scale": None}},
    }
    tooltip = [{"field": "label", "title": tr("col_event", lang)}, {"field": "when", "title": tr("date", lang)},
               {"field": "type_label", "title": tr("col_type", lang)},
               {"field": "status_label", "title": tr("col_status", lang)},
               {"field": "n_articles", "type": "quantitative", "title": tr("col_sources", lang)}]
    # A fixed step per row: one row or fifty, each stays as tall and readable.
    return spec(lang, data={"values": records(data)}, height={"step": ROW_HEIGHT}, width="container",
                encoding={"y": {"field": "row", "type": "nominal", "sort": rows, "title": None,
                                "axis": {"labelLimit": 360, "labelFontSize": 12},
                                "scale": {"paddingInner": 0.35}},
                          "tooltip": tooltip},
                layer=[span, day])


def status_legend(lang: str) -> dict:
    """The status key of the timeline, drawn with the timeline's own marks (Vega's legends cannot fade)."""
    data = pd.DataFrame({"status_label": status_labels(lang), "fill": [STATUS_FILL[s] for s in STATUSES],
                         "shape": [CROSS if s in NOT_HAPPENING else "circle" for s in STATUSES],
                         "x": range(len(STATUSES))})
    x = {"field": "x", "type": "ordinal", "axis": None}
    return spec(lang, data={"values": records(data)}, height=28, width=640, layer=[
        {"mark": {"type": "point", "filled": True, "size": 130, "strokeWidth": 2, "color": "#495057",
                  "stroke": "#495057"},
         "encoding": {"x": x, "shape": {"field": "shape", "type": "nominal", "scale": None},
                      "fillOpacity": {"field": "fill", "type": "quantitative", "scale": None}}},
        {"mark": {"type": "text", "align": "left", "dx": 10, "fontSize": 12},
         "encoding": {"x": x, "text": {"field": "status_label"}}},
    ])


def per_month(counts: pd.DataFrame, lang: str, start: date | None, end: date | None) -> dict:
    """Contact events per month on a continuous time axis, stacked by type."""
    data = pd.DataFrame({
        "events": counts.events, "type_label": [label(c, lang) for c in counts.contact_type],
        "start": [_iso(m) for m in counts.month],
        "end": [(pd.Timestamp(m) + pd.offsets.MonthBegin(1)).date().isoformat() for m in counts.month],
        "month_name": [format_date(_iso(m)[:7], "month", lang) for m in counts.month],
    })
    domain = period_domain(start, end, list(counts.month))
    return spec(lang, data={"values": records(data)}, height=240, width="container",
                mark={"type": "bar", "clip": True, "stroke": "white", "strokeWidth": 1},
                encoding={
                    "x": {"field": "start", "type": "temporal", "scale": {"type": "utc", "domain": domain},
                          "axis": {**_time_axis(domain), "format": "%b %Y",
                                   "tickCount": {"interval": "month", "step": max(1, _months(domain) // 8)}}},
                    "x2": {"field": "end"},
                    "y": {"aggregate": "sum", "field": "events", "type": "quantitative", "title": tr("events", lang),
                          "axis": {"tickMinStep": 1}},
                    "color": type_colour(lang),
                    "order": {"field": "type_label"},
                    "tooltip": [{"field": "month_name", "title": tr("date", lang)},
                                {"field": "type_label", "title": tr("col_type", lang)},
                                {"field": "events", "type": "quantitative", "title": tr("events", lang)}]})


def network_frames(edges: pd.DataFrame, lang: str, max_nodes: int) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Nodes (the most connected `max_nodes`) placed by the force layout, and the edges between them."""
    columns = ["id", "name", "entity_type", "events"]
    ends = pd.concat([edges[["actor_a_id", "actor_a", "actor_a_type", "events"]].set_axis(columns, axis=1),
                      edges[["actor_b_id", "actor_b", "actor_b_type", "events"]].set_axis(columns, axis=1)])
    nodes = (ends.groupby(["id", "name", "entity_type"], as_index=False)["events"].sum()
             .sort_values(["events", "name"], ascending=[False, True]).head(max_nodes).reset_index(drop=True))
    kept = set(nodes.id)
    edges = edges[edges.actor_a_id.isin(kept) & edges.actor_b_id.isin(kept)].reset_index(drop=True)
    where = force_layout(sorted(kept), list(zip(edges.actor_a_id, edges.actor_b_id, edges.events)))
    nodes = nodes.assign(x=[where[i][0] for i in nodes.id], y=[where[i][1] for i in nodes.id],
                         kind=[kind(t, lang) for t in nodes.entity_type])
    edges = edges.assign(x=[where[i][0] for i in edges.actor_a_id], y=[where[i][1] for i in edges.actor_a_id],
                         x2=[where[i][0] for i in edges.actor_b_id], y2=[where[i][1] for i in edges.actor_b_id],
                         pair=edges.actor_a + " – " + edges.actor_b,
                         newest_label=[event_label(e, t, lang) for e, t in zip(edges.newest_label, edges.newest_type)])
    return nodes, edges


def network(nodes: pd.DataFrame, edges: pd.DataFrame, lang: str) -> dict:
    """Actors placed by a force layout, coloured by kind; edge width is the number of contact events."""
    axis = {"labels": False, "ticks": False, "grid": False, "title": None, "domain": False}
    x = {"field": "x", "type": "quantitative", "axis": axis, "scale": {"domain": [-1.25, 1.45]}}
    y = {"field": "y", "type": "quantitative", "axis": axis, "scale": {"domain": [-1.15, 1.15]}}
    line_ends = {"x": x, "y": y, "x2": {"field": "x2"}, "y2": {"field": "y2"}}
    kinds = [kind(t, lang) for t in ENTITY_KINDS]
    edge_tooltip = [{"field": "pair", "title": tr("col_pair", lang)},
                    {"field": "events", "type": "quantitative", "title": tr("events", lang)},
                    {"field": "newest_label", "title": tr("col_event", lang)}]
    edge_data = {"values": records(edges[["x", "y", "x2", "y2", "pair", "events", "newest_label",
                                          "newest_event_id"]])}
    node_data = {"values": records(nodes[["id", "name", "kind", "events", "x", "y"]])}
    text = {"x": x, "y": y, "text": {"field": "name"}}
    return spec(lang, height=600, width="container", layer=[
        {"data": edge_data, "mark": {"type": "rule", "color": "#8d99ae", "strokeCap": "round"},
         "encoding": {**line_ends, "tooltip": edge_tooltip,
                      "strokeWidth": {"field": "events", "type": "quantitative", "scale": {"range": [1.5, 10]},
                                      "legend": None}}},
        # A wide, nearly invisible copy of every edge makes thin edges easy to click.
        {"data": edge_data, "mark": {"type": "rule", "strokeWidth": 14, "strokeOpacity": 0.01, "color": "#000"},
         "params": select("pick_edge", "newest_event_id"), "encoding": {**line_ends, "tooltip": edge_tooltip}},
        {"data": node_data, "mark": {"type": "circle", "opacity": 1, "stroke": "white", "strokeWidth": 1.5},
         "params": select("pick_node", "id"),
         "encoding": {"x": x, "y": y,
                      "color": {"field": "kind", "type": "nominal", "title": tr("kind", lang),
                                "scale": {"domain": kinds, "range": [KIND_COLOURS[t] for t in ENTITY_KINDS]},
                                "legend": {"orient": "top"}},
                      "size": {"field": "events", "type": "quantitative", "scale": {"range": [90, 900]},
                               "legend": None},
                      "tooltip": [{"field": "name", "title": tr("actors", lang)},
                                  {"field": "kind", "title": tr("kind", lang)},
                                  {"field": "events", "type": "quantitative", "title": tr("events", lang)}]}},
        {"data": node_data, "mark": {"type": "text", "align": "left", "dx": 12, "fontSize": 12, "stroke": "white",
                                     "strokeWidth": 4, "strokeJoin": "round"}, "encoding": text},
        {"data": node_data, "mark": {"type": "text", "align": "left", "dx": 12, "fontSize": 12, "color": "#212529"},
         "encoding": text},
    ])


def lifecycle(reports: pd.DataFrame, event: dict, lang: str) -> dict:
    """The event as the reports tell it, in publication order: announced, planned, held."""
    dated = reports.dropna(subset=["published_at"])
    data = pd.DataFrame({"day": [_iso(d) for d in dated.published_at], "title": dated.title,
                         "status_label": [label(s, lang) for s in dated.status]})
    data["when"] = [format_date(d, "day", lang) for d in data.day]
    known = [pd.Timestamp(d).date() for d in dated.published_at]
    if event.get("date_precision") == "day":
        known.append(date.fromisoformat(event["event_date"]))
    low, high = min(known) - timedelta(days=2), max(known) + timedelta(days=2)
    x = {"field": "day", "type": "temporal", "scale": {"type": "utc", "domain": [low.isoformat(), high.isoformat()]},
         "axis": {"title": None, "format": "%d. %b" if (high - low).days < 120 else "%b %Y", "tickCount": 6}}
    middle = {"value": 50}
    colour = {"field": "status_label", "type": "nominal", "title": tr("col_status", lang),
              "scale": {"domain": status_labels(lang), "range": status_colours()}, "legend": None}
    layers = [
        {"mark": {"type": "line", "color": "#adb5bd", "strokeWidth": 2}, "encoding": {"x": x, "y": middle}},
        {"mark": {"type": "circle", "size": 320, "opacity": 1},
         "encoding": {"x": x, "y": middle, "color": colour,
                      "tooltip": [{"field": "when", "title": tr("col_published", lang)},
                                  {"field": "status_label", "title": tr("col_status", lang)},
                                  {"field": "title", "title": tr("col_event", lang)}]}},
        {"mark": {"type": "text", "dy": -22, "fontSize": 12, "fontWeight": "bold"},
         "encoding": {"x": x, "y": middle, "text": {"field": "status_label"}}},
        {"mark": {"type": "text", "dy": 24, "fontSize": 11, "color": "#495057"},
         "encoding": {"x": x, "y": middle, "text": {"field": "when"}}},
    ]
    if event.get("date_precision") == "day":
        mark = {"values": [{"day": event["event_date"], "text": tr("event_day", lang)}]}
        layers.insert(0, {"data": mark, "mark": {"type": "rule", "strokeDash": [4, 3], "color": "#495057"},
                          "encoding": {"x": x}})
        layers.append({"data": mark, "mark": {"type": "text", "y": 8, "dx": 4, "align": "left", "fontSize": 11},
                       "encoding": {"x": x, "text": {"field": "text"}}})
    return spec(lang, data={"values": records(data)}, height=130, width="container", layer=layers)
