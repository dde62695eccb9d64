"""Article text is untrusted: the dashboard shows it as text, never as markdown or HTML."""

import pytest
from streamlit.testing.v1 import AppTest

from tests.conftest import ROOT, query, run_pipeline

HOSTILE = ("Gipfel\nMacron und Scholz trafen sich <script>alert(1)</script> am Montag in **Paris** "
           "[hier](javascript:alert(2)).\n")


@pytest.mark.integration
def test_hostile_article_text_is_shown_verbatim(articles_dir, warehouse_path, monkeypatch):
    (articles_dir / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    (articles_dir / "manifest.csv").write_text("file,source\nhostile.txt,**Blatt** <img src=x>\n", encoding="utf-8")
    assert run_pipeline(articles_dir, warehouse_path, monkeypatch).success
    [(event_id,)] = query(warehouse_path, "select event_id from fct_events where event_type = 'MEETING'")
    monkeypatch.setenv("DIPLO_WAREHOUSE", str(warehouse_path))
    app = AppTest.from_file(str(ROOT / "dashboard" / "streamlit_app.py"), default_timeout=60).run()
    app.switch_page("app_pages/event_detail.py").run()
    app.selectbox(key="event").set_value(event_id).run()
    shown = [t.value for t in app.text]
    assert any("<script>alert(1)</script>" in line and "**Paris**" in line for line in shown)
    rendered = [m.value for m in app.markdown] + [c.value for c in app.caption]
    assert not any("<script>" in value or "javascript:" in value for value in rendered)
    assert any(r"\*\*Blatt\*\* \<img src=x\>" in value for value in rendered)
