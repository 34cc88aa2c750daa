"""`lenet5 rescore`: a class graded under rubric A and rescored under rubric B gets what a
fresh grading under B (with the same recorded seeds) gives, without running any code; a rubric
that needs new facts, and results without facts, are refused."""

from __future__ import annotations

import json
import re
import shutil

import pytest
from helpers import SOLUTION, SUBMISSIONS, run_cli

from grader.assignment.results import outcome_of, read_record
from grader.assignment.rubric import load_rubric
from grader.batch import Batch
from grader.commands import grade, rescore
from grader.data import Mnist
from grader.errors import GraderError
from grader.grading.grader import Grader
from grader.reports import gradesheet
from grader.submissions import discover

# What legitimately differs between two gradings of the same file with the same seed: how long
# they took and what they printed (the timed run's CPU seconds sit in the facts and in the
# accuracy check's details and feedback too).
RUN_FIGURES = ("grading_s", "usage", "logs", "time_used_s")


def _rubric_b(text: str) -> str:
    """Points moved, the accuracy threshold above what one epoch of the solution reaches,
    and a check's title (its wording) changed."""
    text = text.replace("threshold = 0.95", "threshold = 0.995")
    text = re.sub(r"(\[checks\.accuracy\]\npoints = )3", r"\g<1>5", text)
    text = re.sub(r"(\[checks\.architecture\]\npoints = )2", r"\g<1>1", text)
    return text.replace('title = "Trainable parameter counts"',
                        'title = "Trainable parameters, counted"')


# slow: the class graded here includes the solution's timed run, and a fresh grading of it.
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def graded(tmp_path_factory, mnist_root, test_rubric):
    """A class of three graded under rubric A: one real training (the solution), one that
    stops at inspection and one rejected before anything runs."""
    root = tmp_path_factory.mktemp("rescore")
    source = root / "class"
    source.mkdir()
    shutil.copy(SOLUTION, source / "alice.py")
    shutil.copy(SUBMISSIONS / "missing_names.py", source / "bob.py")
    shutil.copy(SUBMISSIONS / "syntax_error.py", source / "carol.py")
    rubric_b = root / "rubric_b.toml"
    rubric_b.write_text(_rubric_b(test_rubric.read_text()))
    grade.main(source=str(source), out=str(root / "a"), data_dir=str(mnist_root),
               rubric=str(test_rubric), progress=False)
    return root, source, rubric_b


def _fresh(source, out, rubric_path, seeds, mnist_root) -> Batch:
    """A fresh grading of `source` under `rubric_path`, each file with its recorded seed."""
    rubric = load_rubric(rubric_path)
    batch = Batch(out, rubric)
    grader = Grader.open(rubric, Mnist.load(mnist_root), secrets=[source, out])
    try:
        grader.budget()
        for submission in discover(source, out / ".submissions"):
            batch.record(submission, grader.grade(submission.path, name=submission.name,
                                                  seed=seeds[submission.name]))
    finally:
        grader.close()
    batch.write_sheet()
    return batch


def _comparable(path) -> dict:
    """A stored result without the figures two gradings legitimately differ in."""
    stored = read_record(path)
    for key in RUN_FIGURES:
        stored.pop(key, None)
    if stored["facts"]["timed_run"]:
        stored["facts"]["timed_run"].pop("time_used_s")
    for check in stored["checks"]:
        check["details"].pop("time_used_s", None)
        check["feedback"] = re.sub(r"training took [\d.]+ CPU-s", "", check["feedback"])
    return stored


def test_rescoring_equals_a_fresh_grading_under_the_new_rubric(graded, mnist_root):
    root, source, rubric_b = graded
    first = {path.name: outcome_of(read_record(path))
             for path in (root / "a" / "results").glob("*.json")}
    assert first["alice.json"].check("accuracy").status == "passed"   # 0.95 < one epoch
    assert all(outcome.facts is not None for outcome in first.values())

    done = run_cli("rescore", str(root / "a"), "-o", str(root / "b"), "--rubric",
                   str(rubric_b))
    assert done.returncode == 0, done.stderr
    seeds = {outcome.submission: outcome.provenance.seed for outcome in first.values()}
    _fresh(source, root / "fresh", rubric_b, seeds, mnist_root)

    rescored = gradesheet.read(root / "b" / "final_grades.csv")
    assert rescored == gradesheet.read(root / "fresh" / "final_grades.csv")
    assert rescored["points-per-question"]["accuracy"] == "5"
    assert rescored["alice.py"]["accuracy"] == "0"            # 0.995 is out of one epoch's reach
    assert rescored["alice.py"]["architecture"] == "1"
    for name in ("alice.json", "bob.json", "carol.json"):
        assert _comparable(root / "b" / "results" / name) == \
            _comparable(root / "fresh" / "results" / name), name
    alice = outcome_of(read_record(root / "b" / "results" / "alice.json"))
    assert alice.check("parameters").title == "Trainable parameters, counted"
    assert alice.provenance.rubric["threshold"] == 0.995
    assert "more than 99.50% is needed" in (root / "b" / "feedback" / "alice.md").read_text()
    assert (root / "b" / "report.html").is_file()
    assert (root / "b" / "sources" / "alice.py").read_bytes() == SOLUTION.read_bytes()


def test_a_rubric_that_needs_new_facts_is_refused(graded, tmp_path):
    root, _, rubric_b = graded
    text = rubric_b.read_text().replace("multiple = 4.0", "multiple = 6.0")
    needs_facts = tmp_path / "rubric_c.toml"
    needs_facts.write_text(re.sub(r"^inspect_s = .*$", "inspect_s = 5", text,
                                  flags=re.MULTILINE))
    done = run_cli("rescore", str(root / "a"), "-o", str(tmp_path / "c"), "--rubric",
                   str(needs_facts))
    assert done.returncode == 2
    message = done.stderr.strip()
    assert len(message.splitlines()) == 1
    assert "budget.multiple" in message and "limits.inspect_s" in message
    assert "threshold" not in message.split("grade again")[0]   # that one needs no new facts
    assert f"lenet5 grade SOURCE -o {tmp_path / 'c'} --rubric {needs_facts}" in message
    assert not (tmp_path / "c").exists()


def test_results_without_facts_are_refused(graded, tmp_path):
    root, _, rubric_b = graded
    old = tmp_path / "old"
    shutil.copytree(root / "a", old)
    stored = json.loads((old / "results" / "bob.json").read_text())
    stored.pop("facts")
    (old / "results" / "bob.json").write_text(json.dumps(stored))
    with pytest.raises(GraderError, match="bob.py.*grade the class again"):
        rescore.main(grades=str(old), out=str(tmp_path / "out"), rubric=str(rubric_b))
