"""The architecture check: every layer's output shape, and the output's, are LeNet-5's."""

from __future__ import annotations

from grader.assignment import spec
from grader.assignment.checks import layers, shapes
from grader.assignment.checks.common import Check, Code, Finding, Words, cause, shape, value
from grader.assignment.facts import Facts
from grader.worker.protocol import Trace

ID = "architecture"
FACT = Trace.key   # the forward pass's layers, as the worker traced them


class Cause(Code):
    OUTPUT_SHAPE = "output_shape"
    OUTPUT_CONTAINER = "output_container"
    LAYER_COUNT = "layer_count"
    LAYER_SHAPES = "layer_shapes"
    EXTRA_LAYERS = "extra_layers"
    KERNEL = "kernel"


def decide(facts: Facts) -> Finding:
    """The output's form and shape, the layers the trace saw against LeNet-5's table, and the
    grader's own LeNet-5 against the model's geometry. Every other check grades the logits
    that an output carries, so its form costs this check's points only."""
    trace: Trace = value(facts, FACT)
    rows = shapes.rows(trace)
    causes = []
    if trace.container:
        causes.append(cause(Cause.OUTPUT_CONTAINER, container=trace.container,
                            shape=trace.output_shape))
    if trace.output_shape != [2, spec.N_CLASSES]:
        causes.append(cause(Cause.OUTPUT_SHAPE, shape=trace.output_shape))
    extras = shapes.extra_layers(rows)
    if extras:
        causes.append(cause(Cause.EXTRA_LAYERS, layers=extras))
    elif len(trace.layers) != len(spec.LAYERS):
        causes.append(cause(Cause.LAYER_COUNT, count=len(trace.layers)))
    wrong = [row["name"] for row in rows if not row["shape_ok"]]
    if wrong and not extras:
        causes.append(cause(Cause.LAYER_SHAPES, layers=wrong))
    kernels = shapes.kernels(rows)
    if kernels:
        causes.append(cause(Cause.KERNEL, kernels=kernels))
    causes += shapes.norms(rows, facts) + shapes.mistakes(trace)
    # A function that differs where the trace shows a nonlinearity or pooling of the wrong
    # kind or place differs for that reason: the layers check names it.
    causes += [found for found in shapes.geometry_causes(facts)
               if found["code"] == shapes.Cause.FUNCTION_DIFFERS
               and not layers.trace_causes(trace) or not causes
               and found["code"] != shapes.Cause.FUNCTION_DIFFERS]
    shapes.mark(rows, causes)
    verified = facts.verification
    return Finding("passed" if not causes else "failed", causes,
                   {"rows": rows, "verified": verified is not None
                    and verified.variant is not None})


MESSAGES: Words = {
    Cause.OUTPUT_CONTAINER: lambda c: f"`forward` returned {c['container']} instead of one "
                                      "tensor. Every other check graded the "
                                      f"{shape(c['shape'])} tensor it carries as your logits. Return the logits alone (the loss and `evaluate` "
                                      "compute anything else from them).",
    Cause.EXTRA_LAYERS: lambda c: "Your forward pass runs layers that LeNet-5 does not have: "
                                  + "; ".join(c["layers"]) + ". Remove them.",
    Cause.KERNEL: lambda c: "; ".join(f"{name} is a {'x'.join(map(str, kernel))} convolution"
                                      for name, kernel in c["kernels"].items())
                            + f": LeNet-5's convolutions are {spec.KERNEL}x{spec.KERNEL} (C1 "
                            f"with padding={spec.C1_PADDING}).",
    Cause.OUTPUT_SHAPE: lambda c: f"`forward` on a batch of 2 images returned "
                                  f"{shape(c['shape'])}; expected 2 x {spec.N_CLASSES} (one "
                                  "score per class).",
    Cause.LAYER_COUNT: lambda c: f"The forward pass ran {c['count']} convolution, linear and "
                                 f"pooling layers; LeNet-5 has {len(spec.LAYERS)} (C1 S2 C3 S4 "
                                 "C5 F6 out).",
    Cause.LAYER_SHAPES: lambda c: "These layers do not produce the expected shape: "
                                  + ", ".join(c["layers"]) + " (see the table).",
}


def _passed(details: dict) -> str:
    return (f"Every layer has the expected output shape; the output is N x {spec.N_CLASSES}."
            + (" With random weights the grader chose, your model computes exactly its own "
               "LeNet-5's outputs." if details.get("verified") else ""))


CHECK = Check(ID, ("LeNet5",), FACT, decide, MESSAGES, _passed,
              appendix=shapes.table_of_failures("shape_ok"))
