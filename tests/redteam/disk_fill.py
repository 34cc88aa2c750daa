# expect: architecture=passed parameters=passed layers=passed n_classes=passed optimizer=passed training_loop=error accuracy=error
"""A correct solution that, every time it trains, fills the disk: 2,048 files of 1 MiB in its
temporary folder (its job folder), each first by fallocate, which takes the space without
writing it, and where that is refused, by writes. The job folder's watchdog stops the stage
past 256 MiB, so training never finishes; the folder is removed with the grading. Were it not
watched, the 2 GiB would be written and the honest part would pass."""

import ctypes
import os
import tempfile

import torch
from torch import nn

BATCH_SIZE = 64
EPOCHS = 1
LEARNING_RATE = 1e-3
BLOCK = os.urandom(1 << 20)


def fill(count=2048):
    libc = ctypes.CDLL(None, use_errno=True)
    folder = tempfile.mkdtemp()
    for index in range(count):
        fd = os.open(os.path.join(folder, f"fill-{index}"), os.O_WRONLY | os.O_CREAT, 0o600)
        if libc.fallocate(fd, 0, ctypes.c_long(0), ctypes.c_long(len(BLOCK))) != 0:
            os.write(fd, BLOCK)
        os.close(fd)


class LeNet5(nn.Module):
    def __init__(self, n_classes):
        super().__init__()
        self.net = nn.Sequential(
            nn.Conv2d(1, 6, 5, padding=2), nn.Tanh(), nn.AvgPool2d(2),
            nn.Conv2d(6, 16, 5), nn.Tanh(), nn.AvgPool2d(2),
            nn.Conv2d(16, 120, 5), nn.Tanh(), nn.Flatten(),
            nn.Linear(120, 84), nn.Tanh(), nn.Linear(84, n_classes))

    def forward(self, x):
        return self.net(x)


def make_optimizer(model):
    return torch.optim.Adam(model.parameters(), lr=LEARNING_RATE)


def train_one_epoch(model, loader, optimizer, loss_fn, device):
    fill()
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
