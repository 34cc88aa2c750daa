"""The grade sheet has exactly the layout of `otter grade`'s final_grades.csv."""

from __future__ import annotations

from grader.assignment.results import CheckResult, GradingFailure, SubmissionResult
from grader.assignment.rubric import load_rubric
from grader.reports import gradesheet


def _result(name, passed):
    rubric = load_rubric()
    return SubmissionResult(name, "cpu", 30.0, [
        CheckResult(rule.id, rule.title, rule.points if rule.id in passed else 0.0, rule.points,
                    "passed" if rule.id in passed else "failed", "") for rule in rubric.checks])


def test_layout_matches_otter(tmp_path):
    rubric = load_rubric()
    graded = {"bob.py": _result("bob.py", {"architecture", "accuracy"}),
              "alice.py": _result("alice.py", {rule.id for rule in rubric.checks}),
              "carol.py": GradingFailure("carol.py", "TimeoutError: boom")}
    path = gradesheet.write(tmp_path / "final_grades.csv", rubric, graded)
    lines = path.read_text().splitlines()
    assert lines[0] == ("file,accuracy,architecture,layers,n_classes,optimizer,parameters,"
                        "training_loop,total_points_earned,percent_correct,grading_status")
    assert lines[1] == "points-per-question,3,2,1,1,1,1,1,10,1.0,--"
    assert lines[2] == "alice.py,3,2,1,1,1,1,1,10,1.0,Completed"
    assert lines[3] == "bob.py,3,2,0,0,0,0,0,5,0.5,Completed"
    assert lines[4] == "carol.py,0,0,0,0,0,0,0,0,0.0,TimeoutError: boom"
    assert not list(tmp_path.glob(".*partial")), "the partial file must be renamed away"
    assert gradesheet.read(path)["bob.py"]["total_points_earned"] == "5"
