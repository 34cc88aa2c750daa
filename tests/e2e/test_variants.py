"""The corpus of realistic LeNet-5 variants (tests/variants/): each file's first line states the
status every check must get, and its mistakes cost their own checks only. Every file is graded
quickly (about 4 s each on a quiet machine: every check but accuracy); one of each kind of
timed run is graded in full in the slow tier (about 20 s each): a container around the
logits, and a model whose training the grader cannot replay. The others' accuracy statuses
were measured in full when they were written (their first lines) and are not repeated here,
to keep the suite's time: `lenet5 check tests/variants/NAME.py` repeats one."""

from __future__ import annotations

import pytest
from helpers import KIT, expected_statuses

VARIANTS = sorted((KIT / "tests" / "variants").glob("*.py"))
FULL = ("tuple_output", "batchnorm")
# What the feedback must say for a mistake: the words that name it, in the check it costs.
WORDS = {
    "tuple_output": ("architecture", "`forward` returned a tuple of 2 instead of one tensor"),
    "dict_output": ("architecture", "`forward` returned a dict of 2 instead of one tensor"),
    "batchnorm": ("architecture", ("BatchNorm2d after C1 and C3 is not part of LeNet-5 (it "
                                   "adds 12 and 32 parameters)")),
    "kernel3": ("architecture", "C1 is a 3x3 convolution"),
    "extra_fc": ("architecture", "linear 42 + tanh after F6"),
    "sigmoid_after_pool": ("layers", "sigmoid comes after the pooling in S2 and S4"),
    "relu_max_pool_first": ("layers", "relu comes after the pooling in S2 and S4"),
    "sigmoid_squash_after_pool": ("layers", "An extra sigmoid comes after the pooling in S2"),
    "tanh_after_pool_paper": ("layers", ("tanh comes after the pooling in S2 and S4: LeNet-5 "
                                         "applies tanh before it")),
    "scaled_tanh": ("layers", "LeCun's scaled tanh, 1.7159 tanh(2x/3), after C1, C3, C5 and F6"),
}


def _statuses(result) -> dict[str, str]:
    return {check.id: check.status for check in result.checks}


def _words_hold(result, name: str) -> None:
    """The mistake is named where it costs, and no report quotes an error of the grader's."""
    for check in result.checks:
        assert "Error" not in check.feedback, (check.id, check.feedback)
    if name in WORDS:
        check_id, words = WORDS[name]
        assert words in next(check.feedback for check in result.checks if check.id == check_id)


def test_the_corpus_is_large_enough_and_every_file_states_its_grade():
    assert len(VARIANTS) >= 12
    for path in VARIANTS:
        assert set(expected_statuses(path)) >= {"architecture", "accuracy"}, path.name


@pytest.mark.parametrize("path", VARIANTS, ids=[path.stem for path in VARIANTS])
def test_quick_statuses(grader, path):
    name = path.stem
    expected = expected_statuses(path)
    expected["accuracy"] = "skipped"
    result = grader.grade(path, quick=True)
    assert _statuses(result) == expected
    _words_hold(result, name)


@pytest.mark.slow
@pytest.mark.parametrize("name", FULL)
def test_full_statuses(grader, name):
    from grader.grading.retry import grade_until_fair

    path = KIT / "tests" / "variants" / f"{name}.py"
    result, _ = grade_until_fair(lambda: grader.grade(path))
    assert not result.load_affected, "the machine was too busy to grade it fairly"
    assert _statuses(result) == expected_statuses(path)
    _words_hold(result, name)
