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
    AFTER_POOLING = "after_pooling"
    OUTPUT_ACTIVATION = "output_activation"
    COMPUTES_VARIANT = "computes_variant"


def decide(facts: Facts) -> Finding:
    """From the trace: the kind of pooling, each nonlinearity and where it comes. How many
    layers there are is the architecture check's business."""
    trace: Trace = value(facts, FACT)
    weighted = [layer for layer in trace.layers if layer.kind in ("conv", "linear")]
    causes = trace_causes(trace)
    causes += _unverified_layers(facts, causes)
    return Finding("passed" if not causes else "failed", causes,
                   {"pools": [layer.kind for layer in trace.layers if layer.kind.endswith("pool")],
                    "activations": [layer.activation for layer in weighted]})


def trace_causes(trace: Trace) -> list[dict]:
    """The nonlinearities and pooling the trace saw that LeNet-5 does not have. Where there
    are any, a function that differs from LeNet-5's is theirs (architecture leaves it)."""
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
    late = _after_pooling(layers)
    if late:
        extra = all(layers[index - 1].activation is not None for index, layer
                    in enumerate(layers) if index and _pool_name(layers, index) in late)
        causes.append(cause(Cause.AFTER_POOLING, names=sorted(set(late.values())),
                            at=list(late), extra=extra))
    hidden = [index for index, layer in enumerate(layers) if layer.kind in ("conv", "linear")]
    bare = sum(1 for index in hidden[:-1] if layers[index].activation is None
               and _pool_name(layers, index + 1) not in late)
    if bare:
        causes.append(cause(Cause.MISSING_ACTIVATION, count=bare))
    if weighted and weighted[-1].activation is not None:
        causes.append(cause(Cause.OUTPUT_ACTIVATION, name=weighted[-1].activation))
    return causes


LENET5 = {"activations": tuple(layer.activation for layer in spec.LAYERS if layer.activation),
          "pools": ("avg", "avg"), "order": spec.IN_ORDER}


def _pool_name(layers: list, index: int) -> str | None:
    """The name a pooling layer has in the feedback (S2, S4, then by number), or None for a
    layer that is no pooling."""
    if index >= len(layers) or not layers[index].kind.endswith("pool"):
        return None
    number = sum(1 for layer in layers[:index] if layer.kind.endswith("pool"))
    names = [layer.name for layer in spec.LAYERS if layer.kinds == ("avgpool",)]
    return names[number] if number < len(names) else f"pooling {number + 1}"


def _after_pooling(layers: list) -> dict[str, str]:
    """The nonlinearity the trace saw applied to a pooling's output, by the pooling's name."""
    return {_pool_name(layers, index) or "": layer.activation
            for index, layer in enumerate(layers)
            if layer.kind.endswith("pool") and layer.activation is not None}


def _unverified_layers(facts: Facts, found: list[dict]) -> list[dict]:
    """The layers as the grader's LeNet-5 found them computed, where the trace saw nothing
    wrong (the trace words the usual mistakes better; the function cannot be talked around).
    A function it does not recognise is the layers' fault where its values first differ after
    a nonlinearity or pooling, or where no place can be named."""
    verified = facts.verification
    if verified is None or found:
        return []
    if not verified.loaded:   # perhaps loaded with its BatchNorms at identity
        faults = spec.variant_faults(verified.identity_variant or LENET5)
        return [cause(Cause.COMPUTES_VARIANT, faults=faults)] if faults else []
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
    Cause.AFTER_POOLING: lambda c: (f"An extra {' and '.join(c['names'])} comes after the "
                                    f"pooling in {' and '.join(c['at'])}: LeNet-5 has tanh "
                                    "before the pooling and nothing after it."
                                    if c.get("extra") else
                                    f"{' and '.join(c['names'])} comes after the pooling in "
                                    f"{' and '.join(c['at'])}: LeNet-5 applies tanh before "
                                    "it (convolution, tanh, then average pooling)."),
    Cause.OUTPUT_ACTIVATION: lambda c: f"The output layer is followed by {c['name']}; return "
                                       "the raw scores (logits) instead.",
    Cause.COMPUTES_VARIANT: lambda c: "With fresh weights the grader chose, your model computes "
                                      "LeNet-5 with " + ", ".join(c["faults"]) + ". LeNet-5 "
                                      "applies tanh right after C1, C3, C5 and F6, before each "
                                      "2x2 average pooling.",
}

CHECK = Check(ID, ("LeNet5",), FACT, decide, MESSAGES,
              lambda d: "tanh after C1, C3, C5 and F6; average pooling in S2 and S4.")
