"""`lenet5 build`: the instructor's one command that regenerates and verifies every artifact.

Step one grades the reference solution through the real grading path and writes what it
measured to solution/reference.json: per-layer shapes and parameter counts, the test accuracy,
the training time and the machine. Nothing in that file is typed by hand.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

from grader import data, machine
from grader.errors import GraderError
from grader.grading import REFERENCE, Grader, Mnist
from grader.rubric import KIT_ROOT, load_rubric
from grader.runtime import load_submission
from grader.spec import LAYERS
from grader.trace import trace_model

REFERENCE_RESULTS = KIT_ROOT / "solution" / "reference.json"
MIN_REFERENCE_ACCURACY = 0.97


def reference_results(grader: Grader) -> dict:
    """Grade the solution with the full timed run; refuse anything short of full marks."""
    result = grader.grade(REFERENCE, name="solution/lenet.py")
    if not result.all_passed or result.score != result.max_score:
        failed = [f"{check.id}: {check.feedback}" for check in result.checks
                  if check.status != "passed"]
        raise GraderError("the reference solution does not get full marks:\n" + "\n".join(failed))
    accuracy = result.check("accuracy").details["accuracy"]
    if accuracy < MIN_REFERENCE_ACCURACY:
        raise GraderError(f"the reference solution reached {accuracy:.2%} after its run; "
                          f"at least {MIN_REFERENCE_ACCURACY:.0%} is expected")
    trace = trace_model(load_submission(REFERENCE, "reference").LeNet5(10))
    return {
        "layers": [dict(name=expected.name, **vars(layer))
                   for expected, layer in zip(LAYERS, trace.layers)],
        "total_params": trace.total_params,
        "test_accuracy": accuracy,
        "epochs": result.check("accuracy").details["epochs"],
        "training_s": round(result.time_used_s, 2),
        "budget_s": result.budget_s,
        "grading_s": round(result.grading_s, 2),
        "machine": machine.describe(grader.device, grader.threads),
        "measured": time.strftime("%Y-%m-%d"),
    }


def write_json(path: Path, payload: dict) -> None:
    """Write whole or not at all."""
    partial = path.with_suffix(path.suffix + ".partial")
    partial.write_text(json.dumps(payload, indent=2) + "\n")
    os.replace(partial, path)


def main(*, data_dir: str | None = None, device: str = "cpu") -> dict:
    """Regenerate the artifacts, verify them, and say what was written."""
    grader = Grader(load_rubric(), Mnist.load(data.ensure_mnist(data_dir)), device=device,
                    progress=True)
    try:
        results = reference_results(grader)
    finally:
        grader.close()
    write_json(REFERENCE_RESULTS, results)
    print(f"{REFERENCE_RESULTS}: {results['test_accuracy']:.2%} test accuracy after "
          f"{results['epochs']} epoch(s) in {results['training_s']} s on {device}")
    return results
