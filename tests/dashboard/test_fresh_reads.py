"""A running dashboard shows each new publication on the next rerun, in open sessions and new ones."""

import shutil

import duckdb
from streamlit.testing.v1 import AppTest

from orchestration.warehouse import build_path, publish
from tests.conftest import ROOT

APP = str(ROOT / "dashboard" / "streamlit_app.py")


def events_shown(at: AppTest) -> int:
    return int(next(m.value for m in at.metric if m.label == "Kontaktereignisse"))


def republish_with_every_contact_event_twice(published, copy: str) -> None:
    """What a run does: write the working copy, then publish it over the file the dashboard reads."""
    con = duckdb.connect(str(build_path(published)))
    try:
        con.execute("insert into fct_diplomatic_contacts "
                    "select * replace (event_id || ? as event_id) from fct_diplomatic_contacts", [copy])
    finally:
        con.close()
    publish(published)


def test_a_new_publication_shows_without_a_restart(seeds_warehouse, tmp_path, monkeypatch):
    published = tmp_path / "warehouse.duckdb"
    shutil.copyfile(seeds_warehouse, build_path(published))
    publish(published)
    monkeypatch.setenv("DIPLO_WAREHOUSE", str(published))
    session = AppTest.from_file(APP, default_timeout=60).run()
    first = events_shown(session)
    assert first > 0

    republish_with_every_contact_event_twice(published, "-copy")
    assert events_shown(session.run()) == 2 * first  # the open session, on its next rerun
    assert events_shown(AppTest.from_file(APP, default_timeout=60).run()) == 2 * first  # a new session

    republish_with_every_contact_event_twice(published, "-copy-again")
    assert events_shown(session.run()) == 4 * first
