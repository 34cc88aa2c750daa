# expect: architecture=error parameters=error layers=error n_classes=error optimizer=error training_loop=error accuracy=error quick-accuracy=error
"""Raises at import: a typo in a module-level name."""

import torch
from torch import nn

BATCH_SIZE = 64
EPOCHS = 1
LEARNING_RATE = learning_rate  # noqa: F821 - the mistake this example shows
