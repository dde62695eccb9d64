"""Linking many reports of one pair: a whole run on generated articles that all report meetings of
Emmanuel Macron and Olaf Scholz, each size in a process of its own (its peak memory is its own).

    python -m scripts.bench_linking                  # 20,000 and 100,000 reports
    python -m scripts.bench_linking --sizes 5000

A summit season of one pair: a meeting every week for as long as the size needs, in Berlin or
Paris, each told by many articles in its days, dated to the day, to the month, not at all, or as a
plan. Before events were built from summaries, linking compared every report of a pair with every
other one: 20,000 such articles took 21 GB and failed. Besides wall time and peak memory, it prints
what linking did: the events it made, the open events each report was compared with (mean and
most), and how many events mix reports of different meetings (there should be none).
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import subprocess
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

import duckdb

PAIR = ("Emmanuel Macron", "Olaf Scholz")
CITIES = ("Berlin", "Paris")
WEEKDAYS = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
MONTHS = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
          "November", "Dezember")
FILLER = ("Beide betonten die enge Zusammenarbeit ihrer Länder.",
          "Themen waren die Energiepreise und die Lage in der Ukraine.",
          "Die Gespräche dauerten mehrere Stunden.",
          "Im Anschluss gaben sie eine gemeinsame Pressekonferenz.")
FIRST_MEETING = date(2023, 1, 9)


def report(rng: random.Random, day: date, city: str) -> tuple[date, str]:
    """One article's account of the meeting on `day`: its publication date and text."""
    a, b = rng.sample(PAIR, 2)
    kind = rng.random()
    if kind < 0.5:  # the day, by its weekday, published within three days
        published = day + timedelta(days=rng.randint(0, 3))
        weekday = "heute" if published == day else f"am {WEEKDAYS[day.weekday()]}"
        return published, f"{a} traf {b} {weekday} in {city}."
    if kind < 0.65:  # the date in full
        published = day + timedelta(days=rng.randint(0, 3))
        return published, f"{a} und {b} trafen sich am {day.day}. {MONTHS[day.month - 1]} in {city}."
    if kind < 0.8:  # news without a date
        published = day + timedelta(days=rng.randint(1, 3))
        return published, f"{a} hat {b} in {city} getroffen."
    if kind < 0.9:  # a plan
        published = day - timedelta(days=rng.randint(1, 5))
        return published, f"{a} will {b} in {city} treffen."
    published = day + timedelta(days=rng.randint(20, 40))  # the month, told weeks later
    return published, f"Im {MONTHS[day.month - 1]} hatten sich {a} und {b} in {city} getroffen."


def generate(n: int, seed: int = 11) -> tuple[list[dict], dict[str, int]]:
    """n articles of one pair, about 40 to each meeting; and the meeting each article tells of."""
    rng = random.Random(seed)
    meetings = max(1, n // 40)
    articles, truth = [], {}
    for i in range(n):
        meeting = i % meetings
        day = FIRST_MEETING + timedelta(days=7 * meeting)
        published, sentence = report(rng, day, CITIES[meeting % 2])
        article_id = f"pair-{i:06d}"
        text = "\n".join([f"Meldung {i}: {PAIR[0]} und {PAIR[1]}", sentence, rng.choice(FILLER)])
        articles.append({"id": article_id, "published_at": published.isoformat(), "title": text.split("\n")[0],
                         "text": text})
        truth[article_id] = meeting
    return articles, truth


def linking_figures(warehouse: Path, truth: dict[str, int]) -> dict:
    """What linking made of the pair's reports (int_event_mentions_linked, fct_events)."""
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        reports = con.execute("""
            select article_id, event_id, max(compared_events)
            from intermediate.int_event_mentions_linked group by all""").fetchall()
    finally:
        con.close()
    meetings_of: dict[str, set[int]] = {}
    reports_of: dict[str, int] = {}
    for article_id, event_id, _ in reports:
        meetings_of.setdefault(event_id, set()).add(truth.get(article_id, -1))
        reports_of[event_id] = reports_of.get(event_id, 0) + 1
    compared = [c for _, _, c in reports]
    return {"reports": len(reports), "events": len(meetings_of),
            "multi_report_events": sum(1 for n in reports_of.values() if n > 1),
            "mixed_events": sum(1 for m in meetings_of.values() if len(m) > 1),
            "compared_mean": sum(compared) / len(compared) if compared else 0.0,
            "compared_max": max(compared, default=0)}


def one_size(n: int) -> dict:
    """A whole run on n generated articles, in a scratch folder."""
    from scripts.bench import run_pipeline, write_folder

    work = Path(tempfile.mkdtemp(prefix="diplo-bench-linking-"))
    try:
        articles, truth = generate(n)
        write_folder(work / "articles", articles)
        (work / "dagster").mkdir()
        run = run_pipeline(work / "articles", work / "warehouse.duckdb", work / "dagster")
        return {**run, **linking_figures(work / "warehouse.duckdb", truth)}
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[20_000, 100_000])
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # one size, in this process
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    if args.one:
        print(json.dumps(one_size(args.one)))
        return 0
    print("\nreports of one pair: a whole run, peak memory of its largest process")
    for n in args.sizes:
        done = subprocess.run([sys.executable, "-m", "scripts.bench_linking", "--one", str(n)],
                              capture_output=True, text=True, timeout=7200)
        if done.returncode:
            print(f"  {n:>8,} reports  failed: {done.stderr.strip().splitlines()[-1:]}")
            continue
        row = json.loads(done.stdout.splitlines()[-1])
        dbt = next((v for k, v in row.items() if "dbt" in k or "warehouse_models" in k), 0.0)
        print(f"  {n:>8,} reports  wall {row['wall_s']:>6.0f} s (dbt {dbt:.0f} s), peak {row['peak_mb']:>6,.0f} MB; "
              f"{row['events']:,} events, {row['multi_report_events']:,} of several reports, "
              f"{row['mixed_events']} mixing meetings; compared with {row['compared_mean']:.1f} open events "
              f"on average, {row['compared_max']} at most")
    return 0


if __name__ == "__main__":
    sys.exit(main())
