"""Shared fixtures: verified MNIST, a grader with short stage limits, and the kit's paths."""

from __future__ import annotations

import importlib
import os
import re
import secrets
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest

# The kit's package first: it sets the BLAS thread count before anything loads numpy (the
# name `grader` is the fixture below).
importlib.import_module("grader")
# One torch thread for the tests' own training and the commands they start, set before torch
# loads: the suite runs on every core at once (.ci/test), and there torch's spinning thread
# pools beside each other trained one epoch in 306 s instead of 11 on a 2-core machine.
# Workers set their own thread count.
os.environ.setdefault("OMP_NUM_THREADS", "1")

from helpers import (
    KIT,
    PR_SET_CHILD_SUBREAPER,
    SOLUTION,
    reap_adopted,
)

# The modules that take longest, longest first (measured by .ci/test's --durations): .ci/test
# hands whole modules to its workers in this order, and a long module started last would run
# alone at the end while the other core idles.
LONGEST_FIRST = ("e2e/test_containers.py", "e2e/test_redteam_class.py",
                 "e2e/test_examples.py", "e2e/test_student_package.py",
                 "e2e/test_variants.py", "e2e/test_redteam_tiers.py",
                 "e2e/test_redteam_otter.py", "commands/test_grade.py", "commands/test_slurm.py",
                 "e2e/test_solution.py",
                 "e2e/test_portable.py", "commands/test_cli.py", "commands/test_otter.py")


def pytest_collection_modifyitems(items):
    def rank(item):
        path = item.path.as_posix()
        return next((index for index, name in enumerate(LONGEST_FIRST)
                     if path.endswith("tests/" + name)), len(LONGEST_FIRST))

    items.sort(key=rank)   # stable: the rest keep their order


@pytest.fixture(scope="session")
def mnist_root():
    from grader import data

    return data.ensure_mnist()


@pytest.fixture(scope="session")
def test_rubric(tmp_path_factory):
    """The kit's rubric with shorter stage limits, so hanging examples end sooner. The
    inspect stage keeps 20 CPU-seconds: fork_storm's 400 forks of a torch process need more
    than 10 there."""
    text = (KIT / "assignment" / "rubric.toml").read_text()
    for key, value in {"startup_s": 10, "inspect_s": 20, "evaluate_s": 10}.items():
        text = re.sub(rf"^{key} = .*$", f"{key} = {value}", text, flags=re.MULTILINE)
    path = tmp_path_factory.mktemp("rubric") / "rubric.toml"
    path.write_text(text)
    return path


@pytest.fixture(scope="session")
def shared_folder(tmp_path_factory):
    """A folder of this test run that every xdist worker sees (this session's own without
    xdist; .ci/test's, LENET5_TEST_SHARED, for both of its runs): what a session fixture
    builds there under a lock is built once per run."""
    if os.environ.get("LENET5_TEST_SHARED"):
        return Path(os.environ["LENET5_TEST_SHARED"])
    if "PYTEST_XDIST_WORKER" not in os.environ:
        return tmp_path_factory.mktemp("shared")
    return tmp_path_factory.getbasetemp().parent


@pytest.fixture(scope="session")
def autograder_zip(shared_folder, mnist_root):
    """The kit's autograder zip and student bundle, built once per test run (by the first
    xdist worker that asks; the others wait for it and use the same files)."""
    from filelock import FileLock

    from grader.assignment.rubric import load_rubric
    from grader.commands import autograder, student_package

    out, rubric = shared_folder / "dist", load_rubric()
    with FileLock(shared_folder / "dist.lock"):
        if not (out / "built").exists():
            autograder.build_zip(out / "autograder.zip", rubric, mnist_root)
            student_package.write_bundle(out / "student", rubric)
            (out / "built").touch()
    return out / "autograder.zip", out / "student", rubric


@pytest.fixture(scope="session")
def grader(mnist_root, test_rubric):
    from grader.assignment.rubric import load_rubric
    from grader.data import Mnist
    from grader.grading.grader import Grader

    instance = Grader.open(load_rubric(test_rubric), Mnist.load(mnist_root))
    yield instance
    instance.close()


@pytest.fixture
def grader_with(monkeypatch, mnist_root, test_rubric):
    """A grader whose workers use one forced tier (as LENET5_SANDBOX forces it)."""
    from grader.assignment.rubric import load_rubric
    from grader.data import Mnist
    from grader.grading.grader import Grader

    made = []

    def make(tier):
        monkeypatch.setenv("LENET5_SANDBOX", tier)
        made.append(Grader.open(load_rubric(test_rubric), Mnist.load(mnist_root)))
        return made[-1]

    yield make
    for instance in made:
        instance.close()


@pytest.fixture(scope="module")
def adopt_orphans():
    """This test process adopts the orphans of everything it starts (Linux's child subreaper):
    a process that leaves a grading started here, even by a double fork and setsid, stays
    below this process, where `worker_processes()` looks, and gradings that others run on the
    machine at the same time stay out of it."""
    import ctypes

    libc = ctypes.CDLL(None)
    libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)
    yield
    libc.prctl(PR_SET_CHILD_SUBREAPER, 0, 0, 0, 0)
    reap_adopted()


@pytest.fixture
def copy_of_mnist(mnist_root, tmp_path):
    """A private copy of the verified raw files, safe to damage."""
    raw = tmp_path / "MNIST" / "raw"
    raw.mkdir(parents=True)
    for path in (mnist_root / "MNIST" / "raw").glob("*-ubyte"):
        shutil.copyfile(path, raw / path.name)
    return tmp_path


@dataclass
class Planted:
    """What a real grading machine holds besides the kit, in the grading user's home and in
    the shared temporary folder: private secrets (mode 600, named like tokens), a classmate's
    correct submission and another checkout of the kit with its solution (world-readable)."""
    secret: str               # the text inside every secret file
    secrets: list[Path]
    classmates: list[Path]
    solutions: list[Path]


@pytest.fixture(scope="session")
def planted():
    tag = secrets.token_hex(6)
    planted = Planted(f"LENET5-PLANTED-SECRET-{secrets.token_hex(16)}", [], [], [])
    folders = [Path(tempfile.gettempdir()) / f"lenet5-planted-{tag}",
               Path.home() / f".lenet5-planted-{tag}"]
    for folder in folders:
        folder.mkdir(mode=0o755)
        token = folder / "github_api_token.txt"
        token.write_text(planted.secret)
        token.chmod(0o600)
        classmate = folder / "class" / "carol" / "lenet.py"
        checkout = folder / "lenet5-kit-copy" / "solution" / "lenet.py"
        for path in (classmate, checkout):
            path.parent.mkdir(parents=True)
            shutil.copyfile(SOLUTION, path)
        planted.secrets.append(token)
        planted.classmates.append(classmate)
        planted.solutions.append(checkout)
    yield planted
    for folder in folders:
        shutil.rmtree(folder, ignore_errors=True)
