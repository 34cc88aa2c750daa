# expect: architecture=failed parameters=failed layers=failed n_classes=failed optimizer=failed training_loop=failed accuracy=failed quick-accuracy=failed
"""Not valid Python: the grader rejects it before running anything."""

class LeNet5(nn.Module)
    pass
