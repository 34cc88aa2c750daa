# expect: architecture=error parameters=failed layers=error n_classes=failed optimizer=error training_loop=error accuracy=error
"""The starter's stubs, plus an attack on otter: at import it replaces otter's test runner so
that every test case reports success. Inside otter's kernel (where otter itself would run this
file) that scored full marks; the kit never runs submissions there."""

import torch
from torch import nn

try:
    from otter.test_files.abstract_test import TestCaseResult
    from otter.test_files.exception_test import ExceptionTestFile

    def _always_pass(self, global_environment):
        self.test_case_results = [TestCaseResult(test_case=case, message="passed", passed=True)
                                  for case in self.test_cases]

    ExceptionTestFile.run = _always_pass
except ImportError:
    pass

BATCH_SIZE = 64
EPOCHS = 1
LEARNING_RATE = 1e-3


class LeNet5(nn.Module):
    def __init__(self, n_classes):
        super().__init__()

    def forward(self, x):
        raise NotImplementedError("no model")


def make_optimizer(model):
    raise NotImplementedError("no optimizer")


def train_one_epoch(model, loader, optimizer, loss_fn, device):
    raise NotImplementedError("no training")


def evaluate(model, loader, device):
    raise NotImplementedError("no evaluation")
