import torch
import torch.nn as nn

# hyperparameters
BATCH_SIZE = 32
EPOCHS = 3
LEARNING_RATE = 0.001


class LeNet5(nn.Module):
    """Classic LeNet-5, one attribute per layer."""

    def __init__(self, n_classes):
        super(LeNet5, self).__init__()
        self.c1 = nn.Conv2d(1, 6, 5, padding=2)
        self.s2 = nn.AvgPool2d(2)
        self.c3 = nn.Conv2d(6, 16, 5)
        self.s4 = nn.AvgPool2d(2)
        self.c5 = nn.Conv2d(16, 120, 5)
        self.f6 = nn.Linear(120, 84)
        self.output = nn.Linear(84, n_classes)

    def forward(self, x):
        x = self.s2(torch.tanh(self.c1(x)))
        x = self.s4(torch.tanh(self.c3(x)))
        x = torch.tanh(self.c5(x))
        x = torch.flatten(x, 1)
        x = torch.tanh(self.f6(x))
        return self.output(x)


def make_optimizer(model):
    return torch.optim.Adam(model.parameters(), lr=LEARNING_RATE)


def train_one_epoch(model, loader, optimizer, loss_fn, device):
    model.train()
    losses = []
    for step, (images, targets) in enumerate(loader):
        images, targets = images.to(device), targets.to(device)
        optimizer.zero_grad()
        scores = model(images)
        loss = loss_fn(scores, targets)
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
        if step % 200 == 0:
            print(f"step {step}: loss {loss.item():.4f}")
    return sum(losses) / len(losses)


@torch.no_grad()
def evaluate(model, loader, device):
    model.eval()
    right = 0
    for images, targets in loader:
        images, targets = images.to(device), targets.to(device)
        right += (model(images).argmax(1) == targets).sum().item()
    return right / len(loader.dataset)
