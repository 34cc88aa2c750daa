"""A result's provenance at work: `lenet5 grade` grades again what was graded in another
environment, and `lenet5 check --replay` repeats a stored grading with its seed."""

from __future__ import annotations

import json
import shutil

import pytest
from helpers import SUBMISSIONS, run_cli

from grader.assignment.results import outcome_of, read_record
from grader.commands import grade


def _seeds(out) -> dict[str, int]:
    return {path.name: read_record(path)["provenance"]["seed"]
            for path in (out / "results").glob("*.json")}


def test_grade_regrades_what_another_environment_graded(tmp_path, mnist_root, test_rubric):
    """Rejected files (nothing runs): a new grading is told by its new seed."""
    source = tmp_path / "class"
    source.mkdir()
    for name in ("a.py", "b.py"):
        shutil.copy(SUBMISSIONS / "syntax_error.py", source / name)
    out = tmp_path / "out"
    common = {"source": str(source), "out": str(out), "data_dir": str(mnist_root),
              "progress": False}
    grade.main(**common, rubric=str(test_rubric))
    first = _seeds(out)
    stored = read_record(out / "results" / "a.json")
    assert stored["source_sha256"] == stored["provenance"]["sha256"]
    assert stored["provenance"]["rubric_sha256"] and stored["provenance"]["tier"]

    grade.main(**common, rubric=str(test_rubric))
    assert _seeds(out) == first                       # nothing changed: nothing graded

    stored["provenance"]["numpy"] = "0.0.1"           # graded with another numpy
    (out / "results" / "a.json").write_text(json.dumps(stored))
    grade.main(**common, rubric=str(test_rubric))
    again = _seeds(out)
    assert again["a.json"] != first["a.json"] and again["b.json"] == first["b.json"]
    assert read_record(out / "results" / "a.json")["provenance"]["numpy"] != "0.0.1"

    other = tmp_path / "rubric.toml"                  # another rubric: every file again
    other.write_text(test_rubric.read_text().replace("points = 2", "points = 4"))
    grade.main(**common, rubric=str(other))
    assert all(_seeds(out)[name] != again[name] for name in again)


@pytest.mark.slow   # four gradings
def test_check_replays_a_stored_grading_with_its_seed(tmp_path, mnist_root):
    """The probe comes from the seed: the training loop's starting loss, measured on the
    grader's own random weights, repeats with the seed and not without it."""
    common = ("--quick", "--json", "--data-dir", str(mnist_root))
    submission = str(SUBMISSIONS / "sgd.py")
    first = run_cli("check", submission, *common)
    assert first.returncode == 1, first.stderr        # SGD fails the optimizer check
    stored = tmp_path / "result.json"
    stored.write_text(first.stdout)

    replay = run_cli("check", submission, *common, "--replay", str(stored))
    assert replay.returncode == 1, replay.stderr
    assert "the same file, environment, score and checks" in replay.stderr
    before, after = json.loads(first.stdout), json.loads(replay.stdout)
    assert after["provenance"]["seed"] == before["provenance"]["seed"]
    assert after["facts"] == before["facts"] and after["checks"] == before["checks"]
    assert outcome_of(after).score == outcome_of(before).score

    other = run_cli("check", submission, *common, "--seed",
                    str(before["provenance"]["seed"] + 1))
    assert json.loads(other.stdout)["facts"]["loop"]["loss_before"] != \
        before["facts"]["loop"]["loss_before"]

    changed = tmp_path / "other.py"
    changed.write_text((SUBMISSIONS / "sgd.py").read_text() + "\n# edited\n")
    differs = run_cli("check", str(changed), *common, "--replay", str(stored))
    assert "the file is not the one graded" in differs.stderr


def test_replay_refuses_a_file_that_is_no_result(tmp_path):
    bogus = tmp_path / "x.json"
    bogus.write_text("[1, 2]")
    done = run_cli("check", str(SUBMISSIONS / "sgd.py"), "--replay", str(bogus))
    assert done.returncode == 2 and "not a stored grading result" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
