import torch
from torch import nn
from torch.nn import functional


BATCH_SIZE = 512
EPOCHS = 5
LEARNING_RATE = 0.005


class LeNet5(nn.Module):
    def __init__(self, n_classes):
        super().__init__()
        self.first = nn.Conv2d(1, 6, 5, padding="same")
        self.second = nn.Conv2d(6, 16, 5)
        self.third = nn.Conv2d(16, 120, 5)
        self.hidden = nn.Linear(120, 84)
        self.out = nn.Linear(84, n_classes)
        self.squash = nn.Tanh()

    def forward(self, batch):
        batch = functional.avg_pool2d(self.squash(self.first(batch)), 2)
        batch = functional.avg_pool2d(self.squash(self.second(batch)), 2)
        batch = self.squash(self.third(batch)).view(-1, 120)
        return self.out(self.squash(self.hidden(batch)))


def make_optimizer(model):
    adam = torch.optim.Adam
    return adam(model.parameters(), lr=LEARNING_RATE)


def train_one_epoch(model, loader, optimizer, loss_fn, device):
    model.train()
    history = torch.zeros(len(loader))
    index = 0
    for pixels, digits in loader:
        pixels, digits = pixels.to(device), digits.to(device)
        optimizer.zero_grad()
        cost = loss_fn(model.forward(pixels), digits)
        cost.backward()
        optimizer.step()
        history[index] = cost.item()
        index += 1
    return history[:index].mean().item()


def evaluate(model, loader, device):
    model.eval()
    predictions, truth = [], []
    with torch.no_grad():
        for pixels, digits in loader:
            predictions.append(model(pixels.to(device)).argmax(dim=1).cpu())
            truth.append(digits)
    return (torch.cat(predictions) == torch.cat(truth)).double().mean().item()
