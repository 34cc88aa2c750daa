# expect: architecture=error parameters=error layers=error n_classes=error optimizer=error training_loop=error accuracy=error
"""Stubs base. At import, writes 400 MB of well-formed small records (progress reports) to every
descriptor it has, the worker's report channel among them: with an unbounded queue and a
decoding per line, 400 MB of junk grew the grading process by 395 MiB and 15 CPU-seconds. A
stage may send 32 MiB (the timed run: what its checkpoints need); past that the grader stops
reading, the stage is stopped and charged to the submission, and the grading process's memory
stays flat (tests/isolation/test_channel.py measures it)."""

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
    chunk = b'{"event": "progress", "done": 1, "total": 2}\n' * 20_000   # about 1 MB
    for fd in range(3, 64):
        try:
            for _ in range(400):
                os.write(fd, chunk)
        except OSError:
            continue


flood()
torch.manual_seed(0)
