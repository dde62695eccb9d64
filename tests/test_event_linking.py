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
def test_the_anchorage_summit_is_one_event_announced_planned_and_held(seeds_warehouse):
    [(summit,)] = query(seeds_warehouse, SUMMIT)
    reports = query(seeds_warehouse, """
        select article_id, status, report_number from fct_event_reports where event_id = ? order by report_number""",
                    [summit])
    assert [(article[:3], status) for article, status, _ in reports] == [
        ("002", "planned"), ("000", "planned"), ("001", "happened")]
    assert query(seeds_warehouse, "select status, status_sequence, event_start, event_end from fct_events "
                                  "where event_id = ?", [summit]) == [
        ("happened", ["planned", "happened"], date(2025, 8, 15), date(2025, 8, 15))]


@pytest.mark.integration
def test_other_contacts_of_the_same_countries_stay_apart_from_the_summit(seeds_warehouse):
    [(summit,)] = query(seeds_warehouse, SUMMIT)
    others = query(seeds_warehouse, """
        select distinct e.event_id, e.label
        from fct_events e join fct_event_sides s using (event_id)
        where e.event_type in ('MEETING', 'CALL') and s.side_name in ('Sergej Lawrow', 'Wladimir Putin')
          and (e.event_date like '2025-02%' or e.event_date = '2025-05-19')""")
    assert {label.split(",")[0] for _, label in others} >= {"Treffen Rubio – Lawrow", "Telefonat Trump – Putin"}
    assert summit not in {event_id for event_id, _ in others}


@pytest.mark.integration
def test_no_contact_pairs_two_sides_of_one_country(seeds_warehouse):
    assert query(seeds_warehouse, """
        select count(*) from fct_diplomatic_contacts
        where actor_a_country = actor_b_country""") == [(0,)]
    # A minister's meeting is one pair of people, not four pairs of people and states.
    assert query(seeds_warehouse, """
        select actor_a_name, actor_b_name from fct_diplomatic_contacts c join fct_events e using (event_id)
        where e.label like 'Treffen Rubio%'""") == [("Marco Rubio", "Sergej Lawrow")]


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
    assert who_talks[0][2] == query(seeds_warehouse, """
        select count(distinct event_id) from fct_diplomatic_contacts
        where status = 'happened' and actor_a_name = 'Donald Trump' and actor_b_name = 'Wladimir Putin'""")[0][0]
    [(newest,)] = query(seeds_warehouse, "select max(published_at) from dim_articles")
    still_to_come = query(seeds_warehouse, """
        select coalesce(event_end, last_reported_at + 60) from fct_events
        where status in ('planned', 'proposed') and event_type in ('MEETING', 'CALL', 'VISIT', 'NEGOTIATION', 'CONTACT')
          and coalesce(event_end, last_reported_at + 60) >= (select max(published_at) from dim_articles)""")
    assert len(answers[2]) == len(still_to_come) and all(day >= newest for (day,) in still_to_come)
    assert [row[3] for row in answers[3]] == ["planned", "planned", "happened"]  # the summit's reports
    assert answers[5][0][:2] == ("Russland", "Vereinigte Staaten")  # contacts by pair of countries
    assert answers[6][0][0].startswith("Treffen Trump – Putin")  # reported days before it was held
