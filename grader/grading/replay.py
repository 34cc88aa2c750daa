"""The grader's own training step, in numpy: LeNet-5's forward and backward pass in the variant
the differential test recognised, the loss the grader hands out, and the update rules of
Adam, AdamW and SGD as torch implements them.

A worker streams checkpoints of a training run (worker/stages.py, protocol.Checkpoint); the
grading process replays chosen segments of it here, from the checkpoint at a segment's start,
with the batches the grader's own loader served, and compares where it ends with the next
checkpoint (grading/proof.py). None of this imports torch or the submission: it is the part of
the grader that the student's process cannot observe or rewrite.

Everything runs in float32 with channels first (as grading/evaluation.py), so that one step
of a batch of 64 costs about as much as torch's own on one thread.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np

from grader.assignment import spec
from grader.grading.evaluation import columns, pool
from grader.grading.verification import ACTIVATIONS

F32 = np.float32

SCALE, SLOPE = F32(1.7159), F32(2.0 / 3.0)   # LeCun's scaled tanh: SCALE tanh(SLOPE x)


def _activation_grad(out: np.ndarray, before: np.ndarray, name: str,
                     grad: np.ndarray) -> np.ndarray:
    """The gradient through a nonlinearity, from its output `out` (and input `before`)."""
    if name == "tanh":
        return grad * (F32(1) - out * out)
    if name == spec.SCALED_TANH:
        inner = out / SCALE
        return grad * SCALE * SLOPE * (F32(1) - inner * inner)
    if name == "relu":
        return grad * (before > 0)
    if name == "sigmoid":
        return grad * out * (F32(1) - out)
    return grad


def _uncolumns(grad: np.ndarray, shape: tuple[int, ...], size: int) -> np.ndarray:
    """The adjoint of evaluation.columns: each window's gradient added back onto the maps."""
    channels, n, height, width = shape
    h, w = height - size + 1, width - size + 1
    grad = grad.reshape(channels, size, size, n, h, w)
    out = np.zeros(shape, dtype=F32)
    for i in range(size):
        for j in range(size):
            out[:, :, i:i + h, j:j + w] += grad[:, i, j]
    return out


def _pool_grad(x: np.ndarray, pooled: np.ndarray, kind: str, grad: np.ndarray) -> np.ndarray:
    """The gradient through 2 x 2 pooling; max pooling sends it to the first maximum of each
    block in torch's scan order (row by row)."""
    out = np.zeros_like(x)
    if kind == "avg":
        share = grad * F32(0.25)
        for di in (0, 1):
            for dj in (0, 1):
                out[:, :, di::2, dj::2] = share
        return out
    taken = np.zeros(pooled.shape, dtype=bool)
    for di in (0, 1):
        for dj in (0, 1):
            hit = (x[:, :, di::2, dj::2] == pooled) & ~taken
            out[:, :, di::2, dj::2] = np.where(hit, grad, F32(0))
            taken |= hit
    return out


