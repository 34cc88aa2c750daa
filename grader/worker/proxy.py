"""A neutral workload that stands in for the reference solution where it is not shipped.

Students get the checker without the solution, yet their full check needs a time budget for
this machine. `lenet5 build` measures, on one machine, how many times longer one epoch of the
reference takes than this workload; a student's machine measures the workload and scales it
by that ratio. The workload has LeNet-5's kind of work (small convolutions, tanh, average
pooling, two linear layers, Adam, batches of 64 MNIST-sized images) but not its layers, and it
trains on random numbers: it reveals nothing a student could hand in.
"""

from __future__ import annotations

STEPS = 300   # about a third of an epoch's work: a few CPU-seconds


def run_workload(steps: int = STEPS) -> None:
    """`steps` Adam steps of the workload on one batch of random images."""
    import torch
    import torch.nn.functional as F

    generator = torch.Generator().manual_seed(0)
    images = torch.randn(64, 1, 28, 28, generator=generator)
    labels = torch.randint(0, 10, (64,), generator=generator)
    shapes = [(8, 1, 3, 3), (8,), (24, 8, 3, 3), (24,), (64, 864), (64,), (10, 64), (10,)]
    weights = [(torch.randn(*shape, generator=generator) * 0.1).requires_grad_()
               for shape in shapes]
    optimizer = torch.optim.Adam(weights, lr=1e-3)
    c1, b1, c2, b2, f1, d1, f2, d2 = weights
    for _ in range(steps):
        hidden = F.avg_pool2d(torch.tanh(F.conv2d(images, c1, b1, padding=1)), 2)
        hidden = F.avg_pool2d(torch.tanh(F.conv2d(hidden, c2, b2)), 2).flatten(1)
        logits = F.linear(torch.tanh(F.linear(hidden, f1, d1)), f2, d2)
        optimizer.zero_grad()
        F.cross_entropy(logits, labels).backward()
        optimizer.step()
