"""The grading side of the stages (grading/stage_runner.py) and the starvation arithmetic
(isolation/session.py), driven by fake sessions: each test hands the stage code the records
and the ending a worker could produce, without starting one, so that every failure branch
runs in the fast tier."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pytest

from grader.assignment import spec
from grader.assignment.facts import FORGED, Verification
from grader.assignment.rubric import load_rubric
from grader.grading.stage_runner import Stages
from grader.grading.stage_runner import TestSet as Images
from grader.isolation.limits import IDLE_GRACE_S, Usage, wall_net
from grader.isolation.session import Received, StageLimits, StageOutcome, _Watch
from grader.worker.protocol import (
    ClassCounts,
    Construction,
    Contract,
    Epoch,
    Fact,
    ImportFailed,
    Predictions,
    StageFailed,
)

BUDGET_S = 10.0


class FakeFolder:
    """A stage folder that holds nothing: every file the worker should have handed back is
    missing, as after a worker that crashed."""

    def place_array(self, name, array):
        pass

    def place(self, name, data):
        pass

    def read_array(self, name, limit):
        return None

    def read_arrays(self, name, limit):
        return None

    def read(self, name, limit):
        return None


class FakeSession:
    """Answers each stage with the next prepared outcome and keeps the requests it got."""

    def __init__(self, *outcomes: StageOutcome):
        self.outcomes, self.requests = list(outcomes), []

    def run_stage(self, folder, request, limits, on_record=None):
        self.requests.append((request, limits))
        return self.outcomes.pop(0)


@dataclass
class FakeJob:
    """The part of grading/workspace.Job that Stages uses."""
    session: FakeSession
    logs: dict = field(default_factory=dict)
    usage: dict = field(default_factory=dict)
    starved: bool = False
    stage: FakeFolder | None = None

    def open_stage(self, name):
        self.stage = FakeFolder()
        return self.stage

    def data_folder(self):
        return Path("/nonexistent-data")

    def remaining(self):
        return 600.0


def outcome(stage, *records, status="ok", phase="done", starved=False, **measures):
    return StageOutcome(stage, status=status, phase=phase, starved=starved,
                        events=[Received(record, 0.0, cpu) for record, cpu in records],
                        **measures)


def epoch(number, cpu_s=1.0):
    return Epoch(number, 0.5, [0.5]), cpu_s


@pytest.fixture(scope="module")
def rubric():
    return load_rubric()


@pytest.fixture
def stages(rubric):
    return Stages(rubric, "cpu", 1)


def test_a_starved_stage_marks_the_job_and_a_later_one_does_not_clear_it(stages):
    job = FakeJob(FakeSession(outcome("inspect", starved=True), outcome("inspect")))
    stages.run_with_limits(job, stages.request("inspect"), 1.0)
    assert job.starved
    stages.run_with_limits(job, stages.request("inspect"), 1.0)
    assert job.starved
    assert job.usage["inspect"]["wait_s"] == 0.0


def test_inspect_records_the_import_error_and_forged_facts(stages):
    records = [(ImportFailed("NameError: x", "NameError"), 0.1),
               (Contract(["make_optimizer"], {"EPOCHS": 2}), 0.1),
               (Fact("n_classes", value=ClassCounts({"3": [2, 3]})), 0.2),
               (Fact("n_classes", value=ClassCounts({"3": [2, 3]})), 0.2),
               (Fact("construction", value=Construction({"10": []})), 0.2)]
    job = FakeJob(FakeSession(outcome("inspect", *records, status="crashed", starved=True)))
    inspection = stages.inspect(job, _NoProbe())
    assert (inspection.status, inspection.starved) == ("crashed", True)
    assert inspection.import_error == "NameError: x"
    assert inspection.missing == ["make_optimizer"] and inspection.hyperparameters == {"EPOCHS": 2}
    assert inspection.observed["n_classes"].error == FORGED   # reported twice
    assert inspection.observed["construction"].value == Construction({"10": []})
    assert inspection.loop_log is None


class _NoProbe:
    def arrays(self):
        return {}


def _run(stages, train, *more, hyper=None):
    job = FakeJob(FakeSession(train, *more))
    test = Images(np.zeros((4, 28, 28), dtype=np.uint8), np.arange(4))
    hyper = hyper or {"EPOCHS": 2, "BATCH_SIZE": 64, "LEARNING_RATE": 1e-3}
    return stages.timed_run(job, hyper, BUDGET_S, test, None, np.random.default_rng(0),
                            np.random.default_rng(1)), job


def test_an_epoch_reported_twice_is_forged(stages):
    run, _ = _run(stages, outcome("train", epoch(1), epoch(1)))
    assert run.failure.kind == "forged" and run.failure.stage == "train"


@pytest.mark.parametrize("number", [0, 3, -3, 10**12])
def test_an_epoch_that_was_never_run_is_forged(stages, number):
    """Planned: 2 epochs. 10**12 made the grader build that many evaluations; -3 failed on an
    empty list."""
    run, _ = _run(stages, outcome("train", epoch(1), epoch(number)))
    assert run.failure.kind == "forged" and run.failure.stage == "train"


def test_a_run_out_of_time_in_its_work_scores_the_fresh_model(stages):
    train = outcome("train", status="timeout", phase="work", startup_s=3.0, work_s=9.0)
    run, _ = _run(stages, train)
    assert run.failure is None
    assert (run.fresh_accuracy, run.time_used_s) == (0.0, BUDGET_S)


@pytest.mark.parametrize(("status", "phase", "kind"), [("timeout", "startup", "timeout"),
                                                       ("crashed", "work", "error")])
def test_a_run_without_an_epoch_fails_with_the_students_error(stages, status, phase, kind):
    train = outcome("train", (StageFailed("ValueError: bad", "ValueError"), 0.5),
                    status=status, phase=phase)
    run, _ = _run(stages, train)
    assert (run.failure.stage, run.failure.kind, run.failure.error) == (
        "train", kind, "ValueError: bad")


def test_a_run_that_died_without_an_error_says_how_it_ended(stages):
    run, _ = _run(stages, outcome("train", status="memory", phase="work", output="log"))
    assert run.failure.kind == "error"
    assert run.failure.error.startswith("it used more memory than allowed")


def test_epochs_past_the_budget_do_not_count_and_a_missing_model_fails_the_evaluation(stages):
    train = outcome("train", epoch(1, 4.0), epoch(2, BUDGET_S + 1),
                    (StageFailed("late", "RuntimeError"), 11.0), starved=False)
    evaluate = outcome("evaluate", (Predictions(0, [0, 1, 2, 3]), 0.1), status="timeout",
                       starved=True)
    run, job = _run(stages, train, evaluate)
    assert (run.epochs, run.time_used_s, run.stop_error) == (1, 4.0, "late")
    assert run.evaluated_by == "student"
    assert job.session.requests[1][0].evaluate == (0, 1)
    assert (run.failure.stage, run.failure.kind) == ("evaluate", "timeout")
    assert run.starved and job.starved and run.accuracy is None


def test_the_workers_predictions_are_counted_against_the_labels_here(stages, monkeypatch):
    """The worker gets the images in a random order and its predictions are counted against
    the labels in that order; a fixed order here stands in for the OS entropy."""
    order = np.array([2, 0, 3, 1])

    class Fixed:
        def permutation(self, n):
            return order

    rng = np.random.default_rng(0)   # the grading's own, for the starting weights
    monkeypatch.setattr(np.random, "default_rng", lambda seed=None: Fixed())
    labels = np.array([7, 1, 4, 9])
    evaluate = outcome("evaluate", (Predictions(0, [0, 0, 0, 0]), 0.1),
                       (Predictions(1, [4, 7, 9, 0]), 0.1))
    job = FakeJob(FakeSession(outcome("train", epoch(1)), evaluate))
    test = Images(np.zeros((4, 28, 28), dtype=np.uint8), labels)
    run = stages.timed_run(job, {"EPOCHS": 1}, BUDGET_S, test, None, rng, rng)
    assert run.failure is None
    assert run.epoch_accuracy == [0.0, 0.75] and run.accuracy == 0.75


def test_weights_not_handed_over_fail_the_graders_evaluation(stages):
    variant = {"activations": ("tanh",) * 4, "pools": ("avg", "avg"), "order": spec.IN_ORDER,
               "set": "lenet"}
    verified = Verification(set="lenet", variant=variant)
    job = FakeJob(FakeSession(outcome("train", epoch(1))))
    test = Images(np.zeros((4, 28, 28), dtype=np.uint8), np.arange(4))
    run = stages.timed_run(job, {"EPOCHS": 1}, BUDGET_S, test, verified,
                           np.random.default_rng(0), np.random.default_rng(1))
    assert run.failure.error == "the weights after epoch 1 were not handed over"
    assert run.evaluated_by == "grader"


def test_clamp_keeps_values_in_the_rubrics_bounds(stages, rubric):
    high_epochs = rubric.hyperparameters.epochs[1]
    used, clamped = stages.clamp({"EPOCHS": high_epochs + 3, "BATCH_SIZE": None,
                                  "LEARNING_RATE": rubric.hyperparameters.learning_rate[0]})
    assert used == {"epochs": high_epochs, "batch_size": rubric.hyperparameters.batch_size[0],
                    "learning_rate": rubric.hyperparameters.learning_rate[0]}
    assert [(clamp.name, clamp.value, clamp.used) for clamp in clamped] == [
        ("EPOCHS", high_epochs + 3, high_epochs), ("BATCH_SIZE", None, rubric.hyperparameters.batch_size[0])]


# --- starvation: a stage cut by the wall-clock net ---------------------------------------------

class FakeMeter:
    def __init__(self, *usages: Usage):
        self.usages = list(usages)

    def sample(self) -> Usage:
        return self.usages.pop(0)


def _cut(tmp_path, wall_s, cpu_s, waited_s, grace_s=IDLE_GRACE_S):
    """How the watch ends a start-up of 1 CPU-second after `wall_s` on the wall clock, `cpu_s`
    on a CPU and `waited_s` in the run queue (None: unknown)."""
    times = iter([0.0, wall_s, wall_s])
    limits = StageLimits(startup_s=1.0, work_s=1.0, memory_mib=1e6, output_chars=100,
                         idle_grace_s=grace_s)
    start_wait = None if waited_s is None else 0.0
    meter = FakeMeter(Usage(cpu_s=0.0, wait_s=start_wait), Usage(cpu_s=cpu_s, wait_s=waited_s))
    watched = StageOutcome("inspect")
    watch = _Watch(watched, limits, meter, None, tmp_path, clock=lambda: next(times))
    watch._measure()
    return watched


def test_a_stage_that_waited_for_a_cpu_past_the_net_is_starved(tmp_path):
    wall = wall_net(1.0) + 5
    cut = _cut(tmp_path, wall, cpu_s=0.5, waited_s=wall - 0.5)
    assert (cut.status, cut.starved) == ("timeout", True)


def test_a_stage_that_slept_past_the_net_is_not_starved(tmp_path):
    wall = wall_net(1.0) + 5   # off the CPU, not waiting for one: a GPU wait, never charged
    cut = _cut(tmp_path, wall, cpu_s=0.5, waited_s=1.0, grace_s=None)
    assert (cut.status, cut.starved) == ("timeout", False)


def test_a_stage_cut_where_waits_are_unknown_counts_as_starved(tmp_path):
    cut = _cut(tmp_path, wall_net(1.0) + 5, cpu_s=0.5, waited_s=None)
    assert (cut.status, cut.starved) == ("timeout", True)


def test_a_stage_that_slept_with_the_cpu_limit_charging_it_is_its_own_timeout(tmp_path):
    cut = _cut(tmp_path, 30.0, cpu_s=0.5, waited_s=1.0)   # 30 - 1 - grace > 1 CPU-second
    assert (cut.status, cut.starved) == ("timeout", False)


def test_a_stage_within_its_limits_goes_on(tmp_path):
    cut = _cut(tmp_path, 3.0, cpu_s=0.5, waited_s=2.5)
    assert (cut.status, cut.starved) == ("ok", False)
