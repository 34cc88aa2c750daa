"""A stage's folder as the grading process sees it: what a worker planted there is refused,
never followed, and nothing one stage left reaches the next."""

from __future__ import annotations

import os

import numpy as np
import pytest

from grader.grading import workspace
from grader.grading.workspace import StageFolder
from grader.isolation import tiers


@pytest.fixture(params=["descriptor", "path"])
def folder(request, tmp_path, monkeypatch):
    """A stage folder, opened by descriptor (POSIX) or by path (Windows' fallback)."""
    monkeypatch.setattr(workspace, "BY_DESCRIPTOR", request.param == "descriptor")
    made = StageFolder.make(tmp_path / "stage", None)
    yield made
    made.close()


def test_a_regular_file_is_read_and_an_array_comes_back_as_numbers(folder):
    np.save(folder.path / "weights.npy", np.arange(6, dtype=np.float32))
    assert folder.read_array("weights", 1 << 20).tolist() == [0, 1, 2, 3, 4, 5]
    np.save(folder.path / "objects.npy", np.array([{"a": 1}], dtype=object), allow_pickle=True)
    assert folder.read_array("objects", 1 << 20) is None   # would need unpickling


def test_links_fifos_and_large_files_are_refused(folder, tmp_path):
    secret = tmp_path / "solution.py"
    secret.write_text("the reference solution")
    (folder.path / "symlink.log").symlink_to(secret)
    os.link(secret, folder.path / "hardlink.log")
    os.mkfifo(folder.path / "fifo.log")
    (folder.path / "big.log").write_bytes(b"x" * 101)
    for name in ("symlink.log", "hardlink.log", "fifo.log", "big.log", "missing.log"):
        assert folder.read(name, 100) is None, name


def test_the_folder_replaced_by_a_link_is_not_followed(tmp_path, monkeypatch):
    """A worker that owns the job folder renames its stage folder and puts a link in its
    place: the grader, reading through the descriptor it opened, still reads its own."""
    monkeypatch.setattr(workspace, "BY_DESCRIPTOR", True)
    made = StageFolder.make(tmp_path / "stage", None)
    (made.path / "weights.npy").write_bytes(b"")
    os.rename(made.path, tmp_path / "moved")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    np.save(elsewhere / "weights.npy", np.ones(3))
    (tmp_path / "stage").symlink_to(elsewhere)
    assert made.read_array("weights", 1 << 20) is None   # the empty file it made, not the link's
    made.close()


def test_the_grader_never_writes_through_a_planted_name(folder, tmp_path):
    target = tmp_path / "outside"
    (folder.path / "request.json").symlink_to(target)
    with pytest.raises(OSError):
        folder.place("request.json", b"{}")
    assert not target.exists()


def test_clearing_the_job_folder_removes_what_a_worker_hid(tmp_path):
    """Folders without permissions, nested deeper than recursion or a path's length allow,
    and links (removed, not followed)."""
    job, kept = tmp_path / "job", tmp_path / "kept"
    job.mkdir()
    kept.mkdir()
    (kept / "file").write_text("outside the job")
    fd = os.open(job, os.O_RDONLY)
    for _ in range(3000):   # 6,000 characters of path: longer than a path may be
        os.mkdir("d", dir_fd=fd)
        below = os.open("d", os.O_RDONLY, dir_fd=fd)
        os.close(fd)
        fd = below
    (open(os.open("carried.pt", os.O_WRONLY | os.O_CREAT, 0o600, dir_fd=fd), "w")
     .close())
    os.close(fd)
    (job / "locked").mkdir()
    (job / "locked" / "weights.pt").write_text("carried")
    os.chmod(job / "locked", 0)
    (job / "link").symlink_to(kept)
    confinement = tiers.JobConfinement.open(tiers.Confinement("plain", False), job, [])
    confinement.clear()
    assert list(job.iterdir()) == [] and (kept / "file").read_text() == "outside the job"
