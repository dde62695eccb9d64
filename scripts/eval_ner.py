"""How far the embedded recogniser is from a trained one: GermEval 2014 NER, outer chunks PER/LOC/ORG.

    python -m scripts.eval_ner --germeval ../shared/data/germeval2014 [--split test]

Each sentence is parsed on its own (no article context), with the same pipeline and resolver
the product uses; a predicted span counts when its tokens and its class match the gold chunk
exactly. Sentences from Wikipedia and from news sites are reported apart.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from orchestration.nlp.actors import resolve_actors
from orchestration.nlp.knowledge import load_knowledge
from orchestration.nlp.pipeline import build_pipeline

CLASSES = ("PER", "LOC", "ORG")
OUR_CLASS = {"PERSON": "PER", "GPE": "LOC", "LOC": "LOC", "ORG": "ORG"}
BEST_PUBLISHED_F1 = 89.0  # outer chunks, fine-tuned transformer models reported on GermEval 2014


@dataclass
class Sentence:
    source: str
    tokens: list[str]
    chunks: set[tuple[int, int, str]]  # token start, token end, class


def read_germeval(path: Path) -> list[Sentence]:
    sentences, tokens, labels, source = [], [], [], ""
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        if line.startswith("#"):
            source = line.split("\t")[1] if "\t" in line else line
        elif line.strip():
            parts = line.split("\t")
            tokens.append(parts[1])
            labels.append(parts[2])
        elif tokens:
            sentences.append(Sentence(source, tokens, _chunks(labels)))
            tokens, labels = [], []
    return sentences


def _chunks(labels: list[str]) -> set[tuple[int, int, str]]:
    """Outer BIO chunks of the three classes (deriv/part variants and OTH are not scored)."""
    chunks, start, kind = set(), None, None
    for i, label in enumerate(labels + ["O"]):
        tag, _, cls = label.partition("-")
        if start is not None and (tag != "I" or cls != kind):
            if kind in CLASSES:
                chunks.add((start, i, kind))
            start, kind = None, None
        if tag == "B":
            start, kind = i, cls
    return chunks


def predict(sentences: list[Sentence]) -> list[set[tuple[int, int, str]]]:
    nlp, kb = build_pipeline(), load_knowledge()
    texts = [" ".join(s.tokens) for s in sentences]
    predictions = []
    for sentence, doc in zip(sentences, nlp.pipe(texts, batch_size=256)):
        starts, offset = {}, 0
        for i, token in enumerate(sentence.tokens):
            starts[offset] = i
            offset += len(token) + 1
        ends = {start + len(tok): i + 1 for start, (i, tok) in zip(starts, enumerate(sentence.tokens))}
        actors = resolve_actors(doc, kb, "germeval", None)
        spans = set()
        for mention in actors.mentions:
            if mention.mention_kind not in ("name", "short_name"):
                continue
            cls = OUR_CLASS.get(actors.entities[mention.entity_id].entity_type)
            if cls and mention.start_char in starts and mention.end_char in ends:
                spans.add((starts[mention.start_char], ends[mention.end_char], cls))
        predictions.append(spans)
    return predictions


def scores(gold: list[set], predicted: list[set], classes=CLASSES) -> tuple[float, float, float]:
    counts = Counter()
    for g, p in zip(gold, predicted):
        g = {c for c in g if c[2] in classes}
        p = {c for c in p if c[2] in classes}
        counts["tp"] += len(g & p)
        counts["fp"] += len(p - g)
        counts["fn"] += len(g - p)
    precision = counts["tp"] / (counts["tp"] + counts["fp"]) if counts["tp"] + counts["fp"] else 0.0
    recall = counts["tp"] / (counts["tp"] + counts["fn"]) if counts["tp"] + counts["fn"] else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return 100 * precision, 100 * recall, 100 * f1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--germeval", type=Path, required=True)
    parser.add_argument("--split", default="test", choices=["test", "dev"])
    args = parser.parse_args()
    path = args.germeval / f"NER-de-{args.split}.tsv"
    if not path.exists():
        print(f"GermEval 2014 not found at {path} (it lives in ../shared/data/germeval2014)", file=sys.stderr)
        return 2
    sentences = read_germeval(path)
    predicted = predict(sentences)
    groups = {"all": range(len(sentences)),
              "news": [i for i, s in enumerate(sentences) if "wikipedia.org" not in s.source],
              "wikipedia": [i for i, s in enumerate(sentences) if "wikipedia.org" in s.source]}
    print(f"GermEval 2014 {args.split}, outer chunks, exact match (best published F1 about {BEST_PUBLISHED_F1:.0f})")
    print(f"{'sentences':<12}{'class':<8}{'n':>6}{'P':>8}{'R':>8}{'F1':>8}")
    for name, indexes in groups.items():
        gold = [sentences[i].chunks for i in indexes]
        pred = [predicted[i] for i in indexes]
        for classes, label in [(CLASSES, "all")] + [((c,), c) for c in CLASSES]:
            n = sum(1 for g in gold for c in g if c[2] in classes)
            p, r, f = scores(gold, pred, classes)
            print(f"{name:<12}{label:<8}{n:>6}{p:>8.1f}{r:>8.1f}{f:>8.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
