# expect: architecture=error parameters=failed layers=error n_classes=failed optimizer=error training_loop=error accuracy=error
"""Stubs base. At import, writes to every descriptor it has (the worker's report channel among
them) a record nested 200,000 levels deep, which made the grader's JSON reader raise and
crash the grading, then a line of 20 MB, which the grader would have held in memory whole.
The grader drops both and reads the records after them (a stage may send 32 MiB in all:
channel_flood.py sends more)."""

import os

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


def flood():
    deep = b'{"event": "fact", "key": "trace", "value": ' + b"[" * 200_000 + b"]" * 200_000
    endless = b"x" * (20 << 20) + b"\n"
    for fd in range(3, 64):
        for line in (deep + b"}\n", endless):
            try:
                os.write(fd, line)
            except OSError:
                break


flood()
torch.manual_seed(0)
