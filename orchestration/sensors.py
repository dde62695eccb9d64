"""A sensor that starts a run when files in the articles folder appear, change or go."""


import hashlib
from pathlib import Path

import dagster as dg

from orchestration.jobs import diplowatch_job
from orchestration.resources import ArticlesFolder


def folder_fingerprint(folder: Path) -> str:
    """A hash of every input file's name, size and modification time."""
    digest = hashlib.sha256()
    for path in ArticlesFolder(path=str(folder)).input_files():
        stat = path.stat()
        digest.update(f"{path.name}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()[:20]


@dg.sensor(job=diplowatch_job, minimum_interval_seconds=60,
           description="Runs the pipeline when the articles folder changes.")
def articles_folder_sensor(context: dg.SensorEvaluationContext, articles_folder: ArticlesFolder):
    fingerprint = folder_fingerprint(articles_folder.folder())
    if fingerprint == context.cursor:
        return dg.SkipReason("no new or changed files")
    context.update_cursor(fingerprint)
    return dg.RunRequest(run_key=fingerprint)
