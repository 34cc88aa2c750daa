"""The grader's own evaluation: accuracy and loss computed here, in numpy, from the weights a
worker hands over, with the LeNet-5 variant the differential test recognised.

A worker runs the student's code, so a model's predictions made there are the student's word:
a model can look test images up in a table, or compute one function while it is verified and
another while it is scored. The grader therefore never asks a worker to predict a test image.
After each epoch the training stage hands over its parameters, part by part, in the shapes of
the weight set the model took (verification.py); the grader runs them through the variant's
forward pass and counts the hits itself.

The forward pass runs in float32 with channels first, in chunks, so the 10,000 test images
take well under a second of one thread (`bench/bench.py` measures it).
"""

from __future__ import annotations

import math

import numpy as np

from grader.assignment import spec
from grader.grading.verification import ACTIVATIONS
from grader.worker.protocol import PIXEL_MEAN, PIXEL_STD

CHUNK = 100   # images per chunk: their 5x5 windows (8 MB) stay in the cache (1000: 1.5x slower)


def normalize(images: np.ndarray) -> np.ndarray:
    """uint8 N x 28 x 28 -> float32 N x 28 x 28, normalized as every batch is."""
    scaled = images.astype(np.float32) / np.float32(255.0)
    return (scaled - np.float32(PIXEL_MEAN)) / np.float32(PIXEL_STD)


def columns(x: np.ndarray, size: int) -> np.ndarray:
    """The size x size windows of C x N x H x W maps as a (C*size*size) x (N*h*w) matrix
    (channels first: every window's column is then copied as one contiguous slice)."""
    channels, n, height, width = x.shape
    h, w = height - size + 1, width - size + 1
    found = np.empty((channels, size, size, n, h, w), dtype=np.float32)
    for i in range(size):
        for j in range(size):
            found[:, i, j] = x[:, :, i:i + h, j:j + w]
    return found.reshape(channels * size * size, n * h * w)


def _conv(x: np.ndarray, weight: np.ndarray, bias: np.ndarray, pad: int) -> np.ndarray:
    """A stride-1 convolution of C x N x H x W maps as one matrix product."""
    if pad:
        x = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    _, n, height, width = x.shape
    size = weight.shape[-1]
    out = weight.reshape(len(weight), -1) @ columns(x, size)
    return (out + bias[:, None]).reshape(len(weight), n, height - size + 1, width - size + 1)


def pool(x: np.ndarray, kind: str) -> np.ndarray:
    """2 x 2 average or max pooling of C x N x H x W maps."""
    corners = (x[:, :, 0::2, 0::2], x[:, :, 1::2, 0::2], x[:, :, 0::2, 1::2], x[:, :, 1::2, 1::2])
    if kind == "avg":
        return (corners[0] + corners[1] + corners[2] + corners[3]) * np.float32(0.25)
    return np.maximum(np.maximum(corners[0], corners[1]), np.maximum(corners[2], corners[3]))


def _block(x: np.ndarray, activation: str, kind: str, order: str) -> np.ndarray:
    act = ACTIVATIONS[activation]
    return pool(act(x), kind) if order == spec.IN_ORDER else act(pool(x, kind))


def logits(weights: dict[str, np.ndarray], images: np.ndarray, variant: dict) -> np.ndarray:
    """The variant's outputs (before any softmax) for normalized N x 28 x 28 images."""
    w = {part: np.asarray(array, dtype=np.float32) for part, array in weights.items()}
    a1, a3, a5, a6 = variant["activations"]
    p2, p4 = variant["pools"]
    out = []
    for start in range(0, len(images), CHUNK):
        x = _conv(images[None, start:start + CHUNK], w["C1.weight"], w["C1.bias"],
                  spec.padding(variant.get("set", "lenet")))
        x = _conv(_block(x, a1, p2, variant["order"]), w["C3.weight"], w["C3.bias"], 0)
        x = _block(x, a3, p4, variant["order"])
        flat = x.transpose(1, 0, 2, 3).reshape(x.shape[1], -1)   # torch's flattening order
        x = ACTIVATIONS[a5](flat @ w["C5.weight"].reshape(len(w["C5.bias"]), -1).T
                            + w["C5.bias"])
        x = ACTIVATIONS[a6](x @ w["F6.weight"].T + w["F6.bias"])
        out.append(x @ w["out.weight"].T + w["out.bias"])
    return np.concatenate(out) if out else np.zeros((0, len(w["out.bias"])), np.float32)


def accuracy(weights: dict[str, np.ndarray], images: np.ndarray, labels: np.ndarray,
             variant: dict) -> float:
    """The share of `labels` the weights predict (argmax) for normalized images."""
    predicted = logits(weights, images, variant).argmax(axis=1)
    return float((predicted == labels).mean()) if len(labels) else 0.0


def mean_loss(weights: dict[str, np.ndarray], images: np.ndarray, labels: np.ndarray,
              variant: dict) -> float:
    """Cross-entropy of the variant's outputs, as the loss the students are handed computes
    it from logits."""
    values = logits(weights, images, variant).astype(np.float64)
    shifted = values - values.max(axis=1, keepdims=True)
    log_probs = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    return float(-log_probs[np.arange(len(labels)), labels].mean())


def conform(weights: dict[str, np.ndarray] | None, kind: str) -> dict[str, np.ndarray] | None:
    """`weights` in the shapes of weight set `kind` for LeNet5(10), or None where a part is
    missing or of another size (a worker's files are a claim: anything else is not weights
    this grader can run). C5's weight may come as a Linear's, C5's units x (its inputs)."""
    shapes = spec.parameter_shapes(spec.N_CLASSES, kind)
    if weights is None or set(weights) != set(spec.PARTS):
        return None
    conformed = {}
    for part, shape in shapes.items():
        array = weights[part]
        if tuple(array.shape) != shape and not (
                part == "C5.weight" and array.shape[:1] == shape[:1]
                and array.size == math.prod(shape)):
            return None
        conformed[part] = array.reshape(shape)
    return conformed


def share(predictions, labels: np.ndarray) -> float:
    """The share of `labels` that a worker's predictions hit: they may be anything."""
    try:
        predicted = np.asarray(predictions, dtype=np.int64)
    except (TypeError, ValueError, OverflowError):
        return 0.0
    return float((predicted == labels).mean()) if predicted.shape == labels.shape else 0.0
