"""Where a `lenet5 check` spends its time, part by part, in the process a user starts.

    python bench/breakdown.py [--quick] [--device cpu]   # one check, one JSON object printed

Runs `lenet5 check solution/lenet.py --json` in this process, through the CLI's own `main`,
with a timer around each part of the grading (the grader's functions are wrapped, nothing
else changes): wall seconds and this process's CPU seconds per part, and for the worker
stages the CPU and wall seconds the grader metered for them (the result's `usage`). The
interpreter's own start (before any of the kit is imported) is counted from when the bench
started this process; "CLI: the rest" is what lies between the parts.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import io
import json
import os
import sys
import threading
import time
from pathlib import Path

STARTED = time.time()   # as early as this module can say; the interpreter began before
KIT = Path(__file__).resolve().parent.parent
SOLUTION = KIT / "solution" / "lenet.py"
LAUNCHED_ENV = "LENET5_BENCH_LAUNCHED"   # time.time() when the bench started this process


def _clocks() -> tuple[float, float]:
    """Wall seconds, and CPU seconds of the calling thread (a part may run in a thread of
    its own, beside the others)."""
    return time.perf_counter(), time.thread_time()


class Parts:
    """Wall and CPU seconds of the grading process per named part, nested calls counted once
    (an inner part's time is taken out of the outer one, in the same thread)."""

    def __init__(self):
        self.seconds: dict[str, list[float]] = {}
        self._threads = threading.local()

    @contextlib.contextmanager
    def part(self, name: str):
        wall, cpu = _clocks()
        inner = [0.0, 0.0]
        stack = self._threads.__dict__.setdefault("open", [])
        stack.append(inner)
        try:
            yield
        finally:
            stack.pop()
            now_wall, now_cpu = _clocks()
            spent = [now_wall - wall, now_cpu - cpu]
            if stack:
                stack[-1][0] += spent[0]
                stack[-1][1] += spent[1]
            total = self.seconds.setdefault(name, [0.0, 0.0])
            total[0] += spent[0] - inner[0]
            total[1] += spent[1] - inner[1]

    def wrap(self, owner, attribute: str, name: str) -> None:
        """Time every call of `owner.attribute` as the part `name`. One the kit no longer
        has stops the bench: left out, its time would hide under the part that calls it."""
        original = owner.__dict__.get(attribute)
        if original is None:
            raise AttributeError(f"{owner.__name__} has no {attribute}: the part {name!r} "
                                 "needs a new place in bench/breakdown.py")
        kind = type(original) if isinstance(original, (classmethod, staticmethod)) else None
        function = original.__func__ if kind else original

        @functools.wraps(function)
        def timed(*args, **kwargs):
            with self.part(name):
                return function(*args, **kwargs)

        setattr(owner, attribute, kind(timed) if kind else timed)


def _instrument(parts: Parts) -> None:
    """Wrap the parts of a check, in the order a grading meets them."""
    from grader import data
    from grader.assignment import results
    from grader.grading import (
        grader,
        integrity,
        proof,
        screening,
        stage_runner,
        verification,
        workspace,
    )
    from grader.isolation import session, tiers
    from grader.reports import text

    for owner, attribute, name in (
            (data, "ensure_mnist", "data: find and verify MNIST"),
            (data.Mnist, "load", "data: load MNIST"),
            (tiers, "_probe_all", "tier probe (a worker started per tier)"),
            (tiers, "close_to_others", "close secrets to workers"),
            (workspace.Workspace, "create", "workspace: write the shared arrays"),
            (integrity.Integrity, "_set_up", "integrity watch: set up (in a thread)"),
            (integrity.Integrity, "ready", "integrity watch: wait for its set-up"),
            (grader.Grader, "budget", "budget (calibration cache)"),
            (screening, "gate", "screening"),
            (screening, "scan", "screening"),
            (verification, "draw", "differential test: draw the probe"),
            (session.WorkerSession, "_ensure_session", "worker session: start, import torch"),
            (stage_runner.Stages, "inspect", "inspect stage"),
            (verification, "verify", "differential test: grader's side"),
            (stage_runner.Stages, "loop_result", "training loop: grader's fit and evaluation"),
            (stage_runner.Stages, "train", "timed run: training stage"),
            (stage_runner.Stages, "_evaluate_here", "timed run: grader's evaluation"),
            (proof, "verify", "proof of training: replay"),
            (stage_runner.Stages, "_evaluate_in_worker", "timed run: worker's evaluation"),
            (stage_runner.Stages, "timed_run", "timed run: the rest"),
            (session.WorkerSession, "close", "session: close"),
            (integrity.Integrity, "verify", "integrity watch: verify"),
            (grader, "assemble", "decide the checks"),
            (grader, "with_record", "decide the checks"),
            (grader.Grader, "close", "close the grader"),
            (results.SubmissionResult, "to_dict", "result: to JSON"),
            (text, "to_json", "result: to JSON")):
        parts.wrap(owner, attribute, name)


def measure(quick: bool, device: str) -> dict:
    """One check of the solution through the CLI's main, part by part."""
    import psutil

    # The bench says when it started this process; the kernel's own start time is coarse
    # (the boot time it counts from is in whole seconds) and serves only where it did not.
    launched = os.environ.get(LAUNCHED_ENV)
    interpreter = STARTED - (float(launched) if launched else psutil.Process().create_time())
    parts = Parts()
    with parts.part("CLI: import the kit"):
        from grader import cli
        from grader.commands import check  # noqa: F401  (what the check verb imports)
        from grader.reports import text  # noqa: F401
    _instrument(parts)
    out = io.StringIO()
    with contextlib.redirect_stdout(out), parts.part("CLI: the rest"):
        status = cli.main(["check", str(SOLUTION), "--json", "--device", device,
                           *(["--quick"] if quick else [])])
    printed = out.getvalue()
    result = json.loads(printed)
    return {"status": status, "interpreter_start_s": round(interpreter, 3),
            "process_cpu_s": round(time.process_time(), 3),
            "parts": {name: {"wall_s": round(wall_s, 3), "cpu_s": round(cpu_s, 3)}
                      for name, (wall_s, cpu_s) in parts.seconds.items()},
            "workers": workers(result["usage"]),
            "result_bytes": len(printed.encode()),
            "reference_s": result["provenance"]["reference_s"]}


def workers(usage: dict) -> dict:
    """Each worker stage's wall and CPU seconds from a result's `usage`, which also holds the
    grader's own replay of the timed run (CPU seconds only; the parts time it)."""
    return {stage: {"wall_s": used["wall_s"], "cpu_s": round(used["startup_s"] + used["work_s"], 3),
                    "startup_cpu_s": used["startup_s"]}
            for stage, used in usage.items() if "wall_s" in used}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--device", choices=("cpu", "cuda"), default="cpu")
    args = parser.parse_args()
    sys.path.insert(0, str(KIT))
    os.chdir(KIT)
    print(json.dumps(measure(args.quick, args.device)))


if __name__ == "__main__":
    main()
