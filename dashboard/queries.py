"""Every query the dashboard runs: pure functions of a read-only DuckDB connection and bound parameters."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import duckdb
import pandas as pd

CONTACT_TYPES = ["MEETING", "CALL", "VISIT", "NEGOTIATION", "CONTACT"]
STATUSES = ["happened", "planned", "proposed", "speculative", "cancelled", "denied"]


@dataclass(frozen=True)
class Filters:
    """What the sidebar selects; every page applies the same filters."""

    start: date | None = None
    end: date | None = None
    actors: tuple[str, ...] = ()
    contact_types: tuple[str, ...] = tuple(CONTACT_TYPES)
    statuses: tuple[str, ...] = tuple(STATUSES)
    min_sources: int = 1
    include_undated: bool = True


# Contacts under the filters; the mart carries names and the days each date covers.
_CONTACTS = """
    select
        event_id,
        contact_type,
        status,
        event_date,
        date_precision,
        date_start,
        date_end,
        n_articles,
        actor_a_id,
        actor_a_name as actor_a,
        actor_b_id,
        actor_b_name as actor_b,
        actor_a_name || ' – ' || actor_b_name as actor_pair,
        location_name as location,
        label
    from fct_diplomatic_contacts
    where contact_type in (select unnest($types))
      and status in (select unnest($statuses))
      and n_articles >= $min_sources
      and (len($actors) = 0 or actor_a_id in (select unnest($actors)) or actor_b_id in (select unnest($actors)))
      and (
          (date_start is null and $include_undated)
          or (date_start is not null
              and ($start is null or date_end >= $start)
              and ($end is null or date_start <= $end))
      )
"""
# Sorting is left to the queries that show rows: aggregates over 250,000 contacts need no order.
_IN_TIME_ORDER = " order by date_start nulls last, actor_pair, event_id"


def _params(filters: Filters) -> dict:
    return {"types": list(filters.contact_types), "statuses": list(filters.statuses),
            "min_sources": filters.min_sources, "actors": list(filters.actors),
            "include_undated": filters.include_undated, "start": filters.start, "end": filters.end}


def contacts(con: duckdb.DuckDBPyConnection, filters: Filters, limit: int | None = None) -> pd.DataFrame:
    """One row per contact event x actor pair, filtered (the first `limit` in time order)."""
    if limit is None:
        return con.execute(_CONTACTS + _IN_TIME_ORDER, _params(filters)).df()
    return con.execute(_CONTACTS + _IN_TIME_ORDER + " limit $limit", {**_params(filters), "limit": limit}).df()


def timeline(con: duckdb.DuckDBPyConnection, filters: Filters, max_pairs: int = 40) -> pd.DataFrame:
    """Dated contacts of the most active actor pairs: a timeline stays readable at any size."""
    return con.execute("with c as materialized (" + _CONTACTS + """),
        top as (
            select actor_pair
            from c
            where date_start is not null
            group by all
            order by count(distinct event_id) desc, actor_pair
            limit $max_pairs
        )
        select c.* from c join top using (actor_pair) where c.date_start is not null
    """ + _IN_TIME_ORDER, {**_params(filters), "max_pairs": max_pairs}).df()


def headline(con: duckdb.DuckDBPyConnection, filters: Filters) -> dict:
    """Contacts, actors and sources under the filters, and the newest article of the warehouse."""
    row = con.execute("with c as materialized (" + _CONTACTS + """)
        select
            count(distinct event_id),
            (select count(distinct actor) from (
                select actor_a_id as actor from c union select actor_b_id from c)),
            (select count(distinct m.article_id) from fct_event_mentions m where m.event_id in (select event_id from c)),
            (select max(published_at) from dim_articles)
        from c
    """, _params(filters)).fetchone()
    return {"contacts": row[0], "actors": row[1], "sources": row[2], "newest_article": row[3]}


def contacts_per_month(con: duckdb.DuckDBPyConnection, filters: Filters) -> pd.DataFrame:
    """Contact events per month and type (events with at least a month-precise date)."""
    return con.execute("with c as materialized (" + _CONTACTS + """)
        select strftime(date_start, '%Y-%m') as month, contact_type, count(distinct event_id) as contacts
        from c
        where date_precision in ('day', 'month')
        group by all
        order by month, contact_type
    """, _params(filters)).df()


def actor_options(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Actors that take part in at least one contact, most active first."""
    return con.execute("""
        with sides as (
            select actor_a_id as entity_id, event_id from fct_diplomatic_contacts
            union all
            select actor_b_id, event_id from fct_diplomatic_contacts
        )
        select s.entity_id, e.canonical_name, count(distinct s.event_id) as contacts
        from sides s
        join dim_entities e using (entity_id)
        group by all
        order by contacts desc, e.canonical_name
    """).df()


