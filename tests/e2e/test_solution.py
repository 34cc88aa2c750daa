"""The reference solution and the starter, as students and instructors meet them."""

from __future__ import annotations

import json

import pytest
import torch
from helpers import SOLUTION, STARTER, available_tiers

from grader.commands.train import train_submission
from grader.worker.runtime import CONTRACT, load_submission


def test_starter_imports_cleanly_and_defines_the_contract():
    starter = load_submission(STARTER, "starter")
    assert all(hasattr(starter, name) for name in CONTRACT)


@pytest.mark.parametrize("call, message", [
    (lambda m: m.LeNet5(10)(torch.zeros(1, 1, 28, 28)), "LeNet5.forward is not implemented"),
    (lambda m: m.make_optimizer(None), "make_optimizer is not implemented"),
    (lambda m: m.train_one_epoch(None, None, None, None, "cpu"), "train_one_epoch is not"),
    (lambda m: m.evaluate(None, None, "cpu"), "evaluate is not implemented"),
])
def test_starter_stubs_say_what_to_implement(call, message):
    with pytest.raises(NotImplementedError, match=message):
        call(load_submission(STARTER, "starter"))


@pytest.mark.slow
def test_solution_reaches_97_percent_in_one_epoch(mnist_root):
    run = train_submission(load_submission(SOLUTION, "solution"), data_root=mnist_root,
                           device="cpu", epochs=1, eval_every=10**9, threads=1, progress=False)
    assert run.final_accuracy >= 0.97
    assert run.step_losses[-1] < run.step_losses[0]
    assert [step for step, _ in run.accuracy] == [0, 938]  # measured before and after only


START_SEED = 7   # gradings draw their starting weights from OS entropy; these compare runs


@pytest.fixture(scope="module")
def default_grading(grader):
    return grader.grade(SOLUTION, seed=START_SEED)  # the same starting weights as the tiers'


@pytest.mark.slow
def test_solution_gets_full_marks_with_the_timed_run(default_grading):
    result = default_grading
    assert result.score == result.max_score == 10
    assert result.budget_s >= 30 and 0 < result.time_used_s < result.budget_s
    assert len(result.learning_curve["epoch_accuracy"]) == 2  # before training, after epoch 1


@pytest.mark.slow
@pytest.mark.parametrize("tier", available_tiers())
def test_grading_is_the_same_in_every_tier(tier, grader_with, default_grading):
    """Full marks and the very same run under each tier this machine offers: the
    timed run trains in a worker session under every confinement (deterministic on the CPU)."""
    graded = grader_with(tier)
    result = graded.grade(SOLUTION, seed=START_SEED)
    assert result.sandbox["tool"] == tier
    assert result.score == result.max_score == 10
    assert result.check("accuracy").details["accuracy"] == \
        default_grading.check("accuracy").details["accuracy"]
    assert result.learning_curve["step_losses"] == default_grading.learning_curve["step_losses"]


def test_reference_results_are_generated_not_typed():
    """solution/reference.json comes from `lenet5 build`; it must match the spec it measured."""
    from grader.assignment import spec
    from grader.commands.build import MIN_SOLUTION_ACCURACY, REFERENCE_RESULTS

    results = json.loads(REFERENCE_RESULTS.read_text())
    assert results["total_params"] == spec.TOTAL_PARAMS
    assert [layer["params"] for layer in results["layers"]] == [
        layer.params for layer in spec.LAYERS]
    assert results["test_accuracy"] >= MIN_SOLUTION_ACCURACY
    assert {"cpu", "torch", "device"} <= set(results["machine"])
