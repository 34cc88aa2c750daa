"""The grader's own LeNet-5 against real torch models (its training steps: test_proof.py).

Each model below is loaded with a probe's weights by the worker's own code and run there; the
grading side must recognise exactly what it computes, and reject what is not LeNet-5.
"""

from __future__ import annotations

import types

import numpy as np
import pytest
import torch
import torch.nn.functional as F
from torch import nn

from grader.assignment import spec
from grader.assignment.facts import Observation
from grader.grading import verification
from grader.worker import inspection, protocol
from grader.worker.protocol import Fact

ACTS = {"tanh": torch.tanh, "relu": torch.relu, "sigmoid": torch.sigmoid, "none": lambda x: x,
        spec.SCALED_TANH: lambda x: 1.7159 * torch.tanh(2 * x / 3)}


def lenet(acts=("tanh",) * 4, pools=("avg", "avg"), order=spec.IN_ORDER, pad=2, c5="conv",
          out="logits", dropout=False, typo=False, fixed=False, norm=False):
    """A LeNet-5 class with the given mistakes (or none)."""

    class Net(nn.Module):
        def __init__(self, n_classes=10):
            super().__init__()
            self.c1 = nn.Conv2d(1, 6, 5, padding=pad)
            self.c3 = nn.Conv2d(6, 16, 5)
            side = 5 if pad == 2 else 4
            self.c5 = (nn.Conv2d(16, 120, 5) if c5 == "conv" and pad == 2
                       else nn.Linear(16 * side * side, 120))
            self.f6 = nn.Linear(120, 84)
            self.out = nn.Linear(84, 120 if typo else 10 if fixed else n_classes)
            self.drop = nn.Dropout(0.5) if dropout else nn.Identity()
            self.bn1 = nn.BatchNorm2d(6) if norm else nn.Identity()
            self.bn3 = nn.BatchNorm2d(16) if norm else nn.Identity()

        def block(self, x, act, pool):
            pool = F.avg_pool2d if pool == "avg" else F.max_pool2d
            return pool(ACTS[act](x), 2) if order == spec.IN_ORDER else ACTS[act](pool(x, 2))

        def forward(self, x):
            x = self.block(self.bn1(self.c1(x)), acts[0], pools[0])
            x = self.block(self.bn3(self.c3(x)), acts[1], pools[1])
            x = self.c5(x if isinstance(self.c5, nn.Conv2d) else x.flatten(1)).flatten(1)
            x = self.drop(ACTS[acts[2]](x))
            x = self.out(ACTS[acts[3]](self.f6(x)))
            return {"logits": x, "log": F.log_softmax(x, 1), "soft": F.softmax(x, 1),
                    "tuple": (x, F.softmax(x, 1)), "dict": {"probs": F.softmax(x, 1),
                                                             "logits": x}}[out]

    return Net


def adam(model):
    return torch.optim.Adam(model.parameters(), lr=1e-3)


@pytest.fixture(scope="module")
def probe():
    from grader.data import Mnist, ensure_mnist

    return verification.draw(Mnist.load(ensure_mnist()).train_images)


def verify(probe, tmp_path, net, make_optimizer=adam):
    """What the grading side concludes from the worker's facts, as they cross the channel."""
    module = types.SimpleNamespace(LeNet5=net, make_optimizer=make_optimizer)
    sample = inspection.Sample(
        None, None, "cpu", 0, tmp_path, torch.from_numpy(probe.images),
        {key: {part: torch.from_numpy(array) for part, array in parts.items()}
         for key, parts in probe.weights.items()})
    observed = {}
    for key in ("function",):
        try:
            found = inspection.FACTS[key](module, sample)
        except Exception as error:  # noqa: BLE001
            observed[key] = Observation(error=str(error))
            continue
        observed[key] = Observation(protocol.decode(Fact(key, found).encode().encode()).value)
    return verification.verify(probe, observed)


def test_draws_differ_every_grading(probe):
    from grader.data import Mnist, ensure_mnist

    again = verification.draw(Mnist.load(ensure_mnist()).train_images)
    first, second = (draw.weights[(10, "lenet")]["C1.weight"] for draw in (probe, again))
    assert not np.array_equal(first, second)
    assert np.abs(first).max() <= 1 / np.sqrt(25)


@pytest.mark.parametrize("net", [lenet(), lenet(c5="linear"), lenet(out="log"),
                                 lenet(out="soft"), lenet(dropout=True), lenet(out="tuple"),
                                 lenet(out="dict")],
                         ids=["modules", "c5-linear", "log-softmax", "softmax", "dropout",
                              "tuple", "dict"])
def test_lenet5_in_any_accepted_form_is_confirmed(probe, tmp_path, net):
    found = verify(probe, tmp_path, net)
    assert found.loaded and found.loaded_k
    assert found.variant is not None and spec.variant_faults(found.variant) == []
    assert found.variant_k is not None


