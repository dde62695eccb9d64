"""One run at a time on a warehouse: a lock file beside it, held for the whole run.

`make run` and runs the Dagster daemon launches (schedule, sensor, UI) are different processes on
the same files: two at once would fight over DuckDB's write lock on the working copy, and the loser
would die with a stack trace, sometimes the run that started first. So a run holds an exclusive
`flock` on `<warehouse>.lock`, which names it ("pid 4242, started 2025-08-15 06:00:03"). The
operating system drops the lock when the process ends, however it ends: a killed run leaves no
lock behind. A second `make run` exits at once with "a run on <warehouse> is in progress (pid N,
started …)"; a run the daemon launched waits for it (Dagster's run queue already keeps its own runs
one at a time).
"""

from __future__ import annotations

import fcntl
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

# Locks this process holds, by lock file: a run's steps take the lock again, which is no conflict.
_HELD: dict[Path, list] = {}


class RunInProgress(Exception):
    """Another process runs on the same warehouse."""


def lock_path(warehouse: Path) -> Path:
    return warehouse.with_name(f"{warehouse.name}.lock")


def holder(warehouse: Path) -> str:
    """What the lock file says of the run holding it: 'pid 4242, started 2025-08-15 06:00:03'."""
    try:
        said = lock_path(warehouse).read_text(encoding="utf-8").strip()
    except OSError:
        said = ""
    return said or "pid unknown"


def in_progress_message(warehouse: Path) -> str:
    return f"a run on {warehouse} is in progress ({holder(warehouse)})"


def acquire(warehouse: Path, wait_seconds: float = 0.0, waiting=None) -> None:
    """Take the run lock of a warehouse, or raise RunInProgress after waiting up to wait_seconds.
    `waiting(message)` is told once when the lock is busy and the call waits."""
    path = lock_path(warehouse)
    if path in _HELD:
        _HELD[path][1] += 1
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    deadline = time.monotonic() + wait_seconds
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            break
        except BlockingIOError:
            if time.monotonic() >= deadline:
                os.close(fd)
                raise RunInProgress(in_progress_message(warehouse)) from None
            if waiting is not None:
                waiting(in_progress_message(warehouse) + "; waiting for it to finish")
                waiting = None
            time.sleep(1.0)
    os.ftruncate(fd, 0)
    os.pwrite(fd, f"pid {os.getpid()}, started {datetime.now().astimezone():%Y-%m-%d %H:%M:%S %Z}\n".encode(), 0)
    _HELD[path] = [fd, 1]


def release(warehouse: Path) -> None:
    path = lock_path(warehouse)
    held = _HELD.get(path)
    if held is None:
        return
    held[1] -= 1
    if held[1] == 0:
        del _HELD[path]
        os.ftruncate(held[0], 0)  # the file stays: removing it would let two runs lock two files
        os.close(held[0])  # closing the descriptor drops the lock


@contextmanager
def run_lock(warehouse: Path, wait_seconds: float = 0.0, waiting=None) -> Iterator[None]:
    acquire(warehouse, wait_seconds, waiting)
    try:
        yield
    finally:
        release(warehouse)
