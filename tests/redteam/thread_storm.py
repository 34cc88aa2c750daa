# expect: architecture=timeout parameters=passed layers=timeout n_classes=passed optimizer=passed training_loop=timeout accuracy=timeout
"""The sleeper (sleeper.py), disguised as a starved stage: its first forward pass in each
process pins the process to one CPU, starts 150 threads that wake every 10 ms, and sleeps. The
threads' summed run-queue waits exceed the wall clock at little CPU cost, so a grader that
judged starvation from every thread's waits took the sleep for a busy machine: every check an
error, "the machine was too busy", and lenet5 grade grading it twice more. Its waits are its
own: the sleep is charged, and the checks that need the forward pass time out."""

import os
import threading
import time

import torch
from torch import nn

BATCH_SIZE = 64
EPOCHS = 1
LEARNING_RATE = 1e-3
stormed = False


def _wake_often():
    while True:
        time.sleep(0.01)


class LeNet5(nn.Module):
    def __init__(self, n_classes):
        super().__init__()
        self.net = nn.Sequential(
            nn.Conv2d(1, 6, 5, padding=2), nn.Tanh(), nn.AvgPool2d(2),
            nn.Conv2d(6, 16, 5), nn.Tanh(), nn.AvgPool2d(2),
            nn.Conv2d(16, 120, 5), nn.Tanh(), nn.Flatten(),
            nn.Linear(120, 84), nn.Tanh(), nn.Linear(84, n_classes))

    def forward(self, x):
        global stormed
        if not stormed:
            stormed = True
            os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
            for _ in range(150):
                threading.Thread(target=_wake_often, daemon=True).start()
            time.sleep(600)
        return self.net(x)


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
    return total / max(len(loader), 1)


@torch.no_grad()
def evaluate(model, loader, device):
    model.eval()
    hits = seen = 0
    for images, labels in loader:
        hits += (model(images.to(device)).argmax(1).cpu() == labels.cpu()).sum().item()
        seen += len(labels)
    return hits / max(seen, 1)
