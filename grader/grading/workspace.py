"""The grading process's working folder: data every grading shares, one confined job folder
per grading, and inside it a fresh folder per stage.

A worker runs the student's code, and anything it can write it can also replace with a link.
So the grading process never opens a path in a job folder the ordinary way:

- every stage gets a folder made for it just before it starts, under a random name, after
  everything the earlier stages left in the job folder was removed: nothing carries over;
- the grader writes a stage's request and data into that folder before any process of the
  stage exists, creating each file (it never opens one that is there);
- it reads back through a descriptor of the folder opened when it made it, one file at a time,
  refusing links (`O_NOFOLLOW`), anything but a regular file, and files over their size.

The shared arrays (training images and labels, the training-loop sample) are written once.
A worker reads them where no worker can write them: a read-only bind in the view tiers, files
of the grader's own (mode 0444) for a worker with its own uid, and a copy of its own where the
worker runs as the grader's user (nothing else would stop it from rewriting them for every
later grading).
"""

from __future__ import annotations

import io
import os
import re
import secrets
import stat
import tempfile
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from grader.data import Mnist
from grader.isolation import tiers
from grader.isolation.session import WorkerSession
from grader.worker import cleanup
from grader.worker.protocol import SUBMISSION

SAMPLE_SIZE = 256   # training images for the training-loop check
SAMPLE_SEED = 0     # which ones: the same for every grading, so the facts repeat
SHARED = ("train-images", "train-labels", "sample-images", "sample-labels")


# Opening relative to a folder's descriptor, refusing links: POSIX. Windows has none of it (a
# student's own laptop, where the student's code runs as the student anyway): there the
# folder is named by path, and a file is read only if what was opened is what lstat saw.
BY_DESCRIPTOR = os.open in os.supports_dir_fd and hasattr(os, "O_NOFOLLOW") \
    and hasattr(os, "O_DIRECTORY")


class StageFolder:
    """One stage's folder: made fresh, written before the stage starts, read without links.
    `fd` is the folder opened when it was made (None where folders are named by path). Made
    by `make`."""

    def __init__(self, path: Path, fd: int | None):
        self.path, self.fd = path, fd

    @classmethod
    def make(cls, path: Path, uid: int | None) -> StageFolder:
        """A new folder at `path`, failing if anything is there already, handed to `uid`
        where the job has a uid of its own."""
        os.mkdir(path, 0o700)
        fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW) if BY_DESCRIPTOR \
            else None
        if uid is not None:
            os.chown(path, uid, uid)
        return cls(path, fd)

    def _open(self, name: str, flags: int, mode: int = 0o444) -> int:
        if self.fd is not None:
            return os.open(name, flags | os.O_NOFOLLOW, mode, dir_fd=self.fd)
        return os.open(self.path / name, flags | getattr(os, "O_BINARY", 0), mode)

    def place(self, name: str, data: bytes) -> None:
        """A new file of the grader's: never one that is there, never through a link."""
        with os.fdopen(self._open(name, os.O_WRONLY | os.O_CREAT | os.O_EXCL), "wb") as handle:
            handle.write(data)

    def read(self, name: str, max_bytes: int) -> bytes | None:
        """The file `name` if it is a regular file of at most `max_bytes` with no other name
        (not a link of any kind, not a FIFO that would block), else None."""
        try:
            seen = None if self.fd is not None else os.lstat(self.path / name)
            fd = self._open(name, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        except OSError:
            return None
        with os.fdopen(fd, "rb") as handle:
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode) or info.st_nlink != 1 \
                    or info.st_size > max_bytes or seen is not None and (
                        stat.S_ISLNK(seen.st_mode) or seen.st_ino != info.st_ino):
                return None
            data = handle.read(max_bytes + 1)
        return data if len(data) <= max_bytes else None

    def place_array(self, name: str, array: np.ndarray) -> None:
        buffer = io.BytesIO()
        np.save(buffer, np.ascontiguousarray(array), allow_pickle=False)
        self.place(f"{name}.npy", buffer.getvalue())

    def read_array(self, name: str, max_bytes: int) -> np.ndarray | None:
        """A `.npy` array as the worker wrote it: numbers only, no pickled objects."""
        data = self.read(f"{name}.npy", max_bytes)
        if data is None:
            return None
        try:
            array = np.load(io.BytesIO(data), allow_pickle=False)
        except (ValueError, OSError, EOFError):
            return None
        return array if isinstance(array, np.ndarray) and array.dtype.kind in "fiu" else None

    def read_arrays(self, name: str, max_bytes: int) -> dict[str, np.ndarray] | None:
        """The arrays of an `.npz` file, numbers only."""
        data = self.read(name, max_bytes)
        if data is None:
            return None
        try:
            with np.load(io.BytesIO(data), allow_pickle=False) as found:
                return {key: np.asarray(found[key]) for key in found.files}
        except (ValueError, OSError, EOFError, KeyError):
            return None

    def close(self) -> None:
        if self.fd is not None:
            os.close(self.fd)


