# expect: architecture=error parameters=failed layers=error n_classes=failed optimizer=error training_loop=error accuracy=error
"""Stubs base. At import, tries to reach the network: the machine's own loopback and
addresses on a port the test listens on, and PyPI, to send what it found and fetch answers."""

import socket

import torch
from torch import nn

PORT = 47474  # the tests put the port of their own listener here

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


def reach_out():
    targets = [("127.0.0.1", PORT), ("pypi.org", 443)]
    try:
        targets += [(address, PORT) for address in
                    socket.gethostbyname_ex(socket.gethostname())[2]]
    except OSError:
        pass
    reached = []
    for host, port in targets:
        try:
            with socket.create_connection((host, port), timeout=3) as connection:
                connection.sendall(b"lenet5 red team was here\n")
                reached.append(f"{host}:{port}")
        except OSError:
            pass
    print("reached:", reached)


reach_out()
