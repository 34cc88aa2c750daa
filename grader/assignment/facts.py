"""What the grader learned about one submission, as plain typed data.

The grading side fills these from the workers' records (grading/stage_runner.py); the checks decide
from them (checks/). A stage that went wrong is recorded as data (which stage, what happened,
the student's error); only the checks turn that into causes and statuses.

A result stores its facts (`to_dict`), without the arrays the differential test consumed, so
that its checks can be decided again under another rubric (`lenet5 rescore`): the model's
outputs and operator values on the probe are left out, the test's verdict is kept. The worker's
facts are stored in the JSON form of the protocol's records and read back as those records.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from grader.worker.protocol import FACT_RECORDS, Function, Malformed, plain, typed

FORGED = ("reported twice: something other than the grader's worker wrote to the grader's "
          "report channel")


@dataclass
class Observation:
    """One inspection's value (the record of worker/protocol.py its key names), or the error
    the student's code raised while it was taken."""
    value: Any = None
    error: str | None = None


@dataclass
class Inspection:
    """The inspect stage: the import, the contract, and one observation per fact."""
    status: str = "ok"                          # how the stage ended: ok, crashed, timeout, memory
    starved: bool = False                       # it ran out of time waiting for a CPU
    import_error: str | None = None             # the student's traceback at import
    imported: bool = False                      # the import finished
    missing: list[str] = field(default_factory=list)         # contract names not defined
    hyperparameters: dict[str, float | None] = field(default_factory=dict)
    observed: dict[str, Observation] = field(default_factory=dict)   # fact key -> observation
    # The training loop's checkpoints, as they arrived (grading/proof.py's CheckpointLog):
    loop_log: Any = None


@dataclass
class Clamp:
    """A hyperparameter outside the rubric's bounds, and the value the grader used."""
    name: str
    value: float | None     # None: not a number, or not defined
    low: float
    high: float
    used: float


@dataclass
class StageFailure:
    """A stage of the timed run that left nothing to count."""
    stage: str              # "train" or "evaluate"
    kind: str               # "timeout" (it did not start or finish in time), "error", "forged"
    error: str              # the student's error, or what became of the process


@dataclass
class Proof:
    """How the grader verified a training run from the checkpoints it streamed (grading/
    proof.py): replayed segments with the grader's own LeNet-5, batches and update rule."""
    status: str = "none"           # verified, mismatch (a segment ended elsewhere), forged (the
                                   # stream itself did not add up), unverifiable, none (no stream)
    checkpoints: int = 0           # checkpoints received, the grader's own start not counted
    steps: int = 0                 # optimizer steps the stream covers
    replayed: list[int] = field(default_factory=list)   # the segments replayed (1: the first)
    worst: float | None = None     # the largest error of a replayed segment (of TOLERANCE)
    problem: str | None = None     # what did not match, or why nothing could be replayed
    segment: list[int] | None = None   # the optimizer steps the failed segment spans
    optimizer: str | None = None   # the optimizer's class, as the worker named it
    rule: str | None = None        # the update rule replayed: adam, adamw or sgd
    frozen: list[str] = field(default_factory=list)   # parts no parameter group held


@dataclass
class TimedRun:
    """The timed training run and the grader's own evaluation of each saved epoch."""
    budget_s: float
    device: str
    budget_estimated: bool                      # from the shipped calibration, not the reference
    planned_epochs: int
    hyperparameters: dict[str, float]           # epochs, batch_size, learning_rate as used
    clamped: list[Clamp] = field(default_factory=list)
    failure: StageFailure | None = None
    starved: bool = False                       # a stage ran out of time waiting for a CPU
    epochs: int = 0                             # epochs finished within the budget
    stop_error: str | None = None               # the error that ended training early, if any
    time_used_s: float | None = None            # CPU seconds of training, finished epochs
    fresh_accuracy: float | None = None         # the model saved before training
    accuracy: float | None = None               # the last finished epoch; None if none finished
    outside_steps: int = 0                      # the worker's watch: changes outside a step
    evaluated_by: str = "grader"                # "student": the function was not the grader's
    proof: Proof = field(default_factory=Proof)  # the replay of its checkpoints
    step_losses: list[float] = field(default_factory=list)
    epoch_accuracy: list[float] = field(default_factory=list)   # epoch 0 first


