"""What a worker may use, and how much it used: resource limits, and a meter of its processes.

Limits are counted in CPU seconds of the worker's own processes, not in wall-clock seconds: a
machine busy with other work slows a stage down but does not make it use more CPU, so the
same file gets the same verdict however busy the machine is (measured here: one epoch of the
reference on one thread used 8.2 to 8.4 CPU-seconds alone and beside two CPU-bound processes;
with two threads the spinning of torch's thread pool made it 26 to 139). The meter also
counts the time the worker's threads were ready to run but waited for a CPU (the scheduler's
run delay): a stage that ran out of wall-clock time while waiting was starved by the machine,
not slowed by the student. Time a stage spends neither on a CPU nor waiting for one (asleep,
or blocked) counts like CPU time beyond a short grace for I/O (`charged`): sleeping would
otherwise hold a grading for the whole wall-clock net at no cost.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field

import psutil

OUTPUT_FILE_BYTES = 64 << 20  # a flood of output ends the worker here, not the disk
OPEN_FILES = 4096
MAX_PROCESSES = 1024  # per uid: torch's threads count too
IDLE_GRACE_S = 5.0    # per phase: wall-clock seconds off the CPU that are not charged (I/O)


def wall_net(cpu_s: float) -> float:
    """The wall-clock safety net for `cpu_s` CPU-seconds of work: generous, because a shared
    machine may give a worker a quarter of a core, but finite, for code that sleeps where its
    sleep is not charged (`charged`)."""
    return 4 * cpu_s + 60


def charged(cpu_s: float, wall_s: float, waited_s: float | None,
            grace_s: float | None = IDLE_GRACE_S) -> float:
    """What a phase has used of its CPU limit: its CPU-seconds, or, if more, its wall-clock
    seconds less the time its threads waited for a CPU (the machine's doing) and `grace_s`.
    So time spent neither on a CPU nor waiting for one (sleeping, blocked on anything) counts
    like CPU time once the grace is used up. CPU and waits are sums over the stage's threads
    and processes: threads that work beside a sleeping one keep the charge at their CPU time,
    never above it. Where waits are unknown (no schedstat: macOS, Windows), or `grace_s` is
    None (a stage waiting on a GPU is neither on a CPU nor in a run queue), it is the CPU time
    alone, and only the wall-clock net stops a sleeper."""
    if waited_s is None or grace_s is None:
        return cpu_s
    return max(cpu_s, wall_s - waited_s - grace_s)


def apply_rlimits(address_space_mib: float | None) -> None:
    """In the child before exec (POSIX): hard limits the student's code cannot raise."""
    import resource

    if address_space_mib:
        limit = int(address_space_mib * 2**20)
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    resource.setrlimit(resource.RLIMIT_FSIZE, (OUTPUT_FILE_BYTES, OUTPUT_FILE_BYTES))
    _, hard = resource.getrlimit(resource.RLIMIT_NPROC)
    cap = MAX_PROCESSES if hard == resource.RLIM_INFINITY else min(MAX_PROCESSES, hard)
    resource.setrlimit(resource.RLIMIT_NPROC, (cap, cap))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    _, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    files = OPEN_FILES if hard == resource.RLIM_INFINITY else min(OPEN_FILES, hard)
    resource.setrlimit(resource.RLIMIT_NOFILE, (files, files))


@dataclass
class Usage:
    """What a set of processes used: resident memory now, CPU and run-queue wait in total."""
    rss_mib: float = 0.0
    cpu_s: float = 0.0
    wait_s: float | None = 0.0   # None where the kernel does not tell (no schedstat)


@dataclass
class Meter:
    """Measures the processes below `root` (and `root` itself if `inclusive`), including the
    CPU of those that ended: it is counted in the parent that collected them."""
    root: psutil.Process
    inclusive: bool = False
    _reaped_start: float = 0.0
    _waits: dict = field(default_factory=dict)   # (pid, tid) -> last run delay seen, ns
    _cpu_s: float = 0.0                          # the most CPU reported so far

    def __post_init__(self):
        self._reaped_start = 0.0 if self.inclusive else self._reaped()

    def _reaped(self) -> float:
        try:
            times = self.root.cpu_times()
            return times.children_user + times.children_system
        except psutil.Error:
            return 0.0

    def members(self) -> list[psutil.Process]:
        try:
            below = self.root.children(recursive=True)
        except psutil.Error:
            below = []
        return [self.root, *below] if self.inclusive else below

    def sample(self) -> Usage:
        usage = Usage(cpu_s=0.0 if self.inclusive else self._reaped() - self._reaped_start)
        for member in self.members():
            try:
                times = member.cpu_times()
                usage.cpu_s += times.user + times.system + times.children_user \
                    + times.children_system
                usage.rss_mib += member.memory_info().rss / 2**20
            except psutil.Error:
                continue
            self._note_waits(member.pid)
        # Never less than before: a process that ended and is not yet collected is counted
        # neither as alive nor in its parent for a moment.
        usage.cpu_s = self._cpu_s = max(usage.cpu_s, self._cpu_s)
        usage.wait_s = sum(self._waits.values()) / 1e9 if self._waits is not None else None
        return usage

    def _note_waits(self, pid: int) -> None:
        """Run delay of each thread, from /proc (Linux with schedstats)."""
        if self._waits is None:
            return
        try:
            threads = os.listdir(f"/proc/{pid}/task")
        except OSError:
            if not sys.platform.startswith("linux"):
                self._waits = None
            return
        for tid in threads:
            try:
                with open(f"/proc/{pid}/task/{tid}/schedstat") as handle:
                    self._waits[(pid, tid)] = int(handle.read().split()[1])
            except (OSError, IndexError, ValueError):
                continue

    def kill(self, wait: bool = True) -> None:
        """Kill every process below the root (and the root if inclusive); with `wait`, until
        they are gone (collected by their parent, which the root's children have in it)."""
        members = self.members()
        for member in members:
            try:
                member.kill()  # SIGKILL on POSIX, TerminateProcess on Windows
            except psutil.Error:
                pass
        if wait:
            psutil.wait_procs(members, timeout=5)
