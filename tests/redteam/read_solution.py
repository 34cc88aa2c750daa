# expect: architecture=error parameters=failed layers=error n_classes=failed optimizer=error training_loop=error accuracy=error
"""Stubs base. Searches the machine for the kit's reference solution, as a real attacker would:
beside the installed grader, then the grading user's home, every home, the temporary folders,
/srv, /opt, /work and the autograder's folders, for a `solution/lenet.py` of any checkout or
inside any autograder zip; if it can read one, it becomes it by running its code here."""

import importlib.util
import os
import zipfile
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


ROOTS = [str(Path.home()), "/root", "/home", "/tmp", "/var/tmp", "/srv", "/opt", "/work", "/mnt",
         "/media", "/autograder"]
SKIP = {".git", ".venv", "site-packages", "node_modules", "__pycache__", "proc", "sys"}


def solution_candidates():
    """Sources of a solution/lenet.py: files of a checkout, or members of a zip."""
    spec = importlib.util.find_spec("grader")
    if spec and spec.origin:
        yield Path(spec.origin).parent.parent / "solution" / "lenet.py"
    for root in ROOTS:
        for folder, dirs, files in os.walk(root):
            dirs[:] = [name for name in dirs if name not in SKIP]
            if folder.count(os.sep) > 7:
                dirs.clear()
            if os.path.basename(folder) == "solution" and "lenet.py" in files:
                yield Path(folder) / "lenet.py"
            for name in files:
                if name.endswith(".zip"):
                    yield Path(folder) / name


def read(path):
    if path.suffix != ".zip":
        return path.read_text()
    with zipfile.ZipFile(path) as archive:
        member = next(name for name in archive.namelist() if name.endswith("solution/lenet.py"))
        return archive.read(member).decode()


def steal():
    for path in solution_candidates():
        try:
            source = read(path)
        except (OSError, StopIteration, zipfile.BadZipFile, UnicodeDecodeError):
            continue
        exec(compile(source.replace("__main__", "__not_main__"), str(path), "exec"), globals())
        return str(path)
    return None


STOLEN_FROM = steal()
