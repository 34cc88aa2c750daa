"""`lenet5 check FILE`: grade one submission, as a function callable from Python; with the
seed of a stored result (`--replay`), grade it again the same way and say what differs."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from grader import data
from grader.assignment.provenance import ENVIRONMENT
from grader.assignment.results import SubmissionResult, outcome_of, read_record
from grader.assignment.rubric import load_rubric
from grader.data import Mnist
from grader.errors import GraderError
from grader.grading.calibration import pick_device
from grader.grading.grader import Grader


def main(*, submission: str, data_dir: str | None = None, device: str = "auto",
         quick: bool = False, rubric: str | None = None, progress: bool = True,
         secrets: Sequence[Path] = (), seed: int | None = None) -> SubmissionResult:
    """Grade `submission` with isolated workers and return its result. `secrets`: folders
    the workers must not see, besides the kit's own; `seed`: a recorded grading's seed."""
    grader = Grader.open(load_rubric(rubric), Mnist.load(data.ensure_mnist(data_dir)),
                         device=pick_device(device),
                         progress=progress and sys.stderr.isatty(), secrets=list(secrets))
    try:
        return grader.grade(submission, quick=quick, seed=seed)
    finally:
        grader.close()


def exit_status(result: SubmissionResult) -> int:
    """`lenet5 check`'s exit status: 0 when every check that ran passed, 1 when one failed, 2
    when the grading was not fair (a busy machine starved a stage: grade it again)."""
    if result.load_affected:
        return 2
    return 0 if result.all_passed else 1


def recorded(path: str) -> SubmissionResult:
    """A stored result (results/KEY.json of `lenet5 grade`, or `lenet5 check --json`) that
    records its seed."""
    stored = read_record(Path(path))
    if stored is None or not {"checks", "grading_error"} & stored.keys():
        raise GraderError(f"{path}: not a stored grading result")
    outcome = outcome_of(stored)
    if not outcome.graded or outcome.provenance is None:
        raise GraderError(f"{path}: records no seed to replay (graded before results had "
                          "their provenance, or not graded at all)")
    return outcome


def differences(stored: SubmissionResult, again: SubmissionResult) -> list[str]:
    """What a replay changed against the stored grading: the file, the environment, the
    score, each check's status and points. Empty: the same grading."""
    found = []
    old, new = stored.provenance, again.provenance
    if old.sha256 != new.sha256:
        found.append("the file is not the one graded (its sha256 differs)")
    found += [f"{name}: {getattr(old, name)} then, {getattr(new, name)} now"
              for name in ENVIRONMENT if getattr(old, name) != getattr(new, name)]
    for check in stored.checks:
        now = next((item for item in again.checks if item.id == check.id), None)
        if now is None or (now.status, now.score) != (check.status, check.score):
            found.append(f"{check.id}: {check.status} {check.score:g} then, "
                         + (f"{now.status} {now.score:g} now" if now else "absent now"))
    return found
