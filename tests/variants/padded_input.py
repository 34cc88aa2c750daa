# expect: architecture=passed parameters=passed layers=passed n_classes=passed optimizer=passed training_loop=passed accuracy=passed
"""Correct, the 1998 paper's way: the 28x28 image is padded to 32x32 and C1 has no padding,
which computes exactly the table's C1. Nothing fails."""

import torch
import torch.nn.functional as F
from torch import nn

BATCH_SIZE = 128
EPOCHS = 2
LEARNING_RATE = 2e-3


class LeNet5(nn.Module):
    def __init__(self, n_classes):
        super().__init__()
        self.C1 = nn.Conv2d(1, 6, 5)
        self.S2 = nn.AvgPool2d(2)
        self.C3 = nn.Conv2d(6, 16, 5)
        self.S4 = nn.AvgPool2d(2)
        self.C5 = nn.Conv2d(16, 120, 5)
        self.F6 = nn.Linear(120, 84)
        self.OUT = nn.Linear(84, n_classes)

    def forward(self, img):
        img = F.pad(img, (2, 2, 2, 2))          # 28x28 -> 32x32, as in the paper
        x = self.S2(torch.tanh(self.C1(img)))
        x = self.S4(torch.tanh(self.C3(x)))
        x = torch.tanh(self.C5(x)).squeeze(-1).squeeze(-1)
        x = torch.tanh(self.F6(x))
        return self.OUT(x)


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
