"""The dashboard in a real browser: Debian's Chromium driven by Playwright, on a warehouse built from seeds/.

Charts are drawn as SVG, so their marks are elements with the values Vega describes them by
(aria-label "…; Art: Treffen; …"): the tests read colours and positions off the page itself.
"""

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from dashboard.codebook import CONTACT_TYPES, colour, label
from tests.conftest import ROOT, query

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-sync",
                 "--disable-background-networking", "--disable-component-update"]
IDLE = "() => document.querySelector('[data-testid=stApp]')?.getAttribute('data-test-script-state') === 'notRunning'"
DRAWN = """() => Array.from(document.querySelectorAll('[data-testid=stVegaLiteChart]'))
                  .every(c => c.querySelector('svg path, svg text'))"""
# Tables are drawn on a canvas by a component loaded on demand; its header row is in the page once drawn.
GRIDS = """() => Array.from(document.querySelectorAll('[data-testid=stDataFrame]'))
                  .every(g => g.querySelector('[data-testid=data-grid-canvas] th'))"""
# Elements whose code is still loading stand as skeletons (and charts or tables not yet in the page
# pass the two checks above): the page is drawn when none is left.
NO_SKELETONS = """() => !document.querySelector(
    '[data-testid=stSkeleton], [data-testid=stSkeletonElement], [data-testid=stAppSkeleton]')"""
# Each mark of a chart with the type it is coloured by, read from Vega's description of it.
TYPE_FILLS = """chart => Array.from(chart.querySelectorAll('path[aria-label]')).flatMap(mark => {
    const type = /(?:^|; )(?:Art|Type): ([^;]+)/.exec(mark.getAttribute('aria-label'));
    return type ? [[type[1], mark.getAttribute('fill')]] : [];
})"""

pytestmark = pytest.mark.browser


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def dashboard_url(seeds_warehouse):
    if not CHROMIUM.exists():
        if os.environ.get("DIPLO_REQUIRE_BROWSER"):
            pytest.fail("Debian's chromium is required (apt-get install chromium)")
        pytest.skip("Debian's chromium is not installed (apt-get install chromium)")
    port = free_port()
    env = {**os.environ, "DIPLO_WAREHOUSE": str(seeds_warehouse)}
    server = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(ROOT / "dashboard" / "streamlit_app.py"),
         "--server.headless", "true", "--server.port", str(port)],
        env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        start_new_session=True,  # its own process group, stopped as a whole below
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                    if response.status == 200:
                        break
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise RuntimeError("the dashboard did not start")
                time.sleep(0.5)
        yield url
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=20)


@pytest.fixture(scope="module")
def page(dashboard_url):
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 2200})  # tall: screenshots show whole pages
        yield page
        browser.close()


@pytest.fixture(scope="module")
def summit(seeds_warehouse) -> str:
    [(event_id,)] = query(seeds_warehouse, "select event_id from fct_events "
                                           "where event_type = 'MEETING' and event_date = '2025-08-15'")
    return event_id


def settle(page) -> None:
    page.wait_for_timeout(100)
    page.wait_for_function(IDLE, timeout=60_000)
    page.wait_for_function(NO_SKELETONS, timeout=60_000)
    page.wait_for_function(DRAWN, timeout=60_000)
    page.wait_for_function(GRIDS, timeout=60_000)
    page.wait_for_timeout(300)  # the last chart's transition
    page.wait_for_function(IDLE, timeout=60_000)
    assert "Traceback" not in page.content()


def open_page(page, url: str, heading: str, shot: str | None = None) -> None:
    page.goto(url)
    page.get_by_role("heading", name=heading, exact=True).first.wait_for(timeout=60_000)
    settle(page)
    if shot:
        page.screenshot(path=str(ARTIFACTS / shot))


def chart(page, index: int):
    return page.locator("[data-testid=stVegaLiteChart]").nth(index)


def type_fills(page, index: int) -> dict[str, set[str]]:
    fills: dict[str, set[str]] = {}
    for type_label, fill in chart(page, index).evaluate(TYPE_FILLS):
        fills.setdefault(type_label, set()).add(fill)
    return fills


CODEBOOK_FILLS = {label(code, "de"): {colour(code)} for code in CONTACT_TYPES}


def test_type_colours_are_the_codebooks_in_both_charts_and_under_any_filter(page, dashboard_url):
    open_page(page, dashboard_url, "Diplomatische Kontakte", "overview.png")
    # The README's picture (docs/overview.png is a copy): the page down to its table, without the empty foot.
    table = page.locator("[data-testid=stDataFrame]").first.bounding_box()
    page.screenshot(path=str(ARTIFACTS / "readme_overview.png"),
                    clip={"x": 0, "y": 0, "width": 1400, "height": table["y"] + table["height"] + 40})
    timeline, per_month = type_fills(page, 0), type_fills(page, 2)
    assert len(timeline) >= 3 and len(per_month) >= 3
    for fills in (timeline, per_month):
        assert all(fills[t] == CODEBOOK_FILLS[t] for t in fills), fills
    # Putin and August 2025, the view where MEETING used to turn light blue.
    open_page(page, f"{dashboard_url}/?actors=Q7747&from=2025-08-01&to=2025-08-31", "Diplomatische Kontakte",
              "overview_putin_august.png")
    narrowed = type_fills(page, 0) | type_fills(page, 2)
    assert "Treffen" in narrowed
    assert all(narrowed[t] == CODEBOOK_FILLS[t] for t in narrowed), narrowed