@pytest.mark.parametrize("net, faults", [
    (lenet(acts=("relu",) * 4), ["relu after C1, C3, C5 and F6"]),
    (lenet(acts=("sigmoid",) * 4), ["sigmoid after C1, C3, C5 and F6"]),
    (lenet(acts=("relu", "tanh", "sigmoid", "relu")), ["relu after C1 and F6",
                                                       "sigmoid after C5"]),
    (lenet(pools=("max", "max")), ["max pooling at S2", "max pooling at S4"]),
    (lenet(acts=("tanh", "tanh", "tanh", "none")), ["no nonlinearity after F6"]),
    (lenet(order="pool, activate"), ["the nonlinearity after the pooling instead of before it"]),
    (lenet(acts=(spec.SCALED_TANH,) * 4), [("LeCun's scaled tanh, 1.7159 tanh(2x/3), after "
                                            "C1, C3, C5 and F6 (this LeNet-5 uses plain tanh)")]),
], ids=["relu", "sigmoid", "mixed", "max-pool", "no-tanh-after-F6", "tanh-after-pool",
        "scaled-tanh"])
def test_wrong_variants_are_named(probe, tmp_path, net, faults):
    found = verify(probe, tmp_path, net)
    assert found.variant is not None
    assert spec.variant_faults(found.variant) == faults
    assert found.diverged_at is not None


@pytest.mark.parametrize("net, kind, faults", [
    (lenet(pad=0), "unpadded", ["C1 without padding (16 x 4 x 4 values into C5)"]),
    (lenet(typo=True), "typo", ["an output layer of 120 (the slides' typo)"]),
], ids=["no-padding", "typo"])
def test_the_common_wrong_shapes_are_verified_in_their_own_geometry(probe, tmp_path, net, kind,
                                                                    faults):
    found = verify(probe, tmp_path, net)
    assert found.loaded and found.variant["set"] == kind
    assert spec.shape_faults(found.variant) == faults and spec.variant_faults(found.variant) == []


def test_a_model_with_other_parameters_cannot_take_the_weights(probe, tmp_path):
    class Normalised(lenet()):
        def __init__(self, n_classes=10):
            super().__init__(n_classes)
            self.norm = nn.BatchNorm2d(6)

    found = verify(probe, tmp_path, Normalised)
    assert found.loaded is False and found.variant is None
    assert found.shapes["norm.weight"] == [6]


def test_a_hard_coded_ten_fails_for_k(probe, tmp_path):
    found = verify(probe, tmp_path, lenet(fixed=True))
    assert found.variant is not None and found.loaded_k is False and found.variant_k is None


def test_a_model_computing_something_else_is_located(probe, tmp_path):
    class Scaled(lenet()):
        def forward(self, x):
            return super().forward(x * 2)   # a re-normalised input

    found = verify(probe, tmp_path, Scaled)
    assert found.loaded and found.variant is None
    assert found.diverged_at == "C1"


def test_outputs_no_float_can_hold_match_no_variant(probe):
    """FunctionRun.outputs is whatever the student's model returned: an int of 400 digits made
    np.asarray raise OverflowError in the grading process."""
    weights = probe.weights[(10, "lenet")]
    assert verification.identify(weights, probe.images, [[10**400] * 10] * 2) is None


def test_the_probe_k_avoids_every_lenet_size():
    sizes = {size for kind in ("lenet", "unpadded", "typo")
             for shape in spec.parameter_shapes(kind=kind).values() for size in shape}
    assert {6, 16, 84, 120, 10} <= sizes
    assert spec.PROBE_K not in sizes


FORK_BESIDE_BLAS = """
import subprocess, threading, time
import grader
import numpy as np
from grader.grading import verification
probe = verification.draw(np.random.default_rng(0).integers(0, 255, (64, 28, 28), np.uint8))
stop = time.monotonic() + 8
def multiply():
    while time.monotonic() < stop:
        verification.identify(probe.weights[(10, "lenet")], probe.images, np.zeros((16, 10)))
def fork():
    while time.monotonic() < stop:
        subprocess.run(["true"], preexec_fn=lambda: None)
threads = [threading.Thread(target=multiply), threading.Thread(target=fork)]
[thread.start() for thread in threads]
[thread.join() for thread in threads]
"""


def test_forking_workers_beside_the_numpy_lenet_does_not_hang():
    """`lenet5 grade -j 2`: one grading verifies while another starts its worker. Without one
    BLAS thread (grader/__init__.py) this hung within seconds."""
    import os
    import subprocess
    import sys

    environment = {key: value for key, value in os.environ.items()
                   if key != "OPENBLAS_NUM_THREADS"}
    done = subprocess.run([sys.executable, "-c", FORK_BESIDE_BLAS], env=environment,
                          timeout=60, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr


@pytest.mark.parametrize("acts", [("tanh",) * 4, ("relu",) * 4], ids=["lenet", "relu"])
def test_batch_norms_at_identity_leave_the_rest_compared(probe, tmp_path, acts):
    """BatchNorm after C1 and C3 is no part of LeNet-5's parameters: the grader's weights go
    into the rest and the BatchNorms to identity, and the function says what the rest is;
    the model still counts as not taking the weights, so no timed run starts from it."""
    found = verify(probe, tmp_path, lenet(acts=acts, norm=True))
    assert not found.loaded and found.variant is None and found.identity == 2
    assert found.identity_variant is not None
    assert found.identity_variant["activations"] == acts
    weights = {part: torch.from_numpy(array)
               for part, array in probe.weights[(10, "lenet")].items()}
    assert inspection.load_by_shape(lenet(norm=True)(10), weights) is None
