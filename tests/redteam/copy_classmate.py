# expect: architecture=error parameters=failed layers=error n_classes=failed optimizer=error training_loop=error accuracy=error
"""Stubs base. Searches for other students' submissions (the batch folder, the grader's other
job folders, the grading user's home and every home, the temporary folders, /srv and /work) and
runs the first one that defines a full LeNet5."""

import os
from pathlib import Path

import torch
from torch import nn

BATCH_SIZE = 64
EPOCHS = 1
LEARNING_RATE = 1e-3


class LeNet5(nn.Module):
    def __init__(self, n_classes):
        super().__init__()

    def forward(self, x):
        raise NotImplementedError("LeNet5.forward")


def make_optimizer(model):
    raise NotImplementedError("make_optimizer")


def train_one_epoch(model, loader, optimizer, loss_fn, device):
    raise NotImplementedError("train_one_epoch")


def evaluate(model, loader, device):
    raise NotImplementedError("evaluate")

ME = Path(__file__).resolve()


ROOTS = [Path.cwd().parent, Path.cwd().parent.parent, Path.home(), Path("/root"), Path("/home"),
         Path("/tmp"), Path("/var/tmp"), Path("/srv"), Path("/work"), Path("/mnt"), Path("/media")]
SKIP = {".git", ".venv", "site-packages", "node_modules", "__pycache__"}


def classmates():
    for root in ROOTS:
        for folder, dirs, files in os.walk(root):
            dirs[:] = [name for name in dirs if name not in SKIP]
            if folder.count(os.sep) > 8:
                dirs.clear()
            for name in files:
                path = Path(folder) / name
                if name.endswith(".py") and path.resolve() != ME:
                    yield path


def copy():
    """Run each candidate on its own; take the first that defines the whole contract."""
    for path in classmates():
        try:
            source = path.read_text()
        except (OSError, UnicodeDecodeError):
            continue
        if "class LeNet5" not in source or "def train_one_epoch" not in source \
                or "never trains" in source or "NotImplementedError" in source:
            continue
        names = {"__name__": "classmate", "__file__": str(path)}
        try:
            exec(compile(source, str(path), "exec"), names)
        except Exception:
            continue
        globals().update({key: value for key, value in names.items()
                          if not key.startswith("__")})
        return str(path)
    return None


COPIED_FROM = copy()
