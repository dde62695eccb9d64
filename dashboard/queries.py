"""Every query the dashboard runs: pure functions of a read-only DuckDB connection and bound parameters."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import duckdb
import pandas as pd

from dashboard.codebook import CONTACT_TYPES, STATUSES


@dataclass(frozen=True)
class Filters:
    """What the sidebar selects; every page applies the same filters."""

    start: date | None = None
    end: date | None = None
    actors: tuple[str, ...] = ()
    contact_types: tuple[str, ...] = tuple(CONTACT_TYPES)
    statuses: tuple[str, ...] = tuple(STATUSES)
    min_sources: int = 1
    include_undated: bool = False


# Contacts (one row per contact event x actor pair) under the filters; the mart carries names and
# the days each date covers. Undated contacts pass only when asked for: they have no place in time.
_CONTACTS = """
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
        c.actor_a_name as actor_a,
        c.actor_b_id,
        c.actor_b_name as actor_b,
        c.actor_a_name || ' – ' || c.actor_b_name as actor_pair,
        c.location_name as location,
        c.label
    from fct_diplomatic_contacts as c
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
"""
_UNDATED_ALLOWED = _CONTACTS.replace("(c.date_start is null and $include_undated)", "c.date_start is null")
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
    """Contact events, actor pairs, actors and reporting articles under the filters; the newest article."""
    row = con.execute("with c as materialized (" + _CONTACTS + """)
        select
            count(distinct event_id),
            count(distinct (actor_a_id, actor_b_id)),
            (select count(distinct actor) from (
                select actor_a_id as actor from c union select actor_b_id from c)),
            (select count(distinct m.article_id) from fct_event_mentions m where m.event_id in (select event_id from c)),
            (select max(published_at) from dim_articles)
        from c
    """, _params(filters)).fetchone()
    return {"events": row[0], "pairs": row[1], "actors": row[2], "articles": row[3], "newest_article": row[4]}


def undated_events(con: duckdb.DuckDBPyConnection, filters: Filters) -> int:
    """Contact events without a date that the other filters would keep (left out unless included)."""
    params = {k: v for k, v in _params(filters).items() if k != "include_undated"}
    return con.execute("select count(distinct event_id) from (" + _UNDATED_ALLOWED + ") where date_start is null",
                       params).fetchone()[0]


def contacts_per_month(con: duckdb.DuckDBPyConnection, filters: Filters) -> pd.DataFrame:
    """Contact events per month and type, for events dated to the day or the month."""
    return con.execute("with c as materialized (" + _CONTACTS + """)
        select date_trunc('month', date_start) as month, contact_type, count(distinct event_id) as events
        from c
        where date_precision in ('day', 'month')
        group by all
        order by month, contact_type
    """, _params(filters)).df()


def events_by_precision(con: duckdb.DuckDBPyConnection, filters: Filters) -> dict[str, int]:
    """Contact events under the filters by date precision ('none' for undated ones)."""
    rows = con.execute("""
        select coalesce(date_precision, 'none'), count(distinct event_id)
        from (""" + _CONTACTS + """) group by all""", _params(filters)).fetchall()
    return dict(rows)


def actor_options(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Actors that take part in at least one contact, most active first, with their kind."""
    return con.execute("""
        with sides as (
            select actor_a_id as entity_id, event_id from fct_diplomatic_contacts
            union all
            select actor_b_id, event_id from fct_diplomatic_contacts
        )
        select s.entity_id, e.canonical_name, e.entity_type, count(distinct s.event_id) as contacts
        from sides s
        join dim_entities e using (entity_id)
        group by all
        order by contacts desc, e.canonical_name
    """).df()


def date_span(con: duckdb.DuckDBPyConnection) -> tuple[date | None, date | None]:
    """The first and last day any dated contact covers."""
    return con.execute("select min(date_start), max(date_end) from fct_diplomatic_contacts").fetchone()


def picker_span(span: tuple[date | None, date | None],
                period: tuple[date | None, date | None]) -> tuple[date | None, date | None]:
    """The days the period picker offers: the data's span and the default period, whichever is wider.

    The default period runs to the end of a month and back a whole year, so it can reach past the data.
    """
    lows = [d for d in (span[0], period[0]) if d is not None]
    highs = [d for d in (span[1], period[1]) if d is not None]
    return (min(lows) if lows else None), (max(highs) if highs else None)


def default_period(con: duckdb.DuckDBPyConnection) -> tuple[date | None, date | None]:
    """The recent data: the twelve months up to the newest article or the latest contact date.

    A year-precise contact of the current year does not stretch the period to December.
    """
    newest, latest = con.execute("""
        select (select max(published_at) from dim_articles),
               (select max(date_start) from fct_diplomatic_contacts)
    """).fetchone()
    last = max(d for d in (newest, latest) if d is not None) if (newest or latest) else None
    if last is None:
        return None, None
    end = (last.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)  # end of that month
    start = date(end.year - 1, end.month, 1) + timedelta(days=31)
    return start.replace(day=1), end


