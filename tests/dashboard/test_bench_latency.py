"""The benchmark's synthetic warehouse answers every query the dashboard pages make: a page that reads a
new table must not leave `make bench` failing at its latency step."""

from scripts.bench import dashboard_latency


def test_every_dashboard_page_is_timed_on_the_synthetic_warehouse():
    timings = dashboard_latency(2_000, repeats=1)
    assert set(timings) == {"overview", "network", "event detail", "actor", "sidebar"}
    assert all(p50 > 0 and p95 > 0 for p50, p95 in timings.values())
