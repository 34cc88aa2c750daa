"""The layers check: tanh after each hidden layer, average pooling in S2 and S4, raw scores out."""

from __future__ import annotations

from grader.assignment import spec
from grader.assignment.checks import shapes
from grader.assignment.checks.common import Check, Code, Finding, Words, cause, value
from grader.assignment.facts import Facts
from grader.worker.protocol import Trace

ID = "layers"
FACT = Trace.key   # the forward pass's layers, as the worker traced them


class Cause(Code):
    MAX_POOL = "max_pool"
    POOL_COUNT = "pool_count"
    WRONG_ACTIVATION = "wrong_activation"
    MISSING_ACTIVATION = "missing_activation"
    OUTPUT_ACTIVATION = "output_activation"
    ACTIVATION_COUNT = "activation_count"
    COMPUTES_VARIANT = "computes_variant"


def decide(facts: Facts) -> Finding:
    trace: Trace = value(facts, FACT)
    layers = trace.layers
    pools = [layer for layer in layers if layer.kind.endswith("pool")]
    weighted = [layer for layer in layers if layer.kind in ("conv", "linear")]
    causes = []
    if any(layer.kind == "maxpool" for layer in pools):
        causes.append(cause(Cause.MAX_POOL))
    elif len(pools) != 2:
        causes.append(cause(Cause.POOL_COUNT, count=len(pools)))
    others = sorted({layer.activation for layer in layers
                     if layer.activation not in (None, "tanh")})
    if others:
        causes.append(cause(Cause.WRONG_ACTIVATION, names=others))
    hidden = weighted[:-1]
    bare = sum(1 for layer in hidden if layer.activation is None)
    if bare:
        causes.append(cause(Cause.MISSING_ACTIVATION, count=bare))
    if weighted and weighted[-1].activation is not None:
        causes.append(cause(Cause.OUTPUT_ACTIVATION, name=weighted[-1].activation))
    if len(hidden) != 4 and not causes:
        causes.append(cause(Cause.ACTIVATION_COUNT, count=len(hidden)))
    causes += _unverified_layers(facts, causes)
    return Finding("passed" if not causes else "failed", causes,
                   {"pools": [layer.kind for layer in pools],
                    "activations": [layer.activation for layer in weighted]})


def _unverified_layers(facts: Facts, found: list[dict]) -> list[dict]:
    """The layers as the grader's LeNet-5 found them computed, where the trace saw nothing
    wrong (the trace words the usual mistakes better; the function cannot be talked around).
    A function it does not recognise is the layers' fault where its values first differ after
    a nonlinearity or pooling, or where no place can be named."""
    verified = facts.verification
    if verified is None or found or not verified.loaded:
        return []
    if verified.variant is not None:
        faults = spec.variant_faults(verified.variant)
        return [cause(Cause.COMPUTES_VARIANT, faults=faults)] if faults else []
    if verified.diverged_at not in spec.WEIGHTED_STAGES:
        return [cause(shapes.Cause.FUNCTION_DIFFERS, at=verified.diverged_at)]
    return []


MESSAGES: Words = {
    Cause.MAX_POOL: lambda c: "Likely mistake: max pooling. LeNet-5 uses average pooling: "
                              "`nn.AvgPool2d(2)` or `F.avg_pool2d(x, 2)`.",
    Cause.POOL_COUNT: lambda c: f"Found {c['count']} pooling layers; LeNet-5 has 2 (S2 and S4).",
    Cause.WRONG_ACTIVATION: lambda c: "Likely mistake: " + ", ".join(c["names"]) + " activation. "
                                      "LeNet-5 uses tanh: `nn.Tanh()` or `torch.tanh(x)`.",
    Cause.MISSING_ACTIVATION: lambda c: f"{c['count']} of the hidden layers (C1, C3, C5, F6) "
                                        "have no activation after them; each needs a tanh.",
    Cause.OUTPUT_ACTIVATION: lambda c: f"The output layer is followed by {c['name']}; return "
                                       "the raw scores (logits) instead.",
    Cause.ACTIVATION_COUNT: lambda c: f"Found {c['count']} hidden weighted layers; LeNet-5 has "
                                      "4 (C1, C3, C5, F6), each followed by tanh.",
    Cause.COMPUTES_VARIANT: lambda c: "With fresh weights the grader chose, your model computes "
                                      "LeNet-5 with " + ", ".join(c["faults"]) + ". LeNet-5 "
                                      "applies tanh right after C1, C3, C5 and F6, before each "
                                      "2x2 average pooling.",
}

CHECK = Check(ID, ("LeNet5",), FACT, decide, MESSAGES,
              lambda d: "tanh after C1, C3, C5 and F6; average pooling in S2 and S4.")
