# expect: architecture=passed parameters=passed layers=passed n_classes=passed optimizer=failed training_loop=failed accuracy=failed
"""Idle base. In the timed run's stage (its request.json says so, and where the training data lies),
make_optimizer first trains the model for 7 CPU-seconds on the training set that lies in the
job folder, then returns Adam. The stage saves the fresh model before make_optimizer and
starts the budget's clock after it, so train_one_epoch need not train at all: the saved
epoch is already past 95%."""

import json
import time
from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as F
from torch import nn

JOB = Path(__file__).parent  # the grader copies this file into the stage's folder
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


def stage():
    try:
        return json.loads((JOB / "request.json").read_text())["stage"]
    except (OSError, ValueError, KeyError):
        return None


def pretrain(model, seconds):
    data = Path(json.loads((JOB / "request.json").read_text()).get("data") or JOB)
    images = torch.from_numpy(np.load(data / "train-images.npy"))
    labels = torch.from_numpy(np.load(data / "train-labels.npy"))
    optimizer = torch.optim.Adam(model.parameters(), lr=2e-3)
    started = time.process_time()
    while time.process_time() - started < seconds:
        batch = torch.randint(len(labels), (64,))
        inputs = ((images[batch].float() / 255 - 0.1307) / 0.3081).unsqueeze(1)
        optimizer.zero_grad()
        F.cross_entropy(model(inputs), labels[batch]).backward()
        optimizer.step()


def make_optimizer(model):
    if stage() == "train":
        pretrain(model, seconds=7.0)
    return torch.optim.Adam(model.parameters(), lr=LEARNING_RATE)


def train_one_epoch(model, loader, optimizer, loss_fn, device):
    return 0.0  # never trains: make_optimizer did, before the clock started


@torch.no_grad()
def evaluate(model, loader, device):
    model.eval()
    hits = seen = 0
    for images, labels in loader:
        hits += (model(images.to(device)).argmax(1).cpu() == labels).sum().item()
        seen += len(labels)
    return hits / max(seen, 1)
