"""LeNet-5 for MNIST, built from a table of layer sizes."""

import torch
from torch import nn

LEARNING_RATE = 5e-4
BATCH_SIZE = 48
EPOCHS = 5

CONVS = [(1, 6, 2), (6, 16, 0)]   # (in channels, out channels, padding), each then pooled
DENSE = [(400, 120), (120, 84)]


class LeNet5(nn.Module):
    def __init__(self, n_classes):
        super().__init__()
        self.convs = nn.ModuleList(nn.Conv2d(cin, cout, 5, padding=pad) for cin, cout, pad in CONVS)
        self.pool = nn.AvgPool2d(2)
        self.dense = nn.ModuleList(nn.Linear(a, b) for a, b in DENSE)
        self.last = nn.Linear(84, n_classes)

    def forward(self, x):
        for conv in self.convs:
            x = self.pool(torch.tanh(conv(x)))
        x = x.flatten(1)
        for layer in self.dense:
            x = torch.tanh(layer(x))
        return self.last(x)


def make_optimizer(model):
    return torch.optim.Adam(model.parameters(), lr=LEARNING_RATE, betas=(0.9, 0.999))


def train_one_epoch(model, loader, optimizer, loss_fn, device):
    model.train()
    seen_batches = 0
    loss_sum = torch.tensor(0.0, device=device)
    for data, target in loader:
        data = data.to(device, non_blocking=True)
        target = target.to(device, non_blocking=True)
        for p in model.parameters():
            p.grad = None
        batch_loss = loss_fn(model(data), target)
        batch_loss.backward()
        optimizer.step()
        loss_sum += batch_loss.detach()
        seen_batches += 1
    return (loss_sum / seen_batches).item()


def evaluate(model, loader, device):
    was_training = model.training
    model.eval()
    good = total = 0
    with torch.no_grad():
        for data, target in loader:
            logits = model(data.to(device))
            good += logits.argmax(dim=1).eq(target.to(device)).sum().item()
            total += target.numel()
    model.train(was_training)
    return good / total if total else 0.0
