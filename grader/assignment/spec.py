"""The LeNet-5 the grader expects, layer by layer, for input N x 1 x 28 x 28.

One place states it: the sizes below. The layer table, the parameter shapes and counts, the
stages of the forward pass and the weight sets the grader probes a model with are derived
from them; the checks compare against these, the feedback prints them, and a test proves that
the reference solution traces to exactly this.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

N_CLASSES = 10
IMAGE = 28          # an input is 1 map of IMAGE x IMAGE
KERNEL = 5          # C1's and C3's convolutions are KERNEL x KERNEL, stride 1
POOL = 2            # S2 and S4 average POOL x POOL blocks
C1_PADDING = 2      # keeps C1's maps at IMAGE x IMAGE
C1_MAPS, C3_MAPS = 6, 16
C5_UNITS, F6_UNITS = 120, 84


def sides(padding: int = C1_PADDING) -> tuple[int, int, int, int]:
    """The side of C1's, S2's, C3's and S4's square maps, for C1 padded by `padding`."""
    c1 = IMAGE + 2 * padding - KERNEL + 1
    c3 = c1 // POOL - KERNEL + 1
    return c1, c1 // POOL, c3, c3 // POOL


def padding(kind: str) -> int:
    """C1's padding in the geometry of weight set `kind` (see parameter_shapes)."""
    return 0 if kind == "unpadded" else C1_PADDING


def parameter_shapes(k: int = N_CLASSES, kind: str = "lenet") -> dict[str, tuple[int, ...]]:
    """Every trainable tensor of LeNet5(k), in the forward pass's order: LeNet-5's own
    ("lenet"), or the geometry of one of two common mistakes: C1 without padding, so that C5
    takes fewer values ("unpadded"), and the slides' output layer of C5_UNITS ("typo").
    C5's weight may also be a Linear's (`C5_AS_LINEAR`)."""
    outputs = C5_UNITS if kind == "typo" else k
    s4 = sides(padding(kind))[3]
    c5 = ((C5_UNITS, C3_MAPS * s4 * s4) if kind == "unpadded"
          else (C5_UNITS, C3_MAPS, KERNEL, KERNEL))
    return {"C1.weight": (C1_MAPS, 1, KERNEL, KERNEL), "C1.bias": (C1_MAPS,),
            "C3.weight": (C3_MAPS, C1_MAPS, KERNEL, KERNEL), "C3.bias": (C3_MAPS,),
            "C5.weight": c5, "C5.bias": (C5_UNITS,),
            "F6.weight": (F6_UNITS, C5_UNITS), "F6.bias": (F6_UNITS,),
            "out.weight": (outputs, F6_UNITS), "out.bias": (outputs,)}


def parameter_count(shapes: dict[str, tuple[int, ...]], layer: str | None = None) -> int:
    """The parameters in `shapes`, of one layer or of all."""
    return sum(math.prod(shape) for part, shape in shapes.items()
               if layer is None or part.split(".")[0] == layer)


PARTS = tuple(parameter_shapes())     # the names of LeNet-5's tensors, in the forward order
C5_INPUTS = C3_MAPS * sides()[3] ** 2
C5_AS_LINEAR = (C5_UNITS, C5_INPUTS)
UNPADDED_C1_SIDE = sides(0)[0]
UNPADDED_PARAMS = parameter_count(parameter_shapes(kind="unpadded"))


@dataclass(frozen=True)
class ExpectedLayer:
    name: str
    kinds: tuple[str, ...]              # accepted kinds of layer: "conv", "linear", "avgpool"
    shapes: tuple[tuple[int, ...], ...]  # accepted output shapes, batch dimension left out
    params: int
    activation: str | None              # the nonlinearity that must follow, or None


