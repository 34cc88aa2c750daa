"""The grader's own LeNet-5 and Adam, in numpy: what the student's model and optimizer must
compute with weights and gradients only this grading knows.

A worker runs the student's code, so everything it reports could be rewritten by that code
(the layer trace, the optimizer's class). What it cannot fake without implementing LeNet-5 is
the function: the grader draws fresh weights from OS entropy, the worker loads them into the
student's LeNet5(k) by shape and reports their outputs on probe images, and the forward pass
below, written from the handout's table, says what they must be. How the student's loop and
optimizer move the weights is verified by replaying its steps (proof.py).

The forward pass is tried in the variants students commonly write (another nonlinearity or
none after a layer, max pooling, the nonlinearity after the pooling), so that a wrong model is
told precisely what it computes, and its right parts (the wiring and shapes) still count.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from grader.assignment import spec
from grader.assignment.facts import Verification
from grader.worker.protocol import (
    PIXEL_MEAN,
    PIXEL_STD,
    PROBE_IMAGES,
    Function,
    OperatorValues,
    probe_file,
)

PROBE_COUNT = 16    # probe images per grading
# float32 in the worker against float64 here: differences are around 1e-6
RTOL, ATOL = 1e-3, 1e-4
ACTIVATIONS: dict[str, Callable[[np.ndarray], np.ndarray]] = {"tanh": np.tanh, "relu": lambda x: np.maximum(x, 0.0),
               "sigmoid": lambda x: 1.0 / (1.0 + np.exp(-x)), "none": lambda x: x,
               spec.SCALED_TANH: lambda x: 1.7159 * np.tanh(x * (2.0 / 3.0))}
# Tried layer by layer; LeCun's scaled tanh only after every hidden layer at once (as the
# paper has it), which keeps the search as short as it was.
PER_LAYER = ("tanh", "relu", "sigmoid", "none")
POOLS = ("avg", "max")


@dataclass
class Probe:
    """What one grading draws: the weight sets for LeNet5(10) and LeNet5(PROBE_K) (spec's
    PROBE_SETS) and probe images."""
    weights: dict[tuple[int, str], dict[str, np.ndarray]]
    images: np.ndarray

    def arrays(self) -> dict[str, np.ndarray]:
        """Everything the inspect worker needs, by the names in worker/protocol.py."""
        found = {PROBE_IMAGES: self.images}
        for (k, kind), parts in self.weights.items():
            found.update({probe_file(k, kind, part): array for part, array in parts.items()})
        return found


def draw_set(k: int, kind: str, rng: np.random.Generator | None = None
             ) -> dict[str, np.ndarray]:
    """Fresh weights of set `kind` for LeNet5(k), scaled like PyTorch's default
    initialisation (uniform within 1/sqrt(fan in)), from OS entropy: the probe's, and the
    timed run's starting point."""
    rng = rng or np.random.default_rng()   # no seed: OS entropy
    shapes, weights = spec.parameter_shapes(k, kind), {}
    for part in spec.PARTS:
        fan_in = int(np.prod(shapes[part.replace("bias", "weight")][1:]))
        bound = 1.0 / np.sqrt(fan_in)
        weights[part] = rng.uniform(-bound, bound, shapes[part]).astype(np.float32)
    return weights


def draw(train_images: np.ndarray, rng: np.random.Generator | None = None) -> Probe:
    """Fresh weight sets and random training images normalized like the training batches;
    from OS entropy."""
    rng = rng or np.random.default_rng()   # no seed: OS entropy
    weights = {(k, kind): draw_set(k, kind, rng) for k, kinds in spec.PROBE_SETS.items()
               for kind in kinds}
    chosen = rng.choice(len(train_images), PROBE_COUNT, replace=False)
    images = ((train_images[chosen].astype(np.float32) / 255.0 - PIXEL_MEAN) / PIXEL_STD)[:, None]
    return Probe(weights, np.ascontiguousarray(images))


# --- LeNet-5 forward ---------------------------------------------------------------------------

def _conv(x: np.ndarray, weight: np.ndarray, bias: np.ndarray, pad: int) -> np.ndarray:
    """A stride-1 convolution as one matrix product over the input's 5x5 windows."""
    x = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    windows = np.lib.stride_tricks.sliding_window_view(x, weight.shape[2:], axis=(2, 3))
    n, c, h, w, kh, kw = windows.shape
    columns = windows.transpose(0, 2, 3, 1, 4, 5).reshape(n * h * w, c * kh * kw)
    out = columns @ weight.reshape(len(weight), -1).T + bias
    return out.reshape(n, h, w, -1).transpose(0, 3, 1, 2)


