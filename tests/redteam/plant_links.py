# expect: architecture=error parameters=failed layers=error n_classes=failed optimizer=error training_loop=error accuracy=error
"""Stubs base. At import, in every stage, plants links where the grading process reads and
writes, as a student who read the grader's source would: the names a stage's output, weights,
replay and request had in the job folder (and the names the next stage's data would get),
each a symbolic link to the reference solution (found beside the grader's own code), to a
file in the machine's /tmp that the grader would create, or to what the grading process's
own working folder holds (/proc/self/cwd: a grade sheet); and a hard link where one can be
made. The grader, reading and writing through them, would show the solution in the report
or write where the student chose. Honest part: the starter's stubs."""

import os
from pathlib import Path

import grader
import torch
from torch import nn

BATCH_SIZE = 64
EPOCHS = 1
LEARNING_RATE = 1e-3
HERE = Path.cwd()   # the stage's own folder
SOLUTION = Path(grader.__file__).resolve().parent.parent / "solution" / "lenet.py"
WRITTEN = Path("/tmp/lenet5-planted-by-a-student")   # the grader must never create this
READ = ["session.log", "inspect.log", "train.log", "evaluate.log", "replay.npz",
        "epoch-1-C1.weight.npy", "loop-C1.weight.npy", "epoch-1.pt"]
WRITE = ["request.json", "test-images.npy", "train-images.npy", "init-C1.weight.npy"]


def link(target, path):
    """`path` becomes a link to `target`, whatever was there."""
    try:
        os.unlink(path)
    except OSError:
        pass
    try:
        os.symlink(target, path)
    except OSError:
        pass


def plant():
    for folder in (HERE, HERE.parent):
        for name in READ:
            link(SOLUTION if name.endswith((".log", ".pt")) else "/proc/self/cwd/final_grades.csv",
                 folder / name)
        for name in WRITE:
            link(WRITTEN, folder / name)
    try:
        os.link(SOLUTION, HERE / "hard-link.npy")
    except OSError:
        pass


plant()


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
