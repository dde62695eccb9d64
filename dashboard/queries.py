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


# Contacts with the window their date covers: a month-precise date spans the month.
_CONTACTS = """
    with contacts as (
        select
            c.*,
            case c.date_precision
                when 'day' then try_cast(c.event_date as date)
                when 'month' then try_cast(c.event_date || '-01' as date)
                when 'year' then try_cast(c.event_date || '-01-01' as date)
            end as date_start,
            case c.date_precision
                when 'day' then try_cast(c.event_date as date)
                when 'month' then last_day(try_cast(c.event_date || '-01' as date))
                when 'year' then try_cast(c.event_date || '-12-31' as date)
            end as date_end
        from fct_diplomatic_contacts c
    )
    select
        c.event_id,
        c.contact_type,
        c.status,
        c.event_date,
        c.date_precision,
        c.date_start,
        c.date_end,
        c.n_articles,
        c.actor_a_id,
        a.canonical_name as actor_a,
        c.actor_b_id,
        b.canonical_name as actor_b,
        a.canonical_name || ' – ' || b.canonical_name as actor_pair,
        loc.canonical_name as location,
        e.label
    from contacts c
    join dim_entities a on a.entity_id = c.actor_a_id
    join dim_entities b on b.entity_id = c.actor_b_id
    join fct_events e on e.event_id = c.event_id
    left join dim_entities loc on loc.entity_id = c.location_id
    where c.contact_type in (select unnest($types))
      and c.status in (select unnest($statuses))
      and c.n_articles >= $min_sources
      and (len($actors) = 0 or c.actor_a_id in (select unnest($actors)) or c.actor_b_id in (select unnest($actors)))
      and (
          (c.date_start is null and $include_undated)
          or (c.date_start is not null
              and ($start is null or c.date_end >= $start)
              and ($end is null or c.date_start <= $end))
      )
    order by c.date_start nulls last, actor_pair, c.event_id
"""


def _params(filters: Filters) -> dict:
    return {"types": list(filters.contact_types), "statuses": list(filters.statuses),
            "min_sources": filters.min_sources, "actors": list(filters.actors),
            "include_undated": filters.include_undated, "start": filters.start, "end": filters.end}


def contacts(con: duckdb.DuckDBPyConnection, filters: Filters) -> pd.DataFrame:
    """One row per contact event x actor pair, filtered."""
    return con.execute(_CONTACTS, _params(filters)).df()


def headline(con: duckdb.DuckDBPyConnection, filters: Filters) -> dict:
    """Contacts, actors and sources under the filters, and the newest article of the warehouse."""
    row = con.execute("with c as (" + _CONTACTS + """)
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
    return con.execute("with c as (" + _CONTACTS + """)
        select strftime(date_start, '%Y-%m') as month, contact_type, count(distinct event_id) as contacts
        from c
        where date_precision in ('day', 'month')
        group by all
        order by month, contact_type
    """, _params(filters)).df()


def actor_options(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Actors that take part in at least one contact, most active first."""
    return con.execute("""
        select e.entity_id, e.canonical_name, count(distinct c.event_id) as contacts
        from fct_diplomatic_contacts c
        join dim_entities e on e.entity_id in (c.actor_a_id, c.actor_b_id)
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
    return con.execute("with c as (" + _CONTACTS + """)
        select actor_a_id, actor_a, actor_b_id, actor_b, count(distinct event_id) as events
        from c
        group by all
        order by events desc, actor_a, actor_b
    """, _params(filters)).df()


def event_options(con: duckdb.DuckDBPyConnection, filters: Filters) -> pd.DataFrame:
    """Contact events under the filters, newest first, for choosing one."""
    return con.execute("with c as (" + _CONTACTS + """)
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
    frame = contacts(con, filters)
    mine = frame[(frame.actor_a_id == actor_id) | (frame.actor_b_id == actor_id)].copy()
    mine["counterpart"] = mine.apply(lambda r: r.actor_b if r.actor_a_id == actor_id else r.actor_a, axis=1)
    return mine


def warehouse_is_built(con: duckdb.DuckDBPyConnection) -> bool:
    return con.execute("""
        select count(*) = 2 from information_schema.tables
        where table_name in ('fct_diplomatic_contacts', 'dim_articles')
    """).fetchone()[0] and con.execute("select count(*) > 0 from dim_articles").fetchone()[0]
