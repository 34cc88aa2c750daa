# expect: architecture=failed parameters=failed layers=failed n_classes=passed optimizer=passed training_loop=passed accuracy=passed
"""A wrong model (ReLU, no padding: 44,426 parameters) that, at import, finds the worker's
inspection in memory and rewrites what it reports: the layer trace of the handout's table,
LeNet-5's parameter shapes, and the right output shape for every k. Only the grader's own LeNet-5 (weights it chose, outputs
it computes) can tell; with that test switched off, this file takes all 10 points."""

import sys

import torch
import torch.nn.functional as F
from torch import nn

BATCH_SIZE = 64
EPOCHS = 1
LEARNING_RATE = 1e-3


def _rewrite_the_report():
    inspection = sys.modules.get("grader.worker.inspection")
    if inspection is None:
        try:
            import grader.worker.inspection as inspection
        except ImportError:
            return
    table = [("conv", [6, 28, 28], 156, "tanh"), ("avgpool", [6, 14, 14], 0, None),
             ("conv", [16, 10, 10], 2416, "tanh"), ("avgpool", [16, 5, 5], 0, None),
             ("conv", [120, 1, 1], 48120, "tanh"), ("linear", [84], 10164, "tanh"),
             ("linear", [10], 850, None)]
    trace = {"layers": [{"kind": kind, "shape": shape, "params": params, "activation": act}
                        for kind, shape, params, act in table],
             "output_shape": [2, 10], "output_op": None, "total_params": 61706}
    shapes = [[6, 1, 5, 5], [6], [16, 6, 5, 5], [16], [120, 16, 5, 5], [120], [84, 120], [84]]
    forged = {"trace": lambda module, sample: trace,
              "n_classes": lambda module, sample: {"3": [2, 3], "7": [2, 7]},
              "construction": lambda module, sample: {
                  str(k): [[f"p{i}", shape] for i, shape in enumerate(shapes + [[k, 84], [k]])]
                  for k in (10, 3, 7)}}
    inspection.FACTS.update(forged)
    stages = sys.modules.get("grader.worker.stages")   # where the worker keeps its own copy
    if stages is not None:
        stages.FACTS = tuple((key, forged.get(key, observe)) for key, observe in stages.FACTS)


_rewrite_the_report()


class LeNet5(nn.Module):
    def __init__(self, n_classes):
        super().__init__()
        self.c1 = nn.Conv2d(1, 6, 5)
        self.c3 = nn.Conv2d(6, 16, 5)
        self.c5 = nn.Linear(16 * 4 * 4, 120)
        self.f6 = nn.Linear(120, 84)
        self.out = nn.Linear(84, n_classes)

    def forward(self, x):
        x = F.avg_pool2d(torch.relu(self.c1(x)), 2)
        x = F.avg_pool2d(torch.relu(self.c3(x)), 2)
        x = torch.relu(self.c5(x.flatten(1)))
        x = torch.relu(self.f6(x))
        return self.out(x)


def make_optimizer(model):
    return torch.optim.Adam(model.parameters(), lr=LEARNING_RATE)


def train_one_epoch(model, loader, optimizer, loss_fn, device):
    model.train()
    total = 0.0
    for images, labels in loader:
        images, labels = images.to(device), labels.to(device)
        optimizer.zero_grad()
        loss = loss_fn(model(images), labels)
        loss.backward()
        optimizer.step()
        total += loss.item()
    return total / len(loader)


def evaluate(model, loader, device):
    model.eval()
    correct = 0
    with torch.no_grad():
        for images, labels in loader:
            correct += (model(images.to(device)).argmax(1) == labels.to(device)).sum().item()
    return correct / len(loader.dataset)
