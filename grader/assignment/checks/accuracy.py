"""The accuracy check: the timed training run's model scores above the rubric's threshold on
the MNIST test set, counted by the grader."""

from __future__ import annotations

from grader.assignment.checks import optimizer
from grader.assignment.checks.common import (
    Blocked,
    Check,
    Code,
    Finding,
    Words,
    cause,
    literal,
    literal_block,
    percent,
)
from grader.assignment.facts import FORGED, Facts, StageFailure

ID = "accuracy"
FACT = None   # it reads the timed run, not an inspection


class Cause(Code):
    SKIPPED = "skipped"
    PRETRAINED = "pretrained"
    NO_EPOCH = "no_epoch"
    ACCURACY = "accuracy"
    LOW_ACCURACY = "low_accuracy"
    EVALUATED_BY_STUDENT = "evaluated_by_student"
    CLAMPED = "clamped"
    BUDGET_CUT = "budget_cut"
    CRASHED_AFTER = "crashed_after"
    TRAIN_TIMEOUT = "train_timeout"
    TRAIN_ERROR = "train_error"
    EVALUATE_ERROR = "evaluate_error"
    EVALUATE_TIMEOUT = "evaluate_timeout"
    UNVERIFIED = "unverified"
    REPLAYED = "replayed"


# A timed-run stage that left nothing to count (StageFailure's stage and kind), as a cause;
# a forged report reads as the stage's error.
FAILED = {("train", "timeout"): Cause.TRAIN_TIMEOUT, ("train", "error"): Cause.TRAIN_ERROR,
          ("train", "forged"): Cause.TRAIN_ERROR,
          ("evaluate", "timeout"): Cause.EVALUATE_TIMEOUT,
          ("evaluate", "error"): Cause.EVALUATE_ERROR,
          ("evaluate", "forged"): Cause.EVALUATE_ERROR}


def _timed_run_notes(run) -> list[dict]:
    """What the student should know about how their run went, besides its accuracy."""
    notes = [cause(Cause.CLAMPED, name=clamp.name,
                   value=float("nan") if clamp.value is None else clamp.value,
                   low=clamp.low, high=clamp.high, used=clamp.used) for clamp in run.clamped]
    if run.epochs and run.epochs < run.planned_epochs:
        notes.append(cause(Cause.CRASHED_AFTER, finished=run.epochs, error=run.stop_error)
                     if run.stop_error else cause(Cause.BUDGET_CUT, finished=run.epochs,
                                                  planned=run.planned_epochs))
    return notes


def _failed(failure: StageFailure, details: dict) -> Finding:
    error = FORGED if failure.kind == "forged" else failure.error
    status = "timeout" if failure.kind == "timeout" else "error"
    return Finding(status, [cause(FAILED[failure.stage, failure.kind], error=error)], details)


def decide(facts: Facts) -> Finding:
    run = facts.timed_run
    if run is None:
        return Finding("skipped", [cause(Cause.SKIPPED)])
    details = {"budget_s": run.budget_s, "budget_estimated": run.budget_estimated,
               "time_used_s": run.time_used_s, "device": run.device,
               "epochs": run.epochs, "fresh_accuracy": run.fresh_accuracy,
               "accuracy": run.accuracy, "hyperparameters": run.hyperparameters,
               "evaluated_by": run.evaluated_by}
    if run.starved:  # the wall clock ran out before the CPU budget: it says nothing of the code
        return Finding("error", [cause(Blocked.MACHINE_BUSY, stage="timed run")], details)
    if run.failure is not None:
        return _failed(run.failure, details)
    if run.fresh_accuracy > facts.fresh_max:
        return Finding("failed", [cause(Cause.PRETRAINED, accuracy=run.fresh_accuracy)],
                       details)
    proof = run.proof
    details["replayed"] = proof.replayed
    if proof.status in ("mismatch", "forged"):   # the weights are not what training gives
        return Finding("failed", [optimizer.not_replayed(proof, "run")], details)
    if proof.status == "unverifiable":   # flagged for review (grader.review_flags)
        return Finding("failed", [cause(Cause.UNVERIFIED, problem=proof.problem,
                                        optimizer=proof.optimizer, accuracy=run.accuracy)],
                       details)
    causes = _timed_run_notes(run)
    if run.evaluated_by == "student":
        causes.append(cause(Cause.EVALUATED_BY_STUDENT))
    if run.accuracy is None:
        return Finding("timeout", causes + [cause(Cause.NO_EPOCH, budget_s=run.budget_s)],
                       details)
    replayed = [cause(Cause.REPLAYED, segments=len(proof.replayed), steps=proof.steps,
                      rule=proof.rule)] if proof.status == "verified" and proof.replayed else []
    if run.accuracy > facts.threshold:
        return Finding("passed", causes + [cause(Cause.ACCURACY, value=run.accuracy)]
                       + replayed, details)
    return Finding("failed", causes + [cause(Cause.LOW_ACCURACY, value=run.accuracy,
                                              threshold=facts.threshold)] + replayed, details)


