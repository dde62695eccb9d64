"""AppTest runs of every page, and interactions that set filters and check what is shown."""

import io
from datetime import date

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from dashboard.filters import excel_csv, parquet, readable
from dashboard.queries import Filters, contacts, default_period, picker_span
from dashboard.safe import plain
from dashboard.texts import format_date, role
from tests.conftest import ROOT, query

APP = str(ROOT / "dashboard" / "streamlit_app.py")
PAGES = ["app_pages/overview.py", "app_pages/network.py", "app_pages/event_detail.py", "app_pages/actor.py"]
PERIOD_SQL = "date_start is not null and date_end >= ? and date_start <= ?"


@pytest.fixture
def app(seeds_warehouse, monkeypatch):
    monkeypatch.setenv("DIPLO_WAREHOUSE", str(seeds_warehouse))
    return AppTest.from_file(APP, default_timeout=60).run()


@pytest.fixture
def period(seeds_warehouse):
    import duckdb

    con = duckdb.connect(str(seeds_warehouse), read_only=True)
    try:
        return default_period(con)
    finally:
        con.close()


@pytest.fixture
def summit(seeds_warehouse) -> str:
    [(event_id,)] = query(seeds_warehouse, "select event_id from fct_events "
                                           "where event_type = 'MEETING' and event_date = '2025-08-15'")
    return event_id


def metric(at, label):
    return next(m.value for m in at.metric if m.label == label)


def table(at, index=0) -> pd.DataFrame:
    return at.dataframe[index].value


@pytest.mark.parametrize("page", PAGES)
def test_every_page_renders_without_error(app, page):
    app.switch_page(page).run()
    assert not app.exception
    assert app.title


def test_default_period_is_the_year_up_to_the_newest_article(period):
    assert period == (date(2024, 9, 1), date(2025, 8, 31))


def test_the_period_picker_reaches_the_default_period_past_the_data(app, period):
    assert not app.exception
    assert app.date_input(key="period").value == period
    # Data that ends mid-month and is shorter than a year: the default period reaches past it on
    # both sides, and the picker with it (Streamlit fails on a value outside its bounds).
    assert picker_span((date(2025, 3, 4), date(2025, 8, 15)), (date(2024, 9, 1), date(2025, 8, 31))) == (
        date(2024, 9, 1), date(2025, 8, 31))
    assert picker_span((date(2021, 6, 1), date(2025, 12, 31)), (date(2024, 9, 1), date(2025, 8, 31))) == (
        date(2021, 6, 1), date(2025, 12, 31))
    assert picker_span((None, None), (None, None)) == (None, None)


def test_overview_counts_events_and_pairs_of_the_default_period(app, seeds_warehouse, period):
    [(events, pairs)] = query(seeds_warehouse, "select count(distinct event_id), count(distinct (actor_a_id, "
                                               f"actor_b_id)) from fct_diplomatic_contacts where {PERIOD_SQL}",
                              list(period))
    assert int(metric(app, "Kontaktereignisse")) == events
    assert int(metric(app, "Akteurspaare")) == pairs
    assert metric(app, "Neuester Artikel") == "15.08.2025"
    assert len(table(app)) == query(seeds_warehouse, f"select count(*) from fct_diplomatic_contacts "
                                                     f"where {PERIOD_SQL}", list(period))[0][0]


def test_undated_contacts_are_left_out_and_counted_until_included(app, seeds_warehouse):
    [(undated,)] = query(seeds_warehouse, "select count(distinct event_id) from fct_diplomatic_contacts "
                                          "where date_start is null")
    assert undated > 0
    assert any(f"{undated} Kontaktereignisse ohne Datum sind nicht gezählt" in c.value for c in app.caption)
    assert "–" not in set(table(app)["Datum"])
    dated = int(metric(app, "Kontaktereignisse"))
    app.toggle(key="undated").set_value(True).run()
    assert int(metric(app, "Kontaktereignisse")) == dated + undated
    assert "–" in set(table(app)["Datum"])


