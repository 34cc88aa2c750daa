# expect: architecture=passed parameters=passed layers=passed n_classes=passed optimizer=failed training_loop=passed accuracy=failed
"""make_optimizer returns Adam; train_one_epoch calls its step(closure), and the closure makes a
hand-written SGD update before Adam's step sees (zeroed) gradients. Everything inside step()
used to count as Adam's, so SGD passed the optimizer and accuracy checks. The grader replays
the steps with its own Adam: the first segment of the training loop and of the timed run ends
elsewhere. Honest part: a LeNet-5 trained by SGD by hand (optimizer and accuracy fail)."""

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


@torch.no_grad()
def evaluate(model, loader, device):
    model.eval()
    hits = seen = 0
    for images, labels in loader:
        hits += (model(images.to(device)).argmax(1).cpu() == labels).sum().item()
        seen += len(labels)
    return hits / max(seen, 1)


def train_one_epoch(model, loader, optimizer, loss_fn, device):
    model.train()
    total = 0.0
    for images, labels in loader:
        def closure(images=images, labels=labels):
            optimizer.zero_grad()
            loss = loss_fn(model(images.to(device)), labels.to(device))
            loss.backward()
            with torch.no_grad():   # the update, by hand, inside Adam's step
                for parameter in model.parameters():
                    parameter.sub_(0.05 * parameter.grad)
                    parameter.grad.zero_()
            return loss

        total += float(optimizer.step(closure))
    return total / len(loader)
