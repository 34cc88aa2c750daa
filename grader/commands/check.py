"""`lenet5 check FILE`: grade one submission, as a function callable from Python."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from grader import data
from grader.assignment.results import SubmissionResult
from grader.assignment.rubric import load_rubric
from grader.data import Mnist
from grader.grading.calibration import pick_device
from grader.grading.grader import Grader


def main(*, submission: str, data_dir: str | None = None, device: str = "auto",
         quick: bool = False, rubric: str | None = None, progress: bool = True,
         secrets: Sequence[Path] = ()) -> SubmissionResult:
    """Grade `submission` with isolated workers and return its result. `secrets`: folders
    the workers must not see, besides the kit's own."""
    grader = Grader(load_rubric(rubric), Mnist.load(data.ensure_mnist(data_dir)),
                    device=pick_device(device), progress=progress and sys.stderr.isatty(),
                    secrets=list(secrets))
    try:
        return grader.grade(submission, quick=quick)
    finally:
        grader.close()
