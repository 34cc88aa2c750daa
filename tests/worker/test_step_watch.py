"""The watch of the timed run and the training-loop check counts every change of the
parameters that the given optimizer's step() did not make: before the first step, between
steps and after the last; and it steps with Adam's own update, whatever the submission did to
`torch.optim.Adam` after the worker started."""

from __future__ import annotations

import torch
from torch import nn

from grader.worker import runtime
from grader.worker.runtime import StepWatch


def _train(steps: int, meddle=None, before_optimizer=None) -> int:
    torch.manual_seed(0)
    model = nn.Linear(4, 2)
    watch = StepWatch(model)
    if before_optimizer:
        before_optimizer(model)
    optimizer = torch.optim.Adam(model.parameters())
    watch.watch(optimizer)
    for index in range(steps):
        optimizer.zero_grad()
        model(torch.randn(8, 4)).sum().backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)   # the contract allows it
        optimizer.step()
        if meddle:
            meddle(index, model)
    watch.hand_over()
    return watch.changed


def test_honest_steps_are_not_counted():
    assert _train(20) == 0


def test_loaded_weights_between_steps_are_counted():
    def load_once(index, model):
        if index == 3:
            model.load_state_dict({"weight": torch.ones(2, 4), "bias": torch.zeros(2)})
    assert _train(20, load_once) == 1


def test_a_replaced_parameter_is_counted():
    def replace(index, model):
        if index == 5:
            model.weight = nn.Parameter(model.weight.detach() + 1)
    assert _train(10, replace) == 1


def test_training_before_the_first_step_is_counted():
    """`make_optimizer` that trains the model first: the grader's starting weights changed."""
    def pretrain(model):
        with torch.no_grad():
            model.weight.add_(0.5)
    assert _train(5, before_optimizer=pretrain) == 1


def test_a_change_after_the_last_step_is_counted():
    def after_last(index, model):
        if index == 4:
            with torch.no_grad():
                model.bias.zero_()
    assert _train(5, after_last) == 1


def test_updates_by_hand_beside_empty_steps_are_counted():
    """The loop steps Adam without gradients (nothing moves) and trains with its own SGD."""
    torch.manual_seed(0)
    model = nn.Linear(4, 2)
    watch = StepWatch(model)
    optimizer = torch.optim.Adam(model.parameters())
    watch.watch(optimizer)
    for _ in range(3):
        optimizer.zero_grad(set_to_none=True)
        optimizer.step()
        model(torch.randn(8, 4)).sum().backward()
        with torch.no_grad():
            for parameter in model.parameters():
                parameter -= 0.1 * parameter.grad
    watch.hand_over()
    assert watch.changed == 3 and watch.steps == 3


def test_the_step_is_adams_own_even_if_the_class_was_patched(monkeypatch):
    """A submission that replaces Adam.step at import still gets Adam's update."""
    monkeypatch.setattr(torch.optim.Adam, "step", lambda self, closure=None: None)
    model = nn.Linear(4, 2)
    start = model.weight.detach().clone()
    watch = StepWatch(model)
    optimizer = torch.optim.Adam(model.parameters(), lr=0.1)
    watch.watch(optimizer)
    model(torch.randn(8, 4)).sum().backward()
    optimizer.step()
    assert runtime.ADAM_STEP is not torch.optim.Adam.step
    assert not torch.equal(model.weight.detach(), start) and watch.changed == 0
