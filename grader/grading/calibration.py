"""The time budget of the timed training run, calibrated to the grading machine and device.

The budget is a multiple of the reference solution's own training time, in CPU seconds of one
thread, measured on the same machine and device through the same worker stages a submission
goes through, with a floor (both in the rubric). CPU seconds of one thread do not depend on
how busy the machine is (isolation/limits.py), so neither does the budget. Measurements are
cached per machine description, so a machine calibrates once (a grading image when it is
built); a lock keeps two graders from calibrating at the same time.
"""

from __future__ import annotations

import ast
import hashlib
import importlib.metadata
import json
import os
import platform
import shutil
import time
from pathlib import Path

import platformdirs
from filelock import FileLock

from grader import kit
from grader.assignment.rubric import Rubric
from grader.errors import GraderError
from grader.files import write_whole

CACHE_ENV = "LENET5_CACHE"
# The reference trains this many batches, and its epochs are extrapolated from them: within 4%
# of a whole epoch here, for a third of the cost (a grading image may have to calibrate).
CALIBRATION_BATCHES = 300
# Bumped whenever the way workers train changes speed (e.g. their malloc settings), so that
# budgets measured the old way are not reused.
METHOD = 5  # 5: CPU seconds of one thread, extrapolated from CALIBRATION_BATCHES


def cache_dir() -> Path:
    folder = Path(os.environ.get(CACHE_ENV) or platformdirs.user_cache_dir("lenet5"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def budget_seconds(reference_s: float, rubric: Rubric) -> float:
    return max(rubric.budget.floor_s, rubric.budget.multiple * reference_s)


def speed_scale(reference_s: float, rubric: Rubric) -> float:
    """How much longer than the rubric's stage limits assume a stage takes on this machine:
    the reference's CPU-seconds here against those of the machine the limits were set on, never
    below 1. Every stage limit is multiplied by it, as the budget follows the reference."""
    return max(1.0, reference_s / rubric.limits.reference_s)


def shipped_ratio() -> float:
    """How many times longer the reference trains than the proxy workload (measured by
    `lenet5 build`), from the package of an installation without the reference solution."""
    try:
        return float(json.loads(kit.CALIBRATION.read_text())["proxy_ratio"])
    except (OSError, ValueError, KeyError) as error:
        raise GraderError(f"this installation has neither the reference solution nor the "
                          f"calibration that stands in for it ({kit.CALIBRATION}): reinstall "
                          f"the package your course handed out") from error


def measured_seconds(machine: dict, what: str, measure) -> float:
    """CPU seconds of `what` ("reference" or "proxy") on `machine`: cached, else `measure()`
    once and cached."""
    path = cache_dir() / "calibration.json"
    key = fingerprint({**machine, "method": METHOD, "measured": what})
    with FileLock(str(path) + ".lock"):
        cache = json.loads(path.read_text()) if path.exists() else {}
        if key not in cache:
            seconds = measure()
            cache[key] = {"seconds": seconds, "machine": machine,
                          "measured": time.strftime("%Y-%m-%dT%H:%M:%S%z")}
            write_whole(path, json.dumps(cache, indent=2))
        return float(cache[key]["seconds"])


def cached_seconds(machine: dict, what: str) -> float | None:
    """What `measured_seconds` would return without measuring: None where it never ran."""
    path = cache_dir() / "calibration.json"
    key = fingerprint({**machine, "method": METHOD, "measured": what})
    try:
        return float(json.loads(path.read_text())[key]["seconds"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def constants(path: Path) -> dict[str, float]:
    """The module-level number constants of a trusted file, read without running it (the
    grading process imports neither torch nor the reference solution)."""
    found = {}
    for node in ast.parse(path.read_text()).body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant):
            for target in node.targets:
                if isinstance(target, ast.Name) and isinstance(node.value.value, (int, float)):
                    found[target.id] = float(node.value.value)
    return found


# --- the machine a measurement was taken on ----------------------------------------------------

def cpu_model() -> str:
    try:
        with open("/proc/cpuinfo") as handle:
            for line in handle:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def describe(device: str, threads: int) -> dict:
    """Facts that change training speed: processor, threads, torch, and the GPU.
    Torch is imported only for a GPU's name: on the CPU the grading process stays without it."""
    facts = {
        "cpu": cpu_model(),
        "threads": threads,
        "python": platform.python_version(),
        "torch": importlib.metadata.version("torch"),
        "device": device,
    }
    if device == "cuda":
        import torch

        facts["gpu"] = torch.cuda.get_device_name(0)
    return facts


def usable_cpus() -> int:
    """The CPUs this process may really use: its affinity, and on Linux its cgroup's quota (a
    container limited to 2 CPUs on a 64-core host has 2)."""
    count = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (
        os.cpu_count() or 1)
    try:
        quota, period = Path("/sys/fs/cgroup/cpu.max").read_text().split()
        if quota != "max":
            count = min(count, max(1, int(int(quota) / int(period))))
    except (OSError, ValueError):
        pass
    return max(1, count or 1)


def _may_have_cuda() -> bool:
    """A cheap look for an NVIDIA driver, so that CPU-only machines never import torch here."""
    return Path("/proc/driver/nvidia").exists() or shutil.which("nvidia-smi") is not None


def pick_device(requested: str) -> str:
    """'auto' is CUDA when present, else the CPU; an explicit 'cuda' must exist."""
    if requested == "cpu" or (requested == "auto" and not _may_have_cuda()):
        return "cpu"
    import torch

    if torch.cuda.is_available():
        return "cuda"
    if requested == "cuda":
        raise GraderError("--device cuda was asked for, but torch sees no CUDA device")
    return "cpu"


def fingerprint(facts: dict) -> str:
    return hashlib.sha256(json.dumps(facts, sort_keys=True).encode()).hexdigest()[:16]