def test_the_summit_is_a_mark_of_its_own_on_the_timeline(page, dashboard_url):
    open_page(page, dashboard_url, "Diplomatische Kontakte")
    summit = chart(page, 0).locator("path[aria-label*='Anchorage'][aria-label*='15.08.2025']")
    assert summit.count() == 1
    box = summit.bounding_box()
    assert box["width"] >= 8 and box["height"] >= 8
    # Nothing is drawn over it: the year-long bar of a call "in 2025" lies beneath.
    on_top = summit.evaluate("""mark => { const b = mark.getBoundingClientRect();
        return document.elementFromPoint(b.x + b.width / 2, b.y + b.height / 2) === mark; }""")
    assert on_top


def test_a_click_on_a_contact_row_opens_its_event(page, dashboard_url, seeds_warehouse):
    open_page(page, dashboard_url, "Diplomatische Kontakte")
    [(first, articles)] = query(seeds_warehouse, """
        select event_id, n_articles from fct_diplomatic_contacts
        where date_start is not null and date_end >= date '2024-09-01' and date_start <= date '2025-08-31'
        order by date_start, actor_a_name || ' – ' || actor_b_name, event_id limit 1""")
    grid = page.locator("[data-testid=stDataFrame]").first.bounding_box()
    page.mouse.click(grid["x"] + 18, grid["y"] + 35 + 17)  # the first row's selection cell, under the header
    page.wait_for_url(f"**/event?**event={first}**", timeout=30_000)
    page.get_by_role("heading", name="Ereignis", exact=True).first.wait_for()
    settle(page)
    assert page.locator("[data-testid=stSelectbox] input").first.input_value().endswith(f"({articles} Artikel)")


def test_a_click_on_the_summit_on_the_timeline_opens_it(page, dashboard_url, summit):
    open_page(page, dashboard_url, "Diplomatische Kontakte")
    chart(page, 0).locator("path[aria-label*='Anchorage'][aria-label*='15.08.2025']").click()
    page.wait_for_url(f"**/event?**event={summit}**", timeout=30_000)
    settle(page)
    assert page.get_by_role("heading", name="Treffen Trump – Putin, Anchorage").count() == 1


def test_an_address_with_query_parameters_reproduces_a_filtered_view(page, dashboard_url, seeds_warehouse):
    open_page(page, f"{dashboard_url}/?lang=en&types=CALL&from=2025-01-01&to=2025-12-31", "Diplomatic contacts",
              "overview_english_calls.png")
    [(calls,)] = query(seeds_warehouse, """select count(distinct event_id) from fct_diplomatic_contacts
        where contact_type = 'CALL' and date_start is not null
          and date_end >= date '2025-01-01' and date_start <= date '2025-12-31'""")
    events = page.locator("[data-testid=stMetric]").filter(has_text="Contact events")
    assert events.locator("[data-testid=stMetricValue]").inner_text() == str(calls)
    chips = page.locator("[data-testid=stSidebar] [data-testid=stMultiSelect]").nth(1).inner_text()
    assert "Call" in chips and "Meeting" not in chips
    assert type_fills(page, 0).keys() <= {"Call"}
    assert "types=CALL" in page.url


def test_the_event_page_groups_reports_by_article_and_shows_the_article(page, dashboard_url, seeds_warehouse,
                                                                        summit):
    open_page(page, f"{dashboard_url}/event?event={summit}", "Ereignis", "event.png")
    told = query(seeds_warehouse, "select published_at, status from fct_event_reports where event_id = ? "
                                  "order by report_number", [summit])
    assert len(told) == 3  # the seeds report the summit in three articles
    reports = page.locator("[class*='st-key-report_']")
    assert reports.count() == 3
    captions = [reports.nth(i).locator("[data-testid=stCaptionContainer]").first.inner_text() for i in range(3)]
    assert [c.split("veröffentlicht ")[1][:10] for c in captions] == ["07.08.2025", "09.08.2025", "15.08.2025"]
    assert [c.split("berichtet: ")[1].split(" · ")[0] for c in captions] == [label(s, "de") for _, s in told]
    assert "15.08.2025 stattgefunden" in page.locator("[data-testid=stText]").filter(has_text="→").inner_text()
    held = reports.nth(2)
    held.locator("[data-testid=stExpander] summary").click()
    page.wait_for_timeout(500)
    [(text,)] = query(seeds_warehouse, "select text from dim_articles where article_id = '001_68462d0a82dd2b31'")
    article = held.locator("[data-testid=stExpanderDetails] [data-testid=stMarkdownContainer]").first
    shown = article.inner_text()
    assert text.split("\n")[1][:60] in shown  # the article's own words, as text
    assert article.locator("strong").count() >= 1  # triggers in bold inside the marked evidence
    page.screenshot(path=str(ARTIFACTS / "event_article.png"))


def test_network_and_actor_pages_render(page, dashboard_url):
    open_page(page, f"{dashboard_url}/network", "Netzwerk der Kontakte", "network.png")
    kinds = chart(page, 0).evaluate("""c => Array.from(c.querySelectorAll('path[aria-label]'))
        .map(m => /Art: ([^;]+)/.exec(m.getAttribute('aria-label'))).filter(Boolean).map(m => m[1])""")
    assert {"Person", "Staat oder Stadt"} <= set(kinds)  # node colour by kind
    open_page(page, f"{dashboard_url}/actor?actor=Q7747", "Akteur", "actor.png")
    assert page.get_by_role("heading", name="Wladimir Putin").count() == 1
