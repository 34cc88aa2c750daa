# expect: architecture=error parameters=failed layers=error n_classes=failed optimizer=error training_loop=error accuracy=error
"""Stubs base, plus a forged training-loop fact. The inspection gathers its facts in this
process, by calling the functions of a dict, FACTS, in its own module. The first model it
builds (to trace it) lets LeNet5.__init__ reach that module's globals through its caller's
frame and replace FACTS["training_loop"] by one that reports a loop that learns, its
predictions copied from the sample's own labels. It imports nothing of the grader: the scan
has nothing to flag. Honest part: the starter's stubs."""

import sys

import torch
from torch import nn

BATCH_SIZE = 64
EPOCHS = 1
LEARNING_RATE = 1e-3


def learned_loop(module, sample):
    """What training_loop_facts reports for a loop that learns: 4 passes of 8 batches."""
    losses = [2.3, 1.6, 1.1, 0.8]
    return {"returned_losses": losses, "seen_losses": losses, "batches_seen": [8] * 4,
            "batches_per_epoch": 8, "optimizer_steps": 32, "weights_moved": True,
            "claimed_accuracy": 1.0, "predictions": sample.labels.tolist()}


class LeNet5(nn.Module):
    def __init__(self, n_classes):
        super().__init__()
        facts = sys._getframe(1).f_globals.get("FACTS")
        if isinstance(facts, dict) and "training_loop" in facts:
            facts["training_loop"] = learned_loop

    def forward(self, x):
        raise NotImplementedError("LeNet5.forward is not implemented yet")


def make_optimizer(model):
    raise NotImplementedError("make_optimizer is not implemented yet")


def train_one_epoch(model, loader, optimizer, loss_fn, device):
    raise NotImplementedError("train_one_epoch is not implemented yet")


def evaluate(model, loader, device):
    raise NotImplementedError("evaluate is not implemented yet")
