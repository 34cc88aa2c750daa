"""The `lenet5` command as users run it: help everywhere, clean errors, honest exit codes."""

from __future__ import annotations

import json

import pytest
from helpers import SOLUTION, STARTER, SUBMISSIONS, run_cli

VERBS = ("data", "check", "grade", "merge", "rescore", "export", "calibrate", "train", "build")


def test_top_level_help_lists_every_verb():
    done = run_cli("--help")
    assert done.returncode == 0
    for verb in VERBS:
        assert verb in done.stdout


@pytest.mark.parametrize("verb", VERBS)
def test_every_verb_has_help(verb):
    done = run_cli(verb, "--help")
    assert done.returncode == 0
    assert "usage: lenet5 " + verb in done.stdout
    assert len(done.stdout.splitlines()) > 3


def test_data_prints_the_verified_folder(mnist_root):
    done = run_cli("data", "--data-dir", str(mnist_root))
    assert done.returncode == 0
    assert done.stdout.strip() == str(mnist_root)
    assert sorted(path.name for path in (mnist_root / "MNIST" / "raw").glob("*-ubyte")) == [
        "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte",
        "train-images-idx3-ubyte", "train-labels-idx1-ubyte"]


def test_check_of_a_missing_file_is_a_usage_error():
    done = run_cli("check", "no/such/lenet.py")
    assert done.returncode == 2
    assert done.stderr.strip() == "lenet5 check: error: no/such/lenet.py: no such file"


def test_starter_scores_zero_with_helpful_feedback_and_no_grader_traceback(mnist_root):
    done = run_cli("check", str(STARTER), "--data-dir", str(mnist_root))
    assert done.returncode == 1
    assert "lenet.py: 0 / 10 points" in done.stdout
    assert "LeNet5.forward is not implemented yet" in done.stdout
    assert "make_optimizer is not implemented yet" in done.stdout
    assert "grader/" not in done.stdout + done.stderr, "grader frames leak into feedback"
    assert "Traceback" not in done.stderr


def test_quick_json_result_has_the_documented_schema(mnist_root):
    done = run_cli("check", str(SUBMISSIONS / "relu.py"), "--quick", "--json",
                   "--data-dir", str(mnist_root))
    assert done.returncode == 1
    result = json.loads(done.stdout)
    assert {"submission", "score", "max_score", "device", "budget_s", "checks"} <= set(result)
    assert result["score"] == 6 and result["max_score"] == 10
    statuses = {check["id"]: check["status"] for check in result["checks"]}
    assert statuses["layers"] == "failed" and statuses["accuracy"] == "skipped"
    for check in result["checks"]:
        assert {"id", "score", "max_score", "status", "feedback"} <= set(check)


def test_a_file_that_does_not_parse_is_a_graded_failure(mnist_root):
    done = run_cli("check", str(SUBMISSIONS / "syntax_error.py"), "--quick",
                   "--data-dir", str(mnist_root))
    assert done.returncode == 1
    assert "is not valid Python: line 4" in done.stdout


@pytest.mark.slow   # trains the solution for an epoch
def test_train_writes_both_plots_and_prints_the_accuracy(mnist_root, tmp_path):
    done = run_cli("train", str(SOLUTION), "--data-dir", str(mnist_root), "--device", "cpu",
                   "--out", str(tmp_path), "--eval-every", "300")
    assert done.returncode == 0, done.stderr
    for name in ("loss.png", "accuracy.png"):
        assert (tmp_path / name).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    accuracy = float(done.stdout.split("Test accuracy: ")[1].split("%")[0])
    assert accuracy > 95


def test_train_reports_the_students_error_in_one_message(mnist_root, tmp_path):
    done = run_cli("train", str(STARTER), "--data-dir", str(mnist_root), "--device", "cpu",
                   "--out", str(tmp_path))
    assert done.returncode == 2
    assert "make_optimizer is not implemented yet" in done.stderr
    assert "Traceback" not in done.stderr and "grader/" not in done.stderr


def test_check_of_a_folder_is_a_usage_error(tmp_path):
    done = run_cli("check", str(tmp_path))
    assert done.returncode == 2 and "not a file" in done.stderr


def test_the_package_without_its_checkout_says_so_in_one_line(tmp_path):
    """What a non-editable `pip install .` of the kit leaves: the package alone."""
    import shutil
    import subprocess
    import sys

    from helpers import KIT

    shutil.copytree(KIT / "grader", tmp_path / "grader",
                    ignore=shutil.ignore_patterns("__pycache__"))
    done = subprocess.run([sys.executable, "-m", "grader", "check", str(SOLUTION)],
                          capture_output=True, text=True, cwd=tmp_path, check=False)
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1
    assert "installed without its checkout" in done.stderr and "pip install -e ." in done.stderr


@pytest.mark.parametrize(("statuses", "starved", "code"), [
    (["passed", "skipped"], False, 0), (["passed", "failed"], False, 1),
    (["passed", "error"], True, 2), (["passed", "passed"], True, 2)])
def test_check_exits_2_when_a_busy_machine_starved_the_grading(statuses, starved, code):
    """The README's exit statuses: a starved grading was not graded fairly, whatever its
    checks say (it had exited 1)."""
    from grader.assignment.results import CheckResult, SubmissionResult
    from grader.commands import check

    result = SubmissionResult("a.py", "cpu", None, [
        CheckResult(f"c{index}", "t", 0.0, 1.0, status, "") for index, status in enumerate(statuses)],
        load_affected=starved)
    assert check.exit_status(result) == code
