"""The review queue: what a TA must look at first, decided from outcomes and the rubric, and
shown at the top of the class report (opened in headless Chromium)."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

import pytest
from helpers import browse

from grader.assignment.results import CheckResult, GradingFailure, SubmissionResult
from grader.assignment.rubric import load_rubric
from grader.batch import Batch
from grader.reports.review import KINDS, review_queue
from grader.submissions import Submission


@dataclass
class Similar:
    first: str
    second: str
    score: float
    page: str


@pytest.fixture(scope="module")
def rubric():
    return load_rubric()


def _result(rubric, name, accuracy=None, **fields) -> SubmissionResult:
    """A completed grading with every check of the rubric; the accuracy check passes or fails
    against the rubric's threshold as the grader decides it."""
    checks = []
    for rule in rubric.checks:
        status, details = "passed", {}
        if rule.id == "accuracy" and accuracy is not None:
            status = "passed" if accuracy > rubric.threshold else "failed"
            details = {"accuracy": accuracy}
        checks.append(CheckResult(rule.id, rule.title, rule.points if status == "passed" else 0.0,
                                  rule.points, status, "feedback", details=details))
    return SubmissionResult(name, "cpu", 30.0, checks, **fields)


def _class(rubric) -> dict:
    bar = rubric.threshold
    return {name: outcome for name, outcome in (
        ("ok.py", _result(rubric, "ok.py", bar + 0.03)),
        ("close.py", _result(rubric, "close.py", bar - 0.004)),
        ("far.py", _result(rubric, "far.py", bar - 0.05)),
        ("edge.py", _result(rubric, "edge.py", bar)),      # not more than the bar: failed
        ("flagged.py", _result(rubric, "flagged.py", bar + 0.02,
                               flags=["line 3: uses exec", "accuracy by the student's code"])),
        ("busy.py", _result(rubric, "busy.py", load_affected=True)),
        ("broken.py", GradingFailure("broken.py", "RuntimeError: the grader broke")))}


def test_queue_lists_each_cause_most_urgent_first(rubric):
    pairs = [Similar("ok.py", "far.py", 0.71, "similarity/ok-far.html"),
             Similar("close.py", "ok.py", 0.93, "similarity/close-ok.html")]
    queue = review_queue(_class(rubric), rubric, pairs)
    assert [(item.kind, item.names) for item in queue] == [
        ("not graded", ("broken.py",)),
        ("not graded fairly", ("busy.py",)),
        ("flagged", ("flagged.py",)), ("flagged", ("flagged.py",)),
        ("similar", ("close.py", "ok.py")), ("similar", ("ok.py", "far.py")),
        ("near the threshold", ("close.py",)), ("near the threshold", ("edge.py",))]
    assert queue[0].reason == "RuntimeError: the grader broke"
    assert [item.reason for item in queue if item.kind == "flagged"] == [
        "line 3: uses exec", "accuracy by the student's code"]
    assert queue[4].page == "similarity/close-ok.html" and "0.93" in queue[4].reason
    assert "94.60%" in queue[6].reason


def test_near_threshold_follows_the_rubric_not_a_literal(rubric):
    """The same two failed runs: 0.946 is the near miss under the kit's bar (0.95), 0.895
    under a bar moved to 0.90."""
    graded = {"a.py": _result(rubric, "a.py", 0.946), "b.py": _result(rubric, "b.py", 0.895)}
    lower = dataclasses.replace(rubric, threshold=0.90)
    assert rubric.threshold == 0.95
    assert [item.names for item in review_queue(graded, rubric)] == [("a.py",)]
    assert [item.names for item in review_queue(graded, lower)] == [("b.py",)]


def test_an_accuracy_that_errored_or_a_clean_class_needs_no_review(rubric):
    timed_out = _result(rubric, "slow.py")
    timed_out.check("accuracy").status = "timeout"
    timed_out.check("accuracy").details = {"accuracy": rubric.threshold - 0.005}
    graded = {"slow.py": timed_out, "ok.py": _result(rubric, "ok.py", 0.99)}
    assert review_queue(graded, rubric) == []


def test_class_report_shows_the_queue_with_working_links(rubric, tmp_path):
    out = tmp_path / "grades"
    batch = Batch(out, rubric)
    for name, outcome in _class(rubric).items():
        batch.record(Submission(name, None), outcome)
    (out / "similarity").mkdir()
    (out / "similarity" / "close-ok.html").write_text("<h1>close.py and ok.py</h1>")
    batch.write_class_report(similar=[Similar("close.py", "ok.py", 0.93,
                                              "similarity/close-ok.html")])
    dom = browse(out / "report.html", tmp_path, "--dump-dom")
    queue = dom.split('id="review-queue"')[1].split("</table>")[0]
    assert dom.index('id="review"') < dom.index('id="students"')
    rows = re.findall(r'<tr class="review-([\w-]+)"><td>([^<]+)</td>', queue)
    assert [kind for kind, _ in rows] == ["not-graded", "not-graded-fairly", "flagged", "flagged",
                                          "similar", "near-the-threshold", "near-the-threshold"]
    assert {text for _, text in rows} <= set(KINDS)
    links = re.findall(r'<a href="([^"]+)">([^<]+)</a>', queue)
    assert ("similarity/close-ok.html", "compare") in links and len(links) == 8
    assert "broken.py" in queue and "feedback/broken.html" not in queue  # no page to link
    for href, text in links:
        page = browse(out / href, tmp_path, "--dump-dom")
        expected = "<h1>close.py and ok.py</h1>" if text == "compare" else f"<h1>{text}:"
        assert expected in page, f"{href} does not open {text}"


def test_an_empty_queue_says_so(rubric, tmp_path):
    batch = Batch(tmp_path / "grades", rubric)
    batch.record(Submission("ok.py", None), _result(rubric, "ok.py", 0.99))
    page = batch.write_class_report().read_text()
    assert "Nothing to review" in page and 'id="review-queue"' not in page
