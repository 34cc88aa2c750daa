"""The training-loop check: train_one_epoch is one pass that brings the loss down with the loss
function it is given (or one that computes the same values), and evaluate agrees with the
grader's count."""

from __future__ import annotations

from grader.assignment.checks.common import Check, Code, Finding, Words, cause, literal, value
from grader.assignment.facts import Facts, LoopResult
from grader.worker.protocol import LOOP_EPOCHS, TrainingLoop

ID = "training_loop"
FACT = TrainingLoop.key   # what the student's loop returned and did, pass by pass


class Cause(Code):
    LOSS_FN_UNUSED = "loss_fn_unused"
    LOSS_IMPLAUSIBLE = "loss_implausible"
    LOSS_NOT_NUMBER = "loss_not_number"
    LOSS_NOT_MEAN = "loss_not_mean"
    LOSS_NOT_DOWN = "loss_not_down"
    NOT_ONE_PASS = "not_one_pass"
    WEIGHTS_FROZEN = "weights_frozen"
    LOOP_WEIGHTS_MISSING = "loop_weights_missing"
    LOSS_NOT_DOWN_COUNTED = "loss_not_down_counted"
    ACCURACY_NOT_NUMBER = "accuracy_not_number"
    ACCURACY_PERCENT = "accuracy_percent"
    ACCURACY_DISAGREES = "accuracy_disagrees"


def decide(facts: Facts) -> Finding:
    loop: TrainingLoop = value(facts, FACT)
    causes = []
    returned, seen = loop.returned_losses, loop.seen_losses
    if any(loss is None for loss in seen):
        causes += _own_loss(facts.loop, returned)
    if not all(isinstance(loss, float) for loss in returned):
        causes.append(cause(Cause.LOSS_NOT_NUMBER, got=next(loss for loss in returned
                                                         if not isinstance(loss, float))))
    else:
        if all(isinstance(loss, float) for loss in seen) and any(
                not abs(mine - theirs) <= 1e-2 * max(1.0, abs(theirs))   # NaN: not close
                for mine, theirs in zip(returned, seen)):
            causes.append(cause(Cause.LOSS_NOT_MEAN, returned=returned, seen=seen))
        if not returned[-1] < returned[0]:
            causes.append(cause(Cause.LOSS_NOT_DOWN, returned=returned))
    if any(seen != loop.batches_per_epoch for seen in loop.batches_seen):
        causes.append(cause(Cause.NOT_ONE_PASS, seen=loop.batches_seen,
                            batches=loop.batches_per_epoch))
    if not loop.weights_moved:
        causes.append(cause(Cause.WEIGHTS_FROZEN))
    counted = facts.loop
    if counted is None or counted.accuracy is None:
        causes.append(cause(Cause.LOOP_WEIGHTS_MISSING))
        return Finding("failed", causes, {"returned_losses": returned, "seen_losses": seen,
                                          "epochs": LOOP_EPOCHS})
    if counted.by_grader and not counted.loss_after < counted.loss_before \
            and not any(found["code"] == Cause.LOSS_NOT_DOWN for found in causes):
        causes.append(cause(Cause.LOSS_NOT_DOWN_COUNTED, before=counted.loss_before,
                            after=counted.loss_after))
    claimed, actual, labels = loop.claimed_accuracy, counted.accuracy, facts.sample_labels
    if not isinstance(claimed, float):
        causes.append(cause(Cause.ACCURACY_NOT_NUMBER, got=claimed))
    elif 1.0 < claimed <= 100.0:
        causes.append(cause(Cause.ACCURACY_PERCENT, claimed=claimed, actual=actual))
    elif not abs(claimed - actual) <= 1.0 / max(len(labels), 1) + 1e-6:   # NaN: not close
        causes.append(cause(Cause.ACCURACY_DISAGREES, claimed=claimed, actual=actual))
    return Finding("passed" if not causes else "failed", causes,
                   {"returned_losses": returned, "seen_losses": seen, "epochs": LOOP_EPOCHS,
                    "claimed_accuracy": claimed, "actual_accuracy": actual,
                    "loss_before": counted.loss_before, "loss_after": counted.loss_after,
                    "counted_by_grader": counted.by_grader})


