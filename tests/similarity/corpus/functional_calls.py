"""My LeNet-5 (functional style: only the layers with weights are modules)."""
import torch
import torch.nn as nn
import torch.nn.functional as F

BATCH_SIZE = 256
EPOCHS = 4
LEARNING_RATE = 3e-3


class LeNet5(nn.Module):
    def __init__(self, n_classes):
        super().__init__()
        self.conv_a = nn.Conv2d(1, 6, kernel_size=(5, 5), padding=(2, 2))
        self.conv_b = nn.Conv2d(6, 16, kernel_size=(5, 5))
        self.fc_a = nn.Linear(400, 120)
        self.fc_b = nn.Linear(120, 84)
        self.fc_c = nn.Linear(84, n_classes)

    def forward(self, img):
        h = F.avg_pool2d(F.tanh(self.conv_a(img)), kernel_size=2)
        h = F.avg_pool2d(F.tanh(self.conv_b(h)), kernel_size=2)
        h = h.view(h.size(0), -1)
        h = F.tanh(self.fc_a(h))
        h = F.tanh(self.fc_b(h))
        return self.fc_c(h)


def make_optimizer(model):
    params = list(model.parameters())
    return torch.optim.Adam(params, lr=LEARNING_RATE)


def train_one_epoch(model, loader, optimizer, loss_fn, device):
    model.train(True)
    total_loss, n_batches = 0.0, 0
    it = iter(loader)
    while True:
        try:
            x, y = next(it)
        except StopIteration:
            break
        x, y = x.to(device), y.to(device)
        optimizer.zero_grad(set_to_none=True)
        l = loss_fn(model(x), y)
        l.backward()
        optimizer.step()
        total_loss = total_loss + float(l)
        n_batches = n_batches + 1
    return total_loss / max(1, n_batches)


def evaluate(model, loader, device):
    model.train(False)
    correct = torch.tensor(0)
    seen = 0
    with torch.inference_mode():
        for x, y in loader:
            pred = F.softmax(model(x.to(device)), dim=-1).max(dim=-1).indices
            correct += pred.eq(y.to(device)).sum().cpu()
            seen += len(y)
    return correct.item() / seen
