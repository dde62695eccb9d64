"""Dashboard page loads and filter changes in a real browser. A benchmark, not a test: it prints a table.

    python -m scripts.bench_dashboard [--warehouse data/warehouse.duckdb] [--repeats 5]

Starts the dashboard on a free port, drives Debian's Chromium through Playwright and times, from
the click (or the address typed) to the app idle with every chart and table drawn:
a fresh load of each page, moving between pages in the app, and changing filters.
"""

import argparse
import os
import signal
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
IDLE = "() => document.querySelector('[data-testid=stApp]')?.getAttribute('data-test-script-state') === 'notRunning'"
# The page is drawn: no element is a skeleton still (its code loading), every chart has drawn its SVG
# marks and every table has its canvas (painted in the next frame, awaited below).
DRAWN = """() => !document.querySelector(
        '[data-testid=stSkeleton], [data-testid=stSkeletonElement], [data-testid=stAppSkeleton]')
    && Array.from(document.querySelectorAll('[data-testid=stVegaLiteChart]'))
        .every(c => c.querySelector('svg [role=graphics-symbol], svg path'))
    && Array.from(document.querySelectorAll('[data-testid=stDataFrame]'))
        .every(g => g.querySelector('[data-testid=data-grid-canvas]'))"""
NEXT_FRAME = "() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start(warehouse: Path, port: int) -> subprocess.Popen:
    env = {**os.environ, "DIPLO_WAREHOUSE": str(warehouse)}
    server = subprocess.Popen([sys.executable, "-m", "streamlit", "run", str(ROOT / "dashboard" / "streamlit_app.py"),
                               "--server.port", str(port), "--server.headless", "true"],
                              cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                              start_new_session=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=2):
                return server
        except OSError:
            time.sleep(0.3)
    os.killpg(server.pid, signal.SIGTERM)
    raise RuntimeError("the dashboard did not start")


def settle(page, started: float) -> float:
    """Seconds from `started` until the app is idle and every chart is drawn."""
    page.wait_for_timeout(50)  # let the click reach the server before asking whether it runs
    page.wait_for_function(IDLE, timeout=60_000)
    page.wait_for_function(DRAWN, timeout=60_000)
    page.evaluate(NEXT_FRAME)
    return time.perf_counter() - started


def timed(page, action) -> float:
    started = time.perf_counter()
    action()
    return settle(page, started)


def scenarios(url: str) -> dict:
    """name -> (setup, action): the setup is not timed."""
    def goto(path):
        return lambda page: page.goto(url + path)

    def nav(title):
        return lambda page: page.locator("[data-testid=stSidebarNav] a").filter(has_text=title).first.click()

    def toggle(page):
        page.locator("[data-testid=stSidebar] [data-testid=stCheckbox], [data-testid=stSidebar] label").filter(
            has_text="ohne Datum").first.click()

    def more_sources(page):
        page.locator("[data-testid=stSidebar] [data-testid=stNumberInputStepUp]").first.click()

    def english(page):
        page.locator("[data-testid=stSidebar] label").filter(has_text="English").first.click()

    return {
        "load overview": (None, goto("/")),
        "load event (Anchorage)": (None, goto("/event?event=" + ANCHORAGE)),
        "load network": (None, goto("/network")),
        "load actor": (None, goto("/actor")),
        "overview -> network (nav)": (goto("/"), nav("Netzwerk")),
        "network -> event (nav)": (goto("/network"), nav("Ereignis")),
        "event -> actor (nav)": (goto("/event"), nav("Akteur")),
        "filter: include undated": (goto("/"), toggle),
        "filter: at least 2 articles": (goto("/"), more_sources),
        "switch to English": (goto("/"), english),
    }


ANCHORAGE = ""


def main() -> int:
    global ANCHORAGE
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--warehouse", type=Path, default=ROOT / "data" / "warehouse.duckdb")
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    import duckdb
    from playwright.sync_api import sync_playwright

    con = duckdb.connect(str(args.warehouse), read_only=True)
    ANCHORAGE = con.execute("select event_id from fct_events where event_type = 'MEETING' "
                            "order by n_articles desc, event_date desc limit 1").fetchone()[0]
    con.close()
    port = free_port()
    server = start(args.warehouse, port)
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            url = f"http://127.0.0.1:{port}"
            settle(page, time.perf_counter()) if page.goto(url) else None  # warm-up: imports, first session
            print(f"{'':34s}{'median':>9s}{'max':>9s}   ({args.repeats} runs, seconds)")
            for name, (setup, action) in scenarios(url).items():
                times = []
                for _ in range(args.repeats):
                    if setup:
                        setup(page)
                        settle(page, time.perf_counter())
                    times.append(timed(page, lambda: action(page)))
                print(f"{name:34s}{statistics.median(times):9.2f}{max(times):9.2f}")
            browser.close()
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=20)
    return 0


if __name__ == "__main__":
    sys.exit(main())
