"""Shared fixtures: verified MNIST, a grader with short stage limits, and the kit's paths."""

from __future__ import annotations

import importlib
import re
import secrets
import shutil
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import psutil
import pytest

# The kit's package first: it sets the BLAS thread count before anything loads numpy (the
# name `grader` is the fixture below).
importlib.import_module("grader")

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
def autograder_zip(tmp_path_factory, mnist_root):
    """The kit's autograder zip and student bundle, built once per test session."""
    from grader.assignment.rubric import load_rubric
    from grader.commands import autograder, student_package

    out = tmp_path_factory.mktemp("dist")
    rubric = load_rubric()
    archive = autograder.build_zip(out / "autograder.zip", rubric, mnist_root)
    bundle = student_package.write_bundle(out / "student", rubric)
    return archive, bundle, rubric


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


PR_SET_CHILD_SUBREAPER, PR_GET_CHILD_SUBREAPER = 36, 37


def _adopting() -> bool:
    import ctypes

    flag = ctypes.c_int(0)
    ctypes.CDLL(None).prctl(PR_GET_CHILD_SUBREAPER, ctypes.byref(flag), 0, 0, 0)
    return bool(flag.value)


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
    _reap_adopted()


def _reap_adopted() -> None:
    """Collect adopted processes that have ended (a command run by a test has been waited for
    by then), so that no zombie of ours keeps a grader's sweep waiting."""
    import os

    for child in psutil.Process().children():
        try:
            if child.status() == psutil.STATUS_ZOMBIE:
                os.waitpid(child.pid, os.WNOHANG)
        except (psutil.Error, ChildProcessError):
            continue


def worker_processes(workdir: Path | None = None) -> list[psutil.Process]:
    """Live processes started for a grading: the worker module, or anything carrying the job
    marker in its environment, such as a daemon a submission forked. With `workdir`, those of
    one grader's working folder; without it, those below this test process, which must adopt
    orphans (`adopt_orphans`), so that only gradings started by this test count, not others
    that run on the machine meanwhile. Any found after a grading has ended leaked out of it."""
    from grader.isolation.tiers import MARKER

    if workdir is None:
        assert _adopting(), "worker_processes() needs the adopt_orphans fixture"
        _reap_adopted()
        candidates = psutil.Process().children(recursive=True)
    else:
        candidates = list(psutil.process_iter())
    found = []
    for process in candidates:
        try:
            if process.status() == psutil.STATUS_ZOMBIE:
                continue
            cmdline, environ = process.cmdline(), process.environ()
        except psutil.Error:
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


def available_tiers() -> list[str]:
    """Every tier that can start a worker on this machine, best first; bubblewrap
    must be among them where LENET5_REQUIRE_SANDBOX is set (CI)."""
    import os

    from grader.errors import GraderError
    from grader.isolation import tiers

    found = []
    for tier in tiers.TIERS:
        try:
            tiers.choose(tier=tier)
        except GraderError:
            continue
        found.append(tier)
    if "bubblewrap" not in found and os.environ.get("LENET5_REQUIRE_SANDBOX"):
        pytest.fail("bubblewrap is required here (LENET5_REQUIRE_SANDBOX) but cannot run")
    return found


CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                  "--no-first-run", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync"]


def _chromium() -> str:
    import os

    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        if os.environ.get("LENET5_REQUIRE_BROWSER"):
            pytest.fail("LENET5_REQUIRE_BROWSER is set but no chromium is installed")
        pytest.skip("no chromium here (CI installs it: apt-get install chromium)")
    return found


def browse(page: Path, tmp_path: Path, *args) -> str:
    """Open a page in headless Chromium (a fresh profile in tmp_path); its stdout, e.g. the
    DOM with --dump-dom."""
    import subprocess

    profile = tmp_path / f"profile-{len(list(tmp_path.iterdir()))}"
    done = subprocess.run([_chromium(), *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args,
                           page.as_uri()], check=False, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout
