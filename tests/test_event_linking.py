"""Cross-source linking and contact counts on the seeds, read as an analyst reads them (real dbt, real DuckDB)."""

import re
from datetime import date

import pytest

from tests.conftest import ROOT, query

SUMMIT = "select event_id from fct_events where event_type = 'MEETING' and event_date = '2025-08-15'"


def readme_queries() -> list[str]:
    """The example queries of the README's SQL block, one statement each."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"questions in SQL:\n\n```sql\n(.*?)```", text, re.S).group(1)
    return [q.strip() for q in block.split(";") if q.strip()]


@pytest.mark.integration
def test_the_anchorage_summit_is_one_event_announced_and_held(seeds_warehouse):
    [(summit,)] = query(seeds_warehouse, SUMMIT)
    reports = query(seeds_warehouse, """
        select article_id, status, days_before_event from fct_event_reports where event_id = ? order by report_number""",
                    [summit])
    articles = [article[:3] for article, _, _ in reports]
    assert {"000", "001"} <= set(articles) and len(articles) == len(set(articles))
    assert ("000", "planned", 6) in [(a[:3], status, days) for a, status, days in reports]  # announced on 9 August
    assert reports[-1][1] == "happened"
    [(status, sequence, start, end)] = query(seeds_warehouse, "select status, status_sequence, event_start, event_end "
                                                              "from fct_events where event_id = ?", [summit])
    assert (status, sequence[-1], start, end) == ("happened", "happened", date(2025, 8, 15), date(2025, 8, 15))


@pytest.mark.integration
def test_the_ministers_meeting_of_february_stays_apart_from_the_summit(seeds_warehouse):
    [(summit,)] = query(seeds_warehouse, SUMMIT)
    [(ministers,)] = query(seeds_warehouse, """
        select event_id from fct_event_sides join fct_events using (event_id)
        where event_type in ('MEETING', 'NEGOTIATION')
        group by event_id having list_sort(list(side_name)) = ['Marco Rubio', 'Sergej Lawrow']""")
    assert ministers != summit
    assert query(seeds_warehouse, "select count(*) from fct_event_reports where event_id = ?", [ministers]) == [(1,)]


@pytest.mark.integration
def test_no_contact_pairs_two_sides_of_one_country(seeds_warehouse):
    assert query(seeds_warehouse, """
        select count(*) from fct_diplomatic_contacts
        where actor_a_country = actor_b_country""") == [(0,)]
    # A minister's meeting is one pair of people, not four pairs of people and states.
    pairs = query(seeds_warehouse, """
        select actor_a_name, actor_b_name from fct_diplomatic_contacts c join fct_events e using (event_id)
        where e.label like '%Rubio – Lawrow%'""")
    assert [tuple(sorted(pair)) for pair in pairs] == [("Marco Rubio", "Sergej Lawrow")]


@pytest.mark.integration
def test_every_side_carries_its_country(seeds_warehouse):
    assert query(seeds_warehouse, """
        select distinct country, country_name from fct_event_sides
        where side_name in ('Donald Trump', 'Wladimir Putin', 'Russland') order by country""") == [
        ("RU", "Russland"), ("US", "Vereinigte Staaten")]


@pytest.mark.integration
def test_readme_queries_answer_on_the_seeds(seeds_warehouse):
    queries = readme_queries()
    assert len(queries) == 7
    answers = [query(seeds_warehouse, sql) for sql in queries]
    assert all(answers), "every example query returns rows on the seeds"
    who_talks = answers[1]  # held contacts, each real event once: the summit counts once
    assert ("Donald Trump", "Wladimir Putin") == who_talks[0][:2]
    # The articles report two held Trump - Putin contacts: this year's calls and the Anchorage summit; the
    # summits they call necessary, wish for or guess at are no held contacts.
    held = query(seeds_warehouse, """
        select distinct event_id, contact_type, event_date from fct_diplomatic_contacts
        where status = 'happened' and [actor_a_name, actor_b_name] @> ['Donald Trump', 'Wladimir Putin']
        order by contact_type""")
    assert [(kind, day) for _, kind, day in held] == [("CALL", "2025"), ("MEETING", "2025-08-15")]
    assert who_talks[0][2] == len(held)
    [(newest,)] = query(seeds_warehouse, "select max(published_at) from dim_articles")
    still_to_come = query(seeds_warehouse, """
        select coalesce(event_end, last_reported_at + 60) from fct_events
        where status in ('planned', 'proposed') and event_type in ('MEETING', 'CALL', 'VISIT', 'NEGOTIATION', 'CONTACT')
          and coalesce(event_end, last_reported_at + 60) >= (select max(published_at) from dim_articles)""")
    assert len(answers[2]) == len(still_to_come) and all(day >= newest for (day,) in still_to_come)
    summit_reports = answers[3]  # the summit's reports in the order of publication, the held one last
    assert [row[1] for row in summit_reports] == sorted(row[1] for row in summit_reports)
    assert summit_reports[-1][3] == "happened" and "planned" in {row[3] for row in summit_reports}
    assert answers[5][0][:2] == ("Russland", "Vereinigte Staaten")  # contacts by pair of countries
    assert answers[6][0][0].startswith("Treffen Trump – Putin")  # reported days before it was held
