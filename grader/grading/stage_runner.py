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

import contextlib
import time
from collections.abc import Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, replace

import numpy as np
from tqdm import tqdm

from grader.assignment import spec
from grader.assignment.facts import (
    FORGED,
    Clamp,
    Inspection,
    LoopResult,
    Observation,
    Proof,
    StageFailure,
    TimedRun,
    Verification,
)
from grader.assignment.rubric import Rubric
from grader.grading import evaluation, proof, replay, verification
from grader.grading.proof import CheckpointLog
from grader.grading.verification import Probe
from grader.grading.workspace import SAMPLE_SIZE, Job, StageFolder
from grader.isolation.limits import IDLE_GRACE_S, JOB_DISK_BYTES, JOB_ENTRIES
from grader.isolation.session import CHANNEL_BYTES, CHANNEL_RECORDS, StageLimits, StageOutcome
from grader.worker.protocol import (
    LOOP_BATCH,
    LOOP_EPOCHS,
    Checkpoint,
    Contract,
    Epoch,
    Fact,
    Function,
    ImportFailed,
    Predictions,
    Progress,
    Request,
    StageFailed,
    TrainingLoop,
    init_file,
    weights_file,
)

MODEL_BYTES = 8 << 20   # a whole model the worker saved for its own evaluation

SEED = 0  # every stage seeds torch, numpy and random with it: a file's facts repeat


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
    # MNIST's training images and labels, as the workers get them: the replay's batches.
    train_set: tuple[np.ndarray, np.ndarray] | None = None

    def request(self, stage: str, **fields) -> Request:
        return Request(stage, SEED, self.threads, self.device, **fields)

    def scaled(self, limit_s: float) -> float:
        """A stage limit of the rubric, in CPU-seconds of this machine."""
        return limit_s * self.scale

    def run_with_limits(self, job: Job, request: Request, work_s: float, place=None,
                        on_record=None, *, whole: bool = False,
                        channel: tuple[int, int] = (CHANNEL_BYTES, CHANNEL_RECORDS)
                        ) -> StageOutcome:
        """One stage in a fresh folder of its own, with what `place(folder)` puts there, the
        rubric's limits in CPU seconds and what is left of the grading's own wall-clock cap.
        `whole`: the work limit counts every CPU-second from the stage's start, its
        start-up too (the timed run's budget). `channel`: the bytes and records the stage
        may send."""
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
            whole=whole, idle_grace_s=None if on_gpu else IDLE_GRACE_S,
            channel_bytes=channel[0], channel_records=channel[1]), on_record)
        job.logs[request.stage] = outcome.output
        job.usage[request.stage] = {
            "startup_s": round(outcome.startup_s, 3), "work_s": round(outcome.work_s, 3),
            "wall_s": round(outcome.wall_s, 3), "peak_rss_mib": round(outcome.peak_rss_mib, 1),
            "wait_s": None if outcome.wait_s is None else round(outcome.wait_s, 3)}
        job.starved = job.starved or outcome.starved
        return outcome

    # --- inspect -------------------------------------------------------------------------------

    def inspect(self, job: Job, probe: Probe) -> Inspection:
        """The inspect stage, with this grading's probe of weights and images placed first.
        The training loop's checkpoints come on the channel; they are kept for the grader's
        replay, from the weight set the loop says its model took (the replay starts from the
        grader's own weights of that set, so a wrong word only fails it)."""
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
        inspection.loop_log = _loop_log(probe, inspection, outcome.all(Checkpoint))
        return inspection

    def loop_result(self, probe: Probe, inspection: Inspection, verified: Verification | None,
                    images: np.ndarray, labels: np.ndarray,
                    rng: np.random.Generator) -> LoopResult | None:
        """The training-loop check's sample as the grader counts it: every step of the loop
        replayed from the grader's own weights (proof.py), the loss of those weights and of
        where the loop ended, and that end's accuracy, all with the variant the differential
        test recognised. A model whose function the grader does not know leaves it the
        worker's predictions; no training loop, None."""
        observed = inspection.observed.get(TrainingLoop.key)
        if observed is None or observed.error is not None:
            return None
        loop: TrainingLoop = observed.value
        variant = verified.variant if verified is not None else None
        if variant is None:
            return LoopResult(evaluation.share(loop.predictions, labels), by_grader=False,
                              proof=Proof("unverifiable", problem=proof.UNKNOWN_MODEL))
        log = inspection.loop_log
        end = _epoch_end(log, LOOP_EPOCHS) if log is not None else None
        if log is None or end is None or loop.set != variant["set"]:
            problem = log.problem if log is not None and log.problem else (
                "the training loop did not hand over its weights after every pass")
            return LoopResult(None, proof=Proof("forged", problem=problem))
        batches = proof.served(images, labels, LOOP_BATCH, None)
        fitted = proof.fit(log, _candidates(probe, inspection, variant), batches)
        if fitted is not None and fitted != variant:
            verified.variant = variant = fitted   # what training shows the model computes
        found = proof.verify(log, replay.Network.of(variant), batches, rng, every=True,
                             upto=end)
        after, _ = log.values(end)
        normalized = evaluation.normalize(images)
        before = probe.weights[(spec.N_CLASSES, variant["set"])]
        return LoopResult(evaluation.accuracy(after, normalized, labels, variant),
                          evaluation.mean_loss(before, normalized, labels, variant),
                          evaluation.mean_loss(after, normalized, labels, variant), proof=found)

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
              whole_model: bool = False, log: CheckpointLog | None = None) -> StageOutcome:
        """The training stage alone, with a progress bar, from the weights `start` of set
        `kind` where there are any; the calibration uses it too. `whole_model`: the worker
        saves whole models for its own evaluation. The checkpoints it streams go into `log`
        as they arrive."""
        bar = tqdm(unit="batch", desc=f"timed training ({hyper['epochs']} epochs)",
                   disable=not self.progress, leave=False)

        def on_record(record) -> bool:
            if isinstance(record, Progress):
                bar.total, bar.n = record.total, record.done
                bar.refresh()
            if isinstance(record, Checkpoint) and log is not None:
                log.add(record)
                return True
            return False

        def place(folder: StageFolder) -> None:
            for part, array in (start or {}).items():
                folder.place_array(init_file(part), array)

        every = proof.checkpoint_every(hyper["batch_size"])
        request = self.request("train", **hyper, init=kind if start else "",
                               whole_model=whole_model, parts=spec.PARTS,
                               checkpoint_every=every)
        outcome = self.run_with_limits(job, request, budget_s, place, on_record, whole=True,
                                       channel=_train_channel(request, every))
        bar.close()
        return outcome

    def timed_run(self, job: Job, hyperparameters: dict, budget_s: float, test: TestSet,
                  verified: Verification | None, rng: np.random.Generator,
                  replay_rng: np.random.Generator, *, budget_estimated: bool = False,
                  beside: ThreadPoolExecutor | None = None,
                  fitting: Future | None = None) -> TimedRun:
        """Training within the budget from weights this grading drew (from `rng`, seeded by
        the grading), then the grader's own evaluation of every epoch's weights and the
        replay of segments chosen with `replay_rng` (proof.py); where the model's function
        is unknown to the grader, the worker's evaluation instead, and the run says so.

        `beside` is a thread of the grading's that works while the training runs, on the
        core the training leaves free: the starting weights' accuracy (the grader drew
        them), then the replay. `fitting` is a task already on it whose end may name the
        model's variant anew (the training loop's fit): the variant is read after it."""
        used, clamped = self.clamp(hyperparameters)
        run = TimedRun(budget_s, self.device, budget_estimated, used["epochs"], used, clamped)
        kind = verified.set if verified is not None else None
        known = verified is not None and verified.variant is not None  # a fit never unnames
        start = verification.draw_set(spec.N_CLASSES, kind, rng) if kind else None
        log = CheckpointLog.starting_at(start, _most_checkpoints(used), proof.checkpoint_every(
            used["batch_size"])) if start else None
        with contextlib.ExitStack() as stack:
            if beside is None:
                beside = stack.enter_context(ThreadPoolExecutor(1))
            fresh = beside.submit(_score_start, log, test, verified, fitting) \
                if log is not None and known else None
            try:
                train = self.train(job, used, budget_s, start, kind or "",
                                   whole_model=not known, log=log)
                if fitting is not None:
                    fitting.result()
                variant = verified.variant if verified is not None else None
                self._timed_run(job, run, train, budget_s, variant, test, log, replay_rng,
                                fresh, beside)
            finally:
                if fresh is not None and not fresh.cancel():
                    fresh.exception()   # wait: it reads the log, which closes next
                if log is not None:
                    log.close()
        return run

    def _timed_run(self, job: Job, run: TimedRun, train: StageOutcome, budget_s: float,
                   variant: dict | None, test: TestSet, log: CheckpointLog | None,
                   rng: np.random.Generator, fresh: Future | None,
                   beside: ThreadPoolExecutor) -> None:
        """What the training stage's records and checkpoints make of `run`. The replay runs
        in the thread `beside` while this one evaluates the epochs' weights: after the
        training both cores are free, and neither needs the other's result."""
        run.starved = train.starved
        reported = train.unique(Epoch, "epoch")
        if None in reported.values() or any(   # reported twice, or an epoch never run
                not 1 <= number <= run.planned_epochs for number in reported):
            run.failure = StageFailure("train", "forged", "")
            return
        epochs = [item for item in reported.values() if item.cpu_s <= budget_s]
        error = train.first(StageFailed) or train.first(ImportFailed)
        if not epochs:
            if train.phase == "work" and train.status == "timeout":
                run.fresh_accuracy, run.time_used_s = 0.0, min(train.startup_s + train.work_s,
                                                               budget_s)
                return
            run.failure = StageFailure(
                "train", "timeout" if train.status == "timeout" else "error",
                error.error if error else f"{_ended(train.status)}:\n{train.output}")
            return
        run.epochs = epochs[-1].record.epoch
        if run.epochs < run.planned_epochs and error:
            run.stop_error = error.error
        run.time_used_s = epochs[-1].cpu_s
        run.outside_steps = epochs[-1].record.outside_steps
        if log is not None and variant is not None and fresh is not None:
            handed_over = all(_epoch_end(log, epoch) is not None
                              for epoch in range(1, run.epochs + 1))
            proving = beside.submit(self._prove, log, run, variant, rng) if handed_over else None
            accuracies = self._evaluate_here(log, run, variant, test, fresh)
            if proving is not None:
                run.proof, cpu_s = proving.result()
                job.usage["replay"] = {"cpu_s": cpu_s, "segments": len(run.proof.replayed)}
        else:
            run.evaluated_by = "student"
            run.proof = Proof("unverifiable", problem=proof.UNKNOWN_MODEL)
            accuracies = self._evaluate_in_worker(job, run, test)
        if accuracies is not None:
            run.fresh_accuracy, run.accuracy = accuracies[0], accuracies[run.epochs]
            run.epoch_accuracy = accuracies
            run.step_losses = [loss for item in epochs for loss in item.record.losses]

    def _prove(self, log: CheckpointLog, run: TimedRun, variant: dict,
               rng: np.random.Generator) -> tuple[Proof, float]:
        """The replay of `run`'s chosen segments (proof.py), and the CPU seconds it took."""
        started = time.thread_time()
        proven = proof.verify(log, replay.Network.of(variant),
                              self.batches(run.hyperparameters["batch_size"]), rng,
                              upto=_epoch_end(log, run.epochs))
        return proven, round(time.thread_time() - started, 3)

    def batches(self, batch_size: int) -> proof.Batches:
        """The timed run's batches as the grader's loader served them (worker/runtime.py's
        TensorBatches, with the same seed), for the replay."""
        images, labels = self.train_set
        return proof.served(images, labels, batch_size, SEED)

    def _evaluate_here(self, log: CheckpointLog, run: TimedRun, variant: dict,
                       test: TestSet, fresh: Future) -> list[float] | None:
        """Accuracy of the starting weights (`fresh`, counted while the run trained) and of
        each epoch's, as the checkpoints that ended the epochs carried them, counted by the
        grader's own LeNet-5 (evaluation.py) on test images that no worker sees."""
        accuracies = [fresh.result()]
        for epoch in range(1, run.epochs + 1):
            index = _epoch_end(log, epoch)
            if index is None:
                run.failure = StageFailure(
                    "train", "error", f"the weights after epoch {epoch} were not handed over"
                    + (f" ({log.problem})" if log.problem else ""))
                return None
            weights, _ = log.values(index)
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
            "flood": "it wrote more to the grader's report channel than a training run sends",
            "timeout": "it ran out of time"}.get(status, f"the process ended ({status})")


