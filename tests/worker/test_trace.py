"""The operator trace sees layers, activations and pooling whatever the coding style."""

from __future__ import annotations

import pytest
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


VARIANTS = SUBMISSIONS.parent / "variants"


def test_logits_in_a_tuple_or_dict_are_traced_and_the_container_named():
    for name, container in (("tuple_output", "a tuple of 2"), ("dict_output", "a dict of 2")):
        trace = trace_model(load_submission(VARIANTS / f"{name}.py", name).LeNet5(10))
        assert trace.output_shape == [2, 10] and trace.container == container
    assert trace_model(load_submission(SOLUTION, "plain").LeNet5(10)).container is None


def test_a_normalization_is_named_after_its_layer_with_its_own_parameters():
    trace, layers = _summary(load_submission(VARIANTS / "batchnorm.py", "bn").LeNet5(10))
    assert [(layer.norm, layer.norm_params) for layer in trace.layers[:4]] == [
        ("BatchNorm2d", 12), (None, None), ("BatchNorm2d", 32), (None, None)]
    assert [params for _, _, params, _ in layers] == [layer.params for layer in spec.LAYERS]
    norm = nn.Sequential(nn.Flatten(), nn.Linear(784, 10), nn.LayerNorm(10))
    assert trace_model(norm).layers[0].norm == "LayerNorm"


def test_kernels_and_a_nonlinearity_after_the_pooling_are_seen():
    trace = trace_model(load_submission(VARIANTS / "kernel3.py", "k3").LeNet5(10))
    assert [layer.kernel for layer in trace.layers if layer.kind == "conv"] == [[3, 3], [5, 5]]
    _, late = _summary(load_submission(VARIANTS / "tanh_after_pool_paper.py", "late").LeNet5(10))
    assert [(kind, activation) for kind, _, _, activation in late[:4]] == [
        ("conv", None), ("avgpool", "tanh"), ("conv", None), ("avgpool", "tanh")]


def test_the_logits_are_found_in_any_container_and_nothing_else_passes_for_them():
    from grader.worker.runtime import logits

    scores, features = torch.zeros(2, 10), torch.ones(2, 84)
    assert logits(scores) is scores
    assert logits((scores, scores.softmax(1))) is scores
    assert logits([features, scores], 10) is scores
    assert logits({"probs": features, "logits": scores}) is scores
    assert logits({"a": 1, "b": scores}) is scores
    for nothing in ((), {"a": 1}, 3.0):
        with pytest.raises(TypeError, match="not a tensor of logits"):
            logits(nothing)