def test_labels_come_from_the_codebook_in_the_chosen_language(app):
    shown = table(app)
    assert {"Datum", "Art", "Status", "Akteur A", "Akteur B", "Ort", "Artikel", "Ereignis"} == set(shown.columns)
    assert set(shown["Art"]) <= {"Treffen", "Telefonat", "Besuch", "Verhandlungen", "Kontakt"}
    assert "stattgefunden" in set(shown["Status"])
    assert not shown.isna().any().any()  # missing values read "–", never "None"
    app.radio(key="lang").set_value("en").run()
    assert app.title[0].value == "Diplomatic contacts"
    shown = table(app)
    assert {"Date", "Type", "Status", "Actor A", "Actor B", "Place", "Articles", "Event"} == set(shown.columns)
    assert "happened" in set(shown["Status"]) and "Meeting" in set(shown["Type"])
    assert any(label.startswith("Meeting Trump – Putin") for label in shown["Event"])


def test_contact_type_filter_narrows_the_contacts(app):
    everything = int(metric(app, "Kontaktereignisse"))
    app.multiselect(key="types").set_value(["CALL"]).run()
    calls = int(metric(app, "Kontaktereignisse"))
    assert 0 < calls < everything
    assert set(table(app)["Art"]) == {"Telefonat"}


def test_minimum_sources_keeps_the_summit_reported_by_three_articles(app):
    app.number_input(key="min_sources").set_value(3).run()
    shown = table(app)
    assert set(shown["Artikel"]) == {3}
    assert "15.08.2025" in set(shown["Datum"])


def test_address_reproduces_a_filtered_view(seeds_warehouse, monkeypatch):
    monkeypatch.setenv("DIPLO_WAREHOUSE", str(seeds_warehouse))
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params.update({"lang": "en", "types": "CALL", "from": "2025-01-01", "to": "2025-12-31"})
    at.run()
    assert not at.exception
    [(calls,)] = query(seeds_warehouse, f"select count(distinct event_id) from fct_diplomatic_contacts "
                                        f"where contact_type = 'CALL' and {PERIOD_SQL}",
                       [date(2025, 1, 1), date(2025, 12, 31)])
    assert int(metric(at, "Contact events")) == calls
    assert at.multiselect(key="types").value == ["CALL"]
    assert set(table(at)["Type"]) == {"Call"}


def test_the_view_is_written_to_the_address(app):
    app.multiselect(key="types").set_value(["MEETING", "CALL"]).run()
    app.number_input(key="min_sources").set_value(2).run()
    assert app.query_params["types"] == ["MEETING", "CALL"]
    assert app.query_params["min"] == "2"
    assert app.query_params["lang"] == "de"


def test_actor_page_follows_the_sidebar_actor(app, seeds_warehouse):
    app.multiselect(key="actors").set_value(["Q6279"]).run()  # Joe Biden
    app.switch_page("app_pages/actor.py").run()
    assert not app.exception
    assert app.header[0].value == "Joe Biden"
    assert not [s for s in app.selectbox if s.key == "actor"]  # the sidebar's one actor, nothing to choose


def test_actor_page_shows_every_counterpart(app, seeds_warehouse, period):
    app.switch_page("app_pages/actor.py").run()
    app.selectbox(key="actor").set_value("Q7747").run()  # Wladimir Putin
    [(counterparts,)] = query(seeds_warehouse, f"""
        select count(distinct case when actor_a_id = 'Q7747' then actor_b_id else actor_a_id end)
        from fct_diplomatic_contacts where 'Q7747' in (actor_a_id, actor_b_id) and {PERIOD_SQL}""", list(period))
    assert int(metric(app, "Gegenüber")) == counterparts
    assert len(table(app, 0)) == counterparts


def test_actor_page_names_role_and_country_and_its_latest_contact(app, seeds_warehouse, period):
    app.switch_page("app_pages/actor.py").run()
    app.selectbox(key="actor").set_value("Q7747").run()  # Wladimir Putin
    assert app.caption[0].value == "Person · Staatsoberhaupt · Russland"
    [(latest, precision)] = query(seeds_warehouse, f"""
        select event_date, date_precision from fct_diplomatic_contacts
        where 'Q7747' in (actor_a_id, actor_b_id) and {PERIOD_SQL}
        order by date_start desc limit 1""", list(period))
    assert metric(app, "Letzter Kontakt") == format_date(latest, precision, "de")


