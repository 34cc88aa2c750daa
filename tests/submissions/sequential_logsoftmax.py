# expect: architecture=passed parameters=passed layers=passed n_classes=passed optimizer=passed training_loop=passed accuracy=passed
"""Correct, in another style: nn.Sequential, C5 as a Linear over the flattened maps,
log-probabilities as output, a constructor argument with another name, NLL loss semantics."""

import torch
from torch import nn

BATCH_SIZE = 128
EPOCHS = 2
LEARNING_RATE = 2e-3


class LeNet5(nn.Module):
    def __init__(self, num_classes=10):
        super().__init__()
        self.net = nn.Sequential(
            nn.Conv2d(1, 6, kernel_size=5, padding=2), nn.Tanh(), nn.AvgPool2d(2, 2),
            nn.Conv2d(6, 16, kernel_size=5), nn.Tanh(), nn.AvgPool2d(2, 2),
            nn.Flatten(),
            nn.Linear(400, 120), nn.Tanh(),
            nn.Linear(120, 84), nn.Tanh(),
            nn.Linear(84, num_classes), nn.LogSoftmax(dim=1),
        )

    def forward(self, x):
        return self.net(x)


def make_optimizer(model):
    return torch.optim.Adam(params=model.parameters(), lr=LEARNING_RATE)


def train_one_epoch(model, loader, optimizer, loss_fn, device):
    model.train()
    losses = []
    for images, labels in loader:
        optimizer.zero_grad()
        loss = loss_fn(model(images.to(device)), labels.to(device))
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
    return sum(losses) / len(losses)


@torch.no_grad()
def evaluate(model, loader, device):
    model.eval()
    hits = total = 0
    for images, labels in loader:
        hits += (model(images.to(device)).argmax(1) == labels.to(device)).sum().item()
        total += len(labels)
    return hits / total


if __name__ == "__main__":
    raise SystemExit("train me with: lenet5 train sequential_logsoftmax.py")
