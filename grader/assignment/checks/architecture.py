"""The architecture check: every layer's output shape, and the output's, are LeNet-5's."""

from __future__ import annotations

from grader.assignment import spec
from grader.assignment.checks import shapes
from grader.assignment.checks.common import Check, Code, Finding, Words, cause, shape, value
from grader.assignment.facts import Facts
from grader.worker.protocol import Trace

ID = "architecture"
FACT = Trace.key   # the forward pass's layers, as the worker traced them


class Cause(Code):
    OUTPUT_SHAPE = "output_shape"
    LAYER_COUNT = "layer_count"
    LAYER_SHAPES = "layer_shapes"


def decide(facts: Facts) -> Finding:
    trace: Trace = value(facts, FACT)
    rows = shapes.rows(trace)
    output_ok = trace.output_shape == [2, spec.N_CLASSES]
    causes = []
    if not output_ok:
        causes.append(cause(Cause.OUTPUT_SHAPE, shape=trace.output_shape))
    if len(trace.layers) != len(spec.LAYERS):
        causes.append(cause(Cause.LAYER_COUNT, count=len(trace.layers)))
    wrong = [row["name"] for row in rows if not row["shape_ok"]]
    if wrong:
        causes.append(cause(Cause.LAYER_SHAPES, layers=wrong))
    causes += shapes.mistakes(trace)
    causes += [found for found in shapes.geometry_causes(facts)
               if not causes or found["code"] == shapes.Cause.FUNCTION_DIFFERS]
    verified = facts.verification
    return Finding("passed" if not causes else "failed", causes,
                   {"rows": rows, "verified": verified is not None
                    and verified.variant is not None})


MESSAGES: Words = {
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
