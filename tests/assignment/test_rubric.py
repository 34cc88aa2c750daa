"""The rubric is read and checked once: a course's typo is one line naming the file and the key,
before any grading starts, never a KeyError per student in the middle of a batch."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import SUBMISSIONS

from grader.assignment import checks
from grader.assignment.rubric import Limits, load_rubric
from grader.errors import GraderError
from grader.kit import RUBRIC

KIT_TEXT = RUBRIC.read_text()


def course(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "course.toml"
    path.write_text(text)
    return path


def changed(key: str, value: str, text: str = KIT_TEXT) -> str:
    """The kit's rubric with the first `key = ...` line set to `value` ("" drops the line)."""
    line = re.compile(rf"^{key} = .*\n", re.MULTILINE)
    assert line.search(text), key
    return line.sub(f"{key} = {value}\n" if value else "", text, count=1)


def error_of(path: Path) -> str:
    with pytest.raises(GraderError) as caught:
        load_rubric(path)
    message = str(caught.value)
    assert "\n" not in message
    return message


def test_the_kits_rubric_loads_typed():
    rubric = load_rubric()
    assert [rule.id for rule in rubric.checks] == list(checks.IDS)
    assert rubric.max_score == sum(rule.points for rule in rubric.checks) > 0
    assert 0 < rubric.threshold <= 1
    assert isinstance(rubric.limits, Limits)
    assert isinstance(rubric.limits.output_chars, int)
    assert rubric.hyperparameters.epochs[0] <= rubric.hyperparameters.epochs[1]
    assert rubric.budget.multiple > 0


def test_the_digest_follows_the_content_not_the_text(tmp_path):
    kit = load_rubric().digest()
    assert re.fullmatch(r"[0-9a-f]{64}", kit)
    assert load_rubric(course(tmp_path, "# a comment\n" + changed("points", "2.0"))).digest() \
        == kit
    assert load_rubric(course(tmp_path, changed("points", "3"))).digest() != kit
    assert load_rubric(course(tmp_path, changed("startup_s", "11"))).digest() != kit


def test_an_unknown_key_names_the_file_and_the_key(tmp_path):
    path = course(tmp_path, KIT_TEXT.replace("startup_s = ", "startup = "))
    assert error_of(path).startswith(f"{path}: [limits] startup: unknown key")
    path = course(tmp_path, KIT_TEXT.replace("[checks.layers]", "[checks.layer]"))
    assert error_of(path).startswith(f"{path}: [checks] layer: unknown key")
    path = course(tmp_path, changed("points", "2\npoints_ = 1"))
    assert error_of(path).startswith(f"{path}: [checks.architecture] points_: unknown key")


def test_a_missing_key_names_the_file_and_the_key(tmp_path):
    path = course(tmp_path, changed("submission_bytes", ""))
    assert error_of(path) == f"{path}: [limits] submission_bytes: missing"
    path = course(tmp_path, changed("threshold", ""))
    assert error_of(path) == f"{path}: [checks.accuracy] threshold: missing"
    path = course(tmp_path, KIT_TEXT.split("[budget]")[0])
    assert error_of(path) == f"{path}: [budget]: missing"


@pytest.mark.parametrize(("key", "value", "words"), [
    ("startup_s", "-3", "[limits] startup_s: must be a positive number, got -3"),
    ("output_chars", "0", "[limits] output_chars: must be a positive whole number, got 0"),
    ("fresh_model_max_accuracy", "30",
     "[limits] fresh_model_max_accuracy: must be a fraction in (0, 1], got 30"),
    ("threshold", "95", "[checks.accuracy] threshold: must be a fraction in (0, 1], got 95"),
    ("points", "-1",
     "[checks.architecture] points: must be a number of points, 0 or more, got -1"),
    ("hidden", '"no"', "[checks.architecture] hidden: must be true or false, got 'no'"),
    ("multiple", "0", "[budget] multiple: must be a positive number, got 0"),
    ("epochs", "[5, 1]",
     ("[hyperparameters] epochs: must be [low, high]: positive whole numbers, low <= high, "
      "got [5, 1]")),
    ("batch_size", "[16.5, 64]",
     ("[hyperparameters] batch_size: must be [low, high]: positive whole numbers, "
      "low <= high, got [16.5, 64]")),
])
def test_a_bad_value_names_the_file_the_key_and_the_value(tmp_path, key, value, words):
    path = course(tmp_path, changed(key, value))
    assert error_of(path) == f"{path}: {words}"


def test_a_file_that_is_not_toml_or_not_there_is_one_line(tmp_path):
    path = course(tmp_path, KIT_TEXT + "\n[limits\n")
    assert error_of(path).startswith(f"{path}: not a valid TOML file:")
    assert "cannot read the rubric" in error_of(tmp_path / "absent.toml")


def test_grade_refuses_a_bad_rubric_before_grading_starts(tmp_path):
    """Exit 2, one line on stderr, and nothing graded: no worker ran."""
    source = tmp_path / "class"
    source.mkdir()
    (source / "alice.py").write_text((SUBMISSIONS / "syntax_error.py").read_text())
    bad = course(tmp_path, changed("startup_s", "-3"))
    out = tmp_path / "out"
    done = subprocess.run([sys.executable, "-m", "grader", "grade", str(source), "-o", str(out),
                           "--rubric", str(bad)], capture_output=True, text=True, timeout=120,
                          check=False)
    assert done.returncode == 2
    assert done.stderr.splitlines() == [
        f"lenet5 grade: error: {bad}: [limits] startup_s: must be a positive number, got -3"]
    assert not (out / "results").exists() or not any((out / "results").iterdir())
