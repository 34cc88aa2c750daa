"""The red team's check for processes that outlive a grading (helpers.worker_processes): it
finds a daemon that left its grading by a double fork, and only among the processes this test
process started, so that gradings run beside the tests on the same machine do not fail it."""

from __future__ import annotations

import ctypes
import secrets
import subprocess
import sys

import psutil
import pytest
from helpers import PR_SET_CHILD_SUBREAPER, worker_processes

from grader.isolation.tiers import MARKER

pytestmark = pytest.mark.usefixtures("adopt_orphans")

# A parent that double-forks a sleeper into a session of its own, prints its pid and exits, as
# a submission's daemon leaves its stage.
DAEMON = """
import os, sys
if os.fork() == 0:
    os.setsid()
    if os.fork() == 0:
        os.execv("/bin/sleep", ["sleep", "600"])
    os._exit(0)
os.wait()
"""


def _daemon() -> psutil.Process:
    """The daemon, carrying a job marker of its own; its parents have ended."""
    token = secrets.token_hex(8)
    subprocess.run([sys.executable, "-c", DAEMON], env={MARKER: token}, check=True)
    for process in psutil.process_iter(["environ"]):
        if (process.info["environ"] or {}).get(MARKER) == token:
            return process
    pytest.fail("the daemon did not start")


def test_a_daemon_that_left_its_grading_is_found():
    daemon = _daemon()
    try:
        assert daemon in worker_processes()
    finally:
        daemon.kill()


def test_a_process_started_elsewhere_on_the_machine_is_not():
    """A marked process that this test process does not adopt, as one of another grading:
    found by a machine-wide search, not by the check."""
    libc = ctypes.CDLL(None)
    libc.prctl(PR_SET_CHILD_SUBREAPER, 0, 0, 0, 0)
    try:
        daemon = _daemon()
    finally:
        libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)
    try:
        assert MARKER in daemon.environ()
        assert daemon not in worker_processes()
    finally:
        daemon.kill()
