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
    app.query_params["event"] = event_id
    app.switch_page("app_pages/event_detail.py").run()
    assert app.selectbox(key="event").value == event_id
    rendered = ([m.value for m in app.markdown] + [c.value for c in app.caption] + [h.value for h in app.header]
                + [e.markdown[0].value for e in app.expander if e.markdown])
    # Every markup character of the article is escaped: the markdown shows it as it was written.
    assert any(r"\<script\>alert\(1\)\</script\>" in value and r"\*\*Paris\*\*" in value for value in rendered)
    assert any(r"\[hier\]\(javascript\:alert\(2\)\)" in value for value in rendered)
    assert not any("<script>" in value or "javascript:" in value or "](" in value for value in rendered)
    assert any(r"\*\*Blatt\*\* \<img src=x\>" in value for value in rendered)
