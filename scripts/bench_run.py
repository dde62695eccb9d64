"""One run of the job for the benchmark, writing the time of each stage to DIPLO_TIMINGS."""

import json
import os
import sys

import dagster as dg

from orchestration.definitions import defs


def main() -> int:
    instance = dg.DagsterInstance.get()
    result = defs.resolve_job_def("diplowatch").execute_in_process(instance=instance)
    timings = {}
    for event in result.all_events:
        if event.event_type_value == "STEP_SUCCESS":
            timings[event.step_key] = event.event_specific_data.duration_ms / 1000
    with open(os.environ["DIPLO_TIMINGS"], "w", encoding="utf-8") as fh:
        json.dump(timings, fh)
    return 0 if result.success else 1


if __name__ == "__main__":
    sys.exit(main())
