"""What a worker may use, and how much it used: resource limits, and a meter of its processes.

Limits are counted in CPU seconds of the worker's own processes, not in wall-clock seconds: a
machine busy with other work slows a stage down but does not make it use more CPU, so the
same file gets the same verdict however busy the machine is (measured here: one epoch of the
reference on one thread used 8.2 to 8.4 CPU-seconds alone and beside two CPU-bound processes;
with two threads the spinning of torch's thread pool made it 26 to 139). The meter also
counts the time the stage's main thread was ready to run but waited for a CPU (the scheduler's
run delay), less the CPU time of the stage's other threads: a stage that ran out of wall-clock
time while so waiting was starved by the machine, not slowed by the student. Only what the
submission cannot inflate counts: the waits of threads it starts are not the machine's (150
threads woken together, pinned to one CPU, had made 454 s of waits in 128 s of wall time, at
little CPU cost), and its main thread can wait behind its own threads for at most the CPU
time they used. Time a stage spends neither on a CPU nor waiting for one (asleep,
or blocked) counts like CPU time beyond a short grace for I/O (`charged`): sleeping would
otherwise hold a grading for the whole wall-clock net at no cost.

A worker's writes outlast it in the job folder (in the tiers with a view, only there: their
/tmp and /dev/shm are small and in memory). The watchdog in session.py measures that folder
(`folder_usage`) and stops a stage whose job folder holds more than `JOB_DISK_BYTES` or more
than `JOB_ENTRIES` files and folders. What the grader places in it, the training data where it
is copied, is counted too; the cap leaves room for it. The watchdog looks twice a second: the
worker's seccomp filter refuses fallocate, so taking space costs writes at the disk's speed.
"""

from __future__ import annotations

import os
import stat
import time
from dataclasses import dataclass, field
from pathlib import Path

import psutil

from grader.isolation.tiers import SHARED_TEMPORARY

FILE_BYTES = 16 << 20   # any one file a worker writes: LeNet-5's weights take 0.25 MB
OUTPUT_FILE_BYTES = 64 << 20   # what a stage may print: session.py closes its pipe past it
OPEN_FILES = 4096
MAX_PROCESSES = 1024  # per uid: torch's threads count too
IDLE_GRACE_S = 5.0    # per phase: wall-clock seconds off the CPU that are not charged (I/O)
JOB_DISK_BYTES = 256 << 20   # the job folder's allocated blocks, the grader's data included
JOB_ENTRIES = 10_000         # files, folders and links in it; also bounds the cost of a look
SCHEDSTAT = "/proc/self/schedstat"   # where the kernel tells run delays (Linux, CONFIG_SCHED_INFO)
MOUNTS = "/proc/self/mounts"
IN_MEMORY = ("tmpfs", "ramfs")       # file systems whose files are memory
IN_MEMORY_EVERY_S = 0.5              # wall seconds between looks at them (a look is a walk)


def wall_net(cpu_s: float) -> float:
    """The wall-clock safety net for `cpu_s` CPU-seconds of work: generous, because a shared
    machine may give a worker a quarter of a core, but finite, for code that sleeps where its
    sleep is not charged (`charged`)."""
    return 4 * cpu_s + 60


def charged(cpu_s: float, wall_s: float, waited_s: float | None,
            grace_s: float | None = IDLE_GRACE_S) -> float:
    """What a phase has used of its CPU limit: its CPU-seconds, or, if more, its wall-clock
    seconds less the time other programs made it wait for a CPU (`waited_s`: Usage.wait_s)
    and `grace_s`. So time its main thread spent neither on a CPU nor waiting for one
    (sleeping, blocked on anything) counts like CPU time once the grace is used up, and so
    does the CPU time of threads beside a sleeping main thread. Where waits are unknown (no schedstat: macOS, Windows), or `grace_s` is
    None (a stage waiting on a GPU is neither on a CPU nor in a run queue), it is the CPU time
    alone, and only the wall-clock net stops a sleeper."""
    if waited_s is None or grace_s is None:
        return cpu_s
    return max(cpu_s, wall_s - waited_s - grace_s)


def folder_usage(folder: Path, max_entries: int = JOB_ENTRIES) -> tuple[int, int]:
    """Bytes allocated under `folder` (st_blocks: a sparse file counts what it holds; a file
    with several names counts once) and the number of entries walked, without following links;
    the walk stops after `max_entries`, reporting `max_entries + 1`. A folder that cannot be
    listed (its worker took the permission away) counts as over the limit, since it cannot be
    measured; one that vanished while walked counts nothing."""
    total, entries, seen = 0, 0, set()
    folders: list[str | Path] = [folder]
    while folders:
        try:
            listing = os.scandir(folders.pop())
        except FileNotFoundError:
            continue
        except OSError:
            return total, max_entries + 1
        with listing:
            for entry in listing:
                entries += 1
                if entries > max_entries:
                    return total, entries
                try:
                    info = entry.stat(follow_symlinks=False)
                except OSError:
                    continue
                if (info.st_dev, info.st_ino) not in seen:
                    seen.add((info.st_dev, info.st_ino))
                    blocks = getattr(info, "st_blocks", None)   # None on Windows
                    total += info.st_size if blocks is None else blocks * 512
                if stat.S_ISDIR(info.st_mode):
                    folders.append(entry.path)
    return total, entries