@dataclass
class Job:
    """One grading in progress: its confined folder and worker, what its code printed, its
    deadline, and whether the machine starved one of its stages."""
    confinement: tiers.JobConfinement
    session: WorkerSession
    submission: bytes | None
    shared: Path
    deadline: float = float("inf")   # time.monotonic() by which the whole grading must end
    logs: dict[str, str] = field(default_factory=dict)   # stage -> what the student's code printed
    usage: dict[str, dict] = field(default_factory=dict)  # stage -> CPU, wall, wait, memory
    starved: bool = False
    stage: StageFolder | None = None

    @property
    def folder(self) -> Path:
        return self.confinement.folder

    def remaining(self) -> float:
        return self.deadline - time.monotonic()

    def open_stage(self, name: str) -> StageFolder:
        """A fresh folder for stage `name`, holding the submission and, where the worker could
        otherwise rewrite the shared data, a copy of it; what earlier stages left is gone."""
        self.close_stage()
        self.confinement.clear()
        self.stage = StageFolder.make(self.folder / f"{name}-{secrets.token_hex(8)}",
                                      self.confinement.uid)
        if self.submission is not None:
            self.stage.place(SUBMISSION, self.submission)
        if self.data_folder() == self.stage.path:
            for shared in SHARED:
                self.stage.place(f"{shared}.npy", (self.shared / f"{shared}.npy").read_bytes())
        return self.stage

    def data_folder(self) -> Path:
        """Where this job's workers read the shared arrays."""
        return self.shared if self.confinement.chosen.protection != "none" else self.stage.path

    def close_stage(self) -> None:
        if self.stage is not None:
            self.stage.close()
            self.stage = None


@dataclass
class Workspace:
    """The shared arrays and the job folders of one grading process, under `root`; the
    training-loop sample is also kept here, for the grader's own checks. Made by `create`."""
    root: Path
    sample_images: np.ndarray
    sample_labels: np.ndarray
    confinement: tiers.Confinement
    secrets: list[Path]
    threads: int
    address_space_mib: float | None

    @classmethod
    def create(cls, mnist: Mnist, confinement: tiers.Confinement, secrets: list[Path], *,
               threads: int, address_space_mib: float | None) -> Workspace:
        """A fresh temporary folder with the shared arrays written once, read-only."""
        root = Path(tempfile.mkdtemp(prefix="lenet5-"))
        shared = root / "shared"
        shared.mkdir()
        pick = np.random.default_rng(SAMPLE_SEED).permutation(len(mnist.train_labels))
        pick = pick[:SAMPLE_SIZE]
        sample_images, sample_labels = mnist.train_images[pick], mnist.train_labels[pick]
        for name, array in zip(SHARED, (mnist.train_images, mnist.train_labels,
                                        sample_images, sample_labels)):
            np.save(shared / f"{name}.npy", array)
            os.chmod(shared / f"{name}.npy", 0o444)
        os.chmod(shared, 0o755)
        return cls(root, sample_images, sample_labels, confinement, secrets, threads,
                   address_space_mib)

    @property
    def shared(self) -> Path:
        """The shared arrays' folder."""
        return self.root / "shared"

    @contextmanager
    def job(self, submission: Path | None, name: str, deadline: float = float("inf"),
            screened: str | None = None):
        """A job folder for `submission` (if any), removed afterwards. `screened`: the text
        the screening read from it, which the stages then get (UTF-8), not the file read
        again."""
        safe = re.sub(r"[^\w.-]", "_", name)[:40]
        folder = Path(tempfile.mkdtemp(prefix=f"{safe}-", dir=self.root))
        confinement = tiers.JobConfinement.open(self.confinement, folder, self.secrets,
                                                data=self.shared)
        session = WorkerSession(confinement, threads=self.threads,
                                address_space_mib=self.address_space_mib)
        job = Job(confinement, session,
                  screened.encode() if screened is not None
                  else submission.read_bytes() if submission is not None else None, self.shared,
                  deadline)
        try:
            yield job
        finally:
            job.close_stage()
            job.session.close()
            confinement.clear()
            confinement.release()
            cleanup.remove(folder)

    def close(self) -> None:
        cleanup.remove(self.root)
