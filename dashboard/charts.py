"""Altair charts of the dashboard."""

from __future__ import annotations

import math

import altair as alt
import pandas as pd

# Held contacts are solid; plans and possibilities are drawn hollow and dashed.
STATUS_DASH = alt.Scale(domain=["happened", "planned", "proposed", "speculative", "cancelled", "denied"],
                        range=[[1, 0], [6, 3], [3, 3], [1, 3], [8, 2, 1, 2], [2, 6]])
STATUS_OPACITY = alt.Scale(domain=["happened", "planned", "proposed", "speculative", "cancelled", "denied"],
                           range=[0.95, 0.45, 0.35, 0.25, 0.12, 0.12])


def timeline(contacts: pd.DataFrame) -> alt.Chart:
    """Contacts over time: a bar spans the day, month or year its date is known to."""
    dated = contacts.dropna(subset=["date_start"]).copy()
    dated["date_end_plus"] = pd.to_datetime(dated["date_end"]) + pd.Timedelta(days=1)
    pairs = dated.groupby("actor_pair")["date_start"].min().sort_values().index.tolist()
    return alt.Chart(dated).mark_bar(strokeWidth=2, cornerRadius=2, height=14).encode(
        x=alt.X("date_start:T", title="Date"),
        x2="date_end_plus:T",
        y=alt.Y("actor_pair:N", title=None, sort=pairs, axis=alt.Axis(labelLimit=320)),
        color=alt.Color("contact_type:N", title="Type", legend=alt.Legend(orient="right")),
        stroke=alt.Stroke("contact_type:N", legend=None),
        opacity=alt.Opacity("status:N", scale=STATUS_OPACITY, title="Status"),
        strokeDash=alt.StrokeDash("status:N", scale=STATUS_DASH, legend=None),
        tooltip=["label:N", "event_date:N", "date_precision:N", "status:N", "n_articles:Q", "location:N"],
    ).properties(height=max(160, 26 * len(pairs)))


def per_month(counts: pd.DataFrame) -> alt.Chart:
    return alt.Chart(counts).mark_bar().encode(
        x=alt.X("month:O", title="Month"),
        y=alt.Y("contacts:Q", title="Contact events"),
        color=alt.Color("contact_type:N", title="Type"),
        tooltip=["month", "contact_type", "contacts"],
    ).properties(height=260)


def network(edges: pd.DataFrame) -> alt.LayerChart:
    """Actors on a circle, most connected first; edge width is the number of contact events."""
    degree = pd.concat([edges[["actor_a_id", "actor_a", "events"]].set_axis(["id", "name", "events"], axis=1),
                        edges[["actor_b_id", "actor_b", "events"]].set_axis(["id", "name", "events"], axis=1)])
    nodes = degree.groupby(["id", "name"], as_index=False)["events"].sum().sort_values(
        ["events", "name"], ascending=[False, True]).reset_index(drop=True)
    angle = 2 * math.pi / max(len(nodes), 1)
    nodes["x"] = [math.cos(i * angle) for i in range(len(nodes))]
    nodes["y"] = [math.sin(i * angle) for i in range(len(nodes))]
    where = nodes.set_index("id")[["x", "y"]]
    lines = edges.assign(x=edges.actor_a_id.map(where.x), y=edges.actor_a_id.map(where.y),
                         x2=edges.actor_b_id.map(where.x), y2=edges.actor_b_id.map(where.y))
    axis = alt.Axis(labels=False, ticks=False, grid=False, title=None, domain=False)
    scale = alt.Scale(domain=[-1.4, 1.4])
    edge_layer = alt.Chart(lines).mark_rule(color="#7a8ca5").encode(
        x=alt.X("x:Q", axis=axis, scale=scale), y=alt.Y("y:Q", axis=axis, scale=scale), x2="x2:Q", y2="y2:Q",
        strokeWidth=alt.StrokeWidth("events:Q", scale=alt.Scale(range=[1, 8]), title="Contact events"),
        tooltip=["actor_a", "actor_b", "events"])
    node_layer = alt.Chart(nodes).mark_circle(color="#1f4e79").encode(
        x="x:Q", y="y:Q", size=alt.Size("events:Q", scale=alt.Scale(range=[80, 900]), legend=None),
        tooltip=["name", "events"])
    labels = alt.Chart(nodes).mark_text(dy=-14, fontSize=12).encode(x="x:Q", y="y:Q", text="name:N")
    return (edge_layer + node_layer + labels).properties(height=560)