@dataclass(frozen=True)
class Network:
    """LeNet-5 in one variant (verification.variants' description, with its weight set and
    the kind of output the model returns): its loss and gradients for a batch."""
    activations: tuple[str, str, str, str]
    pools: tuple[str, str]
    order: str
    padding: int
    output: str     # logits, log-probabilities or probabilities

    @property
    def kinked(self) -> bool:
        """Whether its function has a kink (ReLU, max pooling), where float noise decides a
        gradient's way and the replay can only be approximate."""
        return "relu" in self.activations or "max" in self.pools

    @classmethod
    def of(cls, variant: Mapping) -> Network:
        return cls(tuple(variant["activations"]), tuple(variant["pools"]), variant["order"],
                   spec.padding(variant.get("set", "lenet")), variant.get("output", "logits"))

    def _block(self, x, activation: str, kind: str, cache: list):
        """A nonlinearity and a pooling, in the variant's order; what backward needs goes on
        `cache`."""
        if self.order == spec.IN_ORDER:
            active = ACTIVATIONS[activation](x)
            pooled = pool(active, kind)
            cache.append((x, active, pooled))
            return pooled
        pooled = pool(x, kind)
        active = ACTIVATIONS[activation](pooled)
        cache.append((x, pooled, active))
        return active

    def _block_grad(self, activation: str, kind: str, cached, grad):
        if self.order == spec.IN_ORDER:
            x, active, pooled = cached
            return _activation_grad(active, x, activation, _pool_grad(active, pooled, kind, grad))
        x, pooled, active = cached
        return _pool_grad(x, pooled, kind, _activation_grad(active, pooled, activation, grad))

    def gradients(self, weights: Mapping[str, np.ndarray], images: np.ndarray,
                  labels: np.ndarray) -> tuple[float, dict[str, np.ndarray]]:
        """The mean cross-entropy of the model's output for normalized N x 28 x 28 `images`
        (as the loss handed to students computes it from whatever the model returns) and its
        gradient with respect to every part of `weights`."""
        w = {part: np.asarray(array, dtype=F32) for part, array in weights.items()}
        a1, a3, a5, a6 = self.activations
        p2, p4 = self.pools
        n = len(labels)
        blocks: list = []
        x0 = images[None].astype(F32, copy=False)
        if self.padding:
            x0 = np.pad(x0, ((0, 0), (0, 0), (self.padding,) * 2, (self.padding,) * 2))
        cols1 = columns(x0, spec.KERNEL)
        side = x0.shape[2] - spec.KERNEL + 1
        c1 = (w["C1.weight"].reshape(spec.C1_MAPS, -1) @ cols1 + w["C1.bias"][:, None]) \
            .reshape(spec.C1_MAPS, n, side, side)
        s2 = self._block(c1, a1, p2, blocks)
        cols3 = columns(s2, spec.KERNEL)
        c3 = (w["C3.weight"].reshape(spec.C3_MAPS, -1) @ cols3 + w["C3.bias"][:, None]) \
            .reshape(spec.C3_MAPS, n, s2.shape[2] - spec.KERNEL + 1, -1)
        s4 = self._block(c3, a3, p4, blocks)
        flat = s4.transpose(1, 0, 2, 3).reshape(n, -1)          # torch's flattening order
        w5 = w["C5.weight"].reshape(spec.C5_UNITS, -1)
        z5 = flat @ w5.T + w["C5.bias"]
        h5 = ACTIVATIONS[a5](z5)
        z6 = h5 @ w["F6.weight"].T + w["F6.bias"]
        h6 = ACTIVATIONS[a6](z6)
        logits = h6 @ w["out.weight"].T + w["out.bias"]
        loss, grad = _loss_grad(logits, labels, self.output)
        grads = {"out.weight": grad.T @ h6, "out.bias": grad.sum(axis=0)}
        grad = _activation_grad(h6, z6, a6, grad @ w["out.weight"])
        grads |= {"F6.weight": grad.T @ h5, "F6.bias": grad.sum(axis=0)}
        grad = _activation_grad(h5, z5, a5, grad @ w["F6.weight"])
        grads |= {"C5.weight": (grad.T @ flat).reshape(w["C5.weight"].shape),
                  "C5.bias": grad.sum(axis=0)}
        grad = (grad @ w5).reshape(n, *s4.shape[:1], *s4.shape[2:]).transpose(1, 0, 2, 3)
        grad = self._block_grad(a3, p4, blocks[1], grad)
        flat3 = grad.reshape(spec.C3_MAPS, -1)
        grads |= {"C3.weight": (flat3 @ cols3.T).reshape(w["C3.weight"].shape),
                  "C3.bias": flat3.sum(axis=1)}
        grad = _uncolumns(w["C3.weight"].reshape(spec.C3_MAPS, -1).T @ flat3, s2.shape,
                          spec.KERNEL)
        grad = self._block_grad(a1, p2, blocks[0], grad)
        flat1 = grad.reshape(spec.C1_MAPS, -1)
        grads |= {"C1.weight": (flat1 @ cols1.T).reshape(w["C1.weight"].shape),
                  "C1.bias": flat1.sum(axis=1)}
        return loss, {part: grads[part].astype(F32, copy=False) for part in w}


def _loss_grad(logits: np.ndarray, labels: np.ndarray, output: str) -> tuple[float, np.ndarray]:
    """Cross-entropy (mean over the batch) of what the model returns, and its gradient with
    respect to the logits: log-probabilities give the logits' own loss, probabilities are
    taken as logits by the loss, as they would be by `nn.CrossEntropyLoss`."""
    if output == "probabilities":
        probs = _softmax(logits)
        loss, grad_probs = _cross_entropy(probs, labels)
        grad = probs * (grad_probs - (grad_probs * probs).sum(axis=1, keepdims=True))
        return loss, grad.astype(F32)
    return _cross_entropy(logits, labels)


