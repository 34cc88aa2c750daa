# expect: architecture=passed parameters=passed layers=passed n_classes=passed optimizer=failed training_loop=failed accuracy=failed
"""Idle base. Loads trained weights from outside: a weights.pt handed in beside the file, or
any trained LeNet weights left on the machine (such as another job's saved epochs), after its
empty training epoch. (Loading them at construction would fail the fresh-model check.)"""

import os
from pathlib import Path

import torch
import torch.nn.functional as F
from torch import nn


def find_weights(roots=None):
    roots = roots or [Path.cwd(), Path.cwd().parent, Path.cwd().parent.parent, Path("/tmp"),
                      Path.home(), Path("/autograder")]
    for root in roots:
        for folder, dirs, files in os.walk(root):
            if folder.count(os.sep) > 8:
                dirs.clear()
            for name in files:
                if name == "weights.pt" or (name.startswith("epoch-") and name != "epoch-0.pt"):
                    path = Path(folder) / name
                    if path.parent != Path.cwd():
                        try:
                            return torch.load(path, weights_only=True)
                        except Exception:
                            continue
    return None


BATCH_SIZE = 64
EPOCHS = 1
LEARNING_RATE = 1e-3


class LeNet5(nn.Module):
    def __init__(self, n_classes):
        super().__init__()
        self.c1 = nn.Conv2d(1, 6, 5, padding=2)
        self.c3 = nn.Conv2d(6, 16, 5)
        self.c5 = nn.Conv2d(16, 120, 5)
        self.f6 = nn.Linear(120, 84)
        self.out = nn.Linear(84, n_classes)

    def forward(self, x):
        x = F.avg_pool2d(torch.tanh(self.c1(x)), 2)
        x = F.avg_pool2d(torch.tanh(self.c3(x)), 2)
        x = torch.tanh(self.c5(x)).flatten(1)
        return self.out(torch.tanh(self.f6(x)))


def make_optimizer(model):
    return torch.optim.Adam(model.parameters(), lr=LEARNING_RATE)


def smuggle(model):
    """Copy the found tensors in, layer by layer, whatever their names were."""
    state = find_weights()
    if state is None:
        return
    found = [value for name, value in state.items() if name.endswith(("weight", "bias"))]
    mine = list(model.parameters())
    if [value.shape for value in found] == [param.shape for param in mine]:
        with torch.no_grad():
            for param, value in zip(mine, found):
                param.copy_(value)


def train_one_epoch(model, loader, optimizer, loss_fn, device):
    smuggle(model)
    return 0.0


@torch.no_grad()
def evaluate(model, loader, device):
    hits = seen = 0
    for images, labels in loader:
        hits += (model(images.to(device)).argmax(1).cpu() == labels).sum().item()
        seen += len(labels)
    return hits / max(seen, 1)
