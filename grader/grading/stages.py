"""The grading side of the worker stages: what each stage is asked, and what its records
become. Each function starts one stage (isolation/limits.py) and returns typed facts
(assignment/facts.py); a stage that went wrong is recorded as data, never turned into a cause
here.

- inspect:   the contract and one observation per fact;
- timed run: training within the budget, then the grader's own count of each saved epoch,
             against test labels that never leave this process.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from tqdm import tqdm

from grader.assignment.facts import FORGED, Clamp, Inspection, Observation, StageFailure, TimedRun
from grader.assignment.rubric import Rubric
from grader.data import Mnist
from grader.grading.workspace import Job
from grader.grading.verification import Probe
from grader.isolation.session import StageLimits, StageOutcome
from grader.worker.protocol import (Contract, Epoch, Fact, ImportFailed, Predictions, Progress,
                                    Request, StageFailed, weights_file)

SEED = 0  # every stage seeds torch, numpy and random with it: a file's facts repeat


@dataclass
class Stages:
    """Runs the stages of a grading with the rubric's limits, on one device and thread count."""
    rubric: Rubric
    device: str
    threads: int
    progress: bool = False

    def request(self, stage: str, **fields) -> Request:
        return Request(stage, SEED, self.threads, self.device, **fields)

    def run(self, job: Job, request: Request, work_s: float, on_record=None) -> StageOutcome:
        """One stage, with the rubric's limits in CPU seconds and what is left of the
        grading's own wall-clock cap."""
        limits = self.rubric.limits
        on_gpu = request.stage == "train" and self.device != "cpu"
        outcome = job.session.run(request, StageLimits(
            startup_s=limits["startup_s"], work_s=work_s,
            memory_mib=limits["cuda_memory_mib" if on_gpu else "memory_mib"],
            output_chars=limits["output_chars"], wall_cap_s=max(0.0, job.remaining())),
            on_record)
        job.logs[request.stage] = outcome.output
        job.usage[request.stage] = {
            "startup_s": round(outcome.startup_s, 3), "work_s": round(outcome.work_s, 3),
            "wall_s": round(outcome.wall_s, 3), "peak_rss_mib": round(outcome.peak_rss_mib, 1),
            "wait_s": None if outcome.wait_s is None else round(outcome.wait_s, 3)}
        job.starved = job.starved or outcome.starved
        return outcome

    # --- inspect -------------------------------------------------------------------------------

    def inspect(self, job: Job, probe: Probe) -> Inspection:
        """The inspect stage, with this grading's probe of weights and images placed first."""
        for name, array in probe.arrays().items():
            job.place(name, array)
        outcome = self.run(job, self.request("inspect"), self.rubric.limits["inspect_s"])
        inspection = Inspection(status=outcome.status, starved=outcome.starved)
        failed = outcome.first(ImportFailed)
        if failed:
            inspection.import_error = failed.error
        contract = outcome.first(Contract)
        if contract:
            inspection.imported = True
            inspection.missing = list(contract.missing)
            inspection.hyperparameters = dict(contract.hyperparameters)
        for key, reported in outcome.unique(Fact, "key").items():
            inspection.observed[key] = (Observation(reported.record.value, reported.record.error)
                                        if reported else Observation(error=FORGED))
        return inspection

    # --- the timed run -------------------------------------------------------------------------

    def clamp(self, hyper: dict[str, float | None]) -> tuple[dict, list[Clamp]]:
        """The student's constants within the rubric's bounds, and those that were not."""
        used, clamped = {}, []
        for name, key, bounds, cast in (("EPOCHS", "epochs", self.rubric.epochs, int),
                                        ("BATCH_SIZE", "batch_size", self.rubric.batch_size, int),
                                        ("LEARNING_RATE", "learning_rate",
                                         self.rubric.learning_rate, float)):
            value = hyper.get(name)
            low, high = bounds
            used[key] = cast(min(max(value, low), high)) if value is not None else cast(low)
            if value is None or used[key] != value:
                clamped.append(Clamp(name, value, low, high, used[key]))
        return used, clamped

    def train(self, job: Job, hyper: dict, budget_s: float) -> StageOutcome:
        """The training stage alone, with a progress bar; the calibration uses it too."""
        bar = tqdm(unit="batch", desc=f"timed training ({hyper['epochs']} epochs)",
                   disable=not self.progress, leave=False)

        def on_record(record):
            if isinstance(record, Progress):
                bar.total, bar.n = record.total, record.done
                bar.refresh()

        outcome = self.run(job, self.request("train", **hyper), budget_s, on_record)
        bar.close()
        return outcome

    def timed_run(self, job: Job, hyperparameters: dict, budget_s: float, mnist: Mnist, *,
                  budget_estimated: bool = False) -> TimedRun:
        used, clamped = self.clamp(hyperparameters)
        run = TimedRun(budget_s, self.device, budget_estimated, used["epochs"], used, clamped)
        train = self.train(job, used, budget_s)
        run.starved = train.starved
        reported = train.unique(Epoch, "epoch")
        if None in reported.values():
            run.failure = StageFailure("train", "forged", "")
            return run
        epochs = [item for item in reported.values()   # within the budget, weights saved
                  if item.cpu_s - train.startup_s <= budget_s
                  and (job.folder / weights_file(item.record.epoch)).exists()]
        error = train.first(StageFailed) or train.first(ImportFailed)
        if not epochs:
            if train.phase == "work" and train.status == "timeout":
                run.fresh_accuracy, run.time_used_s = 0.0, min(train.work_s, budget_s)
                return run
            run.failure = StageFailure(
                "train", "timeout" if train.status == "timeout" else "error",
                error.error if error else f"the process ended ({train.status}):\n{train.output}")
            return run
        run.epochs = epochs[-1].record.epoch
        if run.epochs < run.planned_epochs and error:
            run.stop_error = error.error
        run.time_used_s = epochs[-1].cpu_s - train.startup_s
        run.changed_between_steps = epochs[-1].record.changed_between_steps
        accuracies = self.evaluate(job, run, mnist)
        if accuracies is not None:
            run.fresh_accuracy, run.accuracy = accuracies[0], accuracies[run.epochs]
            run.epoch_accuracy = accuracies
            run.step_losses = [loss for item in epochs for loss in item.record.losses]
        return run

    def evaluate(self, job: Job, run: TimedRun, mnist: Mnist) -> list[float] | None:
        """Accuracy of each saved epoch on the test set, counted here against labels the
        worker never sees; it gets the images in a fresh random order."""
        order = np.random.default_rng().permutation(len(mnist.test_labels))  # OS entropy
        job.place("test-images", mnist.test_images[order])
        labels = mnist.test_labels[order]
        wanted = tuple(range(run.epochs + 1))
        outcome = self.run(job, self.request("evaluate", evaluate=wanted),
                           self.rubric.limits["evaluate_s"])
        run.starved = run.starved or outcome.starved
        found = {epoch: reported.record.values for epoch, reported in
                 outcome.unique(Predictions, "epoch").items() if reported}
        if any(epoch not in found for epoch in wanted):
            error = outcome.first(StageFailed) or outcome.first(ImportFailed)
            run.failure = StageFailure(
                "evaluate", "timeout" if outcome.status == "timeout" else "error",
                error.error if error else f"the process ended ({outcome.status})")
            return None
        return [_accuracy(found[epoch], labels) for epoch in wanted]


def _accuracy(values: list, labels: np.ndarray) -> float:
    try:  # the worker ran student code: its predictions may be anything
        predictions = np.asarray(values, dtype=np.int64)
    except (TypeError, ValueError, OverflowError):
        return 0.0
    return float((predictions == labels).mean()) if predictions.shape == labels.shape else 0.0
