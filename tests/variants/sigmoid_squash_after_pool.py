# expect: architecture=passed parameters=passed layers=failed n_classes=passed optimizer=passed training_loop=passed accuracy=failed
"""tanh after each convolution as in the table, and a sigmoid squashing each pooling's output
as well: a nonlinearity LeNet-5 does not have, which layers names (the values differ first at
C3, whose weights are right: not architecture's mistake). The squashed maps also learn too
slowly to pass 95% in one epoch (about 88% here)."""

import torch
from torch import nn

BATCH_SIZE = 64
EPOCHS = 1
LEARNING_RATE = 1e-3


class LeNet5(nn.Module):
    def __init__(self, n_classes):
        super().__init__()
        self.conv1 = nn.Conv2d(1, 6, kernel_size=5, padding=2)
        self.conv2 = nn.Conv2d(6, 16, kernel_size=5)
        self.conv3 = nn.Conv2d(16, 120, kernel_size=5)
        self.fc1 = nn.Linear(120, 84)
        self.fc2 = nn.Linear(84, n_classes)
        self.tanh = nn.Tanh()
        self.pool = nn.AvgPool2d(kernel_size=2, stride=2)
        self.squash = nn.Sigmoid()

    def forward(self, x):
        x = self.squash(self.pool(self.tanh(self.conv1(x))))
        x = self.squash(self.pool(self.tanh(self.conv2(x))))
        x = self.tanh(self.conv3(x))
        x = x.reshape(x.shape[0], -1)
        x = self.tanh(self.fc1(x))
        return self.fc2(x)


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
