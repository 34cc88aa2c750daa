"""LeNet-5 on MNIST: your submission.

Fill in every part marked TODO; the handout (README.md next to this file) lists the layers,
the contract of each function, and how you are graded. Check your work with

    lenet5 check lenet.py --quick     # every check except the timed training run
    lenet5 check lenet.py             # the full grading
    lenet5 train lenet.py             # train by hand, with the loss and accuracy plots

Submit this one file.
"""

import torch
from torch import nn

BATCH_SIZE = 64        # TODO: your choice, between 16 and 1024
EPOCHS = 1             # TODO: your choice, between 1 and 5
LEARNING_RATE = 1e-3   # TODO: your choice, between 1e-5 and 1.0


class LeNet5(nn.Module):
    def __init__(self, n_classes):
        super().__init__()
        # TODO: define the layers C1, S2, C3, S4, C5, F6 and the output layer
        # (tanh activations, average pooling; the output layer is 84 -> n_classes).

    def forward(self, x):
        # TODO: map x (N x 1 x 28 x 28) to N x n_classes scores (logits).
        raise NotImplementedError(
            "LeNet5.forward is not implemented yet: map N x 1 x 28 x 28 images to "
            "N x n_classes logits through C1, S2, C3, S4, C5, F6 and the output layer.")


def make_optimizer(model):
    # TODO: return torch.optim.Adam over all of model.parameters(), with lr=LEARNING_RATE.
    raise NotImplementedError(
        "make_optimizer is not implemented yet: return torch.optim.Adam over all of "
        "model.parameters() with lr=LEARNING_RATE.")


def train_one_epoch(model, loader, optimizer, loss_fn, device):
    # TODO: one pass over loader: move each batch to device, zero the gradients, compute
    # loss_fn(model(images), labels), backpropagate, step the given optimizer.
    raise NotImplementedError(
        "train_one_epoch is not implemented yet: make one pass over loader with the given "
        "optimizer and loss_fn, and return the mean loss as a float.")


def evaluate(model, loader, device):
    # TODO: return the fraction of correctly classified images in loader, in [0, 1].
    raise NotImplementedError(
        "evaluate is not implemented yet: return the accuracy over loader as a fraction "
        "in [0, 1].")


if __name__ == "__main__":
    # Train by hand with the kit, which gives you the same loaders as the grader:
    #     lenet5 train lenet.py
    print("Run `lenet5 train lenet.py` to train this model, `lenet5 check lenet.py` to grade it.")
