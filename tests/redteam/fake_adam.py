# expect: architecture=passed parameters=passed layers=passed n_classes=passed optimizer=failed training_loop=passed accuracy=failed
"""make_optimizer returns Adam, whose update the grader replays; train_one_epoch calls that
Adam's step() once a pass with no gradients (it moves nothing, and counts as a step), and
trains with an SGD of its own, written out by hand, with momentum. Honest part: a LeNet-5
trained by SGD, as new_optimizer.py: the optimizer check fails, and so does accuracy, since
weights moved other than by the given optimizer earn none."""

import torch
import torch.nn.functional as F
from torch import nn

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
    model.train()
    optimizer.zero_grad()
    optimizer.step()  # no gradients: Adam leaves every parameter as it is
    velocities = [torch.zeros_like(parameter) for parameter in model.parameters()]
    total = 0.0
    for images, labels in loader:
        model.zero_grad()
        loss = loss_fn(model(images.to(device)), labels.to(device))
        loss.backward()
        with torch.no_grad():
            for parameter, velocity in zip(model.parameters(), velocities):
                velocity.mul_(0.9).add_(parameter.grad)
                parameter.sub_(0.05 * velocity)
        total += loss.item()
    return total / len(loader)


@torch.no_grad()
def evaluate(model, loader, device):
    model.eval()
    hits = seen = 0
    for images, labels in loader:
        hits += (model(images.to(device)).argmax(1).cpu() == labels).sum().item()
        seen += len(labels)
    return hits / max(seen, 1)