def _pool(x: np.ndarray, kind: str) -> np.ndarray:
    n, c, h, w = x.shape
    blocks = x.reshape(n, c, h // 2, 2, w // 2, 2)
    return blocks.mean(axis=(3, 5)) if kind == "avg" else blocks.max(axis=(3, 5))


def _block(x, activation: str, pool: str, order: str) -> np.ndarray:
    act = ACTIVATIONS[activation]
    return _pool(act(x), pool) if order == spec.IN_ORDER else act(_pool(x, pool))


def variants(weights: dict[str, np.ndarray], images: np.ndarray, pad: int = 2):
    """(variant, logits) for every variant, the canonical LeNet-5 first. The work of common
    prefixes is shared, orders that cannot differ are skipped (max pooling commutes with
    every nonlinearity here, and no nonlinearity with nothing), and the last two layers'
    nonlinearities are taken all at once."""
    w = {part: array.astype(np.float64) for part, array in weights.items()}
    x = images.astype(np.float64)
    c1 = _conv(x, w["C1.weight"], w["C1.bias"], pad=pad)
    names = list(PER_LAYER)
    for order, a1, p2 in itertools.product((spec.IN_ORDER, "pool, activate"), names, POOLS):
        if order != spec.IN_ORDER and (p2 == "max" or a1 == "none"):
            continue
        c3 = _conv(_block(c1, a1, p2, order), w["C3.weight"], w["C3.bias"], pad=0)
        for a3, p4 in itertools.product(names, POOLS):
            if order != spec.IN_ORDER and (p4 == "max" or a3 == "none") and (
                    p2 == "max" or a1 == "none"):
                continue
            flat = _block(c3, a3, p4, order).reshape(len(x), -1)
            c5 = flat @ w["C5.weight"].reshape(len(w["C5.bias"]), -1).T + w["C5.bias"]
            f6 = np.stack([ACTIVATIONS[a5](c5) for a5 in names]) @ w["F6.weight"].T \
                + w["F6.bias"]
            logits = np.stack([ACTIVATIONS[a6](f6) for a6 in names], axis=1) \
                @ w["out.weight"].T + w["out.bias"]          # [a5, a6, image, class]
            for (i5, a5), (i6, a6) in itertools.product(enumerate(names), repeat=2):
                yield {"activations": (a1, a3, a5, a6), "pools": (p2, p4),
                       "order": order}, logits[i5, i6]
    for order in (spec.IN_ORDER, "pool, activate"):
        yield _uniform(w, c1, spec.SCALED_TANH, order)


def _uniform(w: dict[str, np.ndarray], c1: np.ndarray, activation: str, order: str):
    """(variant, logits) of one activation after every hidden layer, average pooling."""
    act = ACTIVATIONS[activation]
    x = _block(_conv(_block(c1, activation, "avg", order), w["C3.weight"], w["C3.bias"], 0),
               activation, "avg", order).reshape(len(c1), -1)
    x = act(x @ w["C5.weight"].reshape(len(w["C5.bias"]), -1).T + w["C5.bias"])
    x = act(x @ w["F6.weight"].T + w["F6.bias"])
    return ({"activations": (activation,) * 4, "pools": ("avg", "avg"), "order": order},
            x @ w["out.weight"].T + w["out.bias"])


def _outputs(logits: np.ndarray) -> dict[str, np.ndarray]:
    """The outputs the handout accepts: logits, log-probabilities or probabilities."""
    shifted = logits - logits.max(axis=1, keepdims=True)
    log_probs = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    return {"logits": logits, "log-probabilities": log_probs,
            "probabilities": np.exp(log_probs)}


def identify(weights: dict[str, np.ndarray], images: np.ndarray, outputs,
             pad: int = 2) -> dict | None:
    """The variant (and kind of output) the student's outputs match, or None."""
    return next(matches(weights, images, outputs, pad), None)


def matches(weights: dict[str, np.ndarray], images: np.ndarray, outputs, pad: int = 2):
    """Every variant (and kind of output) the student's outputs match, LeNet-5's own first.
    More than one can: near zero, where the probe's small weights keep it, a sigmoid is
    nearly linear and so commutes with average pooling; training tells them apart
    (grading/proof.py)."""
    try:
        got = np.asarray(outputs, dtype=np.float64)
    except (TypeError, ValueError, OverflowError):   # an int no float holds, too
        return
    rows = np.arange(len(got)) if got.ndim == 2 else None
    for variant, logits in variants(weights, images, pad):
        if got.shape != logits.shape:
            return
        # Every accepted output ranks the classes as the logits do: a cheap test first.
        if (logits[rows, got.argmax(axis=1)] < logits.max(axis=1) - 1e-3).any():
            continue
        for kind, expected in _outputs(logits).items():
            if np.allclose(got, expected, rtol=RTOL, atol=ATOL):
                yield {**variant, "output": kind}


def canonical_stages(weights: dict[str, np.ndarray], image: np.ndarray,
                     pad: int = 2) -> list[np.ndarray]:
    """LeNet-5's values for one image after each of spec.STAGES (C1 padded by `pad`)."""
    w = {part: array.astype(np.float64) for part, array in weights.items()}
    values, x = [], image[None].astype(np.float64)
    for conv, padding in (("C1", pad), ("C3", 0)):
        x = _conv(x, w[f"{conv}.weight"], w[f"{conv}.bias"], padding)
        values += [x, np.tanh(x), _pool(np.tanh(x), "avg")]
        x = values[-1]
    x = x.reshape(1, -1)
    for layer in ("C5", "F6"):
        x = x @ w[f"{layer}.weight"].reshape(len(w[f"{layer}.bias"]), -1).T + w[f"{layer}.bias"]
        values += [x, np.tanh(x)]
        x = values[-1]
    values.append(x @ w["out.weight"].T + w["out.bias"])
    return values


def diverges_at(weights: dict[str, np.ndarray], image: np.ndarray,
                reported: list[OperatorValues], pad: int = 2) -> str | None:
    """The first of spec.STAGES whose values appear nowhere among what the student's model
    reported computing (in any layout), or None if all do. Only a diagnosis: the reported
    values are the student's process's word."""
    seen = [np.asarray(item.values, dtype=np.float64) for item in reported]
    for stage, expected in zip(spec.STAGES, canonical_stages(weights, image, pad)):
        flat = expected.reshape(-1)
        if not any(candidate.shape == flat.shape
                   and np.allclose(candidate, flat, rtol=RTOL, atol=ATOL) for candidate in seen):
            return stage
    return None


# --- the verdict ---------------------------------------------------------------------------

def verify(probe: Probe, observed: dict) -> Verification:
    """Compare what the worker reported with what the grader computes. `observed` maps fact
    keys to Observations; a fact that is missing or errored leaves its part undecided."""
    found = Verification()
    function = observed.get(Function.key)
    if function is not None and function.error is None:
        for k, kinds in spec.PROBE_SETS.items():
            run = function.value.of(k)
            if run is None:
                continue
            kind = run.set if run.loaded else None
            variant = None
            if kind in kinds:
                variant = identify(probe.weights[(k, kind)], probe.images, run.outputs,
                                   spec.padding(kind))
                variant = {**variant, "set": kind} if variant else None
            if k == 10:
                found.loaded, found.variant = kind in kinds, variant
                found.set = kind if kind in kinds else None
                found.shapes = run.shapes if kind is None else None
                found.identity, found.identity_variant = _at_identity(probe, run)
                if kind in kinds and (variant is None or spec.variant_faults(variant)):
                    found.diverged_at = diverges_at(probe.weights[(10, kind)], probe.images[0],
                                                    run.values or [], spec.padding(kind))
            else:
                found.loaded_k, found.variant_k = kind in kinds, variant
    return found


def _at_identity(probe: Probe, run) -> tuple[int | None, dict | None]:
    """How many BatchNorm layers LeNet5(10) holds besides LeNet-5's parameters, and what it
    computes with them at identity and the grader's weights in the rest (None: no variant)."""
    if run.loaded or not run.identity or run.set not in spec.PROBE_SETS[spec.N_CLASSES]:
        return None, None
    variant = identify(probe.weights[(spec.N_CLASSES, run.set)], probe.images, run.outputs,
                       spec.padding(run.set))
    return run.identity, {**variant, "set": run.set} if variant else None

