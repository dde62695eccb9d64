"""Extraction time of pathological articles, each in a process of its own (its peak memory is its own).

    python -m scripts.bench_pathological

What scraped feeds hold: one trigger word repeated, a ticker loop, a table of a million characters
without a full stop, a line of punctuation. Before the limits of orchestration.nlp.limits, 4,000
repetitions of 'Treffen' cost 292 s and 20,000 '(' in a row 131 s of tokenisation alone, growing
with the square of the repetitions.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import time

CASES = {
    "'Treffen' x 12,000": "Gipfel\n" + "Treffen " * 12_000,
    "'Treffen' x 100,000": "Gipfel\n" + "Treffen " * 100_000,
    "'Putin trifft Trump' x 10,000": "Ticker\n" + "Putin trifft Trump " * 10_000,
    "990,000 characters, no full stop": "Tabelle\n" + (
        "Merkel trifft Macron in Paris und spricht mit Putin über die Gespräche und " * 14_000)[:990_000],
    "'Putin trifft Trump.' x 45,000": "Ticker\n" + "Putin trifft Trump. " * 45_000,
    "999,000 '(' without a space": "Klammern\n" + "(" * 999_000,
}


def measure(name: str) -> dict:
    """Extract one case in this process: seconds of extraction (the pipeline loaded before) and notes."""
    from orchestration.nlp.articles import make_article
    from orchestration.nlp.extract import extract_article, load_extractor

    load_extractor()
    article, _ = make_article("bench", "bench.txt", CASES[name], {"published_at": "2025-03-14"})
    started = time.perf_counter()
    extraction = extract_article(article)
    return {"seconds": time.perf_counter() - started, "chars": len(article.text),
            "sentences": len(extraction.sentences), "events": len(extraction.event_mentions),
            "error": extraction.error, "notes": extraction.notes,
            "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv:
        print(json.dumps(measure(argv[0])))
        return 0
    print("\npathological articles: extraction of one article (pipeline loaded), peak memory of its process")
    for name in CASES:
        done = subprocess.run([sys.executable, "-m", "scripts.bench_pathological", name], capture_output=True,
                              text=True, timeout=1800)
        if done.returncode:
            print(f"  {name:<36} failed: {done.stderr.strip().splitlines()[-1:]}")
            continue
        row = json.loads(done.stdout.splitlines()[-1])
        print(f"  {name:<36} {row['chars']:>9,} chars {row['seconds']:>6.2f} s {row['peak_mb']:>6,.0f} MB  "
              f"{row['sentences']:>6,} sentences {row['events']:>5,} events{'  ' + row['error'] if row['error'] else ''}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
