# expect: architecture=error parameters=error layers=error n_classes=error optimizer=error training_loop=error accuracy=error quick-accuracy=error
"""Allocates memory at import until something stops it."""

import torch

hoard = []
while True:
    hoard.append(torch.ones(64 * 2**20))  # 256 MiB a step, touched
