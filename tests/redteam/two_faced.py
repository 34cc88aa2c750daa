# expect: architecture=passed parameters=passed layers=passed n_classes=passed optimizer=failed training_loop=failed accuracy=failed
"""Two faces. While its weights have only been copied in (as the differential test loads the
grader's weights, with copy_, and runs them) or left as built (the operator trace), the model
computes tanh and average pooling. From the first step of an optimizer that make_optimizer
built, or once load_state_dict has run (the evaluate stage loads each saved epoch), it
computes ReLU and max pooling. Its honest part would be the ReLU and max-pooling model it
trains (as relu.py and max_pool.py, 9 points: layers fails), but the grader scores the weights
with the function it verified, tanh and average pooling, which is not the one that was
trained: the training loop's loss and the test accuracy are those of the wrong network (51%
to 59% here). The grader's replay of its training sees the second face too: the training
loop's steps are not those of the function it verified, so optimizer fails as well, and it
earns 5, less than its honest part."""

import torch
import torch.nn.functional as F
from torch import nn

BATCH_SIZE = 64
EPOCHS = 1
LEARNING_RATE = 1e-3


class LeNet5(nn.Module):
    def __init__(self, n_classes):
        super().__init__()
        self.c1 = nn.Conv2d(1, 6, 5, padding=2)
        self.c3 = nn.Conv2d(6, 16, 5)
        self.c5 = nn.Conv2d(16, 120, 5)
        self.f6 = nn.Linear(120, 84)
        self.out = nn.Linear(84, n_classes)
        self.shown = False  # the face it trains with
        self.register_load_state_dict_post_hook(lambda model, keys: model.show())

    def show(self):
        self.shown = True

    def forward(self, x):
        act, pool = (torch.relu, F.max_pool2d) if self.shown else (torch.tanh, F.avg_pool2d)
        x = pool(act(self.c1(x)), 2)
        x = pool(act(self.c3(x)), 2)
        x = act(self.c5(x)).flatten(1)
        return self.out(act(self.f6(x)))


def make_optimizer(model):
    optimizer = torch.optim.Adam(model.parameters(), lr=LEARNING_RATE)
    optimizer.register_step_post_hook(lambda *_: model.show())
    return optimizer


def train_one_epoch(model, loader, optimizer, loss_fn, device):
    model.train()
    total = 0.0
    for images, labels in loader:
        images, labels = images.to(device), labels.to(device)
        optimizer.zero_grad()
        loss = loss_fn(model(images), labels)
        loss.backward()
        optimizer.step()
        total += loss.item()
    return total / len(loader)


@torch.no_grad()
def evaluate(model, loader, device):
    model.eval()
    hits = seen = 0
    for images, labels in loader:
        hits += (model(images.to(device)).argmax(1).cpu() == labels).sum().item()
        seen += len(labels)
    return hits / max(seen, 1)
