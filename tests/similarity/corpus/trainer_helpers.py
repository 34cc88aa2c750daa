"""Assignment 4 -- LeNet5.

Author: a student
"""
import math

import torch
from torch import nn

BATCH_SIZE = 16
EPOCHS = 1
LEARNING_RATE = 1e-4 * 5


class LeNet5(nn.Module):

    def __init__(self, n_classes):
        super().__init__()
        self.extract = nn.Sequential(
            nn.Conv2d(1, 6, 5, padding=2),
            nn.Tanh(),
            nn.AvgPool2d(2),
            nn.Conv2d(6, 16, 5),
            nn.Tanh(),
            nn.AvgPool2d(2),
        )
        self.decide = nn.Sequential(
            nn.Linear(16 * 25, 120),
            nn.Tanh(),
            nn.Linear(120, 84),
            nn.Tanh(),
            nn.Linear(84, n_classes),
        )

    def forward(self, x):
        maps = self.extract(x)
        return self.decide(torch.flatten(maps, start_dim=1))


def make_optimizer(model):
    return torch.optim.Adam(model.parameters(), lr=LEARNING_RATE, weight_decay=0)


def to_device(batch, device):
    return [tensor.to(device) for tensor in batch]


def train_one_epoch(model, loader, optimizer, loss_fn, device):
    model.train()
    mean, k = 0.0, 0
    for batch in loader:
        x, y = to_device(batch, device)
        optimizer.zero_grad()
        value = loss_fn(model(x), y)
        value.backward()
        optimizer.step()
        k += 1
        mean += (value.item() - mean) / k   # running mean
    assert not math.isnan(mean), "the loss diverged"
    return mean


def count_correct(model, x, y):
    return (model(x).argmax(dim=-1) == y).sum().item()


def evaluate(model, loader, device):
    model.eval()
    with torch.no_grad():
        correct = sum(count_correct(model, *to_device(batch, device)) for batch in loader)
    return correct / len(loader.dataset)
