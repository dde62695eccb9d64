"""Resources: where the articles and the warehouse are, and how the NLP runs."""

from __future__ import annotations

import os
from pathlib import Path

import dagster as dg
from pydantic import Field

from orchestration.nlp.articles import MANIFEST, SUFFIXES
from orchestration.runlock import acquire, release


class ArticlesFolder(dg.ConfigurableResource):
    """The folder of input articles (DIPLO_ARTICLES_DIR)."""

    path: str = Field(description="Folder of .txt, .json and .jsonl articles, with an optional manifest.csv.")
    fresh_within_hours: int = Field(
        default=48, description="The freshness check warns when no input file changed for this long.")

    def folder(self) -> Path:
        return Path(self.path).expanduser().resolve()

    def input_files(self) -> list[Path]:
        """The files ingest reads: articles and the manifest, in name order."""
        folder = self.folder()
        return sorted(p for p in folder.iterdir() if p.is_file() and is_input_file(p)) if folder.is_dir() else []


def is_input_file(path: Path) -> bool:
    return path.suffix.lower() in SUFFIXES or path.name == MANIFEST


class Warehouse(dg.ConfigurableResource):
    """The published DuckDB file (DIPLO_WAREHOUSE); the pipeline writes a working copy beside it.

    A run holds the warehouse's run lock (orchestration.runlock) from its first step to its last, so a
    run the daemon launches while `make run` works on the same warehouse waits for it, and then
    fails with "a run on ... is in progress (pid N, started ...)" rather than fighting over the file.
    """

    path: str
    wait_for_other_run_minutes: int = Field(
        default=60, description="How long a run waits for another run on the same warehouse to finish.")

    def published(self) -> Path:
        return Path(self.path).expanduser().resolve()

    def setup_for_execution(self, context: dg.InitResourceContext) -> None:
        acquire(self.published(), self.wait_for_other_run_minutes * 60.0,
                waiting=context.log.warning if context.log else None)

    def teardown_after_execution(self, context: dg.InitResourceContext) -> None:
        release(self.published())


class NlpSettings(dg.ConfigurableResource):
    """spaCy settings: a pretrained pipeline by name (used when installed), batch size and worker processes."""

    model: str = Field(default="", description="A pretrained spaCy pipeline to use when installed; "
                                               "empty for the blank German one with our rules.")
    batch_size: int = Field(default=64, description="Articles per spaCy batch.")
    workers: int = Field(default=0, description="Worker processes for large batches; 0 uses every core.")

    def worker_count(self) -> int:
        return self.workers if self.workers > 0 else os.cpu_count() or 1
