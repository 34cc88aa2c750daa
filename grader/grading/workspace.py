"""The grading process's working folder: data every grading shares, and one confined job
folder per grading.

Shared arrays are written once as .npy files; each job gets hard links to them (no copy of
the data), a copy of the submission, its `Cell` (isolation/tiers.py: its uid, its view, its
sweep) and its worker session. When its grading ends, every process of the job is killed,
its folder removed, and its uid given back.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from grader.data import Mnist
from grader.isolation import tiers
from grader.isolation.session import WorkerSession
from grader.worker.protocol import SUBMISSION

SAMPLE_SIZE = 256   # training images for the training-loop check
SAMPLE_SEED = 0     # which ones: the same for every grading, so the facts repeat


@dataclass
class Job:
    """One grading in progress: its confined folder and worker, what its code printed, its
    deadline, and whether the machine starved one of its stages."""
    cell: tiers.Cell
    session: WorkerSession
    deadline: float = float("inf")   # time.monotonic() by which the whole grading must end
    logs: dict[str, str] = field(default_factory=dict)   # stage -> what the student's code printed
    usage: dict[str, dict] = field(default_factory=dict)  # stage -> CPU, wall, wait, memory
    starved: bool = False

    @property
    def folder(self) -> Path:
        return self.cell.job

    def remaining(self) -> float:
        return self.deadline - time.monotonic()

    def place(self, name: str, array: np.ndarray) -> None:
        """Data for this job's next stage, such as the shuffled test images."""
        np.save(self.folder / f"{name}.npy", array)


class Workspace:
    """The shared arrays and the job folders of one grading process."""

    def __init__(self, mnist: Mnist, confinement: tiers.Confinement, secrets: list[Path], *,
                 threads: int, address_space_mib: float | None):
        self.confinement, self.secrets = confinement, secrets
        self.threads, self.address_space_mib = threads, address_space_mib
        self.root = Path(tempfile.mkdtemp(prefix="lenet5-"))
        self.shared = self.root / "shared"
        self.shared.mkdir()
        pick = np.random.default_rng(SAMPLE_SEED).permutation(len(mnist.train_labels))
        pick = pick[:SAMPLE_SIZE]
        self.sample_labels = mnist.train_labels[pick]
        for name, array in (("train-images", mnist.train_images),
                            ("train-labels", mnist.train_labels),
                            ("sample-images", mnist.train_images[pick]),
                            ("sample-labels", self.sample_labels)):
            np.save(self.shared / f"{name}.npy", array)

    @contextmanager
    def job(self, submission: Path | None, name: str, deadline: float = float("inf")):
        """A job folder holding `submission` (if any) and the shared data, removed
        afterwards."""
        safe = re.sub(r"[^\w.-]", "_", name)[:40]
        folder = Path(tempfile.mkdtemp(prefix=f"{safe}-", dir=self.root))
        if submission is not None:
            shutil.copyfile(submission, folder / SUBMISSION)
        for shared in self.shared.iterdir():
            _place(shared, folder / shared.name)
        cell = tiers.Cell(self.confinement, folder, self.secrets)
        job = Job(cell, WorkerSession(cell, threads=self.threads,
                                      address_space_mib=self.address_space_mib), deadline)
        try:
            yield job
        finally:
            job.session.close()
            cell.release()
            shutil.rmtree(folder, ignore_errors=True)

    def close(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)


def _place(source: Path, target: Path) -> None:
    """A hard link where the file system allows it (no copy of the data), else a copy."""
    try:
        os.link(source, target)
    except OSError:
        shutil.copyfile(source, target)
