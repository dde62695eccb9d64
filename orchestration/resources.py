"""Resources: where the articles and the warehouse are, and how the NLP runs."""

from __future__ import annotations

import os
from pathlib import Path

import dagster as dg
from pydantic import Field


class ArticlesFolder(dg.ConfigurableResource):
    """The folder of input articles (DIPLO_ARTICLES_DIR)."""

    path: str

    def folder(self) -> Path:
        return Path(self.path).expanduser().resolve()


class Warehouse(dg.ConfigurableResource):
    """The published DuckDB file (DIPLO_WAREHOUSE); the pipeline writes a working copy beside it."""

    path: str

    def published(self) -> Path:
        return Path(self.path).expanduser().resolve()


class NlpSettings(dg.ConfigurableResource):
    """spaCy settings: a pretrained pipeline by name (used when installed), batch size and worker processes."""

    model: str = ""
    batch_size: int = 64
    workers: int = Field(default_factory=lambda: os.cpu_count() or 1)
