# expect: architecture=passed parameters=passed layers=passed n_classes=passed optimizer=passed training_loop=passed accuracy=passed
"""Correct, with probabilities as output (an nn.Softmax at the end, as the slides allow); the
loop hands loss_fn their log, which gives the same cross-entropy. Nothing fails."""

import torch
from torch import nn

BATCH_SIZE = 64
EPOCHS = 1
LEARNING_RATE = 1e-3


class LeNet5(nn.Module):
    def __init__(self, n_classes):
        super().__init__()
        self.model = nn.Sequential(
            nn.Conv2d(1, 6, 5, padding=2), nn.Tanh(), nn.AvgPool2d(2, 2),
            nn.Conv2d(6, 16, 5), nn.Tanh(), nn.AvgPool2d(2, 2),
            nn.Conv2d(16, 120, 5), nn.Tanh(), nn.Flatten(),
            nn.Linear(120, 84), nn.Tanh(),
            nn.Linear(84, n_classes), nn.Softmax(dim=1))

    def forward(self, x):
        return self.model(x)


def make_optimizer(model):
    return torch.optim.Adam(model.parameters(), lr=LEARNING_RATE)


def train_one_epoch(model, loader, optimizer, loss_fn, device):
    model.train()
    losses = []
    for images, labels in loader:
        images, labels = images.to(device), labels.to(device)
        optimizer.zero_grad()
        probabilities = model(images)
        loss = loss_fn(torch.log(probabilities + 1e-12), labels)
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
    return sum(losses) / len(losses)


def evaluate(model, loader, device):
    model.eval()
    correct, total = 0, 0
    with torch.no_grad():
        for images, labels in loader:
            probabilities = model(images.to(device))
            correct += (probabilities.argmax(1) == labels.to(device)).sum().item()
            total += labels.size(0)
    return correct / total
