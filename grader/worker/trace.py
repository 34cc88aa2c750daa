"""What a model's forward pass really executes, as a list of layers.

A scan of `nn.Module` children misses `torch.tanh` and `F.avg_pool2d` calls, and a parameter
count cannot tell ReLU from tanh. Tracing the aten operators that run (TorchDispatchMode) sees
every coding style the same way: modules, functional calls, `nn.Sequential`, tensor methods.
"""

from __future__ import annotations

from dataclasses import replace

import torch
from torch.utils._python_dispatch import TorchDispatchMode

from grader.worker import runtime
from grader.worker.protocol import Layer, OperatorValues, Trace

LAYER_OPS = {"convolution": "conv", "addmm": "linear", "mm": "linear", "bmm": "linear",
             "baddbmm": "linear", "matmul": "linear"}
POOL_OPS = {"avg_pool2d": "avgpool", "_adaptive_avg_pool2d": "avgpool",
            "adaptive_avg_pool2d": "avgpool", "max_pool2d": "maxpool",
            "max_pool2d_with_indices": "maxpool", "adaptive_max_pool2d": "maxpool"}
ACTIVATION_OPS = {"tanh", "relu", "sigmoid", "leaky_relu", "elu", "gelu", "hardtanh", "silu",
                  "softplus", "threshold", "prelu", "_prelu_kernel", "mish", "hardswish",
                  "hardsigmoid", "selu", "celu", "rrelu_with_noise", "softsign", "clamp"}
# Normalizations are no part of LeNet-5: each is named, with its parameters, after the layer
# it follows (a batch norm by the dimensions of what it normalizes).
NORM_OPS = {"native_batch_norm": "BatchNorm", "_native_batch_norm_legit": "BatchNorm",
            "_native_batch_norm_legit_no_training": "BatchNorm",
            "_native_batch_norm_legit_functional": "BatchNorm",
            "_batch_norm_with_update": "BatchNorm", "_batch_norm_no_update": "BatchNorm",
            "native_layer_norm": "LayerNorm", "native_group_norm": "GroupNorm"}
OUTPUT_OPS = {"_softmax": "softmax", "_log_softmax": "log_softmax", "softmax": "softmax",
              "log_softmax": "log_softmax"}


def _storage_key(tensor: torch.Tensor):
    try:
        return tensor.untyped_storage().data_ptr()
    except (RuntimeError, NotImplementedError):
        return None


class _Recorder(TorchDispatchMode):
    """Turns the stream of aten calls into layers, attributing parameters by storage."""

    def __init__(self, parameters: dict):
        super().__init__()
        self.parameters = parameters  # storage key -> numel, for trainable parameters
        self.seen: set = set()
        self.layers: list[Layer] = []
        self.pending = 0            # parameters consumed before the layer that uses them
        self.open_layer = False     # no activation or pool since the last weighted layer
        self.output_op = None

    def __torch_dispatch__(self, func, types, args=(), kwargs=None):
        out = func(*args, **(kwargs or {}))
        name = func.overloadpacket.__name__.rstrip("_")
        params = self._new_params(args, kwargs)
        first = out[0] if isinstance(out, (tuple, list)) else out
        shape = list(first.shape[1:]) if isinstance(first, torch.Tensor) else []
        if name in LAYER_OPS:
            kernel = list(args[1].shape[2:]) if name == "convolution" else None
            self.layers.append(Layer(LAYER_OPS[name], shape, params + self.pending,
                                     kernel=kernel))
            self.pending, self.open_layer = 0, True
        elif name in NORM_OPS and self.layers:
            self._norm(NORM_OPS[name], args[0], params)
        elif name in POOL_OPS:
            self.layers.append(Layer(POOL_OPS[name], shape))
            self.open_layer = False
        elif name in ACTIVATION_OPS:
            if self.layers and self.layers[-1].activation is None:
                self.layers[-1] = replace(self.layers[-1],
                                          activation=name.lstrip("_").replace("_kernel", ""))
            self.open_layer = False
            self.pending += params
        elif name in OUTPUT_OPS:
            self.output_op = OUTPUT_OPS[name]
        elif params:
            # A bias added after a matmul belongs to that layer; a transposed weight
            # belongs to the layer that comes next.
            if self.open_layer and self.layers:
                self.layers[-1] = replace(self.layers[-1],
                                          params=self.layers[-1].params + params)
            else:
                self.pending += params
        return out

    def _norm(self, kind: str, normalized, params: int) -> None:
        """Name a normalization after the last layer, with the parameters it consumed."""
        if kind == "BatchNorm":
            dims = normalized.dim() if isinstance(normalized, torch.Tensor) else 0
            kind += {4: "2d", 5: "3d"}.get(dims, "1d")
        last = self.layers[-1]
        self.layers[-1] = replace(last, norm=last.norm or kind,
                                  norm_params=(last.norm_params or 0) + params)

    def _new_params(self, args, kwargs) -> int:
        count = 0
        for value in torch.utils._pytree.tree_leaves((args, kwargs)):
            if isinstance(value, torch.Tensor):
                key = _storage_key(value)
                if key in self.parameters and key not in self.seen:
                    self.seen.add(key)
                    count += self.parameters[key]
        return count


def trace_model(model: torch.nn.Module, batch: int = 2) -> Trace:
    """Run one forward pass of `model` on a random N x 1 x 28 x 28 batch and record it."""
    parameters: dict = {}
    for parameter in model.parameters():
        if parameter.requires_grad:
            parameters.setdefault(_storage_key(parameter), 0)
            parameters[_storage_key(parameter)] += parameter.numel()
    images = torch.randn(batch, 1, 28, 28, generator=torch.Generator().manual_seed(0))
    recorder = _Recorder(parameters)
    model.eval()
    with torch.no_grad(), recorder:
        output = model(images)
    found = runtime.logits(output, runtime.N_CLASSES)
    return Trace(recorder.layers, list(found.shape), recorder.output_op,
                 total_params=sum(parameters.values()), container=runtime.container(output))


class _ValueRecorder(TorchDispatchMode):
    """Keeps the first image's values after every layer, pooling and nonlinearity."""

    def __init__(self):
        super().__init__()
        self.values: list[OperatorValues] = []

    def __torch_dispatch__(self, func, types, args=(), kwargs=None):
        out = func(*args, **(kwargs or {}))
        name = func.overloadpacket.__name__.rstrip("_")
        first = out[0] if isinstance(out, (tuple, list)) else out
        if (name in LAYER_OPS or name in POOL_OPS or name in ACTIVATION_OPS) and isinstance(
                first, torch.Tensor) and first.dim() >= 1 and first.is_floating_point():
            self.values.append(OperatorValues(
                name, list(first.shape[1:]), first[0].detach().double().reshape(-1).tolist()))
        return out


def record_values(model: torch.nn.Module, images: torch.Tensor):
    """The model's output for `images`, and what each traced operator produced for the first
    image: the grader finds where the computation first leaves LeNet-5's."""
    recorder = _ValueRecorder()
    with recorder:
        output = model(images)
    return output, recorder.values
