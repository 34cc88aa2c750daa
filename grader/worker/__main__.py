"""The worker's entry point, started by the grading side (isolation/session.py).

    python -m grader.worker session JOB CONTROL_FD THREADS
    python -m grader.worker stage STAGE_FOLDER

A session (Linux) serves one grading: it imports torch once, then, for each stage the grader
asks for on the control socket, receives the stage's fresh folder, a pipe for its records and
one for what it prints, and forks a child that runs the stage (stages.py). The session itself never imports the submission and
cannot be traced by its children; it is PID 1 of the grading's PID namespace, or the reaper of
every process its stages leave behind, so a stage's strays stay where the grader finds them.

Where forking after torch is unsafe (macOS, Windows), every stage is a process of its own
(`stage`), with its records on the standard output it was started with.

Either way, a stage's process forbids itself new processes (seccomp.py) before the submission
is imported: in the session's child right after the fork, in a `stage` process before its
stage begins (torch then loads under the filter, which it does not mind). The session itself
must fork, and never runs student code.
"""

from __future__ import annotations

import ctypes
import os
import signal
import socket
import sys
from pathlib import Path

from grader.worker import seccomp

PR_SET_CHILD_SUBREAPER, PR_SET_DUMPABLE = 36, 4


def _warm_up(threads: int) -> None:
    """What every stage would import again: torch, the worker's modules, and the optimizer
    machinery (a first Adam; its import of torch's compiler is deferred, runtime.py)."""
    import torch

    from grader.worker import inspection, runtime  # noqa: F401

    runtime.configure_torch(threads)
    torch.optim.Adam([torch.nn.Parameter(torch.zeros(1))])


def _reap(*_) -> None:
    """Collect every ended child: the stages, and whatever they left behind."""
    while True:
        try:
            pid, _status = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return


def _empty_private_folders() -> None:
    """In a view, /tmp and /dev/shm are this grading's own (memory, shared by its stages):
    empty them before each stage, so that nothing one stage wrote there reaches the next. The
    job's folder and the shared data are bound somewhere below /tmp: mount points, and the
    folders that lead to them, stay."""
    if os.environ.get("LENET5_PRIVATE_TMP") != "1":
        return
    from grader.worker import cleanup

    with open("/proc/self/mountinfo") as handle:
        mounts = {line.split()[4] for line in handle}
    for folder in ("/tmp", "/dev/shm"):
        cleanup.empty(folder, mounts)


def _serve(control: socket.socket) -> None:
    """Fork a stage for every request until the grader closes the control socket. A request
    names the stage's folder and brings two descriptors: the channel for its records and the
    pipe for what it prints."""
    from grader.worker import stages

    while True:
        try:
            message, fds, _, _ = socket.recv_fds(control, 4096, 2)
        except InterruptedError:
            continue
        if not message:
            return
        if len(fds) != 2:   # only the grader holds the control socket: never happens
            raise RuntimeError(f"a stage request came with {len(fds)} descriptors, not 2")
        channel, output = fds
        _empty_private_folders()
        if os.fork() == 0:
            control.close()
            signal.signal(signal.SIGCHLD, signal.SIG_DFL)
            devnull = os.open(os.devnull, os.O_RDONLY)
            os.dup2(devnull, 0)
            try:
                seccomp.install()
                stages.run_requested(Path(os.fsdecode(message)), channel, output)
            finally:
                sys.stdout.flush()
                sys.stderr.flush()
                os._exit(0)  # no teardown, no atexit handler of the student's
        os.close(channel)
        os.close(output)


def session(job: Path, control_fd: int, threads: int) -> None:
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)        # no stage can trace or rewrite the session
    libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)  # strays stay below it, where they are killed
    signal.signal(signal.SIGCHLD, _reap)
    control = socket.socket(fileno=control_fd)
    _warm_up(threads)
    control.sendall(b"ready")
    _serve(control)


def stage(folder: Path) -> None:
    """One stage in this process; its records go to the standard output it was started with,
    what it prints to the standard error (a pipe of the grader's)."""
    from grader.worker import stages

    channel = os.dup(1)
    seccomp.install()
    stages.run_requested(folder, channel, 2)


if __name__ == "__main__":
    mode, job = sys.argv[1], Path(sys.argv[2])
    if mode == "session":
        session(job, int(sys.argv[3]), int(sys.argv[4]))
    else:
        stage(job)
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)
