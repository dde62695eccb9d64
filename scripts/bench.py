"""Benchmark: extraction throughput against bare tokenisation, end-to-end runs, incremental cost,
dashboard query latency, pathological articles (scripts.bench_pathological) and many reports of one
pair (scripts.bench_linking). A benchmark, not a test: it prints a table and asserts nothing.

    python -m scripts.bench                        # 1,000 and 10,000 generated articles
    python -m scripts.bench --sizes 1000           # one size
    python -m scripts.bench --folder path/to/articles
    python -m scripts.bench --skip-dashboard --skip-pathological --skip-linking

Generated articles mix real German sentences from GermEval 2014 (../shared/data/germeval2014, when
present) with contact sentences between actors of the knowledge base.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

import duckdb

from scripts import bench_linking, bench_pathological

ROOT = Path(__file__).resolve().parents[1]
GERMEVAL = ROOT.parent / "shared" / "data" / "germeval2014"
GERMEVAL_FILES = ("NER-de-test.tsv", "NER-de-dev.tsv")  # 7,300 sentences: fewer repeats in a large corpus
CONTACTS = [
    "{a} und {b} trafen sich am {day}. {month} in {city}.",
    "{a} telefonierte am Montag mit {b}.",
    "Ein Treffen zwischen {a} und {b} ist für den kommenden Freitag geplant.",
    "{a} will {b} im {month_name} besuchen.",
    "Das Gespräch von {a} mit {b} dauerte zwei Stunden.",
]
MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
          "November", "Dezember"]


def german_sentences() -> list[str]:
    if not GERMEVAL.exists():
        return ["Die Regierung beriet am Dienstag über den Haushalt des kommenden Jahres.",
                "In der Hauptstadt demonstrierten Tausende gegen die Reform."]
    sentences, tokens = [], []
    lines = [line for name in GERMEVAL_FILES for line in (GERMEVAL / name).read_text(encoding="utf-8").splitlines()]
    for line in lines:
        if line.startswith("#"):
            continue
        if line.strip():
            tokens.append(line.split("\t")[1])
        elif tokens:
            sentences.append(" ".join(tokens))
            tokens = []
    return sentences


def generate(n: int, seed: int = 7) -> list[dict]:
    """n articles of 12-20 sentences: real German news sentences with two or three contact sentences."""
    from orchestration.nlp.knowledge import load_knowledge

    rng = random.Random(seed)
    kb = load_knowledge()
    people = sorted(a.name for a in kb.actors.values() if a.kind == "person" and a.roles)
    cities = sorted(a.name for a in kb.actors.values() if a.kind == "capital")
    pool = german_sentences()
    start = date(2024, 1, 1)
    articles = []
    for i in range(n):
        published = start + timedelta(days=rng.randrange(600))
        size = rng.randint(10, 17)
        body = rng.sample(pool, size) if len(pool) >= size else rng.choices(pool, k=size)  # without GermEval
        for _ in range(rng.randint(2, 3)):
            a, b = rng.sample(people, 2)
            body.insert(rng.randrange(len(body) + 1), rng.choice(CONTACTS).format(
                a=a, b=b, city=rng.choice(cities), day=rng.randint(1, 28), month=rng.randint(1, 12),
                month_name=rng.choice(MONTHS)))
        articles.append({"id": f"bench-{i:06d}", "published_at": published.isoformat(),
                         "title": body[0][:80], "text": "\n".join([body[0][:80]] + body)})
    return articles


def write_folder(folder: Path, articles: list[dict], name: str = "bench.jsonl") -> None:
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / name, "w", encoding="utf-8") as fh:
        for article in articles:
            fh.write(json.dumps(article, ensure_ascii=False) + "\n")


def throughput(articles: list[dict], rounds: int = 3) -> dict:
    """Bare spaCy tokenisation and our extraction on the same texts, in this process.

    The two alternate for a few rounds, each from a cold start (a new blank pipeline, new worker
    processes), and the medians are compared: on a shared machine one run alone can be off by 10 %.
    """
    import spacy

    from orchestration.nlp.articles import make_article
    from orchestration.nlp.extract import extract_tables, load_extractor

    texts = [a["text"] for a in articles]
    load_extractor()  # loading is not throughput
    parsed = [make_article(a["id"], a["id"], a["text"], a)[0] for a in articles]
    bare, extraction, tokens = [], [], 0
    for _ in range(rounds):
        blank = spacy.blank("de")
        started = time.perf_counter()
        tokens = sum(len(doc) for doc in blank.pipe(texts, batch_size=256))
        bare.append(time.perf_counter() - started)
        started = time.perf_counter()
        extract_tables(parsed, workers=os.cpu_count() or 1)
        extraction.append(time.perf_counter() - started)
    bare_s, extraction_s = statistics.median(bare), statistics.median(extraction)
    return {"tokens": tokens, "bare_tokens_s": tokens / bare_s, "extract_tokens_s": tokens / extraction_s,
            "extract_articles_s": len(texts) / extraction_s}


def run_pipeline(folder: Path, warehouse: Path, home: Path) -> dict:
    """One real run in a subprocess; wall time, peak memory and the stage timings Dagster recorded."""
    env = {**os.environ, "DIPLO_ARTICLES_DIR": str(folder), "DIPLO_WAREHOUSE": str(warehouse),
           "DAGSTER_HOME": str(home), "DIPLO_TIMINGS": str(home / "timings.json")}
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "scripts.bench_run"], cwd=ROOT, env=env, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - started
    peak = max(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, before)
    timings = json.loads((home / "timings.json").read_text())
    return {"wall_s": wall, "peak_mb": peak / 1024, **timings}


def dashboard_latency(rows: int, repeats: int = 20) -> dict[str, tuple[float, float]]:
    """p50/p95 of each page's queries on a warehouse with `rows` event mentions."""
    from dashboard import queries

    path = Path(tempfile.mkdtemp()) / "latency.duckdb"
    con = duckdb.connect(str(path))
    synthetic_warehouse(con, rows)
    con.close()
    con = duckdb.connect(str(path), read_only=True)
    filters = queries.Filters()
    event_id = con.execute("select event_id from fct_events order by n_articles desc limit 1").fetchone()[0]
    actor = con.execute("select actor_a_id from fct_diplomatic_contacts limit 1").fetchone()[0]
    pages = {
        "overview": lambda: (queries.headline(con, filters), queries.undated_events(con, filters),
                             queries.timeline(con, filters), queries.events_by_precision(con, filters),
                             queries.contacts_per_month(con, filters), queries.contacts(con, filters, limit=1000)),
        "network": lambda: queries.network(con, filters),
        "event detail": lambda: (queries.event_options(con, filters), queries.event(con, event_id),
                                 queries.reports(con, event_id), queries.mentions(con, event_id)),
        "actor": lambda: (queries.entity(con, actor), queries.actor_contacts(con, actor, filters)),
        "sidebar": lambda: (queries.date_span(con), queries.default_period(con), queries.actor_options(con)),
    }
    result = {}
    for name, run in pages.items():
        run()
        times = []
        for _ in range(repeats):
            started = time.perf_counter()
            run()
            times.append((time.perf_counter() - started) * 1000)
        times.sort()
        result[name] = (statistics.median(times), times[int(0.95 * (len(times) - 1))])
    con.close()
    shutil.rmtree(path.parent)
    return result


