"""The reports people read: the student's HTML page and the TA's class report, the latter
opened in a real headless Chromium."""

from __future__ import annotations

import re

import pytest
from helpers import KIT, SOLUTION, STARTER, SUBMISSIONS, browse

from grader.assignment.results import GradingFailure
from grader.assignment.rubric import load_rubric
from grader.batch import Batch
from grader.reports import html
from grader.submissions import Submission

ARTIFACTS = KIT / "test-artifacts"


@pytest.fixture(scope="module")
def class_folder(grader, tmp_path_factory):
    """A small class graded for real: the solution with its timed run, and quick gradings of
    a wrong variant, the starter and a file that does not parse."""
    out = tmp_path_factory.mktemp("class")
    batch = Batch(out, load_rubric())
    submissions = []
    for name, path, quick in (("alice.py", SOLUTION, False),
                              ("bob.py", SUBMISSIONS / "relu.py", True),
                              ("carol.py", STARTER, True),
                              ("dave.py", SUBMISSIONS / "syntax_error.py", True)):
        submission = Submission(name, path)
        batch.record(submission, grader.grade(path, name=name, quick=quick))
        submissions.append(submission)
    batch.record(Submission("erin.py", None),
                 GradingFailure("erin.py", "RuntimeError: the grader broke"))
    batch.write_class_report()
    return out


@pytest.mark.slow   # class_folder grades the solution with its timed run
def test_student_page_names_the_mistake_and_embeds_the_learning_curve(class_folder):
    alice = (class_folder / "feedback" / "alice.html").read_text()
    assert 'id="learning-curve"' in alice and "data:image/png;base64," in alice
    bob = (class_folder / "feedback" / "bob.html").read_text()
    assert "relu activation" in bob and "nn.Tanh()" in bob
    assert 'class="badge status-failed"' in bob and 'class="badge status-skipped"' in bob
    carol = (class_folder / "feedback" / "carol.html").read_text()
    assert "LeNet5.forward is not implemented yet" in carol


def test_layer_table_is_a_real_table(grader):
    result = grader.grade(SUBMISSIONS / "no_padding.py", quick=True)
    page = html.student_page(result)
    assert re.search(r"<td>C1</td>\s*<td>conv 6 x 28 x 28 \+ tanh</td>\s*"
                     r"<td>conv 6 x 24 x 24 \+ tanh</td>", page)


@pytest.mark.slow   # class_folder grades the solution with its timed run
def test_class_report_in_headless_chromium(class_folder, tmp_path):
    report = class_folder / "report.html"
    dom = browse(report, tmp_path, "--dump-dom")
    assert re.search(r'<img alt="score histogram" src="data:image/png;base64,', dom)
    rows = re.findall(r"<tr><td><code>(\w+)</code></td>", dom.split('id="checks"')[1])
    assert rows[:7] == [rule.id for rule in load_rubric().checks]
    assert "RuntimeError: the grader broke" in dom
    links = re.findall(r'<a href="(feedback/[^"]+\.html)">([^<]+)</a>', dom)
    assert {name for _, name in links} >= {"alice.py", "bob.py", "carol.py", "dave.py"}
    for href, name in links:
        linked = browse(class_folder / href, tmp_path, "--dump-dom")
        assert f"<h1>{name}:" in linked, f"the link to {href} does not open {name}'s report"
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / "class-report.png"
    browse(report, tmp_path, f"--screenshot={shot}", "--window-size=1100,1800")
    assert shot.read_bytes()[:4] == b"\x89PNG"


def test_what_a_student_controls_reaches_the_page_as_text():
    """Names, printed output and error messages come from student code: the templates escape
    them, so a submission cannot put markup or scripts into its own or the class's page."""
    from grader.assignment.results import CheckResult, SubmissionResult

    evil = "<script>alert(1)</script>"
    result = SubmissionResult(f"{evil}.py", "cpu", None, [CheckResult(
        "layers", "tanh", 0.0, 1.0, "error", f"Your code raised an error here:\n\n{evil}")],
        logs={"inspect": evil}, flags=[f"line 1: uses {evil}"])
    for page in (html.student_page(result), html.class_page({result.submission: result}, {
            result.submission: "feedback/x.html"}, load_rubric())):
        assert "<script>" not in page and "&lt;script&gt;" in page
