"""Every example submission gets exactly the statuses its first line states, in bounded time,
leaving no worker process behind."""

from __future__ import annotations

import time

import pytest
from conftest import SUBMISSIONS, expected_statuses, worker_processes

EXAMPLES = sorted(SUBMISSIONS.glob("*.py"))
# Generous: the longest path is a hang in the inspect stage (20 s here) plus the timed run
# (30 s budget) and start-ups.
BOUND_S = 150


def _grade(grader, path, quick):
    started = time.monotonic()
    result = grader.grade(path, quick=quick)
    elapsed = time.monotonic() - started
    assert elapsed < BOUND_S, f"grading {path.name} took {elapsed:.0f} s"
    assert not worker_processes(grader.workspace.root), "a worker outlived its grading"
    return result


@pytest.mark.parametrize("path", EXAMPLES, ids=[path.stem for path in EXAMPLES])
def test_quick_statuses(grader, path):
    expected = expected_statuses(path)
    # --quick skips the timed run, unless the file cannot be trained at all anyway.
    expected["accuracy"] = expected.pop("quick-accuracy", "skipped")
    result = _grade(grader, path, quick=True)
    assert {check.id: check.status for check in result.checks} == expected
    for check in result.checks:
        assert check.score == (check.max_score if check.status == "passed" else 0)
        assert check.feedback.strip(), f"{check.id} has no feedback"


@pytest.mark.slow
@pytest.mark.parametrize("path", EXAMPLES, ids=[path.stem for path in EXAMPLES])
def test_full_statuses(grader, path):
    expected = expected_statuses(path)
    expected.pop("quick-accuracy", None)
    result = _grade(grader, path, quick=False)
    assert {check.id: check.status for check in result.checks} == expected
    assert result.score == sum(check.max_score for check in result.checks
                               if expected[check.id] == "passed")
