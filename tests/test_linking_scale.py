"""Linking many reports of one pair costs the events open around each report, not all pairs of reports
(real dbt on int_event_mentions_linked's inputs; the whole run's time and memory are in scripts/bench_linking.py)."""

import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from tests.conftest import ROOT

DBT = str(Path(sys.executable).with_name("dbt"))
REPORTS = 5_000
MEETINGS = 125  # one a week, 40 reports each


def write_inputs(path: Path) -> None:
    """5,000 reports of meetings of Merkel and Macron, one a week, alternately in Berlin and Paris:
    half give the day, a fifth the month it was told in, some are news without a date, some plans."""
    con = duckdb.connect(str(path))
    con.execute("create schema intermediate")
    con.execute(f"""
        create table intermediate.int_article_events as
        with reports as (
            select
                i,
                i % {MEETINGS} as meeting,
                date '2020-01-06' + (7 * (i % {MEETINGS}))::int as day,
                hash(i) % 10 as kind,
                (hash(i * 7) % 4)::int as lag
            from range({REPORTS}) as t (i)
        ),
        told as (
            select *, case when kind < 8 then day + lag else day - 1 - lag end as published_at
            from reports
        )
        select
            'k' || i as local_event_key,
            'a' || i as article_id,
            published_at,
            'MEETING' as event_type,
            'meet' as event_family,
            case when kind < 8 then 'happened' else 'planned' end as status,
            case when kind < 5 then strftime(day, '%Y-%m-%d') when kind < 7 then strftime(day, '%Y-%m') end as event_date,
            case when kind < 5 then 'day' when kind < 7 then 'month' end as date_precision,
            case when kind < 5 and meeting % 2 = 0 then 'DE' when kind < 5 then 'FR' end as location_country,
            case
                when kind < 5 then day
                when kind < 7 then date_trunc('month', day)::date
                when kind < 8 then published_at - 7
                else published_at - 1
            end as window_start,
            case
                when kind < 5 then day
                when kind < 7 then least(published_at, last_day(day))
                when kind < 8 then published_at
                else published_at + 60
            end as window_end,
            1 as n_mentions,
            null::varchar as meeting_level,
            kind < 8 as any_held,
            false as is_round
        from told""")
    con.execute("""
        create table intermediate.int_article_event_sides as
        select local_event_key, p.entity_id, p.party as party_key, true as is_person,
               p.party as linking_party_key, true as linking_is_person
        from intermediate.int_article_events
        cross join (values ('merkel', 'DE'), ('macron', 'FR')) as p (entity_id, party)""")
    con.execute("""
        create table intermediate.int_event_mention_parts as
        select 'm' || substr(local_event_key, 2) as mention_id, article_id, local_event_key, 0 as sentence_index
        from intermediate.int_article_events""")
    con.close()


@pytest.fixture(scope="module")
def linked(tmp_path_factory) -> duckdb.DuckDBPyConnection:
    work = tmp_path_factory.mktemp("pair")
    warehouse = work / "inputs.duckdb"
    write_inputs(warehouse)
    env = {**os.environ, "DIPLO_BUILD_WAREHOUSE": str(warehouse), "DBT_SEND_ANONYMOUS_USAGE_STATS": "false"}
    done = subprocess.run([DBT, "run", "--select", "int_event_mentions_linked", "--profiles-dir", ".",
                           "--target-path", str(work / "target")], cwd=ROOT / "dbt_project", env=env,
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout[-3000:]
    con = duckdb.connect(str(warehouse), read_only=True)
    yield con
    con.close()


def test_each_report_is_compared_with_the_events_open_around_it_not_with_every_report(linked):
    [(reports, compared, most)] = linked.execute("""
        select count(*), sum(compared_events), max(compared_events)
        from intermediate.int_event_mentions_linked""").fetchall()
    assert reports == REPORTS
    # Open are the events a report still to come can reach: those of the last two months or so
    # (a plan's window), about ten meetings and the reports that fitted none; never the 5,000.
    # All pairs of reports would be 12.5 million comparisons.
    assert most <= 25
    assert compared <= 25 * REPORTS


def test_many_reports_of_one_pair_still_make_one_event_per_meeting(linked):
    events = linked.execute("""
        select event_id, list(distinct substr(mention_id, 2)::int % 125) as meetings, count(*) as reports,
               count(*) filter (where e.date_precision = 'day') as dated
        from intermediate.int_event_mentions_linked as l
        inner join intermediate.int_article_events as e using (local_event_key)
        group by event_id""").fetchall()
    assert all(len(meetings) == 1 for _, meetings, _, _ in events)  # no event mixes two meetings
    with_days = [meetings[0] for _, meetings, _, dated in events if dated]
    assert sorted(with_days) == list(range(MEETINGS))  # the reports giving the day: one event a meeting
    assert sum(reports for _, _, reports, _ in events if reports > 1) > REPORTS // 2
