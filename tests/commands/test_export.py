"""`lenet5 export`: a grading folder as the CSV file Canvas or Moodle imports, in the layouts
their documentation gives, with every student it leaves out listed, never dropped silently."""

from __future__ import annotations

import csv
import re
import subprocess
import sys
import zipfile

import pytest
from helpers import SUBMISSIONS

from grader import cli
from grader.assignment.results import CheckResult, GradingFailure, SubmissionResult
from grader.assignment.rubric import load_rubric
from grader.batch import Batch
from grader.commands import export
from grader.errors import GraderError
from grader.submissions import Submission

RUBRIC = load_rubric()
CANVAS = ["Student", "ID", "SIS User ID", "SIS Login ID", "Section"]   # Canvas's documented header


def _result(name: str, failing: tuple[str, ...] = (), **fields) -> SubmissionResult:
    checks = [CheckResult(rule.id, rule.title, 0.0 if rule.id in failing else rule.points,
                          rule.points, "failed" if rule.id in failing else "passed", "feedback")
              for rule in RUBRIC.checks]
    return SubmissionResult(name, "cpu", 30.0, checks, **fields)


@pytest.fixture
def grades(tmp_path):
    """A graded class: alice full marks, bob without the accuracy points, carol's grading
    failed, dave's was starved by a busy machine, erin graded but on no roster."""
    batch = Batch(tmp_path / "grades", RUBRIC)
    for name, outcome in (("alice.py", _result("alice.py")),
                          ("bob.py", _result("bob.py", ("accuracy",))),
                          ("carol.py", GradingFailure("carol.py", "RuntimeError: broke")),
                          ("dave.py", _result("dave.py", load_affected=True)),
                          ("erin.py", _result("erin.py", ("layers",)))):
        batch.record(Submission(name, None), outcome)
    return batch.out


def _roster(tmp_path, text: str):
    path = tmp_path / "roster.csv"
    path.write_text(text)
    return path


ROSTER = ("submission,name,canvas_id,sis_user_id,sis_login_id,section,email\n"
          "alice.py,\"Liddell, Alice\",101,S1,alice,Sec 1,alice@uni.edu\n"
          "bob.py,\"Builder, Bob\",102,S2,bob,Sec 2,bob@uni.edu\n"
          "carol.py,\"Carol, C\",103,S3,carol,Sec 1,carol@uni.edu\n"
          "dave.py,\"Dave, D\",104,S4,dave,Sec 1,dave@uni.edu\n"
          "frank.py,\"Frank, F\",106,S6,frank,Sec 2,frank@uni.edu\n")


def _read(path):
    with open(path, newline="", encoding="utf-8") as handle:
        return list(csv.reader(handle))


def test_canvas_layout_with_points_and_everyone_left_out_listed(grades, tmp_path, capsys):
    path, done = export.main(grades=str(grades), to="canvas", roster=str(_roster(tmp_path, ROSTER)),
                             assignment="LeNet-5 (4242)", points=100)
    rows = _read(path)
    assert rows[0] == [*CANVAS, "LeNet-5 (4242)"]
    assert rows[1] == ["    Points Possible", "", "", "", "", "100"]
    bob_points = 100 * (RUBRIC.max_score - RUBRIC.rule("accuracy").points) / RUBRIC.max_score
    assert rows[2:] == [["Liddell, Alice", "101", "S1", "alice", "Sec 1", "100"],
                        ["Builder, Bob", "102", "S2", "bob", "Sec 2", f"{bob_points:g}"]]
    assert done.students == 2
    listed = capsys.readouterr().err
    for who in ("frank.py", "carol.py", "dave.py", "erin.py"):
        assert who in listed and who in export.report_path(path).read_text()
    assert "RuntimeError: broke" in listed and "no submission" in listed
    assert [name for name, _ in done.ungraded] == ["carol.py", "dave.py"]
    assert [str(student) for student in done.unsubmitted] == ["roster line 6 (Frank, F / frank.py)"]
    assert done.unknown == ["erin.py"]


def test_moodle_layout_round_trips_with_feedback(grades, tmp_path):
    path, done = export.main(grades=str(grades), to="moodle", roster=str(_roster(tmp_path, ROSTER)),
                             out=str(tmp_path / "moodle.csv"))
    with open(path, newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0]) == ["Email address", "LeNet-5", "LeNet-5 (feedback)"]
    bob = RUBRIC.max_score - RUBRIC.rule("accuracy").points
    assert [(row["Email address"], row["LeNet-5"]) for row in rows] == [
        ("alice@uni.edu", f"{RUBRIC.max_score:g}"), ("bob@uni.edu", f"{bob:g}")]
    assert rows[1]["LeNet-5 (feedback)"] == \
        f"{bob:g}/{RUBRIC.max_score:g} points; checks not passed: accuracy"
    assert "" not in (row["LeNet-5"] for row in rows)   # Moodle reads an empty grade as none
    assert len(done.listed) == 4    # frank, carol, dave and erin, as for Canvas


