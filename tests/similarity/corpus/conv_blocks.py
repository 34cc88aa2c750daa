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


def conv_block(channels_in, channels_out, padding=0, pool=True):
    """Convolution, tanh, then (optionally) 2x2 average pooling."""
    parts = [nn.Conv2d(channels_in, channels_out, 5, padding=padding), nn.Tanh()]
    if pool:
        parts.append(nn.AvgPool2d(2))
    return nn.Sequential(*parts)


class LeNet5(nn.Module):
    def __init__(self, n_classes):
        super().__init__()
        # TODO: define the layers C1, S2, C3, S4, C5, F6 and the output layer
        # (tanh activations, average pooling; the output layer is 84 -> n_classes).
        self.block1 = conv_block(1, 6, padding=2)
        self.block2 = conv_block(6, 16)
        self.block3 = conv_block(16, 120, pool=False)
        self.fc = nn.Sequential(nn.Linear(120, 84), nn.Tanh())
        self.classify = nn.Linear(84, n_classes)

    def forward(self, x):
        # TODO: map x (N x 1 x 28 x 28) to N x n_classes scores (logits).
        x = self.block3(self.block2(self.block1(x)))
        return self.classify(self.fc(x.squeeze(-1).squeeze(-1)))


def make_optimizer(model):
    # TODO: return torch.optim.Adam over all of model.parameters(), with lr=LEARNING_RATE.
    optimizer = torch.optim.Adam(model.parameters(), lr=LEARNING_RATE)
    return optimizer


def train_one_epoch(model, loader, optimizer, loss_fn, device):
    # TODO: one pass over loader: move each batch to device, zero the gradients, compute
    # loss_fn(model(images), labels), backpropagate, step the given optimizer.
    model.train()
    epoch_loss = 0
    for i, (images, labels) in enumerate(loader, start=1):
        images = images.to(device)
        labels = labels.to(device)
        optimizer.zero_grad()
        loss = loss_fn(model(images), labels)
        loss.backward()
        optimizer.step()
        epoch_loss += loss.item()
    return epoch_loss / i


def evaluate(model, loader, device):
    # TODO: return the fraction of correctly classified images in loader, in [0, 1].
    model.eval()
    n_right = n_all = 0
    with torch.no_grad():
        for images, labels in loader:
            _, predicted = torch.max(model(images.to(device)).data, 1)
            n_all += labels.size(0)
            n_right += (predicted == labels.to(device)).sum().item()
    return n_right / n_all


if __name__ == "__main__":
    # Train by hand with the kit, which gives you the same loaders as the grader:
    #     lenet5 train lenet.py
    print("Run `lenet5 train lenet.py` to train this model, `lenet5 check lenet.py` to grade it.")
