"""The grading process itself stays lean: student code and torch live in the workers."""

from __future__ import annotations

import subprocess
import sys

from conftest import STARTER


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
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


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
    grader = Grader(rubric, Mnist.load(mnist_root))
    try:
        budget = grader.budget()
    finally:
        grader.close()
    (entry,) = json.loads((tmp_path / "calibration.json").read_text()).values()
    assert 0 < entry["seconds"] < 120
    assert budget == max(rubric.budget_floor_s, rubric.budget_multiple * entry["seconds"])