def test_gradescope_submitters_are_matched_by_name(tmp_path):
    """A Gradescope export names the submitters; a group submission grades each of them."""
    batch = Batch(tmp_path / "grades", RUBRIC)
    batch.record(Submission("submission_11/lenet.py", None, submitters=["Alice A", "Bob  B"]),
                 _result("submission_11/lenet.py", ("accuracy",)))
    batch.record(Submission("submission_12/lenet.py", None, submitters=["Carol C"]),
                 _result("submission_12/lenet.py"))
    roster = _roster(tmp_path, "Name,Username,Submission\nalice a,aa,\nBob B,bb,\n"
                               "Someone Else,cc,submission_12\n")
    path, done = export.main(grades=str(batch.out), to="moodle", roster=str(roster))
    group = f"{RUBRIC.max_score - RUBRIC.rule('accuracy').points:g}"
    assert [row[:2] for row in _read(path)[1:]] == [
        ["aa", group], ["bb", group], ["cc", f"{RUBRIC.max_score:g}"]]
    assert not done.listed


@pytest.mark.parametrize("roster, to, message", [
    ("submission,e-mail\nalice.py,a@x\n", "moodle", "unknown columns ['e_mail']"),
    ("submission,email\nalice.py,\n", "moodle", "roster line 2 (alice.py): no email"),
    ("submission,section\nalice.py,S1\n", "canvas", "needs a name, canvas_id or sis_user_id"),
    ("email,section\na@x,S1\n", "moodle", "needs a submission or a name column"),
    ("submission,email\n", "moodle", "no students"),
])
def test_a_roster_the_lms_would_reject_is_a_clear_error(grades, tmp_path, roster, to, message):
    with pytest.raises(GraderError, match=re.escape(message)):
        export.main(grades=str(grades), to=to, roster=str(_roster(tmp_path, roster)))


def test_cli_exit_status_and_one_line_errors(grades, tmp_path, capsys):
    everyone = _roster(tmp_path, "submission,canvas_id\nalice.py,1\nbob.py,2\nerin.py,5\n"
                                 "carol.py,3\ndave.py,4\n")
    out = tmp_path / "canvas.csv"
    assert cli.main(["export", str(grades), "--to", "canvas", "--roster", str(everyone),
                     "-o", str(out)]) == 1      # carol and dave listed
    printed = capsys.readouterr()
    assert "3 grades written" in printed.out and "canvas-report.txt" in printed.out
    assert "carol.py" in printed.err and "dave.py" in printed.err
    assert [row[1] for row in _read(out)[2:]] == ["1", "2", "5"]

    fair = _roster(tmp_path, "submission,canvas_id\nalice.py,1\nbob.py,2\nerin.py,5\n")
    (grades / "results" / "carol.json").unlink()
    (grades / "results" / "dave.json").unlink()
    assert cli.main(["export", str(grades), "--to", "canvas", "--roster", str(fair)]) == 0
    assert "every roster entry exported" in (grades / "canvas_import-report.txt").read_text()

    assert cli.main(["export", str(tmp_path), "--to", "canvas", "--roster", str(fair)]) == 2
    assert "not an output folder" in capsys.readouterr().err
    assert cli.main(["export", str(grades), "--to", "canvas", "--roster", str(fair),
                     "--points", "0"]) == 2
    assert "--points 0: must be more than 0" in capsys.readouterr().err


def test_a_real_gradescope_grading_exports_by_submitter(tmp_path, mnist_root, test_rubric):
    """The record files `lenet5 grade` writes carry the submitters of a Gradescope export, and
    the export reads them back (cheap gradings: files that do not parse)."""
    archive = tmp_path / "export.zip"
    broken = (SUBMISSIONS / "syntax_error.py").read_text()
    with zipfile.ZipFile(archive, "w") as bundle:
        bundle.writestr("assignment_export/submission_11/lenet.py", broken)
        bundle.writestr("assignment_export/submission_12/lenet.py", broken)
        bundle.writestr("assignment_export/submission_metadata.yml",
                        "submission_11:\n  :submitters:\n  - :name: Alice A\n"
                        "submission_12:\n  :submitters:\n  - :name: Bob B\n")
    grades = tmp_path / "grades"
    done = subprocess.run([sys.executable, "-m", "grader", "grade", str(archive), "-o", str(grades),
                           "-q", "--data-dir", str(mnist_root), "--rubric", str(test_rubric)],
                          capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    roster = _roster(tmp_path, "name,email\nAlice A,alice@uni.edu\nBob B,bob@uni.edu\n"
                               "Carol C,carol@uni.edu\n")
    path, exported = export.main(grades=str(grades), to="moodle", roster=str(roster),
                                 rubric=str(test_rubric))
    rows = _read(path)
    assert [row[:2] for row in rows[1:]] == [["alice@uni.edu", "0"], ["bob@uni.edu", "0"]]
    assert "checks not passed: architecture" in rows[1][2]
    assert [str(student) for student in exported.unsubmitted] == ["roster line 4 (Carol C)"]