def memory_folders(folders=SHARED_TEMPORARY) -> list[str]:
    """Those of `folders` whose file system keeps its files in memory (the machine's /dev/shm,
    and /tmp where it is a tmpfs), from the mount table; none where it cannot be read."""
    try:
        with open(MOUNTS) as handle:
            mounts = [line.split()[1:3] for line in handle if len(line.split()) > 2]
    except OSError:
        return []
    found = []
    for folder in folders:
        real = os.path.realpath(folder)
        under = [(point, kind) for point, kind in mounts
                 if real == point or real.startswith(point.rstrip("/") + "/")]
        if under and max(under, key=lambda mount: len(mount[0]))[1] in IN_MEMORY:
            found.append(real)
    return found


def memory_files_bytes(uid: int, folders: list[str], max_entries: int = JOB_ENTRIES) -> int:
    """Bytes that files of `uid` hold in `folders` (in memory: `memory_folders`), walked
    without following links. Outside a view a job writes there, at no cost to its processes'
    resident memory; with a uid of its own (`plain` as root) its files are told by owner. The
    walk stops after `max_entries`; what lies beyond is not counted."""
    total, entries = 0, 0
    pending = list(folders)
    while pending and entries <= max_entries:
        try:
            listing = os.scandir(pending.pop())
        except OSError:
            continue
        with listing:
            for entry in listing:
                entries += 1
                try:
                    info = entry.stat(follow_symlinks=False)
                except OSError:
                    continue
                if info.st_uid == uid:
                    total += info.st_blocks * 512
                if stat.S_ISDIR(info.st_mode):
                    pending.append(entry.path)
    return total


def apply_rlimits(address_space_mib: float | None) -> None:
    """In the child before exec (POSIX): hard limits the student's code cannot raise."""
    import resource

    if address_space_mib:
        limit = int(address_space_mib * 2**20)
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    resource.setrlimit(resource.RLIMIT_FSIZE, (FILE_BYTES, FILE_BYTES))
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
    # The main threads' run delay less the other threads' CPU time: at most what other
    # programs made the stage wait. None where the kernel does not tell (no schedstat).
    wait_s: float | None = 0.0


@dataclass
class Meter:
    """Measures the processes below `root` (and `root` itself if `inclusive`), including the
    CPU of those that ended: it is counted in the parent that collected them. With `owner`,
    the memory counts the files that uid holds in the machine's in-memory folders too
    (`memory_files_bytes`: outside a view, /dev/shm is the machine's)."""
    root: psutil.Process
    inclusive: bool = False
    owner: int | None = None
    _in_files: tuple[float, float] = (float("-inf"), 0.0)   # when last looked, MiB found
    _reaped_start: float = 0.0
    # (pid, tid) -> the last (time on a CPU, run delay) seen, ns: a thread that ended keeps
    # its last figures, so totals never shrink.
    _waits: dict = field(default_factory=dict)
    _cpu_s: float = 0.0                          # the most CPU reported so far

    def __post_init__(self):
        self._reaped_start = 0.0 if self.inclusive else self._reaped()
        if not os.path.exists(SCHEDSTAT):   # waits unknown, not zero: sleep is not charged
            self._waits = None

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
        usage.wait_s = self._machine_wait() if self._waits is not None else None
        usage.rss_mib += self._in_memory_files()
        return usage

    def _in_memory_files(self) -> float:
        """MiB the owner's files hold in in-memory folders, looked at every IN_MEMORY_EVERY_S."""
        if self.owner is None:
            return 0.0
        looked, found = self._in_files
        if time.monotonic() - looked >= IN_MEMORY_EVERY_S:
            found = memory_files_bytes(self.owner, memory_folders()) / 2**20
            self._in_files = (time.monotonic(), found)
        return found

    def _machine_wait(self) -> float:
        """Seconds the processes' main threads waited for a CPU, less the CPU-seconds of their
        other threads: a main thread can wait behind its own process's threads for at most the
        time those ran, so what remains was other programs' doing."""
        main = sum(wait for (pid, tid), (_, wait) in self._waits.items() if tid == str(pid))
        others = sum(run for (pid, tid), (run, _) in self._waits.items() if tid != str(pid))
        return (main - others) / 1e9

    def _note_waits(self, pid: int) -> None:
        """Time on a CPU and run delay of each thread, from /proc (Linux with schedstats)."""
        if self._waits is None:
            return
        try:
            threads = os.listdir(f"/proc/{pid}/task")
        except OSError:
            return
        for tid in threads:
            try:
                with open(f"/proc/{pid}/task/{tid}/schedstat") as handle:
                    run, wait = handle.read().split()[:2]
                self._waits[(pid, tid)] = (int(run), int(wait))
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
