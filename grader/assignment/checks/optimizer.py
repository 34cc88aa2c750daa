"""The optimizer check: exactly torch.optim.Adam over all the model's parameters, the one the
training loop steps, and the only thing that moves the weights."""

from __future__ import annotations

from grader.assignment.checks import training_loop
from grader.assignment.checks.common import (
    Check,
    Code,
    Finding,
    Words,
    cause,
    literal,
    observed,
    value,
)
from grader.assignment.facts import Facts
from grader.worker.protocol import Optimizer, TrainingLoop

ID = "optimizer"
FACT = Optimizer.key   # what make_optimizer returned: its class and the parameters it holds


class Cause(Code):
    NOT_OPTIMIZER = "not_optimizer"
    ADAMW = "adamw"
    SGD = "sgd"
    OTHER_OPTIMIZER = "other_optimizer"
    MISSING_PARAMS = "missing_params"
    FOREIGN_PARAMS = "foreign_params"
    DUPLICATE_PARAMS = "duplicate_params"
    NOT_STEPPED = "not_stepped"
    MOVED_OUTSIDE_STEPS = "moved_outside_steps"   # also the accuracy check's
    NOT_ADAM_UPDATE = "not_adam_update"


# The usual wrong optimizers, by class name; any other is OTHER_OPTIMIZER.
LIKELY = {"AdamW": Cause.ADAMW, "SGD": Cause.SGD}


def decide(facts: Facts) -> Finding:
    found: Optimizer = value(facts, FACT)
    causes = []
    if not found.is_optimizer:
        causes.append(cause(Cause.NOT_OPTIMIZER, cls=found.cls))
    elif not found.exactly_adam:
        name = found.cls.rsplit(".", 1)[-1]
        causes.append(cause(LIKELY.get(name, Cause.OTHER_OPTIMIZER), cls=found.cls))
    if found.missing:
        causes.append(cause(Cause.MISSING_PARAMS, names=found.missing))
    if found.foreign:
        causes.append(cause(Cause.FOREIGN_PARAMS, count=found.foreign))
    if found.duplicates:
        causes.append(cause(Cause.DUPLICATE_PARAMS, count=found.duplicates))
    loop: TrainingLoop | None = observed(facts, training_loop.FACT)
    if loop is not None and loop.optimizer_steps == 0:
        causes.append(cause(Cause.NOT_STEPPED))
    outside = (loop.outside_steps if loop is not None else 0) + (
        facts.timed_run.outside_steps if facts.timed_run is not None else 0)
    if outside:
        causes.append(cause(Cause.MOVED_OUTSIDE_STEPS, count=outside))
    verified = facts.verification
    if verified is not None and not verified.adam_replayed and not causes:
        causes.append(cause(Cause.NOT_ADAM_UPDATE, problem=verified.replay_problem
                            or "the optimizer's steps could not be replayed"))
    return Finding("passed" if not causes else "failed", causes,
                   {"class": found.cls, "lr": found.lr,
                    "steps_verified": loop is not None,
                    "replayed": facts.verification is not None})


MESSAGES: Words = {
    Cause.NOT_ADAM_UPDATE: lambda c: "The optimizer's steps are not Adam's: with gradients the "
                                     f"grader chose, {c['problem']}. Use `torch.optim.Adam`.",
    Cause.NOT_OPTIMIZER: lambda c: f"`make_optimizer` returned {literal(c['cls'])}, not a torch "
                                   "optimizer.",
    Cause.ADAMW: lambda c: "Likely mistake: AdamW. The exercise asks for `torch.optim.Adam` "
                           "(AdamW is a different algorithm, with decoupled weight decay).",
    Cause.SGD: lambda c: "Likely mistake: SGD. The exercise asks for `torch.optim.Adam`.",
    Cause.OTHER_OPTIMIZER: lambda c: f"`make_optimizer` returned {literal(c['cls'])}; the exercise asks "
                                     "for exactly `torch.optim.Adam`.",
    Cause.MISSING_PARAMS: lambda c: "The optimizer does not hold these parameters, so they "
                                    "never learn: " + ", ".join(map(literal, c["names"][:6]))
                                    + (" ..." if len(c["names"]) > 6 else "")
                                    + ". Pass `model.parameters()`.",
    Cause.FOREIGN_PARAMS: lambda c: f"The optimizer holds {c['count']} tensors that are not the "
                                    "model's parameters: build it from the model it is given.",
    Cause.DUPLICATE_PARAMS: lambda c: f"The optimizer lists {c['count']} parameters twice.",
    Cause.NOT_STEPPED: lambda c: "The optimizer passed to `train_one_epoch` never stepped: use "
                                 "the `optimizer` argument instead of creating a new one.",
    Cause.MOVED_OUTSIDE_STEPS: lambda c: f"The model's parameters changed {c['count']:,} "
                                         "time(s) other than by the optimizer's `step()` "
                                         "(assigned, copied, loaded or updated by hand). The "
                                         "contract lets a loop do anything to gradients and "
                                         "learning rates, but only the given optimizer may "
                                         "move the weights.",
}


def _passed(details: dict) -> str:
    return ("Exactly torch.optim.Adam over all parameters"
            + (", and it is the one that steps." if details["steps_verified"] else ".")
            + (" Two steps with the grader's gradients moved the weights exactly as Adam does."
               if details.get("replayed") else ""))


CHECK = Check(ID, ("LeNet5", "make_optimizer"), FACT, decide, MESSAGES, _passed)
