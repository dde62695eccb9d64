"""The `progress` logger: what `make run` prints instead of Dagster's event stream."""

import logging
import sys
from collections import Counter, defaultdict

import dagster as dg


def step_detail(step: str, metadata: dict[str, dict], checks: Counter) -> str:
    """One phrase per step from what its assets and checks report."""
    first = next(iter(metadata.values()), {})
    tests = f"; {checks['passed']}/{checks['passed'] + checks['failed']} checks passed" if checks else ""
    if step == "raw_articles":
        return (f"{first.get('articles_total', 0)} articles: {first.get('articles_new', 0)} new, "
                f"{first.get('articles_changed', 0)} changed, {first.get('articles_removed', 0)} removed; "
                f"{first.get('rejected_inputs', 0)} set aside")
    if step == "raw_extractions":
        return (f"{first.get('articles_extracted', 0)} articles extracted, {first.get('articles_skipped', 0)} "
                f"unchanged, {first.get('articles_failed', 0)} failed")
    if step == "rejected_inputs":
        return f"{first.get('set_aside_this_run', 0)} set aside in this run, {first.get('dagster/row_count', 0)} in all"
    if step == "published_warehouse":
        return f"{first.get('path', '')} ({first.get('megabytes', 0)} MB)"
    return f"{len(metadata)} models built{tests}" if len(metadata) > 1 else tests.lstrip("; ")


MAX_FIGURES = 4


def check_detail(evaluation) -> str:
    """What a failed check says: its description, else its figures ("merged_entities=1")."""
    if evaluation.description:
        return evaluation.description
    figures = [f"{key}={entry.value}" for key, entry in evaluation.metadata.items()
               if isinstance(entry.value, (int, float, str)) and not key.startswith("dagster/")]
    return ", ".join(figures[:MAX_FIGURES]) or "see the Dagster UI"


class ProgressHandler(logging.Handler):
    """Turns Dagster's events into a line per finished step, failed checks and failures."""

    def __init__(self, stream):
        super().__init__(logging.DEBUG)
        self.stream = stream
        self.metadata: dict[str, dict[str, dict]] = defaultdict(dict)
        self.checks: dict[str, Counter] = defaultdict(Counter)

    def emit(self, record: logging.LogRecord) -> None:
        event = getattr(record, "dagster_meta", {}).get("dagster_event")
        if event is None:
            return
        kind, step = event.event_type_value, event.step_key
        if kind == "ASSET_MATERIALIZATION":
            materialization = event.event_specific_data.materialization
            self.metadata[step][materialization.asset_key.to_user_string()] = {
                k: v.value for k, v in materialization.metadata.items()}
        elif kind == "ASSET_CHECK_EVALUATION":
            evaluation = event.event_specific_data
            self.checks[step]["passed" if evaluation.passed else "failed"] += 1
            if not evaluation.passed:
                self.write(f"  ! check {evaluation.check_name} on {evaluation.asset_key.to_user_string()} failed "
                           f"({evaluation.severity.value}): {check_detail(evaluation)}")
        elif kind == "STEP_SUCCESS" and step in self.metadata:
            seconds = event.event_specific_data.duration_ms / 1000
            detail = step_detail(step, self.metadata[step], self.checks[step])
            self.write(f"  ✓ {step:<24}{seconds:>6.1f} s  {detail}")
        elif kind == "STEP_FAILURE":
            error = event.event_specific_data.error
            self.write(f"  ✗ {step}: {error.message.strip() if error else 'failed'}")

    def write(self, line: str) -> None:
        self.stream.write(line.rstrip() + "\n")
        self.stream.flush()


# Where the lines go. Dagster captures each step's stdout and stderr by redirecting the file
# descriptors (the UI shows them); the runner sets a duplicate of the terminal's stderr taken before
# the run, so a step's last line is never lost in that capture.
OUTPUT = {"stream": None}


@dg.logger(description="One line per finished step and per failed check (what `make run` prints).")
def progress_logger(init_context: dg.InitLoggerContext) -> logging.Logger:
    log = logging.Logger("diplowatch.progress", level=logging.DEBUG)
    log.addHandler(ProgressHandler(OUTPUT["stream"] or sys.stderr))
    return log
