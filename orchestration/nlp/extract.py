"""Extraction of one article or a batch: sentences, entities, entity mentions and event mentions."""

from __future__ import annotations

import atexit
import gc
import hashlib
import logging
import multiprocessing
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from functools import cache
from pathlib import Path

import pyarrow as pa

from orchestration.nlp.actors import resolve_actors
from orchestration.nlp.articles import make_article
from orchestration.nlp.events import extract_events
from orchestration.nlp.knowledge import load_knowledge
from orchestration.nlp.limits import check_budget, notes, start_budget
from orchestration.nlp.pipeline import build_pipeline, sentence_bounds, token_offsets, token_texts
from orchestration.nlp.records import Article, Extraction, Sentence
from orchestration.nlp.tables import concat, to_tables

log = logging.getLogger(__name__)

def code_fingerprint() -> str:
    """Hash of the extraction code: any change to it extracts every article again."""
    digest = hashlib.sha256()
    for path in sorted(Path(__file__).parent.rglob("*.py")):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def extractor_version(model: str | None = None) -> str:
    """Version of code, knowledge base and model: a processed article is reused only when all three match."""
    return f"{code_fingerprint()}-{load_knowledge().fingerprint()}-{model or 'blank'}"


# How the reason of every article the extraction could not finish begins (in rejected_inputs).
EXTRACTION_FAILED = "extraction failed"
# Below this many articles a second process costs more to start than it saves.
PARALLEL_FROM = 400
# Articles per task of a worker: half a second of work, so workers finish within that of each other.
CHUNK = 250
# Any German news sentence will do: running it loads what the extraction loads lazily.
SAMPLE_TEXT = "Außenministerin Annalena Baerbock traf am Montag in Paris ihren französischen Amtskollegen."


@cache
def load_extractor(model: str | None = None) -> None:
    """Load the pipeline and run it once on a sample, so that the lookup tables and libraries the
    extraction loads on first use (lemmas, lexicons, pandas under pyarrow) are loaded in this
    process, before workers fork, and not once in every worker."""
    sample, _ = make_article("sample", "sample", SAMPLE_TEXT, {"published_at": "2023-01-02"})
    _extract_chunk_tables([sample], model, 1)
    # The pipeline and knowledge base live as long as the process: kept out of the garbage collector's
    # scans, and out of the memory pages forked workers would copy when those scans touch them.
    gc.freeze()
    atexit.register(gc.unfreeze)  # and given back at exit, when extension modules check for leaks


def extract_articles(articles: Iterable[Article], model: str | None = None,
                     batch_size: int = 64) -> Iterator[Extraction]:
    """Extract articles in order with batched nlp.pipe, in this process."""
    yield from _extract_chunk(list(articles), model, batch_size)


def extract_tables(articles: list[Article], model: str | None = None, batch_size: int = 64,
                   workers: int = 1) -> dict[str, pa.Table]:
    """Extract articles into Arrow tables (one per raw table), over worker processes for large batches.

    Workers send back Arrow tables rather than row objects: those cross the process boundary
    as buffers, where unpickling dataclasses row by row cost as much as a worker's extraction.
    """
    load_extractor(model)  # loaded once here; forked workers share it instead of loading their own
    if workers <= 1 or len(articles) < PARALLEL_FROM:
        return to_tables(_extract_chunk(articles, model, batch_size))
    chunks = [articles[i:i + CHUNK] for i in range(0, len(articles), CHUNK)]
    start_method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context(start_method)) as pool:
        parts = list(pool.map(_extract_chunk_tables, chunks, [model] * len(chunks), [batch_size] * len(chunks)))
    return concat(parts)


def _extract_chunk_tables(articles: list[Article], model: str | None, batch_size: int) -> dict[str, pa.Table]:
    return to_tables(_extract_chunk(articles, model, batch_size))


def _extract_chunk(articles: list[Article], model: str | None, batch_size: int) -> list[Extraction]:
    nlp = build_pipeline(model)
    kb = load_knowledge()
    docs = nlp.pipe((a.text for a in articles), batch_size=batch_size)
    return [_extract_safely(article, doc, kb) for article, doc in zip(articles, docs)]


def _extract_safely(article: Article, doc, kb) -> Extraction:
    """One article that breaks the extraction is reported, and the others go on."""
    try:
        return _extract_doc(article, doc, kb)
    except Exception as exc:  # noqa: BLE001 - any bug on one article must not stop the run
        log.exception("extraction failed for %s", article.article_id)
        return Extraction(article.article_id, error=f"{EXTRACTION_FAILED}: {type(exc).__name__}: {exc}")


def extract_article(article: Article, model: str | None = None) -> Extraction:
    return next(extract_articles([article], model))


def _extract_doc(article: Article, doc, kb) -> Extraction:
    start_budget(doc)
    result = Extraction(article.article_id)
    offsets = token_offsets(doc)
    texts = token_texts(doc)
    for index, (start, end) in enumerate(sentence_bounds(doc)):
        start_char, end_char = offsets[start], offsets[end - 1] + len(texts[end - 1])
        text = article.text[start_char:end_char]
        lead = len(text) - len(text.lstrip())
        result.sentences.append(Sentence(article.article_id, index, start_char + lead,
                                         start_char + len(text.rstrip()), text.strip()))
    actors = resolve_actors(doc, kb, article.article_id, article.published_at, article.text)
    check_budget(doc, "after its actors")
    result.event_mentions = extract_events(doc, actors, article.article_id, article.published_at, article.title)
    result.entity_mentions = actors.mentions
    used = {m.entity_id for m in actors.mentions}
    used |= {p for e in result.event_mentions for p in e.participant_ids}
    used |= {e.location_id for e in result.event_mentions if e.location_id}
    result.entities = {i: e for i, e in actors.entities.items() if i in used}
    result.notes = notes(doc)
    return result