def _own_loss(counted: LoopResult | None, returned: list) -> list[dict]:
    """A loop that never called the `loss_fn` it was handed computed its loss another way
    (`F.cross_entropy`, `F.nll_loss` of log-probabilities: the same values). The grader's own
    loss before and after the loop decides whether it trained, and the losses it returned
    must lie where that loss went; where the grader cannot compute the loss, `loss_fn` must
    be called."""
    if counted is None or not counted.by_grader or counted.loss_before is None \
            or counted.loss_after is None:
        return [cause(Cause.LOSS_FN_UNUSED)]
    low = 0.5 * counted.loss_after - 0.05
    high = 1.5 * counted.loss_before + 0.1
    if all(isinstance(loss, float) and low <= loss <= high for loss in returned):
        return []
    return [cause(Cause.LOSS_IMPLAUSIBLE, returned=returned, before=counted.loss_before,
                  after=counted.loss_after)]


MESSAGES: Words = {
    Cause.LOSS_FN_UNUSED: lambda c: "`train_one_epoch` never called the `loss_fn` it was "
                                    "given, and the grader cannot compute your model's loss "
                                    "itself; compute the loss with `loss_fn`.",
    Cause.LOSS_IMPLAUSIBLE: lambda c: "`train_one_epoch` computed its loss without the "
                                      "`loss_fn` it was given and returned "
                                      + ", ".join(f"{v:.4f}" if isinstance(v, float) else str(v)
                                                  for v in c["returned"])
                                      + f", but the grader's own loss on that sample went from "
                                      f"{c['before']:.4f} to {c['after']:.4f}: return the mean "
                                      "cross-entropy of the batches.",
    Cause.LOSS_NOT_NUMBER: lambda c: f"`train_one_epoch` returned {literal(c['got'])}; it must return "
                                     "the mean loss as a float (use `loss.item()`).",
    Cause.LOSS_NOT_MEAN: lambda c: "`train_one_epoch` returned "
                                   + ", ".join(f"{v:.4f}" for v in c["returned"])
                                   + " over the passes, but the mean of the losses it "
                                   "computed was "
                                   + ", ".join(f"{v:.4f}" for v in c["seen"]) + ".",
    Cause.LOSS_NOT_DOWN: lambda c: f"Over {len(c['returned'])} passes on a fixed sample the "
                                   "loss did not go down: "
                                   + ", ".join(f"{v:.4f}" for v in c["returned"])
                                   + ". Check zero_grad, backward and step.",
    Cause.NOT_ONE_PASS: lambda c: f"`train_one_epoch` took {c['seen']} batches from a loader "
                                  f"of {c['batches']} in its {len(c['seen'])} calls; one call "
                                  "is one pass over the loader, every batch once.",
    Cause.WEIGHTS_FROZEN: lambda c: "The model's weights did not change during training.",
    Cause.LOOP_WEIGHTS_MISSING: lambda c: "The weights after your training loop did not come "
                                          "back to the grader, so it could not count what "
                                          "they predict.",
    Cause.LOSS_NOT_DOWN_COUNTED: lambda c: "The grader computed the loss on the fixed sample "
                                           "with the weights before and after your loop: "
                                           f"{c['before']:.4f} before, {c['after']:.4f} after. "
                                           "It did not go down: check zero_grad, backward and "
                                           "step.",
    Cause.ACCURACY_NOT_NUMBER: lambda c: f"`evaluate` returned {literal(c['got'])}; it must return a "
                                         "float in [0, 1].",
    Cause.ACCURACY_PERCENT: lambda c: f"`evaluate` returned {c['claimed']:.2f}: a percentage. "
                                      f"Return a fraction in [0, 1] (here {c['actual']:.4f}).",
    Cause.ACCURACY_DISAGREES: lambda c: f"`evaluate` returned {c['claimed']:.4f}, but the model "
                                        f"got {c['actual']:.4f} of those images right.",
}


def _passed(details: dict) -> str:
    return (f"The loss went down over {details['epochs']} passes and `evaluate` agrees with the "
            "grader's count"
            + (f" (the grader's own loss: {details['loss_before']:.4f} before, "
               f"{details['loss_after']:.4f} after)." if details.get("counted_by_grader")
               else "."))


CHECK = Check(ID, ("LeNet5", "make_optimizer", "train_one_epoch", "evaluate"), FACT, decide,
              MESSAGES, _passed)