@dataclass
class Verification:
    """What the grader's own LeNet-5 and Adam made of the worker's report (grading/
    verification.py); None in a field: that part could not be decided (its fact is missing)."""
    loaded: bool | None = None             # LeNet5(10)'s parameters took the grader's weights
    set: str | None = None                 # which of the grader's weight sets they took
    shapes: dict | None = None             # its parameter shapes, where they did not
    variant: dict | None = None            # what LeNet5(10) computes; None: no variant matched
    diverged_at: str | None = None         # the first stage whose values differ (a diagnosis)
    loaded_k: bool | None = None           # the same for LeNet5(PROBE_K)
    variant_k: dict | None = None
    identity: int | None = None            # BatchNorm layers besides LeNet-5's parameters
    identity_variant: dict | None = None   # what LeNet5(10) computes with them at identity


@dataclass
class LoopResult:
    """The training-loop check's sample after the student's loop, as the grader counts it:
    from the weights handed back, run through the grader's own LeNet-5; where the grader does
    not know the model's function, the worker's predictions and no loss."""
    accuracy: float | None          # of the weights after the loop, on the sample
    loss_before: float | None = None
    loss_after: float | None = None
    by_grader: bool = True
    proof: Proof = field(default_factory=Proof)   # every step of the loop, replayed


@dataclass
class Facts:
    """Everything the grader learned about one submission, from every stage, and the rubric's
    two figures that decide on them."""
    threshold: float                            # accuracy above it passes
    fresh_max: float                            # an untrained model scores at most this
    rejected: str | None = None                 # why the gate refused the file, if it did
    inspection: Inspection = field(default_factory=Inspection)
    timed_run: TimedRun | None = None           # None when skipped (--quick)
    verification: Verification | None = None    # None: the differential test is switched off
    loop: LoopResult | None = None              # None: the training loop did not run
    sample_labels: list[int] = field(default_factory=list)   # of the training-loop sample

    def to_dict(self) -> dict:
        """Everything the checks read, as JSON-ready data. The arrays stay behind: the
        training loop's checkpoints, and the model's outputs and operator values on the probe
        (300 KB), which only the differential test reads; its verdict is stored."""
        observed = {key: _lean(item) for key, item in self.inspection.observed.items()}
        return plain(replace(self, inspection=replace(self.inspection, loop_log=None,
                                                      observed=observed)))

    @classmethod
    def from_dict(cls, data: dict) -> Facts:
        inspection = dict(data["inspection"])
        inspection["observed"] = _observed(inspection["observed"])
        run = data.get("timed_run")
        if run is not None:
            run = TimedRun(**{**run, "clamped": [Clamp(**item) for item in run["clamped"]],
                              "failure": run["failure"] and StageFailure(**run["failure"]),
                              "proof": Proof(**run.get("proof", {}))})
        loop = data.get("loop")
        if loop is not None:
            loop = LoopResult(**{**loop, "proof": Proof(**loop.get("proof", {}))})
        return cls(**{**data, "inspection": Inspection(**inspection), "timed_run": run,
                      "verification": data.get("verification") and Verification(
                          **data["verification"]),
                      "loop": loop})


def _lean(observation: Observation) -> Observation:
    """`observation` without the values only the differential test reads."""
    if not isinstance(observation.value, Function):
        return observation
    runs = {k: replace(run, outputs=None, values=None) for k, run in observation.value.by_k.items()}
    return Observation(Function(runs), observation.error)


def _observed(stored: dict) -> dict[str, Observation]:
    """The stored observations, each value read back as its fact's record. One that is not
    (a result stored before the records were checked) is left out, as a malformed fact from
    a worker is: the checks it feeds report it missing."""
    found = {}
    for key, item in stored.items():
        try:
            value = None if item["value"] is None else typed(FACT_RECORDS[key], item["value"])
        except (KeyError, Malformed):
            continue
        found[key] = Observation(value, item["error"])
    return found
