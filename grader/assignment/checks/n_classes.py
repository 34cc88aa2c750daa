"""The n_classes check: LeNet5(k) is LeNet-5 for k classes, not for a hard-coded ten."""

from __future__ import annotations

from collections import Counter

from grader.assignment import spec
from grader.assignment.checks import parameters
from grader.assignment.checks.common import (
    Check,
    Code,
    Finding,
    Words,
    cause,
    literal_block,
    observed,
    shape,
)
from grader.assignment.checks.shapes import OUTPUT_LAYER
from grader.assignment.facts import Facts
from grader.worker.protocol import CLASS_COUNTS, ClassCounts

ID = "n_classes"
FACT = ClassCounts.key   # LeNet5(k)'s output shape by k, or the error it raised
FALLBACK = parameters.FACT   # where its forward pass never ended: the model as built


class Cause(Code):
    K_PARAMETERS = "k_parameters"
    RAISED_FOR_K = "raised_for_k"
    HARD_CODED = "hard_coded"
    WRONG_K = "wrong_k"
    K_UNVERIFIED = "k_unverified"


def _honours_k(ten: list, other: list, k: int) -> bool:
    """Whether LeNet5(k)'s parameters are LeNet5(10)'s but for one output layer, whose
    weight and bias have k rows instead of 10."""
    built_ten = Counter(tuple(shape) for shape in ten)
    built_k = Counter(tuple(shape) for shape in other)
    gone, new = sorted(built_ten - built_k), sorted(built_k - built_ten)
    return len(gone) == len(new) == 2 and sorted(shape[1:] for shape in gone) == sorted(
        shape[1:] for shape in new) and all(shape[0] == spec.N_CLASSES for shape in gone) \
        and all(shape[0] == k for shape in new)


def decide(facts: Facts) -> Finding:
    """From LeNet5(k)'s output shapes where its forward pass ran; else from its parameters as
    built, which must be LeNet-5's for k classes."""
    shapes: ClassCounts | None = observed(facts, FACT)
    causes = []
    for k in CLASS_COUNTS:
        if shapes is None:
            if not _honours_k(parameters.built(facts), parameters.built(facts, k), k):
                causes.append(cause(Cause.K_PARAMETERS, k=k))
            continue
        got = shapes.of(k)
        if isinstance(got, str):
            causes.append(cause(Cause.RAISED_FOR_K, k=k, error=got))
        elif got != [2, k]:
            code = Cause.HARD_CODED if got and got[-1] == spec.N_CLASSES else Cause.WRONG_K
            causes.append(cause(code, k=k, shape=got))
    verified = facts.verification
    if verified is not None and not causes and verified.variant is not None \
            and verified.variant_k is None:   # LeNet-5 for 10 classes, not for k
        causes.append(cause(Cause.K_UNVERIFIED, k=spec.PROBE_K,
                            loaded=bool(verified.loaded_k)))
    return Finding("passed" if not causes else "failed", causes,
                   {"shapes": shapes.by_k if shapes is not None else None})


MESSAGES: Words = {
    Cause.K_UNVERIFIED: lambda c: (f"With the grader's weights for {c['k']} classes, "
                                   f"`LeNet5({c['k']})` does not compute LeNet-5."
                                   if c.get("loaded") else
                                   f"`LeNet5({c['k']})` cannot take LeNet-5's weights for "
                                   f"{c['k']} classes: its output layer must be "
                                   f"{OUTPUT_LAYER}."),
    Cause.K_PARAMETERS: lambda c: f"`LeNet5({c['k']})` has the parameters of `LeNet5(10)` but "
                                  f"for an output layer of {c['k']} classes: use `n_classes` in "
                                  "the output layer.",
    Cause.RAISED_FOR_K: lambda c: f"`LeNet5({c['k']})` failed:\n\n{literal_block(c['error'])}",
    Cause.HARD_CODED: lambda c: f"`LeNet5({c['k']})` still gives {shape(c['shape'])}: the "
                                "number of classes looks hard-coded. Use `n_classes` in the "
                                "output layer.",
    Cause.WRONG_K: lambda c: f"`LeNet5({c['k']})` gives {shape(c['shape'])}; expected "
                             f"2 x {c['k']}.",
}

CHECK = Check(ID, ("LeNet5",), FACT, decide, MESSAGES,
              lambda d: "LeNet5(k) gives N x k outputs.", fallback=FALLBACK)