def _softmax(x: np.ndarray) -> np.ndarray:
    shifted = x - x.max(axis=1, keepdims=True)
    e = np.exp(shifted)
    return e / e.sum(axis=1, keepdims=True)


def _cross_entropy(x: np.ndarray, labels: np.ndarray) -> tuple[float, np.ndarray]:
    """Mean cross-entropy of logits `x` and its gradient."""
    n = len(labels)
    probs = _softmax(x)
    loss = float(-np.log(np.maximum(probs[np.arange(n), labels], 1e-45)).mean())
    grad = probs.copy()
    grad[np.arange(n), labels] -= F32(1)
    return loss, (grad / F32(n)).astype(F32)


# --- update rules ----------------------------------------------------------------------------

@dataclass(frozen=True)
class Hyper:
    """The numbers of a parameter group that an update rule reads."""
    lr: float
    betas: tuple[float, float] = (0.9, 0.999)
    eps: float = 1e-8
    weight_decay: float = 0.0
    amsgrad: bool = False
    maximize: bool = False
    momentum: float = 0.0
    dampening: float = 0.0
    nesterov: bool = False


def adam(param, grad, state: dict, hyper: Hyper, decoupled: bool = False):
    """One step of torch.optim.Adam (or AdamW, `decoupled`) for one tensor, in float32 as
    torch's own loop computes it; `state` holds step, exp_avg, exp_avg_sq (max_exp_avg_sq)."""
    beta1, beta2 = hyper.betas
    grad = -grad if hyper.maximize else grad
    if decoupled:
        param = param * F32(1 - hyper.lr * hyper.weight_decay)
    elif hyper.weight_decay:
        grad = grad + F32(hyper.weight_decay) * param
    step = state.get("step", 0) + 1
    exp_avg = state.get("exp_avg", np.zeros_like(param))
    exp_avg_sq = state.get("exp_avg_sq", np.zeros_like(param))
    exp_avg = exp_avg + (grad - exp_avg) * F32(1 - beta1)
    exp_avg_sq = exp_avg_sq * F32(beta2) + grad * grad * F32(1 - beta2)
    step_size = hyper.lr / (1 - beta1 ** step)
    correction = math.sqrt(1 - beta2 ** step)
    new = {"step": step, "exp_avg": exp_avg, "exp_avg_sq": exp_avg_sq}
    second = exp_avg_sq
    if hyper.amsgrad:
        second = np.maximum(state.get("max_exp_avg_sq", np.zeros_like(param)), exp_avg_sq)
        new["max_exp_avg_sq"] = second
    denom = np.sqrt(second) / F32(correction) + F32(hyper.eps)
    return param - F32(step_size) * exp_avg / denom, new


def adamw(param, grad, state: dict, hyper: Hyper):
    return adam(param, grad, state, hyper, decoupled=True)


def sgd(param, grad, state: dict, hyper: Hyper):
    """One step of torch.optim.SGD for one tensor; `state` holds momentum_buffer."""
    grad = -grad if hyper.maximize else grad
    if hyper.weight_decay:
        grad = grad + F32(hyper.weight_decay) * param
    new = {}
    if hyper.momentum:
        buffer = state.get("momentum_buffer")
        buffer = grad.copy() if buffer is None else \
            buffer * F32(hyper.momentum) + grad * F32(1 - hyper.dampening)
        new["momentum_buffer"] = buffer
        grad = grad + F32(hyper.momentum) * buffer if hyper.nesterov else buffer
    return param - F32(hyper.lr) * grad, new


RULES = {"adam": adam, "adamw": adamw, "sgd": sgd}
# The state each rule keeps per tensor, as arrays (Adam's step count is kept apart).
STATE_ARRAYS = {"adam": ("exp_avg", "exp_avg_sq", "max_exp_avg_sq"),
                "adamw": ("exp_avg", "exp_avg_sq", "max_exp_avg_sq"),
                "sgd": ("momentum_buffer",)}