def date_span(con: duckdb.DuckDBPyConnection) -> tuple[date | None, date | None]:
    row = con.execute("""
        select min(try_cast(left(event_date || '-01-01', 10) as date)),
               max(try_cast(left(event_date || '-01-01', 10) as date))
        from fct_diplomatic_contacts
    """).fetchone()
    return row[0], row[1]


def network(con: duckdb.DuckDBPyConnection, filters: Filters) -> pd.DataFrame:
    """Edges between actors, weighted by the number of contact events."""
    return con.execute("with c as materialized (" + _CONTACTS + """)
        select actor_a_id, actor_a, actor_b_id, actor_b, count(distinct event_id) as events
        from c
        group by all
        order by events desc, actor_a, actor_b
    """, _params(filters)).df()


def event_options(con: duckdb.DuckDBPyConnection, filters: Filters) -> pd.DataFrame:
    """Contact events under the filters, newest first, for choosing one."""
    return con.execute("with c as materialized (" + _CONTACTS + """)
        select distinct event_id, label, event_date, n_articles, date_start
        from c
        order by date_start desc nulls last, label
    """, _params(filters)).df()


def event(con: duckdb.DuckDBPyConnection, event_id: str) -> dict | None:
    row = con.execute("""
        select e.event_id, e.label, e.event_type, e.status, e.event_date, e.date_precision,
               loc.canonical_name as location, e.n_articles, e.n_mentions,
               list(p.canonical_name order by p.canonical_name) as participants
        from fct_events e
        left join dim_entities loc on loc.entity_id = e.location_id
        left join dim_entities p on list_contains(e.participant_ids, p.entity_id)
        where e.event_id = ?
        group by all
    """, [event_id]).fetchone()
    if row is None:
        return None
    keys = ["event_id", "label", "event_type", "status", "event_date", "date_precision", "location", "n_articles",
            "n_mentions", "participants"]
    return dict(zip(keys, row))


def status_history(con: duckdb.DuckDBPyConnection, event_id: str) -> pd.DataFrame:
    """What each report said of the event, in the order of publication."""
    return con.execute("""
        select strftime(a.published_at, '%Y-%m-%d') as published_at, a.title,
               coalesce(a.source, a.article_id) as source,
               max_by(m.status, m.confidence) as status, count(*) as mentions
        from fct_event_mentions m
        join dim_articles a using (article_id)
        where m.event_id = ?
        group by all
        order by published_at nulls last, source
    """, [event_id]).df()


def mentions(con: duckdb.DuckDBPyConnection, event_id: str) -> pd.DataFrame:
    """Every mention of the event with its source and evidence sentence."""
    return con.execute("""
        select coalesce(a.source, a.article_id) as source, a.article_id,
               strftime(a.published_at, '%Y-%m-%d') as published_at, m.status,
               m.sentence_text, m.trigger_text, m.trigger_start - m.start_char as trigger_offset, m.confidence
        from fct_event_mentions m
        join dim_articles a using (article_id)
        where m.event_id = ?
        order by a.published_at nulls last, a.article_id, m.start_char
    """, [event_id]).df()


def actor_contacts(con: duckdb.DuckDBPyConnection, actor_id: str, filters: Filters) -> pd.DataFrame:
    """One actor's contacts, with the counterpart of each."""
    return con.execute("""
        select *, case when actor_a_id = $actor then actor_b else actor_a end as counterpart
        from (""" + _CONTACTS + """)
        where $actor in (actor_a_id, actor_b_id)
    """ + _IN_TIME_ORDER, {**_params(filters), "actor": actor_id}).df()


def warehouse_is_built(con: duckdb.DuckDBPyConnection) -> bool:
    return con.execute("""
        select count(*) = 2 from information_schema.tables
        where table_name in ('fct_diplomatic_contacts', 'dim_articles')
    """).fetchone()[0] and con.execute("select count(*) > 0 from dim_articles").fetchone()[0]