def test_every_role_of_the_knowledge_base_has_a_label():
    lines = (ROOT / "orchestration" / "knowledge" / "roles.tsv").read_text(encoding="utf-8").splitlines()
    rows = [line.split("\t") for line in lines if line and not line.startswith("#")]
    roles = {row[rows[0].index("role")] for row in rows[1:]}
    assert len(roles) > 30
    assert not [r for r in roles if role(r, "de") == role(r, "en")]  # both from the labels file
    assert role("vice_chancellor_of_nowhere", "en") == "Vice chancellor of nowhere"


def test_event_page_groups_the_summit_reports_by_article(app, seeds_warehouse, summit):
    app.query_params["event"] = summit
    app.switch_page("app_pages/event_detail.py").run()
    assert not app.exception
    assert app.selectbox(key="event").value == summit
    assert metric(app, "Artikel") == "3"
    lifecycle = next(t.value for t in app.text if "→" in t.value)
    assert lifecycle.endswith("15.08.2025 stattgefunden")
    assert [e.label for e in app.expander].count("Artikel lesen (Belegstellen markiert)") == 3
    titles = [t for (t,) in query(seeds_warehouse, """
        select a.title from dim_articles a where article_id in (
            select article_id from fct_event_mentions where event_id = ?) order by published_at""", [summit])]
    shown = [m.value for m in app.markdown]
    positions = [next(i for i, value in enumerate(shown) if value.startswith("**") and plain(title[:30]) in value)
                 for title in titles]
    assert positions == sorted(positions)  # one block per article, in order of publication
    assert any("**" in value and value.startswith("- ") for value in shown)  # evidence with its trigger in bold


def test_full_article_is_in_its_report(app, seeds_warehouse, summit):
    app.query_params["event"] = summit
    app.switch_page("app_pages/event_detail.py").run()
    [(text,)] = query(seeds_warehouse, "select text from dim_articles where article_id = '001_68462d0a82dd2b31'")
    evidence = query(seeds_warehouse, "select start_char, end_char from fct_event_mentions "
                                      "where event_id = ? and article_id = '001_68462d0a82dd2b31'", [summit])
    # A stretch of the article that is no evidence: shown all the same, unmarked.
    start = next(i for i in range(len(text) - 30) if not any(s <= i + 30 and i <= e for s, e in evidence)
                 and text[i:i + 30].strip() == text[i:i + 30] and "\n" not in text[i:i + 30])
    articles = "".join(e.markdown[0].value for e in app.expander if e.markdown)
    assert plain(text[start:start + 30]) in articles
    assert ":orange-background[" in articles  # the evidence is marked


def test_csv_opens_in_german_excel(seeds_warehouse):
    import duckdb

    con = duckdb.connect(str(seeds_warehouse), read_only=True)
    try:
        frame = contacts(con, Filters(include_undated=True))
    finally:
        con.close()
    data = excel_csv(readable(frame, "de"), "de")
    assert data.startswith(b"\xef\xbb\xbf")  # the byte-order mark Excel needs to read UTF-8
    back = pd.read_csv(io.BytesIO(data), sep=";", encoding="utf-8-sig")
    assert list(back.columns[:4]) == ["Datum", "Genauigkeit", "Art", "Status"]
    assert "Wolodymyr Selenskyj" in set(back["Akteur A"]) | set(back["Akteur B"])
    assert "Treffen Trump – Putin, Anchorage" in set(back["Ereignis"])  # the dash survives, as umlauts do
    assert pd.read_parquet(io.BytesIO(parquet(frame)))["event_id"].tolist() == frame["event_id"].tolist()


def test_first_run_message_without_warehouse(tmp_path, monkeypatch):
    monkeypatch.setenv("DIPLO_WAREHOUSE", str(tmp_path / "missing.duckdb"))
    at = AppTest.from_file(APP, default_timeout=60).run()
    assert not at.exception
    assert "make run" in at.info[0].value
