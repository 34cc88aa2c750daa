from collections import OrderedDict

import torch
from torch import nn, optim

BATCH_SIZE = 100
EPOCHS = 2
LEARNING_RATE = 0.0015


class LeNet5(nn.Module):
    def __init__(self, n_classes: int):
        super().__init__()
        self.body = nn.Sequential(OrderedDict([
            ("C1", nn.Conv2d(1, 6, 5, 1, 2)),
            ("act1", nn.Tanh()),
            ("S2", nn.AvgPool2d(2, 2)),
            ("C3", nn.Conv2d(6, 16, 5, 1, 0)),
            ("act3", nn.Tanh()),
            ("S4", nn.AvgPool2d(2, 2)),
            ("C5", nn.Conv2d(16, 120, 5, 1, 0)),
            ("act5", nn.Tanh()),
        ]))
        self.head = nn.Sequential(OrderedDict([
            ("F6", nn.Linear(120, 84)),
            ("act6", nn.Tanh()),
            ("OUT", nn.Linear(84, n_classes)),
        ]))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        features = self.body(x)
        return self.head(features.reshape(features.shape[0], 120))


def make_optimizer(model: nn.Module) -> optim.Optimizer:
    return optim.Adam(model.parameters(), LEARNING_RATE)


def train_one_epoch(model, loader, optimizer, loss_fn, device) -> float:
    model.train()
    batch_losses = [_train_step(model, batch, optimizer, loss_fn, device) for batch in loader]
    return float(sum(batch_losses) / len(batch_losses))


def _train_step(model, batch, optimizer, loss_fn, device):
    inputs, labels = (t.to(device) for t in batch)
    optimizer.zero_grad()
    loss = loss_fn(model(inputs), labels)
    loss.backward()
    optimizer.step()
    return loss.item()


def evaluate(model, loader, device) -> float:
    model.eval()
    outcomes = []
    with torch.no_grad():
        for inputs, labels in loader:
            predicted = model(inputs.to(device)).argmax(dim=1).cpu()
            outcomes.append(predicted == labels.cpu())
    return torch.cat(outcomes).float().mean().item()
