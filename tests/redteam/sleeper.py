# expect: architecture=timeout parameters=passed layers=timeout n_classes=passed optimizer=passed training_loop=timeout accuracy=timeout
"""A correct solution whose first forward pass in each process sleeps for 120 seconds: a
grading slot held at no CPU cost. Sleep counts against a stage's CPU limit once a 5 s grace is
used up, so the stage is stopped soon after its limit; every check that needs the forward pass
times out, those the grader decides from the model as built pass. 120 s lie beyond the red
team's limits plus the grace (inspection: 20 CPU-seconds times the machine's speed scale, at
least 1) and within their wall-clock nets (4 x limit + 60 s): were sleep not charged, each
stage would wait it out and then pass every check."""

import time

import torch
from torch import nn

BATCH_SIZE = 64
EPOCHS = 1
LEARNING_RATE = 1e-3
slept = False


class LeNet5(nn.Module):
    def __init__(self, n_classes):
        super().__init__()
        self.net = nn.Sequential(
            nn.Conv2d(1, 6, 5, padding=2), nn.Tanh(), nn.AvgPool2d(2),
            nn.Conv2d(6, 16, 5), nn.Tanh(), nn.AvgPool2d(2),
            nn.Conv2d(16, 120, 5), nn.Tanh(), nn.Flatten(),
            nn.Linear(120, 84), nn.Tanh(), nn.Linear(84, n_classes))

    def forward(self, x):
        global slept
        if not slept:
            slept = True
            time.sleep(120)
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
