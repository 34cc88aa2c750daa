"""Every example submission gets exactly the statuses its first line states, in bounded time,
leaving no worker process behind."""

from __future__ import annotations

import time

import pytest
from helpers import SUBMISSIONS, expected_statuses, worker_processes

EXAMPLES = sorted(SUBMISSIONS.glob("*.py"))
# The fast tier grades three examples quickly (a file that does not parse, a wrong layer, a
# missing contract name); the others' quick gradings are slow, seconds each.
FAST = ("syntax_error", "relu", "missing_names")
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


@pytest.mark.parametrize("path", [
    pytest.param(path, id=path.stem, marks=() if path.stem in FAST else pytest.mark.slow)
    for path in EXAMPLES])
def test_quick_statuses(grader, path):
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
    """Every example graded with the timed run, two at a time as `lenet5 grade -j 2` does on
    these 2 cores: budgets are CPU-seconds, so a neighbour changes no status."""
    from concurrent.futures import ThreadPoolExecutor

    def timed(path):
        started = time.monotonic()
        return grader.grade(path), time.monotonic() - started

    with ThreadPoolExecutor(max_workers=2) as pool:
        graded = dict(zip(EXAMPLES, pool.map(timed, EXAMPLES)))
    assert not worker_processes(grader.workspace.root), "a worker outlived its grading"
    return graded


# serial: the gradings run two at a time on the machine's two cores, each within BOUND_S of
# wall clock; beside other tests they would have neither.
@pytest.mark.slow
@pytest.mark.serial
@pytest.mark.parametrize("path", EXAMPLES, ids=[path.stem for path in EXAMPLES])
def test_full_statuses(full_gradings, path):
    expected = expected_statuses(path)
    expected.pop("quick-accuracy", None)
    result, elapsed = full_gradings[path]
    assert elapsed < BOUND_S, f"grading {path.name} took {elapsed:.0f} s"
    assert not result.load_affected, "the machine was too busy to grade it fairly"
    assert {check.id: check.status for check in result.checks} == expected
    assert result.score == sum(check.max_score for check in result.checks
                               if expected[check.id] == "passed")
