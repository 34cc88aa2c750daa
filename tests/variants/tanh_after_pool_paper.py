# expect: architecture=passed parameters=passed layers=failed n_classes=passed optimizer=passed training_loop=passed accuracy=passed
"""The paper's order with modules: conv, average pooling, then tanh, in nn.Sequential. The
handout applies tanh before the pooling, so only layers fails, and its words say so."""

import torch
from torch import nn

BATCH_SIZE = 64
EPOCHS = 1
LEARNING_RATE = 1e-3


class LeNet5(nn.Module):
    def __init__(self, n_classes):
        super().__init__()
        self.c1 = nn.Sequential(nn.Conv2d(1, 6, 5, padding=2), nn.AvgPool2d(2), nn.Tanh())
        self.c3 = nn.Sequential(nn.Conv2d(6, 16, 5), nn.AvgPool2d(2), nn.Tanh())
        self.c5 = nn.Sequential(nn.Conv2d(16, 120, 5), nn.Tanh())
        self.f6 = nn.Sequential(nn.Linear(120, 84), nn.Tanh())
        self.out = nn.Linear(84, n_classes)

    def forward(self, x):
        x = self.c5(self.c3(self.c1(x)))
        return self.out(self.f6(x.flatten(1)))


def make_optimizer(model):
    return torch.optim.Adam(model.parameters(), lr=LEARNING_RATE)


def train_one_epoch(model, loader, optimizer, loss_fn, device):
    model.train()
    losses = []
    for images, labels in loader:
        images, labels = images.to(device), labels.to(device)
        optimizer.zero_grad()
        loss = loss_fn(model(images), labels)
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
    return sum(losses) / len(losses)


def evaluate(model, loader, device):
    model.eval()
    correct, total = 0, 0
    with torch.no_grad():
        for images, labels in loader:
            outputs = model(images.to(device))
            correct += (outputs.argmax(1) == labels.to(device)).sum().item()
            total += labels.size(0)
    return correct / total
