"""The timed run notices parameters that change between optimizer steps without a step."""

from __future__ import annotations

import torch
from torch import nn

from grader.assignment.facts import TimedRun
from grader.grading.grader import run_flags
from grader.worker.runtime import StepWatch


def _train(steps: int, meddle=None) -> int:
    torch.manual_seed(0)
    model = nn.Linear(4, 2)
    optimizer = torch.optim.Adam(model.parameters())
    watch = StepWatch(model, optimizer)
    for index in range(steps):
        optimizer.zero_grad()
        model(torch.randn(8, 4)).sum().backward()
        optimizer.step()
        if meddle:
            meddle(index, model)
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


def test_the_count_becomes_a_flag():
    run = TimedRun(30.0, "cpu", False, 1, {}, changed_between_steps=2)
    assert run_flags(run) == [
        "timed run: the parameters changed between optimizer steps 2 time(s), not by a step: "
        "assigned, copied or loaded weights?"]
    assert run_flags(None) == []
