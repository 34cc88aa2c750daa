"""Starting a worker stage and keeping it on a leash.

Each stage is a fresh process in its own session (so its whole process group can be killed),
with resource limits set before it runs any Python, a wall-clock limit for its start-up
(imports, the student's module) and one for its work, a watchdog on the resident memory of its
whole process tree, and its output captured to a file and truncated. Its user, file view and
network are those of the job's `Cell` (tiers.py). Whatever the student's code does,
`run_stage` returns an outcome and leaves no process behind.
"""

from __future__ import annotations

import os
import resource
import selectors
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import psutil

from grader.isolation.tiers import Cell
from grader.kit import KIT_ROOT
from grader.worker import protocol
from grader.worker.protocol import Done, Ready, Record

MEMORY_POLL_S = 0.2
EXIT_GRACE_S = 2.0  # after "done", before the kill
OUTPUT_FILE_BYTES = 64 << 20  # a flood of output ends the worker here, not the disk
OPEN_FILES = 4096
MAX_PROCESSES = 1024  # per uid: torch's threads count too
# What a worker inherits of the grader's environment: locale, paths and the settings of torch
# and CUDA, never a TA's tokens or passwords.
INHERITED = ("PATH", "LANG", "LANGUAGE", "TZ", "LD_LIBRARY_PATH", "PYTHONPATH")
INHERITED_PREFIXES = ("LC_", "CUDA_", "NVIDIA_", "OMP_", "MKL_", "TORCH_", "PYTORCH_")
# glibc's malloc returns and re-maps torch's large buffers on every step by default; these
# thresholds cut a worker's system time from about 3 s to 0.5 s an epoch (measured here).
# They change no result, only where freed memory goes.
MALLOC_SETTINGS = {"MALLOC_MMAP_THRESHOLD_": "16777216", "MALLOC_TRIM_THRESHOLD_": "8589934592"}


@dataclass
class StageOutcome:
    """How a stage ended and every record its worker sent, with the second it arrived."""
    stage: str
    status: str = "ok"             # ok, crashed, timeout, memory
    phase: str = "startup"         # how far it got: startup, work, done
    events: list[tuple[float, Record]] = field(default_factory=list)
    returncode: int | None = None
    output: str = ""
    startup_s: float = 0.0
    work_s: float = 0.0
    peak_rss_mib: float = 0.0

    def all(self, kind: type[Record]) -> list[tuple[float, Record]]:
        return [(at, record) for at, record in self.events if isinstance(record, kind)]

    def first(self, kind: type[Record]) -> Record | None:
        return next((record for _, record in self.all(kind)), None)

    def unique(self, kind: type[Record], key: str) -> dict:
        """(arrival, record) of `kind` by the value of its field `key`, None for a value
        reported twice: the worker reports each once, so a second one was written by the
        student's code to the grader's channel."""
        found = {}
        for at, record in self.all(kind):
            value = getattr(record, key)
            found[value] = None if value in found else (at, record)
        return found


def _limits(memory_bytes: int | None, cell: Cell):
    """Runs in the child before exec: hard limits the student's code cannot raise, then the
    cell's namespaces and user."""
    def apply():
        if memory_bytes:
            resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))
        resource.setrlimit(resource.RLIMIT_FSIZE, (OUTPUT_FILE_BYTES, OUTPUT_FILE_BYTES))
        _, hard = resource.getrlimit(resource.RLIMIT_NPROC)
        cap = MAX_PROCESSES if hard == resource.RLIM_INFINITY else min(MAX_PROCESSES, hard)
        resource.setrlimit(resource.RLIMIT_NPROC, (cap, cap))
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        _, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
        files = OPEN_FILES if hard == resource.RLIM_INFINITY else min(OPEN_FILES, hard)
        resource.setrlimit(resource.RLIMIT_NOFILE, (files, files))
        cell.enter()
    return apply


def _tree_rss(process: psutil.Process) -> int:
    try:
        members = [process, *process.children(recursive=True)]
    except psutil.Error:
        return 0
    total = 0
    for member in members:
        try:
            total += member.memory_info().rss
        except psutil.Error:
            pass
    return total


