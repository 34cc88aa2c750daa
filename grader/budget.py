"""The time budget of the timed training run, calibrated to the grading machine and device.

The budget is a multiple of the reference solution's own training time measured on the same
machine, device and thread count, with a floor (both in the rubric). Measurements are cached
per machine fingerprint, so a machine calibrates once.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import platformdirs
from filelock import FileLock

from grader.files import write_whole
from grader.machine import fingerprint
from grader.rubric import Rubric

CACHE_ENV = "LENET5_CACHE"
# Bumped whenever the way workers train changes speed (e.g. their malloc settings), so that
# budgets measured the old way are not reused.
METHOD = 3  # 3: workers confined (confine.py)


def cache_dir() -> Path:
    folder = Path(os.environ.get(CACHE_ENV) or platformdirs.user_cache_dir("lenet5"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def budget_seconds(reference_s: float, rubric: Rubric) -> float:
    return max(rubric.budget_floor_s, rubric.budget_multiple * reference_s)


def reference_seconds(machine: dict, measure) -> float:
    """The reference training time for `machine`: cached, else `measure()` once and cache it.

    A lock keeps two graders on one machine from calibrating at the same time, which would
    slow both measurements and inflate every later budget.
    """
    path = cache_dir() / "calibration.json"
    key = fingerprint({**machine, "method": METHOD})
    with FileLock(str(path) + ".lock"):
        cache = json.loads(path.read_text()) if path.exists() else {}
        if key not in cache:
            seconds = measure()
            cache[key] = {"seconds": seconds, "machine": machine,
                          "measured": time.strftime("%Y-%m-%dT%H:%M:%S%z")}
            write_whole(path, json.dumps(cache, indent=2))
        return float(cache[key]["seconds"])
