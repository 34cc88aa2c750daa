"""CI (`.ci/run`) fails when any step of the README's test command fails.

The script runs in a throwaway copy beside the README, with every command it would start
replaced by a stub that notes its name: the chain's logic is what is tested, not the tools."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
from pathlib import Path

import pytest
from helpers import KIT

# Commands .ci/run starts outside the checkout: the tools it checks for, apt, and what the
# unprivileged red team's set-up would run. mkdir, rm and chown included: nothing may touch
# the real /home.
OUTSIDE = ("chromium", "bwrap", "setfacl", "slurmctld", "munged", "apt-get", "python3", "id",
           "useradd", "setpriv", "install", "chown", "mkdir", "rm")
# Inside the checkout: the steps of the README's test command, and the venv's lenet5.
INSIDE = (".venv/bin/pip", ".venv/bin/ruff", ".venv/bin/mypy", ".venv/bin/python",
          ".venv/bin/lenet5", ".ci/test")


def _stub(path: Path, log: Path, status: int = 0) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"#!/bin/sh\necho {path.name} >> {log}\nexit {status}\n")
    path.chmod(path.stat().st_mode | stat.S_IXUSR)


def _run_ci(tmp_path: Path, failing: str | None) -> tuple[int, list[str]]:
    """.ci/run in a copy under `tmp_path`, with `failing` (a path of INSIDE) exiting 1;
    its exit status and the stubs it ran, in order."""
    checkout, log = tmp_path / "checkout", tmp_path / "log"
    (checkout / ".ci").mkdir(parents=True)
    shutil.copy(KIT / ".ci" / "run", checkout / ".ci" / "run")
    shutil.copy(KIT / "README.md", checkout / "README.md")
    for name in OUTSIDE:
        _stub(tmp_path / "bin" / name, log)
    for name in INSIDE:
        _stub(checkout / name, log, status=1 if name == failing else 0)
    environment = {"PATH": f"{tmp_path / 'bin'}:/usr/bin:/bin", "HOME": str(tmp_path)}
    done = subprocess.run(["bash", str(checkout / ".ci" / "run")], check=False,
                          env=environment, capture_output=True, text=True, timeout=60)
    ran = log.read_text().split() if log.exists() else []
    return done.returncode, ran


def test_every_step_passing_runs_the_tests_then_the_red_team(tmp_path):
    """The README's command, step by step (read from the README, not written twice)."""
    status, ran = _run_ci(tmp_path, failing=None)
    assert status == 0
    assert ran[:5] == ["python3", "pip", "ruff", "mypy", "test"]
    assert "setpriv" in ran[5:]   # the red team as an unprivileged user


@pytest.mark.parametrize("failing", [".venv/bin/pip", ".venv/bin/ruff", ".venv/bin/mypy",
                                     ".ci/test"])
def test_a_failed_step_fails_the_run_and_skips_the_rest(tmp_path, failing):
    """A lint error (ruff exiting 1) fails CI: the tests are not run, nor is the red team
    whose status decided the run before."""
    status, ran = _run_ci(tmp_path, failing=failing)
    assert status != 0
    assert ran[-1] == os.path.basename(failing)
    assert "setpriv" not in ran

