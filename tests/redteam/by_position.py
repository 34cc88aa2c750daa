# expect: architecture=passed parameters=passed layers=passed n_classes=passed optimizer=failed training_loop=failed accuracy=failed
"""Idle base. Answers by position: the i-th image forward() sees gets the i-th label of
MNIST's test set in its published order. LABELS is empty here; the test fills in the real
labels, as a student could paste them in, and the grader's shuffling must defeat them. It
answers only once "trained" (a buffer saved with the weights), so a fresh model looks fresh."""

import torch
import torch.nn.functional as F
from torch import nn

LABELS = ""  # the test-set labels in their published order, one digit each

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


class LeNet5(LeNet5):
    def __init__(self, n_classes):
        super().__init__(n_classes)
        self.register_buffer("trained", torch.zeros(()))
        self.position = 0

    def forward(self, x):
        logits = super().forward(x)
        if LABELS and self.trained.item():
            answers = [int(digit) for digit in LABELS[self.position:self.position + len(x)]]
            self.position = (self.position + len(x)) % len(LABELS)
            if len(answers) == len(x):
                return F.one_hot(torch.tensor(answers), logits.shape[1]).float() * 100.0
        return logits


def train_one_epoch(model, loader, optimizer, loss_fn, device):
    model.trained.fill_(1)
    return 0.0  # never trains


@torch.no_grad()
def evaluate(model, loader, device):
    hits = seen = 0
    for images, labels in loader:
        hits += (model(images.to(device)).argmax(1).cpu() == labels).sum().item()
        seen += len(labels)
    return hits / max(seen, 1)
