# expect: architecture=passed parameters=passed layers=passed n_classes=passed optimizer=failed training_loop=failed accuracy=failed
"""Idle base. At import, hides 3.5 GiB, beyond the 3 GiB a stage may hold, in memory that is
no process's resident memory: memfd pages written (not mapped), detached System V segments,
files in /dev/shm. A watchdog that sums resident memory sees none of it. Where it hides it
all, it trains like the solution (a grader that cannot see the memory cannot tell); where it
is refused, it never trains. The seccomp filter refuses memfd_create and shmget, and /dev/shm
is the view's own 64 MiB."""

import ctypes
import os

import torch
import torch.nn.functional as F
from torch import nn

BATCH_SIZE = 64
EPOCHS = 1
LEARNING_RATE = 1e-3
HOLD_MIB = 3584
PIECE_MIB = 8            # per file: the stage's file-size limit is 16 MiB
_kept = []               # the descriptors and segments, held for the stage's life


def _memfd(mib):
    fd = os.memfd_create("pages")
    _kept.append(fd)
    os.write(fd, b"\xa5" * (mib << 20))


def _shm_segment(mib):
    libc = ctypes.CDLL(None, use_errno=True)
    libc.shmat.restype = ctypes.c_void_p
    segment = libc.shmget(0, mib << 20, 0o1600)
    if segment < 0:
        raise OSError(ctypes.get_errno(), "shmget")
    address = libc.shmat(segment, None, 0)
    ctypes.memset(address, 0xA5, mib << 20)
    libc.shmdt(ctypes.c_void_p(address))   # detached: no process's memory any more
    _kept.append(segment)


def _shm_file(mib):
    fd = os.open(f"/dev/shm/memfd-hog-{os.getpid()}-{len(_kept)}", os.O_RDWR | os.O_CREAT, 0o600)
    _kept.append(fd)
    os.write(fd, b"\xa5" * (mib << 20))


def _hide():
    hidden = 0
    for way in (_memfd, _shm_segment, _shm_file):
        while hidden < HOLD_MIB:
            try:
                way(PIECE_MIB)
            except OSError:
                break
            hidden += PIECE_MIB
    return hidden


HIDDEN_MIB = _hide()
print(f"memfd_hog: hid {HIDDEN_MIB} MiB")


class LeNet5(nn.Module):
    def __init__(self, n_classes):
        super().__init__()
        self.c1 = nn.Conv2d(1, 6, 5, padding=2)
        self.c3 = nn.Conv2d(6, 16, 5)
        self.c5 = nn.Conv2d(16, 120, 5)
        self.f6 = nn.Linear(120, 84)
        self.out = nn.Linear(84, n_classes)

    def forward(self, x):
        x = F.avg_pool2d(torch.tanh(self.c1(x)), 2)
        x = F.avg_pool2d(torch.tanh(self.c3(x)), 2)
        x = torch.tanh(self.c5(x)).flatten(1)
        x = torch.tanh(self.f6(x))
        return self.out(x)


def make_optimizer(model):
    return torch.optim.Adam(model.parameters(), lr=LEARNING_RATE)


def train_one_epoch(model, loader, optimizer, loss_fn, device):
    if HIDDEN_MIB < HOLD_MIB:
        return 0.0   # refused: never trains
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


def evaluate(model, loader, device):
    model.eval()
    correct = 0
    with torch.no_grad():
        for images, labels in loader:
            predictions = model(images.to(device)).argmax(dim=1)
            correct += (predictions == labels.to(device)).sum().item()
    return correct / len(loader.dataset)
