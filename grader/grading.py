"""Grading one submission: gate, inspect, timed training, evaluation, then the checks.

The grader process holds the test labels and computes every score; the submission runs only in
the worker stages that sandbox.py starts. Data flows one way: stage outcomes become Facts,
checks turn Facts into findings, feedback words them, and the result collects them.
"""

from __future__ import annotations

import ast
import json
import os
import re
import shutil
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from tqdm import tqdm

from grader import checks, confine, data, feedback, machine, screening
from grader.budget import budget_seconds, cache_dir, reference_seconds
from grader.errors import GraderError, SubmissionRejected
from grader.integrity import Integrity
from grader.results import CheckResult, SubmissionResult
from grader.rubric import KIT_ROOT, Rubric
from grader.sandbox import StageOutcome, run_stage
from grader.worker import SUBMISSION

SEED = 0
FORGED = ("reported twice: something other than the grader's worker wrote to the grader's "
          "report channel")
SAMPLE_SIZE = 256           # training images for the training-loop check
REFERENCE = KIT_ROOT / "solution" / "lenet.py"


@dataclass
class Mnist:
    """MNIST as numpy arrays of bytes, loaded once per grading process. The grading process
    never imports torch on the CPU: only workers do, which keeps the total memory low."""
    train_images: np.ndarray
    train_labels: np.ndarray
    test_images: np.ndarray
    test_labels: np.ndarray
    root: Path | None = None  # the folder it came from, hidden from workers

    @classmethod
    def load(cls, root: Path) -> Mnist:
        return cls(*data.load_split(root, train=True), *data.load_split(root, train=False),
                   root=Path(root))


def constants(path: Path) -> dict[str, float]:
    """The module-level number constants of a trusted file, read without running it (the
    grading process imports neither torch nor the reference solution)."""
    found = {}
    for node in ast.parse(path.read_text()).body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant):
            for target in node.targets:
                if isinstance(target, ast.Name) and isinstance(node.value.value, (int, float)):
                    found[target.id] = float(node.value.value)
    return found


@dataclass
class Attempt:
    """One grading in progress: its confined job folder, what was learned, its deadline."""
    cell: confine.Cell
    facts: checks.Facts
    logs: dict = field(default_factory=dict)
    deadline: float = float("inf")  # time.monotonic() by which the whole grading must end

    @property
    def job(self) -> Path:
        return self.cell.job

    def remaining(self) -> float:
        return self.deadline - time.monotonic()


@dataclass
class Grader:
    """Grades submissions on one machine and device with one rubric and one copy of MNIST.

    Safe to share between threads: each grading has its own Attempt and job folder.
    `secrets` are folders, besides the data and the solution, that workers must not see (a
    batch's submissions and outputs).
    """
    rubric: Rubric
    mnist: Mnist
    device: str = "cpu"
    secrets: list[Path] = field(default_factory=list)
    threads: int = field(default_factory=lambda: len(os.sched_getaffinity(0)))
    progress: bool = False
    workdir: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="lenet5-")))
    _budget_s: float | None = None

    def __post_init__(self):
        """Choose the workers' confinement and write the data every grading shares once;
        jobs get hard links to these files."""
        self.confinement = confine.choose(self.device)
        self.secrets = [*self.secrets, *filter(None, [self.mnist.root]), KIT_ROOT / "solution",
                        KIT_ROOT / "dist", KIT_ROOT / "tests", cache_dir()]
        confine.close_to_others(self.confinement, self.secrets)
        self.integrity = Integrity(whole_environment=self.confinement.kind == "none")
        shared = self.workdir / "shared"
        shared.mkdir(parents=True, exist_ok=True)
        pick = np.random.default_rng(SEED).permutation(len(self.mnist.train_labels))[:SAMPLE_SIZE]
        self.sample_labels = self.mnist.train_labels[pick]
        for name, array in (("train-images", self.mnist.train_images),
                            ("train-labels", self.mnist.train_labels),
                            ("sample-images", self.mnist.train_images[pick]),
                            ("sample-labels", self.sample_labels)):
            np.save(shared / f"{name}.npy", array)

    def close(self) -> None:
        shutil.rmtree(self.workdir, ignore_errors=True)

    # --- the time budget -------------------------------------------------------------------

    def budget(self) -> float:
        """Seconds the timed run may train: calibrated on first use, then cached."""
        if self._budget_s is None:
            facts = machine.describe(self.device, self.threads)
            self._budget_s = budget_seconds(reference_seconds(facts, self._measure_reference),
                                            self.rubric)
            self.integrity.refresh()  # the calibration cache may be new; no submission ran yet
        return self._budget_s

    def _measure_reference(self) -> float:
        """Train the reference solution through the same workers a submission goes through."""
        attempt = Attempt(self._job(REFERENCE, "reference"), self._facts())
        try:
            run = self._train(attempt, self._request(constants(REFERENCE))[0], budget_s=600.0)
        finally:
            self._clear(attempt)
        epochs = run.all("epoch")
        if not epochs:
            raise GraderError(f"the reference solution did not train:\n{run.output}")
        return epochs[-1]["at"] - run.startup_s

    # --- one submission --------------------------------------------------------------------

    def grade(self, path: str | os.PathLike, *, quick: bool = False, name: str | None = None,
              timeout_s: float | None = None) -> SubmissionResult:
        """Grade one file. `timeout_s` caps the whole grading; stages left without time are
        reported as timeouts."""
        path = Path(path)
        started = time.monotonic()
        name = name or path.name
        if not quick:
            self.budget()  # calibrated before any student code runs
        try:
            source = screening.gate(path, self.rubric.limits["submission_bytes"])
        except SubmissionRejected as rejection:
            return self.reject(name, str(rejection))
        attempt = Attempt(self._job(path, name), self._facts(),
                          deadline=started + timeout_s if timeout_s else float("inf"))
        try:
            self._inspect(attempt)
            if not quick and not checks.blocked("accuracy", attempt.facts):
                attempt.facts.timed_run = self._timed_run(attempt)
        finally:
            self._clear(attempt)
        self.integrity.verify(name)
        result = self._result(name, attempt.facts)
        result.grading_s = time.monotonic() - started
        result.logs = attempt.logs
        result.flags = screening.scan(source)
        return result

    def reject(self, name: str, reason: str) -> SubmissionResult:
        """The graded zero of a submission that cannot run at all, with the reason."""
        facts = self._facts()
        facts.rejected = reason
        return self._result(name, facts)

    def _facts(self) -> checks.Facts:
        return checks.Facts(threshold=self.rubric.threshold,
                            fresh_max=self.rubric.limits["fresh_model_max_accuracy"],
                            sample_labels=self.sample_labels.tolist())

    def _job(self, path: Path, name: str) -> confine.Cell:
        safe = re.sub(r"[^\w.-]", "_", name)[:40]
        job = Path(tempfile.mkdtemp(prefix=f"{safe}-", dir=self.workdir))
        shutil.copyfile(path, job / SUBMISSION)
        for shared in (self.workdir / "shared").iterdir():
            _place(shared, job / shared.name)
        return confine.Cell(self.confinement, job, self.secrets)

    @staticmethod
    def _clear(attempt: Attempt) -> None:
        attempt.cell.release()
        shutil.rmtree(attempt.job, ignore_errors=True)

    def _stage(self, attempt: Attempt, stage: str, request: dict, work_s: float,
               on_event=None) -> StageOutcome:
        (attempt.job / "request.json").write_text(json.dumps(request))
        limits = self.rubric.limits
        left = max(0.0, attempt.remaining())
        return run_stage(stage, attempt.cell, startup_s=min(limits["startup_s"], left),
                         work_s=min(work_s, left),
                         memory_mib=limits["memory_mib" if self.device == "cpu"
                                          else "cuda_memory_mib"],
                         # CUDA reserves far more address space than it uses: no cap there.
                         address_space_mib=limits["address_space_mib"]
                         if self.device == "cpu" else None,
                         output_chars=limits["output_chars"], on_event=on_event)

    def _base_request(self) -> dict:
        return {"seed": SEED, "threads": self.threads, "device": self.device}

    def _inspect(self, attempt: Attempt) -> None:
        facts = attempt.facts
        outcome = self._stage(attempt, "inspect", self._base_request(),
                              self.rubric.limits["inspect_s"])
        attempt.logs["inspect"] = outcome.output
        facts.inspect_status = outcome.status
        failed_import = outcome.first("import_error")
        if failed_import:
            facts.import_error = failed_import["error"]
        contract = outcome.first("contract")
        if contract:
            facts.imported = True
            facts.missing = contract["missing"]
            facts.hyperparameters = contract["hyperparameters"]
        for key, event in outcome.unique("fact", "key").items():
            facts.inspected[key] = {name: event[name] for name in ("value", "error")
                                    if name in event} if event else {"error": FORGED}

    def _request(self, hyper: dict) -> tuple[dict, list[dict]]:
        """The training request with the student's constants clamped to the rubric's bounds."""
        request, notes = self._base_request(), []
        for name, key, bounds, cast in (("EPOCHS", "epochs", self.rubric.epochs, int),
                                        ("BATCH_SIZE", "batch_size", self.rubric.batch_size, int),
                                        ("LEARNING_RATE", "learning_rate",
                                         self.rubric.learning_rate, float)):
            value = hyper.get(name)
            low, high = bounds
            used = cast(min(max(value, low), high)) if value is not None else cast(low)
            if value is None or used != value:
                notes.append(checks.cause("clamped", name=name,
                                          value=float("nan") if value is None else value, low=low,
                                          high=high, used=used))
            request[key] = used
        return request, notes

    def _train(self, attempt: Attempt, request: dict, budget_s: float) -> StageOutcome:
        bar = tqdm(unit="batch", desc=f"timed training ({request['epochs']} epochs)",
                   disable=not self.progress, leave=False)

        def on_event(event, outcome):
            if event["event"] == "progress":
                bar.total, bar.n = event["total"], event["done"]
                bar.refresh()

        outcome = self._stage(attempt, "train", request, budget_s, on_event)
        bar.close()
        return outcome

    def _timed_run(self, attempt: Attempt) -> dict:
        budget = self.budget()
        request, notes = self._request(attempt.facts.hyperparameters)
        run = {"budget_s": budget, "device": self.device, "notes": notes,
               "hyperparameters": {key: request[key] for key in
                                   ("epochs", "batch_size", "learning_rate")}}
        train = self._train(attempt, request, budget)
        attempt.logs["train"] = train.output
        reported = train.unique("epoch", "epoch")
        if None in reported.values():
            run["failure"] = checks.cause("train_error", error=FORGED)
            return run
        epochs = [event for event in reported.values()
                  if (attempt.job / f"epoch-{event['epoch']}.pt").exists()]
        error = train.first("stage_error") or train.first("import_error")
        if not epochs:
            if train.phase == "work" and train.status == "timeout":
                run.update(accuracy=None, fresh_accuracy=0.0, time_used_s=budget, epochs=0)
                return run
            code = "train_timeout" if train.status == "timeout" else "train_error"
            text = error["error"] if error else f"the process ended ({train.status}):\n{train.output}"
            run["failure"] = checks.cause(code, error=text)
            return run
        finished = epochs[-1]["epoch"]
        if finished < request["epochs"]:
            notes.append(checks.cause("crashed_after", finished=finished, error=error["error"])
                         if error else checks.cause("budget_cut", finished=finished,
                                                    planned=request["epochs"]))
        run.update(epochs=finished, time_used_s=epochs[-1]["at"] - train.startup_s)
        accuracies = self._evaluate(attempt, list(range(finished + 1)), run)
        if accuracies is None:
            return run
        run.update(fresh_accuracy=accuracies[0], accuracy=accuracies[finished],
                   curve={"step_losses": [loss for event in epochs for loss in event["losses"]],
                          "epoch_accuracy": accuracies})
        return run

    def _evaluate(self, attempt: Attempt, epochs: list[int], run: dict) -> list[float] | None:
        """Accuracy of each saved epoch on the test set, counted here against labels the
        worker never sees; it gets the images in a fresh random order."""
        order = np.random.default_rng().permutation(len(self.mnist.test_labels))  # OS entropy
        np.save(attempt.job / "test-images.npy", self.mnist.test_images[order])
        labels = self.mnist.test_labels[order]
        request = {**self._base_request(), "epochs": epochs}
        outcome = self._stage(attempt, "evaluate", request, self.rubric.limits["evaluate_s"])
        attempt.logs["evaluate"] = outcome.output
        found = {epoch: event["values"] for epoch, event in
                 outcome.unique("predictions", "epoch").items() if event}
        if any(epoch not in found for epoch in epochs):
            error = outcome.first("stage_error") or outcome.first("import_error")
            code = "evaluate_timeout" if outcome.status == "timeout" else "evaluate_error"
            run["failure"] = checks.cause(code, error=error["error"] if error
                                          else f"the process ended ({outcome.status})")
            return None
        accuracies = []
        for epoch in epochs:
            try:  # the worker ran student code: its predictions may be anything
                predictions = np.asarray(found[epoch], dtype=np.int64)
            except (TypeError, ValueError, OverflowError):
                predictions = np.zeros(0, dtype=np.int64)
            hits = predictions == labels if predictions.shape == labels.shape else np.zeros(1)
            accuracies.append(float(hits.mean()))
        return accuracies

    def _result(self, name: str, facts: checks.Facts) -> SubmissionResult:
        results = []
        for rule in self.rubric.checks:
            finding = checks.decide(rule.id, facts)
            results.append(CheckResult(
                id=rule.id, title=rule.title, max_score=rule.points,
                score=rule.points if finding.passed else 0.0, status=finding.status,
                feedback=feedback.word(rule.id, finding), hidden=rule.hidden,
                details=finding.details))
        run = facts.timed_run or {}
        return SubmissionResult(
            submission=name, device=self.device, sandbox=self.confinement.describe(),
            budget_s=run.get("budget_s"), time_used_s=run.get("time_used_s"), checks=results,
            learning_curve=run.get("curve", {}),
            notes=[facts.rejected] if facts.rejected else [])


def _place(source: Path, target: Path) -> None:
    """A hard link where the file system allows it (no copy of the data), else a copy."""
    try:
        os.link(source, target)
    except OSError:
        shutil.copyfile(source, target)
