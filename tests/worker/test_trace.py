"""The operator trace sees layers, activations and pooling whatever the coding style."""

from __future__ import annotations

import torch
import torch.nn.functional as F
from helpers import SOLUTION, SUBMISSIONS
from torch import nn

from grader.assignment import spec
from grader.worker.runtime import load_submission
from grader.worker.trace import trace_model


def _summary(model):
    trace = trace_model(model)
    return trace, [(layer.kind, layer.shape, layer.params, layer.activation)
                   for layer in trace.layers]


def test_reference_solution_traces_to_the_spec():
    trace, layers = _summary(load_submission(SOLUTION, "reference").LeNet5(10))
    assert trace.total_params == spec.TOTAL_PARAMS == 61706
    assert trace.output_shape == [2, 10]
    for (kind, shape, params, activation), expected in zip(layers, spec.LAYERS, strict=True):
        assert kind in expected.kinds and tuple(shape) in expected.shapes
        assert params == expected.params and activation == expected.activation


def test_functional_and_module_styles_trace_alike():
    _, functional = _summary(load_submission(SUBMISSIONS / "functional_style.py", "f").LeNet5(10))
    _, modules = _summary(load_submission(SOLUTION, "m").LeNet5(10))
    assert functional == modules


def test_relu_and_max_pool_are_seen_though_parameters_match():
    _, relu = _summary(load_submission(SUBMISSIONS / "relu.py", "r").LeNet5(10))
    _, max_pool = _summary(load_submission(SUBMISSIONS / "max_pool.py", "p").LeNet5(10))
    assert [layer[3] for layer in relu if layer[0] != "avgpool"] == ["relu"] * 4 + [None]
    assert [layer[0] for layer in max_pool].count("maxpool") == 2


class _SeparateBias(nn.Module):
    """A linear layer written as matmul plus a bias added afterwards."""

    def __init__(self):
        super().__init__()
        self.weight = nn.Parameter(torch.randn(784, 10))
        self.bias = nn.Parameter(torch.zeros(10))

    def forward(self, x):
        return F.log_softmax(torch.tanh(x.flatten(1) @ self.weight) + self.bias, dim=1)


def test_parameters_are_attributed_to_the_layer_that_uses_them():
    trace, layers = _summary(_SeparateBias())
    assert layers == [("linear", [10], 7840, "tanh")]
    assert trace.output_op == "log_softmax"
    assert trace.total_params == 7850
