"""`make run`: the `diplowatch` job on the local Dagster instance, quiet unless asked.

By default the terminal shows one line per step, failed checks and errors; dbt's own output goes
to `<warehouse>.run.log` beside the warehouse, and every event of the run is in the Dagster UI
(`make dev`) as for any run. `-v` (or DIPLO_VERBOSE=1) shows Dagster's debug events and dbt's
output as they happen. It refuses, with one line and without touching anything, to run while
another run on the same warehouse is in progress (exit 75) or on a file that is not a Diplowatch
warehouse (exit 2).
"""

import argparse
import os
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import dagster as dg

from orchestration import progress
from orchestration.runlock import RunInProgress, run_lock
from orchestration.warehouse import ForeignWarehouse, build_path, ensure_ours

QUIET = {"loggers": {"console": {"config": {"log_level": "WARNING"}}, "progress": {"config": {}}}}
VERBOSE = {"loggers": {"console": {"config": {"log_level": "DEBUG"}}}}


@contextmanager
def stdout_to(path: Path):
    """Send file descriptor 1 (dbt's output, which dagster-dbt echoes) to a log file, then restore it."""
    sys.stdout.flush()
    saved = os.dup(1)
    with open(path, "w", encoding="utf-8") as log:
        os.dup2(log.fileno(), 1)
        try:
            yield
        finally:
            sys.stdout.flush()
            os.dup2(saved, 1)
            os.close(saved)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="show Dagster's and dbt's full output")
    args = parser.parse_args(argv)
    verbose = args.verbose or os.environ.get("DIPLO_VERBOSE", "") not in ("", "0")

    warehouse = Path(os.environ["DIPLO_WAREHOUSE"]).expanduser().resolve()
    try:
        ensure_ours(warehouse)  # before the lock, which would leave a lock file beside someone else's database
        with run_lock(warehouse):
            ensure_ours(build_path(warehouse))  # only now: a run in progress holds the working copy open
            return run(warehouse, verbose)
    except (RunInProgress, ForeignWarehouse) as refusal:
        print(f"make run: {refusal}", file=sys.stderr)
        return 75 if isinstance(refusal, RunInProgress) else 2


def run(warehouse: Path, verbose: bool) -> int:
    """The diplowatch job, in this process, holding the warehouse's run lock."""
    from orchestration.definitions import defs  # loads the dbt manifest: after argument parsing

    job = defs.resolve_job_def("diplowatch")
    instance = dg.DagsterInstance.get()
    started = time.perf_counter()
    if verbose:
        result = job.execute_in_process(instance=instance, run_config=VERBOSE, raise_on_error=False)
    else:
        terminal = os.fdopen(os.dup(2), "w", buffering=1, encoding="utf-8")
        progress.OUTPUT["stream"] = terminal
        terminal.write(f"Building {warehouse} from {os.environ.get('DIPLO_ARTICLES_DIR')}\n")
        log = warehouse.with_name(f"{warehouse.stem}.run.log")
        log.parent.mkdir(parents=True, exist_ok=True)
        with stdout_to(log):
            result = job.execute_in_process(instance=instance, run_config=QUIET, raise_on_error=False)
        state = "done" if result.success else "FAILED"
        terminal.write(f"{state} in {time.perf_counter() - started:.0f} s (run {result.run_id[:8]}; full log: {log})\n")
        terminal.close()
    return 0 if result.success else 1


if __name__ == "__main__":
    sys.exit(main())
