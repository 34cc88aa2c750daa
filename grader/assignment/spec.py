"""The LeNet-5 the grader expects, layer by layer, for input N x 1 x 28 x 28.

One place states it; the checks compare against it, the feedback prints it, and a test
proves that the reference solution traces to exactly this.
"""

from dataclasses import dataclass

N_CLASSES = 10


@dataclass(frozen=True)
class ExpectedLayer:
    name: str
    kinds: tuple[str, ...]              # accepted kinds of layer: "conv", "linear", "avgpool"
    shapes: tuple[tuple[int, ...], ...]  # accepted output shapes, batch dimension left out
    params: int
    activation: str | None              # the nonlinearity that must follow, or None


LAYERS = (
    ExpectedLayer("C1", ("conv",), ((6, 28, 28),), 156, "tanh"),
    ExpectedLayer("S2", ("avgpool",), ((6, 14, 14),), 0, None),
    ExpectedLayer("C3", ("conv",), ((16, 10, 10),), 2416, "tanh"),
    ExpectedLayer("S4", ("avgpool",), ((16, 5, 5),), 0, None),
    # C5 may be a 5x5 convolution or, equivalently, a Linear 400 -> 120 over the flattened maps.
    ExpectedLayer("C5", ("conv", "linear"), ((120, 1, 1), (120,)), 48120, "tanh"),
    ExpectedLayer("F6", ("linear",), ((84,),), 10164, "tanh"),
    ExpectedLayer("out", ("linear",), ((N_CLASSES,),), 850, None),
)
TOTAL_PARAMS = sum(layer.params for layer in LAYERS)  # 61,706


def parameter_shapes(k: int = N_CLASSES, kind: str = "lenet") -> dict[str, tuple[int, ...]]:
    """Every trainable tensor of LeNet5(k), in the forward pass's order: LeNet-5's own
    ("lenet"), or the geometry of one of two common mistakes: C1 without padding, so that C5
    takes 16 x 4 x 4 = 256 values ("unpadded"), and the slides' output layer of 120 ("typo").
    C5's weight may also be a Linear's 120 x 400 (`C5_AS_LINEAR`)."""
    outputs = 120 if kind == "typo" else k
    return {"C1.weight": (6, 1, 5, 5), "C1.bias": (6,), "C3.weight": (16, 6, 5, 5),
            "C3.bias": (16,), "C5.weight": (120, 256) if kind == "unpadded" else (120, 16, 5, 5),
            "C5.bias": (120,), "F6.weight": (84, 120), "F6.bias": (84,),
            "out.weight": (outputs, 84), "out.bias": (outputs,)}


C5_AS_LINEAR = (120, 400)

# The grader's own LeNet-5 (grading/verification.py) also recognises the variants students
# commonly write: per hidden layer tanh, relu, sigmoid or none; avg or max pooling; and the
# nonlinearity before the pooling (LeNet-5's order) or after it. Only the first is LeNet-5.
IN_ORDER = "activate, pool"


def shape_faults(variant: dict) -> list[str]:
    """How the shapes of a matched variant (its weight set) differ from LeNet-5's."""
    return {"unpadded": ["C1 without padding (16 x 4 x 4 values into C5)"],
            "typo": ["an output layer of 120 (the slides' typo)"]}.get(variant.get("set"), [])


def variant_faults(variant: dict) -> list[str]:
    """How the layers of a matched variant (its nonlinearities and pooling) differ from
    LeNet-5's, in the words of the feedback."""
    faults = []
    names = ("C1", "C3", "C5", "F6")
    for name, activation in zip(names, variant["activations"]):
        if activation != "tanh":
            faults.append(f"{activation} after {name}" if activation != "none"
                          else f"no nonlinearity after {name}")
    for name, pool in zip(("S2", "S4"), variant["pools"]):
        if pool != "avg":
            faults.append(f"max pooling at {name}")
    if variant["order"] != IN_ORDER:
        faults.append("the nonlinearity after the pooling instead of before it")
    return faults