MESSAGES: Words = {
    Cause.REPLAYED: lambda c: f"The grader replayed {c['segments']} stretches of your "
                              f"{c['steps']:,} training steps with its own LeNet-5 and "
                              f"{optimizer.RULE_NAMES.get(c['rule'], 'optimizer')}, and each "
                              "ended where your weights did.",
    Cause.UNVERIFIED: lambda c: "The grader could not verify how your weights were trained ("
                                + c["problem"] + (f": {literal(c['optimizer'])}"
                                                  if c.get("optimizer") else "")
                                + "), so it cannot award this check itself"
                                + (f" (your code's accuracy: {percent(c['accuracy'])})"
                                   if c.get("accuracy") is not None else "")
                                + ". A person will review it.",
    Cause.EVALUATED_BY_STUDENT: lambda c: "The grader cannot run your model itself (its "
                                          "function is not a LeNet-5 it knows), so this "
                                          "accuracy was computed by your own code, and a "
                                          "person will review it.",
    Cause.SKIPPED: lambda c: "Skipped (--quick): run without --quick for the timed training "
                             "run.",
    Cause.PRETRAINED: lambda c: "A freshly built LeNet5(10) already scored "
                                f"{percent(c['accuracy'])} before training; models must start "
                                "untrained (no loaded weights).",
    Cause.NO_EPOCH: lambda c: f"Your training used its whole budget of {c['budget_s']:.0f} "
                              "CPU-seconds without finishing an epoch (the budget counts the "
                              "processor time your code used, not a busy machine's waiting). "
                              "Use a larger BATCH_SIZE or a simpler loop (no per-sample Python "
                              "work).",
    Cause.ACCURACY: lambda c: f"Test accuracy {percent(c['value'])} on the 10,000 MNIST test "
                              "images.",
    Cause.LOW_ACCURACY: lambda c: f"Test accuracy {percent(c['value'])} on the 10,000 test "
                                  f"images; more than {percent(c['threshold'])} is needed.",
    Cause.CLAMPED: lambda c: f"{c['name']} = {c['value']:g} is outside [{c['low']:g}, "
                             f"{c['high']:g}]; the grader used {c['used']:g}.",
    Cause.BUDGET_CUT: lambda c: f"The time budget ran out after {c['finished']} of "
                                f"{c['planned']} epochs; epoch {c['finished']} counts.",
    Cause.CRASHED_AFTER: lambda c: f"Training stopped with an error after {c['finished']} "
                                   f"epoch(s); epoch {c['finished']} counts:\n\n{literal_block(c['error'])}",
    Cause.TRAIN_TIMEOUT: lambda c: "Training did not start in time (slow import or model "
                                   "build).",
    Cause.TRAIN_ERROR: lambda c: ("Training failed before finishing an epoch:\n\n"
                                 + literal_block(c['error'])),
    Cause.EVALUATE_ERROR: lambda c: ("Evaluating your trained model failed:\n\n"
                                    + literal_block(c['error'])),
    Cause.EVALUATE_TIMEOUT: lambda c: "Evaluating your trained model ran out of time.",
}


def _timed_run_line(finding: Finding) -> list[str]:
    """How the timed run went, after the causes' words, wherever it took place."""
    details = finding.details
    if details.get("budget_s") is None:
        return []
    hyper = details.get("hyperparameters") or {}
    used = details.get("time_used_s")
    return [f"Timed run on {details.get('device')}: budget {details['budget_s']:.0f} CPU-s, "
            + (f"training took {used:.1f} CPU-s" if used is not None else "no epoch finished")
            + (f", {details['epochs']} epoch(s)" if details.get("epochs") else "")
            + (f" at batch size {hyper['batch_size']}" if hyper.get("batch_size") else "")
            + "." + (" This budget is an estimate for this machine, from your course's "
                     "calibration: the official budget is set on the grading machine."
                     if details.get("budget_estimated") else "")]


CHECK = Check(ID, ("LeNet5", "make_optimizer", "train_one_epoch", "BATCH_SIZE", "EPOCHS",
                   "LEARNING_RATE"), FACT, decide, MESSAGES, appendix=_timed_run_line)
