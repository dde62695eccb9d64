"""The dashboard in a real browser: Debian's Chromium driven by Playwright, on a warehouse built from seeds/."""

import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import ROOT

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-sync",
                 "--disable-background-networking", "--disable-component-update"]

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
         "--server.headless", "true", "--server.port", str(port), "--server.address", "127.0.0.1",
         "--browser.gatherUsageStats", "false"],
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
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        yield page
        browser.close()


def open_page(page, url: str, heading: str, shot: str) -> None:
    page.goto(url)
    page.get_by_role("heading", name=heading).wait_for(timeout=60_000)
    page.wait_for_timeout(1500)  # let the charts draw before the screenshot
    assert "Traceback" not in page.content()
    page.screenshot(path=str(ARTIFACTS / shot), full_page=True)


def test_overview_shows_figures_and_timeline(page, dashboard_url):
    open_page(page, dashboard_url, "Diplomatic contacts", "overview.png")
    assert page.get_by_text("Timeline").is_visible()
    assert page.locator("[data-testid='stMetricValue']").count() == 4


def test_network_and_actor_pages_render(page, dashboard_url):
    open_page(page, f"{dashboard_url}/network", "Network of contacts", "network.png")
    open_page(page, f"{dashboard_url}/actor", "Actor", "actor.png")


def test_anchorage_summit_is_one_event_with_three_reports(page, dashboard_url):
    open_page(page, f"{dashboard_url}/event_detail", "Event detail", "event_detail_first.png")
    page.locator("[data-testid='stSelectbox']").first.click()
    page.get_by_role("option").filter(has_text="2025-08-15 · Treffen").first.click()
    page.get_by_text("Status across reports").wait_for()
    page.wait_for_timeout(1000)
    chosen = page.locator("[data-testid='stSelectbox'] input").first.input_value()
    assert re.search(r"2025-08-15 · Treffen .*Anchorage \(3 sources\)", chosen), chosen
    sources = page.locator("[data-testid='stMetric']").filter(has_text="Sources")
    assert sources.locator("[data-testid='stMetricValue']").inner_text() == "3"
    reports = page.locator("[data-testid='stCaptionContainer']").all_inner_texts()
    dates = {d for text in reports for d in ("2025-08-07", "2025-08-09", "2025-08-15") if d in text}
    assert dates == {"2025-08-07", "2025-08-09", "2025-08-15"}
    page.screenshot(path=str(ARTIFACTS / "event_detail_anchorage.png"), full_page=True)
