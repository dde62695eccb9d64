"""AppTest runs of every page, and interactions that set filters and check what is shown."""

import pytest
from streamlit.testing.v1 import AppTest

from tests.conftest import ROOT, query

APP = str(ROOT / "dashboard" / "streamlit_app.py")
PAGES = ["app_pages/overview.py", "app_pages/network.py", "app_pages/event_detail.py", "app_pages/actor.py"]


@pytest.fixture
def app(seeds_warehouse, monkeypatch):
    monkeypatch.setenv("DIPLO_WAREHOUSE", str(seeds_warehouse))
    return AppTest.from_file(APP, default_timeout=60).run()


def metric(at, label):
    return next(m.value for m in at.metric if m.label == label)


@pytest.mark.parametrize("page", PAGES)
def test_every_page_renders_without_error(app, page):
    app.switch_page(page).run()
    assert not app.exception
    assert app.title


def test_overview_counts_the_seed_contacts(app):
    assert int(metric(app, "Sources")) == 5
    assert int(metric(app, "Contacts")) >= 10
    assert metric(app, "Newest article") == "2025-08-15"


def test_contact_type_filter_narrows_the_contacts(app):
    everything = int(metric(app, "Contacts"))
    app.multiselect(key="types").set_value(["CALL"]).run()
    calls = int(metric(app, "Contacts"))
    assert 0 < calls < everything
    table = app.dataframe[0].value
    assert set(table["contact_type"]) == {"CALL"}


def test_minimum_sources_keeps_events_reported_by_three_articles(app):
    app.number_input(key="min_sources").set_value(3).run()
    table = app.dataframe[0].value
    assert len(table) >= 1
    assert set(table["n_articles"]) == {3}
    assert "2025-08-15" in set(table["event_date"])


def test_actor_filter_keeps_that_actors_contacts(app):
    app.multiselect(key="actors").set_value(["Q6279"]).run()  # Joe Biden
    table = app.dataframe[0].value
    assert len(table) >= 1
    assert table["actor_pair"].str.contains("Joe Biden").all()


def test_event_detail_shows_the_summit_with_every_report(app, seeds_warehouse):
    [(summit,)] = query(seeds_warehouse, "select event_id from fct_events "
                                         "where event_type = 'MEETING' and event_date = '2025-08-15'")
    app.switch_page("app_pages/event_detail.py").run()
    app.selectbox(key="event").set_value(summit).run()
    assert int(metric(app, "Sources")) == 3
    history = app.dataframe[0].value
    assert list(history["published_at"].astype(str)) == ["2025-08-07", "2025-08-09", "2025-08-15"]
    assert list(history["status"])[-1] == "happened"
    evidence = [t.value for t in app.text if "»" in t.value]
    assert len(evidence) >= 3 and all("«" in line for line in evidence)


def test_first_run_message_without_warehouse(tmp_path, monkeypatch):
    monkeypatch.setenv("DIPLO_WAREHOUSE", str(tmp_path / "missing.duckdb"))
    at = AppTest.from_file(APP, default_timeout=60).run()
    assert not at.exception
    assert "make run" in at.info[0].value
