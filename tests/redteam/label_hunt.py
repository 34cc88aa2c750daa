# expect: architecture=passed parameters=passed layers=passed n_classes=passed optimizer=failed training_loop=failed accuracy=failed
"""Idle base. Hunts the file system for MNIST's test files; with them, forward() looks every
image up by its pixels and answers with its true label, whatever order the grader uses. It
answers only once "trained" (a buffer saved with the weights), so a fresh model looks fresh."""

import os
import time
from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as F
from torch import nn

WHERE = [str(Path.home() / ".cache"), "/root/.cache", "/autograder", "/tmp",
         str(Path.cwd().parent), "/home", "/work", "/data", "/srv", "/opt", "/root"]


def find_test_set(roots=WHERE, budget_s=10.0):
    """The test images and labels as numpy arrays, if a copy is readable anywhere."""
    started, images, labels = time.monotonic(), None, None
    for root in roots:
        for folder, _, files in os.walk(root):
            if time.monotonic() - started > budget_s:
                return None
            for name in files:
                path = os.path.join(folder, name)
                try:
                    if name.startswith("t10k-images"):
                        images = np.frombuffer(open(path, "rb").read()[16:], np.uint8)
                    elif name.startswith("t10k-labels"):
                        labels = np.frombuffer(open(path, "rb").read()[8:], np.uint8)
                except OSError:
                    continue
                if images is not None and labels is not None:
                    return images.reshape(-1, 784), labels
    return None


def _answers():
    found = find_test_set()
    return {} if found is None else {row.tobytes(): int(label) for row, label in zip(*found)}


ANSWERS = _answers()

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


class LeNet5(LeNet5):
    def __init__(self, n_classes):
        super().__init__(n_classes)
        self.register_buffer("trained", torch.zeros(()))

    def forward(self, x):
        logits = super().forward(x)
        if ANSWERS and self.trained.item():
            pixels = ((x * 0.3081 + 0.1307) * 255).round().clamp(0, 255).to(torch.uint8)
            for row, image in enumerate(pixels.reshape(len(x), -1).cpu().numpy()):
                label = ANSWERS.get(image.tobytes())
                if label is not None:
                    logits[row] = F.one_hot(torch.tensor(label), logits.shape[1]) * 100.0
        return logits


def train_one_epoch(model, loader, optimizer, loss_fn, device):
    model.trained.fill_(1)
    return 0.0  # never trains: the answers come from the hunt


@torch.no_grad()
def evaluate(model, loader, device):
    hits = seen = 0
    for images, labels in loader:
        hits += (model(images.to(device)).argmax(1).cpu() == labels).sum().item()
        seen += len(labels)
    return hits / max(seen, 1)
