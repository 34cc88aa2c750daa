"""Fixtures of the red team (test_redteam_*.py): a listener for attacks on the network, the
watch on the kit and its Python environment, and weights a smuggler would bring."""

from __future__ import annotations

import subprocess

import pytest
from attacks import Listener
from helpers import KIT, SOLUTION

from grader import data
from grader.grading.integrity import environment_digest, kit_digest


@pytest.fixture(scope="module")
def listener():
    """A listener on a free port for the module (`attacks.attack` tells network.py the port)."""
    server = Listener()
    yield server
    server.close()


@pytest.fixture(scope="module")
def kit_and_environment_unchanged():
    """After a red-team module, `git status` of the kit and the Python environment are
    exactly as before: a caught write is not enough, the venv would stay compromised. Other
    tests may run meanwhile; none writes there either."""
    def status():
        if not (KIT / ".git").exists():
            return ""
        return subprocess.run(["git", "status", "--porcelain"], cwd=KIT, capture_output=True,
                              text=True, check=False).stdout

    def environment():  # the calibration cache may be written by the grader itself
        return {folder: digest for folder, digest in environment_digest().items()
                if not folder.endswith("calibration.json")}

    before = (status(), kit_digest(), environment())
    yield
    after = (status(), kit_digest(), environment())
    assert after[0] == before[0], f"git status changed:\n{after[0]}"
    assert after[1] == before[1], "the kit's files changed"
    assert after[2] == before[2], "the Python environment changed"


@pytest.fixture(scope="session")
def trained_weights(tmp_path_factory, mnist_root):
    """The solution's weights after one epoch: what a smuggler would bring."""
    import torch

    from grader.worker import runtime

    module = runtime.load_submission(SOLUTION)
    runtime.seed_everything(0)
    model = module.LeNet5(10)
    images, labels = map(runtime.as_tensor, data.load_split(mnist_root, train=True))
    module.train_one_epoch(model, runtime.TensorBatches(images, labels, 64, seed=0),
                           module.make_optimizer(model), runtime.RecordingLoss(), "cpu")
    path = tmp_path_factory.mktemp("smuggled") / "weights.pt"
    torch.save(model.state_dict(), path)
    return path
