"""The whole red team (tests/redteam/) as one class graded by `lenet5 grade`, beside an honest
student, on a machine set up the way a real one looks (the `planted` fixture: secrets, a
classmate and another checkout in the home folder and in /tmp): every attack gets exactly the
statuses of its honest part, changes no other result, no file of the kit or its Python
environment, reaches no network, carries none of the grading user's secrets into any file or
line the grading writes, and leaves no process behind."""

from __future__ import annotations

import shutil

import pytest
from attacks import (
    ATTACKS,
    NEEDS,
    assert_reports_literal,
    attack,
    full_expectation,
    points,
    render_by_position,
)
from helpers import SOLUTION, run_cli, worker_processes

from grader.batch import Batch
from grader.grading.integrity import kit_digest
from grader.isolation import tiers
from grader.reports import gradesheet
from grader.submissions import Submission

pytestmark = [pytest.mark.usefixtures("adopt_orphans", "kit_and_environment_unchanged"),
              pytest.mark.slow]


@pytest.fixture
def class_rubric(test_rubric, tmp_path):
    """The tests' rubric with half the kit's budget (twice the reference's training, not four
    times): four attacks spend all of it (a loop, two sleepers, an import that never ends),
    and every honest part trains within it with room to spare."""
    text = test_rubric.read_text().replace("multiple = 4.0", "multiple = 2.0")
    assert "multiple = 2.0" in text
    path = tmp_path / "rubric.toml"
    path.write_text(text.replace("floor_s = 30.0", "floor_s = 15.0"))
    return path


def test_lenet5_grade_keeps_every_result_honest(tmp_path, mnist_root, class_rubric, listener,
                                                trained_weights, planted):
    from grader.assignment.rubric import load_rubric

    rubric = load_rubric(class_rubric)
    source, out = tmp_path / "class", tmp_path / "out"
    expected = {}
    chosen = tiers.choose()
    for path in ATTACKS:
        if NEEDS.get(path.stem, "") and NEEDS[path.stem] not in chosen.promises:
            continue  # not defended in this tier (test_redteam_tiers.py shows it working)
        (source / path.stem).mkdir(parents=True)
        shutil.copy(attack(path.stem, tmp_path, listener), source / path.stem / "lenet.py")
        expected[f"{path.stem}/lenet.py"] = full_expectation(path)
    render_by_position(source / "by_position" / "lenet.py", mnist_root)
    if (source / "smuggled_weights").is_dir():
        shutil.copy(trained_weights, source / "smuggled_weights" / "weights.pt")
    (source / "oversized").mkdir()
    (source / "oversized" / "lenet.py").write_text(
        SOLUTION.read_text() + "#" * rubric.limits.submission_bytes)
    (source / "honest").mkdir()
    shutil.copy(SOLUTION, source / "honest" / "lenet.py")
    digest = kit_digest()

    # 5 minutes on the developers' 2 cores beside the suite; pytest's own limit is 900 s.
    done = run_cli("grade", str(source), "-o", str(out), "-j", "2", "--rubric", str(class_rubric),
                   "--data-dir", str(mnist_root), "--quiet", timeout=870)
    assert done.returncode == 0, done.stderr
    assert "flagged for review" in done.stdout  # network.py, fork_storm.py and more
    batch = Batch(out, rubric)
    batch.load()
    statuses = {name: {check.id: check.status for check in batch.graded[name].checks}
                for name in expected}
    assert statuses == expected
    sheet = gradesheet.read(out / "final_grades.csv")
    assert {name: float(row["total_points_earned"]) for name, row in sheet.items()
            if name != "points-per-question"} == {
        **{name: points(wanted, rubric) for name, wanted in expected.items()},
        "oversized/lenet.py": 0, "honest/lenet.py": 10}
    assert batch.graded["honest/lenet.py"].score == 10
    assert kit_digest() == digest
    assert not worker_processes(), "a process outlived the grading"
    assert not listener.accepted, f"a worker reached the network: {listener.accepted}"
    assert planted.secret not in done.stdout + done.stderr
    injected = Submission("report_inject/lenet.py", None).key
    assert_reports_literal((out / "feedback" / f"{injected}.md").read_text(),
                           (out / "feedback" / f"{injected}.html").read_text())
    for written in out.rglob("*"):  # results, Markdown, HTML, grade sheet, class report
        if written.is_file():
            assert planted.secret.encode() not in written.read_bytes(), written