def _kill_group(pid: int) -> None:
    try:
        os.killpg(pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


def _read_head_tail(path: Path, chars: int) -> str:
    """The start and the end of what the worker printed; the middle of a flood is dropped."""
    size = path.stat().st_size if path.exists() else 0
    with open(path, "rb") as handle:
        if size <= chars:
            return handle.read().decode("utf-8", "replace")
        head = handle.read(chars // 2).decode("utf-8", "replace")
        handle.seek(size - chars // 2)
        tail = handle.read().decode("utf-8", "replace")
    return f"{head}\n[... {size - chars} bytes of output cut ...]\n{tail}"


def run_stage(stage: str, cell: Cell, *, startup_s: float, work_s: float,
              memory_mib: float, address_space_mib: float | None, output_chars: int,
              on_event=None) -> StageOutcome:
    """Run `python -m grader.worker STAGE JOB` and collect its events under the limits.

    `on_event(record)` sees each record as it arrives (progress bars use it).
    """
    job = cell.job
    outcome = StageOutcome(stage)
    read_fd, write_fd = os.pipe()
    log_path = job / f"{stage}.log"
    inherited = {name: value for name, value in os.environ.items()
                 if name in INHERITED or name.startswith(INHERITED_PREFIXES)}
    env = {**MALLOC_SETTINGS, **inherited, "PYTHONPATH": os.pathsep.join(
        [str(KIT_ROOT), *filter(None, [os.environ.get("PYTHONPATH")])]),
        "PYTHONDONTWRITEBYTECODE": "1", "PYTHONUNBUFFERED": "1", **cell.environment()}
    with open(log_path, "wb") as log:
        process = subprocess.Popen(
            cell.command([sys.executable, "-m", "grader.worker", stage, str(job),
                          str(write_fd)]),
            stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT, cwd=job, env=env,
            pass_fds=(write_fd,), start_new_session=True,
            preexec_fn=_limits(int(address_space_mib * 2**20) if address_space_mib else None,
                               cell))
    os.close(write_fd)
    started = time.monotonic()
    deadline = started + startup_s
    work_started = None
    ended = False  # the worker closed its end of the pipe
    buffer = b""
    try:
        watcher = psutil.Process(process.pid)  # a zombie until waited for, so never missing
        with selectors.DefaultSelector() as selector, os.fdopen(read_fd, "rb", 0) as pipe:
            selector.register(pipe, selectors.EVENT_READ)
            while True:
                now = time.monotonic()
                if now >= deadline:
                    outcome.status = "timeout"
                    break
                if selector.select(timeout=min(MEMORY_POLL_S, deadline - now)):
                    chunk = pipe.read(1 << 16)
                    if not chunk:
                        ended = True  # the worker closed the pipe: it is ending
                        break
                    buffer += chunk
                    *lines, buffer = buffer.split(b"\n")
                    for line in lines:
                        record = protocol.decode(line)
                        if record is None:
                            continue
                        outcome.events.append((time.monotonic() - started, record))
                        if isinstance(record, Ready) and work_started is None:
                            work_started = time.monotonic()
                            outcome.startup_s = work_started - started
                            outcome.phase = "work"
                            deadline = work_started + work_s
                        if on_event is not None:
                            on_event(record)
                        if isinstance(record, Done):
                            outcome.phase = "done"
                if outcome.phase == "done":
                    break
                rss = _tree_rss(watcher)
                outcome.peak_rss_mib = max(outcome.peak_rss_mib, rss / 2**20)
                if rss > memory_mib * 2**20:
                    outcome.status = "memory"
                    break
    finally:
        if ended or outcome.phase == "done":  # let it exit by itself, with its own status
            try:
                process.wait(timeout=EXIT_GRACE_S)
            except subprocess.TimeoutExpired:
                pass
        _kill_group(process.pid)
        outcome.returncode = process.wait()
        cell.sweep()
    if work_started is not None:
        outcome.work_s = time.monotonic() - work_started
    if outcome.status == "ok" and outcome.phase != "done":
        outcome.status = "crashed"
    outcome.output = _read_head_tail(log_path, output_chars)
    return outcome
