"""Batch extraction: worker processes give exactly what one process gives."""

from orchestration.nlp.articles import make_article
from orchestration.nlp.extract import CHUNK, PARALLEL_FROM, extract_tables
from scripts.bench import generate


def test_worker_processes_extract_what_one_process_does():
    size = max(PARALLEL_FROM, 2 * CHUNK) + 7  # several tasks per worker, the last one short
    articles = [make_article(a["id"], a["id"], a["text"], a)[0] for a in generate(size)]
    alone = extract_tables(articles, workers=1)
    forked = extract_tables(articles, workers=2)
    assert alone["raw_event_mentions"].num_rows > size // 2  # the articles report contacts (some pairs are domestic)
    for table, rows in alone.items():
        assert forked[table].equals(rows), table