def network(con: duckdb.DuckDBPyConnection, filters: Filters) -> pd.DataFrame:
    """Edges between actors, weighted by the number of contact events, with the newest event of each."""
    return con.execute("with c as materialized (" + _CONTACTS + """)
        select c.actor_a_id, c.actor_a, a.entity_type as actor_a_type,
               c.actor_b_id, c.actor_b, b.entity_type as actor_b_type,
               count(distinct c.event_id) as events,
               arg_max(c.event_id, (coalesce(c.date_start, date '1900-01-01'), c.event_id)) as newest_event_id,
               arg_max(c.label, (coalesce(c.date_start, date '1900-01-01'), c.event_id)) as newest_label,
               arg_max(c.contact_type, (coalesce(c.date_start, date '1900-01-01'), c.event_id)) as newest_type
        from c
        join dim_entities a on a.entity_id = c.actor_a_id
        join dim_entities b on b.entity_id = c.actor_b_id
        group by all
        order by events desc, c.actor_a, c.actor_b
    """, _params(filters)).df()


def event_options(con: duckdb.DuckDBPyConnection, filters: Filters) -> pd.DataFrame:
    """Contact events under the filters, newest first, for choosing one."""
    return con.execute("with c as materialized (" + _CONTACTS + """)
        select distinct event_id, label, contact_type, event_date, date_precision, n_articles, date_start
        from c
        order by date_start desc nulls last, label
    """, _params(filters)).df()


def event_option(con: duckdb.DuckDBPyConnection, event_id: str) -> pd.DataFrame:
    """The one event an address names, as event_options gives it (empty when there is none)."""
    return con.execute("""
        select event_id, label, event_type as contact_type, event_date, date_precision, n_articles,
               null::date as date_start
        from fct_events where event_id = ?
    """, [event_id]).df()


def event(con: duckdb.DuckDBPyConnection, event_id: str) -> dict | None:
    row = con.execute("""
        select e.event_id, e.label, e.event_type, e.status, e.event_date, e.date_precision,
               loc.canonical_name as location, e.n_articles, e.n_mentions,
               list(p.canonical_name order by p.canonical_name) filter (where p.entity_id is not null)
                   as participants
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


def reports(con: duckdb.DuckDBPyConnection, event_id: str) -> pd.DataFrame:
    """One row per article that reports the event, in the order the news told it (fct_event_reports):
    outlet, publication, the status and date the article gives."""
    return con.execute("""
        select r.article_id, r.title, r.source, r.published_at, a.published_precision,
               r.status, r.stated_date, r.stated_precision, r.n_mentions as mentions, r.report_number
        from fct_event_reports r
        left join dim_articles a using (article_id)
        where r.event_id = ?
        order by r.report_number
    """, [event_id]).df()


def mentions(con: duckdb.DuckDBPyConnection, event_id: str) -> pd.DataFrame:
    """Every sentence that reports the event, with its article and where its trigger is."""
    return con.execute("""
        select m.article_id, m.status, m.sentence_text, m.trigger_text, m.start_char, m.end_char,
               m.trigger_start - m.start_char as trigger_offset, m.confidence
        from fct_event_mentions m
        where m.event_id = ?
        order by m.article_id, m.start_char
    """, [event_id]).df()


def article_text(con: duckdb.DuckDBPyConnection, article_id: str) -> str | None:
    row = con.execute("select text from dim_articles where article_id = ?", [article_id]).fetchone()
    return row[0] if row else None


def actor_contacts(con: duckdb.DuckDBPyConnection, actor_id: str, filters: Filters) -> pd.DataFrame:
    """One actor's contacts under the filters (whatever actors they select), with the counterpart of each."""
    params = {**_params(filters), "actors": [actor_id], "actor": actor_id}
    return con.execute("""
        select *,
               case when actor_a_id = $actor then actor_b else actor_a end as counterpart,
               case when actor_a_id = $actor then actor_b_id else actor_a_id end as counterpart_id
        from (""" + _CONTACTS + """)
    """ + _IN_TIME_ORDER, params).df()


def entity(con: duckdb.DuckDBPyConnection, entity_id: str) -> dict | None:
    """One actor, with the name of its country as the event sides give it (the code when none does)."""
    row = con.execute("""
        select e.entity_id, e.canonical_name, e.entity_type, e.country, e.role, e.n_articles,
               coalesce((select any_value(s.country_name) from fct_event_sides s where s.country = e.country),
                        e.country) as country_name
        from dim_entities e where e.entity_id = ?""", [entity_id]).fetchone()
    keys = ["entity_id", "canonical_name", "entity_type", "country", "role", "n_articles", "country_name"]
    return dict(zip(keys, row)) if row else None


def warehouse_is_built(con: duckdb.DuckDBPyConnection) -> bool:
    return con.execute("""
        select count(*) = 2 from information_schema.tables
        where table_schema = 'main' and table_name in ('fct_diplomatic_contacts', 'dim_articles')
    """).fetchone()[0] and con.execute("select count(*) > 0 from dim_articles").fetchone()[0]