def synthetic_warehouse(con, mentions: int) -> None:
    """Contract tables at scale: 2,000 actors, mentions/4 events, 50,000 articles."""
    for sql, params in SYNTHETIC_TABLES:
        con.execute(sql, [mentions // 4 if p == "events" else mentions for p in params])


SYNTHETIC_TABLES = [
    ("""create table dim_entities as
        select 'e' || i as entity_id, 'Akteur ' || i as canonical_name, 'PERSON' as entity_type,
               ['Akteur ' || i] as aliases, null as wikidata_id, 'DE' as country, null as role, 10 as n_articles
        from range(2000) t(i)""", []),
    ("""create table dim_articles as
        select 'a' || i as article_id, 'Titel ' || i as title, 'Text' as text,
               date '2020-01-01' + (i % 2000)::int as published_at, 'day' as published_precision,
               'Quelle ' || (i % 40) as source, 'de' as language, md5(i::varchar) as content_sha256
        from range(50000) t(i)""", []),
    ("""create table fct_events as
        select 'ev' || i as event_id, ['MEETING','CALL','VISIT','NEGOTIATION','CONTACT'][1 + i % 5] as event_type,
               ['happened','planned','proposed','speculative'][1 + i % 4] as status,
               strftime(date '2020-01-01' + (i % 2000)::int, '%Y-%m-%d') as event_date, 'day' as date_precision,
               null as location_id, ['e' || (i % 2000), 'e' || ((i * 7 + 1) % 2000)] as participant_ids,
               'Treffen ' || i as label, 1 + i % 5 as n_articles, 4 as n_mentions,
               date '2020-01-01' as first_reported_at, date '2020-01-02' as last_reported_at
        from range(?) t(i)""", ["events"]),
    ("""create table fct_event_mentions as
        select 'm' || i as mention_id, 'ev' || (i // 4) as event_id, 'a' || (i % 50000) as article_id,
               e.event_type, e.status, e.event_date, e.date_precision, 0 as start_char, 10 as end_char,
               'Ein Satz über das Treffen.' as sentence_text, 'Treffen' as trigger_text, 10 as trigger_start,
               e.participant_ids, null as location_id, 0.9 as confidence
        from range(?) t(i) join fct_events e on e.event_id = 'ev' || (i // 4)""", ["mentions"]),
    ("""create table fct_diplomatic_contacts as
        select event_id, least(participant_ids[1], participant_ids[2]) as actor_a_id,
               greatest(participant_ids[1], participant_ids[2]) as actor_b_id, event_type as contact_type,
               event_date, date_precision, status, location_id, n_articles, label,
               'Akteur ' || least(participant_ids[1], participant_ids[2]) as actor_a_name,
               'Akteur ' || greatest(participant_ids[1], participant_ids[2]) as actor_b_name,
               null as location_name, event_date::date as date_start, event_date::date as date_end
        from fct_events""", []),
    ("""create table fct_event_reports as
        select m.event_id, m.article_id, a.published_at, a.title, a.source, any_value(m.event_type) as event_type,
               any_value(m.status) as status, any_value(m.event_date) as stated_date,
               any_value(m.date_precision) as stated_precision, false as date_contradicts_status,
               null as location_id, count(*) as n_mentions,
               row_number() over (partition by m.event_id order by a.published_at, m.article_id) as report_number,
               0 as days_before_event, any_value(m.status) as event_status
        from fct_event_mentions m join dim_articles a using (article_id)
        group by m.event_id, m.article_id, a.published_at, a.title, a.source""", []),
    ("""create table fct_event_sides as
        select e.event_id, p.entity_id, d.canonical_name as side_name, d.entity_type, true as is_person,
               d.country as party_key, d.country, 'Deutschland' as country_name, 1 as n_reports
        from fct_events e, unnest(e.participant_ids) as p(entity_id) join dim_entities d using (entity_id)""", []),
]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--folder", type=Path, help="benchmark this folder instead of generated articles")
    parser.add_argument("--mentions", type=int, default=1_000_000, help="event mentions for the query latency")
    parser.add_argument("--skip-dashboard", action="store_true")
    parser.add_argument("--skip-pathological", action="store_true", help="skip scripts.bench_pathological")
    parser.add_argument("--skip-linking", action="store_true", help="skip scripts.bench_linking")
    args = parser.parse_args()
    print(f"machine: {os.cpu_count()} cores; GermEval sentences: {'yes' if GERMEVAL.exists() else 'no (fallback)'}")
    for size in ([None] if args.folder else args.sizes):
        work = Path(tempfile.mkdtemp(prefix="diplo-bench-"))
        try:
            bench_size(args, size, work)
        finally:
            shutil.rmtree(work, ignore_errors=True)
    if not args.skip_dashboard:
        print(f"\ndashboard queries on {args.mentions:,} event mentions (ms)")
        print(f"  {'page':<14}{'p50':>8}{'p95':>8}")
        for page, (p50, p95) in dashboard_latency(args.mentions).items():
            print(f"  {page:<14}{p50:>8.1f}{p95:>8.1f}")
    if not args.skip_pathological:
        bench_pathological.main([])
    if not args.skip_linking:
        bench_linking.main([])
    return 0


def bench_size(args, size: int | None, work: Path) -> None:
    folder, home = work / "articles", work / "dagster"
    home.mkdir()
    if args.folder:
        shutil.copytree(args.folder, folder)
        articles = None
    else:
        everything = generate(size + max(1, size // 100))
        articles, extra = everything[:size], everything[size:]
        write_folder(folder, articles)
    label = str(args.folder) if args.folder else f"{size:,} articles"
    print(f"\n== {label}")
    if articles:
        speed = throughput(articles)
        print(f"  tokens {speed['tokens']:,}; bare spacy.blank('de') tokenisation {speed['bare_tokens_s']:,.0f} tok/s; "
              f"extraction {speed['extract_tokens_s']:,.0f} tok/s, {speed['extract_articles_s']:,.0f} articles/s "
              f"({100 * speed['extract_tokens_s'] / speed['bare_tokens_s']:.0f}% of tokenisation)")
    full = run_pipeline(folder, work / "warehouse.duckdb", home)
    print_run("full run", full)
    if articles:
        write_folder(folder, extra, name="new.jsonl")
        incremental = run_pipeline(folder, work / "warehouse.duckdb", home)
        print_run(f"+{len(extra)} articles", incremental)


def print_run(label: str, run: dict) -> None:
    stages = ", ".join(f"{k} {v:.1f}s" for k, v in run.items() if k not in ("wall_s", "peak_mb"))
    print(f"  {label:<16} wall {run['wall_s']:.1f}s, peak memory {run['peak_mb']:,.0f} MB ({stages})")


if __name__ == "__main__":
    sys.exit(main())
