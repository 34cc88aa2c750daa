"""The grading process itself stays lean: student code and torch live in the workers."""

from __future__ import annotations

import subprocess
import sys

import pytest
from helpers import STARTER


def test_the_grading_process_never_imports_torch_on_the_cpu(mnist_root):
    """With the CPU-only torch build a full grading fits in 768 MB only because the process
    that holds the data and the labels does not load torch as well as its worker."""
    probe = (
        "import sys\n"
        "from grader.commands import check\n"
        f"result = check.main(submission={str(STARTER)!r}, "
        f"data_dir={str(mnist_root)!r}, device='auto', quick=True, progress=False)\n"
        "assert result.max_score == 10\n"
        "print(sorted(name for name in sys.modules if name.split('.')[0] in "
        "('torch', 'torchvision')))\n")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


@pytest.mark.slow   # trains the reference: the calibration
def test_calibration_trains_the_reference_through_the_workers(mnist_root, test_rubric,
                                                              monkeypatch, tmp_path):
    """A machine's first grading measures the reference's epoch and caches the budget."""
    import json

    from grader.assignment.rubric import load_rubric
    from grader.data import Mnist
    from grader.grading.calibration import constants
    from grader.grading.grader import Grader
    from grader.kit import SOLUTION

    assert constants(SOLUTION) == {"BATCH_SIZE": 64.0, "EPOCHS": 1.0, "LEARNING_RATE": 0.001}
    monkeypatch.setenv("LENET5_CACHE", str(tmp_path))
    rubric = load_rubric(test_rubric)
    grader = Grader.open(rubric, Mnist.load(mnist_root))
    try:
        budget = grader.budget()
    finally:
        grader.close()
    (entry,) = json.loads((tmp_path / "calibration.json").read_text()).values()
    assert 0 < entry["seconds"] < 120
    assert budget == max(rubric.budget.floor_s, rubric.budget.multiple * entry["seconds"])
    scale = max(1.0, entry["seconds"] / rubric.limits.reference_s)
    assert grader.stages.scale == scale
    assert grader.stages.scaled(rubric.limits.inspect_s) == rubric.limits.inspect_s * scale


def test_stage_limits_grow_on_a_slower_machine(test_rubric, tmp_path, monkeypatch):
    """A processor half as fast trains the reference in twice the CPU-seconds: every stage
    limit doubles with the budget; a faster one keeps the rubric's limits."""
    from grader.assignment.rubric import load_rubric
    from grader.grading import calibration

    rubric = load_rubric(test_rubric)
    nominal = rubric.limits.reference_s
    assert calibration.speed_scale(2 * nominal, rubric) == 2.0
    assert calibration.speed_scale(nominal / 2, rubric) == 1.0
    monkeypatch.setenv("LENET5_CACHE", str(tmp_path))
    machine = {"cpu": "a slow one"}
    assert calibration.cached_seconds(machine, "reference") is None
    calibration.measured_seconds(machine, "reference", lambda: 2 * nominal)
    assert calibration.cached_seconds(machine, "reference") == 2 * nominal


@pytest.mark.slow   # trains the neutral workload (grader/worker/proxy.py) in a worker
def test_without_the_solution_the_budget_comes_from_the_shipped_calibration(
        mnist_root, test_rubric, monkeypatch, tmp_path):
    """A student's package has no reference solution: the budget is the neutral workload's
    CPU time here times the ratio the kit measured, and the report says it is an estimate."""
    import json

    from grader import kit
    from grader.assignment.rubric import load_rubric
    from grader.data import Mnist
    from grader.errors import GraderError
    from grader.grading.grader import Grader

    monkeypatch.setenv("LENET5_CACHE", str(tmp_path / "cache"))
    monkeypatch.setattr(kit, "SOLUTION", tmp_path / "no-solution.py")
    monkeypatch.setattr(kit, "CALIBRATION", tmp_path / "calibration.json")
    rubric = load_rubric(test_rubric)
    grader = Grader.open(rubric, Mnist.load(mnist_root))
    try:
        with pytest.raises(GraderError, match="neither the reference solution"):
            grader.budget()
        kit.CALIBRATION.write_text(json.dumps({"proxy_ratio": 20.0}))
        budget = grader.budget()
        (entry,) = json.loads((tmp_path / "cache" / "calibration.json").read_text()).values()
        assert budget == max(rubric.budget.floor_s,
                             rubric.budget.multiple * 20.0 * entry["seconds"])
        assert grader.budget_estimated
    finally:
        grader.close()
