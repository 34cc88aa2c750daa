"""`lenet5 calibrate`: measure this machine's time budget now, alone, and cache it.

Every grading needs it; the first one measures it (the reference solution's CPU seconds over
`CALIBRATION_BATCHES` batches, extrapolated to its epochs) unless this ran before. Run it
where nothing else runs yet: when a grading image is built (the autograder zip's setup does),
or before a TA starts a class.
"""

from __future__ import annotations

from grader import data
from grader.assignment.rubric import load_rubric
from grader.data import Mnist
from grader.grading.calibration import pick_device
from grader.grading.grader import Grader


def main(*, data_dir: str | None = None, device: str = "auto",
         rubric: str | None = None) -> float:
    """The budget of the timed run on this machine, in CPU seconds (measured, or cached)."""
    grader = Grader.open(load_rubric(rubric), Mnist.load(data.ensure_mnist(data_dir)),
                         device=pick_device(device))
    try:
        return grader.budget()
    finally:
        grader.close()
