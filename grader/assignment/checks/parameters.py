"""The parameters check: the model as built has LeNet-5's trainable parameters, layer by layer
(no forward pass needed)."""

from __future__ import annotations

import math

from grader.assignment import spec
from grader.assignment.checks import shapes
from grader.assignment.checks.common import (
    Check,
    Code,
    Finding,
    Words,
    cause,
    observed,
    shape,
    value,
)
from grader.assignment.facts import Facts
from grader.worker.protocol import Construction, Trace

ID = "parameters"
FACT = Construction.key   # each LeNet5(k)'s parameters as built: (name, shape) by k


class Cause(Code):
    TOTAL_PARAMS = "total_params"
    LAYER_PARAMS = "layer_params"
    WEIGHTS_UNLOADABLE = "weights_unloadable"


def built(facts: Facts, k: int = spec.N_CLASSES) -> list:
    """LeNet5(k)'s parameter shapes as built."""
    construction: Construction = value(facts, FACT)
    return [shape for _, shape in construction.of(k) or []]


def _missing_parts(sizes: list, k: int = spec.N_CLASSES) -> list[str]:
    """LeNet-5's tensors (spec.parameter_shapes) that no parameter of these shapes matches,
    each parameter used once; C5's weight may be a Linear's."""
    left = [tuple(size) for size in sizes]
    missing = []
    for part, size in spec.parameter_shapes(k).items():
        for accepted in (size, spec.C5_AS_LINEAR) if part == "C5.weight" else (size,):
            if accepted in left:
                left.remove(accepted)
                break
        else:
            missing.append(part)
    return missing


def _unloadable(facts: Facts) -> list[dict]:
    """The parameters the grader's weights could not be loaded into, by shape."""
    verified = facts.verification
    if verified is None or verified.loaded is not False:
        return []
    return [cause(Cause.WEIGHTS_UNLOADABLE, shapes=verified.shapes)]


def decide(facts: Facts) -> Finding:
    """From the model as built (no forward pass needed); the trace, where it ran, attributes
    the counts to layers for the table."""
    sizes = built(facts)
    total = sum(math.prod(size) for size in sizes)
    trace: Trace | None = observed(facts, Trace.key)
    rows = shapes.rows(trace) if trace else []
    causes = []
    if total != spec.TOTAL_PARAMS:
        causes.append(cause(Cause.TOTAL_PARAMS, total=total))
    wrong = sorted({part.split(".")[0] for part in _missing_parts(sizes)})
    if wrong:
        causes.append(cause(Cause.LAYER_PARAMS, layers=wrong))
    if causes and trace:
        causes += shapes.norms(rows, facts) + shapes.mistakes(trace)
        shapes.mark(rows, causes)
    if not causes:   # the shapes the grader's weights loaded into outweigh the worker's list
        causes += [found for found in shapes.geometry_causes(facts)
                   if found["code"] == shapes.Cause.WRONG_GEOMETRY] + _unloadable(facts)
    return Finding("passed" if not causes else "failed", causes,
                   {"rows": rows, "total": total, "expected": spec.TOTAL_PARAMS})


def _parameter_shapes(shapes: dict | None) -> str:
    if not shapes:
        return "it has no parameters"
    return "it has " + ", ".join(f"{name} {shape(size)}" for name, size in shapes.items())


def lenet_shapes() -> str:
    """LeNet5(n_classes)'s tensors, weight and bias per layer."""
    sizes = {part: shape(size) for part, size in spec.parameter_shapes().items()}
    sizes["C5.weight"] += f" (or {shape(spec.C5_AS_LINEAR)})"
    for part in ("out.weight", "out.bias"):   # the output layer's size is the class count
        sizes[part] = sizes[part].replace(str(spec.N_CLASSES), "n_classes", 1)
    layers = dict.fromkeys(part.split(".")[0] for part in sizes)
    return ", ".join(f"{sizes[layer + '.weight']} and {sizes[layer + '.bias']}"
                     for layer in layers)


MESSAGES: Words = {
    Cause.TOTAL_PARAMS: lambda c: f"Your model has {c['total']:,} trainable parameters; LeNet-5 "
                                  f"has {spec.TOTAL_PARAMS:,}.",
    Cause.LAYER_PARAMS: lambda c: "These layers do not have LeNet-5's parameter shapes: "
                                  + ", ".join(c["layers"]) + ".",
    Cause.WEIGHTS_UNLOADABLE: lambda c: "The grader loads fresh LeNet-5 weights into your model "
                                        "by shape, and your model's parameters cannot take "
                                        "them: " + _parameter_shapes(c["shapes"]) + ". LeNet-5 "
                                        "has exactly 10 tensors: " + lenet_shapes() + ".",
}

CHECK = Check(ID, ("LeNet5",), FACT, decide, MESSAGES,
              lambda d: f"{d['total']:,} trainable parameters, every layer as expected.",
              appendix=shapes.table_of_failures("params_ok"))
