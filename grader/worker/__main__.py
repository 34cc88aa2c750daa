"""The worker's entry point, started by the grading side (isolation/session.py).

    python -m grader.worker session JOB CONTROL_FD THREADS
    python -m grader.worker stage JOB

A session (Linux) serves one grading: it imports torch once, then, for each stage the grader
asks for on the control socket, receives a fresh pipe for that stage's records and forks a
child that runs the stage (stages.py). The session itself never imports the submission and
cannot be traced by its children; it is PID 1 of the grading's PID namespace, or the reaper of
every process its stages leave behind, so a stage's strays stay where the grader finds them.

Where forking after torch is unsafe (macOS, Windows), every stage is a process of its own
(`stage`), with its records on the standard output it was started with.
"""

from __future__ import annotations

import ctypes
import os
import signal
import socket
import sys
from pathlib import Path

PR_SET_CHILD_SUBREAPER, PR_SET_DUMPABLE = 36, 4


def _warm_up(threads: int) -> None:
    """What every stage would import again: torch, the worker's modules, and the optimizer
    machinery (building a first Adam imports about 900 modules, a second costs nothing)."""
    import torch

    from grader.worker import inspection, runtime  # noqa: F401

    runtime.configure_torch(threads)
    torch.optim.Adam([torch.nn.Parameter(torch.zeros(1))])


def _reap(*_) -> None:
    """Collect every ended child: the stages, and whatever they left behind."""
    while True:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return


def _serve(job: Path, control: socket.socket) -> None:
    """Fork a stage for every request until the grader closes the control socket."""
    from grader.worker import stages

    while True:
        try:
            message, fds, _, _ = socket.recv_fds(control, 1024, 1)
        except InterruptedError:
            continue
        if not message:
            return
        channel = fds[0]
        if os.fork() == 0:
            control.close()
            signal.signal(signal.SIGCHLD, signal.SIG_DFL)
            devnull = os.open(os.devnull, os.O_RDONLY)
            os.dup2(devnull, 0)
            try:
                stages.run(job, channel)
            finally:
                sys.stdout.flush()
                sys.stderr.flush()
                os._exit(0)  # no teardown, no atexit handler of the student's
        os.close(channel)


def session(job: Path, control_fd: int, threads: int) -> None:
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)        # no stage can trace or rewrite the session
    libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)  # strays stay below it, where they are killed
    signal.signal(signal.SIGCHLD, _reap)
    control = socket.socket(fileno=control_fd)
    _warm_up(threads)
    control.sendall(b"ready")
    _serve(job, control)


def stage(job: Path) -> None:
    """One stage in this process; its records go to the standard output it was started with."""
    from grader.worker import stages

    channel = os.dup(1)
    stages.run(job, channel)


if __name__ == "__main__":
    mode, job = sys.argv[1], Path(sys.argv[2])
    if mode == "session":
        session(job, int(sys.argv[3]), int(sys.argv[4]))
    else:
        stage(job)
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)
