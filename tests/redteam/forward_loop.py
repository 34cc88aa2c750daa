# expect: architecture=timeout parameters=failed layers=timeout n_classes=passed optimizer=passed training_loop=timeout accuracy=timeout
"""Imports fine, then forward never returns. Its model is one Linear layer: `parameters`
fails, while `n_classes` (from the parameters as built) and the optimizer (two replayed
steps) are decided without a forward pass, so the hang costs only what needs one."""

import torch
from torch import nn

BATCH_SIZE = 64
EPOCHS = 1
LEARNING_RATE = 1e-3


class LeNet5(nn.Module):
    def __init__(self, n_classes):
        super().__init__()
        self.out = nn.Linear(784, n_classes)

    def forward(self, x):
        while True:
            x = x + 0


def make_optimizer(model):
    return torch.optim.Adam(model.parameters(), lr=LEARNING_RATE)


def train_one_epoch(model, loader, optimizer, loss_fn, device):
    return 0.0


def evaluate(model, loader, device):
    return 0.0
