"""Shared fixtures: verified MNIST, a grader with short stage limits, and the kit's paths."""

from __future__ import annotations

import re
import shutil
import sys
from pathlib import Path

import psutil
import pytest

KIT = Path(__file__).resolve().parent.parent
SUBMISSIONS = KIT / "tests" / "submissions"
REDTEAM = KIT / "tests" / "redteam"
SOLUTION = KIT / "solution" / "lenet.py"
STARTER = KIT / "starter" / "lenet.py"


@pytest.fixture(scope="session")
def mnist_root():
    from grader import data

    return data.ensure_mnist()


@pytest.fixture(scope="session")
def test_rubric(tmp_path_factory):
    """The kit's rubric with shorter stage limits, so hanging examples end sooner."""
    text = (KIT / "assignment" / "rubric.toml").read_text()
    for key, value in {"startup_s": 20, "inspect_s": 20, "evaluate_s": 20}.items():
        text = re.sub(rf"^{key} = .*$", f"{key} = {value}", text, flags=re.M)
    path = tmp_path_factory.mktemp("rubric") / "rubric.toml"
    path.write_text(text)
    return path


@pytest.fixture(scope="session")
def autograder_zip(tmp_path_factory, mnist_root):
    """The kit's autograder zip and student bundle, built once per test session."""
    from grader import autograder
    from grader.rubric import load_rubric

    out = tmp_path_factory.mktemp("dist")
    rubric = load_rubric()
    archive = autograder.build_zip(out / "autograder.zip", rubric, mnist_root)
    bundle = autograder.build_student_bundle(out / "student", rubric)
    return archive, bundle, rubric


@pytest.fixture(scope="session")
def grader(mnist_root, test_rubric):
    from grader.grading import Grader, Mnist
    from grader.rubric import load_rubric

    instance = Grader(load_rubric(test_rubric), Mnist.load(mnist_root))
    yield instance
    instance.close()


@pytest.fixture
def grader_with(monkeypatch, mnist_root, test_rubric):
    """A grader whose workers use one forced sandbox tier."""
    from grader.grading import Grader, Mnist
    from grader.rubric import load_rubric

    made = []

    def make(tier):
        monkeypatch.setenv("LENET5_SANDBOX", tier)
        made.append(Grader(load_rubric(test_rubric), Mnist.load(mnist_root)))
        return made[-1]

    yield make
    for instance in made:
        instance.close()


def worker_processes(workdir: Path | None = None) -> list[psutil.Process]:
    """Live processes started for a grading (for one grader's `workdir`, if given): the worker
    module, or anything carrying the job marker in its environment, such as a daemon a
    submission forked. Any found after a grading has ended leaked out of it."""
    from grader.confine import MARKER

    found = []
    for process in psutil.process_iter(["cmdline", "status", "environ"]):
        cmdline = process.info["cmdline"] or []
        environ = process.info["environ"] or {}
        if process.info["status"] == psutil.STATUS_ZOMBIE:
            continue
        if ("grader.worker" in cmdline and (workdir is None or any(
                str(workdir) in part for part in cmdline))) or (MARKER in environ and (
                workdir is None or str(workdir) in environ.get("HOME", ""))):
            found.append(process)
    return found


def expected_statuses(path: Path) -> dict[str, str]:
    """The `# expect: check=status ...` line at the top of an example submission."""
    first = path.read_text().splitlines()[0]
    assert first.startswith("# expect: "), f"{path.name} lacks its expectation line"
    return dict(pair.split("=") for pair in first[len("# expect: "):].split())


def run_cli(*args, cwd=None, env=None, timeout=600):
    import subprocess

    return subprocess.run([sys.executable, "-m", "grader", *args], capture_output=True,
                          text=True, cwd=cwd, env=env, timeout=timeout)


@pytest.fixture
def copy_of_mnist(mnist_root, tmp_path):
    """A private copy of the verified raw files, safe to damage."""
    raw = tmp_path / "MNIST" / "raw"
    raw.mkdir(parents=True)
    for path in (mnist_root / "MNIST" / "raw").glob("*-ubyte"):
        shutil.copyfile(path, raw / path.name)
    return tmp_path
