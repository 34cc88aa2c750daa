# expect: architecture=timeout parameters=timeout layers=timeout n_classes=timeout optimizer=timeout training_loop=timeout accuracy=timeout quick-accuracy=timeout
"""Loops forever at import time, as training at import without a __main__ guard can."""

import torch

while True:
    torch.zeros(1)
