"""A busy machine does not change a grade: the same files get the same statuses graded alone
and beside CPU-bound processes (started and stopped here), four per usable CPU, because every
limit counts the CPU seconds of the worker's own single thread. There the timed run takes
about 4.5 times as long on the wall clock, longer than its whole budget: a budget in wall-clock
seconds would fail the solution (bench/bench.py --load reports the slowdown). What the files
get alone is what the other tests hold them to: here they are graded beside the hogs only."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from helpers import SOLUTION, SUBMISSIONS, expected_statuses

from grader.grading.calibration import usable_cpus

# serial: the CPU hogs it starts are the test; other tests beside them would be starved too.
pytestmark = [pytest.mark.slow, pytest.mark.serial]
FILES = (SOLUTION, SUBMISSIONS / "missing_names.py")
HOGS_PER_CPU = 4


def _grade_all(grader) -> dict:
    results = {path.name: grader.grade(path) for path in FILES}
    assert not any(result.load_affected for result in results.values())
    return {name: {check.id: check.status for check in result.checks}
            for name, result in results.items()}


def test_the_same_files_get_the_same_statuses_beside_cpu_hogs(grader):
    """The statuses a grading alone gives these files (the solution's, and the example's
    own line, which test_examples.py and test_solution.py hold them to) come out beside the
    hogs too."""
    grader.budget()  # calibrated alone, as a TA's first grading would be
    alone = {SOLUTION.name: {rule.id: "passed" for rule in grader.rubric.checks},
             FILES[1].name: _full_expectation(FILES[1])}
    # Each hog in a session of its own, as other people's programs are: Linux shares the CPU
    # between sessions first (autogroup), so hogs in one session would barely be felt.
    hogs = [subprocess.Popen([sys.executable, "-c", "while True: pass"], start_new_session=True)
            for _ in range(HOGS_PER_CPU * usable_cpus())]
    try:
        loaded = _grade_all(grader)
    finally:
        for hog in hogs:
            hog.kill()
            hog.wait()
    assert loaded == alone
    assert alone["missing_names.py"]["training_loop"] == "failed"


def _full_expectation(path) -> dict[str, str]:
    expected = expected_statuses(path)
    expected.pop("quick-accuracy", None)
    return expected


@pytest.fixture
def starving(monkeypatch):
    """A machine so busy that every stage runs out of wall-clock time while waiting for a
    CPU: a wall-clock net of 0.3 s, and hogs."""
    from grader.isolation import session

    monkeypatch.setattr(session, "wall_net", lambda cpu_s: 0.3)
    hogs = [subprocess.Popen([sys.executable, "-c", "while True: pass"], start_new_session=True)
            for _ in range(HOGS_PER_CPU * usable_cpus())]
    yield
    for hog in hogs:
        hog.kill()
        hog.wait()


def test_a_grading_starved_by_the_machine_says_so_and_blames_nobody(grader, starving):
    result = grader.grade(SOLUTION, quick=True)
    assert result.load_affected
    starved = [check for check in result.checks if check.status == "error"]
    assert starved and all("too busy" in check.feedback for check in starved)
    assert not any("Your code ran out of time" in check.feedback for check in result.checks)


def test_lenet5_grade_retries_a_starved_grading_and_never_completes_it_silently(
        tmp_path, mnist_root, test_rubric, starving, monkeypatch):
    from grader import cli
    from grader.assignment.results import BUSY_STATUS
    from grader.commands import grade
    from grader.grading import retry
    from grader.reports import gradesheet

    attempts = []
    real = grade.Grader.grade
    monkeypatch.setattr(grade.Grader, "grade", lambda self, *a, **k: attempts.append(1) or
                        real(self, *a, **k))
    monkeypatch.setattr(retry, "RETRY_PAUSE_S", 0.0)
    source = tmp_path / "in"
    source.mkdir()
    (source / "alice.py").write_text(SOLUTION.read_text())
    code = cli.main(["grade", str(source), "-o", str(tmp_path / "out"), "-q", "--data-dir",
                     str(mnist_root), "--rubric", str(test_rubric)])
    assert code == 1 and len(attempts) == retry.RETRIES + 1
    sheet = gradesheet.read(tmp_path / "out" / "final_grades.csv")
    assert sheet["alice.py"]["grading_status"] == BUSY_STATUS
    record = json.loads((tmp_path / "out" / "results" / "alice.json").read_text())
    assert record["attempts"] == retry.RETRIES + 1   # what the class report's queue shows
