"""The optimizer check: exactly torch.optim.Adam over all the model's parameters, the one the
training loop steps, and the only thing that moves the weights. Its verdict on how the weights
moved comes from the grader's replay of every step of the training loop and of segments of the
timed run (grading/proof.py); what the worker saw (the optimizer's class, its parameters, the
steps) words the finding."""

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
from grader.assignment.facts import Facts, Proof
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
    NOT_REPLAYED = "not_replayed"   # also the accuracy check's
    NOT_ADAM_RULE = "not_adam_rule"


# Where a replay ran, in the student's words.
RUNS = {"loop": "the training-loop check", "run": "the timed run"}


RULE_NAMES = {"adam": "Adam", "adamw": "AdamW", "sgd": "SGD"}   # the rules the grader replays

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
    proofs = {"loop": facts.loop.proof if facts.loop is not None else None,
              "run": facts.timed_run.proof if facts.timed_run is not None else None}
    loop_proof = proofs["loop"] if proofs["loop"] is not None \
        and proofs["loop"].status == "verified" else None
    replayed = loop_proof is not None
    missing = found.missing or (loop_proof.frozen if loop_proof is not None else [])
    if missing:
        causes.append(cause(Cause.MISSING_PARAMS, names=missing))
    if found.foreign:
        causes.append(cause(Cause.FOREIGN_PARAMS, count=found.foreign))
    if found.duplicates:
        causes.append(cause(Cause.DUPLICATE_PARAMS, count=found.duplicates))
    loop: TrainingLoop | None = observed(facts, training_loop.FACT)
    if loop is not None and loop.optimizer_steps == 0:
        causes.append(cause(Cause.NOT_STEPPED))
    for where, proof in proofs.items():
        if proof is not None and proof.status in ("mismatch", "forged"):
            causes.append(not_replayed(proof, where))
    if loop_proof is not None and loop_proof.rule != "adam" and not causes:
        causes.append(cause(Cause.NOT_ADAM_RULE, rule=loop_proof.rule))
    return Finding("passed" if not causes else "failed", causes,
                   {"class": found.cls, "lr": found.lr,
                    "steps_verified": loop is not None, "replayed": replayed})


def not_replayed(proof: Proof, where: str) -> dict:
    """The cause of a replay that did not end where the worker's checkpoint says."""
    return cause(Cause.NOT_REPLAYED, run=RUNS[where], problem=proof.problem,
                 segment=proof.segment, rule=proof.rule, status=proof.status)


MESSAGES: Words = {
    Cause.NOT_REPLAYED: lambda c: _not_replayed(c),
    Cause.NOT_ADAM_RULE: lambda c: f"Every step of your loop is {RULE_NAMES[c['rule']]}'s, "
                                   "not Adam's. Use `torch.optim.Adam`.",
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
}

def _not_replayed(c: dict) -> str:
    """Words for a replay that ended elsewhere than the worker's checkpoint, or a stream of
    checkpoints that did not add up."""
    if c["status"] == "forged":
        return (f"The grader could not follow {c['run']}: {c['problem']}. The weights it "
                "handed over cannot be scored.")
    rule = RULE_NAMES.get(c["rule"], "the optimizer")
    start, end = c["segment"] or (0, 0)
    return (f"In {c['run']}, the weights at step {end:,} are not what {rule}'s steps on the "
            f"batches the grader's loader served give from step {start:,} ({c['problem']}). "
            "Did your loop change the weights or the gradients "
            "outside `optimizer.step()`, take several steps on one batch, or move the weights "
            "inside a closure? The grader replays your training with its own LeNet-5 and "
            "optimizer: only `optimizer.step()` on the gradient of the given loss may move "
            "the weights.")


def _passed(details: dict) -> str:
    return ("Exactly torch.optim.Adam over all parameters"
            + (", and it is the one that steps." if details["steps_verified"] else ".")
            + (" The grader replayed every step of your training loop with its own LeNet-5 "
               "and Adam, and they ended where your loop did." if details.get("replayed")
               else ""))


CHECK = Check(ID, ("LeNet5", "make_optimizer"), FACT, decide, MESSAGES, _passed)