def _layers() -> tuple[ExpectedLayer, ...]:
    c1, s2, c3, s4 = sides()
    count = parameter_shapes()
    return (
        ExpectedLayer("C1", ("conv",), ((C1_MAPS, c1, c1),), parameter_count(count, "C1"),
                      "tanh"),
        ExpectedLayer("S2", ("avgpool",), ((C1_MAPS, s2, s2),), 0, None),
        ExpectedLayer("C3", ("conv",), ((C3_MAPS, c3, c3),), parameter_count(count, "C3"),
                      "tanh"),
        ExpectedLayer("S4", ("avgpool",), ((C3_MAPS, s4, s4),), 0, None),
        # C5 may be a convolution or, equivalently, a Linear over the flattened maps.
        ExpectedLayer("C5", ("conv", "linear"), ((C5_UNITS, 1, 1), (C5_UNITS,)),
                      parameter_count(count, "C5"), "tanh"),
        ExpectedLayer("F6", ("linear",), ((F6_UNITS,),), parameter_count(count, "F6"), "tanh"),
        ExpectedLayer("out", ("linear",), ((N_CLASSES,),), parameter_count(count, "out"), None),
    )


LAYERS = _layers()
TOTAL_PARAMS = sum(layer.params for layer in LAYERS)


def _stage(layer: ExpectedLayer) -> tuple[str, ...]:
    name = "output" if layer.name == "out" else layer.name
    return (name, f"{layer.activation} after {name}") if layer.activation else (name,)


# Where each of LeNet-5's values comes in its forward pass, in order (the diagnosis of a model
# whose values differ). A wrong value first seen where weights compute is the architecture's
# business; the other stages are nonlinearities and pooling (the layers').
STAGES = tuple(stage for layer in LAYERS for stage in _stage(layer))
WEIGHTED_STAGES = tuple(_stage(layer)[0] for layer in LAYERS if layer.params)

# The differential test's weight sets: LeNet-5's own, and the geometry of the two common
# mistakes (parameter_shapes), so that the rest of such a model is still verified; for
# LeNet5(10) and LeNet5(PROBE_K), a class count that is none of LeNet-5's sizes, so that every
# parameter shape stays distinct.
PROBE_K = 7
PROBE_SETS = {N_CLASSES: ("lenet", "unpadded", "typo"), PROBE_K: ("lenet", "unpadded")}

# The grader's own LeNet-5 (grading/verification.py) also recognises the variants students
# commonly write: per hidden layer tanh, relu, sigmoid or none; avg or max pooling; and the
# nonlinearity before the pooling (LeNet-5's order) or after it. Only the first is LeNet-5.
IN_ORDER = "activate, pool"
SCALED_TANH = "scaled tanh"   # LeCun's 1.7159 tanh(2x/3), the 1998 paper's


def shape_faults(variant: dict) -> list[str]:
    """How the shapes of a matched variant (its weight set) differ from LeNet-5's."""
    side = sides(0)[3]
    return {"unpadded": [f"C1 without padding ({C3_MAPS} x {side} x {side} values into C5)"],
            "typo": [f"an output layer of {C5_UNITS} (the slides' typo)"]
            }.get(variant.get("set"), [])


def variant_faults(variant: dict) -> list[str]:
    """How the layers of a matched variant (its nonlinearities and pooling) differ from
    LeNet-5's, in the words of the feedback."""
    faults = []
    hidden = [layer for layer in LAYERS if layer.activation]
    wrong: dict[str, list[str]] = {}
    for layer, activation in zip(hidden, variant["activations"]):
        if activation != layer.activation:
            wrong.setdefault(activation, []).append(layer.name)
    for activation, names in wrong.items():
        where = ", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else names[0]
        faults.append({"none": f"no nonlinearity after {where}",
                       SCALED_TANH: f"LeCun's scaled tanh, 1.7159 tanh(2x/3), after {where} "
                                    "(this LeNet-5 uses plain tanh)"
                       }.get(activation, f"{activation} after {where}"))
    pools = [layer.name for layer in LAYERS if layer.kinds == ("avgpool",)]
    for name, pool in zip(pools, variant["pools"]):
        if pool != "avg":
            faults.append(f"max pooling at {name}")
    if variant["order"] != IN_ORDER:
        faults.append("the nonlinearity after the pooling instead of before it")
    return faults
