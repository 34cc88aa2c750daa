"""Every example submission gets exactly the statuses its first line states, in bounded time,
leaving no worker process behind."""

from __future__ import annotations

import time

import pytest
from helpers import SUBMISSIONS, expected_statuses, worker_processes

EXAMPLES = sorted(SUBMISSIONS.glob("*.py"))
# Three examples graded quickly (a file that does not parse, a wrong layer, a missing contract
# name), in the fast tier; every example is graded in full below, whose checks are the quick
# ones and the timed run, and the red team's tier tests are quick checks too.
QUICK = ("syntax_error", "relu", "missing_names")
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


@pytest.mark.parametrize("name", QUICK)
def test_quick_statuses(grader, name):
    path = SUBMISSIONS / f"{name}.py"
    expected = expected_statuses(path)
    # --quick skips the timed run, unless the file cannot be trained at all anyway.
    expected["accuracy"] = expected.pop("quick-accuracy", "skipped")
    result = _grade(grader, path, quick=True)
    assert {check.id: check.status for check in result.checks} == expected
    for check in result.checks:
        assert check.score == (check.max_score if check.status == "passed" else 0)
        assert check.feedback.strip(), f"{check.id} has no feedback"


@pytest.fixture(scope="module")
def full_gradings(grader):
    """Every example graded with the timed run, two at a time as `lenet5 grade -j 2` does,
    beside the suite's other tests, and through the retry policy every route uses: budgets
    are CPU-seconds, so neighbours change no status."""
    from concurrent.futures import ThreadPoolExecutor

    from grader.grading.retry import grade_until_fair

    def timed(path):
        started = time.monotonic()
        result, attempts = grade_until_fair(lambda: grader.grade(path))
        return result, (time.monotonic() - started) / attempts

    with ThreadPoolExecutor(max_workers=2) as pool:
        graded = dict(zip(EXAMPLES, pool.map(timed, EXAMPLES)))
    assert not worker_processes(grader.workspace.root), "a worker outlived its grading"
    return graded


@pytest.mark.slow
@pytest.mark.parametrize("path", EXAMPLES, ids=[path.stem for path in EXAMPLES])
def test_full_statuses(full_gradings, path):
    expected = expected_statuses(path)
    expected.pop("quick-accuracy", None)
    result, elapsed = full_gradings[path]
    assert elapsed < BOUND_S, f"grading {path.name} took {elapsed:.0f} s an attempt"
    assert not result.load_affected, "the machine was too busy to grade it fairly"
    assert {check.id: check.status for check in result.checks} == expected
    assert result.score == sum(check.max_score for check in result.checks
                               if expected[check.id] == "passed")
    for check in result.checks:
        assert check.score == (check.max_score if check.status == "passed" else 0)
        assert check.feedback.strip(), f"{check.id} has no feedback"
