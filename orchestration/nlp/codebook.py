"""The codebook of event types and statuses, read once from knowledge/codebook.tsv.

Python, dbt (the stg_codebook model reads the same file) and the dashboard share it, so a type
has one family, one label per language and one colour everywhere.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from pathlib import Path

CODEBOOK_PATH = Path(__file__).resolve().parents[1] / "knowledge" / "codebook.tsv"


@dataclass(frozen=True)
class Code:
    code: str
    kind: str  # contact, context or status
    family: str
    label_de: str
    label_en: str
    colour: str
    sort: int

    def label(self, language: str = "de") -> str:
        return self.label_de if language == "de" else self.label_en


@cache
def codebook() -> dict[str, Code]:
    """Every code in its order: the contact types, the context types, then the statuses."""
    with open(CODEBOOK_PATH, encoding="utf-8") as fh:
        rows = csv.DictReader((line for line in fh if not line.startswith("#")), delimiter="\t")
        codes = [Code(r["code"], r["kind"], r["family"] or r["code"], r["label_de"], r["label_en"], r["colour"],
                      int(r["sort"])) for r in rows]
    kinds = ("contact", "context", "status")
    return {c.code: c for c in sorted(codes, key=lambda c: (kinds.index(c.kind), c.sort))}


def codes_of(kind: str) -> tuple[str, ...]:
    return tuple(c.code for c in codebook().values() if c.kind == kind)


def family_of(event_type: str) -> str:
    """Kinds of contact one real event can be reported as: a summit is met, visited and negotiated."""
    code = codebook().get(event_type)
    return code.family if code else event_type.lower()
