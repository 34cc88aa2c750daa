"""The grading side of the worker stages: what each stage is asked, and what its records
become. Each function starts one stage (isolation/limits.py) and returns typed facts
(assignment/facts.py); a stage that went wrong is recorded as data, never turned into a cause
here.

- inspect:   the contract, one observation per fact, and the weights the worker handed back;
- timed run: training within the budget from weights this grading drew, then the grader's own
             evaluation of each epoch's weights, against test images and labels that never
             leave this process.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass, replace

import numpy as np
from tqdm import tqdm

from grader.assignment import spec
from grader.assignment.facts import (
    FORGED,
    Clamp,
    Inspection,
    Observation,
    StageFailure,
    TimedRun,
    Verification,
)
from grader.assignment.rubric import Rubric
from grader.grading import evaluation, verification
from grader.grading.verification import Probe
from grader.grading.workspace import Job, StageFolder
from grader.isolation.limits import IDLE_GRACE_S, JOB_DISK_BYTES, JOB_ENTRIES
from grader.isolation.session import StageLimits, StageOutcome
from grader.worker.protocol import (
    PART_BYTES,
    REPLAY,
    Contract,
    Epoch,
    Fact,
    ImportFailed,
    Predictions,
    Progress,
    Request,
    StageFailed,
    epoch_file,
    init_file,
    loop_file,
    weights_file,
)

MODEL_BYTES = 8 << 20   # a whole model the worker saved for its own evaluation

SEED = 0  # every stage seeds torch, numpy and random with it: a file's facts repeat
REPLAY_BYTES = 16 << 20    # a record of two steps of LeNet-5's parameters is about 1.5 MB


@dataclass
class Stages:
    """Runs the stages of a grading with the rubric's limits, on one device and thread count.
    `scale` stretches every stage limit for a machine slower than the one they were set on
    (calibration.speed_scale)."""
    rubric: Rubric
    device: str
    threads: int
    progress: bool = False
    scale: float = 1.0

    def request(self, stage: str, **fields) -> Request:
        return Request(stage, SEED, self.threads, self.device, **fields)

    def scaled(self, limit_s: float) -> float:
        """A stage limit of the rubric, in CPU-seconds of this machine."""
        return limit_s * self.scale

    def run_with_limits(self, job: Job, request: Request, work_s: float, place=None,
                        on_record=None, *, whole: bool = False) -> StageOutcome:
        """One stage in a fresh folder of its own, with what `place(folder)` puts there, the
        rubric's limits in CPU seconds and what is left of the grading's own wall-clock cap.
        `whole`: the work limit counts every CPU-second from the stage's start, its
        start-up too (the timed run's budget)."""
        limits = self.rubric.limits
        on_gpu = request.stage == "train" and self.device != "cpu"
        folder = job.open_stage(request.stage)
        if place is not None:
            place(folder)
        request = replace(request, data=str(job.data_folder()))
        outcome = job.session.run_stage(folder, request, StageLimits(
            startup_s=self.scaled(limits.startup_s), work_s=work_s,
            memory_mib=limits.cuda_memory_mib if on_gpu else limits.memory_mib,
            output_chars=limits.output_chars, wall_cap_s=max(0.0, job.remaining()),
            whole=whole, idle_grace_s=None if on_gpu else IDLE_GRACE_S), on_record)
        job.logs[request.stage] = outcome.output
        job.usage[request.stage] = {
            "startup_s": round(outcome.startup_s, 3), "work_s": round(outcome.work_s, 3),
            "wall_s": round(outcome.wall_s, 3), "peak_rss_mib": round(outcome.peak_rss_mib, 1),
            "wait_s": None if outcome.wait_s is None else round(outcome.wait_s, 3)}
        job.starved = job.starved or outcome.starved
        return outcome

    # --- inspect -------------------------------------------------------------------------------

    def inspect(self, job: Job, probe: Probe) -> Inspection:
        """The inspect stage, with this grading's probe of weights and images placed first;
        the files it hands back (the optimizer's two steps, the weights after the training
        loop) are read before the next stage's folder replaces its own."""
        def place(folder: StageFolder) -> None:
            for name, array in probe.arrays().items():
                folder.place_array(name, array)

        request = self.request("inspect", parts=spec.PARTS,
                               probe_sets=tuple(spec.PROBE_SETS.items()))
        outcome = self.run_with_limits(job, request, self.scaled(self.rubric.limits.inspect_s),
                                       place)
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
        inspection.replay = job.stage.read_arrays(REPLAY, REPLAY_BYTES)
        inspection.loop_weights = _parts(job.stage, loop_file)
        return inspection

    # --- the timed run -------------------------------------------------------------------------

    def clamp(self, hyper: Mapping[str, float | None]) -> tuple[dict, list[Clamp]]:
        """The student's constants within the rubric's bounds, and those that were not."""
        used, clamped = {}, []
        bounds_of = self.rubric.hyperparameters
        for name, key, bounds, cast in (("EPOCHS", "epochs", bounds_of.epochs, int),
                                        ("BATCH_SIZE", "batch_size", bounds_of.batch_size, int),
                                        ("LEARNING_RATE", "learning_rate",
                                         bounds_of.learning_rate, float)):
            value = hyper.get(name)
            low, high = bounds
            used[key] = cast(min(max(value, low), high)) if value is not None else cast(low)
            if value is None or used[key] != value:
                clamped.append(Clamp(name, value, low, high, used[key]))
        return used, clamped

    def train(self, job: Job, hyper: dict, budget_s: float,
              start: dict[str, np.ndarray] | None = None, kind: str = "",
              whole_model: bool = False) -> StageOutcome:
        """The training stage alone, with a progress bar, from the weights `start` of set
        `kind` where there are any; the calibration uses it too. `whole_model`: the worker
        saves whole models for its own evaluation."""
        bar = tqdm(unit="batch", desc=f"timed training ({hyper['epochs']} epochs)",
                   disable=not self.progress, leave=False)

        def on_record(record):
            if isinstance(record, Progress):
                bar.total, bar.n = record.total, record.done
                bar.refresh()

        def place(folder: StageFolder) -> None:
            for part, array in (start or {}).items():
                folder.place_array(init_file(part), array)

        request = self.request("train", **hyper, init=kind if start else "",
                               whole_model=whole_model, parts=spec.PARTS)
        outcome = self.run_with_limits(job, request, budget_s, place, on_record, whole=True)
        bar.close()
        return outcome

    def timed_run(self, job: Job, hyperparameters: dict, budget_s: float, test: TestSet,
                  verified: Verification | None, rng: np.random.Generator, *,
                  budget_estimated: bool = False) -> TimedRun:
        """Training within the budget from weights this grading drew (from `rng`, seeded by
        the grading), then the grader's own evaluation of every epoch's weights; where the
        model's function is unknown to the grader, the worker's evaluation instead, and the
        run says so."""
        used, clamped = self.clamp(hyperparameters)
        run = TimedRun(budget_s, self.device, budget_estimated, used["epochs"], used, clamped)
        kind = verified.set if verified is not None else None
        variant = verified.variant if verified is not None else None
        start = verification.draw_set(spec.N_CLASSES, kind, rng) if kind else None
        train = self.train(job, used, budget_s, start, kind or "", whole_model=variant is None)
        run.starved = train.starved
        reported = train.unique(Epoch, "epoch")
        if None in reported.values() or any(   # reported twice, or an epoch never run
                not 1 <= number <= run.planned_epochs for number in reported):
            run.failure = StageFailure("train", "forged", "")
            return run
        epochs = [item for item in reported.values() if item.cpu_s <= budget_s]
        error = train.first(StageFailed) or train.first(ImportFailed)
        if not epochs:
            if train.phase == "work" and train.status == "timeout":
                run.fresh_accuracy, run.time_used_s = 0.0, min(train.startup_s + train.work_s,
                                                               budget_s)
                return run
            run.failure = StageFailure(
                "train", "timeout" if train.status == "timeout" else "error",
                error.error if error else f"{_ended(train.status)}:\n{train.output}")
            return run
        run.epochs = epochs[-1].record.epoch
        if run.epochs < run.planned_epochs and error:
            run.stop_error = error.error
        run.time_used_s = epochs[-1].cpu_s
        run.outside_steps = epochs[-1].record.outside_steps
        if start is not None and variant is not None:
            accuracies = self._evaluate_here(job, run, start, variant, test)
        else:
            run.evaluated_by = "student"
            accuracies = self._evaluate_in_worker(job, run, test)
        if accuracies is not None:
            run.fresh_accuracy, run.accuracy = accuracies[0], accuracies[run.epochs]
            run.epoch_accuracy = accuracies
            run.step_losses = [loss for item in epochs for loss in item.record.losses]
        return run

    def _evaluate_here(self, job: Job, run: TimedRun, start: dict, variant: dict,
                       test: TestSet) -> list[float] | None:
        """Accuracy of the starting weights and of each epoch's, counted by the grader's own
        LeNet-5 (evaluation.py) on test images that no worker sees."""
        accuracies = []
        for epoch in range(run.epochs + 1):
            weights = start if epoch == 0 else evaluation.conform(
                _parts(job.stage, functools.partial(epoch_file, epoch)), variant["set"])
            if weights is None:
                run.failure = StageFailure("train", "error", f"the weights after epoch {epoch} "
                                           "were not handed over whole")
                return None
            accuracies.append(evaluation.accuracy(weights, test.images, test.labels, variant))
        return accuracies

    def _evaluate_in_worker(self, job: Job, run: TimedRun, test: TestSet) -> list[float] | None:
        """Accuracy of each saved model as the student's own code predicts it, counted here
        against labels the worker never sees; it gets the images in a fresh random order.
        Only for a model whose function the grader cannot run."""
        order = np.random.default_rng().permutation(len(test.labels))  # OS entropy
        saved = {epoch: job.stage.read(weights_file(epoch), MODEL_BYTES)
                 for epoch in range(run.epochs + 1)}

        def place(folder: StageFolder) -> None:
            folder.place_array("test-images", test.raw[order])
            for epoch, data in saved.items():
                if data is not None:
                    folder.place(weights_file(epoch), data)

        labels = test.labels[order]
        wanted = tuple(range(run.epochs + 1))
        outcome = self.run_with_limits(job, self.request("evaluate", evaluate=wanted),
                                       self.scaled(self.rubric.limits.evaluate_s), place)
        run.starved = run.starved or outcome.starved
        found = {epoch: reported.record.values for epoch, reported in
                 outcome.unique(Predictions, "epoch").items() if reported}
        if any(epoch not in found for epoch in wanted):
            error = outcome.first(StageFailed) or outcome.first(ImportFailed)
            run.failure = StageFailure(
                "evaluate", "timeout" if outcome.status == "timeout" else "error",
                error.error if error else _ended(outcome.status))
            return None
        return [evaluation.share(found[epoch], labels) for epoch in wanted]


def _ended(status: str) -> str:
    """How a stage that left no error of the student's ended, in words."""
    return {"disk": f"it wrote more than {JOB_DISK_BYTES >> 20} MiB or {JOB_ENTRIES:,} files "
                    "to its folder",
            "memory": "it used more memory than allowed",
            "timeout": "it ran out of time"}.get(status, f"the process ended ({status})")


@dataclass
class TestSet:
    """The test images as the grader holds them: raw for a worker, normalized for its own
    evaluation, and the labels, which never leave this process."""
    raw: np.ndarray
    labels: np.ndarray

    def __post_init__(self):
        self.images = evaluation.normalize(self.raw)


def _parts(folder: StageFolder, name_of) -> dict[str, np.ndarray] | None:
    """A weight set handed back part by part, or None if any part is missing or not numbers."""
    parts = {part: folder.read_array(name_of(part), PART_BYTES) for part in spec.PARTS}
    return None if any(array is None for array in parts.values()) else parts
