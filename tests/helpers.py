"""What the tests share besides fixtures: the kit's paths, which parametrize lists are built
from at collection time, and plain functions (a process census, an example's expectations, the
command line, the sandbox tiers, a headless browser). conftest.py builds its fixtures on them."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import psutil
import pytest

KIT = Path(__file__).resolve().parent.parent
SUBMISSIONS = KIT / "tests" / "submissions"
REDTEAM = KIT / "tests" / "redteam"
SOLUTION = KIT / "solution" / "lenet.py"
STARTER = KIT / "starter" / "lenet.py"


PR_SET_CHILD_SUBREAPER, PR_GET_CHILD_SUBREAPER = 36, 37


def adopting() -> bool:
    import ctypes

    flag = ctypes.c_int(0)
    ctypes.CDLL(None).prctl(PR_GET_CHILD_SUBREAPER, ctypes.byref(flag), 0, 0, 0)
    return bool(flag.value)


def reap_adopted() -> None:
    """Collect adopted processes that have ended (a command run by a test has been waited for
    by then), so that no zombie of ours keeps a grader's sweep waiting."""
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
        assert adopting(), "worker_processes() needs the adopt_orphans fixture"
        reap_adopted()
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
    return subprocess.run([sys.executable, "-m", "grader", *args], capture_output=True,
                          text=True, cwd=cwd, env=env, timeout=timeout, check=False)


def available_tiers() -> list[str]:
    """Every tier that can start a worker on this machine, best first; bubblewrap
    must be among them where LENET5_REQUIRE_SANDBOX is set (CI)."""
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
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        if os.environ.get("LENET5_REQUIRE_BROWSER"):
            pytest.fail("LENET5_REQUIRE_BROWSER is set but no chromium is installed")
        pytest.skip("no chromium here (CI installs it: apt-get install chromium)")
    return found


def browse(page: Path, tmp_path: Path, *args) -> str:
    """Open a page in headless Chromium (a fresh profile in tmp_path); its stdout, e.g. the
    DOM with --dump-dom."""
    profile = tmp_path / f"profile-{len(list(tmp_path.iterdir()))}"
    done = subprocess.run([_chromium(), *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args,
                           page.as_uri()], check=False, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout
