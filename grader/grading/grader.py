"""Grading one submission: screen it, inspect it, train it against the clock, check that the
kit is intact, and assemble the result.

The grading process holds the test labels and computes every score; the submission runs only
in the worker stages (worker/stages.py), which stage_runner.py starts. Data flows one way:
stages record typed facts (assignment/facts.py), checks decide from facts, feedback words their
causes, and the result collects them.
"""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np

from grader import kit
from grader.assignment import checks, feedback, provenance
from grader.assignment.checks import architecture, layers, n_classes
from grader.assignment.facts import Facts
from grader.assignment.provenance import Provenance
from grader.assignment.results import CheckResult, SubmissionResult
from grader.assignment.rubric import Rubric
from grader.data import Mnist
from grader.errors import GraderError, SubmissionRejected
from grader.grading import calibration, screening, verification
from grader.grading.integrity import Integrity
from grader.grading.stage_runner import Stages, TestSet
from grader.grading.workspace import Workspace
from grader.isolation import tiers
from grader.worker.protocol import Epoch


@dataclass
class Grader:
    """Grades submissions on one machine and device with one rubric and one copy of MNIST.

    Safe to share between threads: each grading has its own job folder. Made by `open`, which
    prepares the machine; building one from its parts starts nothing and writes nothing.
    """
    rubric: Rubric
    mnist: Mnist
    confinement: tiers.Confinement
    workspace: Workspace
    integrity: Integrity
    stages: Stages
    device: str = "cpu"
    threads: int = 1       # per worker: CPU seconds then do not depend on the machine's load
    # The differential test of the model and the optimizer (verification.py). Off, the checks
    # take the worker's report on its word, as a demonstration of what the test prevents.
    verify: bool = True
    _budget_s: float | None = None
    _reference_s: float | None = None   # the calibration behind the budget and stage limits
    _test: TestSet | None = None

    @classmethod
    def open(cls, rubric: Rubric, mnist: Mnist, *, device: str = "cpu",
             secrets: Iterable[Path] = (), threads: int = 1, progress: bool = False,
             verify: bool = True) -> Grader:
        """A grader ready to grade here; `close` it when done. This probes the confinement
        tiers (a worker started under each, best first, once per process), closes the secrets
        to workers where file permissions are what keeps them out, writes the shared arrays to
        a fresh working folder and starts setting up the kit's integrity watch (in a thread,
        ready before a submission's code runs). `secrets` are folders,
        besides the data and the kit's private ones, that workers must not see (a batch's
        submissions and outputs)."""
        confinement = tiers.choose(device)
        hidden = [*secrets, *filter(None, [mnist.root]), *kit.PRIVATE, calibration.cache_dir()]
        tiers.close_to_others(confinement, hidden)
        workspace = Workspace.create(
            mnist, confinement, hidden, threads=threads,
            # CUDA reserves far more address space than it uses: no cap there.
            address_space_mib=rubric.limits.address_space_mib if device == "cpu" else None)
        stages = Stages(rubric, device, threads, progress,
                        train_set=(mnist.train_images, mnist.train_labels))
        return cls(rubric, mnist, confinement, workspace, Integrity.start_behind(), stages,
                   device=device, threads=threads, verify=verify)

    def close(self) -> None:
        self.workspace.close()
        self.integrity.close()

    def budget(self) -> float:
        """CPU seconds the timed run may train: calibrated on first use, then cached. From
        the reference solution's own training where the kit has it; elsewhere (a student's
        package) estimated from a neutral workload and the ratio the kit shipped."""
        if self._budget_s is None:
            machine = calibration.describe(self.device, self.threads)
            if self.budget_estimated:
                reference = calibration.shipped_ratio() * calibration.measured_seconds(
                    machine, "proxy", self.measure_proxy)
            else:
                reference = calibration.measured_seconds(machine, "reference",
                                                         self.measure_reference)
            self._budget_s = calibration.budget_seconds(reference, self.rubric)
            self._reference_s = reference
            self.stages.scale = calibration.speed_scale(reference, self.rubric)
            self.integrity.refresh()  # the calibration cache may be new; no submission ran yet
        return self._budget_s

    def _known_scale(self) -> float:
        """The stage limits' scale where this machine calibrated before (a quick check does
        not calibrate), else 1."""
        machine = calibration.describe(self.device, self.threads)
        if self.budget_estimated:
            proxy = calibration.cached_seconds(machine, "proxy")
            reference = proxy * calibration.shipped_ratio() if proxy is not None else None
        else:
            reference = calibration.cached_seconds(machine, "reference")
        self._reference_s = reference
        return 1.0 if reference is None else calibration.speed_scale(reference, self.rubric)

    @property
    def budget_estimated(self) -> bool:
        return not kit.SOLUTION.exists()

    def measure_reference(self) -> float:
        """CPU seconds of the reference solution's training, through the same workers a
        submission goes through: a part of an epoch, extrapolated to its epochs."""
        hyper, _ = self.stages.clamp(calibration.constants(kit.SOLUTION))
        per_epoch = -(-len(self.mnist.train_labels) // hyper["batch_size"])
        batches = min(calibration.CALIBRATION_BATCHES, per_epoch)
        with self.workspace.job(kit.SOLUTION, "reference") as job:
            training = self.stages.train(job, {**hyper, "epochs": 1, "batches": batches},
                                         600.0)
        epochs = training.all(Epoch)
        if not epochs:
            raise GraderError(f"the reference solution did not train:\n{training.output}")
        training_s = ((epochs[-1].cpu_s - training.startup_s) / batches * per_epoch
                      * hyper["epochs"])
        return training.startup_s + training_s   # the budget counts the import too

    def measure_proxy(self) -> float:
        """CPU seconds of the neutral workload (worker/proxy.py) in a worker of this grader."""
        with self.workspace.job(None, "proxy") as job:
            workload = self.stages.run_with_limits(job, self.stages.request("proxy"), 600.0,
                                                   whole=True)
        if workload.phase != "done":
            raise GraderError(f"the calibration workload did not run:\n{workload.output}")
        return workload.work_s

    def grade(self, path: str | os.PathLike, *, quick: bool = False, name: str | None = None,
              timeout_s: float | None = None, seed: int | None = None) -> SubmissionResult:
        """Grade one file. `timeout_s` caps the whole grading; stages left without time are
        reported as timeouts. `seed` repeats a recorded grading's randomness (the probe and
        the starting weights); by default each grading draws its own from OS entropy."""
        path, started = Path(path), time.monotonic()
        name = name or path.name
        seed = provenance.new_seed() if seed is None else seed
        try:
            source = screening.gate(path, self.rubric.limits.submission_bytes)
        except SubmissionRejected as rejection:
            return self.reject(name, str(rejection), seed, _sha256(path))
        budget = None if quick else self.budget()  # calibrated before any student code runs
        if quick and self._budget_s is None:
            self.stages.scale = self._known_scale()
        facts = self._facts()
        deadline = started + timeout_s if timeout_s else float("inf")
        with self.workspace.job(path, name, deadline, screened=source) as job:
            job.session.start()      # the worker imports torch while the watch is set up
            self.integrity.ready()   # before the submission's code runs
            probe_rng, start_rng, replay_rng = map(np.random.default_rng,
                                                   np.random.SeedSequence(seed).spawn(3))
            probe = verification.draw(self.mnist.train_images, probe_rng)
            facts.inspection = self.stages.inspect(job, probe)
            try:
                if self.verify:
                    facts.verification = verification.verify(probe, facts.inspection.observed)
                # The training loop's replay needs no worker: a thread of the grading's does
                # it while the timed run trains (the run needs only the weight set, which the
                # replay's fit of the variant keeps).
                with ThreadPoolExecutor(1) as beside:
                    loop = beside.submit(
                        self.stages.loop_result, probe, facts.inspection, facts.verification,
                        self.workspace.sample_images, self.workspace.sample_labels, replay_rng)
                    if budget is not None and checks.can_train(facts):
                        facts.timed_run = self.stages.timed_run(
                            job, facts.inspection.hyperparameters, budget, self.test_set(),
                            facts.verification, start_rng, replay_rng,
                            budget_estimated=self.budget_estimated, beside=beside,
                            fitting=loop)
                    facts.loop = loop.result()
            finally:
                if facts.inspection.loop_log is not None:
                    facts.inspection.loop_log.close()
        self.integrity.verify(name)
        record = GradingRecord(self.provenance(_sha256(path), seed),
                               grading_s=time.monotonic() - started, logs=job.logs,
                               usage=job.usage, load_affected=job.starved,
                               screened=screening.scan(source))
        return with_record(assemble(name, facts, self.rubric, self.device, self.confinement),
                           facts, record)

    def test_set(self) -> TestSet:
        """The test images, normalized once for the grader's own evaluation."""
        if self._test is None:
            self._test = TestSet(self.mnist.test_images, self.mnist.test_labels)
        return self._test

    def reject(self, name: str, reason: str, seed: int | None = None,
               sha256: str | None = None) -> SubmissionResult:
        """The graded zero of a submission that cannot run at all, with the reason."""
        facts = self._facts()
        facts.rejected = reason
        record = GradingRecord(self.provenance(
            sha256, provenance.new_seed() if seed is None else seed))
        return with_record(assemble(name, facts, self.rubric, self.device, self.confinement),
                           facts, record)

    def provenance(self, sha256: str | None, seed: int) -> Provenance:
        """This grader's side of a result's provenance, for the file `sha256` graded with
        `seed`."""
        return Provenance(
            sha256=sha256, seed=seed, **provenance.software(),
            rubric_sha256=self.rubric.digest(), device=self.device,
            tier=self.confinement.tier, reference_s=self._reference_s,
            speed_scale=self.stages.scale, rubric=provenance.canonical(self.rubric))

    def _facts(self) -> Facts:
        return Facts(**rubric_facts(self.rubric),
                     sample_labels=self.workspace.sample_labels.tolist())


def rubric_facts(rubric: Rubric) -> dict:
    """What the checks take from the rubric besides points: set into the facts, by a grading
    and by a rescoring alike."""
    return {"threshold": rubric.threshold,
            "fresh_max": rubric.limits.fresh_model_max_accuracy}


@dataclass(frozen=True)
class GradingRecord:
    """What a grading records besides its facts and checks: where and how it ran (its
    provenance), how long it took, what the student's code printed and used in each stage,
    whether a busy machine starved a stage, and what screening flagged in the source."""
    provenance: Provenance
    grading_s: float = 0.0
    logs: dict[str, str] = field(default_factory=dict)
    usage: dict[str, dict] = field(default_factory=dict)
    load_affected: bool = False
    screened: list[str] = field(default_factory=list)


def with_record(decided: SubmissionResult, facts: Facts,
                record: GradingRecord) -> SubmissionResult:
    """The finished result: the one decided from `facts` (`assemble`: the checks and the
    run's figures) with what the grading recorded and the review flags, which read the
    decided checks. A new result: the decided one is left as it was."""
    return replace(decided, provenance=record.provenance, grading_s=record.grading_s,
                   logs=record.logs, usage=record.usage, load_affected=record.load_affected,
                   flags=record.screened + review_flags(facts, decided))


def _sha256(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


def decide(facts: Facts, rubric: Rubric) -> list[CheckResult]:
    """Every check decided and worded, in the rubric's order: a pure function of the facts,
    which a rescoring repeats under another rubric."""
    results = []
    for rule in rubric.checks:
        finding = checks.decide(rule.id, facts)
        results.append(CheckResult(
            id=rule.id, title=rule.title, max_score=rule.points,
            score=rule.points if finding.passed else 0.0, status=finding.status,
            feedback=feedback.word(rule.id, finding), hidden=rule.hidden,
            details=finding.details))
    return results


def assemble(name: str, facts: Facts, rubric: Rubric, device: str,
             confinement: tiers.Confinement) -> SubmissionResult:
    """Every check decided and worded, with the run's figures and the facts."""
    run = facts.timed_run
    return SubmissionResult(
        submission=name, device=device, sandbox=confinement.describe(), facts=facts,
        budget_s=run.budget_s if run else None, time_used_s=run.time_used_s if run else None,
        checks=decide(facts, rubric), notes=[facts.rejected] if facts.rejected else [],
        learning_curve=learning_curve(facts, rubric))


def learning_curve(facts: Facts, rubric: Rubric) -> dict:
    """The timed run's curve for the plots, with the rubric's bar to draw; empty without one."""
    run = facts.timed_run
    if run is None or not run.epoch_accuracy:
        return {}
    return {"step_losses": run.step_losses, "epoch_accuracy": run.epoch_accuracy,
            "threshold": rubric.threshold}


# Checks that pass on the worker's trace or report where the grader cannot run the model.
ON_THE_WORKERS_WORD = (architecture.ID, layers.ID, n_classes.ID)
TRACE_FLAG = ("the model's function matched no variant of LeNet-5 the grader knows: its "
              "passing layer checks rest on the worker's trace")
STUDENT_EVALUATED_FLAG = ("the accuracy was computed by the student's own code (the grader "
                          "cannot run this model itself)")
UNVERIFIED_FLAG = ("the grader could not replay this training run, so its accuracy was not "
                   "awarded: a person decides")
REPLAY_FLAG = ("a replayed segment of training did not end where the submission's own "
               "checkpoint said: the weights were moved by something other than the "
               "optimizer's steps")
REVIEW_FLAGS = (TRACE_FLAG, STUDENT_EVALUATED_FLAG, UNVERIFIED_FLAG, REPLAY_FLAG)


def review_flags(facts: Facts, result: SubmissionResult) -> list[str]:
    """What a person should look at: points that rest on the student's own code's word, a
    training run the grader could not verify, and one whose replay failed."""
    verified, run = facts.verification, facts.timed_run
    flags = []
    proofs = [proof for proof in (run.proof if run else None,
                                  facts.loop.proof if facts.loop else None) if proof]
    if any(proof.status in ("mismatch", "forged") for proof in proofs):
        flags.append(REPLAY_FLAG)
    if run is not None and run.proof.status == "unverifiable" and run.failure is None:
        flags.append(UNVERIFIED_FLAG)
    if verified is None or verified.variant is not None:
        return flags
    if verified.identity_variant is None and any(   # not even with its BatchNorms at identity
            check.id in ON_THE_WORKERS_WORD and check.status == "passed"
            for check in result.checks):
        flags.append(TRACE_FLAG)
    if run is not None and run.evaluated_by == "student":
        flags.append(STUDENT_EVALUATED_FLAG)
    return flags