@dataclass
class TestSet:
    """The test images as the grader holds them: raw for a worker, normalized for its own
    evaluation, and the labels, which never leave this process."""
    raw: np.ndarray
    labels: np.ndarray

    def __post_init__(self):
        self.images = evaluation.normalize(self.raw)


def _score_start(log: CheckpointLog, test: TestSet, verified: Verification,
                 fitting: Future | None) -> float:
    """The starting weights' accuracy, in the variant the training loop's fit left."""
    if fitting is not None:
        fitting.result()
    return evaluation.accuracy(log.values(0)[0], test.images, test.labels, verified.variant)


def _epoch_end(log: CheckpointLog, epoch: int) -> int | None:
    """The index of the checkpoint that ended `epoch` (0: the grader's own start), or None."""
    return next((index for index, mark in enumerate(log.marks)
                 if mark.epoch == epoch and mark.epoch_end), None)


def _most_checkpoints(hyper: dict) -> int:
    """The most checkpoints a timed run with these hyperparameters sends."""
    per_epoch = -(-60_000 // hyper["batch_size"])
    return hyper["epochs"] * (per_epoch // proof.checkpoint_every(hyper["batch_size"]) + 2)


def _train_channel(request: Request, every: int) -> tuple[int, int]:
    """What a training stage may send: its checkpoints (each about 1 MB of LeNet-5's weights
    and two state arrays, 1.4 MB with a third), its progress and epochs, twice over."""
    checkpoints = _most_checkpoints({"epochs": request.epochs,
                                     "batch_size": request.batch_size})
    records = checkpoints + request.epochs * (-(-60_000 // request.batch_size) // 50 + 2) + 10
    losses = request.epochs * -(-60_000 // request.batch_size) * 24   # the Epoch records
    return 2 * (checkpoints * (3 << 19) + losses) + CHANNEL_BYTES, 2 * records + 100


def _candidates(probe: Probe, inspection: Inspection, variant: dict):
    """The variants the loop's training may show the model computes: the one identified, then
    every other that its outputs on the probe match; a model's probabilities with either
    loss (their own cross-entropy, or their logarithm's)."""
    def with_losses(candidate: dict):
        yield candidate
        if candidate["output"] == "probabilities":
            yield {**candidate, "output": "logits"}

    yield from with_losses(variant)
    run = inspection.observed[Function.key].value.of(spec.N_CLASSES)
    kind = variant["set"]
    for other in verification.matches(probe.weights[(spec.N_CLASSES, kind)], probe.images,
                                      run.outputs, spec.padding(kind)):
        if {**other, "set": kind} != variant:
            yield from with_losses({**other, "set": kind})


def _loop_log(probe: Probe, inspection: Inspection, records: list) -> CheckpointLog | None:
    """The training loop's checkpoints, kept from the grader's own weight set that the loop
    says its model took; None where it took none."""
    observed = inspection.observed.get(TrainingLoop.key)
    kind = observed.value.set if observed is not None and observed.error is None else None
    start = probe.weights.get((spec.N_CLASSES, kind)) if kind else None
    if start is None:
        return None
    log = CheckpointLog.starting_at(start, LOOP_EPOCHS + 1, -(-SAMPLE_SIZE // LOOP_BATCH))
    for received in records:
        log.add(received.record)
    return log
