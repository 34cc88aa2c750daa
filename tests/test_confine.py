"""Each sandbox tier, probed from inside a worker: what a submission can read, write and
reach, and that the report names the protection it had. The static scan, and the stop on a
change to the grader's own files."""

from __future__ import annotations

import os
import shutil

import pytest

from conftest import SOLUTION, STARTER
from grader import confine, screening
from grader.errors import GraderCompromised

PROBE = '''
import os, socket
def attempt(label, action):
    try:
        action()
        print(label, "allowed")
    except Exception as error:
        print(label, "denied", type(error).__name__)
attempt("labels", lambda: open({labels!r}, "rb").read(16))
attempt("solution", lambda: open({solution!r}).read(16))
attempt("grader-write", lambda: open({grader!r}, "a").close())
attempt("network", lambda: socket.create_connection(("127.0.0.1", {port}), timeout=2).close())
'''


def _available_tiers():
    tiers = ["namespaces", "plain"]
    if shutil.which("bwrap"):
        tiers.insert(0, "bubblewrap")
    elif os.environ.get("LENET5_REQUIRE_SANDBOX"):
        pytest.fail("bubblewrap is required here (LENET5_REQUIRE_SANDBOX) but not installed")
    return tiers


@pytest.fixture
def probe(tmp_path, mnist_root):
    import socket

    server = socket.create_server(("127.0.0.1", 0))
    path = tmp_path / "probe.py"
    path.write_text(PROBE.format(
        labels=str(mnist_root / "MNIST" / "raw" / "t10k-labels-idx1-ubyte"),
        solution=str(SOLUTION), grader=str(confine.KIT_ROOT / "grader" / "__init__.py"),
        port=server.getsockname()[1]))
    yield path
    server.close()


def _seen(result) -> dict[str, str]:
    lines = [line.split() for line in result.logs["inspect"].splitlines()]
    return {words[0]: words[1] for words in lines if len(words) >= 2}


@pytest.mark.parametrize("tier", _available_tiers())
def test_each_tier_hides_what_it_promises(tier, probe, grader_with):
    from grader.grading import kit_digest

    digest = kit_digest()
    result = grader_with(tier).grade(probe, quick=True)
    seen = _seen(result)
    assert result.sandbox["tool"] == tier
    assert kit_digest() == digest
    if tier == "plain":
        assert result.sandbox["network"] == "open"
        assert seen["network"] == "allowed"  # what the report admits is true
        return
    assert seen == {"labels": "denied", "solution": "denied", "network": "denied",
                    "grader-write": seen["grader-write"]}, result.logs
    if tier == "bubblewrap" or result.sandbox["user"] == "an unprivileged uid of its own":
        assert seen["grader-write"] == "denied"


def test_the_best_tier_is_chosen_and_named(grader):
    expected = "bubblewrap" if shutil.which("bwrap") else "namespaces"
    assert grader.confinement.tool == expected
    assert set(grader.confinement.describe()) == {"tool", "user", "files", "network"}


def test_an_unknown_forced_tier_is_a_usage_error(monkeypatch):
    from grader.errors import GraderError

    monkeypatch.setenv("LENET5_SANDBOX", "chroot")
    with pytest.raises(GraderError, match="choose one of"):
        confine.choose()


def test_a_change_to_the_grader_files_stops_grading(grader, monkeypatch):
    from grader import grading

    calls = iter([grader.digest, {**grader.digest, "grader/checks.py": "changed"}])
    monkeypatch.setattr(grading, "kit_digest", lambda: next(calls))
    grader.grade(STARTER, quick=True)  # first check: unchanged
    with pytest.raises(GraderCompromised, match="grader/checks.py"):
        grader.grade(STARTER, quick=True)


def test_scan_flags_what_a_lenet_does_not_need():
    source = "\n".join([
        "import subprocess, torch", "from os import system", "import ctypes",
        "x = __import__('socket')", "import grader.worker", "from otter import api",
        "torch.Tensor.__eq__ = None", f"blob = '{'a' * 20000}'",
        "if __name__ == '__main__':", "    import socket"])
    flags = screening.scan(source)
    assert [flag.split(":")[0] for flag in flags] == [f"line {n}" for n in range(1, 9)]
    assert "subprocess" in flags[0] and "os.system" in flags[1] and "ctypes" in flags[2]
    assert "grader" in flags[4] and "otter" in flags[5] and "torch" in flags[6]
    assert "20,000 characters" in flags[7]


def test_scan_leaves_the_solution_and_the_starter_alone():
    assert screening.scan(SOLUTION.read_text()) == []
    assert screening.scan(STARTER.read_text()) == []


def test_two_graders_never_share_a_worker_uid(monkeypatch, tmp_path):
    """Each pool stands for another grader process: their locks keep the uids apart."""
    from grader.errors import GraderError

    monkeypatch.setattr(confine, "UID_RANGE", range(61000, 61003))
    monkeypatch.setattr(confine, "UID_LOCKS", tmp_path / "uids")
    first, second = confine._UidPool(), confine._UidPool()
    mine = first.take()
    theirs = {second.take(), second.take()}
    assert mine not in theirs and len(theirs) == 2
    with pytest.raises(GraderError, match="in use"):
        second.take()
    first.give_back(mine)
    assert second.take() == mine


def test_a_secret_inside_another_is_not_hidden_twice(tmp_path):
    """bubblewrap cannot make a folder inside an already hidden, read-only one."""
    (tmp_path / "kit" / "data").mkdir(parents=True)
    (tmp_path / "job").mkdir()
    cell = confine.Cell(confine.Confinement("plain", False), tmp_path / "job",
                        [tmp_path / "kit" / "data", tmp_path / "kit"])
    assert cell.secrets == [tmp_path / "kit"]
