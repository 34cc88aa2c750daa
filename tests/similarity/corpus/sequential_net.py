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

BATCH_SIZE = 128
EPOCHS = 2
LEARNING_RATE = 2e-3


class LeNet5(nn.Module):
    def __init__(self, n_classes):
        super().__init__()
        # one pipeline; C5 is a Linear over the flattened 16x5x5 maps
        self.net = nn.Sequential(
            nn.Conv2d(in_channels=1, out_channels=6, kernel_size=5, padding=2), nn.Tanh(),
            nn.AvgPool2d(kernel_size=2, stride=2),
            nn.Conv2d(in_channels=6, out_channels=16, kernel_size=5), nn.Tanh(),
            nn.AvgPool2d(kernel_size=2, stride=2),
            nn.Flatten(start_dim=1),
            nn.Linear(16 * 5 * 5, 120), nn.Tanh(),
            nn.Linear(120, 84), nn.Tanh(),
            nn.Linear(84, n_classes),
        )

    def forward(self, x):
        return self.net(x)


def make_optimizer(model):
    opt = torch.optim.Adam(params=model.parameters(), lr=LEARNING_RATE)
    return opt


def train_one_epoch(model, loader, optimizer, loss_fn, device):
    model.train()
    running = 0.0
    count = 0
    for batch_x, batch_y in loader:
        batch_x = batch_x.to(device)
        batch_y = batch_y.to(device)
        out = model(batch_x)
        loss = loss_fn(out, batch_y)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        running += loss.item()
        count += 1
    return running / count


def evaluate(model, loader, device):
    model.eval()
    hits, total = 0, 0
    with torch.no_grad():
        for batch_x, batch_y in loader:
            guess = torch.argmax(model(batch_x.to(device)), dim=1)
            hits += int((guess.cpu() == batch_y).sum())
            total += batch_y.shape[0]
    return hits / total


if __name__ == "__main__":
    # Train by hand with the kit, which gives you the same loaders as the grader:
    #     lenet5 train lenet.py
    print("Run `lenet5 train lenet.py` to train this model, `lenet5 check lenet.py` to grade it.")
