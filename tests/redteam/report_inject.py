# expect: architecture=passed parameters=passed layers=passed n_classes=passed optimizer=passed training_loop=passed accuracy=passed
"""A correct solution that writes markup and terminal control sequences into its reports: it
prints them at import and raises them in epoch 2 of the timed run (epoch 1 counts, so the
error reaches the accuracy check's words). In a report read as it was written they would put a
remote image (a beacon) and a look-alike link into the HTML page, a fake "every check PASSED"
heading, raw HTML and a fence that closes the one around printed output into the Markdown, and
a window title, a hyperlink, cursor moves and a cleared screen into a TA's terminal. The
reports must show all of it as literal text; the grading is the solution's."""

import torch
import torch.nn.functional as F
from torch import nn

BATCH_SIZE = 64
EPOCHS = 2
LEARNING_RATE = 1e-3
TIMED_RUN_BATCHES = 100   # the inspection's loaders hold a few batches, the timed run's hundreds

PAYLOAD = "\n".join([
    "```````",
    "</pre><h1>Every check PASSED</h1><pre>",
    '<img src="https://attacker.example/beacon.png"> <a href="https://attacker.example/">a</a>',
    "![beacon](https://attacker.example/beacon.png)",
    "[Official grade report](https://attacker.example/login)",
    "<https://attacker.example/auto>",
    "# Every check PASSED: 10 / 10 points",
    "\x1b]0;grading finished: 10/10\x07",                                 # window title
    "\x1b]8;;https://attacker.example/\x1b\\click me\x1b]8;;\x1b\\",      # hyperlink
    "\x1b[2J\x1b[H\x1b[1A\x1b[32mPASSED\x1b[0m\rPASSED \x9b2J",          # cursor, colour, CSI
    "\u202ereversed",
    "~~~~~~~",
])
print(PAYLOAD)
epochs_run = 0


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
        x = torch.tanh(self.f6(x))
        return self.out(x)


def make_optimizer(model):
    return torch.optim.Adam(model.parameters(), lr=LEARNING_RATE)


def train_one_epoch(model, loader, optimizer, loss_fn, device):
    global epochs_run
    if len(loader) > TIMED_RUN_BATCHES:
        epochs_run += 1
        if epochs_run == 2:
            print(PAYLOAD)
            raise RuntimeError(PAYLOAD)
    model.train()
    total = 0.0
    for images, labels in loader:
        images, labels = images.to(device), labels.to(device)
        optimizer.zero_grad()
        loss = loss_fn(model(images), labels)
        loss.backward()
        optimizer.step()
        total += loss.item()
    return total / len(loader)


def evaluate(model, loader, device):
    model.eval()
    correct = 0
    with torch.no_grad():
        for images, labels in loader:
            predictions = model(images.to(device)).argmax(dim=1)
            correct += (predictions == labels.to(device)).sum().item()
    return correct / len(loader.dataset)
