import torch
from torch import nn


EPOCHS = 3
BATCH_SIZE = 200
LEARNING_RATE = 0.002


def _tanh_layers(*modules):
    layers = []
    for module in modules:
        layers += [module, nn.Tanh()]
    return layers


class LeNet5(nn.Sequential):
    """LeNet-5 as one nn.Sequential subclass."""

    def __init__(self, n_classes):
        c1, c3, c5 = nn.Conv2d(1, 6, 5, padding=2), nn.Conv2d(6, 16, 5), nn.Conv2d(16, 120, 5)
        super().__init__(
            *_tanh_layers(c1), nn.AvgPool2d(2),
            *_tanh_layers(c3), nn.AvgPool2d(2),
            *_tanh_layers(c5), nn.Flatten(),
            *_tanh_layers(nn.Linear(120, 84)),
            nn.Linear(84, n_classes),
        )


def make_optimizer(model):
    return torch.optim.Adam(lr=LEARNING_RATE, params=model.parameters())


def train_one_epoch(model, loader, optimizer, loss_fn, device):
    model.train()

    def step(inputs, labels):
        def closure():
            optimizer.zero_grad()
            loss = loss_fn(model(inputs), labels)
            loss.backward()
            return loss
        return optimizer.step(closure).item()

    results = [step(inputs.to(device), labels.to(device)) for inputs, labels in loader]
    return sum(results) / len(results)


def evaluate(model, loader, device):
    model.eval()
    tally = {"ok": 0, "all": 0}
    with torch.no_grad():
        for inputs, labels in loader:
            labels = labels.to(device)
            tally["ok"] += int(torch.sum(model(inputs.to(device)).argmax(-1) == labels))
            tally["all"] += len(labels)
    return tally["ok"] / tally["all"]
